// Stage 8e, sieve 5: a headline that reports someone's words.
//
//   Kovanen: Border Towns Are Being Starved
//   Kovanen Says Border Towns Are Being Starved
// Headlines drop the quote marks and write every word with a capital, so
// the body's rules do not apply.  The speaker must be someone the article
// speaks of (its surname or full name names an entity of the body), or a
// group ("Historians: ..."), so "Storm Over The Harbour: ..." is no report.
#include <string_view>

#include "attribution_rules.h"
#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// A headline is a short first paragraph followed by the body.
constexpr std::uint32_t kMaxHeadlineTokens = 30;
// How many words a headline's speaker may have.
constexpr std::uint32_t kMaxSpeakerWords = 4;

class HeadlineSieve {
 public:
  explicit HeadlineSieve(Document& doc) : doc_(doc), rules_(doc), tv_(rules_.tokens()) {}

  void Run() {
    if (doc_.paragraphs.size() < 2 || doc_.paragraphs[0].role != ParagraphRole::kBody) return;
    std::uint32_t end = 0;
    while (end < tv_.size() && doc_.tokens[end].paragraph == 0) ++end;
    if (end == 0 || end > kMaxHeadlineTokens) return;
    for (std::uint32_t k = 1; k < end && k <= kMaxSpeakerWords; ++k) {
      if (!tv_.IsCap(k - 1)) return;  // the speaker: capitalised words only
      if (tv_.Is(k, ":")) {
        Report(k, k, k + 1, end);
        return;
      }
      // Speech and stance verbs ("Says", "Endorses", "Blasts"), not a cue
      // only beside a quote or a raising verb.
      const ReportingVerb* verb = rules_.lexicon().Verb(tv_.Lower(k));
      if (verb != nullptr && !verb->quote_only && !verb->raising) {
        Report(k, k, k + 1, end);
        return;
      }
    }
  }

 private:
  // The speaker is tokens [0, speaker_end), the cue [cue, cue_end), the
  // content [cue_end, end).
  void Report(std::uint32_t speaker_end, std::uint32_t cue, std::uint32_t cue_end,
              std::uint32_t end) {
    const std::int32_t speaker = Speaker(speaker_end);
    if (speaker == kNoMention) return;
    while (end > cue_end && doc_.tokens[end - 1].kind == TokenKind::kPunct) --end;
    if (end <= cue_end) return;
    static const ReportingVerb kHeadlineCue{"said", true};
    const ReportingVerb* verb = rules_.lexicon().Verb(tv_.Lower(cue));
    rules_.Add({tv_.RangeSpan(cue_end, end)}, cue, cue_end, speaker,
               verb != nullptr ? *verb : kHeadlineCue, rules_.KindOf(cue_end, end), "headline");
  }

  // A mention for tokens [0, end) if they name an entity of the body or a
  // group; kNoMention otherwise.
  std::int32_t Speaker(std::uint32_t end) {
    Mention m;
    m.span = tv_.RangeSpan(0, end);
    m.first_token = 0;
    m.end_token = end;
    const std::string_view words = doc_.Slice(m.span);
    if (end == 1 && rules_.lexicon().IsGroupNoun(tv_.Lower(0))) {
      m.kind = MentionKind::kGroup;
      m.type = NodeType::kOrganization;
      m.gender = Gender::kPlural;
      return rules_.AddMention(std::move(m));
    }
    const std::string_view surname = LastWord(words);
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& entity = doc_.entities[e];
      if (entity.group) continue;
      // "Kovanen: ...", "Marta Kovanen Says ...", and "Marta: ..." (a first
      // name alone, as headlines call some candidates).
      const bool same =
          entity.name == words ||
          (entity.type == NodeType::kPerson &&
           (LastWord(entity.name) == surname ||
            (end == 1 && entity.name.substr(0, entity.name.find(' ')) == words)));
      if (!same) continue;
      m.name = m.span;
      m.kind = MentionKind::kName;
      m.type = entity.type;
      m.gender = entity.gender;
      m.entity = static_cast<std::int32_t>(e);
      return rules_.AddMention(std::move(m));
    }
    return kNoMention;
  }

  Document& doc_;
  AttributionRules rules_;
  const TokenView& tv_;
};

}  // namespace

void AttributeHeadline(Document& doc) { HeadlineSieve(doc).Run(); }

}  // namespace quotegraph
