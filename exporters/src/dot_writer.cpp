// Graphviz DOT writer (dot_writer.h).
//
// Node styles (shape, fill colour):
//   person          ellipse          #cfe2ff  light blue
//   organization    box, rounded     #d1e7dd  light green
//   place           house            #ffe5d0  light orange
//   statement       note             #fff3cd  light yellow (label cut, full
//                                             text in the tooltip)
//   source/article  folder           #e2e3e5  light grey
//   source/outlet   tab              #e0cffc  lilac
//   source/agency   component        #f8d7da  pink
//
// Edge styles (colour, line):
//   said            #198754 green    solid
//   denied          #dc3545 red      bold
//   reported_by     #6c757d grey     dashed
//   published_by    #0d6efd blue     dotted
//   mentions        #adb5bd grey     dotted
//   about           #6f42c1 purple   dashed
//   affiliated_with #fd7e14 orange   solid
//
// Edge labels are the edge type, then the role in parentheses if any, then
// " xN" when the relation was seen N > 1 times.

#include "quotegraph/exporters/dot_writer.h"

#include <array>
#include <string>
#include <string_view>

#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;
constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
// How far (code points) a label cut moves back to end on a whole word.
constexpr std::size_t kWordBackoff = 15;

struct NodeStyle {
  std::string_view shape;
  std::string_view style;
  std::string_view fill;
};

struct EdgeStyle {
  std::string_view color;
  std::string_view style;
};

NodeStyle StyleOf(const Node& n) {
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

EdgeStyle StyleOf(EdgeType t) {
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
  return kStyles[static_cast<std::size_t>(t)];
}

// Code points that continue the character before them: common combining
// marks, variation selectors, the zero-width joiner, emoji modifiers, tags.
bool Extends(char32_t cp) {
  return (cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x1AB0 && cp <= 0x1AFF) ||
         (cp >= 0x1DC0 && cp <= 0x1DFF) || (cp >= 0x20D0 && cp <= 0x20FF) ||
         (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFE20 && cp <= 0xFE2F) || cp == 0x200D ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F) ||
         (cp >= 0xE0100 && cp <= 0xE01EF);
}

bool IsContinuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Byte offset of the code point before the one at byte `i` (> 0).
std::size_t PreviousBoundary(std::string_view s, std::size_t i) {
  do {
    --i;
  } while (i > 0 && IsContinuation(s[i]));
  return i;
}

// True if cutting valid UTF-8 `s` at byte `i` would split a character from
// its marks or break a joined (ZWJ) sequence.
bool InsideCluster(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size()) return false;
  if (Extends(DecodeAt(s, i, nullptr))) return true;
  return DecodeAt(s, PreviousBoundary(s, i), nullptr) == 0x200D;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Where to cut valid UTF-8 `s` near byte `cut` so that no word is split: at
// the last space among the kWordBackoff code points before `cut`, or at
// `cut` itself if it already is a word boundary or no such space exists
// (long words, scripts written without spaces).
std::size_t WordBoundaryBefore(std::string_view s, std::size_t cut) {
  if (cut == 0 || IsSpace(s[cut]) || IsSpace(s[cut - 1])) return cut;
  std::size_t i = cut;
  for (std::size_t n = 0; n < kWordBackoff && i > 1; ++n) {
    i = PreviousBoundary(s, i);
    if (IsSpace(s[i])) return i;
  }
  return cut;
}

// Appends `s` escaped for a DOT double-quoted string.  Invalid UTF-8 is
// repaired; control characters (and U+FFFE/U+FFFF, which SVG cannot carry)
// are dropped, tab becomes a space, newline the DOT escape \n; '&' becomes
// "&amp;" because Graphviz decodes HTML entities in labels.
void AppendEscaped(std::string& out, std::string_view s, std::string& scratch) {
  if (!IsValidUtf8(s)) {
    scratch = RepairUtf8(s);
    s = scratch;
  }
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    const auto u = static_cast<unsigned char>(c);
    if (u == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBF &&
        (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE) {
      i += 2;
      continue;
    }
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += ' '; break;
      case '&': out += "&amp;"; break;
      default:
        if (u < 0x20 || u == 0x7F) break;  // incl. CR: drop
        out += c;
    }
  }
}

class DotSink {
 public:
  explicit DotSink(std::ostream& out) : out_(out) {}

  void Raw(std::string_view s) { buf_.append(s.data(), s.size()); }
  void Quoted(std::string_view s) {
    buf_ += '"';
    AppendEscaped(buf_, s, scratch_);
    buf_ += '"';
  }
  void EndRecord() {
    if (buf_.size() >= kFlushBytes) Flush();
  }
  void Flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

 private:
  std::ostream& out_;
  std::string buf_;
  std::string scratch_;
};

// The full text a node stands for: a statement's content, else its label.
const std::string& FullText(const Node& n) {
  if (n.type == NodeType::kStatement && !n.text.empty()) return n.text;
  return n.label.empty() ? n.id : n.label;
}

void WriteNode(DotSink& sink, const Node& n) {
  const std::string& full = FullText(n);
  const NodeStyle style = StyleOf(n);
  sink.Raw("  ");
  sink.Quoted(n.id);
  sink.Raw(" [label=");
  if (IsValidUtf8(full)) {
    sink.Quoted(ShortenLabel(full, kDotLabelMaxCodePoints));
  } else {
    sink.Quoted(ShortenLabel(RepairUtf8(full), kDotLabelMaxCodePoints));
  }
  sink.Raw(", shape=");
  sink.Raw(style.shape);
  sink.Raw(", style=\"");
  sink.Raw(style.style);
  sink.Raw("\", fillcolor=\"");
  sink.Raw(style.fill);
  sink.Raw("\", tooltip=");
  sink.Quoted(full);
  sink.Raw("];\n");
  sink.EndRecord();
}

std::string EdgeLabel(const Edge& e) {
  std::string label(ToString(e.type));
  if (!e.role.empty()) label += " (" + e.role + ")";
  if (e.count > 1) label += " x" + std::to_string(e.count);
  return label;
}

void WriteEdge(DotSink& sink, const Edge& e) {
  const EdgeStyle style = StyleOf(e.type);
  sink.Raw("  ");
  sink.Quoted(e.source);
  sink.Raw(" -> ");
  sink.Quoted(e.target);
  sink.Raw(" [label=");
  sink.Quoted(EdgeLabel(e));
  sink.Raw(", color=\"");
  sink.Raw(style.color);
  sink.Raw("\", fontcolor=\"");
  sink.Raw(style.color);
  sink.Raw("\", style=");
  sink.Raw(style.style);
  sink.Raw("];\n");
  sink.EndRecord();
}

}  // namespace

std::string ShortenLabel(std::string_view text, std::size_t max_code_points) {
  std::size_t cut = 0;
  for (std::size_t n = 0; cut < text.size() && n < max_code_points; ++n) {
    do {
      ++cut;
    } while (cut < text.size() && IsContinuation(text[cut]));
  }
  if (cut >= text.size()) return std::string(text);
  while (InsideCluster(text, cut)) cut = PreviousBoundary(text, cut);
  cut = WordBoundaryBefore(text, cut);
  while (cut > 0 && IsSpace(text[cut - 1])) --cut;
  std::string out(text.substr(0, cut));
  out += kEllipsis;
  return out;
}

void WriteDot(const Graph& graph, std::ostream& out) {
  DotSink sink(out);
  sink.Raw(
      "digraph quotegraph {\n"
      "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\"];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#495057\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8];\n");
  for (std::size_t i : graph.SortedNodes()) WriteNode(sink, graph.node(i));
  for (std::size_t i : graph.SortedEdges()) WriteEdge(sink, graph.edge(i));
  sink.Raw("}\n");
  sink.Flush();
}

}  // namespace quotegraph
