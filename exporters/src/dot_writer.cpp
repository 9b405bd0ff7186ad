// Graphviz DOT writer (dot_writer.h).
//
// Node and edge styles come from the palette shared with GEXF
// (type_palette.h).  Edge labels are the edge type, then the role in
// parentheses if any, then " xN" when the relation was seen N > 1 times.
//
// With clusters, each article's node and the statements found in it are
// declared inside "subgraph cluster_N" (N counts articles in id order),
// labelled with the article's headline; every other node stays at the top.

#include "quotegraph/exporters/dot_writer.h"

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/utf8.h"
#include "type_palette.h"

#include "output_buffer.h"
namespace quotegraph {
namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026
// How far (code points) a label cut moves back to end on a whole word.
constexpr std::size_t kWordBackoff = 15;

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

class DotSink : public OutputBuffer {
 public:
  using OutputBuffer::OutputBuffer;

  void Quoted(std::string_view s) {
    buf_ += '"';
    AppendEscaped(buf_, s, scratch_);
    buf_ += '"';
  }
};

// The full text a node stands for: a statement's content, else its label.
const std::string& FullText(const Node& n) {
  if (n.type == NodeType::kStatement && !n.text.empty()) return n.text;
  return n.label.empty() ? n.id : n.label;
}

// `text` repaired to valid UTF-8 and shortened for a label.
std::string ShortLabel(const std::string& text) {
  if (IsValidUtf8(text)) return ShortenLabel(text, kDotLabelMaxCodePoints);
  return ShortenLabel(RepairUtf8(text), kDotLabelMaxCodePoints);
}

void WriteNode(DotSink& sink, const Node& n, std::string_view indent = "  ") {
  const std::string& full = FullText(n);
  const NodeStyle style = NodeStyleOf(n);
  sink.Raw(indent);
  sink.Quoted(n.id);
  sink.Raw(" [label=");
  sink.Quoted(ShortLabel(full));
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
  if (!e.role.empty()) {
    label += " (";
    label += e.role;
    label += ')';
  }
  if (e.count > 1) label += " x" + std::to_string(e.count);
  return label;
}

void WriteEdge(DotSink& sink, const Edge& e) {
  const EdgeStyle style = EdgeStyleOf(e.type);
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

bool IsArticle(const Node& n) {
  return n.type == NodeType::kSource && n.source_kind == SourceKind::kArticle;
}

// For each node (by index), the article node whose cluster holds it: the
// article itself, or the article a statement was found in; kNone otherwise.
std::vector<std::size_t> ClusterOf(const Graph& graph) {
  std::vector<std::size_t> owner(graph.num_nodes(), Graph::kNone);
  for (std::size_t i = 0; i < graph.num_nodes(); ++i) {
    const Node& n = graph.node(i);
    if (IsArticle(n)) {
      owner[i] = i;
    } else if (n.type == NodeType::kStatement && !n.evidence.article.empty()) {
      const std::size_t a = graph.Find("article:" + n.evidence.article);
      if (a != Graph::kNone && IsArticle(graph.node(a))) owner[i] = a;
    }
  }
  return owner;
}

// Writes every node, those of an article inside its "subgraph cluster_N".
void WriteClusteredNodes(DotSink& sink, const Graph& graph) {
  const std::vector<std::size_t> owner = ClusterOf(graph);
  const std::vector<std::size_t> sorted = graph.SortedNodes();
  std::vector<std::vector<std::size_t>> members(graph.num_nodes());
  for (std::size_t i : sorted) {
    if (owner[i] != Graph::kNone && owner[i] != i) members[owner[i]].push_back(i);
  }
  std::size_t cluster = 0;
  for (std::size_t i : sorted) {
    if (owner[i] != i) continue;
    const Node& article = graph.node(i);
    const std::string& title = article.title.empty() ? FullText(article) : article.title;
    sink.Raw("  subgraph cluster_");
    sink.Raw(std::to_string(cluster++));
    sink.Raw(" {\n    label=");
    sink.Quoted(ShortLabel(title));
    sink.Raw(";\n    tooltip=");
    sink.Quoted(title);
    sink.Raw(";\n    style=\"rounded,dashed\";\n    color=\"#adb5bd\";\n");
    WriteNode(sink, article, "    ");
    for (std::size_t m : members[i]) WriteNode(sink, graph.node(m), "    ");
    sink.Raw("  }\n");
  }
  for (std::size_t i : sorted) {
    if (owner[i] == Graph::kNone) WriteNode(sink, graph.node(i));
  }
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

void WriteDot(const Graph& graph, std::ostream& out, const DotOptions& options) {
  DotSink sink(out);
  sink.Raw(
      "digraph quotegraph {\n"
      "  graph [rankdir=LR, charset=\"UTF-8\", fontname=\"Helvetica\"];\n"
      "  node [style=filled, fontname=\"Helvetica\", fontsize=10, color=\"#495057\"];\n"
      "  edge [fontname=\"Helvetica\", fontsize=8];\n");
  if (options.clusters) {
    // Ranking the whole graph at once (not cluster by cluster) is what
    // Graphviz recommends for clusters; the older ranking can leave an
    // edge between clusters with no route ("triangulation failed").
    sink.Raw("  graph [newrank=true];\n");
    WriteClusteredNodes(sink, graph);
  } else {
    for (std::size_t i : graph.SortedNodes()) WriteNode(sink, graph.node(i));
  }
  for (std::size_t i : graph.SortedEdges()) WriteEdge(sink, graph.edge(i));
  sink.Raw("}\n");
  sink.Flush();
}

}  // namespace quotegraph
