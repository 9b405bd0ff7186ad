// WriteGraph / WriteGraphFile (exporter.h): format dispatch and file output.

#include <ostream>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/exporters/atomic_file.h"
#include "quotegraph/exporters/brat_writer.h"
#include "quotegraph/exporters/dot_writer.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/graphml_writer.h"
#include "quotegraph/exporters/json_writer.h"

namespace quotegraph {

void WriteGraph(const Graph& graph, ExportFormat format, std::ostream& out) {
  switch (format) {
    case ExportFormat::kJson: WriteJsonGraph(graph, out); return;
    case ExportFormat::kGraphml: WriteGraphml(graph, out); return;
    case ExportFormat::kDot: WriteDot(graph, out); return;
    case ExportFormat::kBrat: throw Error("brat output is a directory, not a stream");
  }
}

void WriteGraphFile(const Graph& graph, ExportFormat format, const std::string& path) {
  if (format == ExportFormat::kBrat) {
    if (path == "-") throw Error("brat output needs a directory: -o DIR");
    WriteBratDirectory(graph, path);
    return;
  }
  WriteFileAtomically(path, [&](std::ostream& out) { WriteGraph(graph, format, out); });
}

}  // namespace quotegraph
