// Stage 8b, sieve 2: a speaker, a reporting verb, then what was said.
//
//   X said (that) CLAUSE.      X told reporters CLAUSE.
//   X has denied CLAUSE.       X called Y "Z".   (mixed)
//   X said on Wednesday CLAUSE.
// The content runs to the end of the sentence, or to a trailing
// attribution or relay (", according to", ", Y said").
#include "attribution_rules.h"
#include "sieve_words.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {

namespace {

// "X is expected to win", "X seemed to agree", "it appears that ...": the
// report has no speaker; its content is the subject and the complement.
void AddRaisingReport(AttributionRules& rules, std::uint32_t cue, std::uint32_t be,
                      const ReportingVerb& verb) {
  const TokenView& tv = rules.tokens();
  const std::uint32_t begin = rules.SentenceBegin(cue);
  const std::uint32_t cue_begin = be != kNoToken ? be : cue;
  const std::uint32_t after = cue + 1;
  if (after >= rules.SentenceEnd(cue) || !(tv.IsLower(after, "to") || tv.IsLower(after, "that"))) {
    return;
  }
  const std::uint32_t end = rules.ClauseEnd(after);
  if (end <= after) return;
  std::vector<ByteSpan> content;
  const bool dummy_subject = cue_begin == begin + 1 && tv.IsLower(begin, "it");
  if (cue_begin > begin && !dummy_subject) content.push_back(tv.RangeSpan(begin, cue_begin));
  content.push_back(tv.RangeSpan(after, end));
  rules.Add(std::move(content), cue_begin, cue + 1, kNoMention, verb, rules.KindOf(after, end),
            "speaker-verb");
}

// A verb outside the lexicon that takes a that-clause ("X signaled that
// he would run", "X reasoned that the vote ..."): a past or present form
// followed by "that" and the clause's subject.  Its relation is "said".
const ReportingVerb* ThatClauseVerb(const AttributionRules& rules, std::uint32_t i) {
  static const ReportingVerb kThatClause{"said", true};
  const TokenView& tv = rules.tokens();
  constexpr std::size_t kMinVerbLength = 4;
  // "that" next is asked first: most words are followed by no "that".
  if (i + 2 >= tv.size() || !tv.IsLower(i + 1, "that") || !tv.IsWord(i) || tv.IsCap(i) ||
      tv.InQuote(i) || rules.CueUsed(i) || !tv.SameSentence(i, i + 2)) {
    return nullptr;
  }
  const std::string_view w = tv.Lower(i);
  const bool finite = w.size() >= kMinVerbLength &&
                      (w.substr(w.size() - 2) == "ed" ||
                       (w.back() == 's' && w.substr(w.size() - 2) != "ss"));
  if (!finite || rules.lexicon().IsFunctionWord(w)) return nullptr;
  const bool clause_subject =
      tv.IsCap(i + 2) || SieveWords::Get().Is(SieveWordClass::kClauseSubject, tv.Lower(i + 2));
  return clause_subject ? &kThatClause : nullptr;
}

// MixedQuoteVerb (below) for a word `w` in "-ed": out of line, as most
// words are turned away by their form, inline, before it.
[[gnu::noinline]] const ReportingVerb* MixedQuoteEdVerb(const AttributionRules& rules,
                                                        std::uint32_t i, std::string_view w) {
  static const ReportingVerb kMixedQuote{"said", true};
  constexpr std::uint32_t kMaxWordsBeforeQuote = 6;
  const TokenView& tv = rules.tokens();
  if (!tv.IsWord(i) || tv.IsCap(i) || tv.InQuote(i) || rules.CueUsed(i) ||
      w.find('-') != std::string_view::npos || rules.lexicon().IsFunctionWord(w)) {
    return nullptr;
  }
  // "served in", "looked at", "showed up": no object, no one's words.
  if (i + 1 >= tv.size() || (tv.IsWord(i + 1) && rules.lexicon().IsFunctionWord(tv.Lower(i + 1)) &&
                             !SieveWords::Get().Is(SieveWordClass::kPhraseDeterminer, tv.Lower(i + 1)) &&
                             !SieveWords::Get().Is(SieveWordClass::kPossessive, tv.Lower(i + 1)))) {
    return nullptr;
  }
  for (std::uint32_t k = i + 1; k < tv.size() && k <= i + kMaxWordsBeforeQuote; ++k) {
    if (!tv.SameSentence(i, k) || tv.Is(k, ",") || tv.Is(k, ":")) return nullptr;
    const Quote* q = rules.QuoteStartingAt(k);
    if (q == nullptr) continue;
    if (!q->closed || !q->double_marks) return nullptr;
    // "its "safety check" feature": a quote before its noun names a thing.
    const std::uint32_t after = q->end_token;
    if (after < tv.size() && tv.SameSentence(k, after) && tv.IsWord(after) && !tv.IsCap(after) &&
        !rules.lexicon().IsFunctionWord(tv.Lower(after))) {
      return nullptr;
    }
    for (std::uint32_t t = k + 1; t + 1 < q->end_token; ++t) {
      if (tv.IsWord(t) && !tv.IsCap(t)) return &kMixedQuote;
    }
    return nullptr;
  }
  return nullptr;
}

// A past-tense verb outside the lexicon whose object holds someone's
// quoted words ("Trump identified the judge as "Spanish,"", "the panel
// deemed him "well qualified""): a mixed quote, relation "said".  The quote
// opens within a few words, before any comma, and has a lower-case word
// (no title: "visited "Trump Tower""); the caller asks for a named speaker.
// i < the number of tokens.
inline const ReportingVerb* MixedQuoteVerb(const AttributionRules& rules, std::uint32_t i) {
  constexpr std::size_t kMinVerbLength = 5;
  const std::string_view w = rules.tokens().Lower(i);
  const std::size_t n = w.size();
  if (n < kMinVerbLength || w[n - 2] != 'e' || w[n - 1] != 'd') return nullptr;
  return MixedQuoteEdVerb(rules, i, w);
}

// The first token from `i` on (before `n`, the number of tokens) that may
// start a report of this sieve: one CueAt may take, one followed by "that"
// (ThatClauseVerb) or a word in "-ed" (MixedQuoteVerb); `n` if none.  The
// first tests of the three, in one short loop over the tokens most of which
// fail them all.
std::uint32_t NextCandidate(const AttributionRules& rules, std::uint32_t i, std::uint32_t n) {
  constexpr std::size_t kMinMixedVerbLength = 5;  // MixedQuoteVerb's
  const TokenView& tv = rules.tokens();
  for (; i < n; ++i) {
    if (rules.MayBeCue(i) || (i + 2 < n && tv.IsLower(i + 1, "that"))) return i;
    const std::string_view w = tv.Lower(i);
    const std::size_t size = w.size();
    if (size >= kMinMixedVerbLength && w[size - 2] == 'e' && w[size - 1] == 'd') return i;
  }
  return n;
}

// True if `lower` opens a noun phrase: "the", "a", "his", "several".
bool IsDeterminer(std::string_view lower) {
  const SieveWords& words = SieveWords::Get();
  return words.Is(SieveWordClass::kPhraseDeterminer, lower) ||
         words.Is(SieveWordClass::kPossessive, lower) ||
         words.Is(SieveWordClass::kUnnamedDeterminer, lower);
}

// True if the participle cue names a thing rather than reports words: "a
// group called Citizens for Trump", "a website dubbed \"X\"", "the so
// called plan".  The speaker found is an indefinite phrase whose head is
// no person noun, and a name or a quote follows the cue.
bool NamesThing(const Document& doc, const AttributionRules& rules, std::uint32_t cue,
                std::int32_t speaker) {
  const TokenView& tv = rules.tokens();
  if (!SieveWords::Get().Is(SieveWordClass::kNamingParticiple, tv.Lower(cue))) return false;
  if (cue > 0 && tv.IsLower(cue - 1, "so")) return true;  // "so called"
  const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
  if (m.kind != MentionKind::kDescription || m.end_token != cue ||
      !(tv.IsLower(m.first_token, "a") || tv.IsLower(m.first_token, "an"))) {
    return false;
  }
  const std::string_view head = tv.Lower(m.end_token - 1);
  if (rules.lexicon().IsGroupNoun(head) || rules.lexicon().IsTitle(head)) return false;
  const std::uint32_t next = cue + 1;
  return next < tv.size() && tv.SameSentence(cue, next) &&
         (tv.IsCap(next) || doc.tokens[next].kind == TokenKind::kOpenQuote || tv.Is(next, "#"));
}

// "Asked whether he would run, Marek said ...", "..., when asked about the
// vote.", "Asked by Ada Wren if ...": the question put to someone, reported
// with its asker when "by" names one.  A few words ("at a briefing
// Monday") may stand between "asked" and the question.
void AddQuestion(const Document& doc, AttributionRules& rules, std::uint32_t asked,
                 const ReportingVerb& verb) {
  constexpr std::uint32_t kMaxWordsBeforeQuestion = 8;
  const TokenView& tv = rules.tokens();
  const std::uint32_t sentence_end = rules.SentenceEnd(asked);
  std::int32_t asker = kNoMention;
  std::uint32_t first = asked + 1;
  if (tv.IsLower(first, "by") && (asker = rules.SpeakerAt(first + 1)) != kNoMention) {
    first = doc.mentions[static_cast<std::size_t>(asker)].end_token;
  }
  const std::uint32_t limit = first + kMaxWordsBeforeQuestion;
  while (first < sentence_end && first < limit && tv.IsWord(first) && !tv.InQuote(first) &&
         !SieveWords::Get().Is(SieveWordClass::kQuestionOpener, tv.Lower(first))) {
    ++first;
  }
  if (first >= sentence_end || first >= limit ||
      !SieveWords::Get().Is(SieveWordClass::kQuestionOpener, tv.Lower(first))) {
    return;
  }
  std::uint32_t end = first;
  while (end < sentence_end && !(tv.Is(end, ",") && !tv.InQuote(end))) ++end;
  const std::uint32_t begin = rules.SentenceBegin(asked);
  // The question runs to a comma when "asked" opens the sentence, or to the
  // sentence's end when "when asked" closes it.
  if (end >= sentence_end && asked == begin) return;
  while (end > first && !tv.IsWord(end - 1) && !tv.InQuote(end - 1) &&
         doc.tokens[end - 1].kind != TokenKind::kNumber) {
    --end;
  }
  if (end <= first) return;
  rules.Add({tv.RangeSpan(first, end)}, asked, asked + 1, asker, verb, rules.KindOf(first, end),
            "speaker-verb");
}

// True if the attribution is set in commas inside its content ("It is no
// surprise, Ada Wren said, that ..."): the speaker follows a comma with
// words of the sentence before it, and a comma follows the cue.
bool IsInsertedAttribution(const Document& doc, const AttributionRules& rules, std::uint32_t cue,
                           std::uint32_t cue_end, std::int32_t speaker) {
  const TokenView& tv = rules.tokens();
  if (speaker < 0 || cue_end >= rules.SentenceEnd(cue) || !tv.Is(cue_end, ",")) return false;
  const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
  const std::uint32_t begin = rules.SentenceBegin(cue);
  if (m.first_token < begin + 3 || !tv.Is(m.first_token - 1, ",") || m.end_token > cue) {
    return false;
  }
  for (std::uint32_t k = m.end_token; k < cue; ++k) {
    if (!tv.IsWord(k)) return false;  // only time words between
  }
  return true;
}

// "Graham, who says CONTENT, tweeted that ...": a content inside a relative
// clause set in commas ends at the comma before the main clause's verb (a
// lower-case verb form after a comma outside quotes); `end` otherwise.
// "..., Ada Wren said Tuesday in Paris, noting ...", "X announced in
// 1992.": a short phrase of place or time that ends its clause says where
// or when the words were said, not what they were; the words are
// elsewhere (before a comma: the trailing-cue sieve's).
bool IsPlaceOrTimePhrase(const AttributionRules& rules, std::uint32_t begin, std::uint32_t end,
                         std::uint32_t sentence_end) {
  constexpr std::uint32_t kMaxPhraseTokens = 5;
  const TokenView& tv = rules.tokens();
  if (end - begin > kMaxPhraseTokens || tv.InQuote(begin) ||
      !SieveWords::Get().Is(SieveWordClass::kAdverbialPreposition, tv.Lower(begin))) {
    return false;
  }
  if (end < sentence_end && !tv.Is(end, ",") && !tv.Is(end, ".")) return false;
  for (std::uint32_t k = begin; k < end; ++k) {
    if (tv.InQuote(k) || tv.IsLower(k, "that")) return false;
  }
  return true;
}

std::uint32_t RelativeClauseEnd(const Document& doc, const AttributionRules& rules,
                                std::int32_t speaker, std::uint32_t begin, std::uint32_t end) {
  const TokenView& tv = rules.tokens();
  const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
  if (m.end_token != m.first_token + 1 || m.first_token == 0 ||
      !SieveWords::Get().Is(SieveWordClass::kRelative, tv.Lower(m.first_token))) {
    return end;
  }
  // "X - who said C - said ...": the relative clause ends at its dash.
  if (rules.IsAsideDash(m.first_token - 1)) {
    for (std::uint32_t k = begin; k < end; ++k) {
      if (rules.IsAsideDash(k) && !tv.InQuote(k)) return k;
    }
    return end;
  }
  if (!tv.Is(m.first_token - 1, ",")) return end;
  constexpr std::size_t kMinVerbLength = 4;
  for (std::uint32_t k = begin; k + 1 < end; ++k) {
    if (!tv.Is(k, ",") || tv.InQuote(k)) continue;
    std::uint32_t v = k + 1;
    while (v < end && rules.IsTimeWord(v)) ++v;
    if (v >= end || !tv.IsWord(v) || tv.IsCap(v) || tv.InQuote(v)) continue;
    const std::string_view w = tv.Lower(v);
    if (rules.lexicon().IsFunctionWord(w) || w.size() < kMinVerbLength) continue;
    const bool verb_form = rules.lexicon().Verb(w) != nullptr || w.substr(w.size() - 2) == "ed" ||
                           (w.back() == 's' && w[w.size() - 2] != 's');
    if (verb_form && !rules.IsParticiple(v)) return k;
  }
  return end;
}

// "When Ada Wren announced her run, she said ...": a cue inside a
// subordinate clause that opens the sentence has its content end at the
// clause's comma; `end` otherwise.
std::uint32_t SubordinateClauseEnd(const AttributionRules& rules, std::uint32_t cue,
                                   std::uint32_t begin, std::uint32_t end) {
  const TokenView& tv = rules.tokens();
  const SieveWords& words = SieveWords::Get();
  std::uint32_t first = rules.SentenceBegin(cue);
  if (words.Is(SieveWordClass::kNewClause, tv.Lower(first)) && first + 1 < cue) ++first;
  if (!words.Is(SieveWordClass::kSubordinator, tv.Lower(first))) return end;
  for (std::uint32_t k = first; k < cue; ++k) {
    if (tv.Is(k, ",") && !tv.InQuote(k)) return end;  // the cue is in the main clause
  }
  for (std::uint32_t k = begin; k < end; ++k) {
    if (tv.Is(k, ",") && !tv.InQuote(k)) return k;
  }
  return end;
}

}  // namespace

void AttributeSpeakerVerb(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  const std::uint32_t n = tv.size();
  for (std::uint32_t i = NextCandidate(rules, 0, n); i < n; i = NextCandidate(rules, i + 1, n)) {
    const ReportingVerb* verb = rules.CueAt(i);
    const bool listed = verb != nullptr;  // a reporting verb of the lexicon
    if (verb == nullptr) verb = ThatClauseVerb(rules, i);
    const bool mixed_only = verb == nullptr;
    if (verb == nullptr) verb = MixedQuoteVerb(rules, i);
    if (verb == nullptr) continue;
    if (tv.IsLower(i, "asked") && (i == rules.SentenceBegin(i) || tv.IsLower(i - 1, "when"))) {
      AddQuestion(doc, rules, i, *verb);
      continue;
    }
    const std::uint32_t be = rules.BeBefore(i);
    if (verb->raising && (be != kNoToken || tv.Lower(i).rfind("expect", 0) != 0)) {
      AddRaisingReport(rules, i, be, *verb);
      continue;
    }
    // "X was told", "X was asked": X is not who spoke.
    if (be != kNoToken && !rules.IsParticiple(i)) continue;
    // "He went on to say": the speaker stands before the verb of going on,
    // and that verb agrees with it.
    const std::uint32_t continued = rules.ContinuedCueBegin(i);
    const std::uint32_t finite = continued != kNoToken ? continued : i;
    std::int32_t speaker = rules.QualifiedSourceBefore(finite);
    if (speaker == kNoMention) speaker = rules.SpeakerBefore(finite);
    // "X's campaign is already claiming victory": the subject of the
    // progressive stands before its "is".
    if (speaker == kNoMention && be != kNoToken) speaker = rules.SpeakerBefore(be);
    if (speaker == kNoMention) speaker = rules.RelativeSpeaker(finite);
    if (speaker == kNoMention) speaker = rules.InheritedSpeaker(finite);
    if (speaker == kNoMention) speaker = rules.PhraseBefore(finite);
    if (speaker == kNoMention) speaker = rules.FirstPersonBefore(finite);
    // "Protest organizers in Lund say": a plural phrase ending in a name
    // that cannot agree with the cue.
    if (speaker == kNoMention || !rules.Agrees(finite, speaker)) {
      speaker = rules.SubjectPhraseBefore(finite);
    }
    if (speaker == kNoMention) speaker = rules.QuantityPhraseBefore(finite);
    // "An aide, speaking on condition of anonymity, said", "An official
    // who spoke anonymously said": the subject before an aside, for verbs
    // of speech of the lexicon.
    const bool speech = listed && verb->speech;
    if (speaker == kNoMention && speech) speaker = rules.InterruptedSubject(finite);
    if (speaker == kNoMention && speech) speaker = rules.RelativeClauseSubject(finite);
    if (speaker == kNoMention || !rules.Agrees(finite, speaker)) continue;
    if (mixed_only && doc.mentions[static_cast<std::size_t>(speaker)].kind != MentionKind::kName) {
      continue;
    }
    if (NamesThing(doc, rules, i, speaker)) continue;
    speaker = rules.RoleSpeaker(rules.DocumentAuthor(speaker, i));
    // "As X reported, ...": an adverbial clause, the according-to sieve's.
    const std::uint32_t speaker_first = doc.mentions[static_cast<std::size_t>(speaker)].first_token;
    const std::uint32_t cue_end = rules.CueEnd(i);
    const std::uint32_t sentence_begin = rules.SentenceBegin(i);
    // "the divide in America highlighted by the shootings", "a plan
    // criticized by Ada Wren": a participle before "by" and its agent is
    // passive, and the noun before it did not speak ("said by phone" and
    // "responded by saying" stay reports).
    if (tv.IsLower(cue_end, "by") && cue_end + 1 < rules.SentenceEnd(i) &&
        !rules.IsTimeWord(cue_end + 1) && !tv.InQuote(cue_end + 1) &&
        (tv.IsCap(cue_end + 1) || IsDeterminer(tv.Lower(cue_end + 1)))) {
      continue;
    }
    if (speaker_first > sentence_begin && speaker_first <= sentence_begin + 2 &&
        tv.IsLower(sentence_begin, "as") && tv.Is(cue_end, ",")) {
      continue;
    }
    // "Of course, as X observed, CLAUSE": the clause after the comma.
    const bool as_clause = speaker_first > sentence_begin && tv.Is(cue_end, ",") &&
                           (tv.IsLower(speaker_first - 1, "as") ||
                            (speaker_first > sentence_begin + 1 &&
                             tv.IsLower(speaker_first - 1, "the") &&
                             tv.IsLower(speaker_first - 2, "as")));
    const std::uint32_t sentence_end = rules.SentenceEnd(i);
    // "It is no surprise, Ada Wren said, that ...": an attribution set in
    // commas inside its content; the content is both sides of it.
    const bool inserted = IsInsertedAttribution(doc, rules, i, cue_end, speaker);
    const std::uint32_t after_cue = inserted || as_clause ? cue_end + 1 : cue_end;
    std::uint32_t begin = rules.SkipToContent(after_cue, sentence_end);
    // "X said. (Just look ...)": nothing follows the cue in its clause.
    if (begin >= sentence_end || tv.Is(begin, ".") || tv.Is(begin, ";")) continue;
    // "The rally in Columbus, Ohio, drew a crowd, said Ada Wren, a ...": a
    // name that ends its clause right after a cue that follows a comma is
    // the speaker of an inverted cue (the trailing-cue sieve's), not
    // the content of a speaker before it.
    if (!inserted && !as_clause && i > 0 && tv.Is(i - 1, ",") && begin == cue_end) {
      const std::int32_t named = rules.SpeakerAt(cue_end);
      if (named != kNoMention) {
        const Mention& name = doc.mentions[static_cast<std::size_t>(named)];
        if (name.kind == MentionKind::kName && name.type == NodeType::kPerson &&
            (name.end_token >= sentence_end || tv.Is(name.end_token, ",") ||
             tv.Is(name.end_token, "."))) {
          continue;
        }
      }
    }
    // "said by", "called for": not a report of words.
    const std::uint32_t end = SubordinateClauseEnd(
        rules, i, begin, RelativeClauseEnd(doc, rules, speaker, begin, rules.ClauseEnd(begin)));
    if (end <= begin) continue;
    if (IsPlaceOrTimePhrase(rules, begin, end, sentence_end)) continue;
    std::vector<ByteSpan> content;
    if (inserted) {
      const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
      content.push_back(tv.RangeSpan(rules.SentenceBegin(i), m.first_token - 1));
    }
    content.push_back(tv.RangeSpan(begin, end));
    const std::size_t own_parts = content.size();
    rules.AddFollowingQuotes(end, content);
    QuoteKind kind = rules.KindOf(begin, end);
    if (content.size() > own_parts && kind == QuoteKind::kIndirect) kind = QuoteKind::kMixed;
    rules.Add(std::move(content), finite, cue_end, speaker, *verb, kind, "speaker-verb");
  }
}

}  // namespace quotegraph
