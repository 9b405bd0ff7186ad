// Checks shared by the fuzz targets: what must hold for every input that a
// reader accepts.  A violated check aborts, which libFuzzer reports as a
// crash with the input that caused it.
#ifndef QUOTEGRAPH_FUZZ_FUZZ_CHECKS_H_
#define QUOTEGRAPH_FUZZ_FUZZ_CHECKS_H_

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/importers/graph_file_reader.h"

namespace quotegraph::fuzz {

// Aborts with `what` when `ok` is false.
inline void Check(bool ok, const char* what) {
  if (!ok) {
    std::fprintf(stderr, "fuzz check failed: %s\n", what);
    std::abort();
  }
}

// Writes `graph` in every stream format; the native JSON must load back
// into a graph that writes the same bytes (a writer never produces a file
// its own reader rejects, and writing is deterministic).
inline void CheckWritersRoundTrip(const Graph& graph) {
  std::ostringstream graphml, dot, json;
  WriteGraph(graph, ExportFormat::kGraphml, graphml);
  WriteGraph(graph, ExportFormat::kDot, dot);
  WriteGraph(graph, ExportFormat::kJson, json);
  Graph reloaded;
  try {
    reloaded = ParseGraphJson(json.str(), "written.json");
  } catch (const Error& e) {
    std::fprintf(stderr, "written graph does not load: %s\n", e.what());
    std::abort();
  }
  std::ostringstream again;
  WriteGraph(reloaded, ExportFormat::kJson, again);
  Check(again.str() == json.str(), "graph JSON round trip changes the bytes");
}

}  // namespace quotegraph::fuzz

#endif  // QUOTEGRAPH_FUZZ_FUZZ_CHECKS_H_
