#include "quotegraph/core/model.h"

#include <algorithm>
#include <array>
#include <utility>

namespace quotegraph {
namespace {

constexpr std::array<std::string_view, 6> kNodeTypeNames = {
    "person", "organization", "place", "statement", "source", "claim"};
constexpr std::array<std::string_view, 8> kEdgeTypeNames = {
    "said",     "denied", "reported_by",     "published_by",
    "mentions", "about",  "affiliated_with", "expresses"};
constexpr std::array<std::string_view, 3> kQuoteKindNames = {"direct", "indirect",
                                                             "mixed"};
constexpr std::array<std::string_view, 3> kSourceKindNames = {"article", "outlet",
                                                              "agency"};

template <typename Enum, std::size_t N>
std::optional<Enum> ParseName(const std::array<std::string_view, N>& names,
                              std::string_view s) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

void MergeSpan(Span& into, const Span& from) {
  if (!from.present()) return;
  if (!into.present() || std::make_pair(from.start, from.end) <
                             std::make_pair(into.start, into.end)) {
    into = from;
  }
}

}  // namespace

std::string_view ToString(NodeType t) { return kNodeTypeNames[static_cast<int>(t)]; }
std::string_view ToString(EdgeType t) { return kEdgeTypeNames[static_cast<int>(t)]; }
std::string_view ToString(QuoteKind k) { return kQuoteKindNames[static_cast<int>(k)]; }
std::string_view ToString(SourceKind k) { return kSourceKindNames[static_cast<int>(k)]; }

std::optional<NodeType> ParseNodeType(std::string_view s) {
  return ParseName<NodeType>(kNodeTypeNames, s);
}
std::optional<EdgeType> ParseEdgeType(std::string_view s) {
  return ParseName<EdgeType>(kEdgeTypeNames, s);
}
std::optional<QuoteKind> ParseQuoteKind(std::string_view s) {
  return ParseName<QuoteKind>(kQuoteKindNames, s);
}
std::optional<SourceKind> ParseSourceKind(std::string_view s) {
  return ParseName<SourceKind>(kSourceKindNames, s);
}

const std::string& PreferredLabel(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return a.size() > b.size() ? a : b;
  return b < a ? b : a;
}

void InsertSorted(std::vector<std::string>& v, std::string value) {
  auto it = std::lower_bound(v.begin(), v.end(), value);
  if (it == v.end() || *it != value) v.insert(it, std::move(value));
}

void MergeString(std::string& into, const std::string& from) {
  if (from.empty() || into == from) return;
  if (into.empty()) {
    into = from;
    return;
  }
  if (&PreferredLabel(into, from) == &from) into = from;
}

void MergeList(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    auto it = std::lower_bound(into.begin(), into.end(), s);
    if (it == into.end() || *it != s) into.insert(it, s);
  }
}

void MergeInto(Node& into, const Node& from) {
  MergeString(into.label, from.label);
  MergeList(into.aliases, from.aliases);
  MergeList(into.titles, from.titles);
  // Kinds: an article beats nothing; outlet vs agency keeps the larger enum
  // (agency), which is the more specific role.  Order-independent (max).
  into.source_kind = std::max(into.source_kind, from.source_kind);
  MergeString(into.title, from.title);
  MergeString(into.publisher, from.publisher);
  MergeString(into.date, from.date);
  MergeString(into.url, from.url);
  MergeString(into.file, from.file);
  MergeString(into.text, from.text);
  MergeString(into.cue, from.cue);
  into.quote_kind = std::max(into.quote_kind, from.quote_kind);
  MergeString(into.relation, from.relation);
  MergeString(into.speaker_text, from.speaker_text);
  MergeString(into.date_estimate, from.date_estimate);
  MergeString(into.evidence.article, from.evidence.article);
  MergeSpan(into.evidence.content, from.evidence.content);
  MergeSpan(into.evidence.cue, from.evidence.cue);
  MergeSpan(into.evidence.source, from.evidence.source);
  if (into.evidence.content_fragments.empty()) {
    into.evidence.content_fragments = from.evidence.content_fragments;
  }
  // Claims are recomputed over the whole graph (claims.h); max keeps a merge
  // before that order-independent.
  into.claim_statements = std::max(into.claim_statements, from.claim_statements);
  into.claim_denials = std::max(into.claim_denials, from.claim_denials);
  into.claim_articles = std::max(into.claim_articles, from.claim_articles);
}

void MergeInto(Edge& into, const Edge& from) { into.count += from.count; }

}  // namespace quotegraph
