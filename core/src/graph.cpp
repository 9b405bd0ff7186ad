#include "quotegraph/core/graph.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <new>
#include <tuple>
#include <utility>

#include "quotegraph/core/text_hash.h"
#include "sorted_ranks.h"

namespace quotegraph {

namespace {

// The hash a record index keeps for an id (or a role): eight bytes at a
// time, then the last 0-7 as one word, the high bits folded into the low
// ones a slot is picked by.  Inline, and about half the work of
// std::hash's byte-wise tail; no order or output depends on it.
inline std::size_t HashId(std::string_view id) {
  const std::uint64_t h = TextHash(id);
  return static_cast<std::size_t>(h * 0xBF58476D1CE4E5B9ULL >> 16 ^ h);
}

// One record in SortById: its index, where its id's bytes are, and a
// window of them.
struct IdSortEntry {
  std::uint64_t chunk = 0;     // bytes [depth, depth + 8) of the id, big-endian, zero-padded
  const char* data = nullptr;  // the id's bytes (held here: reading them
  std::uint32_t size = 0;      // again costs one cache miss, not two)
  std::uint32_t rest = 0;      // bytes of the id from depth on, capped at 9
  std::uint32_t index = 0;
};

// Sorts [first, last) by id (byte-wise, as std::string's operator<), given
// that the ids agree on their first `depth` bytes: by the next eight bytes
// as one integer, then by how many bytes are left (a shorter id that agrees
// with a longer one is its prefix), and entries agreeing on all eight with
// more to come are sorted again eight bytes further on.  Ids that share
// long prefixes ("statement:<article>@...") cost one integer compare per
// eight bytes instead of a memcmp from the start on every comparison, and
// eight bytes that every id of a run shares cost no sort at all.
void SortById(IdSortEntry* first, IdSortEntry* last, std::size_t depth) {
  for (;;) {
    if (last - first < 2) return;
    bool all_same = true;
    for (IdSortEntry* e = first; e != last; ++e) {
      const std::size_t left = e->size - depth;
      std::uint64_t chunk = 0;
      if (left >= 8) {
        std::memcpy(&chunk, e->data + depth, 8);
        chunk = __builtin_bswap64(chunk);
      } else {
        unsigned char bytes[8] = {0, 0, 0, 0, 0, 0, 0, 0};
        std::memcpy(bytes, e->data + depth, left);
        for (unsigned char b : bytes) chunk = (chunk << 8) | b;
      }
      e->chunk = chunk;
      e->rest = static_cast<std::uint32_t>(std::min<std::size_t>(left, 9));
      all_same = all_same && chunk == first->chunk && e->rest == first->rest;
    }
    if (all_same) {
      if (first->rest < 9) return;  // equal ids: any order
      depth += 8;
      continue;
    }
    std::sort(first, last, [](const IdSortEntry& x, const IdSortEntry& y) {
      return x.chunk != y.chunk ? x.chunk < y.chunk : x.rest < y.rest;
    });
    // Runs that agree on these eight bytes and go on: sorted further.  The
    // largest run is handled by the loop, the others by recursion.
    IdSortEntry* big_first = nullptr;
    IdSortEntry* big_last = nullptr;
    for (IdSortEntry* run = first; run != last;) {
      IdSortEntry* end = run + 1;
      while (end != last && end->chunk == run->chunk && end->rest == run->rest) ++end;
      if (run->rest == 9 && end - run > 1) {
        if (end - run > big_last - big_first) {
          if (big_first != nullptr) SortById(big_first, big_last, depth + 8);
          big_first = run;
          big_last = end;
        } else {
          SortById(run, end, depth + 8);
        }
      }
      run = end;
    }
    if (big_first == nullptr) return;
    first = big_first;
    last = big_last;
    depth += 8;
  }
}

}  // namespace

Graph::NodeList& Graph::NodeList::operator=(const NodeList& other) {
  if (this == &other) return *this;
  clear();
  for (std::size_t i = 0; i < other.size_; ++i) push_back(other[i]);
  return *this;
}

Graph::NodeList& Graph::NodeList::operator=(NodeList&& other) noexcept {
  if (this == &other) return *this;
  clear();
  blocks_.swap(other.blocks_);
  std::swap(size_, other.size_);
  return *this;
}

void Graph::NodeList::FreeBlock::operator()(Node* block) const {
  ::operator delete(block);
}

Node* Graph::NodeList::NextSlot() {
  if (size_ == blocks_.size() * kBlock) {
    void* raw = ::operator new(kBlock * sizeof(Node));
    blocks_.emplace_back(static_cast<Node*>(raw));
  }
  return &blocks_[size_ / kBlock][size_ % kBlock];
}

void Graph::NodeList::push_back(const Node& node) {
  ::new (NextSlot()) Node(node);
  ++size_;
}

void Graph::NodeList::push_back(Node&& node) {
  ::new (NextSlot()) Node(std::move(node));
  ++size_;
}

Node& Graph::NodeList::emplace_back() {
  Node* node = ::new (NextSlot()) Node();
  ++size_;
  return *node;
}

void Graph::NodeList::clear() {
  for (std::size_t i = 0; i < size_; ++i) (*this)[i].~Node();
  blocks_.clear();
  size_ = 0;
}

const Graph::Topology& Graph::topology() const {
  // The counts are stored (release) after the topology is written, so a
  // reader that finds them current also sees everything they count.
  if (derived_.nodes.load(std::memory_order_acquire) != nodes_.size() ||
      derived_.edges.load(std::memory_order_acquire) != edge_records_.size()) {
    UpdateTopology();
  }
  if (derived_.topology) return *derived_.topology;
  static const Topology empty;
  return empty;
}

void Graph::UpdateTopology() const {
  std::lock_guard<std::mutex> lock(derived_.mutex);
  const std::size_t n0 = derived_.nodes.load(std::memory_order_relaxed);
  const std::size_t m0 = derived_.edges.load(std::memory_order_relaxed);
  const std::size_t n = nodes_.size();
  const std::size_t m = edge_records_.size();
  if (n0 == n && m0 == m) return;  // another thread brought it up to date
  if (!derived_.topology) derived_.topology = std::make_unique<Topology>();
  Topology& t = *derived_.topology;
  for (std::size_t i = n0; i < n; ++i) boost::add_vertex(t);
  if (m0 == 0) {
    // Laid out from nothing: the edge list and each vertex's edge lists are
    // allocated once, at their final size (through adjacency_list's
    // m_edges / m_vertices, public members though Boost calls them
    // protected).  Later additions grow them as add_edge does.
    t.m_edges.reserve(m);
    std::vector<std::uint32_t> out_degree(n, 0);
    std::vector<std::uint32_t> in_degree(n, 0);
    for (std::size_t i = 0; i < m; ++i) {
      ++out_degree[edge_ends_[i].first];
      ++in_degree[edge_ends_[i].second];
    }
    for (std::size_t v = 0; v < n; ++v) {
      if (out_degree[v] != 0) t.m_vertices[v].m_out_edges.reserve(out_degree[v]);
      if (in_degree[v] != 0) t.m_vertices[v].m_in_edges.reserve(in_degree[v]);
    }
  }
  for (std::size_t i = m0; i < m; ++i) {
    boost::add_edge(edge_ends_[i].first, edge_ends_[i].second, EdgeRef{i}, t);
  }
  derived_.nodes.store(n, std::memory_order_release);
  derived_.edges.store(m, std::memory_order_release);
}

template <typename Same>
std::size_t Graph::RecordIndex::Find(std::size_t hash, Same same) const {
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  const auto hash32 = static_cast<std::uint32_t>(hash);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot slot = slots_[i];
    if (slot.index == 0) return kNone;
    if (slot.hash == hash32 && same(slot.index - 1)) return slot.index - 1;
  }
}

void Graph::RecordIndex::Grow(std::size_t capacity) {
  std::vector<Slot> old_slots(capacity);
  old_slots.swap(slots_);
  const std::size_t mask = capacity - 1;
  for (const Slot& slot : old_slots) {
    if (slot.index == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].index != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

void Graph::RecordIndex::Prefetch(std::size_t hash) const {
  if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
}

void Graph::RecordIndex::Reserve(std::size_t n) {
  std::size_t capacity = 16;
  while (capacity < 2 * n) capacity *= 2;
  if (capacity > slots_.size()) Grow(capacity);
}

void Graph::RecordIndex::Insert(std::size_t hash, std::size_t index) {
  if (2 * (size_ + 1) > slots_.size()) Grow(slots_.empty() ? 16 : 2 * slots_.size());
  const std::size_t mask = slots_.size() - 1;
  std::size_t i = hash & mask;
  while (slots_[i].index != 0) i = (i + 1) & mask;
  slots_[i] = Slot{static_cast<std::uint32_t>(index + 1), static_cast<std::uint32_t>(hash)};
  ++size_;
}

std::size_t Graph::EdgeHash(std::size_t source, std::size_t target, EdgeType type,
                            std::uint32_t role) {
  std::uint64_t h = source * 0x9E3779B97F4A7C15ULL;
  h ^= (target + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
  h ^= static_cast<std::uint64_t>(type) * 0x165667B19E3779F9ULL;
  h ^= static_cast<std::uint64_t>(role) * 0xD6E8FEB86659FD93ULL;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return static_cast<std::size_t>(h);
}

void Graph::Reserve(std::size_t n, std::size_t m) {
  edge_records_.reserve(m);
  edge_ends_.reserve(m);
  node_index_.Reserve(n);
  edge_index_.Reserve(m);
}

void Graph::AddEdgesAt(const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ends,
                       EdgeType type, std::string_view role) {
  constexpr std::size_t kAhead = 8;
  const std::uint32_t role_index = RoleIndex(role);
  std::vector<std::size_t> hashes(ends.size());
  for (std::size_t i = 0; i < ends.size(); ++i) {
    hashes[i] = EdgeHash(ends[i].first, ends[i].second, type, role_index);
  }
  for (std::size_t i = 0; i < ends.size(); ++i) {
    if (i + kAhead < ends.size()) edge_index_.Prefetch(hashes[i + kAhead]);
    AddEdgeHashed(ends[i].first, ends[i].second, type, role_index, hashes[i], 1);
  }
}

template <typename NodeRef>
std::size_t Graph::AddNodeHashed(NodeRef&& node, std::size_t hash) {
  const std::size_t found =
      node_index_.Find(hash, [&](std::size_t i) { return nodes_[i].id == node.id; });
  if (found != kNone) {
    MergeInto(nodes_[found], node);
    return found;
  }
  const std::size_t index = nodes_.size();
  node_index_.Insert(hash, index);
  nodes_.push_back(std::forward<NodeRef>(node));
  return index;
}

std::size_t Graph::AddNode(const Node& node) { return AddNodeHashed(node, HashId(node.id)); }

std::size_t Graph::IdHash(std::string_view id) { return HashId(id); }

void Graph::AddNodes(std::vector<Node>& nodes, const std::vector<std::size_t>& id_hashes,
                     std::vector<std::size_t>& indices) {
  constexpr std::size_t kAhead = 4;
  const std::size_t n = nodes.size();
  indices.resize(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kAhead < n) node_index_.Prefetch(id_hashes[i + kAhead]);
    indices[i] = AddNodeHashed(std::move(nodes[i]), id_hashes[i]);
  }
}

std::size_t Graph::AddNode(Node&& node) {
  const std::size_t hash = HashId(node.id);
  return AddNodeHashed(std::move(node), hash);
}

std::uint32_t Graph::RoleIndex(std::string_view role) {
  if (role.empty()) return 0;
  if (last_role_ < roles_.size() && roles_[last_role_] == role) return last_role_;
  const std::size_t hash = HashId(role);
  std::size_t found = role_index_.Find(hash, [&](std::size_t i) { return roles_[i] == role; });
  if (found == kNone) {
    found = roles_.size();
    role_index_.Insert(hash, found);
    roles_.emplace_back(role);
  }
  last_role_ = static_cast<std::uint32_t>(found);
  return last_role_;
}

bool Graph::AddEdge(const Edge& edge) {
  const std::size_t s = Find(edge.source);
  const std::size_t t = Find(edge.target);
  if (s == kNone || t == kNone) return false;
  AddEdgeAt(s, t, edge.type, edge.role, edge.count);
  return true;
}

void Graph::AddEdgeAt(std::size_t s, std::size_t t, EdgeType type, std::string_view role,
                      std::int64_t count) {
  const std::uint32_t role_index = role.empty() ? 0 : RoleIndex(role);
  AddEdgeHashed(s, t, type, role_index, EdgeHash(s, t, type, role_index), count);
}

void Graph::AddEdgeHashed(std::size_t s, std::size_t t, EdgeType type, std::uint32_t role_index,
                          std::size_t hash, std::int64_t count) {
  const std::size_t found = edge_index_.Find(hash, [&](std::size_t i) {
    return edge_ends_[i].first == s && edge_ends_[i].second == t &&
           edge_records_[i].type == type && edge_records_[i].role == role_index;
  });
  if (found != kNone) {
    edge_records_[found].count += count;  // MergeInto(Edge&, const Edge&)
    return;
  }
  const std::size_t index = edge_records_.size();
  edge_index_.Insert(hash, index);
  edge_records_.push_back(EdgeRecord{count, role_index, type});
  edge_ends_.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(t));
}

template <typename NodeOf>
void Graph::MergeWith(const Graph& other, NodeOf node_of) {
  // The same as AddNode / AddEdgeAt of each record in turn.  In a large
  // graph each lookup is a cache miss on its hash slot, so the hashes are
  // worked out first and the slot kMergeAhead records on is fetched while
  // this one is looked up.
  constexpr std::size_t kMergeAhead = 8;
  const std::size_t n = other.nodes_.size();
  std::vector<std::size_t> hashes(n);
  for (std::size_t i = 0; i < n; ++i) hashes[i] = HashId(other.nodes_[i].id);
  std::vector<std::size_t> new_index(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (i + kMergeAhead < n) node_index_.Prefetch(hashes[i + kMergeAhead]);
    new_index[i] = AddNodeHashed(node_of(i), hashes[i]);
  }
  std::vector<std::uint32_t> role_index(other.roles_.size());
  for (std::size_t k = 0; k < other.roles_.size(); ++k) role_index[k] = RoleIndex(other.roles_[k]);
  struct PendingEdge {
    std::size_t hash;
    std::uint32_t source, target, role;
  };
  const std::size_t m = other.edge_records_.size();
  std::vector<PendingEdge> pending(m);
  for (std::size_t i = 0; i < m; ++i) {
    const EdgeRecord& r = other.edge_records_[i];
    const std::size_t s = new_index[other.edge_ends_[i].first];
    const std::size_t t = new_index[other.edge_ends_[i].second];
    pending[i] = PendingEdge{EdgeHash(s, t, r.type, role_index[r.role]), static_cast<std::uint32_t>(s),
                             static_cast<std::uint32_t>(t), role_index[r.role]};
  }
  for (std::size_t i = 0; i < m; ++i) {
    if (i + kMergeAhead < m) edge_index_.Prefetch(pending[i + kMergeAhead].hash);
    const PendingEdge& e = pending[i];
    const EdgeRecord& r = other.edge_records_[i];
    AddEdgeHashed(e.source, e.target, r.type, e.role, e.hash, r.count);
  }
}

void Graph::Merge(const Graph& other) {
  MergeWith(other, [&](std::size_t i) -> const Node& { return other.nodes_[i]; });
}

void Graph::Merge(Graph&& other) {
  // Edges are added after every node, so they read other's roles, never
  // its (moved) node ids.
  MergeWith(other, [&](std::size_t i) -> Node&& { return std::move(other.nodes_[i]); });
}

template <typename NodeCopy>
Graph Graph::RelabeledWith(const std::unordered_map<std::string, std::string>& renames,
                           NodeCopy node_copy) const {
  Graph out;
  out.Reserve(nodes_.size(), edge_records_.size());
  // Both orders are taken before any record is moved (they compare ids).
  const std::vector<std::size_t> node_order = SortedNodes();
  const std::vector<std::size_t> edge_order = SortedEdges();
  // Merge in id order so the result does not depend on insertion order;
  // an edge follows its ends to the nodes they were merged into.
  std::vector<std::size_t> new_index(nodes_.size());
  for (std::size_t i : node_order) {
    Node n = node_copy(i);
    auto it = renames.find(n.id);
    if (it != renames.end()) n.id = it->second;
    new_index[i] = out.AddNode(std::move(n));
  }
  for (std::size_t i : edge_order) {
    const std::size_t s = new_index[edge_ends_[i].first];
    const std::size_t t = new_index[edge_ends_[i].second];
    if (s == t) continue;
    const EdgeRecord& r = edge_records_[i];
    out.AddEdgeAt(s, t, r.type, roles_[r.role], r.count);
  }
  return out;
}

Graph Graph::Relabeled(const std::unordered_map<std::string, std::string>& renames) const& {
  return RelabeledWith(renames, [&](std::size_t i) { return nodes_[i]; });
}

Graph Graph::Relabeled(const std::unordered_map<std::string, std::string>& renames) && {
  Graph out = RelabeledWith(renames, [&](std::size_t i) { return std::move(nodes_[i]); });
  *this = Graph();
  return out;
}

std::size_t Graph::Find(std::string_view id) const { return FindHashed(id, HashId(id)); }

std::size_t Graph::FindHashed(std::string_view id, std::size_t hash) const {
  return node_index_.Find(hash, [&](std::size_t i) { return nodes_[i].id == id; });
}

Node& Graph::AppendNode(std::string&& id, std::size_t hash) {
  node_index_.Insert(hash, nodes_.size());
  Node& node = nodes_.emplace_back();
  node.id = std::move(id);
  return node;
}

const Node* Graph::FindNode(std::string_view id) const {
  const std::size_t i = Find(id);
  return i == kNone ? nullptr : &nodes_[i];
}

std::vector<std::size_t> Graph::OutEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  const Topology& t = topology();
  for (auto [it, end] = boost::out_edges(node_index, t); it != end; ++it) {
    out.push_back(t[*it].index);
  }
  return out;
}

std::vector<std::size_t> Graph::InEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  const Topology& t = topology();
  for (auto [it, end] = boost::in_edges(node_index, t); it != end; ++it) {
    out.push_back(t[*it].index);
  }
  return out;
}

std::vector<std::size_t> Graph::SortedNodes() const {
  std::lock_guard<std::mutex> lock(derived_.order_mutex);
  std::vector<std::uint32_t>& order = derived_.node_order;
  if (order.size() != nodes_.size()) {
    std::vector<IdSortEntry> entries(nodes_.size());
    for (std::size_t i = 0; i < nodes_.size(); ++i) {
      entries[i].data = nodes_[i].id.data();
      entries[i].size = static_cast<std::uint32_t>(nodes_[i].id.size());
      entries[i].index = static_cast<std::uint32_t>(i);
    }
    SortById(entries.data(), entries.data() + entries.size(), 0);
    order.resize(entries.size());
    for (std::size_t k = 0; k < entries.size(); ++k) order[k] = entries[k].index;
  }
  return std::vector<std::size_t>(order.begin(), order.end());
}

std::vector<std::size_t> Graph::SortedEdges() const {
  // Node ids are unique, so ordering edges by (source id, target id) is
  // ordering them by the ranks of their end nodes in SortedNodes(): integer
  // compares, the strings are compared once, in SortedNodes.  Roles are
  // ranked the same way, in their (small) table.
  const std::vector<std::size_t> node_order = SortedNodes();
  std::vector<std::uint32_t> rank(nodes_.size());
  for (std::size_t k = 0; k < node_order.size(); ++k) {
    rank[node_order[k]] = static_cast<std::uint32_t>(k);
  }
  const std::vector<std::uint32_t> role_rank = RankByValue(roles_).rank;
  // Edges are placed in buckets by source rank (a counting sort), then
  // each bucket (one node's out-edges: few) is sorted by (target rank,
  // type, role rank).  No two edges share all four.
  const std::size_t m = edge_records_.size();
  std::vector<std::uint32_t> bucket_start(nodes_.size() + 1, 0);
  for (std::size_t i = 0; i < m; ++i) ++bucket_start[rank[edge_ends_[i].first] + 1];
  for (std::size_t k = 1; k < bucket_start.size(); ++k) bucket_start[k] += bucket_start[k - 1];
  struct EdgeKey {
    std::uint64_t target_type;  // target rank, then type
    std::uint32_t role;         // role rank
    std::uint32_t index;
  };
  std::vector<EdgeKey> keys(m);
  std::vector<std::uint32_t> next(bucket_start.begin(), bucket_start.end() - 1);
  for (std::size_t i = 0; i < m; ++i) {
    const EdgeRecord& r = edge_records_[i];
    keys[next[rank[edge_ends_[i].first]]++] =
        EdgeKey{(std::uint64_t{rank[edge_ends_[i].second]} << 8) |
                    static_cast<std::uint8_t>(r.type),
                role_rank[r.role], static_cast<std::uint32_t>(i)};
  }
  for (std::size_t k = 0; k + 1 < bucket_start.size(); ++k) {
    if (bucket_start[k + 1] - bucket_start[k] < 2) continue;
    std::sort(keys.begin() + bucket_start[k], keys.begin() + bucket_start[k + 1],
              [](const EdgeKey& x, const EdgeKey& y) {
                return x.target_type != y.target_type ? x.target_type < y.target_type
                                                      : x.role < y.role;
              });
  }
  std::vector<std::size_t> order(m);
  for (std::size_t k = 0; k < m; ++k) order[k] = keys[k].index;
  return order;
}

}  // namespace quotegraph
