#include "quotegraph/importers/fragment_builder.h"

#include <algorithm>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quotegraph/core/ids.h"
#include "quotegraph/importers/lexicon.h"

namespace quotegraph {
namespace {

// Where a fragment's records go: straight into a graph ...
class IntoGraph {
 public:
  explicit IntoGraph(Graph& graph) : graph_(graph) {}
  std::size_t AddNode(Node&& node) { return graph_.AddNode(std::move(node)); }
  void AddEdgeAt(std::size_t source, std::size_t target, EdgeType type, std::string_view role,
                 std::int64_t count) {
    graph_.AddEdgeAt(source, target, type, role, count);
  }

 private:
  Graph& graph_;
};

// ... or into a PreparedFragment, as the calls to make.  A node's index is
// that of the first call with its id, as a graph's would be unique per id.
class IntoPrepared {
 public:
  explicit IntoPrepared(PreparedFragment& fragment) : fragment_(fragment) {}
  std::size_t AddNode(Node&& node) {
    const std::size_t hash = Graph::IdHash(node.id);
    std::size_t index = fragment_.nodes.size();
    if (fragment_.nodes.size() < kMaxScannedNodes) {
      for (std::size_t i = 0; i < fragment_.nodes.size(); ++i) {
        if (fragment_.id_hashes[i] == hash && fragment_.nodes[i].id == node.id) {
          index = i;
          break;
        }
      }
    } else {
      // A long article: its earlier nodes by id hash, so the search stays
      // linear in the article, not quadratic.
      if (first_by_hash_.empty()) {
        for (std::size_t i = 0; i < fragment_.nodes.size(); ++i) {
          first_by_hash_.emplace(fragment_.id_hashes[i], i);
        }
      }
      const auto [begin, end] = first_by_hash_.equal_range(hash);
      for (auto it = begin; it != end; ++it) {
        if (fragment_.nodes[it->second].id == node.id) {
          index = std::min(index, it->second);
        }
      }
      first_by_hash_.emplace(hash, fragment_.nodes.size());
    }
    fragment_.nodes.push_back(std::move(node));
    fragment_.id_hashes.push_back(hash);
    return index;
  }
  void AddEdgeAt(std::size_t source, std::size_t target, EdgeType type, std::string_view role,
                 std::int64_t count) {
    fragment_.edges.push_back(PreparedFragment::EdgeCall{static_cast<std::uint32_t>(source),
                                                         static_cast<std::uint32_t>(target), type,
                                                         role, count});
  }

 private:
  // Up to this many nodes, earlier ones are searched one by one.
  static constexpr std::size_t kMaxScannedNodes = 64;

  PreparedFragment& fragment_;
  std::unordered_multimap<std::size_t, std::size_t> first_by_hash_;  // id hash -> node index
};

template <typename Into>
class FragmentBuilder {
 public:
  // Adds to `graph` (IntoGraph: an empty one for a fragment, or the graph
  // being built) or to a prepared fragment (IntoPrepared).
  FragmentBuilder(const Document& doc, Into graph)
      : doc_(doc), lex_(Lexicon::Get()), graph_(graph), entity_nodes_(doc.entities.size()) {}

  void Build() {
    AddArticle();
    AddEntities();
    AddMentions();
    IndexNames();
    for (const Attribution& a : doc_.attributions) AddStatement(a);
  }

 private:
  void AddArticle() {
    const Article& art = doc_.article;
    Node n;
    n.id = ArticleId(art.id);
    n.type = NodeType::kSource;
    n.source_kind = SourceKind::kArticle;
    n.label = art.title.empty() ? art.id : art.title;
    n.title = art.title;
    n.publisher = art.publisher;
    n.date = art.date;
    n.url = art.url;
    n.file = art.file;
    article_node_ = graph_.AddNode(std::move(n));
    if (!art.publisher.empty()) {
      const std::size_t outlet = AddSourceNode(art.publisher, SourceKind::kOutlet);
      graph_.AddEdgeAt(article_node_, outlet, EdgeType::kPublishedBy, "", 1);
    }
  }

  // Adds the source node of an outlet or agency; returns its index.
  std::size_t AddSourceNode(const std::string& name, SourceKind kind) {
    Node n;
    n.id = kind == SourceKind::kAgency ? AgencyId(name) : OutletId(name);
    n.type = NodeType::kSource;
    n.source_kind = kind;
    n.label = name;
    n.publisher = name;
    return graph_.AddNode(std::move(n));
  }

  void AddEntities() {
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (lex_.Agency(ent.name)) {
        entity_nodes_[e] = AddSourceNode(ent.name, SourceKind::kAgency);
        continue;
      }
      if (lex_.Outlet(ent.name)) {
        entity_nodes_[e] = AddSourceNode(ent.name, SourceKind::kOutlet);
        continue;
      }
      Node n;
      n.type = ent.type;
      n.id = EntityId(ent.type, ent.name);
      if (ent.group) n.id += "@" + doc_.article.id;
      n.label = ent.name;
      n.aliases = ent.aliases;
      n.titles = ent.titles;
      entity_nodes_[e] = graph_.AddNode(std::move(n));
    }
    for (std::size_t e = 0; e < doc_.entities.size(); ++e) {
      const Entity& ent = doc_.entities[e];
      if (ent.affiliation < 0) continue;
      graph_.AddEdgeAt(entity_nodes_[e], entity_nodes_[static_cast<std::size_t>(ent.affiliation)],
                       EdgeType::kAffiliatedWith, ent.affiliation_role, 1);
    }
  }

  void AddMentions() {
    // Per entity, in entity order (one counter each, no tree of counts).
    std::vector<std::int64_t> counts(doc_.entities.size(), 0);
    for (const Mention& m : doc_.mentions) {
      if (m.entity >= 0) ++counts[static_cast<std::size_t>(m.entity)];
    }
    for (std::size_t entity = 0; entity < counts.size(); ++entity) {
      if (counts[entity] == 0) continue;
      graph_.AddEdgeAt(article_node_, entity_nodes_[entity], EdgeType::kMentions, "",
                       counts[entity]);
    }
  }

  void AddStatement(const Attribution& a) {
    if (a.content.empty()) return;
    Node n;
    n.type = NodeType::kStatement;
    const Span content{doc_.ToCodePoints(a.content.front()).start,
                       doc_.ToCodePoints(a.content.back()).end};
    n.id = StatementId(doc_.article.id, content);
    std::size_t text_bytes = a.content.size() - 1;  // the spaces between parts
    for (const ByteSpan& part : a.content) text_bytes += part.size();
    n.text.reserve(text_bytes);
    for (std::size_t i = 0; i < a.content.size(); ++i) {
      if (i > 0) n.text += ' ';
      n.text += doc_.Slice(a.content[i]);
    }
    n.label = n.text;
    n.cue = doc_.Slice(a.cue);
    n.quote_kind = a.quote_kind;
    n.relation = a.relation;
    n.date_estimate = a.date_estimate;
    n.evidence.article = doc_.article.id;
    n.evidence.content = content;
    if (a.content.size() > 1) {
      n.evidence.content_fragments.reserve(a.content.size());
      for (const ByteSpan& part : a.content) {
        n.evidence.content_fragments.push_back(doc_.ToCodePoints(part));
      }
    }
    n.evidence.cue = doc_.ToCodePoints(a.cue);
    std::size_t speaker = Graph::kNone;
    if (a.source_mention >= 0) {
      const Mention& m = doc_.mentions[static_cast<std::size_t>(a.source_mention)];
      n.speaker_text = doc_.Slice(m.span);
      n.evidence.source = doc_.ToCodePoints(m.span);
      if (m.entity >= 0) speaker = entity_nodes_[static_cast<std::size_t>(m.entity)];
    }
    // Node indices are unique per id: comparing them compares the ids.
    const std::size_t statement = graph_.AddNode(std::move(n));
    if (speaker != Graph::kNone) {
      const EdgeType type = a.relation == "denied" ? EdgeType::kDenied : EdgeType::kSaid;
      graph_.AddEdgeAt(speaker, statement, type, "", 1);
    }
    graph_.AddEdgeAt(statement, article_node_, EdgeType::kReportedBy, "article", 1);
    for (const Relay& r : a.relays) {
      const std::size_t relay = AddSourceNode(r.name, r.kind);
      graph_.AddEdgeAt(statement, relay, EdgeType::kReportedBy, r.role, 1);
    }
    FindNamesInside(a.content);
    for (const std::size_t k : names_inside_) {
      const Mention& m = doc_.mentions[k];
      const std::size_t target = entity_nodes_[static_cast<std::size_t>(m.entity)];
      if (target != speaker) graph_.AddEdgeAt(statement, target, EdgeType::kAbout, "", 1);
    }
  }

  // Sets names_inside_ to the indices (ascending) of the resolved name
  // mentions lying inside one of `parts`.  A binary search over the names
  // sorted by start keeps this proportional to the names inside, not to
  // every mention of the article.
  void FindNamesInside(const std::vector<ByteSpan>& parts) {
    std::vector<std::size_t>& inside = names_inside_;
    inside.clear();
    for (const ByteSpan& p : parts) {
      auto it = std::lower_bound(
          names_by_start_.begin(), names_by_start_.end(), p.begin,
          [&](std::size_t k, std::uint32_t begin) { return doc_.mentions[k].span.begin < begin; });
      for (; it != names_by_start_.end() && doc_.mentions[*it].span.begin <= p.end; ++it) {
        if (doc_.mentions[*it].span.end <= p.end) inside.push_back(*it);
      }
    }
    std::sort(inside.begin(), inside.end());
    inside.erase(std::unique(inside.begin(), inside.end()), inside.end());
  }

  void IndexNames() {
    for (std::size_t k = 0; k < doc_.mentions.size(); ++k) {
      const Mention& m = doc_.mentions[k];
      if (m.entity >= 0 && m.kind == MentionKind::kName) names_by_start_.push_back(k);
    }
    std::stable_sort(names_by_start_.begin(), names_by_start_.end(),
                     [&](std::size_t x, std::size_t y) {
                       return doc_.mentions[x].span.begin < doc_.mentions[y].span.begin;
                     });
  }

  const Document& doc_;
  const Lexicon& lex_;
  Into graph_;
  std::size_t article_node_ = Graph::kNone;  // the article's node index
  std::vector<std::size_t> entity_nodes_;     // each entity's node index
  std::vector<std::size_t> names_by_start_;   // resolved names, by span start
  std::vector<std::size_t> names_inside_;     // FindNamesInside's result
};

}  // namespace

void AddFragment(const Document& doc, Graph& graph) {
  FragmentBuilder<IntoGraph>(doc, IntoGraph(graph)).Build();
}

void PrepareFragment(const Document& doc, PreparedFragment& fragment) {
  fragment.nodes.clear();
  fragment.id_hashes.clear();
  fragment.edges.clear();
  fragment.nodes.reserve(doc.entities.size() + doc.attributions.size() + 2);
  FragmentBuilder<IntoPrepared>(doc, IntoPrepared(fragment)).Build();
}

void AddPreparedFragment(PreparedFragment& fragment, Graph& graph) {
  std::vector<std::size_t>& index = fragment.graph_index;
  graph.AddNodes(fragment.nodes, fragment.id_hashes, index);
  for (const PreparedFragment::EdgeCall& e : fragment.edges) {
    graph.AddEdgeAt(index[e.source], index[e.target], e.type, e.role, e.count);
  }
}

Graph BuildFragment(const Document& doc) {
  Graph fragment;
  AddFragment(doc, fragment);
  return fragment;
}

}  // namespace quotegraph
