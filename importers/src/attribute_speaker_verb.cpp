// Stage 8b, sieve 2: a speaker, a reporting verb, then what was said.
//
//   X said (that) CLAUSE.      X told reporters CLAUSE.
//   X has denied CLAUSE.       X called Y "Z".   (mixed)
//   X said on Wednesday CLAUSE.
// The content runs to the end of the sentence, or to a trailing
// attribution or relay (", according to", ", Y said").
#include "attribution_rules.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {

void AttributeSpeakerVerb(Document& doc) {
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  for (std::uint32_t i = 0; i < tv.size(); ++i) {
    const ReportingVerb* verb = rules.CueAt(i);
    if (verb == nullptr) continue;
    std::int32_t speaker = rules.SpeakerBefore(i);
    if (speaker == kNoMention) speaker = rules.InheritedSpeaker(i);
    if (speaker == kNoMention) speaker = rules.PhraseBefore(i);
    if (speaker == kNoMention || !rules.Agrees(i, speaker)) continue;
    const std::uint32_t cue_end = rules.CueEnd(i);
    const std::uint32_t sentence_end = rules.SentenceEnd(i);
    const std::uint32_t begin = rules.SkipToContent(cue_end, sentence_end);
    if (begin >= sentence_end) continue;
    // "said by", "called for": not a report of words.
    const std::uint32_t end = rules.ClauseEnd(begin);
    if (end <= begin) continue;
    rules.Add({tv.RangeSpan(begin, end)}, i, cue_end, speaker, *verb, rules.KindOf(begin, end),
              "speaker-verb");
  }
}

}  // namespace quotegraph
