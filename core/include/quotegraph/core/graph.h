// The graph layer: nodes and edges keyed by id, on a Boost.Graph topology.
//
// Nodes live in fixed blocks (NodeList: no node ever moves, little spare
// capacity, and no moment where a growing array is held twice); a
// boost::adjacency_list mirrors the topology (vertex i is nodes()[i]; each
// BGL edge carries the index of its record) so Boost's algorithms (BFS for
// `path`, etc.) run on it directly.  The mirror
// is laid out when first read after records were added, not as they are
// added: building, merging and relabelling never pay for it.  An edge is
// kept as its two node indices, its type, count and the index of its role
// in a table of distinct roles: no string of its own.  edge(i) and edges()
// hand out Edge views (model.h) of the node ids and the role.
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
#include <atomic>
#include <cstdint>
#include <deque>
#include <iterator>
#include <memory>
#include <mutex>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/iterator/iterator_facade.hpp>

#include "quotegraph/core/model.h"

namespace quotegraph {

class Graph {
 public:
  struct EdgeRef {
    std::size_t index = 0;  // into edges()
  };
  // Edges are held in a vector (not Boost's default list): one allocation
  // for all of them rather than one each.
  using Topology = boost::adjacency_list<boost::vecS, boost::vecS,
                                         boost::bidirectionalS,
                                         boost::no_property, EdgeRef,
                                         boost::no_property, boost::vecS>;
  using Vertex = Topology::vertex_descriptor;

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  Graph() = default;

  // Adds the node, or merges it into the node with the same id.  Returns its
  // index in nodes().
  std::size_t AddNode(const Node& node);
  std::size_t AddNode(Node&& node);

  // AddNode of the node that fill(node) makes of a default node with this
  // id, built where it is stored when the id is new (no node is built
  // elsewhere, then moved in).  fill must leave the id as it is.
  template <typename Fill>
  std::size_t AddNodeWith(std::string&& id, Fill fill) {
    const std::size_t hash = IdHash(id);
    const std::size_t found = FindHashed(id, hash);
    if (found != kNone) {
      Node node;
      node.id = std::move(id);
      fill(node);
      MergeInto(nodes_[found], node);
      return found;
    }
    const std::size_t index = nodes_.size();
    fill(AppendNode(std::move(id), hash));
    return index;
  }

  // The same, for a caller that merges into a known node itself:
  // merge(node) is called on the node with this id if there is one (it
  // must do what MergeInto of the node fill would make does), else
  // fill(node) on a new default node with a copy of the id.
  template <typename Fill, typename Merge>
  std::size_t AddOrMergeWith(std::string_view id, Fill fill, Merge merge) {
    const std::size_t hash = IdHash(id);
    const std::size_t found = FindHashed(id, hash);
    if (found != kNone) {
      merge(nodes_[found]);
      return found;
    }
    const std::size_t index = nodes_.size();
    fill(AppendNode(std::string(id), hash));
    return index;
  }

  // The hash a node's id is indexed under (AddNodes).
  static std::size_t IdHash(std::string_view id);
  // AddNode(std::move(nodes[i])) for each i in order, with id_hashes[i] =
  // IdHash(nodes[i].id) worked out by the caller (on another thread, say);
  // sets indices[i] to the index it returns.  The hash slot of a node a few
  // ahead is fetched while one is added.  The nodes are left moved from.
  void AddNodes(std::vector<Node>& nodes, const std::vector<std::size_t>& id_hashes,
                std::vector<std::size_t>& indices);

  // Adds the edge, or merges it into the existing one with the same key.
  // Both endpoints must already exist; returns false (and adds nothing) if
  // either does not.
  bool AddEdge(const Edge& edge);
  // The same with the ends given as node indices (as AddNode returns them;
  // both must exist): no id is looked up.
  void AddEdgeAt(std::size_t source, std::size_t target, EdgeType type, std::string_view role,
                 std::int64_t count);

  // Adds every node and edge of `other`.
  void Merge(const Graph& other);
  // The same, moving the records of nodes new to this graph instead of
  // copying them; `other` is left with its topology and edges but emptied
  // node records, fit only to be destroyed or assigned to.
  void Merge(Graph&& other);

  // A copy in which every node id found in `renames` is replaced by its
  // value (nodes merging where two ids meet), edges following their ends.
  // Self-loops created by the renaming are dropped.
  Graph Relabeled(const std::unordered_map<std::string, std::string>& renames) const&;
  // The same, moving the records out of this graph instead of copying them
  // (the graph is left empty): a relabelling then holds one set of strings.
  Graph Relabeled(const std::unordered_map<std::string, std::string>& renames) &&;

  // The nodes for which keep_node(node) holds and the edges for which
  // keep_edge(edge) holds (and whose ends are kept), in insertion order,
  // moved out of this graph (left empty) rather than copied.
  template <typename KeepNode, typename KeepEdge>
  Graph Filtered(KeepNode keep_node, KeepEdge keep_edge) && {
    Graph out;
    out.Reserve(nodes_.size(), edge_records_.size());
    // Edges are judged first: their views read the node ids moved below.
    std::vector<bool> edge_kept(edge_records_.size());
    for (std::size_t i = 0; i < edge_records_.size(); ++i) edge_kept[i] = keep_edge(edge(i));
    std::vector<std::size_t> new_index(nodes_.size(), kNone);
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      if (keep_node(nodes_[i])) new_index[i] = out.AddNode(std::move(nodes_[i]));
    }
    for (std::size_t i = 0; i < edge_records_.size(); ++i) {
      const std::size_t s = new_index[edge_ends_[i].first];
      const std::size_t t = new_index[edge_ends_[i].second];
      if (!edge_kept[i] || s == kNone || t == kNone) continue;
      const EdgeRecord& r = edge_records_[i];
      out.AddEdgeAt(s, t, r.type, roles_[r.role], r.count);
    }
    *this = Graph();
    return out;
  }

  // Index of the node with this id, or kNone.
  std::size_t Find(std::string_view id) const;
  const Node* FindNode(std::string_view id) const;

  // Edge i's ends as node indices.
  std::size_t source_index(std::size_t i) const { return edge_ends_[i].first; }
  std::size_t target_index(std::size_t i) const { return edge_ends_[i].second; }
  // Edge i's type (edge(i).type without the views).
  EdgeType edge_type(std::size_t i) const { return edge_records_[i].type; }

  // A random-access range over the edges, in insertion order, whose
  // elements are Edge views made on the fly (`for (const Edge& e :
  // g.edges())` binds each to a temporary).
  class EdgeIterator {
   public:
    using iterator_category = std::random_access_iterator_tag;
    using value_type = Edge;
    using difference_type = std::ptrdiff_t;
    using reference = Edge;
    using pointer = void;

    EdgeIterator() = default;
    EdgeIterator(const Graph* graph, std::size_t i) : graph_(graph), i_(i) {}
    Edge operator*() const { return graph_->edge(i_); }
    Edge operator[](difference_type n) const { return graph_->edge(i_ + n); }
    EdgeIterator& operator++() { ++i_; return *this; }
    EdgeIterator operator++(int) { EdgeIterator old = *this; ++i_; return old; }
    EdgeIterator& operator--() { --i_; return *this; }
    EdgeIterator operator--(int) { EdgeIterator old = *this; --i_; return old; }
    EdgeIterator& operator+=(difference_type n) { i_ += n; return *this; }
    EdgeIterator& operator-=(difference_type n) { i_ -= n; return *this; }
    friend EdgeIterator operator+(EdgeIterator it, difference_type n) { return it += n; }
    friend EdgeIterator operator+(difference_type n, EdgeIterator it) { return it += n; }
    friend EdgeIterator operator-(EdgeIterator it, difference_type n) { return it -= n; }
    friend difference_type operator-(const EdgeIterator& a, const EdgeIterator& b) {
      return static_cast<difference_type>(a.i_) - static_cast<difference_type>(b.i_);
    }
    friend bool operator==(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ == b.i_; }
    friend bool operator!=(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ != b.i_; }
    friend bool operator<(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ < b.i_; }
    friend bool operator>(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ > b.i_; }
    friend bool operator<=(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ <= b.i_; }
    friend bool operator>=(const EdgeIterator& a, const EdgeIterator& b) { return a.i_ >= b.i_; }

   private:
    const Graph* graph_ = nullptr;
    std::size_t i_ = 0;
  };
  class EdgeRange {
   public:
    explicit EdgeRange(const Graph* graph) : graph_(graph) {}
    EdgeIterator begin() const { return EdgeIterator(graph_, 0); }
    EdgeIterator end() const { return EdgeIterator(graph_, graph_->num_edges()); }
    std::reverse_iterator<EdgeIterator> rbegin() const {
      return std::reverse_iterator<EdgeIterator>(end());
    }
    std::reverse_iterator<EdgeIterator> rend() const {
      return std::reverse_iterator<EdgeIterator>(begin());
    }
    std::size_t size() const { return graph_->num_edges(); }
    bool empty() const { return size() == 0; }
    Edge operator[](std::size_t i) const { return graph_->edge(i); }

   private:
    const Graph* graph_;
  };

  // The nodes in insertion order, in blocks of kBlock: a node is too large
  // for std::deque to put more than one in an allocation.  Adding one moves
  // no other (references stay valid).
  class NodeList {
   public:
    static constexpr std::size_t kBlock = 64;

    // A random-access iterator over the nodes.
    class Iterator : public boost::iterator_facade<Iterator, const Node,
                                                   boost::random_access_traversal_tag> {
     public:
      Iterator() = default;
      Iterator(const NodeList* list, std::size_t i) : list_(list), i_(i) {}

     private:
      friend class boost::iterator_core_access;
      const Node& dereference() const { return (*list_)[i_]; }
      bool equal(const Iterator& other) const { return i_ == other.i_; }
      void increment() { ++i_; }
      void decrement() { --i_; }
      void advance(std::ptrdiff_t n) { i_ += n; }
      std::ptrdiff_t distance_to(const Iterator& other) const {
        return static_cast<std::ptrdiff_t>(other.i_) - static_cast<std::ptrdiff_t>(i_);
      }

      const NodeList* list_ = nullptr;
      std::size_t i_ = 0;
    };

    NodeList() = default;
    NodeList(const NodeList& other) { *this = other; }
    NodeList(NodeList&& other) noexcept { *this = std::move(other); }
    NodeList& operator=(const NodeList& other);
    NodeList& operator=(NodeList&& other) noexcept;
    ~NodeList() { clear(); }

    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    const Node& operator[](std::size_t i) const { return blocks_[i / kBlock][i % kBlock]; }
    Node& operator[](std::size_t i) { return blocks_[i / kBlock][i % kBlock]; }
    const Node& front() const { return (*this)[0]; }
    const Node& back() const { return (*this)[size_ - 1]; }
    Iterator begin() const { return Iterator(this, 0); }
    Iterator end() const { return Iterator(this, size_); }
    std::reverse_iterator<Iterator> rbegin() const {
      return std::reverse_iterator<Iterator>(end());
    }
    std::reverse_iterator<Iterator> rend() const {
      return std::reverse_iterator<Iterator>(begin());
    }

    // Adds a copy of `node` / moves `node` in / adds a default node, at
    // the end.
    void push_back(const Node& node);
    void push_back(Node&& node);
    Node& emplace_back();
    void clear();

   private:
    // Where the next node is constructed (a new block's raw storage is
    // allocated when the last one is full).
    Node* NextSlot();
    // Frees a block's storage (its nodes are destroyed by clear()).
    struct FreeBlock {
      void operator()(Node* block) const;
    };
    std::vector<std::unique_ptr<Node[], FreeBlock>> blocks_;
    std::size_t size_ = 0;
  };

  const NodeList& nodes() const { return nodes_; }
  EdgeRange edges() const { return EdgeRange(this); }
  const Node& node(std::size_t i) const { return nodes_[i]; }
  Edge edge(std::size_t i) const {
    const EdgeRecord& r = edge_records_[i];
    return Edge{nodes_[edge_ends_[i].first].id, nodes_[edge_ends_[i].second].id, r.type,
                roles_[r.role], r.count};
  }
  std::size_t num_nodes() const { return nodes_.size(); }
  std::size_t num_edges() const { return edge_records_.size(); }

  // Indices of the edges leaving / entering node i, in insertion order.
  std::vector<std::size_t> OutEdges(std::size_t node_index) const;
  std::vector<std::size_t> InEdges(std::size_t node_index) const;

  // Node indices ordered by id; edge indices ordered by (source, target,
  // type, role).  The canonical order of every writer.  The node order is
  // kept until nodes are added (safe to ask from several threads at once as
  // long as none of them adds to the graph).
  std::vector<std::size_t> SortedNodes() const;
  std::vector<std::size_t> SortedEdges() const;

  // The Boost.Graph mirror, brought up to date here if records were added
  // since it was last read.  Safe to call from several threads at once as
  // long as none of them adds to the graph.
  const Topology& topology() const;

  // Reserves room for about n nodes and m edges.
  void Reserve(std::size_t n, std::size_t m);
  // Adds an edge of `type` and `role` for each (source, target) pair of
  // node indices (both must exist), in order: the same as AddEdge of each,
  // without looking the ends' ids up, and with the edge index's slots
  // fetched a few edges ahead (each is a cache miss in a large graph).
  void AddEdgesAt(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ends,
                  EdgeType type, std::string_view role);

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
    // Starts fetching the slot a lookup of `hash` begins at into the cache.
    void Prefetch(std::size_t hash) const;

   private:
    void Grow(std::size_t capacity);
    struct Slot {
      std::uint32_t index = 0;  // record index + 1; 0 = empty
      std::uint32_t hash = 0;   // the low 32 bits of the record's hash
    };
    // The capacity stays below 2^32, so a slot's position (hash & mask)
    // is known from the 32 bits kept.
    std::vector<Slot> slots_;
    std::size_t size_ = 0;
  };

  // An edge without its ends (edge_ends_) and with its role as an index
  // into roles_.
  struct EdgeRecord {
    std::int64_t count = 1;
    std::uint32_t role = 0;
    EdgeType type = EdgeType::kMentions;
  };

  // Relabeled, taking each node through node_copy(i).
  template <typename NodeCopy>
  Graph RelabeledWith(const std::unordered_map<std::string, std::string>& renames,
                      NodeCopy node_copy) const;

  // Merge, taking each node of `other` as node_of(i) (a copy or a move).
  template <typename NodeOf>
  void MergeWith(const Graph& other, NodeOf node_of);

  // Find with the id's hash worked out.
  std::size_t FindHashed(std::string_view id, std::size_t hash) const;
  // Appends a default node with this id (new to the graph; `hash` its
  // IdHash) and returns it.
  Node& AppendNode(std::string&& id, std::size_t hash);

  // AddNode with the id's hash worked out, copying or moving `node`.
  template <typename NodeRef>
  std::size_t AddNodeHashed(NodeRef&& node, std::size_t hash);

  // AddEdgeAt with the role's index and the edge's hash (EdgeHash) worked
  // out.
  void AddEdgeHashed(std::size_t s, std::size_t t, EdgeType type, std::uint32_t role_index,
                     std::size_t hash, std::int64_t count);
  // The index of `role` in roles_, added if new.
  std::uint32_t RoleIndex(std::string_view role);

  static std::size_t EdgeHash(std::size_t source, std::size_t target, EdgeType type,
                              std::uint32_t role);

  NodeList nodes_;
  std::vector<EdgeRecord> edge_records_;
  // Node indices of each edge's (source, target), parallel to edge_records_.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> edge_ends_;
  // The distinct edge roles, "" first; a deque, so the views edge() hands
  // out stay valid while roles are added.
  std::deque<std::string> roles_{std::string()};
  // The index RoleIndex last returned: a fragment's edges mostly repeat
  // one role ("article"), which is then found without hashing it.
  std::uint32_t last_role_ = 0;
  RecordIndex node_index_;
  RecordIndex edge_index_;
  RecordIndex role_index_;
  // Adds the nodes and edges the topology does not mirror yet (topology()).
  void UpdateTopology() const;

  // What is worked out from the records when first asked for: the topology
  // (and how many nodes and edges it mirrors) and the nodes' id order (for
  // as many nodes as it holds: ids never change and nodes are only ever
  // appended).  The topology is held through a pointer because
  // boost::adjacency_list has no move constructor (moving one copies every
  // edge list).  Moving a Graph moves all of it along with the records;
  // copying one leaves the copy's to be worked out afresh.
  struct Derived {
    Derived() = default;
    Derived(const Derived&) {}
    Derived(Derived&& o) noexcept { Take(o); }
    Derived& operator=(const Derived& o) {
      if (this != &o) Take(Derived());
      return *this;
    }
    Derived& operator=(Derived&& o) noexcept {
      if (this != &o) Take(o);
      return *this;
    }
    // Takes what o holds, leaving o empty.
    void Take(Derived&& o) { Take(o); }
    void Take(Derived& o) {
      topology = std::move(o.topology);
      nodes.store(o.nodes.exchange(0));
      edges.store(o.edges.exchange(0));
      node_order = std::move(o.node_order);
      o.node_order.clear();
    }

    std::unique_ptr<Topology> topology;  // null until first laid out
    std::atomic<std::size_t> nodes{0};   // nodes_[0, nodes) are vertices
    std::atomic<std::size_t> edges{0};   // edge records [0, edges) are edges
    std::mutex mutex;                    // held while the topology grows
    std::vector<std::uint32_t> node_order;  // SortedNodes() of its first nodes
    std::mutex order_mutex;                 // held while node_order is used
  };
  mutable Derived derived_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_GRAPH_H_
