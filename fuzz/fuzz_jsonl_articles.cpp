// Fuzz target: JSON Lines article reader -> extraction pipeline -> graph -> writers.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_checks.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/graph_builder.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  try {
    quotegraph::GraphBuilder builder;
    quotegraph::ParseJsonLinesArticles(content, "fuzz.jsonl",
                                  [&](quotegraph::Article&& a) { builder.Add(std::move(a)); });
    quotegraph::fuzz::CheckWritersRoundTrip(builder.Finish());
  } catch (const quotegraph::Error&) {
    // A one-line error is the correct answer to bad input (also two records
    // with one id and different texts).
  }
  return 0;
}
