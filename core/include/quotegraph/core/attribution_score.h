// Scoring predicted attributions against gold ones, following the PolNeAR
// scoring protocol (the corpus README, "Scoring protocol").  Knows no file
// format: callers hand over the article text and span offsets.
//
// Definitions implemented here (the reading of the protocol, stated exactly):
//
// Spans.  Every part of an attribution (source, cue, content) is a list of
//   fragments: half-open [start, end) ranges of Unicode code points into the
//   article text.  An empty list means the part is absent.
//
// Tokens.  Each fragment's own text is cut into tokens: a token is a maximal
//   run of word characters, or one single other non-white-space character
//   (a punctuation mark or symbol).  Word characters are code points of the
//   Unicode categories L* (letters), N* (digits and other numbers), M*
//   (combining marks) and '_'.  White space (categories Z*) and invisible
//   controls (Cc, Cf) separate tokens and are not tokens.  A token is named
//   by its [start, end) offsets in the article, so tokens of two spans are the
//   same token only at the same place.  Fragments are tokenised separately (a
//   fragment boundary ends a token) and a span's tokens are the distinct
//   tokens of all its fragments.  "Length" of a span = its number of tokens.
//
// Content token F1 of a (predicted, gold) pair: overlap = number of tokens
//   they share; F1 = 2 * overlap / (|pred| + |gold|).
//
// Matching (per article).  A pair may match when its content token F1 is
//   >= 0.5 (computed exactly in integers: 4 * overlap >= |pred| + |gold|).
//   Matching is one-to-one and greedy: candidate pairs are taken in order of
//   decreasing F1 (ties: lower gold index first, then lower predicted index;
//   indices are the order the caller gives), skipping pairs whose gold or
//   predicted attribution is already matched.
//
// Attributions without content.  An attribution whose content has no token
//   (no content span, or only white space) cannot take part in matching; it
//   is left out of the scored sets on both sides and only counted
//   (gold_without_content / predicted_without_content).
//
// Metrics (micro-averaged: counts are summed over all articles first).
//   attribution  P = matched / predicted, R = matched / gold.
//   source       a matched pair is source-correct when both sources have
//                tokens and share at least one, or neither has a token (both
//                absent, or only white space).  P = source-correct /
//                predicted, R = source-correct / gold.
//   cue          the same with cue spans.
//   content      "summed token overlaps over summed predicted / gold content
//                lengths", read literally: the overlap of each matched pair
//                is summed; P = sum overlap / sum of the token lengths of ALL
//                scored predicted contents, R = sum overlap / sum of the token
//                lengths of ALL scored gold contents (unmatched attributions
//                add length and no overlap).
//   F1 = 2PR / (P + R); every ratio with a zero denominator is 0.
//   direct quotes  the gold attributions whose content text contains a
//                double quotation mark: " (U+0022), “ ” „ ‟ (U+201C..U+201F),
//                « » (U+00AB, U+00BB).  Single marks (' ‘ ’) are not counted:
//                in news text they are mostly apostrophes ("Clinton’s").
//                Reported: attribution recall (matched / subset size) and
//                source recall (source-correct / subset size).

#ifndef QUOTEGRAPH_CORE_ATTRIBUTION_SCORE_H_
#define QUOTEGRAPH_CORE_ATTRIBUTION_SCORE_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/model.h"

namespace quotegraph {

// The spans of one attribution; an empty fragment list means "absent".
struct AttributionSpans {
  std::vector<Span> source;
  std::vector<Span> cue;
  std::vector<Span> content;
};

// The code points of UTF-8 `text`, which is what span offsets count.
// Invalid sequences are repaired first (one U+FFFD each, see utf8.h).
std::u32string DecodeCodePoints(std::string_view text);

// True for the code points that make up word tokens (see above).
bool IsTokenWordChar(char32_t c);

// True for the double quotation marks that define the direct-quote subset.
bool IsQuotationMark(char32_t c);

// The distinct tokens of `fragments` in `text`, sorted by start.  Throws
// quotegraph::Error if a fragment is reversed or lies outside the text.
std::vector<Span> SpanTokens(std::u32string_view text, const std::vector<Span>& fragments);

// True if any fragment of the span contains a quotation mark.  Fragments
// must lie inside the text (as SpanTokens checks).
bool ContainsQuotationMark(std::u32string_view text, const std::vector<Span>& fragments);

// Number of tokens in both sorted, distinct token lists.
std::int64_t SharedTokens(const std::vector<Span>& a, const std::vector<Span>& b);

// One matched (predicted, gold) pair and the content tokens they share.
struct AttributionMatch {
  std::size_t predicted = 0;
  std::size_t gold = 0;
  std::int64_t overlap = 0;
};

// Matches predicted contents to gold contents (token lists as SpanTokens
// returns them), one-to-one, greedy, best F1 first, F1 >= 0.5 required.
// Returned in the order the pairs were taken.
std::vector<AttributionMatch> MatchContents(const std::vector<std::vector<Span>>& predicted,
                                            const std::vector<std::vector<Span>>& gold);

// The counts every metric is computed from.  Sums over articles by +=.
struct AttributionCounts {
  std::int64_t articles = 0;
  std::int64_t gold = 0;       // scored gold attributions (with content)
  std::int64_t predicted = 0;  // scored predicted attributions (with content)
  std::int64_t matched = 0;
  std::int64_t source_correct = 0;  // matched and source agrees
  std::int64_t cue_correct = 0;     // matched and cue agrees
  std::int64_t content_overlap = 0;           // summed over matched pairs
  std::int64_t content_predicted_tokens = 0;  // summed over predicted
  std::int64_t content_gold_tokens = 0;       // summed over gold
  std::int64_t direct_gold = 0;            // gold with a quotation mark
  std::int64_t direct_matched = 0;         // ... of them matched
  std::int64_t direct_source_correct = 0;  // ... of them source-correct
  std::int64_t gold_without_content = 0;       // left out, see above
  std::int64_t predicted_without_content = 0;  // left out, see above

  AttributionCounts& operator+=(const AttributionCounts& other);
};

// Scores one article: `text` is its text as code points; gold and predicted
// attributions in any order (the order only breaks ties).  The result has
// articles == 1.  Throws quotegraph::Error if a span lies outside the text.
AttributionCounts ScoreArticle(std::u32string_view text,
                               const std::vector<AttributionSpans>& gold,
                               const std::vector<AttributionSpans>& predicted);

// Precision, recall and their harmonic mean.
struct PrecisionRecall {
  double precision = 0;
  double recall = 0;
  double f1 = 0;
};

// P = correct / predicted, R = correct / gold (0 when a denominator is 0).
PrecisionRecall ComputePrecisionRecall(std::int64_t correct, std::int64_t predicted,
                                       std::int64_t gold);

// Every metric of the protocol, from summed counts.
struct AttributionScores {
  PrecisionRecall attribution;
  PrecisionRecall source;
  PrecisionRecall cue;
  PrecisionRecall content;  // token overlap
  double direct_attribution_recall = 0;
  double direct_source_recall = 0;
};

AttributionScores ComputeScores(const AttributionCounts& counts);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_ATTRIBUTION_SCORE_H_
