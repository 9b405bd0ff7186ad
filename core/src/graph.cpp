#include "quotegraph/core/graph.h"

#include <algorithm>
#include <numeric>
#include <tuple>
#include <utility>

namespace quotegraph {

std::string Graph::EdgeKey(const Edge& e) {
  std::string key;
  key.reserve(e.source.size() + e.target.size() + e.role.size() + 4);
  key += e.source;
  key += '\x1f';
  key += e.target;
  key += '\x1f';
  key += static_cast<char>('a' + static_cast<int>(e.type));
  key += '\x1f';
  key += e.role;
  return key;
}

void Graph::Reserve(std::size_t n, std::size_t m) {
  nodes_.reserve(n);
  edges_.reserve(m);
  node_index_.reserve(n);
  edge_index_.reserve(m);
}

std::size_t Graph::AddNode(Node node) {
  auto it = node_index_.find(node.id);
  if (it != node_index_.end()) {
    MergeInto(nodes_[it->second], node);
    return it->second;
  }
  const std::size_t index = nodes_.size();
  node_index_.emplace(node.id, index);
  nodes_.push_back(std::move(node));
  boost::add_vertex(topology_);
  return index;
}

bool Graph::AddEdge(Edge edge) {
  const std::size_t s = Find(edge.source);
  const std::size_t t = Find(edge.target);
  if (s == kNone || t == kNone) return false;
  std::string key = EdgeKey(edge);
  auto it = edge_index_.find(key);
  if (it != edge_index_.end()) {
    MergeInto(edges_[it->second], edge);
    return true;
  }
  const std::size_t index = edges_.size();
  edge_index_.emplace(std::move(key), index);
  edges_.push_back(std::move(edge));
  boost::add_edge(s, t, EdgeRef{index}, topology_);
  return true;
}

void Graph::Merge(const Graph& other) {
  for (const Node& n : other.nodes_) AddNode(n);
  for (const Edge& e : other.edges_) AddEdge(e);
}

Graph Graph::Relabeled(const std::unordered_map<std::string, std::string>& renames) const {
  auto rename = [&](const std::string& id) -> const std::string& {
    auto it = renames.find(id);
    return it == renames.end() ? id : it->second;
  };
  Graph out;
  out.Reserve(nodes_.size(), edges_.size());
  // Merge in id order so the result does not depend on insertion order.
  for (std::size_t i : SortedNodes()) {
    Node n = nodes_[i];
    n.id = rename(n.id);
    out.AddNode(std::move(n));
  }
  for (std::size_t i : SortedEdges()) {
    Edge e = edges_[i];
    e.source = rename(e.source);
    e.target = rename(e.target);
    if (e.source == e.target) continue;
    out.AddEdge(std::move(e));
  }
  return out;
}

std::size_t Graph::Find(std::string_view id) const {
  auto it = node_index_.find(std::string(id));
  return it == node_index_.end() ? kNone : it->second;
}

const Node* Graph::FindNode(std::string_view id) const {
  const std::size_t i = Find(id);
  return i == kNone ? nullptr : &nodes_[i];
}

std::vector<std::size_t> Graph::OutEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::out_edges(node_index, topology_); it != end; ++it) {
    out.push_back(topology_[*it].index);
  }
  return out;
}

std::vector<std::size_t> Graph::InEdges(std::size_t node_index) const {
  std::vector<std::size_t> out;
  for (auto [it, end] = boost::in_edges(node_index, topology_); it != end; ++it) {
    out.push_back(topology_[*it].index);
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
