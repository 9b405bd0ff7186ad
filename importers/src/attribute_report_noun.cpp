// Stage 8f, sieve 6: a report written as a noun after its possessor.
//
//   her criticism of the toll plan        Marek's claim that the vote was fair
//   his statement on Monday that ...      their support for the appeal
// The possessor is the source: a name with 's, or his / her / their.  The
// content is the that-clause, or the object of the preposition after the
// noun, to the end of the clause.
#include <string_view>

#include "attribution_rules.h"
#include "sieve_words.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// How many words (a time expression) may stand between the noun and its
// "that" ("his statement on Wednesday that").
constexpr std::uint32_t kMaxWordsBeforeThat = 3;

bool IsPossessivePronoun(std::string_view lower) {
  return SieveWords::Get().Is(SieveWordClass::kPossessive, lower);
}

bool IsObjectPreposition(std::string_view lower) {
  return SieveWords::Get().Is(SieveWordClass::kObjectPreposition, lower);
}

class ReportNounSieve {
 public:
  explicit ReportNounSieve(Document& doc) : doc_(doc), rules_(doc), tv_(rules_.tokens()) {}

  void Run() {
    for (std::uint32_t i = 1; i + 1 < tv_.size(); ++i) {
      if (!tv_.IsWord(i) || tv_.InQuote(i) || tv_.IsCap(i) || rules_.CueUsed(i)) continue;
      const ReportingVerb* noun = rules_.lexicon().ReportNoun(tv_.Lower(i));
      if (noun == nullptr) continue;
      std::int32_t source = Possessor(i);
      bool modified = false;
      if (source == kNoMention) {
        const std::uint32_t first = ModifiersBefore(i);
        if (first == i || first == 0) continue;
        source = Possessor(first);
        modified = true;
      }
      if (source == kNoMention) continue;
      const std::uint32_t begin = ContentBegin(i);
      if (begin == kNoToken) continue;
      // "Trump's recent evidence-free assertion that ...": past modifiers,
      // only a that-clause is the content.
      if (modified && !tv_.IsLower(begin - 1, "that")) continue;
      const std::uint32_t end = rules_.ClauseEnd(begin);
      if (end <= begin) continue;
      rules_.Add({tv_.RangeSpan(begin, end)}, i, i + 1, source, *noun, rules_.KindOf(begin, end),
                 "report-noun");
    }
  }

 private:
  // The source of the noun at `noun`: "his" / "her" / "their" right before
  // it (recorded as a pronoun mention), or a mention followed by 's.
  std::int32_t Possessor(std::uint32_t noun) {
    const std::uint32_t p = noun - 1;
    if (!tv_.SameSentence(p, noun) || tv_.InQuote(p)) return kNoMention;
    if (IsPossessivePronoun(tv_.Lower(p))) {
      Mention m;
      m.span = tv_.RangeSpan(p, p + 1);
      m.first_token = p;
      m.end_token = p + 1;
      m.kind = MentionKind::kPronoun;
      const std::string_view w = tv_.Lower(p);
      m.type = w == "its" ? NodeType::kOrganization : NodeType::kPerson;
      m.gender = w == "his" ? Gender::kMale : w == "her" ? Gender::kFemale : Gender::kPlural;
      return rules_.AddMention(std::move(m));
    }
    if (!tv_.IsPossessive(p)) return kNoMention;
    const std::int32_t m = rules_.MentionEndingAt(p);
    if (m == kNoMention || tv_.InQuote(doc_.mentions[static_cast<std::size_t>(m)].first_token)) {
      return kNoMention;
    }
    return m;
  }

  // The first of the lower-case modifiers ("recent evidence-free") right
  // before the noun at `noun`, a few words at most; `noun` if none.
  std::uint32_t ModifiersBefore(std::uint32_t noun) const {
    constexpr std::uint32_t kMaxModifierTokens = 4;
    std::uint32_t first = noun;
    while (first > 0 && noun - first < kMaxModifierTokens) {
      const std::uint32_t t = first - 1;
      if (!tv_.SameSentence(t, noun) || tv_.InQuote(t)) break;
      const bool hyphen = tv_.Is(t, "-") && t > 0 && tv_.IsWord(t - 1);  // "evidence-free"
      const bool modifier = tv_.IsWord(t) && !tv_.IsCap(t) && !tv_.IsPossessive(t) &&
                            !rules_.lexicon().IsFunctionWord(tv_.Lower(t)) &&
                            !IsPossessivePronoun(tv_.Lower(t)) &&
                            rules_.lexicon().Verb(tv_.Lower(t)) == nullptr;
      if (!hyphen && !modifier) break;
      first = t;
    }
    return first;
  }

  // Where the content starts after the noun at `noun`, or kNoToken.
  std::uint32_t ContentBegin(std::uint32_t noun) const {
    const std::uint32_t sentence_end = rules_.SentenceEnd(noun);
    for (std::uint32_t k = noun + 1; k < sentence_end && k <= noun + 1 + kMaxWordsBeforeThat; ++k) {
      if (tv_.IsLower(k, "that")) return k + 1 < sentence_end ? k + 1 : kNoToken;
      if (!tv_.IsWord(k)) break;
    }
    const std::uint32_t next = noun + 1;
    if (next + 1 < sentence_end && IsObjectPreposition(tv_.Lower(next))) return next + 1;
    return kNoToken;
  }

  Document& doc_;
  AttributionRules rules_;
  const TokenView& tv_;
};

}  // namespace

void AttributeReportNoun(Document& doc) { ReportNounSieve(doc).Run(); }

}  // namespace quotegraph
