// Stage 8a, sieve 1: direct quotes with the cue and speaker beside them.
//
//   "Q," X said.        "Q," said X.        "Q," he told reporters.
//   X said: "Q"         X said Monday: "Q"  X said, "Q"
//   "A," X said, "B."   (one statement, two content fragments)
#include "attribution_rules.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// How many adverbial words may stand between a cue and its colon
// ("said on Monday:", "said in a statement:").
constexpr std::uint32_t kMaxWordsBeforeColon = 4;

class AdjacentQuoteSieve {
 public:
  explicit AdjacentQuoteSieve(Document& doc) : doc_(doc), rules_(doc), tv_(rules_.tokens()) {}

  void Run() {
    for (std::size_t q = 0; q < doc_.quotes.size(); ++q) {
      const Quote& quote = doc_.quotes[q];
      if (!quote.double_marks) continue;
      if (!After(q)) Before(q);
    }
  }

 private:
  // "Q," X said / "Q," said X  (and a second quote right after).
  bool After(std::size_t q) {
    const Quote& quote = doc_.quotes[q];
    std::uint32_t j = quote.end_token;
    if (j < tv_.size() && tv_.Is(j, ",") && tv_.SameSentence(j - 1, j)) ++j;
    if (j >= tv_.size() || doc_.tokens[j].paragraph != doc_.tokens[quote.end_token - 1].paragraph) {
      return false;
    }
    std::int32_t speaker = kNoMention;
    std::uint32_t cue = kNoToken;
    std::uint32_t cue_end = kNoToken;
    std::uint32_t end = j;  // one past the attribution
    if (rules_.CueAt(j) && (speaker = rules_.SpeakerAt(j + 1)) >= 0) {
      cue = j;  // "Q," said X
      cue_end = j + 1;
      end = doc_.mentions[static_cast<std::size_t>(speaker)].end_token;
    } else if ((speaker = rules_.SpeakerAt(j)) >= 0) {
      std::uint32_t k = doc_.mentions[static_cast<std::size_t>(speaker)].end_token;
      while (k < tv_.size() && k - j < 8 && rules_.lexicon().IsSkipWord(tv_.Lower(k))) ++k;
      if (!rules_.CueAt(k)) return false;
      cue = k;  // "Q," X said
      cue_end = rules_.CueEnd(k);
      end = cue_end;
    } else if ((cue = PhraseCue(j)) != kNoToken) {
      speaker = rules_.MentionEndingAt(cue);  // "Q," a spokesman said
      cue_end = rules_.CueEnd(cue);
      end = cue_end;
    } else {
      return false;
    }
    const ReportingVerb* verb = rules_.CueAt(cue);
    std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
    // "A," X said, "B."  /  "A," X said. "B."  (the quote goes on)
    if (end + 1 < tv_.size() && (tv_.Is(end, ",") || tv_.Is(end, ".")) &&
        q + 1 < doc_.quotes.size() && doc_.quotes[q + 1].first_token == end + 1 &&
        doc_.quotes[q + 1].double_marks &&
        doc_.tokens[end + 1].paragraph == doc_.tokens[end].paragraph) {
      const Quote& next = doc_.quotes[q + 1];
      content.insert(content.end(), next.parts.begin(), next.parts.end());
    }
    return rules_.Add(std::move(content), cue, cue_end, speaker, *verb, QuoteKind::kDirect,
                      "adjacent-quotes");
  }

  // The cue of an unnamed source phrase that starts at j ("a spokesman
  // said"), or kNoToken.
  std::uint32_t PhraseCue(std::uint32_t j) {
    constexpr std::uint32_t kMaxLookahead = 6;
    for (std::uint32_t k = j + 1; k < tv_.size() && k - j <= kMaxLookahead; ++k) {
      if (!tv_.SameSentence(j, k) || !tv_.IsWord(k)) return kNoToken;
      if (!rules_.CueAt(k)) continue;
      const std::int32_t m = rules_.PhraseBefore(k);
      if (m != kNoMention && doc_.mentions[static_cast<std::size_t>(m)].first_token == j) return k;
      return kNoToken;
    }
    return kNoToken;
  }

  // X said: "Q" / X said, "Q"
  bool Before(std::size_t q) {
    const Quote& quote = doc_.quotes[q];
    if (quote.first_token == 0) return false;
    const std::uint32_t p = quote.first_token - 1;
    if (!(tv_.Is(p, ":") || tv_.Is(p, ",")) || !tv_.SameSentence(p, quote.first_token)) {
      return false;
    }
    for (std::uint32_t back = 1; back <= kMaxWordsBeforeColon + 1 && back <= p; ++back) {
      const std::uint32_t k = p - back;
      if (!tv_.SameSentence(k, p)) break;
      const ReportingVerb* verb = rules_.CueAt(k);
      if (verb == nullptr) continue;
      const std::int32_t speaker = rules_.SpeakerBefore(k);
      if (speaker == kNoMention) return false;
      std::vector<ByteSpan> content(quote.parts.begin(), quote.parts.end());
      return rules_.Add(std::move(content), k, rules_.CueEnd(k), speaker, *verb,
                        QuoteKind::kDirect, "adjacent-quotes");
    }
    return false;
  }

  Document& doc_;
  AttributionRules rules_;
  const TokenView& tv_;
};

}  // namespace

void AttributeAdjacentQuotes(Document& doc) { AdjacentQuoteSieve(doc).Run(); }

}  // namespace quotegraph
