// GEXF 1.3 writer (gexf_writer.h).  Text is built in one std::string and
// handed to the stream in large chunks.

#include "quotegraph/exporters/gexf_writer.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "export_text.h"
#include "quotegraph/core/attributes.h"
#include "type_palette.h"

#include "output_buffer.h"
namespace quotegraph {
namespace {

using export_text::XmlContext;

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd\"\n"
    "    version=\"1.3\">\n"
    "  <meta>\n"
    "    <creator>quotegraph</creator>\n"
    "    <description>who said what, and where it was reported</description>\n"
    "  </meta>\n"
    "  <graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">\n";

class GexfSink : public OutputBuffer {
 public:
  using OutputBuffer::OutputBuffer;


  // Appends ` name="value"` with the value escaped.
  void Attr(std::string_view name, std::string_view value) {
    buf_ += ' ';
    Raw(name);
    buf_ += "=\"";
    export_text::AppendXmlEscaped(buf_, value, XmlContext::kAttribute, scratch_);
    buf_ += '"';
  }

};

// The date a node carries itself: a statement's date_estimate (else its
// article's date), a source's date; "" if none.
std::string OwnDate(const Graph& graph, const Node& n) {
  if (n.type == NodeType::kSource) return export_text::IsIsoDate(n.date) ? n.date : "";
  if (n.type != NodeType::kStatement) return "";
  if (export_text::IsIsoDate(n.date_estimate)) return n.date_estimate;
  if (n.evidence.article.empty()) return "";
  const Node* article = graph.FindNode("article:" + n.evidence.article);
  return article != nullptr && export_text::IsIsoDate(article->date) ? article->date : "";
}

// Start date of every node (by index): its own date, else the earliest own
// date among its neighbours; "" if none.
std::vector<std::string> NodeStarts(const Graph& graph) {
  std::vector<std::string> own(graph.num_nodes());
  for (std::size_t i = 0; i < graph.num_nodes(); ++i) own[i] = OwnDate(graph, graph.node(i));
  std::vector<std::string> start = own;
  for (const Edge& e : graph.edges()) {
    const std::size_t s = graph.Find(e.source);
    const std::size_t t = graph.Find(e.target);
    if (s == Graph::kNone || t == Graph::kNone) continue;
    auto take_earliest = [&](std::size_t node, const std::string& date) {
      if (!own[node].empty() || date.empty()) return;
      if (start[node].empty() || date < start[node]) start[node] = date;
    };
    take_earliest(s, own[t]);
    take_earliest(t, own[s]);
  }
  return start;
}

std::string_view GexfType(AttrType t) { return t == AttrType::kInt ? "long" : "string"; }

void WriteAttributeDecl(GexfSink& sink, std::string_view key, AttrType type) {
  sink.Raw("      <attribute");
  sink.Attr("id", key);
  sink.Attr("title", key);
  sink.Attr("type", GexfType(type));
  sink.Raw("/>\n");
}

void WriteDeclarations(GexfSink& sink) {
  sink.Raw("    <attributes class=\"node\" mode=\"static\">\n");
  WriteAttributeDecl(sink, "type", AttrType::kString);
  for (const AttrDef& d : NodeAttributeSchema()) {
    if (d.key != "label") WriteAttributeDecl(sink, d.key, d.type);
  }
  sink.Raw("    </attributes>\n    <attributes class=\"edge\" mode=\"static\">\n");
  WriteAttributeDecl(sink, "type", AttrType::kString);
  for (const AttrDef& d : EdgeAttributeSchema()) WriteAttributeDecl(sink, d.key, d.type);
  sink.Raw("    </attributes>\n");
}

void WriteValue(GexfSink& sink, std::string_view key, std::string_view value) {
  sink.Raw("          <attvalue");
  sink.Attr("for", key);
  sink.Attr("value", value);
  sink.Raw("/>\n");
}

void WriteValues(GexfSink& sink, std::string_view type, const std::vector<Attribute>& attrs) {
  sink.Raw("        <attvalues>\n");
  WriteValue(sink, "type", type);
  for (const Attribute& a : attrs) {
    if (a.key == "label") continue;
    switch (a.type) {
      case AttrType::kString: WriteValue(sink, a.key, a.text); break;
      case AttrType::kInt: WriteValue(sink, a.key, std::to_string(a.number)); break;
      case AttrType::kStringList: WriteValue(sink, a.key, JoinList(a.list)); break;
    }
  }
  sink.Raw("        </attvalues>\n");
}

void WriteColour(GexfSink& sink, std::string_view hex) {
  const Rgb c = ParseHexColour(hex);
  sink.Raw("        <viz:color r=\"" + std::to_string(c.r) + "\" g=\"" + std::to_string(c.g) +
           "\" b=\"" + std::to_string(c.b) + "\" a=\"1.0\"/>\n");
}

std::string SizeOf(std::size_t degree) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", 8.0 + 4.0 * std::sqrt(static_cast<double>(degree)));
  return text;
}

void WriteNode(GexfSink& sink, const Node& n, const std::string& start, std::size_t degree) {
  sink.Raw("      <node");
  sink.Attr("id", n.id);
  sink.Attr("label", n.label.empty() ? n.id : n.label);
  if (!start.empty()) sink.Attr("start", start);
  sink.Raw(">\n");
  WriteValues(sink, ToString(n.type), NodeAttributes(n));
  WriteColour(sink, NodeStyleOf(n).fill);
  sink.Raw("        <viz:size value=\"" + SizeOf(degree) + "\"/>\n");
  sink.Raw("      </node>\n");
  sink.EndRecord();
}

void WriteEdge(GexfSink& sink, std::size_t number, const Edge& e, const std::string& start) {
  sink.Raw("      <edge id=\"e" + std::to_string(number) + "\"");
  sink.Attr("source", e.source);
  sink.Attr("target", e.target);
  sink.Attr("label", ToString(e.type));
  sink.Attr("weight", std::to_string(e.count));
  if (!start.empty()) sink.Attr("start", start);
  sink.Raw(">\n");
  WriteValues(sink, ToString(e.type), EdgeAttributes(e));
  WriteColour(sink, EdgeStyleOf(e.type).color);
  sink.Raw("      </edge>\n");
  sink.EndRecord();
}

}  // namespace

void WriteGexf(const Graph& graph, std::ostream& out) {
  GexfSink sink(out);
  const std::vector<std::string> starts = NodeStarts(graph);
  sink.Raw(kHeader);
  WriteDeclarations(sink);
  sink.Raw("    <nodes>\n");
  for (std::size_t i : graph.SortedNodes()) {
    const std::size_t degree = graph.OutEdges(i).size() + graph.InEdges(i).size();
    WriteNode(sink, graph.node(i), starts[i], degree);
  }
  sink.Raw("    </nodes>\n    <edges>\n");
  std::size_t number = 0;
  for (std::size_t i : graph.SortedEdges()) {
    const Edge& e = graph.edge(i);
    const std::string& s = starts[graph.Find(e.source)];
    const std::string& t = starts[graph.Find(e.target)];
    WriteEdge(sink, number++, e, std::max(s, t));
  }
  sink.Raw("    </edges>\n  </graph>\n</gexf>\n");
  sink.Flush();
}

}  // namespace quotegraph
