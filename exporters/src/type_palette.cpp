// The node and edge type palette (type_palette.h).

#include "type_palette.h"

#include <array>

namespace quotegraph {

NodeStyle NodeStyleOf(const Node& n) {
  switch (n.type) {
    case NodeType::kPerson: return {"ellipse", "filled", "#cfe2ff"};
    case NodeType::kOrganization: return {"box", "filled,rounded", "#d1e7dd"};
    case NodeType::kPlace: return {"house", "filled", "#ffe5d0"};
    case NodeType::kStatement: return {"note", "filled", "#fff3cd"};
    case NodeType::kClaim: return {"hexagon", "filled", "#fde2e4"};
    case NodeType::kSource: break;
  }
  switch (n.source_kind) {
    case SourceKind::kArticle: return {"folder", "filled", "#e2e3e5"};
    case SourceKind::kOutlet: return {"tab", "filled", "#e0cffc"};
    case SourceKind::kAgency: break;
  }
  return {"component", "filled", "#f8d7da"};
}

EdgeStyle EdgeStyleOf(EdgeType t) {
  static constexpr std::array<EdgeStyle, 8> kStyles = {{
      {"#198754", "solid"},   // said
      {"#dc3545", "bold"},    // denied
      {"#6c757d", "dashed"},  // reported_by
      {"#0d6efd", "dotted"},  // published_by
      {"#adb5bd", "dotted"},  // mentions
      {"#6f42c1", "dashed"},  // about
      {"#fd7e14", "solid"},   // affiliated_with
      {"#d63384", "bold"},    // expresses
  }};
  const auto i = static_cast<std::size_t>(t);
  return i < kStyles.size() ? kStyles[i] : EdgeStyle{"#000000", "solid"};
}

Rgb ParseHexColour(std::string_view hex) {
  auto digit = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  if (hex.size() != 7 || hex[0] != '#') return {};
  int v[6];
  for (int i = 0; i < 6; ++i) {
    v[i] = digit(hex[static_cast<std::size_t>(i) + 1]);
    if (v[i] < 0) return {};
  }
  return {v[0] * 16 + v[1], v[2] * 16 + v[3], v[4] * 16 + v[5]};
}

}  // namespace quotegraph
