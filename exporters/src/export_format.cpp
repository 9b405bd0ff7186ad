#include <array>
#include <string>
#include <utility>

#include "quotegraph/exporters/exporter.h"

namespace quotegraph {
namespace {

constexpr std::array<std::pair<std::string_view, ExportFormat>, 8> kNames = {{
    {"json", ExportFormat::kJson},
    {"graphml", ExportFormat::kGraphml},
    {"dot", ExportFormat::kDot},
    {"brat", ExportFormat::kBrat},
    {"gexf", ExportFormat::kGexf},
    {"ntriples", ExportFormat::kNtriples},
    {"turtle", ExportFormat::kTurtle},
    {"neo4j", ExportFormat::kNeo4j},
}};

constexpr std::array<std::pair<std::string_view, ExportFormat>, 7> kExtensions = {{
    {".json", ExportFormat::kJson},
    {".graphml", ExportFormat::kGraphml},
    {".dot", ExportFormat::kDot},
    {".gv", ExportFormat::kDot},
    {".gexf", ExportFormat::kGexf},
    {".nt", ExportFormat::kNtriples},
    {".ttl", ExportFormat::kTurtle},
}};

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<ExportFormat> ParseExportFormat(std::string_view name) {
  for (const auto& [n, f] : kNames) {
    if (n == name) return f;
  }
  return std::nullopt;
}

std::string_view ToString(ExportFormat f) {
  for (const auto& [n, v] : kNames) {
    if (v == f) return n;
  }
  return "json";
}

std::string ExportFormatNames() {
  std::string out;
  for (const auto& [n, f] : kNames) {
    if (!out.empty()) out += ", ";
    out += n;
  }
  return out;
}

bool IsDirectoryFormat(ExportFormat f) {
  return f == ExportFormat::kBrat || f == ExportFormat::kNeo4j;
}

std::optional<ExportFormat> ExportFormatFromPath(std::string_view path) {
  for (const auto& [ext, f] : kExtensions) {
    if (EndsWith(path, ext)) return f;
  }
  return std::nullopt;
}

}  // namespace quotegraph
