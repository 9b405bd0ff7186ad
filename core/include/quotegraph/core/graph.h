// The graph layer: nodes and edges keyed by id, on a Boost.Graph topology.
//
// Records live in two vectors; a boost::adjacency_list mirrors the topology
// (vertex i is nodes()[i]; each BGL edge carries the index of its record) so
// Boost's algorithms (BFS for `path`, etc.) run on it directly.
//
// Adding a node whose id exists merges the records (model.h, MergeInto);
// adding an edge whose (source, target, type, role) exists adds its count.
// Nothing is ever removed in place: Relabeled() builds a new graph instead,
// which keeps every index stable while a graph is being read.
//
// Iteration for output goes through SortedNodes() / SortedEdges(): ordered by
// id, never by insertion, so output is identical whatever order (or thread)
// the articles were read in.

#ifndef QUOTEGRAPH_CORE_GRAPH_H_
#define QUOTEGRAPH_CORE_GRAPH_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>

#include "quotegraph/core/model.h"

namespace quotegraph {

class Graph {
 public:
  struct EdgeRef {
    std::size_t index = 0;  // into edges()
  };
  using Topology = boost::adjacency_list<boost::vecS, boost::vecS,
                                         boost::bidirectionalS,
                                         boost::no_property, EdgeRef>;
  using Vertex = Topology::vertex_descriptor;

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  Graph() = default;

  // Adds the node, or merges it into the node with the same id.  Returns its
  // index in nodes().
  std::size_t AddNode(Node node);

  // Adds the edge, or merges it into the existing one with the same key.
  // Both endpoints must already exist; returns false (and adds nothing) if
  // either does not.
  bool AddEdge(Edge edge);

  // Adds every node and edge of `other`.
  void Merge(const Graph& other);

  // A copy in which every node id found in `renames` is replaced by its
  // value (nodes merging where two ids meet), edges following their ends.
  // Self-loops created by the renaming are dropped.
  Graph Relabeled(const std::unordered_map<std::string, std::string>& renames) const&;
  // The same, moving the records out of this graph instead of copying them
  // (the graph is left empty): a relabelling then holds one set of strings.
  Graph Relabeled(const std::unordered_map<std::string, std::string>& renames) &&;

  // The nodes for which keep_node(node) holds and the edges for which
  // keep_edge(edge) holds, in insertion order, moved out of this graph
  // (left empty) rather than copied.
  template <typename KeepNode, typename KeepEdge>
  Graph Filtered(KeepNode keep_node, KeepEdge keep_edge) && {
    Graph out;
    out.Reserve(nodes_.size(), edges_.size());
    for (Node& n : nodes_) {
      if (keep_node(n)) out.AddNode(std::move(n));
    }
    for (Edge& e : edges_) {
      if (keep_edge(e)) out.AddEdge(std::move(e));
    }
    *this = Graph();
    return out;
  }

  // Index of the node with this id, or kNone.
  std::size_t Find(std::string_view id) const;
  const Node* FindNode(std::string_view id) const;

  const std::vector<Node>& nodes() const { return nodes_; }
  const std::vector<Edge>& edges() const { return edges_; }
  const Node& node(std::size_t i) const { return nodes_[i]; }
  const Edge& edge(std::size_t i) const { return edges_[i]; }
  std::size_t num_nodes() const { return nodes_.size(); }
  std::size_t num_edges() const { return edges_.size(); }

  // Indices of the edges leaving / entering node i, in insertion order.
  std::vector<std::size_t> OutEdges(std::size_t node_index) const;
  std::vector<std::size_t> InEdges(std::size_t node_index) const;

  // Node indices ordered by id; edge indices ordered by (source, target,
  // type, role).  The canonical order of every writer.
  std::vector<std::size_t> SortedNodes() const;
  std::vector<std::size_t> SortedEdges() const;

  const Topology& topology() const { return topology_.get(); }

  // Reserves room for about n nodes and m edges.
  void Reserve(std::size_t n, std::size_t m);

 private:
  // An open-addressing hash index from a key to a record index.  It stores
  // only indices and hashes, never copies of the keys: a lookup compares
  // candidates against the records themselves, so finding an id (a
  // string_view) allocates nothing.
  class RecordIndex {
   public:
    // Index of the record with hash `hash` for which `same(index)` holds,
    // or kNone.
    template <typename Same>
    std::size_t Find(std::size_t hash, Same same) const;
    // Adds record `index` (not present yet) under `hash`.
    void Insert(std::size_t hash, std::size_t index);
    void Reserve(std::size_t n);

   private:
    void Grow(std::size_t capacity);
    std::vector<std::uint32_t> slots_;  // record index + 1; 0 = empty
    std::vector<std::size_t> hashes_;   // hash of each slot's record
    std::size_t size_ = 0;
  };

  // Relabeled, taking each record through node_copy(i) / edge_copy(i).
  template <typename NodeCopy, typename EdgeCopy>
  Graph RelabeledWith(const std::unordered_map<std::string, std::string>& renames,
                      NodeCopy node_copy, EdgeCopy edge_copy) const;

  static std::size_t EdgeHash(std::size_t source, std::size_t target, EdgeType type,
                              std::string_view role);

  std::vector<Node> nodes_;
  std::vector<Edge> edges_;
  // Node indices of each edge's (source, target), parallel to edges_.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ends_;
  RecordIndex node_index_;
  RecordIndex edge_index_;
  // boost::adjacency_list has no move constructor (moving one copies it,
  // every edge list included), so the topology is held through a pointer
  // that moves; copying a Graph still copies it.
  class TopologyHolder {
   public:
    TopologyHolder() = default;
    TopologyHolder(const TopologyHolder& o) : p_(std::make_unique<Topology>(o.get())) {}
    TopologyHolder(TopologyHolder&& o) noexcept : p_(std::move(o.p_)) {}
    TopologyHolder& operator=(const TopologyHolder& o) {
      if (this != &o) p_ = std::make_unique<Topology>(o.get());
      return *this;
    }
    TopologyHolder& operator=(TopologyHolder&& o) noexcept {
      p_.swap(o.p_);
      return *this;
    }
    // A moved-from holder reads as an empty topology and makes a new one
    // when written to.
    const Topology& get() const { return p_ ? *p_ : Empty(); }
    Topology& mut() {
      if (!p_) p_ = std::make_unique<Topology>();
      return *p_;
    }

   private:
    static const Topology& Empty();
    std::unique_ptr<Topology> p_;
  };
  TopologyHolder topology_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_GRAPH_H_
