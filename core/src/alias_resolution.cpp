#include "quotegraph/core/alias_resolution.h"

#include <map>
#include <vector>

namespace quotegraph {

std::string_view LastWord(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

std::unordered_map<std::string, std::string> FindAliasRenames(const Graph& graph) {
  // Last name -> ids of multi-word people with it (sorted: deterministic).
  std::map<std::string, std::vector<std::string>> by_surname;
  for (std::size_t i : graph.SortedNodes()) {
    const Node& n = graph.node(i);
    if (n.type != NodeType::kPerson || n.label.find(' ') == std::string::npos) continue;
    by_surname[std::string(LastWord(n.label))].push_back(n.id);
  }
  std::unordered_map<std::string, std::string> renames;
  for (const Node& n : graph.nodes()) {
    if (n.type != NodeType::kPerson || n.label.find(' ') != std::string::npos) continue;
    auto it = by_surname.find(n.label);
    if (it != by_surname.end() && it->second.size() == 1) renames[n.id] = it->second.front();
  }
  return renames;
}

Graph ResolveAliases(const Graph& graph) {
  const auto renames = FindAliasRenames(graph);
  if (renames.empty()) return graph;
  Graph out = graph.Relabeled(renames);
  // Labels follow the surviving id's record: merge keeps the longer label.
  return out;
}

}  // namespace quotegraph
