// The native graph file: JSON that kg-query and ReadGraphFile load.
//
//   {"format":"quotegraph","version":1,
//   "nodes":[
//   {"id":"person:joe-biden","type":"person","label":"Joe Biden","aliases":["Biden"]},
//   ...
//   ],
//   "edges":[
//   {"source":"person:joe-biden","target":"statement:a1@3-9","type":"said","count":1},
//   ...
//   ]}
//
// One node or edge object per line, in canonical order (Graph::SortedNodes /
// SortedEdges), keys in schema order (core/attributes.h): the file diffs well
// and equal graphs give identical bytes.  Strings that are not valid UTF-8
// are repaired (U+FFFD) first, so the output is always valid JSON.

#ifndef QUOTEGRAPH_EXPORTERS_JSON_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_JSON_WRITER_H_

#include <cstddef>
#include <ostream>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// Writes `graph` to `out` as a native graph file (format above).  Does not
// check the stream; the caller does (WriteFileAtomically checks it).
void WriteJsonGraph(const Graph& graph, std::ostream& out);
// The same, formatting on `threads` threads (the bytes are the same).
void WriteJsonGraph(const Graph& graph, std::ostream& out, std::size_t threads);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_JSON_WRITER_H_
