// The native graph file writer (json_writer.h).
//
// Each record is written by one RapidJSON Writer (Reset per record) into a
// shared StringBuffer; the framing between records ("[\n", ",\n") is put in
// by hand, which is what gives one record per line.  The buffer goes to the
// stream in large chunks.

#include "quotegraph/exporters/json_writer.h"

#include <cstring>
#include <string>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "quotegraph/core/attributes.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

// The version written; equals kGraphFileVersion of the reader
// (importers/graph_file_reader.h), which exporters do not depend on.  A test
// checks that the two agree.
constexpr int kVersionWritten = 1;

class JsonSink {
 public:
  explicit JsonSink(std::ostream& out) : out_(out) {}

  // Starts a new JSON value (one record) in the buffer.
  rapidjson::Writer<rapidjson::StringBuffer>& Record() {
    writer_.Reset(buffer_);
    return writer_;
  }

  // Appends raw JSON text (framing between records).
  void Raw(std::string_view text) {
    std::memcpy(buffer_.Push(text.size()), text.data(), text.size());
    if (buffer_.GetSize() >= kFlushBytes) Flush();
  }

  // Writes a string value, repairing invalid UTF-8 first.
  void String(std::string_view s) {
    if (IsValidUtf8(s)) {
      writer_.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
      return;
    }
    repaired_ = RepairUtf8(s);
    writer_.String(repaired_.data(), static_cast<rapidjson::SizeType>(repaired_.size()));
  }

  void Key(std::string_view key) {
    writer_.Key(key.data(), static_cast<rapidjson::SizeType>(key.size()));
  }

  void Flush() {
    out_.write(buffer_.GetString(), static_cast<std::streamsize>(buffer_.GetSize()));
    buffer_.Clear();
  }

 private:
  std::ostream& out_;
  rapidjson::StringBuffer buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> writer_;
  std::string repaired_;
};

void WriteAttributes(JsonSink& sink, const std::vector<Attribute>& attributes,
                     rapidjson::Writer<rapidjson::StringBuffer>& w) {
  for (const Attribute& a : attributes) {
    sink.Key(a.key);
    switch (a.type) {
      case AttrType::kString: sink.String(a.text); break;
      case AttrType::kInt: w.Int64(a.number); break;
      case AttrType::kStringList:
        w.StartArray();
        for (const std::string& item : a.list) sink.String(item);
        w.EndArray();
        break;
    }
  }
}

void WriteNode(JsonSink& sink, const Node& n) {
  auto& w = sink.Record();
  w.StartObject();
  sink.Key("id");
  sink.String(n.id);
  sink.Key("type");
  sink.String(ToString(n.type));
  WriteAttributes(sink, NodeAttributes(n), w);  // "label" comes first
  w.EndObject();
}

void WriteEdge(JsonSink& sink, const Edge& e) {
  auto& w = sink.Record();
  w.StartObject();
  sink.Key("source");
  sink.String(e.source);
  sink.Key("target");
  sink.String(e.target);
  sink.Key("type");
  sink.String(ToString(e.type));
  WriteAttributes(sink, EdgeAttributes(e), w);
  w.EndObject();
}

// Writes `indices` with `write_one`, one per line, between "[\n" and "\n]".
template <typename WriteOne>
void WriteArray(JsonSink& sink, const std::vector<std::size_t>& indices, WriteOne write_one) {
  sink.Raw("[\n");
  for (std::size_t i = 0; i < indices.size(); ++i) {
    if (i > 0) sink.Raw(",\n");
    write_one(indices[i]);
  }
  sink.Raw(indices.empty() ? "]" : "\n]");
}

}  // namespace

void WriteJsonGraph(const Graph& graph, std::ostream& out) {
  JsonSink sink(out);
  sink.Raw("{\"format\":\"quotegraph\",\"version\":");
  sink.Raw(std::to_string(kVersionWritten));
  sink.Raw(",\n\"nodes\":");
  WriteArray(sink, graph.SortedNodes(), [&](std::size_t i) { WriteNode(sink, graph.node(i)); });
  sink.Raw(",\n\"edges\":");
  WriteArray(sink, graph.SortedEdges(), [&](std::size_t i) { WriteEdge(sink, graph.edge(i)); });
  sink.Raw("}\n");
  sink.Flush();
}

}  // namespace quotegraph
