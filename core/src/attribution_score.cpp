#include "quotegraph/core/attribution_score.h"

#include <algorithm>
#include <string>

#include <utf8proc.h>

#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

// White space and invisible controls: they separate tokens.
bool IsTokenSeparator(char32_t c) {
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_ZS:
    case UTF8PROC_CATEGORY_ZL:
    case UTF8PROC_CATEGORY_ZP:
    case UTF8PROC_CATEGORY_CC:
    case UTF8PROC_CATEGORY_CF:
      return true;
    default:
      return false;
  }
}

// Throws unless `f` is a forward range inside a text of `size` code points.
void CheckFragment(const Span& f, std::size_t size) {
  if (f.start >= 0 && f.start <= f.end && static_cast<std::uint64_t>(f.end) <= size) return;
  throw Error("span " + std::to_string(f.start) + "-" + std::to_string(f.end) +
              " is not inside the text (" + std::to_string(size) + " code points)");
}

// Appends the tokens of text[f.start, f.end) to `out`.
void AppendFragmentTokens(std::u32string_view text, const Span& f, std::vector<Span>& out) {
  std::int64_t i = f.start;
  while (i < f.end) {
    const char32_t c = text[static_cast<std::size_t>(i)];
    if (IsTokenSeparator(c)) {
      ++i;
      continue;
    }
    std::int64_t j = i + 1;
    if (IsTokenWordChar(c)) {
      while (j < f.end && IsTokenWordChar(text[static_cast<std::size_t>(j)])) ++j;
    }
    out.push_back(Span{i, j});
    i = j;
  }
}

// A candidate pair for matching, with its F1 as the fraction num / den.
struct Candidate {
  std::size_t predicted;
  std::size_t gold;
  std::int64_t overlap;
  std::int64_t num;  // 2 * overlap
  std::int64_t den;  // |pred| + |gold|
};

// Order of the greedy pass: higher F1 first, then gold index, then
// predicted index.  F1 compared exactly: a.num / a.den > b.num / b.den.
bool TakenBefore(const Candidate& a, const Candidate& b) {
  const std::int64_t lhs = a.num * b.den;
  const std::int64_t rhs = b.num * a.den;
  if (lhs != rhs) return lhs > rhs;
  if (a.gold != b.gold) return a.gold < b.gold;
  return a.predicted < b.predicted;
}

// Every pair whose content token F1 reaches 0.5.
std::vector<Candidate> Candidates(const std::vector<std::vector<Span>>& predicted,
                                  const std::vector<std::vector<Span>>& gold) {
  std::vector<Candidate> out;
  for (std::size_t p = 0; p < predicted.size(); ++p) {
    for (std::size_t g = 0; g < gold.size(); ++g) {
      const std::int64_t overlap = SharedTokens(predicted[p], gold[g]);
      const auto den = static_cast<std::int64_t>(predicted[p].size() + gold[g].size());
      if (overlap == 0 || 4 * overlap < den) continue;  // F1 < 0.5
      out.push_back(Candidate{p, g, overlap, 2 * overlap, den});
    }
  }
  return out;
}

// One attribution, tokenised for scoring.
struct Tokenized {
  std::vector<Span> source;
  std::vector<Span> cue;
  std::vector<Span> content;
  bool direct = false;
};

// Tokenises every attribution with content tokens; counts the others.
std::vector<Tokenized> TokenizeAll(std::u32string_view text,
                                   const std::vector<AttributionSpans>& spans,
                                   std::int64_t* without_content) {
  std::vector<Tokenized> out;
  for (const AttributionSpans& a : spans) {
    Tokenized t;
    t.content = SpanTokens(text, a.content);
    t.source = SpanTokens(text, a.source);
    t.cue = SpanTokens(text, a.cue);
    if (t.content.empty()) {
      ++*without_content;
      continue;
    }
    t.direct = ContainsQuotationMark(text, a.content);
    out.push_back(std::move(t));
  }
  return out;
}

// The content token lists of `attributions`.
std::vector<std::vector<Span>> Contents(const std::vector<Tokenized>& attributions) {
  std::vector<std::vector<Span>> out;
  out.reserve(attributions.size());
  for (const Tokenized& t : attributions) out.push_back(t.content);
  return out;
}

// Source / cue agreement: share a token, or neither has one.
bool PartsAgree(const std::vector<Span>& predicted, const std::vector<Span>& gold) {
  if (predicted.empty() && gold.empty()) return true;
  return SharedTokens(predicted, gold) > 0;
}

// The token totals of the content spans.
std::int64_t ContentTokens(const std::vector<Tokenized>& attributions) {
  std::int64_t n = 0;
  for (const Tokenized& t : attributions) n += static_cast<std::int64_t>(t.content.size());
  return n;
}

// Adds the counts of one matched pair.
void CountMatch(const Tokenized& p, const Tokenized& g, std::int64_t overlap,
                AttributionCounts& c) {
  const bool source_ok = PartsAgree(p.source, g.source);
  ++c.matched;
  c.content_overlap += overlap;
  if (source_ok) ++c.source_correct;
  if (PartsAgree(p.cue, g.cue)) ++c.cue_correct;
  if (g.direct) {
    ++c.direct_matched;
    if (source_ok) ++c.direct_source_correct;
  }
}

double Ratio(std::int64_t num, std::int64_t den) {
  return den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
}

PrecisionRecall FromRatios(double precision, double recall) {
  PrecisionRecall r;
  r.precision = precision;
  r.recall = recall;
  r.f1 = precision + recall == 0 ? 0.0 : 2 * precision * recall / (precision + recall);
  return r;
}

}  // namespace

std::u32string DecodeCodePoints(std::string_view text) {
  const std::string valid = IsValidUtf8(text) ? std::string(text) : RepairUtf8(text);
  std::u32string out;
  out.reserve(valid.size());
  std::size_t i = 0;
  while (i < valid.size()) {
    std::size_t length = 1;
    out.push_back(DecodeAt(valid, i, &length));
    i += length;
  }
  return out;
}

bool IsTokenWordChar(char32_t c) {
  if (c == U'_') return true;
  switch (utf8proc_category(static_cast<utf8proc_int32_t>(c))) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool IsQuotationMark(char32_t c) {
  return c == U'"' || (c >= U'\u201C' && c <= U'\u201F') || c == U'\u00AB' || c == U'\u00BB';
}

std::vector<Span> SpanTokens(std::u32string_view text, const std::vector<Span>& fragments) {
  std::vector<Span> tokens;
  for (const Span& f : fragments) {
    CheckFragment(f, text.size());
    AppendFragmentTokens(text, f, tokens);
  }
  const auto by_place = [](const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  };
  std::sort(tokens.begin(), tokens.end(), by_place);
  tokens.erase(std::unique(tokens.begin(), tokens.end()), tokens.end());
  return tokens;
}

bool ContainsQuotationMark(std::u32string_view text, const std::vector<Span>& fragments) {
  for (const Span& f : fragments) {
    CheckFragment(f, text.size());
    const std::u32string_view part = text.substr(static_cast<std::size_t>(f.start),
                                                 static_cast<std::size_t>(f.end - f.start));
    if (std::any_of(part.begin(), part.end(), IsQuotationMark)) return true;
  }
  return false;
}

std::int64_t SharedTokens(const std::vector<Span>& a, const std::vector<Span>& b) {
  std::int64_t n = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++n;
      ++i;
      ++j;
    } else if (a[i].start < b[j].start || (a[i].start == b[j].start && a[i].end < b[j].end)) {
      ++i;
    } else {
      ++j;
    }
  }
  return n;
}

std::vector<AttributionMatch> MatchContents(const std::vector<std::vector<Span>>& predicted,
                                            const std::vector<std::vector<Span>>& gold) {
  std::vector<Candidate> candidates = Candidates(predicted, gold);
  std::sort(candidates.begin(), candidates.end(), TakenBefore);
  std::vector<bool> predicted_used(predicted.size(), false);
  std::vector<bool> gold_used(gold.size(), false);
  std::vector<AttributionMatch> matches;
  for (const Candidate& c : candidates) {
    if (predicted_used[c.predicted] || gold_used[c.gold]) continue;
    predicted_used[c.predicted] = true;
    gold_used[c.gold] = true;
    matches.push_back(AttributionMatch{c.predicted, c.gold, c.overlap});
  }
  return matches;
}

AttributionCounts& AttributionCounts::operator+=(const AttributionCounts& o) {
  articles += o.articles;
  gold += o.gold;
  predicted += o.predicted;
  matched += o.matched;
  source_correct += o.source_correct;
  cue_correct += o.cue_correct;
  content_overlap += o.content_overlap;
  content_predicted_tokens += o.content_predicted_tokens;
  content_gold_tokens += o.content_gold_tokens;
  direct_gold += o.direct_gold;
  direct_matched += o.direct_matched;
  direct_source_correct += o.direct_source_correct;
  gold_without_content += o.gold_without_content;
  predicted_without_content += o.predicted_without_content;
  return *this;
}

AttributionCounts ScoreArticle(std::u32string_view text,
                               const std::vector<AttributionSpans>& gold,
                               const std::vector<AttributionSpans>& predicted) {
  AttributionCounts c;
  c.articles = 1;
  const std::vector<Tokenized> g = TokenizeAll(text, gold, &c.gold_without_content);
  const std::vector<Tokenized> p = TokenizeAll(text, predicted, &c.predicted_without_content);
  c.gold = static_cast<std::int64_t>(g.size());
  c.predicted = static_cast<std::int64_t>(p.size());
  c.content_gold_tokens = ContentTokens(g);
  c.content_predicted_tokens = ContentTokens(p);
  c.direct_gold = std::count_if(g.begin(), g.end(), [](const Tokenized& t) { return t.direct; });
  for (const AttributionMatch& m : MatchContents(Contents(p), Contents(g))) {
    CountMatch(p[m.predicted], g[m.gold], m.overlap, c);
  }
  return c;
}

PrecisionRecall ComputePrecisionRecall(std::int64_t correct, std::int64_t predicted,
                                       std::int64_t gold) {
  return FromRatios(Ratio(correct, predicted), Ratio(correct, gold));
}

AttributionScores ComputeScores(const AttributionCounts& c) {
  AttributionScores s;
  s.attribution = ComputePrecisionRecall(c.matched, c.predicted, c.gold);
  s.source = ComputePrecisionRecall(c.source_correct, c.predicted, c.gold);
  s.cue = ComputePrecisionRecall(c.cue_correct, c.predicted, c.gold);
  s.content = FromRatios(Ratio(c.content_overlap, c.content_predicted_tokens),
                         Ratio(c.content_overlap, c.content_gold_tokens));
  s.direct_attribution_recall = Ratio(c.direct_matched, c.direct_gold);
  s.direct_source_recall = Ratio(c.direct_source_correct, c.direct_gold);
  return s;
}

}  // namespace quotegraph
