#include "quotegraph/core/alias_resolution.h"

#include <cstddef>
#include <string_view>
#include <unordered_map>

namespace quotegraph {

std::string_view LastWord(std::string_view name) {
  const std::size_t sp = name.rfind(' ');
  return sp == std::string_view::npos ? name : name.substr(sp + 1);
}

std::unordered_map<std::string, std::string> FindAliasRenames(const Graph& graph) {
  // Last name -> the one multi-word person with it, or null once a second
  // one is seen.  Only a surname with exactly one person is used, so the
  // order nodes are visited in does not matter and no sort is needed.
  struct Holder {
    const std::string* id = nullptr;
    bool shared = false;
  };
  std::unordered_map<std::string_view, Holder> by_surname;
  for (const Node& n : graph.nodes()) {
    if (n.type != NodeType::kPerson || n.label.find(' ') == std::string::npos) continue;
    auto [it, added] = by_surname.try_emplace(LastWord(n.label), Holder{&n.id, false});
    if (!added) it->second.shared = true;
  }
  std::unordered_map<std::string, std::string> renames;
  for (const Node& n : graph.nodes()) {
    if (n.type != NodeType::kPerson || n.label.find(' ') != std::string::npos) continue;
    auto it = by_surname.find(n.label);
    if (it != by_surname.end() && !it->second.shared) renames[n.id] = *it->second.id;
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
