#include "quotegraph/core/query.h"

#include <algorithm>
#include <functional>
#include <map>
#include <queue>
#include <unordered_map>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/visitors.hpp>
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

bool IsEntity(NodeType t) {
  return t == NodeType::kPerson || t == NodeType::kOrganization || t == NodeType::kPlace;
}

// A name as the index keys it: its folded words joined by spaces.
std::string NameKey(std::string_view name) {
  std::string key;
  for (const std::string& w : MatchWords(name)) {
    if (!key.empty()) key += ' ';
    key += w;
  }
  return key;
}

void AddPosting(std::vector<std::size_t>& list, std::size_t i) {
  if (list.empty() || list.back() != i) list.push_back(i);
}

bool DateBefore(const StatementAnswer& a, const StatementAnswer& b) {
  return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.id)) <
         std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.id));
}

// Within a claim: date order (undated last), said before denied on a day,
// then id.
bool GroupOrder(const StatementAnswer& a, const StatementAnswer& b) {
  const bool a_denied = a.relation == "denied";
  const bool b_denied = b.relation == "denied";
  return std::make_tuple(a.date.empty(), std::cref(a.date), a_denied, std::cref(a.id)) <
         std::make_tuple(b.date.empty(), std::cref(b.date), b_denied, std::cref(b.id));
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
    if (IsEntity(n.type)) IndexEntity(i);
    if (n.type != NodeType::kStatement) continue;
    if (n.relation == "denied") denials_.push_back(i);
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
  const std::size_t claim = ClaimOf(statement_index);
  if (claim != Graph::kNone) {
    const Node& c = graph_.node(claim);
    a.claim = ClaimInfo{c.id, c.text, c.date, c.claim_statements, c.claim_denials,
                        c.claim_articles};
  }
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

void QueryEngine::IndexEntity(std::size_t i) {
  const Node& n = graph_.node(i);
  std::vector<std::string> names = n.aliases;
  names.push_back(n.label);
  for (const std::string& name : names) {
    const std::string key = NameKey(name);
    if (key.empty()) continue;
    AddPosting(names_[key], i);
    for (const std::string& w : MatchWords(name)) AddPosting(name_words_[w], i);
  }
}

std::size_t QueryEngine::ClaimOf(std::size_t statement_index) const {
  for (std::size_t e : graph_.OutEdges(statement_index)) {
    if (graph_.edge(e).type == EdgeType::kExpresses) return graph_.Find(graph_.edge(e).target);
  }
  return Graph::kNone;
}

std::vector<StatementAnswer> QueryEngine::ClaimStatements(std::size_t claim_index) const {
  std::vector<StatementAnswer> out;
  for (std::size_t e : graph_.InEdges(claim_index)) {
    if (graph_.edge(e).type != EdgeType::kExpresses) continue;
    out.push_back(Describe(graph_.Find(graph_.edge(e).source)));
  }
  std::sort(out.begin(), out.end(), GroupOrder);
  return out;
}

std::vector<StatementAnswer> QueryEngine::WhoSaidByClaim(std::string_view query) const {
  // Best-ranked statement of each group first (WhoSaid's order), so a
  // group's rank is that of its first statement seen.
  struct Group {
    MatchQuality match;
    std::string date;
    std::string key;
    std::vector<StatementAnswer> members;
    std::unordered_map<std::size_t, std::size_t> member_of;  // statement node -> members index
  };
  std::vector<Group> groups;
  std::map<std::string, std::size_t> group_of;  // claim id or statement id -> group
  for (StatementAnswer& a : WhoSaid(query)) {
    const std::string key = a.claim.present() ? a.claim.id : a.id;
    auto [it, inserted] = group_of.emplace(key, groups.size());
    if (inserted) {
      Group g{a.match, {}, key, {}, {}};
      if (a.claim.present()) {
        g.members = ClaimStatements(graph_.Find(a.claim.id));
        for (std::size_t k = 0; k < g.members.size(); ++k) g.member_of[g.members[k].node] = k;
      }
      groups.push_back(std::move(g));
    }
    Group& g = groups[it->second];
    const auto member = g.member_of.find(a.node);
    if (member != g.member_of.end()) {
      g.members[member->second].match = a.match;
    } else {
      g.members.push_back(std::move(a));
    }
  }
  for (Group& g : groups) {
    std::sort(g.members.begin(), g.members.end(), GroupOrder);
    g.date = g.members.front().date;
    for (const StatementAnswer& m : g.members) {
      if (!m.date.empty() && (g.date.empty() || m.date < g.date)) g.date = m.date;
    }
  }
  std::stable_sort(groups.begin(), groups.end(), [](const Group& a, const Group& b) {
    if (RanksBefore(a.match, b.match)) return true;
    if (RanksBefore(b.match, a.match)) return false;
    return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.key)) <
           std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.key));
  });
  std::vector<StatementAnswer> out;
  for (Group& g : groups) {
    std::vector<StatementAnswer> reactions;
    if (g.members.front().claim.present()) reactions = Reactions(g.members);
    for (StatementAnswer& m : g.members) out.push_back(std::move(m));
    for (StatementAnswer& r : reactions) out.push_back(std::move(r));
  }
  return out;
}

std::vector<StatementAnswer> QueryEngine::Reactions(
    const std::vector<StatementAnswer>& members) const {
  std::vector<std::size_t> speakers;  // the claim's speakers
  std::vector<std::size_t> side;      // and the entities affiliated with them
  std::vector<std::size_t> articles;
  std::vector<std::size_t> in_claim;
  for (const StatementAnswer& m : members) {
    in_claim.push_back(m.node);
    if (m.speaker.present() && m.relation == "said") speakers.push_back(graph_.Find(m.speaker.id));
    for (const ReportingSource& s : m.reported_by) {
      if (s.role == "article") articles.push_back(graph_.Find(s.id));
    }
  }
  side = speakers;
  for (std::size_t s : speakers) {
    for (std::size_t e : graph_.OutEdges(s)) {
      if (graph_.edge(e).type == EdgeType::kAffiliatedWith) side.push_back(graph_.Find(graph_.edge(e).target));
    }
    for (std::size_t e : graph_.InEdges(s)) {
      if (graph_.edge(e).type == EdgeType::kAffiliatedWith) side.push_back(graph_.Find(graph_.edge(e).source));
    }
  }
  for (auto* v : {&speakers, &side, &articles, &in_claim}) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
  }
  std::vector<StatementAnswer> out;
  std::vector<std::size_t> seen;
  for (std::size_t article : articles) {
    for (std::size_t e : graph_.InEdges(article)) {
      if (graph_.edge(e).type != EdgeType::kReportedBy) continue;
      const std::size_t s = graph_.Find(graph_.edge(e).source);
      if (std::binary_search(in_claim.begin(), in_claim.end(), s)) continue;
      if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
      const std::size_t speaker_edge = SpeakerEdge(graph_, s);
      if (speaker_edge == Graph::kNone) continue;
      const std::size_t speaker = graph_.Find(graph_.edge(speaker_edge).source);
      if (std::binary_search(side.begin(), side.end(), speaker)) continue;
      bool about_speaker = false;
      for (std::size_t a : graph_.OutEdges(s)) {
        const Edge& edge = graph_.edge(a);
        if (edge.type == EdgeType::kAbout &&
            std::binary_search(speakers.begin(), speakers.end(), graph_.Find(edge.target))) {
          about_speaker = true;
        }
      }
      if (!about_speaker) continue;
      seen.push_back(s);
      out.push_back(Describe(s));
      out.back().reacts_to = members.front().claim.id;
    }
  }
  std::sort(out.begin(), out.end(), GroupOrder);
  return out;
}

std::vector<ReportingSource> QueryEngine::ClaimSources(const std::vector<StatementAnswer>& group) {
  std::vector<ReportingSource> sources;
  for (const StatementAnswer& a : group) {
    for (ReportingSource s : a.reported_by) {
      s.statement = a.id;
      sources.push_back(std::move(s));
    }
  }
  std::sort(sources.begin(), sources.end(), [](const ReportingSource& a, const ReportingSource& b) {
    return std::make_tuple(a.date.empty(), std::cref(a.date), std::cref(a.id), std::cref(a.role),
                           std::cref(a.statement)) <
           std::make_tuple(b.date.empty(), std::cref(b.date), std::cref(b.id), std::cref(b.role),
                           std::cref(b.statement));
  });
  // One line per source and role: the first (earliest) statement it carried.
  sources.erase(std::unique(sources.begin(), sources.end(),
                            [](const ReportingSource& a, const ReportingSource& b) {
                              return a.id == b.id && a.role == b.role;
                            }),
                sources.end());
  if (!sources.empty() && !sources.front().date.empty()) {
    for (ReportingSource& s : sources) {
      if (s.date == sources.front().date) s.earliest = true;
    }
  }
  return sources;
}

std::vector<StatementAnswer> QueryEngine::Reported(std::string_view text_or_id) const {
  const std::size_t node = graph_.Find(text_or_id);
  if (node != Graph::kNone) {
    const NodeType type = graph_.node(node).type;
    if (type == NodeType::kClaim) return ClaimStatements(node);
    if (type == NodeType::kStatement) {
      const std::size_t claim = ClaimOf(node);
      if (claim != Graph::kNone) return ClaimStatements(claim);
      return {Describe(node)};
    }
  }
  std::vector<StatementAnswer> all = WhoSaidByClaim(text_or_id);
  // The first group: the first answer and, if it has a claim, the answers
  // of the same claim that follow it.
  std::vector<StatementAnswer> first;
  for (StatementAnswer& a : all) {
    if (!first.empty() &&
        (!first.front().claim.present() || a.claim.id != first.front().claim.id)) {
      break;
    }
    first.push_back(std::move(a));
  }
  return first;
}

std::vector<std::size_t> QueryEngine::FindEntities(std::string_view name) const {
  const std::string key = NameKey(name);
  if (key.empty()) return {};
  std::vector<std::size_t> found;
  const auto exact = names_.find(key);
  if (exact != names_.end()) {
    found = exact->second;
  } else {
    bool first = true;
    for (const std::string& w : MatchWords(name)) {
      const auto it = name_words_.find(w);
      if (it == name_words_.end()) return {};
      found = first ? it->second : Intersect(found, it->second);
      first = false;
    }
  }
  std::vector<std::pair<std::size_t, std::size_t>> ranked;  // (statements, node)
  for (std::size_t i : found) {
    std::size_t statements = 0;
    for (std::size_t e : graph_.OutEdges(i)) {
      if (IsSpeakerEdge(graph_.edge(e))) ++statements;
    }
    ranked.emplace_back(statements, i);
  }
  std::sort(ranked.begin(), ranked.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first > b.first;
    return graph_.node(a.second).id < graph_.node(b.second).id;
  });
  std::vector<std::size_t> out;
  for (const auto& r : ranked) out.push_back(r.second);
  return out;
}

std::vector<std::string> QueryEngine::SimilarNames(std::string_view name,
                                                   std::size_t limit) const {
  const std::string key = NameKey(name);
  if (key.empty()) return {};
  const std::size_t max_distance = std::max<std::size_t>(2, CountCodePoints(key) / 4);
  std::vector<std::pair<std::size_t, std::string>> candidates;
  for (const auto& [known, nodes] : names_) {
    if (LengthGap(known, key) > max_distance) continue;
    const std::size_t d = EditDistance(known, key);
    if (d <= max_distance) candidates.emplace_back(d, graph_.node(nodes.front()).label);
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end(),
                               [](const auto& a, const auto& b) { return a.second == b.second; }),
                   candidates.end());
  std::vector<std::string> out;
  for (std::size_t k = 0; k < candidates.size() && out.size() < limit; ++k) {
    if (std::find(out.begin(), out.end(), candidates[k].second) == out.end()) {
      out.push_back(candidates[k].second);
    }
  }
  return out;
}

std::vector<StatementAnswer> QueryEngine::SaidBy(std::size_t entity_index) const {
  std::vector<StatementAnswer> out;
  std::vector<std::size_t> seen;
  for (std::size_t e : graph_.OutEdges(entity_index)) {
    if (!IsSpeakerEdge(graph_.edge(e))) continue;
    const std::size_t s = graph_.Find(graph_.edge(e).target);
    if (std::find(seen.begin(), seen.end(), s) != seen.end()) continue;
    seen.push_back(s);
    out.push_back(Describe(s));
  }
  std::sort(out.begin(), out.end(), DateBefore);
  return out;
}

EntityAnswer QueryEngine::DescribeEntity(std::size_t i) const {
  const Node& n = graph_.node(i);
  EntityAnswer a;
  a.node = i;
  a.id = n.id;
  a.name = n.label;
  a.type = std::string(ToString(n.type));
  a.aliases = n.aliases;
  a.titles = n.titles;
  for (std::size_t e : graph_.OutEdges(i)) {
    const Edge& edge = graph_.edge(e);
    if (edge.type == EdgeType::kSaid) ++a.said;
    if (edge.type == EdgeType::kDenied) ++a.denied;
    if (edge.type == EdgeType::kAffiliatedWith) {
      const Node* other = graph_.FindNode(edge.target);
      a.affiliations.push_back({other->id, other->label, std::string(edge.role), true});
    }
  }
  for (std::size_t e : graph_.InEdges(i)) {
    const Edge& edge = graph_.edge(e);
    if (edge.type == EdgeType::kAbout) ++a.about;
    if (edge.type == EdgeType::kMentions) {
      ++a.articles;
      a.mentions += edge.count;
    }
    if (edge.type == EdgeType::kAffiliatedWith) {
      const Node* other = graph_.FindNode(edge.source);
      a.affiliations.push_back({other->id, other->label, std::string(edge.role), false});
    }
  }
  std::sort(a.affiliations.begin(), a.affiliations.end(), [](const auto& x, const auto& y) {
    return std::tie(x.id, x.role, x.outgoing) < std::tie(y.id, y.role, y.outgoing);
  });
  return a;
}

std::vector<DenialAnswer> QueryEngine::Denials(std::string_view query,
                                               std::size_t max_claim_statements) const {
  std::vector<std::size_t> statements;
  if (ParseTextQuery(query).empty()) {
    statements = denials_;
  } else {
    for (const auto& [index, quality] : Matches(ParseTextQuery(query))) {
      if (std::binary_search(denials_.begin(), denials_.end(), index)) statements.push_back(index);
    }
  }
  // Each claim's statements, said first, then date order: worked out once
  // per claim, however many denials it has.
  std::unordered_map<std::size_t, std::vector<StatementAnswer>> claim_statements;
  std::vector<DenialAnswer> out;
  for (std::size_t s : statements) {
    DenialAnswer d;
    d.denial = Describe(s);
    const std::size_t claim = ClaimOf(s);
    if (claim != Graph::kNone) {
      auto [it, inserted] = claim_statements.try_emplace(claim);
      if (inserted) {
        it->second = ClaimStatements(claim);
        std::stable_sort(it->second.begin(), it->second.end(),
                         [](const StatementAnswer& a, const StatementAnswer& b) {
                           return a.relation == "said" && b.relation != "said";
                         });
      }
      for (const StatementAnswer& m : it->second) {
        if (m.id == d.denial.id) continue;
        if (max_claim_statements != 0 && d.claim_statements.size() >= max_claim_statements) {
          ++d.more_claim_statements;
        } else {
          d.claim_statements.push_back(m);
        }
      }
    }
    out.push_back(std::move(d));
  }
  std::sort(out.begin(), out.end(), [](const DenialAnswer& a, const DenialAnswer& b) {
    return DateBefore(a.denial, b.denial);
  });
  return out;
}

std::vector<PathStep> QueryEngine::Path(std::size_t a, std::size_t b) const {
  if (a == b || a >= graph_.num_nodes() || b >= graph_.num_nodes()) return {};
  // The undirected view: one undirected edge per record, in record order,
  // carrying the record's index.
  using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS,
                                           boost::no_property, Graph::EdgeRef>;
  Undirected view(graph_.num_nodes());
  for (std::size_t i : graph_.SortedEdges()) {
    const Edge& e = graph_.edge(i);
    boost::add_edge(graph_.Find(e.source), graph_.Find(e.target), Graph::EdgeRef{i}, view);
  }
  using UEdge = boost::graph_traits<Undirected>::edge_descriptor;
  std::vector<UEdge> via(graph_.num_nodes());
  std::vector<bool> reached(graph_.num_nodes(), false);
  reached[a] = true;
  struct Recorder : boost::default_bfs_visitor {
    std::vector<UEdge>* via;
    std::vector<bool>* reached;
    void tree_edge(UEdge e, const Undirected& g) const {
      const std::size_t t = boost::target(e, g);
      (*via)[t] = e;
      (*reached)[t] = true;
    }
  };
  Recorder recorder;
  recorder.via = &via;
  recorder.reached = &reached;
  boost::breadth_first_search(view, a, boost::visitor(recorder));
  if (!reached[b]) return {};
  std::vector<PathStep> steps;
  for (std::size_t v = b; v != a;) {
    const UEdge e = via[v];
    const std::size_t u = boost::source(e, view) == v ? boost::target(e, view)
                                                       : boost::source(e, view);
    const std::size_t index = view[e].index;
    const Edge& edge = graph_.edge(index);
    const Node& from = graph_.node(u);
    const Node& to = graph_.node(v);
    PathStep step{from.id, from.label, to.id, to.label, std::string(ToString(edge.type)),
                  std::string(edge.role), edge.source == from.id, {}, {}, index};
    const Node* statement = from.type == NodeType::kStatement ? &from
                            : to.type == NodeType::kStatement ? &to : nullptr;
    const Node* article = from.type == NodeType::kSource && from.source_kind == SourceKind::kArticle
                              ? &from
                          : to.type == NodeType::kSource && to.source_kind == SourceKind::kArticle
                              ? &to : nullptr;
    if (statement != nullptr) {
      step.evidence = statement->text;
      step.source = statement->evidence.article;
    } else if (article != nullptr) {
      step.evidence = article->title.empty() ? article->label : article->title;
      step.source = article->id;
    }
    steps.push_back(std::move(step));
    v = u;
  }
  std::reverse(steps.begin(), steps.end());
  return steps;
}

Graph Subgraph(const Graph& graph, const std::vector<std::size_t>& nodes) {
  std::vector<std::size_t> sorted = nodes;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  Graph out;
  for (std::size_t i : sorted) out.AddNode(graph.node(i));
  for (std::size_t i : sorted) {
    for (std::size_t e : graph.OutEdges(i)) {
      const std::size_t t = graph.Find(graph.edge(e).target);
      if (std::binary_search(sorted.begin(), sorted.end(), t)) out.AddEdge(graph.edge(e));
    }
  }
  return out;
}

std::vector<std::size_t> AnswerNodes(const Graph& graph,
                                     const std::vector<StatementAnswer>& answers) {
  std::vector<std::size_t> nodes;
  auto add = [&](const std::string& id) {
    const std::size_t i = graph.Find(id);
    if (i != Graph::kNone) nodes.push_back(i);
  };
  for (const StatementAnswer& a : answers) {
    add(a.id);
    if (a.speaker.present()) add(a.speaker.id);
    if (a.claim.present()) add(a.claim.id);
    for (const ReportingSource& s : a.reported_by) add(s.id);
  }
  return nodes;
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
