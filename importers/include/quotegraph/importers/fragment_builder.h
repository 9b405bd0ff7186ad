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

#include "quotegraph/core/graph.h"
#include "quotegraph/importers/document.h"

namespace quotegraph {

Graph BuildFragment(const Document& doc);

// Adds the fragment's nodes and edges to `graph` directly: the same graph as
// graph.Merge(BuildFragment(doc)) (node merging is order-independent),
// without building and copying a fragment.
void AddFragment(const Document& doc, Graph& graph);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_FRAGMENT_BUILDER_H_
