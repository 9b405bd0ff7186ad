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

// A new string holding `text`, for a field of a node just made (empty):
// constructing one and moving it in is inlined, where assigning goes
// through the library's out-of-line std::string::_M_assign / _M_replace.
std::string Copy(std::string_view text) { return std::string(text.data(), text.size()); }

// Where a fragment's records go: straight into a graph ...
class IntoGraph {
 public:
  explicit IntoGraph(Graph& graph) : graph_(graph) {}
  // Adds `node`: moved in if its id is new (`taken` is then set), else
  // merged into the node with its id and left as it was.
  std::size_t AddNode(Node& node, bool& taken) {
    const std::size_t before = graph_.num_nodes();
    const std::size_t index = graph_.AddNode(std::move(node));
    taken = graph_.num_nodes() != before;
    return index;
  }
  // Adds the node fill makes of a default node with this id, built in the
  // graph when the id is new (Graph::AddNodeWith).
  template <typename Fill>
  std::size_t AddNodeWith(std::string&& id, Fill fill) {
    return graph_.AddNodeWith(std::move(id), fill);
  }
  // Merges into the node with this id (merge), else adds the node fill
  // makes of a default node with it (Graph::AddOrMergeWith).
  template <typename Fill, typename Merge>
  std::size_t AddOrMergeWith(std::string_view id, Fill fill, Merge merge) {
    return graph_.AddOrMergeWith(id, fill, merge);
  }
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
  // Adds `node`, always moved in (`taken` is set).
  std::size_t AddNode(Node& node, bool& taken) {
    taken = true;
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
  // Adds the node fill makes of a default node with this id.
  template <typename Fill>
  std::size_t AddNodeWith(std::string&& id, Fill fill) {
    Node node;
    node.id = std::move(id);
    fill(node);
    bool taken = false;
    return AddNode(node, taken);
  }
  // The same (merging is left to the graph the fragment is added to).
  template <typename Fill, typename Merge>
  std::size_t AddOrMergeWith(std::string_view id, Fill fill, Merge) {
    return AddNodeWith(std::string(id), fill);
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

// What a fragment builder keeps from one document to the next on its
// thread, so that building a fragment allocates little: its working lists,
// the node record of sources and an entity's id.  The record is filled in
// place for each node; when it is merged into a node already there (most
// sources recur from article to article) its strings keep their buffers
// for the next one, and when it is moved in it is reset.
struct FragmentScratch {
  std::vector<std::size_t> entity_nodes;   // each entity's node index
  std::vector<std::size_t> names_by_start;  // resolved names, by span start
  std::vector<std::size_t> names_inside;    // FindNamesInside's result
  std::vector<std::int64_t> mention_counts;  // AddMentions's, by entity
  Node source;  // the record AddSourceNode fills
  std::string entity_id;  // AddEntities's, for each entity's id
};

template <typename Into>
class FragmentBuilder {
 public:
  // Adds to `graph` (IntoGraph: an empty one for a fragment, or the graph
  // being built) or to a prepared fragment (IntoPrepared).
  FragmentBuilder(const Document& doc, Into graph)
      : doc_(doc),
        lex_(Lexicon::Get()),
        graph_(graph),
        scratch_(Scratch()),
        entity_nodes_(scratch_.entity_nodes),
        names_by_start_(scratch_.names_by_start),
        names_inside_(scratch_.names_inside) {
    entity_nodes_.assign(doc.entities.size(), Graph::kNone);
    names_by_start_.clear();
    names_inside_.clear();
  }

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
    n.label = Copy(art.title.empty() ? art.id : art.title);
    n.title = Copy(art.title);
    n.publisher = Copy(art.publisher);
    n.date = Copy(art.date);
    n.url = Copy(art.url);
    n.file = Copy(art.file);
    article_node_ = AddNew(std::move(n));
    if (!art.publisher.empty()) {
      const std::size_t outlet = AddSourceNode(art.publisher, SourceKind::kOutlet);
      graph_.AddEdgeAt(article_node_, outlet, EdgeType::kPublishedBy, "", 1);
    }
  }

  // Adds the source node of an outlet or agency; returns its index.
  std::size_t AddSourceNode(const std::string& name, SourceKind kind) {
    Node& n = scratch_.source;
    if (kind == SourceKind::kAgency) {
      AssignAgencyId(name, n.id);
    } else {
      AssignOutletId(name, n.id);
    }
    n.type = NodeType::kSource;
    n.source_kind = kind;
    n.label.assign(name);
    n.publisher.assign(name);
    return AddReused(n);
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
      std::string& id = scratch_.entity_id;
      AssignEntityId(ent.type, ent.name, id);
      if (ent.group) {
        id += '@';
        id += doc_.article.id;
      }
      // A new entity's node is filled in place; a known one (most recur
      // from article to article) takes what MergeInto of that node would
      // give it: the other fields of the node are empty, zero or at their
      // defaults, which change nothing in a merge but for quote_kind,
      // merged by max with its default.
      entity_nodes_[e] = graph_.AddOrMergeWith(
          id,
          [&](Node& n) {
            n.type = ent.type;
            n.label = ent.name;
            n.aliases = ent.aliases;
            n.titles = ent.titles;
          },
          [&](Node& into) {
            MergeString(into.label, ent.name);
            MergeList(into.aliases, ent.aliases);
            MergeList(into.titles, ent.titles);
            into.quote_kind = std::max(into.quote_kind, QuoteKind::kIndirect);  // Node's default
          });
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
    std::vector<std::int64_t>& counts = scratch_.mention_counts;
    counts.assign(doc_.entities.size(), 0);
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
    const Span content{doc_.ToCodePoints(a.content.front()).start,
                       doc_.ToCodePoints(a.content.back()).end};
    const Mention* source = nullptr;
    std::size_t speaker = Graph::kNone;
    if (a.source_mention >= 0) {
      source = &doc_.mentions[static_cast<std::size_t>(a.source_mention)];
      if (source->entity >= 0) speaker = entity_nodes_[static_cast<std::size_t>(source->entity)];
    }
    // Node indices are unique per id: comparing them compares the ids.
    const std::size_t statement =
        graph_.AddNodeWith(StatementId(doc_.article.id, content), [&](Node& n) {
          n.type = NodeType::kStatement;
          std::size_t text_bytes = a.content.size() - 1;  // the spaces between parts
          for (const ByteSpan& part : a.content) text_bytes += part.size();
          n.text.reserve(text_bytes);
          for (std::size_t i = 0; i < a.content.size(); ++i) {
            if (i > 0) n.text += ' ';
            n.text += doc_.Slice(a.content[i]);
          }
          n.label = Copy(n.text);
          n.cue = Copy(doc_.Slice(a.cue));
          n.quote_kind = a.quote_kind;
          n.relation = Copy(a.relation);
          n.date_estimate = Copy(a.date_estimate);
          n.evidence.article = Copy(doc_.article.id);
          n.evidence.content = content;
          if (a.content.size() > 1) {
            n.evidence.content_fragments.reserve(a.content.size());
            for (const ByteSpan& part : a.content) {
              n.evidence.content_fragments.push_back(doc_.ToCodePoints(part));
            }
          }
          n.evidence.cue = doc_.ToCodePoints(a.cue);
          if (source != nullptr) {
            n.speaker_text = Copy(doc_.Slice(source->span));
            n.evidence.source = doc_.ToCodePoints(source->span);
          }
        });
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
    // By start, then by index (the order they were pushed in): the order
    // std::stable_sort gives, without its buffer.
    std::sort(names_by_start_.begin(), names_by_start_.end(), [&](std::size_t x, std::size_t y) {
      const std::uint32_t bx = doc_.mentions[x].span.begin;
      const std::uint32_t by = doc_.mentions[y].span.begin;
      return bx != by ? bx < by : x < y;
    });
  }

  // This thread's FragmentScratch (one builder at a time per thread).
  static FragmentScratch& Scratch() {
    thread_local FragmentScratch scratch;
    return scratch;
  }

  // Adds a node from one of scratch_'s reused records (see FragmentScratch).
  std::size_t AddReused(Node& record) {
    bool taken = false;
    const std::size_t index = graph_.AddNode(record, taken);
    if (taken) record = Node();
    return index;
  }

  // Adds a node built for this call alone.
  std::size_t AddNew(Node&& node) {
    bool taken = false;
    return graph_.AddNode(node, taken);
  }

  const Document& doc_;
  const Lexicon& lex_;
  Into graph_;
  FragmentScratch& scratch_;
  std::size_t article_node_ = Graph::kNone;  // the article's node index
  std::vector<std::size_t>& entity_nodes_;    // scratch_'s lists, named
  std::vector<std::size_t>& names_by_start_;
  std::vector<std::size_t>& names_inside_;
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
