// GraphML writer (graphml_writer.h).  Text is built in one std::string and
// handed to the stream in large chunks.

#include "quotegraph/exporters/graphml_writer.h"

#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/attributes.h"
#include "export_text.h"

#include "output_buffer.h"
namespace quotegraph {
namespace {

constexpr std::string_view kHeader =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
    "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
    "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
    "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";

using export_text::XmlContext;

class GraphmlSink : public OutputBuffer {
 public:
  using OutputBuffer::OutputBuffer;


  // Appends `s` escaped for XML (export_text.h): invalid UTF-8 repaired,
  // characters XML 1.0 forbids dropped.
  void Escaped(std::string_view s, XmlContext context) {
    export_text::AppendXmlEscaped(buf_, s, context, scratch_);
  }

};

std::string_view XmlType(AttrType t) { return t == AttrType::kInt ? "long" : "string"; }

void WriteKey(GraphmlSink& sink, std::string_view prefix, std::string_view domain,
              std::string_view name, AttrType type, std::string_view desc) {
  sink.Raw("  <key id=\"");
  sink.Raw(prefix);
  sink.Raw(name);
  sink.Raw("\" for=\"");
  sink.Raw(domain);
  sink.Raw("\" attr.name=\"");
  sink.Raw(name);
  sink.Raw("\" attr.type=\"");
  sink.Raw(XmlType(type));
  sink.Raw("\"><desc>");
  sink.Escaped(desc, XmlContext::kText);
  sink.Raw("</desc></key>\n");
}

void WriteKeys(GraphmlSink& sink) {
  WriteKey(sink, "n_", "node", "type", AttrType::kString,
           "node type: person, organization, place, statement, source or claim");
  for (const AttrDef& d : NodeAttributeSchema()) {
    WriteKey(sink, "n_", "node", d.key, d.type, d.description);
  }
  WriteKey(sink, "e_", "edge", "type", AttrType::kString,
           "edge type: said, denied, reported_by, published_by, mentions, about, "
           "affiliated_with or expresses");
  WriteKey(sink, "e_", "edge", "label", AttrType::kString, "the edge type, for display");
  for (const AttrDef& d : EdgeAttributeSchema()) {
    WriteKey(sink, "e_", "edge", d.key, d.type, d.description);
  }
}

void WriteData(GraphmlSink& sink, std::string_view key_id, std::string_view text) {
  sink.Raw("      <data key=\"");
  sink.Raw(key_id);
  sink.Raw("\">");
  sink.Escaped(text, XmlContext::kText);
  sink.Raw("</data>\n");
}

// Writes one attribute as <data>; key ids are `prefix` + attribute name.
void WriteAttribute(GraphmlSink& sink, std::string& key_id, std::string_view prefix,
                    const Attribute& a) {
  key_id.assign(prefix.data(), prefix.size());
  key_id.append(a.key.data(), a.key.size());
  switch (a.type) {
    case AttrType::kString: WriteData(sink, key_id, a.text); break;
    case AttrType::kInt: WriteData(sink, key_id, std::to_string(a.number)); break;
    case AttrType::kStringList: WriteData(sink, key_id, JoinList(a.list)); break;
  }
}

void WriteNode(GraphmlSink& sink, std::string& key_id, const Node& n) {
  sink.Raw("    <node id=\"");
  sink.Escaped(n.id, XmlContext::kAttribute);
  sink.Raw("\">\n");
  WriteData(sink, "n_type", ToString(n.type));
  for (const Attribute& a : NodeAttributes(n)) WriteAttribute(sink, key_id, "n_", a);
  sink.Raw("    </node>\n");
  sink.EndRecord();
}

void WriteEdge(GraphmlSink& sink, std::string& key_id, std::size_t number, const Edge& e) {
  sink.Raw("    <edge id=\"e");
  sink.Raw(std::to_string(number));
  sink.Raw("\" source=\"");
  sink.Escaped(e.source, XmlContext::kAttribute);
  sink.Raw("\" target=\"");
  sink.Escaped(e.target, XmlContext::kAttribute);
  sink.Raw("\">\n");
  WriteData(sink, "e_type", ToString(e.type));
  WriteData(sink, "e_label", ToString(e.type));
  for (const Attribute& a : EdgeAttributes(e)) WriteAttribute(sink, key_id, "e_", a);
  sink.Raw("    </edge>\n");
  sink.EndRecord();
}

}  // namespace

void WriteGraphml(const Graph& graph, std::ostream& out) {
  GraphmlSink sink(out);
  std::string key_id;  // reused for every <data key="...">
  sink.Raw(kHeader);
  WriteKeys(sink);
  sink.Raw("  <graph id=\"quotegraph\" edgedefault=\"directed\">\n");
  for (std::size_t i : graph.SortedNodes()) WriteNode(sink, key_id, graph.node(i));
  std::size_t number = 0;
  for (std::size_t i : graph.SortedEdges()) WriteEdge(sink, key_id, number++, graph.edge(i));
  sink.Raw("  </graph>\n</graphml>\n");
  sink.Flush();
}

}  // namespace quotegraph
