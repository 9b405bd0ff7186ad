// Stage 8d, sieve 4: "according to X" and "as X reported".
//
//   According to X, CLAUSE.        CLAUSE, according to X.
//   As X reported, CLAUSE.         CLAUSE, as X reported.
//   As reported by X, CLAUSE.      CLAUSE, as reported by X.
// When the sentence already has an attribution before "according to" and X
// is a news agency or outlet, X relays that statement (relays stage), and
// no new statement is made.
#include "attribution_rules.h"
#include "sieve_words.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

const ReportingVerb kAccordingTo{"said", true};

// Words allowed between "according to" and the source's name.
bool IsSourceFiller(const TokenView& tv, std::uint32_t i) {
  return i < tv.size() && SieveWords::Get().Is(SieveWordClass::kSourceFiller, tv.Lower(i));
}


// "according to exit polls", "according to figures the campaign released":
// "according to" marks its source so plainly that any phrase up to the
// comma or the sentence's end is one, recorded as an unnamed source.
std::int32_t SourcePhrase(AttributionRules& rules, std::uint32_t first) {
  constexpr std::uint32_t kMaxPhraseTokens = 15;
  const TokenView& tv = rules.tokens();
  if (first == 0 || first >= tv.size() || !tv.SameSentence(first - 1, first)) return kNoMention;
  const std::uint32_t sentence_end = rules.SentenceEnd(first);
  std::uint32_t end = first;
  // A title in quotes may stand in the phrase ("the "Medicare for all"
  // document"); punctuation outside quotes ends it.
  while (end < sentence_end && end - first < kMaxPhraseTokens &&
         (tv.InQuote(end) || !(tv.Is(end, ",") || tv.Is(end, ".") || tv.Is(end, ";") ||
                               tv.Is(end, ":")))) {
    ++end;
  }
  if (end == first || end - first >= kMaxPhraseTokens) return kNoMention;
  if (end < sentence_end && !(tv.Is(end, ",") || tv.Is(end, "."))) return kNoMention;
  return rules.AddPhraseMention(first, end);
}

// True if a source phrase names a news medium: an agency or outlet of the
// lexicon, or a word such as "agency" or "newspaper".
bool IsMediumPhrase(const AttributionRules& rules, const Mention& m) {
  const TokenView& tv = rules.tokens();
  for (std::uint32_t k = m.first_token; k < m.end_token; ++k) {
    if (SieveWords::Get().Is(SieveWordClass::kMediumWord, tv.Lower(k))) return true;
    if (rules.lexicon().Agency(tv.Text(k)) || rules.lexicon().Outlet(tv.Text(k))) return true;
  }
  return false;
}

bool IsDash(const TokenView& tv, std::uint32_t i) {
  return tv.Is(i, "\u2014") || tv.Is(i, "\u2013") || tv.Is(i, "-") || tv.Is(i, "--");
}


// "As X (first) reported" at token `as`: the cue's index, with the source
// in `*speaker`; kNoToken if the words after "as" are no source and cue.
std::uint32_t AsSourceReported(const Document& doc, AttributionRules& rules, std::uint32_t as,
                               std::int32_t* speaker) {
  constexpr std::uint32_t kMaxSourceTokens = 8;
  const TokenView& tv = rules.tokens();
  const std::uint32_t first = as + 1;
  for (std::uint32_t k = first + 1; k < tv.size() && k - first <= kMaxSourceTokens; ++k) {
    if (!tv.SameSentence(as, k) || tv.InQuote(k)) return kNoToken;
    const ReportingVerb* verb = rules.CueAt(k);
    if (verb == nullptr) {
      if (!(tv.IsWord(k) || tv.Is(k, "'s") || tv.Is(k, "\u2019s"))) return kNoToken;
      continue;
    }
    if (!verb->speech || rules.IsParticiple(k) || rules.CueUsed(k)) return kNoToken;
    // "As Ada Wren reported", "As the Lund Herald reported".
    const std::uint32_t name = tv.IsLower(first, "the") ? first + 1 : first;
    std::int32_t m = rules.SpeakerBefore(k);
    if (m == kNoMention || doc.mentions[static_cast<std::size_t>(m)].first_token != name) {
      if (!tv.IsCap(name)) return kNoToken;  // "as it reported": a pronoun
      const std::uint32_t end = rules.TimeWordsBefore(k);
      if (end <= first) return kNoToken;
      m = rules.AddPhraseMention(first, end);
    }
    *speaker = m;
    return k;
  }
  return kNoToken;
}

bool HasEarlierAttribution(const Document& doc, std::uint32_t token) {
  const std::uint32_t sentence = doc.tokens[token].sentence;
  const ByteSpan s = doc.sentences[sentence].span;
  for (const Attribution& a : doc.attributions) {
    if (a.cue.begin >= s.begin && a.cue.end <= doc.tokens[token].span.begin) return true;
  }
  return false;
}

// "As X reported, CLAUSE" / "CLAUSE, as X reported." / "As reported by X,
// CLAUSE": the clause is what X reported.
void AddAsReported(const Document& doc, AttributionRules& rules, std::uint32_t as) {
  const TokenView& tv = rules.tokens();
  const std::uint32_t begin = rules.SentenceBegin(as);
  const std::uint32_t end = rules.SentenceEnd(as);
  std::int32_t speaker = kNoMention;
  std::uint32_t cue = kNoToken;
  std::uint32_t cue_begin = kNoToken;
  std::uint32_t after = kNoToken;  // one past the source and cue
  const ReportingVerb* verb = rules.CueAt(as + 1);
  if (verb != nullptr && verb->speech && tv.IsLower(as + 2, "by") && !rules.CueUsed(as + 1)) {
    // As reported by X
    cue = as + 1;
    cue_begin = as;
    const std::uint32_t first = as + 3;
    const std::uint32_t name = tv.IsLower(first, "the") ? first + 1 : first;
    speaker = rules.SpeakerAt(name);
    if (speaker != kNoMention) {
      after = doc.mentions[static_cast<std::size_t>(speaker)].end_token;
    } else if (name < end && tv.IsCap(name)) {
      after = name;  // "the Orvik Post": capitalised words the lexicon does not know
      while (after < end && tv.IsWord(after) && tv.IsCap(after) && !tv.InQuote(after)) ++after;
      speaker = rules.AddPhraseMention(first, after);
    }
  } else if ((cue = AsSourceReported(doc, rules, as, &speaker)) != kNoToken) {
    cue_begin = cue;
    after = rules.CueEnd(cue);
  }
  if (speaker == kNoMention || after >= end + 1) return;
  verb = rules.CueAt(cue);
  if (verb == nullptr) return;
  const std::uint32_t cue_end = cue_begin == as ? as + 3 : rules.CueEnd(cue);
  if (as == begin && after < end && tv.Is(after, ",")) {
    const std::uint32_t content_end = rules.ClauseEnd(after + 1);
    if (content_end > after + 1) {
      rules.Add({tv.RangeSpan(after + 1, content_end)}, cue_begin, cue_end, speaker, *verb,
                rules.KindOf(after + 1, content_end), "according-to");
    }
  } else if (as > begin + 1 && tv.Is(as - 1, ",") &&
             (after >= end || tv.Is(after, ".") || tv.Is(after, ")"))) {
    rules.Add({tv.RangeSpan(begin, as - 1)}, cue_begin, cue_end, speaker, *verb,
              rules.KindOf(begin, as - 1), "according-to");
  }
}

}  // namespace

void AttributeAccordingTo(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  const Lexicon& lex = rules.lexicon();
  for (std::uint32_t i = 0; i + 2 < tv.size(); ++i) {
    // Every token is asked: only one as long as "as" or "according" has its
    // word lowered, once, and compared.
    const ByteSpan span = doc.tokens[i].span;
    if (span.size() != 2 && span.size() != 9) continue;
    const std::string_view word = tv.Lower(i);
    if (word == "as" && !tv.InQuote(i)) {
      AddAsReported(doc, rules, i);
      continue;
    }
    if (word != "according" || !tv.IsLower(i + 1, "to") || tv.InQuote(i)) continue;
    std::uint32_t k = i + 2;
    while (k < tv.size() && tv.SameSentence(i, k) && IsSourceFiller(tv, k)) ++k;
    std::int32_t speaker = rules.SpeakerAt(k);
    if (speaker == kNoMention) {
      speaker = SourcePhrase(rules, i + 2);
      // "..., the spokesman said, according to the state news agency X":
      // a medium after an attribution of the same sentence is how the
      // words travelled (relays stage), not a second statement.
      if (speaker != kNoMention && IsMediumPhrase(rules, doc.mentions[static_cast<std::size_t>(speaker)]) &&
          HasEarlierAttribution(doc, i)) {
        continue;
      }
    }
    if (speaker == kNoMention) continue;
    const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
    const std::string_view name = doc.Slice(m.name.empty() ? m.span : m.name);
    // "according to the state news agency X": X is a medium even when the
    // lexicon does not know it.
    Mention introduced = m;
    introduced.first_token = i + 2;
    const bool medium = (m.kind == MentionKind::kName && (lex.Agency(name) || lex.Outlet(name))) ||
                        (m.first_token > i + 2 && IsMediumPhrase(rules, introduced));
    if (medium && HasEarlierAttribution(doc, i)) continue;
    const std::uint32_t begin = rules.SentenceBegin(i);
    const std::uint32_t end = rules.SentenceEnd(i);
    if (i == begin || (i == begin + 1 && tv.Is(begin, "\u201C"))) {
      // According to X, CLAUSE.
      std::uint32_t c = rules.ComplementEnd(speaker);
      if (c < end && tv.Is(c, ",")) ++c;
      const std::uint32_t clause_end = c < end ? rules.ClauseEnd(c) : c;  // X ends the text
      if (clause_end > c) {
        rules.Add({tv.RangeSpan(c, clause_end)}, i, i + 2, speaker, kAccordingTo,
                  rules.KindOf(c, clause_end), "according-to");
      }
    } else if (i > begin + 1 && (tv.Is(i - 1, ",") || IsDash(tv, i - 1))) {
      // CLAUSE, according to X.  /  CLAUSE -- according to X.
      std::vector<ByteSpan> content{tv.RangeSpan(begin, i - 1)};
      // "Other cleavages, according to the poll, include ideology": the
      // clause goes on after the source.
      const std::uint32_t after = rules.ComplementEnd(speaker);
      if (after + 1 < end && (tv.Is(after, ",") || IsDash(tv, after)) && tv.IsWord(after + 1)) {
        const std::uint32_t rest_end = rules.ClauseEnd(after + 1);
        if (rest_end > after + 1) content.push_back(tv.RangeSpan(after + 1, rest_end));
      }
      rules.Add(std::move(content), i, i + 2, speaker, kAccordingTo, rules.KindOf(begin, i - 1),
                "according-to");
    }
  }
}

}  // namespace quotegraph
