// Writing a graph in one of the supported formats.
//
// Every writer reads a const Graph and writes nodes and edges in canonical
// order (Graph::SortedNodes / SortedEdges), so the same graph always gives
// the same bytes.

#ifndef QUOTEGRAPH_EXPORTERS_EXPORTER_H_
#define QUOTEGRAPH_EXPORTERS_EXPORTER_H_

#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "quotegraph/core/graph.h"

namespace quotegraph {

enum class ExportFormat {
  kJson,     // native graph file (.json), what kg-query loads
  kGraphml,  // GraphML (.graphml), for Gephi, NetworkX, igraph
  kDot,      // Graphviz DOT (.dot, .gv)
  kBrat,     // brat standoff: a directory of <article>.ann (--format brat)
};

// "json", "graphml", "dot", "brat"; nullopt for unknown names.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ToString(ExportFormat f);
// By extension: .json, .graphml, .dot/.gv; nullopt if unknown.
std::optional<ExportFormat> ExportFormatFromPath(std::string_view path);

// Writes `graph` to `out` in `format` (not kBrat, which is a directory).
void WriteGraph(const Graph& graph, ExportFormat format, std::ostream& out);

// Writes `graph` to `path` atomically (temporary file in the same
// directory, then rename); "-" writes to standard output.  For kBrat,
// `path` is a directory (brat_writer.h).  Throws
// quotegraph::Error naming the path on failure, leaving any previous file
// untouched.
void WriteGraphFile(const Graph& graph, ExportFormat format, const std::string& path);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_EXPORTER_H_
