#include "generator_data.h"

#include <utility>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {

// Defined in the generated generator_data_files.cpp (cmake/EmbedData.cmake).
const std::vector<std::pair<std::string_view, std::string_view>>& GeneratorDataFiles();

namespace {

std::string_view GeneratorDataFile(std::string_view name) {
  for (const auto& [n, bytes] : GeneratorDataFiles()) {
    if (n == name) return bytes;
  }
  throw Error("internal: no generator data file named " + std::string(name));
}

}  // namespace

std::vector<std::string> GeneratorDataLines(std::string_view name) {
  return EntryLines(GeneratorDataFile(name));
}

std::vector<std::vector<std::string>> GeneratorDataRows(std::string_view name) {
  return EntryRows(GeneratorDataFile(name));
}

}  // namespace quotegraph
