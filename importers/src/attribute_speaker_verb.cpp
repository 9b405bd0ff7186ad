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

bool IsBe(std::string_view lower) { return SieveWords::Get().Is(SieveWordClass::kBe, lower); }

// The "is"/"was"/"been" before the cue, across adverbs ("was widely
// expected"); kNoToken if the cue is no passive.
std::uint32_t BeBefore(const AttributionRules& rules, std::uint32_t cue) {
  const TokenView& tv = rules.tokens();
  for (std::uint32_t k = cue; k > 0 && cue - k < 4;) {
    --k;
    if (!tv.IsWord(k) || !tv.SameSentence(k, cue)) break;
    const std::string_view w = tv.Lower(k);
    if (IsBe(w)) return k;
    if (!rules.lexicon().IsSkipWord(w)) break;
  }
  return kNoToken;
}

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
  if (i + 2 >= tv.size() || !tv.IsWord(i) || tv.IsCap(i) || tv.InQuote(i) || rules.CueUsed(i) ||
      !tv.IsLower(i + 1, "that") || !tv.SameSentence(i, i + 2)) {
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

// "Asked whether he would run, Marek said ...", "When asked about the
// vote, ...": the question put to someone, reported without its asker.
void AddQuestion(AttributionRules& rules, std::uint32_t asked, const ReportingVerb& verb) {
  const TokenView& tv = rules.tokens();
  const std::uint32_t begin = rules.SentenceBegin(asked);
  const bool opens = asked == begin || (asked == begin + 1 && tv.IsLower(begin, "when"));
  if (!opens || asked + 1 >= rules.SentenceEnd(asked)) return;
  if (!SieveWords::Get().Is(SieveWordClass::kQuestionOpener, tv.Lower(asked + 1))) return;
  std::uint32_t end = asked + 1;
  const std::uint32_t sentence_end = rules.SentenceEnd(asked);
  while (end < sentence_end && !(tv.Is(end, ",") && !tv.InQuote(end))) ++end;
  if (end >= sentence_end) return;
  rules.Add({tv.RangeSpan(asked + 1, end)}, asked, asked + 1, kNoMention, verb,
            rules.KindOf(asked + 1, end), "speaker-verb");
}

// The comma that closes an attribution set in commas inside its content
// ("It is no surprise, Ada Wren said, that ..."): the speaker follows a
// comma with words of the sentence before it, and a comma follows the cue.
// kNoToken if the attribution is not inserted.
std::uint32_t InsertedAttributionComma(const Document& doc, const AttributionRules& rules,
                                       std::uint32_t cue, std::uint32_t cue_end,
                                       std::int32_t speaker) {
  const TokenView& tv = rules.tokens();
  if (speaker < 0 || cue_end >= rules.SentenceEnd(cue) || !tv.Is(cue_end, ",")) return kNoToken;
  const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
  const std::uint32_t begin = rules.SentenceBegin(cue);
  if (m.first_token < begin + 3 || !tv.Is(m.first_token - 1, ",") || m.end_token > cue) {
    return kNoToken;
  }
  for (std::uint32_t k = m.end_token; k < cue; ++k) {
    if (!tv.IsWord(k)) return kNoToken;  // only time words between
  }
  return cue_end;
}

}  // namespace

void AttributeSpeakerVerb(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  for (std::uint32_t i = 0; i < tv.size(); ++i) {
    const ReportingVerb* verb = rules.CueAt(i);
    if (verb == nullptr) verb = ThatClauseVerb(rules, i);
    if (verb == nullptr) continue;
    if (tv.IsLower(i, "asked") && (i == rules.SentenceBegin(i) || tv.IsLower(i - 1, "when"))) {
      AddQuestion(rules, i, *verb);
      continue;
    }
    const std::uint32_t be = BeBefore(rules, i);
    if (verb->raising && (be != kNoToken || tv.Lower(i).rfind("expect", 0) != 0)) {
      AddRaisingReport(rules, i, be, *verb);
      continue;
    }
    // "X was told", "X was asked": X is not who spoke.
    if (be != kNoToken && !rules.IsParticiple(i)) continue;
    std::int32_t speaker = rules.SpeakerBefore(i);
    if (speaker == kNoMention) speaker = rules.RelativeSpeaker(i);
    if (speaker == kNoMention) speaker = rules.InheritedSpeaker(i);
    if (speaker == kNoMention) speaker = rules.PhraseBefore(i);
    if (speaker == kNoMention) speaker = rules.FirstPersonBefore(i);
    // "Protest organizers in Lund say": a plural phrase ending in a name
    // that cannot agree with the cue.
    if (speaker == kNoMention || !rules.Agrees(i, speaker)) speaker = rules.SubjectPhraseBefore(i);
    if (speaker == kNoMention || !rules.Agrees(i, speaker)) continue;
    const std::uint32_t cue_end = rules.CueEnd(i);
    const std::uint32_t sentence_end = rules.SentenceEnd(i);
    // "It is no surprise, Ada Wren said, that ...": an attribution set in
    // commas inside its content; the content is both sides of it.
    const std::uint32_t inserted_after = InsertedAttributionComma(doc, rules, i, cue_end, speaker);
    std::uint32_t begin =
        rules.SkipToContent(inserted_after != kNoToken ? inserted_after + 1 : cue_end, sentence_end);
    if (begin >= sentence_end) continue;
    // "said by", "called for": not a report of words.
    const std::uint32_t end = rules.ClauseEnd(begin);
    if (end <= begin) continue;
    std::vector<ByteSpan> content;
    if (inserted_after != kNoToken) {
      const Mention& m = doc.mentions[static_cast<std::size_t>(speaker)];
      content.push_back(tv.RangeSpan(rules.SentenceBegin(i), m.first_token - 1));
    }
    content.push_back(tv.RangeSpan(begin, end));
    rules.Add(std::move(content), i, cue_end, speaker, *verb, rules.KindOf(begin, end),
              "speaker-verb");
  }
}

}  // namespace quotegraph
