#include "attribution_rules.h"

#include <algorithm>

#include "sieve_words.h"

namespace quotegraph {
namespace {

// Content shorter than this (in tokens) is not a statement.
constexpr std::uint32_t kMinContentTokens = 2;
// How many skip words may stand between a speaker and its cue.
constexpr std::uint32_t kMaxSkipWords = 4;
constexpr std::uint32_t kMaxParenthesisTokens = 8;  // "(D-Vt.)", "(AFP)"

// Index of the first token starting at or after byte `begin`.
std::uint32_t FirstTokenFrom(const Document& doc, std::uint32_t begin) {
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), begin,
                             [](const Token& t, std::uint32_t b) { return t.span.begin < b; });
  return static_cast<std::uint32_t>(it - doc.tokens.begin());
}

// The tokens [first, second) whose spans lie inside `span`.
std::pair<std::size_t, std::size_t> TokensIn(const Document& doc, ByteSpan span) {
  return SieveCache::TokensIn(doc, span);
}

void MarkTokens(const Document& doc, ByteSpan span, std::vector<std::uint8_t>& marks) {
  SieveCache::MarkTokens(doc, span, marks);
}

// True if `word` ends in `tail` ("spoke" ends in "ke").
bool EndsIn(std::string_view word, std::string_view tail) {
  return word.size() >= tail.size() && word.substr(word.size() - tail.size()) == tail;
}

}  // namespace

AttributionRules::AttributionRules(Document& doc)
    : doc_(doc),
      tokens_(doc.tokens.data()),
      tv_(doc),
      lex_(Lexicon::Get()),
      cue_words_(CueWords::Get()),
      cache_(SieveCacheScope::For(doc) != nullptr ? *SieveCacheScope::For(doc) : own_cache_),
      starts_(cache_.mention_starts),
      ends_(cache_.mention_ends),
      cue_used_(cache_.cue_used),
      content_used_(cache_.content_used) {
  cache_.Sync(doc);
  if (!cache_.CuesSwept()) SweepCues();
}

void AttributionRules::SweepCues() {
  // CueAtSlow's first tests, in one pass over the tokens instead of one
  // call per token: CueAt then turns most tokens away inline.
  const Token* const tokens = tokens_;
  const char* const lower = tv_.LowerText().data();
  const CueWords& cue_words = cue_words_;
  cache_.Sweep(
      tv_.size(),
      [tokens](std::uint32_t i) {
        // Capitalised mid-sentence, it is a name ("Said"), not a verb.
        const Token& token = tokens[i];
        return token.kind == TokenKind::kWord && !(token.flags & kInQuote) &&
               (!(token.flags & kCapitalized) || (token.flags & kSentenceStart));
      },
      [tokens, lower, &cue_words](std::uint32_t i) {
        const ByteSpan span = tokens[i].span;
        return cue_words.Find(std::string_view(lower + span.begin, span.size()));
      });
}

const ReportingVerb* AttributionRules::CueAtSlow(std::uint32_t i) const {
  if (i >= tv_.size()) return nullptr;
  // Capitalised mid-sentence, it is a name ("Said"), not a verb.
  if (!tv_.IsWord(i) || tv_.InQuote(i) ||
      (tv_.IsCap(i) && !(tokens_[i].flags & kSentenceStart))) {
    cache_.MarkNeverCue(i);
    return nullptr;
  }
  if (cue_used_[i]) return nullptr;
  // One lookup tells the verb and whether the word can open a two-word one.
  const CueWords::Entry* entry = nullptr;
  bool entry_known = false;
  const ReportingVerb* verb = cache_.Verb(i, [&] {
    entry = cue_words_.Find(tv_.Lower(i));
    entry_known = true;
    return entry != nullptr ? entry->verb : nullptr;
  });
  const bool phrasal = verb == nullptr;
  if (verb == nullptr && (!entry_known || (entry != nullptr && entry->phrasal_first))) {
    verb = PhrasalVerb(i);
  }
  if (verb == nullptr) {
    cache_.MarkNeverCue(i);
    return nullptr;
  }
  // The checks below read only the words around i: their answer holds for
  // the document, and is remembered either way.
  if (cache_.CueChecked(i)) return verb;
  // "She went on to say", "continued to insist": the verb of going on is
  // part of the infinitive's cue, no cue of its own.
  const std::uint32_t after = phrasal ? i + 2 : i + 1;
  if (after + 1 < tv_.size() && tv_.IsLower(after, "to") && ContinuedCueBegin(after + 1) == i) {
    cache_.MarkNeverCue(i);
    return nullptr;
  }
  if (i + 1 < tv_.size() && tv_.SameSentence(i, i + 1)) {
    const std::string_view next = tv_.Lower(i + 1);
    if (lex_.IsNotCue(tv_.Lower(i), next)) {
      cache_.MarkNeverCue(i);
      return nullptr;
    }
  }
  // "to say" is an infinitive, no report, unless a verb of going on stands
  // before it ("went on to say", "continued to insist"; see ContinuedCueBegin).
  // "the said agreement" is no report either.
  if (i > 0 && ((tv_.IsLower(i - 1, "to") && ContinuedCueBegin(i) == kNoToken) ||
                tv_.IsLower(i - 1, "the"))) {
    cache_.MarkNeverCue(i);
    return nullptr;
  }
  cache_.MarkCueChecked(i);
  return verb;
}

std::uint32_t AttributionRules::ContinuedCueBegin(std::uint32_t cue) const {
  // "went on to say", "goes on to call", "continued to insist".
  if (cue < 2 || !tv_.IsLower(cue - 1, "to")) return kNoToken;
  std::uint32_t k = cue - 2;
  if (tv_.IsLower(k, "on") && k > 0) --k;
  if (!tv_.SameSentence(k, cue) || tv_.InQuote(k)) return kNoToken;
  const bool on = tv_.IsLower(k + 1, "on");
  if (SieveWords::Get().Is(on ? SieveWordClass::kGoOnVerb : SieveWordClass::kContinueVerb,
                           tv_.Lower(k))) {
    return k;
  }
  return kNoToken;
}

const ReportingVerb* AttributionRules::PhrasalVerb(std::uint32_t i) const {
  if (i >= tv_.size()) return nullptr;
  return cache_.PhrasalVerb(i, [&]() -> const ReportingVerb* {
    if (i + 1 >= tv_.size() || !tv_.IsWord(i + 1) || !tv_.SameSentence(i, i + 1)) return nullptr;
    const CueWords::Entry* entry = cue_words_.Find(tv_.Lower(i));
    if (entry == nullptr || !entry->phrasal_first) return nullptr;  // no verb starts so
    return lex_.Verb(tv_.JoinLower(i, i + 2));
  });
}

std::uint32_t AttributionRules::CueEnd(std::uint32_t cue) const {
  if (PhrasalVerb(cue) != nullptr) {
    return cue + 2;  // "talked about", "referring to"
  }
  std::uint32_t end = cue + 1;
  const std::string_view verb = tv_.Lower(cue);
  auto same = [&](std::uint32_t k) { return k < tv_.size() && tv_.SameSentence(cue, k); };
  const SieveWords& words = SieveWords::Get();
  if (words.Is(SieveWordClass::kTellVerb, verb)) {
    if (same(end) && words.Is(SieveWordClass::kToldAudience, tv_.Lower(end))) {
      return end + 1;
    }
    std::uint32_t k = end;
    if (same(k) && tv_.IsLower(k, "the")) ++k;
    while (same(k) && (tv_.IsLower(k, "news") || tv_.IsLower(k, "agency") ||
                       tv_.IsLower(k, "state") || tv_.IsLower(k, "broadcaster"))) {
      ++k;
    }
    // "told CNN", "told The Hill", "told him": the listener is part of the
    // cue, not of what was said.
    const std::int32_t m = MentionStartingAt(end);
    if (m != kNoMention && !tv_.InQuote(end)) return ComplementEnd(m);
    const std::int32_t named = MentionStartingAt(k);
    if (named != kNoMention) {
      const std::string_view name =
          doc_.Slice(doc_.mentions[static_cast<std::size_t>(named)].span);
      if (lex_.Agency(name) || lex_.Outlet(name)) {
        return doc_.mentions[static_cast<std::size_t>(named)].end_token;
      }
    }
    if (same(end) && (tv_.IsLower(end, "him") || tv_.IsLower(end, "her") ||
                      tv_.IsLower(end, "them") || tv_.IsLower(end, "me") ||
                      tv_.IsLower(end, "us"))) {
      return end + 1;
    }
  }
  if (same(end) && tv_.IsLower(end, "out") && verb.rfind("point", 0) == 0) return end + 1;
  if (same(end + 2) && tv_.IsLower(end, "in") && tv_.IsLower(end + 1, "a") &&
      (tv_.IsLower(end + 2, "statement") || tv_.IsLower(end + 2, "tweet") ||
       tv_.IsLower(end + 2, "post") || tv_.IsLower(end + 2, "interview"))) {
    return end + 3;
  }
  return end;
}

bool AttributionRules::IsTimeWord(std::uint32_t i) const {
  if (!tv_.IsWord(i)) return false;
  // The sieves ask it of the same words before every cue again and again.
  return cache_.TimeWord(i, [&] { return FindTimeWord(i); });
}

bool AttributionRules::IsSkippedBeforeCue(std::uint32_t i) const {
  return IsTimeWord(i) || (tv_.IsWord(i) && !tv_.IsCap(i) &&
                           SieveWords::Get().Is(SieveWordClass::kSpeakerAdverb, tv_.Lower(i)));
}

bool AttributionRules::FindTimeWord(std::uint32_t i) const {
  // "He's said": "'s" after a pronoun is "has" or "is".
  if (tv_.IsPossessive(i)) {
    return i > 0 && (tv_.IsLower(i - 1, "he") || tv_.IsLower(i - 1, "she") ||
                     tv_.IsLower(i - 1, "it") || tv_.IsLower(i - 1, "who"));
  }
  const std::string_view w = tv_.Lower(i);
  if (lex_.IsSkipWord(w)) return true;
  // Any lower-case adverb in -ly ("famously", "bluntly") may stand between
  // a speaker and the cue; "rally", "reply" and the like are no adverbs.
  constexpr std::size_t kMinAdverbLength = 6;
  return w.size() >= kMinAdverbLength && w.substr(w.size() - 2) == "ly" && !tv_.IsCap(i) &&
         lex_.Verb(w) == nullptr && !lex_.IsFunctionWord(w) &&
         !SieveWords::Get().Is(SieveWordClass::kLyNoun, w);
}

bool AttributionRules::CanSpeak(std::int32_t m) const {
  if (m == kNoMention) return false;
  const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
  if (tv_.InQuote(mention.first_token)) return false;
  // A lone demonym ("European state") is an adjective, not a speaker.
  return !(mention.tentative && mention.type == NodeType::kPlace);
}

std::uint32_t AttributionRules::TimeWordsBefore(std::uint32_t cue) const {
  std::uint32_t k = cue;
  while (k > 0 && cue - k < kMaxSkipWords && IsSkippedBeforeCue(k - 1)) --k;
  return k;
}

std::uint32_t AttributionRules::ParenthesisBefore(std::uint32_t end) const {
  if (end == 0 || !tv_.Is(end - 1, ")")) return kNoToken;
  std::uint32_t open = end - 1;
  while (open > 0 && end - open <= kMaxParenthesisTokens && !tv_.Is(open, "(")) --open;
  return tv_.Is(open, "(") ? open : kNoToken;
}

std::uint32_t AttributionRules::AdverbialBefore(std::uint32_t end) const {
  constexpr std::uint32_t kMaxAdverbialWords = 4;
  const SieveWords& words = SieveWords::Get();
  bool noun = false;  // "on its proposed sale": a determiner alone is no phrase
  for (std::uint32_t k = end; k > 0 && end - k < kMaxAdverbialWords;) {
    --k;
    if (!tv_.IsWord(k) || tv_.InQuote(k) || tv_.IsCap(k)) return kNoToken;
    const std::string_view w = tv_.Lower(k);
    if (words.Is(SieveWordClass::kAdverbialPreposition, w)) return noun ? k : kNoToken;
    const bool determiner = words.Is(SieveWordClass::kPhraseDeterminer, w) ||
                            words.Is(SieveWordClass::kPossessive, w);
    noun = noun || !determiner;
    // "joined others in pouncing on the news": a gerund is a clause.
    const bool gerund = w.size() > 4 && w.substr(w.size() - 3) == "ing";
    if (gerund || VerbAt(k) != nullptr || (!determiner && lex_.IsFunctionWord(w))) {
      return kNoToken;
    }
  }
  return kNoToken;
}

std::uint32_t AttributionRules::SpeechParticipleBefore(std::uint32_t end) const {
  constexpr std::uint32_t kMaxObjectWords = 5;
  const SieveWords& words = SieveWords::Get();
  for (std::uint32_t k = end; k > 1 && end - k < kMaxObjectWords;) {
    --k;
    if (!tv_.IsWord(k) || tv_.InQuote(k)) return kNoToken;
    const std::string_view w = tv_.Lower(k);
    if (w == "to" || w == "with" || w == "on") {
      const std::uint32_t participle = k - 1;
      const bool speech = k < end - 1 && tv_.IsWord(participle) && !tv_.IsCap(participle) &&
                          words.Is(SieveWordClass::kSpeechParticiple, tv_.Lower(participle));
      if (speech) return participle;
      continue;  // "talking to reporters on Monday"
    }
    if (VerbAt(k) != nullptr) return kNoToken;
  }
  return kNoToken;
}

std::int32_t AttributionRules::SpeakerBefore(std::uint32_t token) const {
  std::uint32_t end = token;
  for (std::uint32_t skipped = 0; skipped <= kMaxSkipWords && end > 0; ++skipped) {
    if (!tv_.SameSentence(end - 1, token)) return kNoMention;
    // "A source speaking to Fox News said": the subject before the
    // participle speaks, not its audience.
    const std::uint32_t participle = SpeechParticipleBefore(end);
    if (participle != kNoToken && participle > 0 && tv_.SameSentence(participle - 1, token)) {
      const std::int32_t subject = MentionEndingAt(participle);
      return CanSpeak(subject) ? subject : kNoMention;
    }
    const std::int32_t m = MentionEndingAt(end);
    if (m != kNoMention) return CanSpeak(m) ? m : kNoMention;
    // ", saying": a participle after a comma comments on the main clause,
    // whose subject is no appositive's name (InheritedSpeaker).
    if (tv_.Is(end - 1, ",")) {
      return IsParticiple(token) ? kNoMention : AppositiveSpeaker(end - 1, token);
    }
    // "Sen. Ada Wren (D-Vt.) said": step over a short parenthesis.
    if (tv_.Is(end - 1, ")")) {
      const std::uint32_t open = ParenthesisBefore(end);
      if (open == kNoToken) return kNoMention;
      end = open;
      continue;
    }
    if (!IsSkippedBeforeCue(end - 1)) {
      // "Ada Wren at the time said": the subject before the phrase, if a
      // mention ends right there.  (Right before the cue only: "in ways
      // not seen" is no such phrase.)
      const std::uint32_t adverbial = skipped == 0 ? AdverbialBefore(end) : kNoToken;
      if (adverbial == kNoToken || !tv_.SameSentence(adverbial, token)) return kNoMention;
      const std::int32_t m = MentionEndingAt(adverbial);
      return m != kNoMention && CanSpeak(m) ? m : kNoMention;
    }
    --end;
  }
  return kNoMention;
}

std::uint32_t AttributionRules::ComplementEnd(std::int32_t mention) const {
  const std::uint32_t end = doc_.mentions[static_cast<std::size_t>(mention)].end_token;
  std::uint32_t k = end;
  if (!tv_.IsLower(k, "of") && !tv_.IsLower(k, "from")) return end;
  ++k;
  if (tv_.IsLower(k, "the")) ++k;
  if (k >= tv_.size() || !tv_.SameSentence(end, k) || tv_.InQuote(k)) return end;
  const std::int32_t complement = MentionStartingAt(k);
  if (complement == kNoMention) return end;
  const Mention& c = doc_.mentions[static_cast<std::size_t>(complement)];
  return c.kind == MentionKind::kName ? c.end_token : end;
}

std::int32_t AttributionRules::PersonBeforeOf(std::int32_t mention) const {
  std::uint32_t k = doc_.mentions[static_cast<std::size_t>(mention)].first_token;
  if (k > 0 && tv_.IsLower(k - 1, "the")) --k;
  if (k < 2 || !(tv_.IsLower(k - 1, "of") || tv_.IsLower(k - 1, "from")) ||
      !tv_.SameSentence(k - 2, k)) {
    return kNoMention;
  }
  const std::int32_t person = MentionEndingAt(k - 1);
  if (!CanSpeak(person)) return kNoMention;
  // (A full name or a known one: "Speaker of the House X" is no person
  // "Speaker".)
  const Mention& p = doc_.mentions[static_cast<std::size_t>(person)];
  const bool named = !p.tentative || p.end_token >= p.first_token + 2;
  return p.kind == MentionKind::kName && p.type == NodeType::kPerson && named ? person
                                                                             : kNoMention;
}

std::int32_t AttributionRules::AppositiveSpeaker(std::uint32_t comma, std::uint32_t cue) const {
  // "Sofia Marchetti, the Council's relief coordinator, said": a name, then
  // a description between commas with no verb or quote in it, or a
  // relative clause ("Ada Wren, who chairs the panel, said").  The
  // description may itself hold commas ("Ivo Marek, head of Lumen, a
  // courier firm, said"): a person named further back wins over an
  // organisation named inside the description.
  constexpr std::uint32_t kMaxAppositiveTokens = 30;
  constexpr std::uint32_t kMaxCommas = 3;
  // "One of his advisers, Tad Devine, said": the name is the appositive.
  const std::int32_t named = MentionEndingAt(comma);
  if (CanSpeak(named)) {
    const Mention& n = doc_.mentions[static_cast<std::size_t>(named)];
    if (n.kind == MentionKind::kName && n.type == NodeType::kPerson && n.first_token > 0 &&
        tv_.Is(n.first_token - 1, ",") && tv_.SameSentence(n.first_token - 1, cue)) {
      return named;
    }
  }
  std::int32_t nearest = kNoMention;
  std::int32_t nearest_not_place = kNoMention;
  std::int32_t person = kNoMention;
  bool verb_after = false;  // a verb between this comma and `comma`
  bool relative = false;    // ... inside a relative clause ("who has refused")
  std::uint32_t commas = 0;
  for (std::uint32_t k = comma; k-- > 0 && comma - k <= kMaxAppositiveTokens;) {
    if (!tv_.SameSentence(k, cue) || tv_.InQuote(k)) break;
    if (tv_.IsWord(k) && VerbAt(k) && !IsParticiple(k) && !IsBaseForm(k)) {
      verb_after = true;  // a base form is read as a noun ("director of state ...")
    }
    const std::string_view w = tv_.Lower(k);
    if (SieveWords::Get().Is(SieveWordClass::kAppositiveRelative, w)) relative = true;
    if (!tv_.Is(k, ",")) continue;
    if (++commas > kMaxCommas) break;
    // "Rep. Ada Wren (D-Vt.), chair of ...": the name before a parenthesis.
    std::uint32_t name_end = k;
    if (k > 0 && tv_.Is(k - 1, ")")) {
      const std::uint32_t open = ParenthesisBefore(k);
      if (open != kNoToken) name_end = open;
    }
    const std::int32_t m = MentionEndingAt(name_end);
    if (m == kNoMention || !CanSpeak(m)) continue;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    if (mention.kind != MentionKind::kName) continue;
    if (verb_after && !relative) continue;
    if (nearest == kNoMention) nearest = m;
    // "Clinton, during a town hall in Columbus, Ohio, said": a place named
    // inside the aside gives way to a name further back.
    if (nearest_not_place == kNoMention && mention.type != NodeType::kPlace) nearest_not_place = m;
    if (mention.type == NodeType::kPerson && !mention.tentative) person = m;
  }
  if (person != kNoMention) return person;
  return nearest_not_place != kNoMention ? nearest_not_place : nearest;
}

std::int32_t AttributionRules::PhraseBefore(std::uint32_t cue) {
  constexpr std::uint32_t kMaxPhraseTokens = 7;
  auto is_determiner = [&](std::uint32_t k) {
    // "47% say", "9 percent said": a number opens the phrase too.
    if (tokens_[k].kind == TokenKind::kNumber) return true;
    return SieveWords::Get().Is(SieveWordClass::kPhraseDeterminer, tv_.Lower(k));
  };
  const std::uint32_t end = TimeWordsBefore(cue);
  const std::uint32_t sentence_begin = SentenceBegin(cue);
  std::uint32_t k = end;
  while (k > sentence_begin && end - k < kMaxPhraseTokens) {
    const std::uint32_t t = k - 1;
    // A base-form verb here is a noun ("the report said"); others end it.
    const bool number = tokens_[t].kind == TokenKind::kNumber;
    if (!(tv_.IsWord(t) || number || tv_.Is(t, "%")) || tv_.InQuote(t) ||
        (VerbAt(t) && !IsBaseForm(t))) {
      break;
    }
    if (is_determiner(t)) {
      k = t;
      // "a mere 9 percent": an article before the number belongs to it.
      if (number && t > sentence_begin && (tv_.IsLower(t - 1, "a") || tv_.IsLower(t - 1, "the"))) {
        k = t - 1;
      }
      if (number && t > sentence_begin + 1 && tv_.IsWord(t - 1) && tv_.IsLower(t - 2, "a")) {
        k = t - 2;
      }
      break;
    }
    // "Her advisers and allies say": nouns joined by "and".
    if (tv_.IsLower(t, "and") && t + 1 < end && t > sentence_begin) {
      k = t;
      continue;
    }
    if (lex_.IsFunctionWord(tv_.Lower(t))) return kNoMention;
    k = t;
  }
  if (k == end || tv_.IsPossessive(end - 1)) return kNoMention;
  const bool determined = is_determiner(k);
  // Without a determiner only a short phrase opening the sentence ("Polls
  // show", "Critics say").
  // ... or a short lower-case plural after a comma (", local historians say").
  const std::string_view last = tv_.Text(end - 1);
  const bool after_comma = k > sentence_begin && tv_.Is(k - 1, ",") && !tv_.IsCap(k) &&
                           !last.empty() && last.back() == 's';
  if (!determined && ((k != sentence_begin && !after_comma) || end - k > 3)) return kNoMention;
  if (determined && end - k < 2) return kNoMention;
  return AddPhraseMention(k, end);
}

std::int32_t AttributionRules::AddPhraseMention(std::uint32_t first, std::uint32_t end) {
  Mention m;
  m.span = tv_.RangeSpan(first, end);
  m.first_token = first;
  m.end_token = end;
  m.kind = MentionKind::kDescription;
  m.type = NodeType::kOrganization;
  // "47%", "9 percent", "voters", "Some": a share or a plural head.  The
  // head is the last word, or a word before the first preposition
  // ("organizers in Lund", "half of respondents").
  const auto plural = [&](std::uint32_t k) {
    const std::string_view w = tv_.Text(k);
    // "his", "this", "boss" end in "s" but are no plurals.
    const bool plural_s = w.size() > 2 && w.back() == 's' && w[w.size() - 2] != 's' &&
                          (!lex_.IsFunctionWord(tv_.Lower(k)) || tv_.IsLower(k, "these") ||
                           tv_.IsLower(k, "those"));
    return w == "%" || tv_.IsLower(k, "percent") || tv_.IsLower(k, "people") || plural_s ||
           tokens_[k].kind == TokenKind::kNumber ||
           SieveWords::Get().Is(SieveWordClass::kQuantifierSubject, tv_.Lower(k));
  };
  // ... or any word before the first function word ("People close to").
  bool is_plural = plural(end - 1);
  for (std::uint32_t k = first; k < end && !is_plural; ++k) {
    if (k > first && tv_.IsWord(k) && lex_.IsFunctionWord(tv_.Lower(k))) break;
    is_plural = plural(k);
  }
  m.gender = is_plural ? Gender::kPlural : Gender::kUnknown;
  return AddMention(std::move(m));
}

std::int32_t AttributionRules::SubjectPhraseBefore(std::uint32_t cue, std::uint32_t begin) {
  constexpr std::uint32_t kMaxSubjectTokens = 12;
  const std::uint32_t end = TimeWordsBefore(cue);
  if (begin == kNoToken) {
    begin = SentenceBegin(cue);
    // "But almost half said": a conjunction opening the sentence is no
    // part of the subject.
    if (begin < end && SieveWords::Get().Is(SieveWordClass::kNewClause, tv_.Lower(begin))) {
      ++begin;
    }
  }
  const SieveWords& words = SieveWords::Get();
  // "Some said": a lone quantifier is a whole subject.
  const bool lone_quantifier =
      end == begin + 1 && words.Is(SieveWordClass::kQuantifierSubject, tv_.Lower(begin));
  if ((end <= begin + 1 && !lone_quantifier) || end - begin > kMaxSubjectTokens ||
      tv_.InQuote(begin) ||
      !(tv_.IsWord(begin) || tokens_[begin].kind == TokenKind::kNumber)) {
    return kNoMention;
  }
  // "the questions", "their plans": a cue after a determiner is a noun.
  if ((words.Is(SieveWordClass::kPhraseDeterminer, tv_.Lower(cue - 1)) && !lone_quantifier) ||
      IsParticiple(cue)) {
    return kNoMention;
  }
  for (std::uint32_t k = begin; k < end; ++k) {
    const TokenKind kind = tokens_[k].kind;
    const bool word = kind == TokenKind::kWord || kind == TokenKind::kNumber;
    if (tv_.InQuote(k) || !(word || tv_.Is(k, "%") || tv_.Is(k, "'") || tv_.Is(k, "\u2019") ||
                            tv_.Is(k, "/") || tv_.Is(k, "-") || tv_.Is(k, "&"))) {
      return kNoMention;  // "A Journal/NBC News poll", "a Pew-Research poll"
    }
    if (kind != TokenKind::kWord) continue;
    const std::string_view w = tv_.Lower(k);
    if (VerbAt(k) && !IsBaseForm(k)) return kNoMention;
    // "People who watched said", "Others did not return": a clause, not a
    // plain subject.
    if (words.Is(SieveWordClass::kRelative, w) || words.Is(SieveWordClass::kSubjectBreaker, w) ||
        w == "that") {
      return kNoMention;
    }
    // A lower-case -ed or -ing word is a verb unless a determiner makes it
    // an adjective ("a growing number of voters").
    const bool verb_form = !tv_.IsCap(k) && w.size() > 4 &&
                           (w.substr(w.size() - 2) == "ed" || w.substr(w.size() - 3) == "ing");
    if (verb_form && !(k > begin && words.Is(SieveWordClass::kPhraseDeterminer, tv_.Lower(k - 1)))) {
      return kNoMention;
    }
  }
  if (tv_.IsPossessive(end - 1)) return kNoMention;
  return AddPhraseMention(begin, end);
}

std::int32_t AttributionRules::QuantityPhraseBefore(std::uint32_t cue) {
  // "..., 43 said", "; most said", "and nearly three in five said", "about
  // two-thirds, 67 percent, say": a clause that opens after a comma, a
  // semicolon or a conjunction, with a share of people as its subject.
  constexpr std::uint32_t kMaxPhraseTokens = 8;
  const SieveWords& words = SieveWords::Get();
  const std::uint32_t end = TimeWordsBefore(cue);
  const std::uint32_t sentence_begin = SentenceBegin(cue);
  std::uint32_t phrase_end = end;
  if (phrase_end > sentence_begin && tv_.Is(phrase_end - 1, ",")) --phrase_end;  // "67 percent,"
  std::uint32_t begin = phrase_end;
  bool skipped_comma = phrase_end < end;
  while (begin > sentence_begin && phrase_end - begin < kMaxPhraseTokens) {
    const std::uint32_t t = begin - 1;
    if (tv_.Is(t, ",") && skipped_comma && end - t <= kMaxPhraseTokens) {
      skipped_comma = false;  // the share and its figure: "two-thirds, 67 percent,"
      begin = t;
      continue;
    }
    if (tv_.Is(t, ",") || tv_.Is(t, ";") || tv_.Is(t, "\u2014") ||
        words.Is(SieveWordClass::kNewClause, tv_.Lower(t))) {
      break;
    }
    const TokenKind kind = tokens_[t].kind;
    if (tv_.InQuote(t) || !(kind == TokenKind::kWord || kind == TokenKind::kNumber ||
                            tv_.Is(t, "%") || tv_.Is(t, "-"))) {
      return kNoMention;
    }
    begin = t;
  }
  if (begin >= phrase_end || begin == sentence_begin) return kNoMention;
  if (tv_.Is(begin, ",")) return kNoMention;
  bool share = false;
  for (std::uint32_t k = begin; k < end; ++k) {
    if (tv_.Is(k, ",")) continue;
    const std::string_view w = tv_.Lower(k);
    if (tokens_[k].kind == TokenKind::kWord &&
        ((VerbAt(k) && !IsBaseForm(k)) || words.Is(SieveWordClass::kRelative, w) ||
         words.Is(SieveWordClass::kSubjectBreaker, w))) {
      return kNoMention;
    }
    share = share || tokens_[k].kind == TokenKind::kNumber || tv_.Is(k, "%") ||
            words.Is(SieveWordClass::kQuantifierSubject, w) || w == "percent";
  }
  if (!share) return kNoMention;
  const std::uint32_t last = end > begin && tv_.Is(end - 1, ",") ? end - 1 : end;
  return AddPhraseMention(begin, last);
}

std::int32_t AttributionRules::QualifiedSourceBefore(std::uint32_t cue) {
  // "a person familiar with the matter said", "people close to the
  // campaign say", "three officials briefed on the talks said": a head
  // phrase, a qualifier and a prepositional complement.
  constexpr std::uint32_t kMaxComplementTokens = 8;
  constexpr std::uint32_t kMaxHeadTokens = 4;
  const SieveWords& words = SieveWords::Get();
  const std::uint32_t end = TimeWordsBefore(cue);
  const std::uint32_t sentence_begin = SentenceBegin(cue);
  // "familiar with Cruz's thinking said": a participle or a word after a
  // possessive is a noun of the complement, not the cue.
  if (end <= sentence_begin + 2 || IsParticiple(cue) || tv_.IsPossessive(cue - 1)) {
    return kNoMention;
  }
  for (std::uint32_t k = end - 1; k > sentence_begin + 1 && end - k <= kMaxComplementTokens; --k) {
    const std::string_view mark = tv_.Text(k);
    if (tv_.InQuote(k) || mark == "," || mark == ";") return kNoMention;
    if (!words.Is(SieveWordClass::kSourceQualifier, tv_.Lower(k - 1)) ||
        !lex_.IsFunctionWord(tv_.Lower(k))) {
      continue;
    }
    // The head before the qualifier: a few words, opened by a determiner,
    // a number or a quantifier, or a plural opening the sentence.
    const std::uint32_t qualifier = k - 1;
    std::uint32_t first = qualifier;
    while (first > sentence_begin && qualifier - first < kMaxHeadTokens) {
      const std::uint32_t t = first - 1;
      if (!(tv_.IsWord(t) || tokens_[t].kind == TokenKind::kNumber) || tv_.InQuote(t)) break;
      const std::string_view w = tv_.Lower(t);
      if (VerbAt(t) != nullptr) break;
      first = t;
      if (words.Is(SieveWordClass::kPhraseDeterminer, w) ||
          words.Is(SieveWordClass::kQuantifierSubject, w) ||
          tokens_[t].kind == TokenKind::kNumber) {
        break;
      }
    }
    if (first == qualifier) return kNoMention;
    const std::string_view opener = tv_.Lower(first);
    const bool opened = words.Is(SieveWordClass::kPhraseDeterminer, opener) ||
                        words.Is(SieveWordClass::kQuantifierSubject, opener) ||
                        tokens_[first].kind == TokenKind::kNumber ||
                        (first == sentence_begin && (tv_.Text(qualifier - 1).back() == 's' ||
                                                     tv_.IsLower(qualifier - 1, "people")));
    if (!opened) return kNoMention;
    return AddPhraseMention(first, end);
  }
  return kNoMention;
}

std::int32_t AttributionRules::RoleSpeaker(std::int32_t speaker) {
  constexpr std::uint32_t kMaxModifiers = 3;
  if (speaker == kNoMention) return speaker;
  // "Ada Wren of the Lund Institute said": the person, not the institute.
  if (const std::int32_t person = PersonBeforeOf(speaker); person != kNoMention) return person;
  const Mention& m = doc_.mentions[static_cast<std::size_t>(speaker)];
  if (m.kind == MentionKind::kPronoun || m.first_token < 3) return speaker;
  const std::uint32_t prep = m.first_token - 1;
  if (!(tv_.IsLower(prep, "for") || tv_.IsLower(prep, "to") || tv_.IsLower(prep, "of") ||
        tv_.IsLower(prep, "at") || tv_.IsLower(prep, "with")) ||
      !tv_.SameSentence(prep - 1, prep)) {
    return speaker;
  }
  const std::uint32_t role = prep - 1;
  const std::string_view noun = tv_.Lower(role);
  if (!tv_.IsWord(role) || tv_.IsCap(role) || tv_.InQuote(role) ||
      !(lex_.IsTitle(noun) || lex_.IsGroupNoun(noun))) {
    return speaker;
  }
  // Back over a few modifiers to the determiner ("a longtime aide to X").
  const SieveWords& words = SieveWords::Get();
  std::uint32_t first = role;
  while (first > 0 && role - first <= kMaxModifiers) {
    const std::uint32_t t = first - 1;
    if (!tv_.SameSentence(t, role) || tv_.InQuote(t) ||
        !(tv_.IsWord(t) || tokens_[t].kind == TokenKind::kNumber)) {
      break;
    }
    const std::string_view w = tv_.Lower(t);
    if (words.Is(SieveWordClass::kPhraseDeterminer, w) ||
        words.Is(SieveWordClass::kUnnamedDeterminer, w) ||
        tokens_[t].kind == TokenKind::kNumber) {
      first = t;
      break;
    }
    if (tv_.IsCap(t) || lex_.IsFunctionWord(w) || VerbAt(t) != nullptr) break;
    first = t;
  }
  const std::string_view opener = tv_.Lower(first);
  const bool determined = words.Is(SieveWordClass::kPhraseDeterminer, opener) ||
                          words.Is(SieveWordClass::kUnnamedDeterminer, opener) ||
                          tokens_[first].kind == TokenKind::kNumber;
  if (!determined) return speaker;
  // The phrase opens its clause.
  const bool opens = first == SentenceBegin(role) || !tv_.IsWord(first - 1) ||
                     words.Is(SieveWordClass::kNewClause, tv_.Lower(first - 1));
  return opens ? AddPhraseMention(first, m.end_token) : speaker;
}

bool AttributionRules::IsDashToken(std::uint32_t i) const {
  if (tv_.Is(i, "\u2014") || tv_.Is(i, "\u2013") || tv_.Is(i, "--")) return true;
  if (!tv_.Is(i, "-") || i == 0 || i + 1 >= tv_.size()) return false;
  const Token* const t = tokens_;
  return t[i - 1].span.end < t[i].span.begin && t[i].span.end < t[i + 1].span.begin;
}

bool AttributionRules::IsAsideOpener(std::uint32_t i) const {
  if (tokens_[i].kind == TokenKind::kNumber) return true;  // "Suu Kyi, 70, said"
  if (!tv_.IsWord(i)) return false;
  const std::string_view w = tv_.Lower(i);
  const SieveWords& words = SieveWords::Get();
  if (words.Is(SieveWordClass::kAsideOpener, w) || words.Is(SieveWordClass::kPhraseDeterminer, w) ||
      words.Is(SieveWordClass::kUnnamedDeterminer, w) || words.Is(SieveWordClass::kRelative, w) ||
      words.Is(SieveWordClass::kAppositiveRelative, w) || lex_.IsTitle(w) || IsTimeWord(i)) {
    return true;
  }
  // "speaking on condition of anonymity", "asked about the vote".
  constexpr std::size_t kMinParticipleLength = 5;
  return !tv_.IsCap(i) && w.size() >= kMinParticipleLength &&
         (EndsIn(w, "ing") || EndsIn(w, "ed"));
}

std::int32_t AttributionRules::ClauseSubjectEndingAt(std::uint32_t end) const {
  std::uint32_t name_end = end;
  if (end > 0 && tv_.Is(end - 1, ")")) {
    const std::uint32_t open = ParenthesisBefore(end);
    if (open != kNoToken) name_end = open;
  }
  const std::int32_t m = MentionEndingAt(name_end);
  if (!CanSpeak(m)) return kNoMention;
  const std::uint32_t first = doc_.mentions[static_cast<std::size_t>(m)].first_token;
  if (first == SentenceBegin(end - 1)) return m;
  const std::uint32_t before = first - 1;
  if (tv_.InQuote(before)) return m;  // right after a quote
  if (tv_.IsWord(before)) {
    return SieveWords::Get().Is(SieveWordClass::kNewClause, tv_.Lower(before)) ? m : kNoMention;
  }
  return m;
}

std::int32_t AttributionRules::SubjectPhraseEndingAt(std::uint32_t end) {
  // "On Oct. 23, ...": a sentence opening with a preposition (or another
  // aside opener) has no subject phrase there.
  const SieveWords& words = SieveWords::Get();
  std::uint32_t begin = SentenceBegin(end - 1);
  if (begin < end && words.Is(SieveWordClass::kNewClause, tv_.Lower(begin))) ++begin;
  if (words.Is(SieveWordClass::kAsideOpener, tv_.Lower(begin))) return PhraseBefore(end);
  const std::int32_t phrase = SubjectPhraseBefore(end);
  return phrase != kNoMention ? phrase : PhraseBefore(end);
}

std::int32_t AttributionRules::InterruptedSubject(std::uint32_t cue) {
  constexpr std::uint32_t kMaxAsideTokens = 40;
  constexpr std::uint32_t kMaxCommas = 3;
  const std::uint32_t end = TimeWordsBefore(cue);
  const std::uint32_t sentence_begin = SentenceBegin(cue);
  if (end < sentence_begin + 3 || IsParticiple(cue)) return kNoMention;
  const std::uint32_t close = end - 1;
  const bool dash = IsAsideDash(close);
  if (!dash && !tv_.Is(close, ",")) return kNoMention;
  // The aside's opening mark: the other dash, or one of the last commas
  // (an aside may hold commas: "X, head of Y, a courier firm, said").  A
  // person named further back wins, as in AppositiveSpeaker.
  std::int32_t nearest = kNoMention;
  std::int32_t person = kNoMention;
  std::uint32_t furthest_open = kNoToken;
  std::uint32_t commas = 0;
  for (std::uint32_t k = close; k-- > sentence_begin + 1 && close - k <= kMaxAsideTokens;) {
    if (tv_.InQuote(k)) continue;
    if (tv_.Is(k, ";") || tv_.Is(k, ":")) break;
    const bool mark = dash ? IsAsideDash(k) : tv_.Is(k, ",");
    if (!mark) {
      if (!dash && IsAsideDash(k)) {
        // "Trump, later alleging - again falsely - that ..., said": a pair
        // of dashes inside the comma aside is an aside of its own.
        std::uint32_t open = k;
        while (open-- > sentence_begin + 1 && !IsAsideDash(open) && !tv_.Is(open, ",")) {
        }
        if (open <= sentence_begin || !IsAsideDash(open)) break;
        k = open;
      }
      continue;
    }
    if (k + 1 < close && IsAsideOpener(k + 1)) {
      furthest_open = k;
      const std::int32_t m = ClauseSubjectEndingAt(k);
      if (m != kNoMention) {
        const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
        if (nearest == kNoMention) nearest = m;
        if (mention.kind == MentionKind::kName && mention.type == NodeType::kPerson &&
            !mention.tentative) {
          person = m;
        }
      }
    }
    if (dash || ++commas >= kMaxCommas) break;
  }
  if (person != kNoMention) return person;
  if (nearest != kNoMention) return nearest;
  return furthest_open != kNoToken ? SubjectPhraseEndingAt(furthest_open) : kNoMention;
}

std::int32_t AttributionRules::RelativeClauseSubject(std::uint32_t cue) {
  constexpr std::uint32_t kMaxClauseTokens = 24;
  const SieveWords& words = SieveWords::Get();
  const std::uint32_t end = TimeWordsBefore(cue);
  const std::uint32_t sentence_begin = SentenceBegin(cue);
  if (end < sentence_begin + 3 || IsParticiple(cue)) return kNoMention;
  // "who spoke and said": the cue is the relative clause's own verb.
  if (words.Is(SieveWordClass::kNewClause, tv_.Lower(end - 1))) return kNoMention;
  for (std::uint32_t k = end - 1; k > sentence_begin && end - k <= kMaxClauseTokens; --k) {
    if (tv_.InQuote(k)) continue;
    const TokenKind kind = tokens_[k].kind;
    if (!(kind == TokenKind::kWord || kind == TokenKind::kNumber || tv_.IsPossessive(k) ||
          tv_.Is(k, "-"))) {
      return kNoMention;  // a comma or a mark ends the search
    }
    if (!tv_.IsLower(k, "who")) continue;
    if (k + 1 >= end) return kNoMention;  // "who said": RelativeSpeaker's
    // "who did not want": auxiliaries and adverbs only, so the cue is the
    // relative clause's own verb.
    bool own_verb = false;
    for (std::uint32_t j = k + 1; j < end && !own_verb; ++j) {
      const std::string_view w = tv_.Lower(j);
      const bool negated = w == "not" || EndsIn(w, "n't") || EndsIn(w, "n\u2019t");
      own_verb = tv_.IsWord(j) && !IsTimeWord(j) && !negated &&
                 !words.Is(SieveWordClass::kSubjectBreaker, w) &&
                 !words.Is(SieveWordClass::kModal, w) && !words.Is(SieveWordClass::kBe, w);
    }
    if (!own_verb) return kNoMention;
    // "who worshiped here and who asked not to be named said": the first
    // relative of the pair has the antecedent.
    if (tv_.IsLower(k - 1, "and") || tv_.IsLower(k - 1, "or")) continue;
    const std::int32_t named = ClauseSubjectEndingAt(k);
    if (named != kNoMention) return named;
    const std::int32_t plural = RestrictiveAntecedent(k);
    return plural != kNoMention ? plural : SubjectPhraseEndingAt(k);
  }
  return kNoMention;
}

std::int32_t AttributionRules::PhraseAt(std::uint32_t token) {
  constexpr std::uint32_t kMaxPhraseTokens = 15;
  if (token >= tv_.size() || tv_.InQuote(token)) return kNoMention;
  if (!SieveWords::Get().Is(SieveWordClass::kUnnamedDeterminer, tv_.Lower(token))) return kNoMention;
  std::uint32_t end = token + 1;
  while (end < tv_.size() && end - token <= kMaxPhraseTokens && tv_.SameSentence(token, end) &&
         (tv_.IsWord(end) || tokens_[end].kind == TokenKind::kNumber ||
          tv_.Is(end, "-"))) {
    const std::string_view w = tv_.Lower(end);
    if (SieveWords::Get().Is(SieveWordClass::kRelative, w) || w == "that" ||
        (VerbAt(end) != nullptr && !IsBaseForm(end))) {
      break;
    }
    ++end;
  }
  // '"Q," tweeted another.' / '"Q," read one.': the word alone, ending
  // the sentence.
  const bool alone = end == token + 1 && (tv_.IsLower(token, "one") || tv_.IsLower(token, "another")) &&
                     end < tv_.size() && tv_.Is(end, ".");
  if ((end - token < 2 && !alone) || end - token > kMaxPhraseTokens ||
      tv_.IsLower(end - 1, "of")) {
    return kNoMention;
  }
  // The phrase must end the clause: a comma, full stop or a relative
  // ("said one owner of a shop that sells ...").
  if (end < tv_.size() && tv_.SameSentence(token, end) &&
      !(tv_.Is(end, ",") || tv_.Is(end, ".") || tv_.IsLower(end, "who") ||
        tv_.IsLower(end, "which") || tv_.IsLower(end, "that"))) {
    return kNoMention;
  }
  Mention m;
  m.span = tv_.RangeSpan(token, end);
  m.first_token = token;
  m.end_token = end;
  m.kind = MentionKind::kDescription;
  m.type = NodeType::kOrganization;
  const std::string_view head = tv_.Text(end - 1);
  m.gender = !head.empty() && head.back() == 's' ? Gender::kPlural : Gender::kUnknown;
  return AddMention(std::move(m));
}

std::int32_t AttributionRules::FirstPersonBefore(std::uint32_t cue) {
  const std::uint32_t k = TimeWordsBefore(cue);
  if (k == 0 || !tv_.SameSentence(k - 1, cue) || tv_.InQuote(k - 1)) return kNoMention;
  const std::uint32_t p = k - 1;
  if (!IsFirstPersonSpeaker(p)) return kNoMention;
  if (MentionStartingAt(p) != kNoMention) return MentionStartingAt(p);
  Mention m;
  m.span = tv_.RangeSpan(p, p + 1);
  m.first_token = p;
  m.end_token = p + 1;
  m.kind = MentionKind::kPronoun;
  m.type = NodeType::kPerson;
  m.gender = tv_.Is(p, "I") ? Gender::kUnknown : Gender::kPlural;
  return AddMention(std::move(m));
}

bool AttributionRules::IsFirstPersonSpeaker(std::uint32_t i) const {
  return tv_.Is(i, "I") || tv_.IsLower(i, "we");
}

std::int32_t AttributionRules::AddMention(Mention m) {
  const std::uint32_t first = m.first_token;
  const std::uint32_t end = m.end_token;
  doc_.mentions.push_back(std::move(m));
  const auto index = static_cast<std::int32_t>(doc_.mentions.size() - 1);
  cache_.SetOwnMention(first, end, index);  // starts_[first], ends_[end]
  return index;
}

std::int32_t AttributionRules::RelativeSpeaker(std::uint32_t cue) {
  std::uint32_t who = TimeWordsBefore(cue);
  if (who < 2) return kNoMention;
  --who;
  const std::string_view w = tv_.Lower(who);
  if (!tv_.SameSentence(who - 1, cue)) return kNoMention;
  // "a new ad that urges voters ...": "that" after a noun (not after a verb:
  // "said that claims ...") before a verb of speech is the source as
  // written, an unnamed one.
  if (w == "that") {
    const ReportingVerb* verb = VerbAt(cue);
    const bool after_noun = !tv_.InQuote(who - 1) && tv_.IsWord(who - 1) && !tv_.IsCap(who - 1) &&
                            VerbAt(who - 1) == nullptr &&
                            !lex_.IsFunctionWord(tv_.Lower(who - 1));
    if (verb == nullptr || !verb->speech || !after_noun || IsBaseForm(cue)) return kNoMention;
    return AddPhraseMention(who, who + 1);
  }
  if (!SieveWords::Get().Is(SieveWordClass::kRelative, w)) return kNoMention;
  // "X, who said" / "X - who said".
  std::int32_t antecedent = tv_.Is(who - 1, ",") || IsAsideDash(who - 1)
                                ? MentionEndingAt(who - 1)
                                : RestrictiveAntecedent(who);
  // "the mayor of Carthage, who said": "who" is the person the place or
  // body belongs to.
  if (antecedent != kNoMention && w == "who") {
    const Mention& a = doc_.mentions[static_cast<std::size_t>(antecedent)];
    if (a.type != NodeType::kPerson && a.first_token >= 2 && tv_.IsLower(a.first_token - 1, "of")) {
      const std::int32_t owner = MentionEndingAt(a.first_token - 1);
      if (owner != kNoMention &&
          doc_.mentions[static_cast<std::size_t>(owner)].type == NodeType::kPerson) {
        antecedent = owner;
      }
    }
  }
  if (!CanSpeak(antecedent)) return kNoMention;
  EnsureEntity(antecedent);
  const Mention& a = doc_.mentions[static_cast<std::size_t>(antecedent)];
  if (a.entity < 0) return kNoMention;
  Mention m;
  m.span = tv_.RangeSpan(who, who + 1);
  m.first_token = who;
  m.end_token = who + 1;
  m.kind = MentionKind::kPronoun;
  m.type = a.type;
  m.gender = a.gender;
  m.entity = a.entity;
  return AddMention(std::move(m));
}

std::int32_t AttributionRules::RestrictiveAntecedent(std::uint32_t who) {
  // "the 30 percent of voters who said", "critics who say", "18% who say":
  // a plural phrase or a share right before the relative, with no comma.
  constexpr std::uint32_t kMaxPhraseTokens = 6;
  const SieveWords& words = SieveWords::Get();
  const std::uint32_t last = who - 1;
  if (tv_.InQuote(last)) return kNoMention;
  const std::string_view head = tv_.Text(last);
  const bool plural = tokens_[last].kind == TokenKind::kNumber || head == "%" ||
                      tv_.IsLower(last, "percent") ||
                      (tv_.IsWord(last) && !tv_.IsCap(last) && head.size() > 3 &&
                       head.back() == 's' && !lex_.IsFunctionWord(tv_.Lower(last))) ||
                      words.Is(SieveWordClass::kQuantifierSubject, tv_.Lower(last)) ||
                      tv_.IsLower(last, "those");
  if (!plural) return kNoMention;
  const std::int32_t named = MentionEndingAt(who);
  if (named != kNoMention) return named;
  const std::uint32_t sentence_begin = SentenceBegin(who);
  std::uint32_t first = who;
  while (first > sentence_begin && who - first < kMaxPhraseTokens) {
    const std::uint32_t t = first - 1;
    const TokenKind kind = tokens_[t].kind;
    if (tv_.InQuote(t) || !(kind == TokenKind::kWord || kind == TokenKind::kNumber ||
                            tv_.Is(t, "%") || tv_.Is(t, "-"))) {
      break;
    }
    const std::string_view lower = tv_.Lower(t);
    if (kind == TokenKind::kWord &&
        (lex_.Verb(lower) != nullptr || words.Is(SieveWordClass::kBe, lower) ||
         words.Is(SieveWordClass::kSubjectBreaker, lower) ||
         (lex_.IsFunctionWord(lower) && lower != "of" &&
          !words.Is(SieveWordClass::kPhraseDeterminer, lower)))) {
      break;  // "compared with 23 percent who": the phrase opens after "with"
    }
    first = t;
    // The phrase opens at its determiner or number ("the 30 percent of").
    if (words.Is(SieveWordClass::kPhraseDeterminer, lower)) break;
  }
  if (first >= who) return kNoMention;
  return AddPhraseMention(first, who);
}

std::int32_t AttributionRules::SpeakerAt(std::uint32_t token) const {
  const std::int32_t m = MentionStartingAt(token);
  return CanSpeak(m) ? m : kNoMention;
}

std::uint32_t AttributionRules::TokenAt(std::uint32_t byte) const {
  return FirstTokenFrom(doc_, byte);
}

std::uint32_t AttributionRules::BeBefore(std::uint32_t cue) const {
  for (std::uint32_t k = cue; k > 0 && cue - k < 4;) {
    --k;
    if (!tv_.IsWord(k) || !tv_.SameSentence(k, cue)) break;
    const std::string_view w = tv_.Lower(k);
    if (SieveWords::Get().Is(SieveWordClass::kBe, w)) return k;
    if (!lex_.IsSkipWord(w)) break;
  }
  return kNoToken;
}

std::int32_t AttributionRules::InheritedSpeaker(std::uint32_t cue) {
  if (cue == 0 || !tv_.SameSentence(cue - 1, cue)) return kNoMention;
  // "and has said", "and later added": auxiliaries and adverbs may follow
  // the conjunction.
  const std::uint32_t conjunction = TimeWordsBefore(cue);
  const bool coordinated =
      conjunction > 0 && tv_.SameSentence(conjunction - 1, cue) &&
      (tv_.IsLower(conjunction - 1, "and") || tv_.IsLower(conjunction - 1, "but"));
  // ", saying ..." / "claiming that ..." / "by saying" / "before insisting"
  // (not "of calling ...").
  const bool opener =
      SieveWords::Get().Is(SieveWordClass::kParticipleOpener, tv_.Lower(cue - 1));
  // "..., adding" / "... on \"Morning Joe,\" adding": a comma may stand
  // inside a closing quote mark.
  const bool after_comma = tv_.Is(cue - 1, ",") || ClosesAfterComma(cue - 1);
  const bool participle =
      IsParticiple(cue) && (after_comma || tv_.IsLower(cue + 1, "that") || opener);
  if (!coordinated && !participle) return kNoMention;
  const std::uint32_t begin = SentenceBegin(cue);
  // "X said, adding" / "said X, adding": the attribution right before.
  if (tv_.Is(cue - 1, ",") && cue >= 2) {
    const std::uint32_t k = cue - 2;
    if (VerbAt(k) && !tv_.InQuote(k)) {
      if (std::int32_t m = SpeakerBefore(k); m != kNoMention) return m;
    }
    // "X said Tuesday in Paris, noting": a short phrase of place or time
    // between that cue and the comma.
    constexpr std::uint32_t kMaxPhraseTokens = 5;
    for (std::uint32_t j = k; j-- > begin && k - j <= kMaxPhraseTokens;) {
      if (!tv_.IsWord(j) || tv_.InQuote(j)) break;
      if (CueAt(j) == nullptr) continue;
      const std::string_view after = tv_.Lower(j + 1);
      if (!IsTimeWord(j + 1) &&
          !SieveWords::Get().Is(SieveWordClass::kAdverbialPreposition, after)) {
        break;
      }
      if (std::int32_t m = SpeakerBefore(j); m != kNoMention) return m;
      break;
    }
    if (std::int32_t m = MentionEndingAt(cue - 1); m != kNoMention && CanSpeak(m)) {
      const std::uint32_t first = doc_.mentions[static_cast<std::size_t>(m)].first_token;
      // "\"Q,\" said X, adding" (not "to endorse X, calling" or "endorsed X,
      // saying": X is the object).
      if (first > 0) {
        const std::uint32_t verb = first - 1;
        const bool inverted = verb == SentenceBegin(verb) || tv_.Is(verb - 1, ",") ||
                              tokens_[verb - 1].kind == TokenKind::kCloseQuote;
        if (inverted && VerbAt(verb) && !IsBaseForm(verb)) return m;
      }
    }
  }
  // The speaker of the latest attribution before it in the sentence.
  const ByteSpan sentence = doc_.sentences[tokens_[cue].sentence].span;
  const std::uint32_t at = tokens_[cue].span.begin;
  std::int32_t best = kNoMention;
  std::uint32_t best_cue = 0;
  for (const Attribution& a : doc_.attributions) {
    if (a.cue.begin >= sentence.begin && a.cue.end <= at && a.source_mention != kNoMention &&
        a.cue.begin >= best_cue) {
      best = a.source_mention;
      best_cue = a.cue.begin;
    }
  }
  if (best != kNoMention) return best;
  // "with X tweeting that C and asking, \"Q\"": the speaker of the cue the
  // conjunction joins, found now if no sieve has recorded it yet.
  if (coordinated) {
    for (std::uint32_t k = conjunction - 1; k > begin; --k) {
      if (tv_.InQuote(k) || tv_.Is(k, ",") || tv_.Is(k, ";")) continue;
      if (CueAt(k) == nullptr || !tv_.IsWord(k) || tv_.IsCap(k)) continue;
      const std::int32_t m = SpeakerBefore(k);
      if (m == kNoMention || !Agrees(k, m)) break;
      // "X said he welcomed it and added, \"Q\"": that cue is reported
      // by another right before its subject, whose clause the conjunction
      // joins.
      std::uint32_t outer = doc_.mentions[static_cast<std::size_t>(m)].first_token;
      if (outer > begin && tv_.IsLower(outer - 1, "that")) --outer;
      if (outer > begin && tv_.IsWord(outer - 1) && !tv_.InQuote(outer - 1) &&
          CueAt(outer - 1) != nullptr) {
        const std::int32_t reporter = SpeakerBefore(outer - 1);
        if (reporter != kNoMention && Agrees(outer - 1, reporter)) return reporter;
      }
      return m;
    }
  }
  // Else the sentence's subject: a mention at its start ("The X ...").
  std::int32_t subject = MentionStartingAt(begin);
  if (subject == kNoMention && tv_.IsLower(begin, "the")) subject = MentionStartingAt(begin + 1);
  if (CanSpeak(subject) && IsSentenceSubject(subject)) return subject;
  // "In a statement, Gov. Ada Wren blasted Congress and said ...": the
  // subject of the verb the cue is coordinated with.
  const std::uint32_t clause_end =
      coordinated ? conjunction - 1 : (tv_.Is(cue - 1, ",") || opener ? cue - 1 : cue);
  if (coordinated) {
    const std::int32_t named = CoordinatedSubject(begin, clause_end);
    return named != kNoMention ? named : OpeningPhraseSubject(begin, clause_end);
  }
  // "X compared himself to Y, saying ...": the subject of the clause the
  // participle comments on.
  if (!participle) return kNoMention;
  const std::int32_t named = CoordinatedSubject(begin, clause_end);
  return named != kNoMention ? named : OpeningPhraseSubject(begin, clause_end);
}

std::int32_t AttributionRules::OpeningPhraseSubject(std::uint32_t begin, std::uint32_t end) {
  constexpr std::uint32_t kMaxPhraseTokens = 12;
  constexpr std::size_t kMinVerbLength = 4;
  const SieveWords& words = SieveWords::Get();
  std::uint32_t first = begin;
  while (first < end && words.Is(SieveWordClass::kNewClause, tv_.Lower(first))) ++first;
  if (first >= end || tv_.InQuote(first) ||
      !words.Is(SieveWordClass::kPhraseDeterminer, tv_.Lower(first))) {
    return kNoMention;
  }
  std::uint32_t adverb_at = kNoToken;  // an adverb right before the verb
  for (std::uint32_t k = first + 1; k < end && k - first <= kMaxPhraseTokens; ++k) {
    if (tv_.InQuote(k) || !(tv_.IsWord(k) || tokens_[k].kind == TokenKind::kNumber)) {
      return kNoMention;  // a comma or a mark before the verb
    }
    if (tv_.IsCap(k) || tokens_[k].kind == TokenKind::kNumber) continue;
    const std::string_view w = tv_.Lower(k);
    if (words.Is(SieveWordClass::kRelative, w) || w == "that") return kNoMention;
    const auto is_verb = [&](std::string_view v) {
      return lex_.Verb(v) != nullptr || words.Is(SieveWordClass::kBe, v) ||
             words.Is(SieveWordClass::kModal, v) || v == "has" || v == "have" || v == "had" ||
             (v.size() >= kMinVerbLength && EndsIn(v, "ed"));
    };
    const bool verb = is_verb(w);
    // "A day after ...": no subject; but "An aide later walked back ...":
    // an adverb before the phrase's verb.
    if (!verb && lex_.IsSkipWord(w)) {
      const bool adverb = k >= first + 2 && k + 1 < end && tv_.IsWord(k + 1) &&
                          !tv_.IsCap(k + 1) && !tv_.InQuote(k + 1) && is_verb(tv_.Lower(k + 1));
      if (!adverb) return kNoMention;
      adverb_at = k;
      continue;
    }
    if (!verb) continue;
    // The phrase runs to its verb; a base form there is a noun ("the
    // campaign report said").
    if (lex_.Verb(w) != nullptr && IsBaseForm(k)) continue;
    const std::uint32_t phrase_end = adverb_at + 1 == k ? adverb_at : k;
    return phrase_end >= first + 2 ? AddPhraseMention(first, phrase_end) : kNoMention;
  }
  return kNoMention;
}

bool AttributionRules::IsSentenceSubject(std::int32_t subject) const {
  const Mention& m = doc_.mentions[static_cast<std::size_t>(subject)];
  // "Speaking at a rally, ...", "Early on, ...": a capitalised opening word
  // the lexicons do not know is no name.
  if (m.tentative && m.end_token == m.first_token + 1) {
    const std::string_view w = tv_.Lower(m.first_token);
    // (At least three letters before the ending: "King", "Ely" are names.)
    const auto ends = [&](std::string_view tail) {
      return w.size() > tail.size() + 2 && EndsIn(w, tail);
    };
    // "Asked if ..., he said": a cue of the lexicon is no name either, nor
    // a word before a determiner ("Outside the arena, ...").
    if (ends("ing") || ends("ly") || lex_.IsFunctionWord(w) || VerbAt(m.first_token) != nullptr ||
        tv_.IsLower(m.end_token, "the") || tv_.IsLower(m.end_token, "a") ||
        tv_.IsLower(m.end_token, "an")) {
      return false;
    }
    // "Hours later, ...", "Weeks ago", "Eight years ago": a time noun or a
    // number before one.
    for (std::uint32_t k = m.end_token; k < tv_.size() && k <= m.end_token + 1; ++k) {
      if (tv_.IsLower(k, "later") || tv_.IsLower(k, "earlier") || tv_.IsLower(k, "ago")) {
        return false;
      }
      if (!tv_.IsWord(k) || tv_.IsCap(k)) break;
    }
  }
  // "WASHINGTON (AFP) - ...": a dateline, ending in a dash.
  std::uint32_t next = m.end_token;
  if (next < tv_.size() && tv_.Is(next, "(")) {
    while (next < tv_.size() && next - m.end_token <= kMaxParenthesisTokens && !tv_.Is(next, ")")) {
      ++next;
    }
    ++next;
  }
  return next >= tv_.size() || !IsAsideDash(next);
}

std::int32_t AttributionRules::DocumentAuthor(std::int32_t speaker, std::uint32_t cue) const {
  if (speaker == kNoMention || !IsParticiple(cue)) return speaker;
  const Mention& m = doc_.mentions[static_cast<std::size_t>(speaker)];
  if (m.kind == MentionKind::kName || m.kind == MentionKind::kPronoun ||
      !SieveWords::Get().Is(SieveWordClass::kDocumentNoun, tv_.Lower(m.end_token - 1))) {
    return speaker;
  }
  const std::int32_t author = CoordinatedSubject(SentenceBegin(cue), m.first_token);
  return author != kNoMention ? author : speaker;
}

std::int32_t AttributionRules::CoordinatedSubject(std::uint32_t begin,
                                                  std::uint32_t conjunction) const {
  // The first mention that can speak, opens the sentence or follows a
  // comma, and has a lower-case word (its verb) right after it.
  for (std::uint32_t k = begin; k < conjunction; ++k) {
    if (tv_.InQuote(k)) continue;
    const std::int32_t m = MentionStartingAt(k);
    if (m == kNoMention) continue;
    const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
    // ... or follows a dash ("LUND (AP) - Ada Wren has ...") or opening
    // conjunctions and adverbs ("And then Ada Wren went ...").
    bool opens = k == begin || tv_.Is(k - 1, ",") || IsAsideDash(k - 1) ||
                 (k == begin + 1 && tv_.IsLower(begin, "the"));
    for (std::uint32_t t = begin; !opens && t < k; ++t) {
      const bool linking = SieveWords::Get().Is(SieveWordClass::kNewClause, tv_.Lower(t)) ||
                           (IsTimeWord(t) && (t == begin || !tv_.IsCap(t)));
      if (!linking) break;
      opens = t + 1 == k;
    }
    // "Amid the outcry, The Blaze's Matt Walsh argued ...": a person's name
    // after a capitalised owner that opens the clause.
    if (!opens && k >= begin + 2 && tv_.IsPossessive(k - 1) &&
        mention.type == NodeType::kPerson) {
      std::uint32_t owner = k - 1;
      while (owner > begin && tv_.IsWord(owner - 1) && tv_.IsCap(owner - 1) &&
             !tv_.InQuote(owner - 1)) {
        --owner;
      }
      opens = owner < k - 1 && (owner == begin || tv_.Is(owner - 1, ","));
    }
    std::uint32_t verb = mention.end_token;
    if (verb < conjunction && tv_.Is(verb, "(")) {
      // "Gov. Ada Wren (R) blasted": step over a short parenthesis.
      while (verb < conjunction && !tv_.Is(verb, ")")) ++verb;
      ++verb;
    }
    // "Betty Friedan, the feminist author, compared her ...": an appositive
    // in commas may stand before the verb.
    if (verb < conjunction && tv_.Is(verb, ",") && verb + 1 < conjunction &&
        IsAsideOpener(verb + 1)) {
      constexpr std::uint32_t kMaxAppositiveTokens = 30;
      std::uint32_t close = verb + 1;
      while (close < conjunction && close - verb <= kMaxAppositiveTokens &&
             !(tv_.Is(close, ",") && !tv_.InQuote(close))) {
        ++close;
      }
      if (close < conjunction && tv_.Is(close, ",")) verb = close + 1;
    }
    while (verb < conjunction && IsTimeWord(verb)) ++verb;
    if (opens && verb < conjunction && CanSpeak(m) && tv_.IsWord(verb) && !tv_.IsCap(verb) &&
        !lex_.IsFunctionWord(tv_.Lower(verb)) && IsSentenceSubject(m)) {
      return m;
    }
    k = mention.end_token - 1;
  }
  return kNoMention;
}

bool AttributionRules::IsBaseForm(std::uint32_t i) const {
  // VerbWithSuffix(form, "s") or (form, "es"), known for every form at
  // once; SweepCues has recorded it for most words already.
  return cache_.BaseForm(i, [&] {
    const CueWords::Entry* entry = cue_words_.Find(tv_.Lower(i));
    return entry != nullptr && entry->base_form;
  });
}

bool AttributionRules::Agrees(std::uint32_t cue, std::int32_t speaker) const {
  // A base-form verb ("state", "report", "claim") after a singular subject
  // is a noun ("a European state"), unless an auxiliary comes first.
  if (!IsBaseForm(cue)) return true;
  // "could only quip": the auxiliary may stand before other skip words.
  for (std::uint32_t k = cue; k > 0 && cue - k < kMaxSkipWords && lex_.IsSkipWord(tv_.Lower(k - 1));
       --k) {
    if (SieveWords::Get().Is(SieveWordClass::kModal, tv_.Lower(k - 1))) return true;
  }
  if (speaker == kNoMention) return false;
  const Mention& m = doc_.mentions[static_cast<std::size_t>(speaker)];
  if (m.kind == MentionKind::kGroup || m.gender == Gender::kPlural) return true;
  const std::string_view text = doc_.Slice(m.span);
  // An unknown capitalised plural opening a sentence ("Polls show"), or an
  // organisation named in the plural ("Democrats say").
  const bool plural_name =
      !text.empty() && text.back() == 's' && !tv_.IsPossessive(m.end_token - 1);
  const bool one_word_organization = m.kind == MentionKind::kName &&
                                     m.type == NodeType::kOrganization &&
                                     m.end_token == m.first_token + 1;
  if (plural_name && (m.tentative || one_word_organization)) return true;
  return m.end_token == m.first_token + 1 &&
         SieveWords::Get().Is(SieveWordClass::kFirstPerson, tv_.Lower(m.first_token));
}

std::uint32_t AttributionRules::SkipToContent(std::uint32_t token, std::uint32_t limit) const {
  while (token < limit) {
    // "said Wednesday, \"Q\"": a comma or colon before a quote is no part
    // of the content.
    const bool comma_before_quote = (tv_.Is(token, ",") || tv_.Is(token, ":")) &&
                                    token + 1 < limit && tv_.InQuote(token + 1) &&
                                    !tv_.InQuote(token);
    if (tv_.IsLower(token, "that") || IsTimeWord(token) || comma_before_quote) {
      ++token;
      continue;
    }
    // "proclaimed in July - falsely - that ...": a short aside in dashes
    // before the that-clause.
    if (IsAsideDash(token) && !tv_.InQuote(token)) {
      constexpr std::uint32_t kMaxAsideTokens = 5;
      std::uint32_t close = token + 1;
      while (close < limit && close <= token + kMaxAsideTokens && !IsAsideDash(close) &&
             tv_.IsWord(close) && !tv_.InQuote(close)) {
        ++close;
      }
      if (close > token + 1 && close + 1 < limit && IsAsideDash(close) &&
          tv_.IsLower(close + 1, "that")) {
        token = close + 1;
        continue;
      }
    }
    break;
  }
  return SkipPhraseBeforeThat(token, limit);
}

std::uint32_t AttributionRules::SkipPhraseBeforeThat(std::uint32_t token,
                                                     std::uint32_t limit) const {
  constexpr std::uint32_t kMaxPhraseTokens = 10;
  const SieveWords& words = SieveWords::Get();
  std::uint32_t first = token;
  if (tv_.Is(first, ",") && !tv_.InQuote(first)) ++first;
  if (first >= limit || tv_.InQuote(first) || tv_.IsCap(first) ||
      !words.Is(SieveWordClass::kCuePhraseOpener, tv_.Lower(first))) {
    return token;
  }
  const std::uint32_t last = std::min(limit, first + kMaxPhraseTokens);
  for (std::uint32_t k = first + 1; k + 1 < last; ++k) {
    if (tv_.InQuote(k)) return token;
    // "in Thursday night's debate that": possessives too.
    const bool word =
        tv_.IsWord(k) || tokens_[k].kind == TokenKind::kNumber || tv_.IsPossessive(k);
    // "in July - falsely - that": an aside in dashes inside the phrase.
    if (!word && !tv_.Is(k, ",") && !IsAsideDash(k)) return token;
    if (!tv_.IsLower(k, "that")) {
      // Another report inside the phrase is no phrase of this cue.
      if (tv_.IsWord(k) && VerbAt(k) != nullptr) return token;
      continue;
    }
    // "that" opens the content when a clause's subject or a fronted phrase
    // ("that during his term ...") follows it (not
    // "a statement that was released").
    const std::uint32_t next = k + 1;
    const bool subject = !tv_.InQuote(next) && tv_.IsWord(next) &&
                         (tv_.IsCap(next) ||
                          words.Is(SieveWordClass::kClauseSubject, tv_.Lower(next)) ||
                          words.Is(SieveWordClass::kCuePhraseOpener, tv_.Lower(next)));
    return subject ? next : token;
  }
  return token;
}

void AttributionRules::AddFollowingQuotes(std::uint32_t end, std::vector<ByteSpan>& content) const {
  if (end == 0 || end > tv_.size()) return;
  const std::uint32_t sentence_end = SentenceEnd(end - 1);
  for (std::uint32_t k = end; k < sentence_end; ++k) {
    if (tv_.IsWord(k) || tv_.InQuote(k) || tokens_[k].kind == TokenKind::kNumber) return;
  }
  const std::uint32_t paragraph = tokens_[end - 1].paragraph;
  std::uint32_t k = sentence_end;
  while (k < tv_.size() && tokens_[k].paragraph == paragraph) {
    const Quote* q = QuoteStartingAt(k);
    if (q == nullptr || !q->closed) return;
    for (std::uint32_t t = q->first_token; t < q->end_token; ++t) {
      if (content_used_[t] || cue_used_[t]) return;
    }
    // The quote is its sentence (or sentences): a new sentence or the
    // paragraph's end follows it, after at most a full stop.
    std::uint32_t after = q->end_token;
    if (after < tv_.size() && tv_.Is(after, ".") && tv_.SameSentence(after - 1, after)) ++after;
    if (after < tv_.size() && tokens_[after].paragraph == paragraph &&
        tv_.SameSentence(after - 1, after)) {
      return;
    }
    content.insert(content.end(), q->parts.begin(), q->parts.end());
    k = after;
  }
}

const Quote* AttributionRules::QuoteStartingAt(std::uint32_t open) const {
  const auto q = std::lower_bound(
      doc_.quotes.begin(), doc_.quotes.end(), open,
      [](const Quote& quote, std::uint32_t token) { return quote.first_token < token; });
  return q != doc_.quotes.end() && q->first_token == open && q->double_marks ? &*q : nullptr;
}

std::uint32_t AttributionRules::QuoteEndFrom(std::uint32_t open) const {
  const Quote* q = QuoteStartingAt(open);
  if (q == nullptr || !q->closed) return kNoToken;
  // Within its paragraph only: a quote that runs on over paragraphs is
  // the adjacent-quotes sieve's.
  if (tokens_[q->end_token - 1].paragraph != tokens_[open].paragraph) return kNoToken;
  return q->end_token;
}

std::uint32_t AttributionRules::ClauseEnd(std::uint32_t begin) const {
  // 'X wrote "A. B."': a content that is a quote of several sentences ends
  // with the quote.
  if (begin < tv_.size() && tokens_[begin].kind == TokenKind::kOpenQuote) {
    const std::uint32_t quote_end = QuoteEndFrom(begin);
    if (quote_end != kNoToken && quote_end > SentenceEnd(begin)) return quote_end;
  }
  const std::uint32_t sentence_end = SentenceEnd(begin);
  std::uint32_t end = begin;
  for (; end < sentence_end; ++end) {
    // 'called him "a clown," adding ...': a comma typed inside a quote's
    // closing mark ends the quote's words and the clause alike, as one
    // outside it would; the content keeps the mark.
    const bool comma_in_quote = end > begin + 1 && end + 1 < sentence_end &&
                                ClosesAfterComma(end) && !tv_.InQuote(end + 1);
    if (comma_in_quote) {
      const std::uint32_t next = end + 1;
      if ((tv_.IsWord(next) && !tv_.IsCap(next) && IsParticiple(next)) ||
          tv_.IsLower(next, "according")) {
        return next;
      }
    }
    if (tv_.InQuote(end)) continue;
    if (end > begin && IsNewClause(end, sentence_end)) break;
    // "decried it; editorials railed against it": a semicolon joins a new
    // clause.  (The token's text fetched once for both marks.)
    const std::string_view mark = tv_.Text(end);
    if (mark == ";") break;
    // "..., with Ada Wren telling reporters", "... - Ryan saying ...": a
    // clause with a subject of its own and a participle cue is a report of
    // its own.
    if (end > begin && (mark == "," || IsAsideDash(end)) &&
        AbsoluteReportAt(end + 1, sentence_end)) {
      break;
    }
    if (mark != ",") continue;
    const std::uint32_t next = end + 1;
    if (next >= sentence_end) break;
    // ", throwing the race open", ", adding that": a participle clause
    // comments on the report rather than continuing it.
    if (tv_.IsWord(next) && !tv_.IsCap(next) && IsParticiple(next)) return end;
    if (tv_.IsLower(next, "according")) return end;
    // ", which ...", ", but ...": a new clause or a comment on the report.
    // ("..., and \"we'll see\"": a quote after the conjunction goes on with
    // the words reported.)
    const bool quote_next =
        next + 1 < sentence_end && tokens_[next + 1].kind == TokenKind::kOpenQuote &&
        (tv_.IsLower(next, "and") || tv_.IsLower(next, "but"));
    if (SieveWords::Get().Is(SieveWordClass::kCommaBreak, tv_.Lower(next)) && !quote_next &&
        !IsListComma(begin, end) && !IsSharedSubjectBut(next, sentence_end)) {
      // "the decision, which struck down the law, illustrates ...": a
      // relative clause between commas inside the content.
      const std::uint32_t closing = InsertedRelativeEnd(end, sentence_end);
      if (closing == kNoToken) return end;
      end = closing - 1;
      continue;
    }
    // ", X said" / ", said X"
    const std::int32_t m = MentionStartingAt(next);
    if (m != kNoMention) {
      const std::uint32_t after = doc_.mentions[static_cast<std::size_t>(m)].end_token;
      std::uint32_t k = after;
      while (k < sentence_end && IsTimeWord(k)) ++k;
      if (k < sentence_end && VerbAt(k)) return end;
    }
    if (VerbAt(next) && SpeakerAt(next + 1) != kNoMention) return end;
    if (IsPhraseThenCue(next, sentence_end)) return end;
  }
  // 'said he believes "A. B."': a quote that opens inside the clause, run
  // into its words (no comma or colon before it), and goes on past its
  // sentence in the same paragraph is the clause's words to its end.
  if (end == sentence_end && end > begin && tv_.InQuote(end - 1)) {
    for (std::uint32_t k = end; k-- > begin && tv_.InQuote(k);) {
      const Quote* q = QuoteStartingAt(k);
      if (q == nullptr) continue;
      const bool run_in = k > begin && tv_.IsWord(k - 1);
      if (run_in && q->end_token > end && q->parts.size() == 1) end = q->end_token;
      break;
    }
  }
  // Drop final punctuation (but keep a closing quote mark).
  while (end > begin) {
    const std::string_view t = tv_.Text(end - 1);
    const TokenKind k = tokens_[end - 1].kind;
    if (k == TokenKind::kPunct && (t == "." || t == "," || t == ";" || t == ":" || t == "!" ||
                                   t == "?" || t == "\u2014" || t == "-")) {
      --end;
      continue;
    }
    break;
  }
  return end;
}

bool AttributionRules::AbsoluteReportAt(std::uint32_t k, std::uint32_t sentence_end) const {
  if (tv_.IsLower(k, "with")) ++k;
  const std::int32_t m = MentionStartingAt(k);
  if (m == kNoMention) return false;
  const Mention& mention = doc_.mentions[static_cast<std::size_t>(m)];
  if (mention.kind != MentionKind::kName) return false;
  std::uint32_t cue = mention.end_token;
  while (cue < sentence_end && IsTimeWord(cue)) ++cue;
  return cue < sentence_end && !tv_.IsCap(cue) && IsParticiple(cue) && CueAt(cue) != nullptr;
}

std::uint32_t AttributionRules::InsertedRelativeEnd(std::uint32_t comma,
                                                    std::uint32_t sentence_end) const {
  const SieveWords& words = SieveWords::Get();
  if (!words.Is(SieveWordClass::kRelative, tv_.Lower(comma + 1))) return kNoToken;
  for (std::uint32_t k = comma + 2; k + 1 < sentence_end; ++k) {
    if (tv_.InQuote(k) || !tv_.Is(k, ",")) continue;
    // The clause goes on with its verb (after adverbs: "still faces"): a
    // lower-case word that is a form of "be", a modal or no function word,
    // and no participle or cue of an inverted attribution.
    const std::uint32_t next = k + 1;
    const auto is_auxiliary = [&](std::uint32_t t) {
      return words.Is(SieveWordClass::kBe, tv_.Lower(t)) ||
             words.Is(SieveWordClass::kModal, tv_.Lower(t));
    };
    std::uint32_t verb = next;
    while (verb + 1 < sentence_end && IsTimeWord(verb) && !tv_.IsCap(verb) && !is_auxiliary(verb)) {
      ++verb;
    }
    if (!tv_.IsWord(verb) || tv_.IsCap(verb)) return kNoToken;
    const std::string_view w = tv_.Lower(verb);
    const bool auxiliary = is_auxiliary(verb);
    if ((lex_.IsFunctionWord(w) && !auxiliary) || IsParticiple(verb) ||
        words.Is(SieveWordClass::kCommaBreak, w) ||
        (VerbAt(verb) != nullptr && SpeakerAt(verb + 1) != kNoMention)) {
      return kNoToken;
    }
    return next;
  }
  return kNoToken;
}

bool AttributionRules::IsSharedSubjectBut(std::uint32_t but, std::uint32_t sentence_end) const {
  // "the process was fair, but required an effort": "but" and a verb with
  // no subject of its own go on with the content's subject.
  const std::uint32_t verb = but + 1;
  if (!tv_.IsLower(but, "but") || verb >= sentence_end || !tv_.IsWord(verb) || tv_.IsCap(verb) ||
      lex_.IsFunctionWord(tv_.Lower(verb)) || VerbAt(verb) != nullptr) {
    return false;
  }
  const std::string_view w = tv_.Lower(verb);
  return w.size() > 3 && (w.substr(w.size() - 2) == "ed" || w.back() == 's');
}

bool AttributionRules::IsListComma(std::uint32_t begin, std::uint32_t comma) const {
  // "he expects Ada, Ivo, and Tad to": the comma before "and" closes a
  // short item after an earlier comma, so it goes on listing.
  constexpr std::uint32_t kMaxItemTokens = 3;
  if (!tv_.IsLower(comma + 1, "and") && !tv_.IsLower(comma + 1, "or")) return false;
  for (std::uint32_t k = comma; k > begin && comma - k <= kMaxItemTokens;) {
    --k;
    if (tv_.Is(k, ",")) return k + 1 < comma;
    if (!tv_.IsWord(k) || VerbAt(k) != nullptr) return false;
  }
  return false;
}

bool AttributionRules::IsPhraseThenCue(std::uint32_t first, std::uint32_t sentence_end) const {
  // ", his aides said" / ", the company said": a determiner, a few words
  // (no function word, no verb), then a finite reporting verb.
  constexpr std::uint32_t kMaxPhraseWords = 4;
  const bool determiner = SieveWords::Get().Is(SieveWordClass::kCommaDeterminer, tv_.Lower(first));
  if (!determiner) {
    // ", political scientists say": a short plural phrase with no article.
    const std::int32_t group = MentionEndingAt(first + 2);
    const std::uint32_t cue = group != kNoMention &&
                                      doc_.mentions[static_cast<std::size_t>(group)].kind ==
                                          MentionKind::kGroup
                                  ? first + 2
                                  : first + 1;
    if (cue >= sentence_end || tv_.IsCap(first)) return false;
    const std::int32_t m = MentionEndingAt(cue);
    if (m == kNoMention || doc_.mentions[static_cast<std::size_t>(m)].kind != MentionKind::kGroup) {
      return false;
    }
    const ReportingVerb* verb = VerbAt(cue);
    return verb != nullptr && verb->speech && !IsParticiple(cue);
  }
  for (std::uint32_t k = first + 1; k < sentence_end && k <= first + kMaxPhraseWords; ++k) {
    if (!tv_.IsWord(k)) return false;
    const ReportingVerb* verb = VerbAt(k);
    if (verb != nullptr && verb->speech && !IsParticiple(k) && !IsBaseForm(k)) return k > first + 1;
    if (lex_.IsFunctionWord(tv_.Lower(k))) return false;
  }
  return false;
}

bool AttributionRules::IsNewClauseWord(std::uint32_t i, std::uint32_t sentence_end) const {
  // "claiming that ...": a participle cue opening a new report.
  if (IsParticiple(i) && tv_.IsLower(i + 1, "that") && VerbAt(i)) {
    return true;
  }
  if (!SieveWords::Get().Is(SieveWordClass::kNewClause, tv_.Lower(i))) return false;
  std::uint32_t k = i + 1;
  // "and added that" / "and he called" / "and Brandt said"
  const std::int32_t m = MentionStartingAt(k);
  if (m != kNoMention) k = doc_.mentions[static_cast<std::size_t>(m)].end_token;
  while (k < sentence_end && IsTimeWord(k)) ++k;
  return k < sentence_end && VerbAt(k) != nullptr;
}

QuoteKind AttributionRules::KindOf(std::uint32_t a, std::uint32_t b) const {
  // Quotes never overlap and are sorted by first token (find_quotes.cpp),
  // so their end tokens ascend too: the quotes meeting [a, b) are the run
  // before the first quote starting at or after b, back to the first that
  // ends after a.  Binary search keeps this logarithmic per call.
  const auto limit = std::partition_point(doc_.quotes.begin(), doc_.quotes.end(),
                                          [b](const Quote& q) { return q.first_token < b; });
  bool any_quote = false;
  for (auto it = limit; it != doc_.quotes.begin();) {
    const Quote& q = *--it;
    if (q.end_token <= a) break;
    if (!q.double_marks) continue;
    any_quote = true;
    if (q.first_token <= a && q.end_token >= b) return QuoteKind::kDirect;
  }
  return any_quote ? QuoteKind::kMixed : QuoteKind::kIndirect;
}

void AttributionRules::EnsureEntity(std::int32_t mention) {
  if (mention == kNoMention) return;
  Mention& m = doc_.mentions[static_cast<std::size_t>(mention)];
  if (m.entity < 0 && m.kind == MentionKind::kDescription && !m.possessor.empty()) {
    MakeOwnedRoleEntity(m, mention);
    return;
  }
  if (m.entity >= 0 || m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescription) {
    return;
  }
  if (m.kind == MentionKind::kGroup) {
    MakeGroupEntity(m, mention);
    return;
  }
  // A tentative name that speaks is a person (or, after "the", a body).
  const std::string_view name = m.name.empty() ? doc_.Slice(m.span) : doc_.Slice(m.name);
  for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].name == name) {
      m.entity = static_cast<std::int32_t>(e);
      return;
    }
  }
  Entity e;
  e.type = m.type == NodeType::kPlace ? NodeType::kPerson : m.type;
  e.name = std::string(name);
  e.aliases.push_back(e.name);
  e.first_mention = static_cast<std::uint32_t>(mention);
  doc_.entities.push_back(std::move(e));
  m.entity = static_cast<std::int32_t>(doc_.entities.size() - 1);
  m.tentative = false;
}

std::int32_t AttributionRules::FindGroupEntity(std::string_view name) const {
  for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
    if (doc_.entities[e].group && doc_.entities[e].name == name) return static_cast<std::int32_t>(e);
  }
  return -1;
}

void AttributionRules::MakeOwnedRoleEntity(Mention& m, std::int32_t mention) {
  // "Sanders's campaign manager" with no name: a person known by the role,
  // affiliated with the owner.  Like a group, the role may be held by
  // different people in different articles: fragment_builder scopes the
  // node to its article.
  const std::string_view text = doc_.Slice(m.span);
  std::int32_t self = FindGroupEntity(text);
  if (self < 0) {
    Entity e;
    e.type = NodeType::kPerson;
    e.name = std::string(text);
    e.aliases.push_back(e.name);
    InsertSorted(e.titles, m.title);
    e.group = true;
    e.gender = m.gender;
    e.first_mention = static_cast<std::uint32_t>(mention);
    doc_.entities.push_back(std::move(e));
    self = static_cast<std::int32_t>(doc_.entities.size() - 1);
    // The owner: the name the description opens with ("Sanders").
    for (std::size_t k = 0; k < doc_.mentions.size(); ++k) {
      const Mention& owner = doc_.mentions[k];
      if (owner.kind != MentionKind::kName || owner.first_token < m.first_token ||
          owner.first_token > m.first_token + 1 || owner.end_token >= m.end_token) {
        continue;
      }
      EnsureEntity(static_cast<std::int32_t>(k));
      const std::int32_t owner_entity = doc_.mentions[k].entity;
      if (owner_entity >= 0 && owner_entity != self) {
        doc_.entities[static_cast<std::size_t>(self)].affiliation = owner_entity;
        doc_.entities[static_cast<std::size_t>(self)].affiliation_role = m.title;
      }
      break;
    }
  }
  doc_.mentions[static_cast<std::size_t>(mention)].entity = self;
}

void AttributionRules::MakeGroupEntity(Mention& m, std::int32_t mention) {
  // "officials" in two articles are different people: fragment_builder
  // scopes group nodes to their article.  Keep a demonym's capital.
  std::string text(doc_.Slice(m.span));
  const std::size_t space = text.find(' ');
  if (space == std::string::npos || !lex_.Demonym(std::string_view(text).substr(0, space))) {
    std::string buffer;
    text = std::string(LowerAscii(text, buffer));
  }
  if (const std::int32_t found = FindGroupEntity(text); found >= 0) {
    m.entity = found;
    return;
  }
  Entity e;
  e.type = NodeType::kOrganization;
  e.name = text;
  e.aliases.push_back(text);
  e.group = true;
  e.gender = Gender::kPlural;
  e.first_mention = static_cast<std::uint32_t>(mention);
  doc_.entities.push_back(std::move(e));
  m.entity = static_cast<std::int32_t>(doc_.entities.size() - 1);
}

bool AttributionRules::OpensThatClause(std::uint32_t that) const {
  if (!tv_.IsLower(that, "that") || tv_.InQuote(that) || that + 1 >= tv_.size() ||
      !tv_.SameSentence(that, that + 1) || !tv_.IsWord(that + 1)) {
    return false;
  }
  const std::string_view next = tv_.Lower(that + 1);
  const SieveWords& words = SieveWords::Get();
  return tv_.IsCap(that + 1) || words.Is(SieveWordClass::kClauseSubject, next) ||
         words.Is(SieveWordClass::kPhraseDeterminer, next);
}

bool AttributionRules::Add(std::vector<ByteSpan> content, std::uint32_t cue_begin,
                           std::uint32_t cue_end, std::int32_t speaker,
                           const ReportingVerb& verb, QuoteKind kind, std::string_view stage) {
  // The tokens of each part, found once for counting and marking (most
  // contents have a part or two; more are found again when marking).
  constexpr std::size_t kKeptRanges = 4;
  std::pair<std::size_t, std::size_t> ranges[kKeptRanges];
  std::size_t tokens = 0;
  std::size_t used = 0;
  for (std::size_t p = 0; p < content.size(); ++p) {
    const auto range = TokensIn(doc_, content[p]);
    if (p < kKeptRanges) ranges[p] = range;
    for (std::size_t i = range.first; i < range.second; ++i) used += content_used_[i];
    tokens += range.second - range.first;
  }
  if (tokens < kMinContentTokens) return false;
  // A quote-only verb reports words in quotes or a that-clause, right after
  // it or after a phrase ("mused in Thursday's debate that ...").
  if (verb.quote_only && kind != QuoteKind::kDirect && !OpensThatClause(cue_end) &&
      !(ranges[0].first > cue_end + 1 && tv_.IsLower(ranges[0].first - 1, "that") &&
        SieveWords::Get().Is(SieveWordClass::kCuePhraseOpener, tv_.Lower(cue_end)))) {
    return false;
  }
  // Nested attributions share content; the same content twice is one.
  if (used == tokens) return false;
  for (std::size_t p = 0; p < content.size(); ++p) {
    if (p >= kKeptRanges) {
      MarkTokens(doc_, content[p], content_used_);
      continue;
    }
    const auto [first, end] = ranges[p];
    if (first < end) std::fill(content_used_.data() + first, content_used_.data() + end, 1);
  }
  for (std::uint32_t k = cue_begin; k < cue_end; ++k) cue_used_[k] = true;
  EnsureEntity(speaker);
  // Room for a document's usual attributions at once, not one regrowth
  // (and move of every attribution) per doubling.
  constexpr std::size_t kFirstAttributions = 16;
  if (doc_.attributions.empty()) doc_.attributions.reserve(kFirstAttributions);
  Attribution& a = doc_.attributions.emplace_back();  // made in place
  a.content = std::move(content);
  a.cue = tv_.RangeSpan(cue_begin, cue_end);
  a.source_mention = speaker;
  a.relation.assign(verb.relation);
  a.quote_kind = kind;
  a.stage.assign(stage);
  cache_.CountMarked(doc_.attributions.size());  // marked above
  return true;
}

}  // namespace quotegraph
