// Neo4j bulk-import CSV writer (neo4j_writer.h).

#include "quotegraph/exporters/neo4j_writer.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "export_text.h"
#include "quotegraph/core/attributes.h"
#include "quotegraph/exporters/atomic_file.h"

#include "output_buffer.h"
namespace quotegraph {
namespace {

class CsvSink : public OutputBuffer {
 public:
  using OutputBuffer::OutputBuffer;

  // Appends a field separator unless at the start of a record.
  void Separator() {
    if (!first_) buf_ += ',';
    first_ = false;
  }
  void Quoted(std::string_view s) {
    Separator();
    buf_ += '"';
    for (char c : export_text::CleanText(s, scratch_)) {
      if (c == '"') buf_ += '"';
      buf_ += c;
    }
    buf_ += '"';
  }
  void Bare(std::string_view s) {
    Separator();
    buf_.append(s.data(), s.size());
  }
  void Empty() { Separator(); }
  void EndRecord() {
    buf_ += '\n';
    first_ = true;
    OutputBuffer::EndRecord();
  }

 private:
  bool first_ = true;
};

std::string_view CsvType(AttrType t) { return t == AttrType::kInt ? "long" : "string"; }

std::string Capitalised(std::string_view s) {
  std::string out(s);
  if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

std::string Labels(const Node& n) {
  std::string labels = Capitalised(ToString(n.type));
  if (n.type == NodeType::kSource) labels += ";" + Capitalised(ToString(n.source_kind));
  return labels;
}

std::string RelationshipType(EdgeType t) {
  std::string out(ToString(t));
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// Writes the schema's values of one record, an empty field where absent.
void WriteValues(CsvSink& sink, const std::vector<AttrDef>& schema,
                 const std::vector<Attribute>& values) {
  for (const AttrDef& d : schema) {
    const Attribute* found = nullptr;
    for (const Attribute& v : values) {
      if (v.key == d.key) found = &v;
    }
    if (found == nullptr) {
      sink.Empty();
      continue;
    }
    const Attribute& a = *found;
    switch (a.type) {
      case AttrType::kString: sink.Quoted(a.text); break;
      case AttrType::kInt: sink.Bare(std::to_string(a.number)); break;
      case AttrType::kStringList: sink.Quoted(JoinList(a.list)); break;
    }
  }
}

void WriteHeader(CsvSink& sink, const std::vector<AttrDef>& schema) {
  for (const AttrDef& d : schema) {
    sink.Bare(std::string(d.key) + ":" + std::string(CsvType(d.type)));
  }
  sink.EndRecord();
}

}  // namespace

void WriteNeo4jNodes(const Graph& graph, std::ostream& out) {
  CsvSink sink(out);
  const std::vector<AttrDef>& schema = NodeAttributeSchema();
  sink.Bare("id:ID");
  sink.Bare(":LABEL");
  sink.Bare("type:string");
  WriteHeader(sink, schema);
  for (std::size_t i : graph.SortedNodes()) {
    const Node& n = graph.node(i);
    sink.Quoted(n.id);
    sink.Quoted(Labels(n));
    sink.Quoted(ToString(n.type));
    WriteValues(sink, schema, NodeAttributes(n));
    sink.EndRecord();
  }
  sink.Flush();
}

void WriteNeo4jRelationships(const Graph& graph, std::ostream& out) {
  CsvSink sink(out);
  const std::vector<AttrDef>& schema = EdgeAttributeSchema();
  sink.Bare(":START_ID");
  sink.Bare(":END_ID");
  sink.Bare(":TYPE");
  WriteHeader(sink, schema);
  for (std::size_t i : graph.SortedEdges()) {
    const Edge& e = graph.edge(i);
    sink.Quoted(e.source);
    sink.Quoted(e.target);
    sink.Quoted(RelationshipType(e.type));
    WriteValues(sink, schema, EdgeAttributes(e));
    sink.EndRecord();
  }
  sink.Flush();
}

void WriteNeo4jDirectory(const Graph& graph, const std::string& dir) {
  namespace fs = std::filesystem;
  WriteDirectoryAtomically(
      dir, {kNeo4jNodesFile, kNeo4jRelationshipsFile}, [&](const std::string& temp) {
        WriteFileAtomically((fs::path(temp) / kNeo4jNodesFile).string(),
                            [&](std::ostream& out) { WriteNeo4jNodes(graph, out); });
        WriteFileAtomically((fs::path(temp) / kNeo4jRelationshipsFile).string(),
                            [&](std::ostream& out) { WriteNeo4jRelationships(graph, out); });
      });
}

}  // namespace quotegraph
