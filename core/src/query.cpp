#include "quotegraph/core/query.h"

#include <algorithm>
#include <functional>
#include <iterator>
#include <tuple>

#include "quotegraph/core/model.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

// Every value of each enum, in declaration order: ComputeStats indexes these
// rows by the enum's numeric value.
constexpr NodeType kNodeTypes[] = {NodeType::kPerson, NodeType::kOrganization,
                                   NodeType::kPlace, NodeType::kStatement,
                                   NodeType::kSource, NodeType::kClaim};
constexpr SourceKind kSourceKinds[] = {SourceKind::kArticle, SourceKind::kOutlet,
                                       SourceKind::kAgency};
constexpr EdgeType kEdgeTypes[] = {EdgeType::kSaid,        EdgeType::kDenied,
                                   EdgeType::kReportedBy,  EdgeType::kPublishedBy,
                                   EdgeType::kMentions,    EdgeType::kAbout,
                                   EdgeType::kAffiliatedWith, EdgeType::kExpresses};

bool IsSpeakerEdge(const Edge& e) {
  return e.type == EdgeType::kSaid || e.type == EdgeType::kDenied;
}

// Of several speaker edges, prefer the one whose type is the statement's
// relation, then the more often observed, then the smaller speaker id.
bool BetterSpeakerEdge(const Edge& a, const Edge& b, std::string_view relation) {
  const bool a_fits = ToString(a.type) == relation;
  const bool b_fits = ToString(b.type) == relation;
  if (a_fits != b_fits) return a_fits;
  if (a.count != b.count) return a.count > b.count;
  return a.source < b.source;
}

// Index of the edge naming the statement's speaker, or Graph::kNone.
std::size_t SpeakerEdge(const Graph& g, std::size_t statement) {
  const std::string& relation = g.node(statement).relation;
  std::size_t best = Graph::kNone;
  for (std::size_t e : g.InEdges(statement)) {
    if (!IsSpeakerEdge(g.edge(e))) continue;
    if (best == Graph::kNone || BetterSpeakerEdge(g.edge(e), g.edge(best), relation)) best = e;
  }
  return best;
}

SpeakerInfo MakeSpeaker(const Node& n) {
  return SpeakerInfo{n.id, n.label, std::string(ToString(n.type))};
}

// The node's publisher, else the label of the outlet it is published_by
// (the smallest outlet id if several, for determinism).
std::string PublisherOf(const Graph& g, std::size_t source) {
  const Node& n = g.node(source);
  if (!n.publisher.empty()) return n.publisher;
  const Node* outlet = nullptr;
  for (std::size_t e : g.OutEdges(source)) {
    if (g.edge(e).type != EdgeType::kPublishedBy) continue;
    const Node* target = g.FindNode(g.edge(e).target);
    if (target != nullptr && (outlet == nullptr || target->id < outlet->id)) outlet = target;
  }
  return outlet != nullptr ? outlet->label : std::string();
}

ReportingSource MakeSource(const Graph& g, const Edge& e) {
  const std::size_t index = g.Find(e.target);
  const Node& n = g.node(index);
  ReportingSource s;
  s.id = n.id;
  s.title = n.title.empty() ? n.label : n.title;
  s.publisher = PublisherOf(g, index);
  s.date = n.date;
  s.kind = std::string(ToString(n.source_kind));
  s.role = e.role;
  return s;
}

bool SourceBefore(const ReportingSource& a, const ReportingSource& b) {
  return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.id), std::cref(a.role)) <
         std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.id), std::cref(b.role));
}

std::vector<ReportingSource> ReportedBy(const Graph& g, std::size_t statement) {
  std::vector<ReportingSource> sources;
  for (std::size_t e : g.OutEdges(statement)) {
    if (g.edge(e).type == EdgeType::kReportedBy) sources.push_back(MakeSource(g, g.edge(e)));
  }
  std::sort(sources.begin(), sources.end(), SourceBefore);
  return sources;
}

std::vector<EvidenceSpan> EvidenceOf(const Node& statement) {
  const Evidence& e = statement.evidence;
  if (e.article.empty() && !e.content.present()) return {};
  return {EvidenceSpan{e.article, e.content.start, e.content.end}};
}

// reported_by is sorted earliest first, so its first date is the earliest.
std::string AnswerDate(const std::vector<ReportingSource>& sources,
                       const std::string& date_estimate) {
  for (const ReportingSource& s : sources) {
    if (!s.date.empty()) return s.date;
  }
  return date_estimate;
}

bool AnswerBefore(const StatementAnswer& a, const StatementAnswer& b) {
  if (RanksBefore(a.match, b.match)) return true;
  if (RanksBefore(b.match, a.match)) return false;
  return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.id)) <
         std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.id));
}

// Sorted intersection of two ascending lists.
std::vector<std::size_t> Intersect(const std::vector<std::size_t>& a,
                                   const std::vector<std::size_t>& b) {
  std::vector<std::size_t> out;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(out));
  return out;
}

std::size_t MaxDistance(std::string_view word) { return CountCodePoints(word) <= 3 ? 1 : 2; }

std::size_t LengthGap(std::string_view a, std::string_view b) {
  const std::size_t x = CountCodePoints(a);
  const std::size_t y = CountCodePoints(b);
  return x > y ? x - y : y - x;
}

template <typename Enum, std::size_t N>
std::vector<CountRow> ZeroRows(const Enum (&values)[N]) {
  std::vector<CountRow> rows;
  for (Enum v : values) rows.push_back(CountRow{std::string(ToString(v)), 0});
  return rows;
}

}  // namespace

QueryEngine::QueryEngine(const Graph& graph) : graph_(graph) {
  for (std::size_t i = 0; i < graph.num_nodes(); ++i) {
    const Node& n = graph.node(i);
    if (n.type != NodeType::kStatement) continue;
    std::vector<std::string> words = MatchWords(n.text);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    for (std::string& w : words) postings_[std::move(w)].push_back(i);
  }
}

std::vector<std::size_t> QueryEngine::Candidates(const TextQuery& query) const {
  std::vector<const std::vector<std::size_t>*> lists;
  for (const std::string& w : query.Words()) {
    const auto it = postings_.find(w);
    if (it == postings_.end()) return {};
    lists.push_back(&it->second);
  }
  if (lists.empty()) return {};
  std::sort(lists.begin(), lists.end(),
            [](const auto* a, const auto* b) { return a->size() < b->size(); });
  std::vector<std::size_t> result = *lists.front();
  for (std::size_t k = 1; k < lists.size() && !result.empty(); ++k) {
    result = Intersect(result, *lists[k]);
  }
  return result;
}

std::vector<std::pair<std::size_t, MatchQuality>> QueryEngine::Matches(
    const TextQuery& query) const {
  std::vector<std::pair<std::size_t, MatchQuality>> matches;
  for (std::size_t i : Candidates(query)) {
    const MatchQuality m = MatchText(query, graph_.node(i).text);
    if (m.matched) matches.emplace_back(i, m);
  }
  return matches;
}

std::vector<StatementAnswer> QueryEngine::WhoSaid(std::string_view query) const {
  std::vector<StatementAnswer> answers;
  for (const auto& [index, quality] : Matches(ParseTextQuery(query))) {
    answers.push_back(Describe(index));
    answers.back().match = quality;
  }
  std::sort(answers.begin(), answers.end(), AnswerBefore);
  return answers;
}

StatementAnswer QueryEngine::Describe(std::size_t statement_index) const {
  const Node& n = graph_.node(statement_index);
  StatementAnswer a;
  a.node = statement_index;
  a.id = n.id;
  a.text = n.text;
  a.cue = n.cue;
  a.quote_kind = std::string(ToString(n.quote_kind));
  const std::size_t speaker_edge = SpeakerEdge(graph_, statement_index);
  if (speaker_edge != Graph::kNone) {
    const Edge& e = graph_.edge(speaker_edge);
    a.speaker = MakeSpeaker(*graph_.FindNode(e.source));
    a.relation = n.relation.empty() ? std::string(ToString(e.type)) : n.relation;
  } else {
    a.relation = n.relation.empty() ? "said" : n.relation;
  }
  a.reported_by = ReportedBy(graph_, statement_index);
  a.evidence = EvidenceOf(n);
  a.date = AnswerDate(a.reported_by, n.date_estimate);
  return a;
}

bool QueryEngine::HasWord(std::string_view folded_word) const {
  return postings_.count(std::string(folded_word)) > 0;
}

std::vector<std::string> QueryEngine::SimilarWords(std::string_view folded_word,
                                                   std::size_t limit) const {
  struct Candidate {
    std::size_t distance;
    std::size_t frequency;
    const std::string* word;
  };
  const std::size_t max_distance = MaxDistance(folded_word);
  std::vector<Candidate> candidates;
  for (const auto& [word, statements] : postings_) {
    if (LengthGap(word, folded_word) > max_distance) continue;
    const std::size_t d = EditDistance(word, folded_word);
    if (d > 0 && d <= max_distance) candidates.push_back({d, statements.size(), &word});
  }
  std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
    if (a.distance != b.distance) return a.distance < b.distance;
    if (a.frequency != b.frequency) return a.frequency > b.frequency;
    return *a.word < *b.word;
  });
  std::vector<std::string> words;
  for (std::size_t k = 0; k < candidates.size() && k < limit; ++k) {
    words.push_back(*candidates[k].word);
  }
  return words;
}

std::string QueryEngine::DidYouMean(std::string_view query) const {
  TextQuery corrected = ParseTextQuery(query);
  bool changed = false;
  for (QueryTerm& term : corrected.terms) {
    for (std::string& word : term.words) {
      if (HasWord(word)) continue;
      const std::vector<std::string> similar = SimilarWords(word, 1);
      if (similar.empty()) return {};
      word = similar.front();
      changed = true;
    }
  }
  if (!changed || Matches(corrected).empty()) return {};
  return corrected.ToString();
}

GraphStats ComputeStats(const Graph& graph) {
  GraphStats stats;
  stats.nodes = graph.num_nodes();
  stats.edges = graph.num_edges();
  stats.node_types = ZeroRows(kNodeTypes);
  stats.source_kinds = ZeroRows(kSourceKinds);
  stats.edge_types = ZeroRows(kEdgeTypes);
  for (const Node& n : graph.nodes()) {
    ++stats.node_types[static_cast<std::size_t>(n.type)].count;
    if (n.type == NodeType::kSource) {
      ++stats.source_kinds[static_cast<std::size_t>(n.source_kind)].count;
    }
  }
  for (const Edge& e : graph.edges()) {
    ++stats.edge_types[static_cast<std::size_t>(e.type)].count;
    stats.edge_observations += static_cast<std::size_t>(e.count);
  }
  return stats;
}

}  // namespace quotegraph
