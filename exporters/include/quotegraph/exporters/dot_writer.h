// Graphviz DOT output, for `dot -Tsvg` and friends.
//
//   digraph quotegraph {
//     "person:joe-biden" [label="Joe Biden", shape=ellipse, ...];
//     "person:joe-biden" -> "statement:a1@3-9" [label="said", ...];
//   }
//
// Shape and colour tell node types apart, colour and line style edge types
// (the palette, shared with GEXF, is in exporters/src/type_palette.h).
// With DotOptions::clusters, each article and the statements found in it
// are drawn inside one box ("subgraph cluster_N", labelled with the
// headline).  Node labels longer than
// kDotLabelMaxCodePoints are cut on a code-point boundary and end in "…";
// the tooltip (shown on hover in SVG) keeps the full text.  Every string is
// escaped for DOT and repaired to valid UTF-8, so Graphviz renders the file
// without warnings whatever the articles contained.

#ifndef QUOTEGRAPH_EXPORTERS_DOT_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_DOT_WRITER_H_

#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// Longest node label, in code points, before the ellipsis.
constexpr std::size_t kDotLabelMaxCodePoints = 60;

// What to draw beyond nodes and edges.
struct DotOptions {
  // Group each article with the statements found in it in a cluster.
  bool clusters = false;
};

// Writes `graph` to `out` as a DOT digraph, nodes and edges in canonical
// order.  Does not check the stream; the caller does.
void WriteDot(const Graph& graph, std::ostream& out, const DotOptions& options = {});

// `text` (valid UTF-8) cut to at most `max_code_points` code points plus
// "…" if it is longer; returned unchanged otherwise.  Never cuts inside a
// UTF-8 sequence, nor between a character and the combining marks or
// joiners that follow it.  A cut inside a word moves back to the previous
// space if one lies within 15 code points; spaces before the ellipsis are
// dropped.  Exposed for tests.
std::string ShortenLabel(std::string_view text, std::size_t max_code_points);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_DOT_WRITER_H_
