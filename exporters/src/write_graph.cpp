// WriteGraph / WriteGraphFile (exporter.h): format dispatch and file output.

#include <ostream>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/exporters/atomic_file.h"
#include "quotegraph/exporters/brat_writer.h"
#include "quotegraph/exporters/dot_writer.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/gexf_writer.h"
#include "quotegraph/exporters/graphml_writer.h"
#include "quotegraph/exporters/json_writer.h"
#include "quotegraph/exporters/neo4j_writer.h"
#include "quotegraph/exporters/rdf_writer.h"

namespace quotegraph {

void WriteGraph(const Graph& graph, ExportFormat format, std::ostream& out,
                const ExportOptions& options) {
  switch (format) {
    case ExportFormat::kJson: WriteJsonGraph(graph, out, options.threads); return;
    case ExportFormat::kGraphml: WriteGraphml(graph, out); return;
    case ExportFormat::kDot: {
      DotOptions dot;
      dot.clusters = options.dot_clusters;
      WriteDot(graph, out, dot);
      return;
    }
    case ExportFormat::kGexf: WriteGexf(graph, out); return;
    case ExportFormat::kNtriples: WriteNtriples(graph, out); return;
    case ExportFormat::kTurtle: WriteTurtle(graph, out); return;
    case ExportFormat::kBrat:
    case ExportFormat::kNeo4j: break;
  }
  throw Error(std::string(ToString(format)) + " output is a directory, not a stream");
}

void WriteGraphFile(const Graph& graph, ExportFormat format, const std::string& path,
                    const ExportOptions& options) {
  if (IsDirectoryFormat(format) && path == "-") {
    throw Error(std::string(ToString(format)) + " output needs a directory: -o DIR");
  }
  if (format == ExportFormat::kBrat) {
    WriteBratDirectory(graph, path);
    return;
  }
  if (format == ExportFormat::kNeo4j) {
    WriteNeo4jDirectory(graph, path);
    return;
  }
  WriteFileAtomically(path, [&](std::ostream& out) { WriteGraph(graph, format, out, options); });
}

}  // namespace quotegraph
