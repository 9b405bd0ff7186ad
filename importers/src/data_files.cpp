#include "quotegraph/importers/data_files.h"

#include <utility>

#include "quotegraph/core/error.h"

namespace quotegraph {

// Defined in the generated embedded_data.cpp (cmake/EmbedData.cmake).
const std::vector<std::pair<std::string_view, std::string_view>>& EmbeddedDataFiles();

namespace {

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::string_view DataFile(std::string_view name) {
  for (const auto& [n, bytes] : EmbeddedDataFiles()) {
    if (n == name) return bytes;
  }
  throw Error("internal: no data file named " + std::string(name));
}

std::vector<std::string> EntryLines(std::string_view data) {
  std::vector<std::string> out;
  while (!data.empty()) {
    std::size_t nl = data.find('\n');
    std::string_view line = data.substr(0, nl);
    data.remove_prefix(nl == std::string_view::npos ? data.size() : nl + 1);
    line = Trim(line);
    if (line.empty() || line.front() == '#') continue;
    out.emplace_back(line);
  }
  return out;
}

std::vector<std::vector<std::string>> EntryRows(std::string_view data) {
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : EntryLines(data)) {
    std::vector<std::string> cols;
    std::size_t start = 0;
    while (true) {
      std::size_t tab = line.find('\t', start);
      cols.emplace_back(Trim(std::string_view(line).substr(start, tab - start)));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

std::vector<std::string> DataLines(std::string_view name) { return EntryLines(DataFile(name)); }

std::vector<std::vector<std::string>> DataRows(std::string_view name) {
  return EntryRows(DataFile(name));
}

}  // namespace quotegraph
