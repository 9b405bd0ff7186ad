// GraphML output for Gephi, NetworkX (read_graphml) and igraph.
//
// Every attribute of core/attributes.h is declared once as a typed <key>
// (attr.type "string" or "long"; lists are joined with JoinList) with the
// schema's description as <desc>.  Besides the schema, nodes carry "type"
// and edges carry "type" and "label" (the edge type, which Gephi shows).
// Key ids are prefixed by what they describe ("n_label", "e_type"), so node
// and edge keys never collide.
//
// Nodes keep their quotegraph id; edges get ids "e0".."eN-1" in canonical
// order.  All text is XML-escaped; invalid UTF-8 is repaired (U+FFFD) and
// characters XML 1.0 forbids (C0 controls other than tab, LF and CR;
// U+FFFE, U+FFFF) are dropped, so the file is always well-formed.

#ifndef QUOTEGRAPH_EXPORTERS_GRAPHML_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_GRAPHML_WRITER_H_

#include <ostream>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// Writes `graph` to `out` as a GraphML document, nodes and edges in
// canonical order.  Does not check the stream; the caller does.
void WriteGraphml(const Graph& graph, std::ostream& out);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_GRAPHML_WRITER_H_
