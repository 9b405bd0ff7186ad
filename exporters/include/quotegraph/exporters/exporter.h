// Writing a graph in one of the supported formats.
//
// Every writer reads a const Graph and writes nodes and edges in canonical
// order (Graph::SortedNodes / SortedEdges), so the same graph always gives
// the same bytes.

#ifndef QUOTEGRAPH_EXPORTERS_EXPORTER_H_
#define QUOTEGRAPH_EXPORTERS_EXPORTER_H_

#include <cstddef>
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
  kGexf,     // GEXF 1.3 (.gexf), Gephi's own format, with a timeline
  kNtriples, // RDF N-Triples (.nt), PROV-O and schema.org
  kTurtle,   // RDF Turtle (.ttl), the same triples
  kNeo4j,    // Neo4j bulk-import CSV: a directory (--format neo4j)
};

// "json", "graphml", "dot", "brat", "gexf", "ntriples", "turtle", "neo4j";
// nullopt for unknown names.
std::optional<ExportFormat> ParseExportFormat(std::string_view name);
std::string_view ToString(ExportFormat f);
// Every format name, in the order above, for help texts.
std::string ExportFormatNames();
// By extension: .json, .graphml, .dot/.gv, .gexf, .nt, .ttl; nullopt if
// unknown.
std::optional<ExportFormat> ExportFormatFromPath(std::string_view path);
// True for the formats written as a directory (kBrat, kNeo4j).
bool IsDirectoryFormat(ExportFormat f);

// Choices that change what a writer draws (the data written stays the same).
struct ExportOptions {
  // DOT: each article and its statements inside a cluster (dot_writer.h).
  bool dot_clusters = false;
  // JSON: threads that format the records (json_writer.h); same bytes.
  std::size_t threads = 1;
};

// Writes `graph` to `out` in `format` (not a directory format).
void WriteGraph(const Graph& graph, ExportFormat format, std::ostream& out,
                const ExportOptions& options = {});

// Writes `graph` to `path` atomically (temporary file in the same
// directory, then rename); "-" writes to standard output.  For kBrat and
// kNeo4j, `path` is a directory (brat_writer.h, neo4j_writer.h).  Throws
// quotegraph::Error naming the path on failure, leaving any previous file
// untouched.
void WriteGraphFile(const Graph& graph, ExportFormat format, const std::string& path,
                    const ExportOptions& options = {});

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_EXPORTER_H_
