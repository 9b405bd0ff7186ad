#include "generator_data.h"

#include <utility>

#include "quotegraph/core/error.h"

namespace quotegraph {

// Defined in the generated generator_data_files.cpp (cmake/EmbedData.cmake).
const std::vector<std::pair<std::string_view, std::string_view>>& GeneratorDataFiles();

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<std::string> GeneratorDataLines(std::string_view name) {
  std::string_view data;
  bool found = false;
  for (const auto& [n, bytes] : GeneratorDataFiles()) {
    if (n == name) {
      data = bytes;
      found = true;
    }
  }
  if (!found) throw Error("internal: no generator data file named " + std::string(name));
  std::vector<std::string> out;
  while (!data.empty()) {
    const std::size_t nl = data.find('\n');
    std::string_view line = Trim(data.substr(0, nl));
    data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
    if (line.empty() || line.front() == '#') continue;
    out.emplace_back(line);
  }
  return out;
}

std::vector<std::vector<std::string>> GeneratorDataRows(std::string_view name) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : GeneratorDataLines(name)) {
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      const std::size_t tab = line.find('\t', start);
      cols.emplace_back(Trim(std::string_view(line).substr(start, tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

}  // namespace quotegraph
