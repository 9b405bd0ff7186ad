// Document -> graph fragment: the nodes and edges one article contributes.
//
//   source (article)  id "article:<article id>", with title, publisher,
//                     date, url, file; published_by -> its outlet if known
//   entities          one node per resolved entity (groups scoped to the
//                     article); mentions edges from the article, counted;
//                     affiliated_with from possessors and title prefixes
//   statements        one per attribution, with verbatim text, cue, kind,
//                     evidence (code-point spans); said / denied from the
//                     speaker; reported_by -> the article (role article) and
//                     every relay (role intermediary / medium); about ->
//                     the entities named in its content
// Known agencies and outlets are source nodes (agency:tass, outlet:cnn)
// even where they act as speakers.

#ifndef QUOTEGRAPH_IMPORTERS_FRAGMENT_BUILDER_H_
#define QUOTEGRAPH_IMPORTERS_FRAGMENT_BUILDER_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "quotegraph/core/graph.h"
#include "quotegraph/importers/document.h"

namespace quotegraph {

Graph BuildFragment(const Document& doc);

// Adds the fragment's nodes and edges to `graph` directly: the same graph as
// graph.Merge(BuildFragment(doc)) (node merging is order-independent),
// without building and copying a fragment.
void AddFragment(const Document& doc, Graph& graph);

// A document's fragment as the AddNode and AddEdgeAt calls AddFragment
// would make, in order, worked out without a graph (so on any thread): the
// nodes built and their ids hashed, each edge's ends as indices into
// `nodes` (the first node with that id).  AddPreparedFragment then makes
// the calls, giving the graph AddFragment gives: the records, their order
// and their merges are the same.  Roles are views into the document, which
// must outlive the fragment's use.
struct PreparedFragment {
  struct EdgeCall {
    std::uint32_t source = 0, target = 0;  // into nodes
    EdgeType type = EdgeType::kMentions;
    std::string_view role;
    std::int64_t count = 1;
  };
  std::vector<Node> nodes;
  std::vector<std::size_t> id_hashes;  // Graph::IdHash of each node's id
  std::vector<EdgeCall> edges;
  std::vector<std::size_t> graph_index;  // AddPreparedFragment's: nodes' indices in the graph
};

// Fills `fragment` (emptied first) with the document's fragment.
void PrepareFragment(const Document& doc, PreparedFragment& fragment);

// Adds a prepared fragment to `graph`, moving its nodes out.
void AddPreparedFragment(PreparedFragment& fragment, Graph& graph);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_FRAGMENT_BUILDER_H_
