// Fuzz target: native graph-file loader; a graph it accepts must write and
// load back unchanged.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "quotegraph/importers/graph_file_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  quotegraph::Graph graph;
  try {
    graph = quotegraph::ParseGraphJson(content, "fuzz.json");
  } catch (const quotegraph::Error&) {
    return 0;  // a one-line error is the correct answer to bad input
  }
  quotegraph::fuzz::CheckWritersRoundTrip(graph);
  return 0;
}
