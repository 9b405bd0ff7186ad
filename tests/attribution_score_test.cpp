// Tests for the attribution scorer (core/attribution_score.h): tokens,
// matching and every metric of the PolNeAR protocol, on made-up texts.

#include "quotegraph/core/attribution_score.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "quotegraph/core/error.h"

using quotegraph::AttributionCounts;
using quotegraph::AttributionScores;
using quotegraph::AttributionSpans;
using quotegraph::Span;

namespace {

// The code-point span of the first `needle` in `text` (must be there).
Span Find(const std::u32string& text, const std::u32string& needle) {
  const std::size_t at = text.find(needle);
  REQUIRE(at != std::u32string::npos);
  return Span{static_cast<std::int64_t>(at), static_cast<std::int64_t>(at + needle.size())};
}

// "w0 w1 ... w(n-1)": a text whose every word is one token.
std::u32string Words(int n) {
  std::u32string text;
  for (int i = 0; i < n; ++i) {
    if (i > 0) text += U' ';
    const std::string w = "w" + std::to_string(i);
    text.append(w.begin(), w.end());
  }
  return text;
}

// The span of words first..last (inclusive) of Words().
Span WordRange(const std::u32string& text, int first, int last) {
  const std::string a = "w" + std::to_string(first);
  const std::string b = "w" + std::to_string(last);
  const Span s = Find(text, std::u32string(a.begin(), a.end()) + U" ");
  std::u32string tail(b.begin(), b.end());
  const std::size_t end = text.find(tail + U" ", static_cast<std::size_t>(s.start));
  const std::size_t stop = end != std::u32string::npos ? end + tail.size() : text.size();
  return Span{s.start, static_cast<std::int64_t>(stop)};
}

AttributionSpans Content(Span content) { return AttributionSpans{{}, {}, {content}}; }

// The token texts of `fragments`, for readable checks.
std::vector<std::u32string> TokenTexts(const std::u32string& text,
                                       const std::vector<Span>& fragments) {
  std::vector<std::u32string> out;
  for (const Span& t : quotegraph::SpanTokens(text, fragments)) {
    out.push_back(text.substr(static_cast<std::size_t>(t.start),
                              static_cast<std::size_t>(t.end - t.start)));
  }
  return out;
}

const char32_t kSaid[] = U"Mayor Ann Vale said \u201Cthe bridge opens in May.\u201D Critics doubt it.";

// The quoted attribution of kSaid with all three parts.
AttributionSpans MayorSaid(const std::u32string& text) {
  return AttributionSpans{{Find(text, U"Mayor Ann Vale")},
                          {Find(text, U"said")},
                          {Find(text, U"\u201Cthe bridge opens in May.\u201D")}};
}

}  // namespace

TEST_CASE("tokens are word runs or single punctuation marks", "[eval]") {
  const std::u32string text = U"Hello,  w\u00F6rld_1 \u201Cok\u201D 3.5%!";
  const Span all{0, static_cast<std::int64_t>(text.size())};
  CHECK(TokenTexts(text, {all}) ==
        std::vector<std::u32string>{U"Hello", U",", U"w\u00F6rld_1", U"\u201C", U"ok",
                                    U"\u201D", U"3", U".", U"5", U"%", U"!"});
  // Offsets are code points: "wörld_1" starts at 8 and is 7 long.
  CHECK(quotegraph::SpanTokens(text, {all})[2] == Span{8, 15});
  // A span cutting a word keeps only the part inside it.
  CHECK(TokenTexts(text, {Span{1, 5}}) == std::vector<std::u32string>{U"ello"});
  CHECK(TokenTexts(text, {Span{5, 8}}) == std::vector<std::u32string>{U","});
}

TEST_CASE("fragments are tokenised separately and tokens are distinct", "[eval]") {
  const std::u32string text = U"abcdef ghi";
  CHECK(TokenTexts(text, {Span{0, 3}, Span{3, 6}}) ==
        std::vector<std::u32string>{U"abc", U"def"});
  CHECK(quotegraph::SpanTokens(text, {Span{7, 10}, Span{0, 6}, Span{7, 10}}).size() == 2);
  CHECK(quotegraph::SpanTokens(text, {}).empty());
  CHECK_THROWS_AS(quotegraph::SpanTokens(text, {Span{5, 11}}), quotegraph::Error);
  CHECK_THROWS_AS(quotegraph::SpanTokens(text, {Span{5, 4}}), quotegraph::Error);
}

TEST_CASE("code points are decoded from UTF-8", "[eval]") {
  CHECK(quotegraph::DecodeCodePoints("a\xC3\xA9\xE2\x80\x9C") == U"a\u00E9\u201C");
  CHECK(quotegraph::DecodeCodePoints("a\xFFz") == U"a\uFFFDz");
}

TEST_CASE("a perfect prediction scores 1 everywhere", "[eval]") {
  const std::u32string text = kSaid;
  const std::vector<AttributionSpans> gold = {MayorSaid(text)};
  const AttributionCounts c = quotegraph::ScoreArticle(text, gold, gold);
  const AttributionScores s = quotegraph::ComputeScores(c);
  CHECK(c.articles == 1);
  CHECK(c.matched == 1);
  CHECK(s.attribution.f1 == 1.0);
  CHECK(s.source.f1 == 1.0);
  CHECK(s.cue.f1 == 1.0);
  CHECK(s.content.f1 == 1.0);
  CHECK(c.direct_gold == 1);
  CHECK(s.direct_attribution_recall == 1.0);
  CHECK(s.direct_source_recall == 1.0);
}

TEST_CASE("a wrong source counts for the attribution, not the source", "[eval]") {
  const std::u32string text = kSaid;
  AttributionSpans predicted = MayorSaid(text);
  predicted.source = {Find(text, U"Critics")};
  const AttributionCounts c = quotegraph::ScoreArticle(text, {MayorSaid(text)}, {predicted});
  const AttributionScores s = quotegraph::ComputeScores(c);
  CHECK(s.attribution.f1 == 1.0);
  CHECK(s.source.precision == 0.0);
  CHECK(s.source.recall == 0.0);
  CHECK(s.cue.f1 == 1.0);
  CHECK(s.direct_attribution_recall == 1.0);
  CHECK(s.direct_source_recall == 0.0);
}

TEST_CASE("a source sharing one token is right", "[eval]") {
  const std::u32string text = kSaid;
  AttributionSpans predicted = MayorSaid(text);
  predicted.source = {Find(text, U"Vale")};
  const AttributionCounts c = quotegraph::ScoreArticle(text, {MayorSaid(text)}, {predicted});
  CHECK(c.source_correct == 1);
}

TEST_CASE("matching needs content token F1 of at least 0.5", "[eval]") {
  const std::u32string text = Words(20);
  const std::vector<AttributionSpans> gold = {Content(WordRange(text, 0, 5))};  // 6 tokens
  // w3..w8 shares 3 of 6 + 6 tokens: F1 = 6 / 12 = 0.5 exactly.
  CHECK(quotegraph::ScoreArticle(text, gold, {Content(WordRange(text, 3, 8))}).matched == 1);
  // w4..w9 shares 2: F1 = 4 / 12 < 0.5.
  CHECK(quotegraph::ScoreArticle(text, gold, {Content(WordRange(text, 4, 9))}).matched == 0);
  // w0..w1 shares 2 of 2 + 6: F1 = 4 / 8 = 0.5; w0 alone: 2 / 7 < 0.5.
  CHECK(quotegraph::ScoreArticle(text, gold, {Content(WordRange(text, 0, 1))}).matched == 1);
  CHECK(quotegraph::ScoreArticle(text, gold, {Content(Span{0, 2})}).matched == 0);
}

TEST_CASE("matching is one-to-one, best overlap first", "[eval]") {
  const std::u32string text = Words(20);
  const std::vector<AttributionSpans> gold = {Content(WordRange(text, 0, 9))};
  const std::vector<AttributionSpans> predicted = {Content(WordRange(text, 0, 7)),
                                                   Content(WordRange(text, 0, 9))};
  const AttributionCounts c = quotegraph::ScoreArticle(text, gold, predicted);
  CHECK(c.matched == 1);
  CHECK(c.content_overlap == 10);  // the exact prediction won
  const AttributionScores s = quotegraph::ComputeScores(c);
  CHECK(s.attribution.precision == 0.5);
  CHECK(s.attribution.recall == 1.0);
}

TEST_CASE("greedy matching takes the best pair even if that costs a match", "[eval]") {
  const std::u32string text = Words(20);
  using Tokens = std::vector<Span>;
  const Tokens g0 = quotegraph::SpanTokens(text, {WordRange(text, 0, 5)});
  const Tokens g1 = quotegraph::SpanTokens(text, {WordRange(text, 3, 8)});
  const Tokens p0 = quotegraph::SpanTokens(text, {WordRange(text, 0, 5)});  // g0: 1, g1: 0.5
  const Tokens p1 = quotegraph::SpanTokens(text, {WordRange(text, 0, 2)});  // g0: 2/3, g1: 0
  // An optimal assignment would pair p0-g1 and p1-g0; greedy takes p0-g0.
  const auto matches = quotegraph::MatchContents({p1, p0}, {g0, g1});
  REQUIRE(matches.size() == 1);
  CHECK(matches[0].predicted == 1);
  CHECK(matches[0].gold == 0);
  CHECK(matches[0].overlap == 6);
  // Ties go to the lower gold index, then the lower predicted index.
  const auto tied = quotegraph::MatchContents({g0, g0}, {g0, g0});
  REQUIRE(tied.size() == 2);
  CHECK(tied[0].predicted == 0);
  CHECK(tied[0].gold == 0);
  CHECK(tied[1].predicted == 1);
  CHECK(tied[1].gold == 1);
}

TEST_CASE("missing sources on both sides agree", "[eval]") {
  const std::u32string text = kSaid;
  AttributionSpans unattributed = MayorSaid(text);
  unattributed.source.clear();
  CHECK(quotegraph::ScoreArticle(text, {unattributed}, {unattributed}).source_correct == 1);
  CHECK(quotegraph::ScoreArticle(text, {MayorSaid(text)}, {unattributed}).source_correct == 0);
  CHECK(quotegraph::ScoreArticle(text, {unattributed}, {MayorSaid(text)}).source_correct == 0);
  AttributionSpans no_cue = MayorSaid(text);
  no_cue.cue.clear();
  const AttributionCounts c = quotegraph::ScoreArticle(text, {no_cue}, {no_cue});
  CHECK(c.cue_correct == 1);
  CHECK(quotegraph::ScoreArticle(text, {MayorSaid(text)}, {no_cue}).cue_correct == 0);
}

TEST_CASE("content overlap is summed over all predicted and gold tokens", "[eval]") {
  const std::u32string text = Words(30);
  const std::vector<AttributionSpans> gold = {Content(WordRange(text, 0, 9)),
                                              Content(WordRange(text, 20, 24))};
  const std::vector<AttributionSpans> predicted = {Content(WordRange(text, 0, 7))};
  const AttributionCounts c = quotegraph::ScoreArticle(text, gold, predicted);
  CHECK(c.content_overlap == 8);
  CHECK(c.content_predicted_tokens == 8);
  CHECK(c.content_gold_tokens == 15);
  const AttributionScores s = quotegraph::ComputeScores(c);
  CHECK(s.content.precision == 1.0);
  CHECK(s.content.recall == Approx(8.0 / 15.0));
  CHECK(s.content.f1 == Approx(2 * (8.0 / 15.0) / (1 + 8.0 / 15.0)));
}

TEST_CASE("the direct-quote subset is gold content with a double quotation mark", "[eval]") {
  const std::u32string text = U"Ann said \u201Cno\u201D. Bo said it's late. Cy said \"yes\".";
  const AttributionSpans quoted{{Find(text, U"Ann")}, {}, {Find(text, U"\u201Cno\u201D")}};
  const AttributionSpans apostrophe{{Find(text, U"Bo")}, {}, {Find(text, U"it's late")}};
  const AttributionSpans ascii{{Find(text, U"Cy")}, {}, {Find(text, U"\"yes\"")}};
  const std::vector<AttributionSpans> gold = {quoted, apostrophe, ascii};
  AttributionSpans wrong_source = ascii;
  wrong_source.source = {Find(text, U"Ann")};
  const AttributionCounts c = quotegraph::ScoreArticle(text, gold, {apostrophe, wrong_source});
  CHECK(c.direct_gold == 2);
  CHECK(c.direct_matched == 1);
  CHECK(c.direct_source_correct == 0);
  const AttributionScores s = quotegraph::ComputeScores(c);
  CHECK(s.direct_attribution_recall == 0.5);
  CHECK(s.direct_source_recall == 0.0);
  CHECK(quotegraph::IsQuotationMark(U'\u00AB'));
  CHECK_FALSE(quotegraph::IsQuotationMark(U'\u2019'));
}

TEST_CASE("attributions without content tokens are left out and counted", "[eval]") {
  const std::u32string text = kSaid;
  AttributionSpans empty = MayorSaid(text);
  empty.content.clear();
  AttributionSpans blank = MayorSaid(text);
  blank.content = {Span{4, 4}};
  const AttributionCounts c =
      quotegraph::ScoreArticle(text, {MayorSaid(text), empty}, {MayorSaid(text), blank});
  CHECK(c.gold == 1);
  CHECK(c.predicted == 1);
  CHECK(c.gold_without_content == 1);
  CHECK(c.predicted_without_content == 1);
  CHECK(quotegraph::ComputeScores(c).attribution.f1 == 1.0);
}

TEST_CASE("counts are summed over articles (micro average)", "[eval]") {
  const std::u32string text = kSaid;
  AttributionCounts total = quotegraph::ScoreArticle(text, {MayorSaid(text)}, {MayorSaid(text)});
  total += quotegraph::ScoreArticle(text, {MayorSaid(text)}, {});
  total += quotegraph::ScoreArticle(text, {MayorSaid(text)}, {});
  CHECK(total.articles == 3);
  CHECK(total.gold == 3);
  const AttributionScores s = quotegraph::ComputeScores(total);
  CHECK(s.attribution.precision == 1.0);
  CHECK(s.attribution.recall == Approx(1.0 / 3.0));
  const AttributionScores none = quotegraph::ComputeScores(AttributionCounts{});
  CHECK(none.attribution.f1 == 0.0);
  CHECK(none.direct_source_recall == 0.0);
}
