// Fuzz target: brat standoff (.ann) reader and its span check.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/brat_reader.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view content(reinterpret_cast<const char*>(data), size);
  try {
    const quotegraph::BratDocument doc = quotegraph::ParseBrat(content, "fuzz.ann");
    quotegraph::CheckBratSpans(doc, 1000, "fuzz.ann");
  } catch (const quotegraph::Error&) {
    // A one-line error is the correct answer to bad input.
  }
  return 0;
}
