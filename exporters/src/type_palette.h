// The look of node and edge types, shared by the DOT and GEXF writers
// (internal to exporters), so Graphviz drawings and Gephi views use the same
// colours.
//
// Node styles (shape for Graphviz, style, fill colour):
//   person          ellipse          #cfe2ff  light blue
//   organization    box, rounded     #d1e7dd  light green
//   place           house            #ffe5d0  light orange
//   statement       note             #fff3cd  light yellow
//   claim           hexagon          #fde2e4  rose
//   source/article  folder           #e2e3e5  light grey
//   source/outlet   tab              #e0cffc  lilac
//   source/agency   component        #f8d7da  pink
//
// Edge styles (colour, Graphviz line style):
//   said            #198754 green    solid
//   denied          #dc3545 red      bold
//   reported_by     #6c757d grey     dashed
//   published_by    #0d6efd blue     dotted
//   mentions        #adb5bd grey     dotted
//   about           #6f42c1 purple   dashed
//   affiliated_with #fd7e14 orange   solid
//   expresses       #d63384 magenta  bold

#ifndef QUOTEGRAPH_EXPORTERS_SRC_TYPE_PALETTE_H_
#define QUOTEGRAPH_EXPORTERS_SRC_TYPE_PALETTE_H_

#include <string_view>

#include "quotegraph/core/model.h"

namespace quotegraph {

struct NodeStyle {
  std::string_view shape;  // Graphviz shape
  std::string_view style;  // Graphviz style
  std::string_view fill;   // "#rrggbb"
};

struct EdgeStyle {
  std::string_view color;  // "#rrggbb"
  std::string_view style;  // Graphviz line style
};

// An sRGB colour, components 0..255.
struct Rgb {
  int r = 0;
  int g = 0;
  int b = 0;
};

// The style of a node (by type, and by kind for sources).
NodeStyle NodeStyleOf(const Node& n);

// The style of an edge type.
EdgeStyle EdgeStyleOf(EdgeType t);

// "#rrggbb" as components; black for a malformed string.
Rgb ParseHexColour(std::string_view hex);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_SRC_TYPE_PALETTE_H_
