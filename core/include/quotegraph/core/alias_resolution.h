// Cross-article alias resolution.
//
// Within one article the coreference stage already joins "Biden" to "Joe
// Biden".  Across articles, an article that only says "Biden" yields
// person:biden; this pass joins such a one-word person to the one person in
// the whole graph whose last name it is ("Biden" -> person:joe-biden), and
// only when exactly one such person exists.  It is a pure function of the
// graph, so building everything at once and merging separately built
// graphs (then resolving) give the same result.

#ifndef QUOTEGRAPH_CORE_ALIAS_RESOLUTION_H_
#define QUOTEGRAPH_CORE_ALIAS_RESOLUTION_H_

#include <string>
#include <string_view>
#include <unordered_map>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// The last space-separated word of a name ("Joe Biden" -> "Biden"): the
// surname that one-word mentions and aliases are joined on.
std::string_view LastWord(std::string_view name);

// The renames the pass would make: one-word person id -> full-name id.
std::unordered_map<std::string, std::string> FindAliasRenames(const Graph& graph);

// The graph with those renames applied (Graph::Relabeled).
Graph ResolveAliases(const Graph& graph);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_ALIAS_RESOLUTION_H_
