// Loading the native graph file (the JSON written by exporters/json_writer.h).
//
//   {"format": "quotegraph", "version": 1,
//    "nodes": [{"id": .., "type": .., "label": .., <attributes>}],
//    "edges": [{"source": .., "target": .., "type": .., <attributes>}]}
//
// Attributes are those of core/attributes.h.  Unknown attribute keys are
// ignored (forward compatibility); a missing id/type/label, an unknown node
// or edge type, a value of the wrong JSON type, an edge whose ends are not
// nodes, or a newer major version are errors naming the file and the
// offending record ("graph.json: node 12: missing \"id\"").

#ifndef QUOTEGRAPH_IMPORTERS_GRAPH_FILE_READER_H_
#define QUOTEGRAPH_IMPORTERS_GRAPH_FILE_READER_H_

#include <string>
#include <string_view>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// The format version this build writes and reads.
constexpr int kGraphFileVersion = 1;

// Reads and parses a graph file ("-" = standard input).  Throws
// quotegraph::Error naming `path` on any failure.
Graph ReadGraphFile(const std::string& path);

// Parses graph JSON already in memory; `origin` names it in errors.
Graph ParseGraphJson(std::string_view json, std::string_view origin);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_GRAPH_FILE_READER_H_
