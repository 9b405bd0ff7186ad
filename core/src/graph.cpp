#include "quotegraph/core/graph.h"

#include <algorithm>
#include <functional>
#include <numeric>
#include <tuple>
#include <utility>

namespace quotegraph {

namespace {

std::size_t HashId(std::string_view id) { return std::hash<std::string_view>{}(id); }

}  // namespace

const Graph::Topology& Graph::TopologyHolder::Empty() {
  static const Topology empty;
  return empty;
}

template <typename Same>
std::size_t Graph::RecordIndex::Find(std::size_t hash, Same same) const {
  if (slots_.empty()) return kNone;
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint32_t slot = slots_[i];
    if (slot == 0) return kNone;
    if (hashes_[i] == hash && same(slot - 1)) return slot - 1;
  }
}

void Graph::RecordIndex::Grow(std::size_t capacity) {
  std::vector<std::uint32_t> old_slots(capacity, 0);
  std::vector<std::size_t> old_hashes(capacity, 0);
  old_slots.swap(slots_);
  old_hashes.swap(hashes_);
  const std::size_t mask = capacity - 1;
  for (std::size_t k = 0; k < old_slots.size(); ++k) {
    if (old_slots[k] == 0) continue;
    std::size_t i = old_hashes[k] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = old_slots[k];
    hashes_[i] = old_hashes[k];
  }
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
  while (slots_[i] != 0) i = (i + 1) & mask;
  slots_[i] = static_cast<std::uint32_t>(index + 1);
  hashes_[i] = hash;
  ++size_;
}

std::size_t Graph::EdgeHash(std::size_t source, std::size_t target, EdgeType type,
                            std::string_view role) {
  std::uint64_t h = source * 0x9E3779B97F4A7C15ULL;
  h ^= (target + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL;
  h ^= static_cast<std::uint64_t>(type) * 0x165667B19E3779F9ULL;
  if (!role.empty()) h ^= std::hash<std::string_view>{}(role);
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ULL;
  h ^= h >> 32;
  return static_cast<std::size_t>(h);
}

void Graph::Reserve(std::size_t n, std::size_t m) {
  nodes_.reserve(n);
  edges_.reserve(m);
  edge_ends_.reserve(m);
  node_index_.Reserve(n);
  edge_index_.Reserve(m);
}

std::size_t Graph::AddNode(Node node) {
  const std::size_t hash = HashId(node.id);
  const std::size_t found =
      node_index_.Find(hash, [&](std::size_t i) { return nodes_[i].id == node.id; });
  if (found != kNone) {
    MergeInto(nodes_[found], node);
    return found;
  }
  const std::size_t index = nodes_.size();
  node_index_.Insert(hash, index);
  nodes_.push_back(std::move(node));
  boost::add_vertex(topology_.mut());
  return index;
}

bool Graph::AddEdge(Edge edge) {
  const std::size_t s = Find(edge.source);
  const std::size_t t = Find(edge.target);
  if (s == kNone || t == kNone) return false;
  const std::size_t hash = EdgeHash(s, t, edge.type, edge.role);
  const std::size_t found = edge_index_.Find(hash, [&](std::size_t i) {
    return edge_ends_[i].first == s && edge_ends_[i].second == t && edges_[i].type == edge.type &&
           edges_[i].role == edge.role;
  });
  if (found != kNone) {
    MergeInto(edges_[found], edge);
    return true;
  }
  const std::size_t index = edges_.size();
  edge_index_.Insert(hash, index);
  edges_.push_back(std::move(edge));
  edge_ends_.emplace_back(static_cast<std::uint32_t>(s), static_cast<std::uint32_t>(t));
  boost::add_edge(s, t, EdgeRef{index}, topology_.mut());
  return true;
}

void Graph::Merge(const Graph& other) {
  for (const Node& n : other.nodes_) AddNode(n);
  for (const Edge& e : other.edges_) AddEdge(e);
}

template <typename NodeCopy, typename EdgeCopy>
Graph Graph::RelabeledWith(const std::unordered_map<std::string, std::string>& renames,
                           NodeCopy node_copy, EdgeCopy edge_copy) const {
  auto rename = [&](const std::string& id) -> const std::string& {
    auto it = renames.find(id);
    return it == renames.end() ? id : it->second;
  };
  Graph out;
  out.Reserve(nodes_.size(), edges_.size());
  // Both orders are taken before any record is moved (they compare ids).
  const std::vector<std::size_t> node_order = SortedNodes();
  const std::vector<std::size_t> edge_order = SortedEdges();
  // Merge in id order so the result does not depend on insertion order.
  for (std::size_t i : node_order) {
    Node n = node_copy(i);
    const std::string& id = rename(n.id);
    if (&id != &n.id) n.id = id;
    out.AddNode(std::move(n));
  }
  for (std::size_t i : edge_order) {
    Edge e = edge_copy(i);
    const std::string& source = rename(e.source);
    if (&source != &e.source) e.source = source;
    const std::string& target = rename(e.target);
    if (&target != &e.target) e.target = target;
    if (e.source == e.target) continue;
    out.AddEdge(std::move(e));
  }
  return out;
}

Graph Graph::Relabeled(const std::unordered_map<std::string, std::string>& renames) const& {
  return RelabeledWith(
      renames, [&](std::size_t i) { return nodes_[i]; }, [&](std::size_t i) { return edges_[i]; });
}

Graph Graph::Relabeled(const std::unordered_map<std::string, std::string>& renames) && {
  Graph out = RelabeledWith(
      renames, [&](std::size_t i) { return std::move(nodes_[i]); },
      [&](std::size_t i) { return std::move(edges_[i]); });
  *this = Graph();
  return out;
}

std::size_t Graph::Find(std::string_view id) const {
  return node_index_.Find(HashId(id), [&](std::size_t i) { return nodes_[i].id == id; });
}

const Node* Graph::FindNode(std::string_view id) const {
  const std::size_t i = Find(id);
  return i == kNone ? nullptr : &nodes_[i];
}

std::vector<std::size_t> Graph::OutEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::out_edges(node_index, topology_.get()); it != end; ++it) {
    out.push_back(topology_.get()[*it].index);
  }
  return out;
}

std::vector<std::size_t> Graph::InEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::in_edges(node_index, topology_.get()); it != end; ++it) {
    out.push_back(topology_.get()[*it].index);
  }
  return out;
}

std::vector<std::size_t> Graph::SortedNodes() const {
  std::vector<std::size_t> order(nodes_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(),
            [&](std::size_t a, std::size_t b) { return nodes_[a].id < nodes_[b].id; });
  return order;
}

std::vector<std::size_t> Graph::SortedEdges() const {
  std::vector<std::size_t> order(edges_.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    const Edge& x = edges_[a];
    const Edge& y = edges_[b];
    return std::tie(x.source, x.target, x.type, x.role) <
           std::tie(y.source, y.target, y.type, y.role);
  });
  return order;
}

}  // namespace quotegraph
