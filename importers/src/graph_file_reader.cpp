// The native graph-file reader (graph_file_reader.h).
//
// The file is read with one read loop into one string and parsed with
// RapidJSON's SAX reader (iterative, so nesting depth cannot overflow the
// stack).  No DOM is built: each node or edge object fills one scratch
// record that is moved into the graph when the object closes, so the only
// per-record allocations are the graph's own strings.
//
// Error positions: every record remembers the byte offset where it starts;
// errors name "FILE:LINE: node N" / "edge N" (N = index in the "nodes" /
// "edges" array, from 0).  The buffer is parsed read-only, so the line of an
// offset is found by counting newlines before it, on the error path only.
//
// Edges whose "edges" array comes before "nodes" in the file (JSON objects
// are unordered; `jq -S` sorts keys) are held back until the nodes are in.

#include "quotegraph/importers/graph_file_reader.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "quotegraph/core/attributes.h"
#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

using rapidjson::SizeType;

constexpr unsigned kParseFlags = rapidjson::kParseIterativeFlag;

// 1-based line of byte `offset` in `text`.
std::int64_t LineAt(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n');
}

std::size_t CountNewlines(std::string_view s) {
  std::size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
    ++n;
    ++p;
  }
  return n;
}

// Reserves the graph from the layout json_writer.h writes (one record per
// line, "edges" at the start of a line).  Only a hint: any layout parses.
void ReserveFor(std::string_view json, Graph& graph) {
  const std::size_t edges_at = json.find("\n\"edges\":");
  if (edges_at == std::string_view::npos) return;
  graph.Reserve(CountNewlines(json.substr(0, edges_at)), CountNewlines(json.substr(edges_at)));
}

// What the value after the current key means.
enum class Field : std::uint8_t {
  kIgnored,  // unknown key: value skipped
  kFormat,
  kVersion,
  kNodes,
  kEdges,
  kId,
  kType,
  kSource,
  kTarget,
  kAttribute,  // a schema attribute (def_)
};

enum class Section : std::uint8_t { kNone, kNodes, kEdges };

// Required keys of a record, as bits.
enum : unsigned { kHasId = 1, kHasType = 2, kHasLabel = 4, kHasSource = 8, kHasTarget = 16 };

// An edge record's strings, owned (an Edge only views them).
struct EdgeStrings {
  std::string source;
  std::string target;
  std::string role;
};

struct PendingEdge {
  EdgeStrings strings;
  Edge edge;  // type and count; its views are set when it is added
  std::size_t index;
  std::size_t offset;
};

// SAX handler building a Graph.  depth_ counts open containers:
//   0 root value, 1 root member, 2 element of "nodes"/"edges",
//   3 record member, 4 item of a list attribute.
// skip_ > 0 while inside a container that belongs to an unknown key.
class GraphHandler {
 public:
  GraphHandler(std::string_view text, const rapidjson::StringStream& stream, Graph& graph)
      : text_(text),
        stream_(stream),
        graph_(graph),
        label_def_(FindAttrDef(NodeAttributeSchema(), "label")) {}

  bool failed() const { return !error_.empty(); }
  std::size_t error_offset() const { return error_offset_; }
  const std::string& error() const { return error_; }

  bool Null() { return OtherScalar(); }
  bool Bool(bool) { return OtherScalar(); }
  bool Double(double) { return OtherScalar(); }
  bool Int(int v) { return Integer(v); }
  bool Uint(unsigned v) { return Integer(v); }
  bool Int64(std::int64_t v) { return Integer(v); }
  bool Uint64(std::uint64_t v) {
    if (v > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return OtherScalar();
    }
    return Integer(static_cast<std::int64_t>(v));
  }
  bool RawNumber(const char*, SizeType, bool) { return OtherScalar(); }

  bool String(const char* s, SizeType n, bool) {
    if (skip_ > 0 || Ignored()) return true;
    const std::string_view v(s, n);
    if (depth_ == 1) return RootString(v);
    if (depth_ == 3) return RecordString(v);
    if (depth_ == 4) {
      scratch_.list.emplace_back(v);
      return true;
    }
    return WrongType();
  }

  bool Key(const char* s, SizeType n, bool) {
    if (skip_ > 0) return true;
    const std::string_view k(s, n);
    if (depth_ == 1) {
      field_ = RootField(k);
    } else {
      field_ = section_ == Section::kNodes ? NodeField(k) : EdgeField(k);
    }
    return true;
  }

  bool StartObject() {
    if (skip_ > 0) {
      ++skip_;
      return true;
    }
    if (depth_ == 0) {
      depth_ = 1;
      return true;
    }
    if (depth_ == 2) {
      BeginRecord();
      return true;
    }
    return Container();
  }

  bool StartArray() {
    if (skip_ > 0) {
      ++skip_;
      return true;
    }
    if (depth_ == 1 && (field_ == Field::kNodes || field_ == Field::kEdges)) {
      section_ = field_ == Field::kNodes ? Section::kNodes : Section::kEdges;
      index_ = 0;
      depth_ = 2;
      return true;
    }
    if (depth_ == 3 && field_ == Field::kAttribute && def_->type == AttrType::kStringList) {
      scratch_.list.clear();
      depth_ = 4;
      return true;
    }
    return Container();
  }

  bool EndObject(SizeType) {
    if (skip_ > 0) {
      --skip_;
      return true;
    }
    if (depth_ == 3) {
      depth_ = 2;
      return section_ == Section::kNodes ? EndNode() : EndEdge();
    }
    depth_ = 0;
    return EndRoot();
  }

  bool EndArray(SizeType) {
    if (skip_ > 0) {
      --skip_;
      return true;
    }
    if (depth_ == 4) {
      depth_ = 3;
      return SetAttribute();
    }
    depth_ = 1;
    const bool was_nodes = section_ == Section::kNodes;
    section_ = Section::kNone;
    if (!was_nodes) return true;
    nodes_done_ = true;
    return AddPendingEdges();
  }

 private:
  // --- keys ---------------------------------------------------------------

  static Field RootField(std::string_view k) {
    if (k == "format") return Field::kFormat;
    if (k == "version") return Field::kVersion;
    if (k == "nodes") return Field::kNodes;
    if (k == "edges") return Field::kEdges;
    return Field::kIgnored;
  }

  Field NodeField(std::string_view k) {
    if (k == "id") return Field::kId;
    if (k == "type") return Field::kType;
    def_ = FindAttrDef(NodeAttributeSchema(), k);
    return def_ != nullptr ? Field::kAttribute : Field::kIgnored;
  }

  Field EdgeField(std::string_view k) {
    if (k == "source") return Field::kSource;
    if (k == "target") return Field::kTarget;
    if (k == "type") return Field::kType;
    def_ = FindAttrDef(EdgeAttributeSchema(), k);
    return def_ != nullptr ? Field::kAttribute : Field::kIgnored;
  }

  // An unknown key's scalar value at root or record level.
  bool Ignored() const { return (depth_ == 1 || depth_ == 3) && field_ == Field::kIgnored; }

  // --- values ---------------------------------------------------------------

  bool OtherScalar() {
    if (skip_ > 0 || Ignored()) return true;
    return WrongType();
  }

  // A container where a scalar was expected: skipped for unknown keys.
  bool Container() {
    if (!Ignored()) return WrongType();
    skip_ = 1;
    return true;
  }

  bool Integer(std::int64_t v) {
    if (skip_ > 0 || Ignored()) return true;
    if (depth_ == 1 && field_ == Field::kVersion) return Version(v);
    if (depth_ == 3 && field_ == Field::kAttribute && def_->type == AttrType::kInt) {
      scratch_.number = v;
      return SetAttribute();
    }
    return WrongType();
  }

  bool Version(std::int64_t v) {
    if (v < 1) return FailHere("invalid version " + std::to_string(v));
    if (v > kGraphFileVersion) {
      return FailHere("graph file version " + std::to_string(v) +
                      " is newer than this build reads (" + std::to_string(kGraphFileVersion) +
                      "); upgrade quotegraph");
    }
    has_version_ = true;
    return true;
  }

  bool RootString(std::string_view v) {
    if (field_ != Field::kFormat) return WrongType();
    if (v != "quotegraph") {
      return FailHere("not a quotegraph graph file (\"format\" is \"" + std::string(v) + "\")");
    }
    has_format_ = true;
    return true;
  }

  bool RecordString(std::string_view v) {
    switch (field_) {
      case Field::kId:
        node_.id.assign(v.data(), v.size());
        if (v.empty()) return FailRecord("empty \"id\"");
        seen_ |= kHasId;
        return true;
      case Field::kSource:
        edge_strings_.source.assign(v.data(), v.size());
        seen_ |= kHasSource;
        return true;
      case Field::kTarget:
        edge_strings_.target.assign(v.data(), v.size());
        seen_ |= kHasTarget;
        return true;
      case Field::kType: return SetType(v);
      case Field::kAttribute:
        if (def_->type != AttrType::kString) return WrongType();
        scratch_.text.assign(v.data(), v.size());
        return SetAttribute();
      default: return WrongType();
    }
  }

  bool SetType(std::string_view v) {
    if (section_ == Section::kNodes) {
      const auto t = ParseNodeType(v);
      if (!t) return FailRecord("unknown node type \"" + std::string(v) + "\"");
      node_.type = *t;
    } else {
      const auto t = ParseEdgeType(v);
      if (!t) return FailRecord("unknown edge type \"" + std::string(v) + "\"");
      edge_.type = *t;
    }
    seen_ |= kHasType;
    return true;
  }

  bool SetAttribute() {
    scratch_.key = def_->key;
    scratch_.type = def_->type;
    const bool ok = section_ == Section::kNodes ? SetNodeAttribute(node_, def_->key, scratch_)
                                                : SetEdgeAttribute(edge_, def_->key, scratch_);
    if (!ok) return FailRecord("invalid value for \"" + std::string(def_->key) + "\"");
    if (section_ == Section::kEdges && !edge_.role.empty()) {
      // The role viewed scratch_, which the next attribute overwrites.
      edge_strings_.role = edge_.role;
      edge_.role = {};
    }
    if (def_ == label_def_) seen_ |= kHasLabel;
    return true;
  }

  // --- records --------------------------------------------------------------

  void BeginRecord() {
    depth_ = 3;
    seen_ = 0;
    // RapidJSON calls StartObject before or after consuming the '{',
    // depending on its version; point at the '{' either way.
    record_offset_ = stream_.Tell();
    if (record_offset_ > 0 && text_[record_offset_] != '{') --record_offset_;
    if (section_ == Section::kNodes) {
      node_ = Node();
    } else {
      edge_ = Edge();
      edge_strings_.source.clear();
      edge_strings_.target.clear();
      edge_strings_.role.clear();
    }
  }

  bool EndNode() {
    if (!(seen_ & kHasId)) return FailRecord("missing \"id\"");
    if (!(seen_ & kHasType)) return FailRecord("missing \"type\"");
    if (!(seen_ & kHasLabel)) return FailRecord("missing \"label\"");
    graph_.AddNode(std::move(node_));
    ++index_;
    return true;
  }

  bool EndEdge() {
    if (!(seen_ & kHasSource)) return FailRecord("missing \"source\"");
    if (!(seen_ & kHasTarget)) return FailRecord("missing \"target\"");
    if (!(seen_ & kHasType)) return FailRecord("missing \"type\"");
    const std::size_t index = index_++;
    if (!nodes_done_) {
      pending_.push_back(PendingEdge{std::move(edge_strings_), edge_, index, record_offset_});
      return true;
    }
    if (graph_.AddEdge(Viewing(edge_, edge_strings_))) return true;
    return DanglingEdge(index, record_offset_);
  }

  // `edge` viewing `strings`.
  static Edge Viewing(Edge edge, const EdgeStrings& strings) {
    edge.source = strings.source;
    edge.target = strings.target;
    edge.role = strings.role;
    return edge;
  }

  bool AddPendingEdges() {
    for (PendingEdge& p : pending_) {
      if (!graph_.AddEdge(Viewing(p.edge, p.strings))) return DanglingEdge(p.index, p.offset);
    }
    pending_.clear();
    pending_.shrink_to_fit();
    return true;
  }

  bool EndRoot() {
    if (!has_format_) return FailHere("not a quotegraph graph file (no \"format\")");
    if (!has_version_) return FailHere("no \"version\"");
    nodes_done_ = true;
    return AddPendingEdges();
  }

  // Error path only: parses the edge object at `offset` again to name the
  // end that is not a node.
  bool DanglingEdge(std::size_t index, std::size_t offset) {
    rapidjson::Document d;
    d.Parse<kParseFlags | rapidjson::kParseStopWhenDoneFlag>(text_.data() + offset,
                                                             text_.size() - offset);
    std::string message = "edge " + std::to_string(index) + ": ";
    for (const char* end : {"source", "target"}) {
      if (d.IsObject() && d.HasMember(end) && d[end].IsString()) {
        const std::string id(d[end].GetString(), d[end].GetStringLength());
        if (graph_.Find(id) == Graph::kNone) {
          return Fail(offset, message + end + " \"" + id + "\" is not a node");
        }
      }
    }
    return Fail(offset, message + "an end is not a node");
  }

  // --- errors ---------------------------------------------------------------

  std::string RecordName() const {
    return (section_ == Section::kNodes ? "node " : "edge ") + std::to_string(index_);
  }

  std::string FieldName() const {
    switch (field_) {
      case Field::kFormat: return "\"format\"";
      case Field::kVersion: return "\"version\"";
      case Field::kNodes: return "\"nodes\"";
      case Field::kEdges: return "\"edges\"";
      case Field::kId: return "\"id\"";
      case Field::kType: return "\"type\"";
      case Field::kSource: return "\"source\"";
      case Field::kTarget: return "\"target\"";
      case Field::kAttribute: return "\"" + std::string(def_->key) + "\"";
      case Field::kIgnored: break;
    }
    return "value";
  }

  std::string ExpectedType() const {
    switch (field_) {
      case Field::kVersion: return "an integer";
      case Field::kNodes:
      case Field::kEdges: return "an array";
      case Field::kAttribute:
        if (def_->type == AttrType::kInt) return "an integer";
        if (def_->type == AttrType::kStringList) return "an array of strings";
        return "a string";
      default: return "a string";
    }
  }

  bool WrongType() {
    if (depth_ == 0) return FailHere("the top level must be an object");
    if (depth_ == 1) return FailHere(FieldName() + " must be " + ExpectedType());
    if (depth_ == 2) return FailHere(RecordName() + ": must be an object");
    return FailRecord(FieldName() + " must be " + ExpectedType());
  }

  bool FailRecord(const std::string& message) {
    return Fail(record_offset_, RecordName() + ": " + message);
  }

  bool FailHere(const std::string& message) { return Fail(stream_.Tell(), message); }

  bool Fail(std::size_t offset, std::string message) {
    error_offset_ = offset;
    error_ = std::move(message);
    return false;
  }

  std::string_view text_;
  const rapidjson::StringStream& stream_;
  Graph& graph_;
  const AttrDef* label_def_;

  int depth_ = 0;
  int skip_ = 0;
  Section section_ = Section::kNone;
  Field field_ = Field::kIgnored;
  const AttrDef* def_ = nullptr;
  bool has_format_ = false;
  bool has_version_ = false;
  bool nodes_done_ = false;

  std::size_t index_ = 0;
  std::size_t record_offset_ = 0;
  unsigned seen_ = 0;
  Node node_;
  Edge edge_;
  EdgeStrings edge_strings_;
  Attribute scratch_{{}, AttrType::kString, {}, 0, {}};
  std::vector<PendingEdge> pending_;

  std::size_t error_offset_ = 0;
  std::string error_;
};

// "FILE:LINE: invalid JSON: WHAT (column C, byte B)"; columns count bytes
// from 1.
Error InvalidJson(std::string_view text, std::string_view origin, std::size_t offset,
                  std::string_view what) {
  offset = std::min(offset, text.size());
  const std::size_t line_start = text.rfind('\n', offset == 0 ? 0 : offset - 1);
  const std::size_t column =
      line_start == std::string_view::npos || offset == 0 ? offset + 1 : offset - line_start;
  return ErrorAt(origin, LineAt(text, offset),
                 "invalid JSON: " + std::string(what) + " (column " + std::to_string(column) +
                     ", byte " + std::to_string(offset) + ")");
}

// Parses NUL-terminated, valid UTF-8 `text`.
Graph ParseBuffer(const std::string& text, std::string_view origin) {
  Graph graph;
  ReserveFor(text, graph);
  rapidjson::StringStream stream(text.c_str());
  GraphHandler handler(text, stream, graph);
  rapidjson::Reader reader;
  const rapidjson::ParseResult result = reader.Parse<kParseFlags>(stream, handler);
  if (handler.failed()) {
    throw ErrorAt(origin, LineAt(text, handler.error_offset()), handler.error());
  }
  if (result.IsError()) {
    throw InvalidJson(text, origin, result.Offset(), rapidjson::GetParseError_En(result.Code()));
  }
  if (stream.Tell() != text.size()) {  // StringStream stops at a NUL byte
    throw InvalidJson(text, origin, stream.Tell(), "NUL byte.");
  }
  return graph;
}

// Reads all of `fd`; `size_hint` is the expected size (0 if unknown).
std::string ReadAll(int fd, std::size_t size_hint, const std::string& name) {
  std::string text;
  text.resize(size_hint + 1);  // +1 so a file that grew is still noticed
  std::size_t used = 0;
  for (;;) {
    if (used == text.size()) text.resize(std::max<std::size_t>(2 * text.size(), 1 << 16));
    const ssize_t got = ::read(fd, text.data() + used, text.size() - used);
    if (got == 0) break;
    if (got < 0) {
      if (errno == EINTR) continue;
      throw ErrorAt(name, 0, std::string("cannot read: ") + std::strerror(errno));
    }
    used += static_cast<std::size_t>(got);
  }
  text.resize(used);
  return text;
}

std::string ReadFileText(const std::string& path) {
  if (path == "-") return ReadAll(STDIN_FILENO, 0, "<stdin>");
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw ErrorAt(path, 0, std::string("cannot read: ") + std::strerror(errno));
  struct stat st {};
  const std::size_t hint =
      ::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) : 0;
  try {
    std::string text = ReadAll(fd, hint, path);
    ::close(fd);
    return text;
  } catch (...) {
    ::close(fd);
    throw;
  }
}

}  // namespace

Graph ReadGraphFile(const std::string& path) {
  std::string text = ReadFileText(path);
  if (!IsValidUtf8(text)) text = RepairUtf8(text);
  return ParseBuffer(text, path == "-" ? "<stdin>" : path);
}

Graph ParseGraphJson(std::string_view json, std::string_view origin) {
  return ParseBuffer(IsValidUtf8(json) ? std::string(json) : RepairUtf8(json), origin);
}

}  // namespace quotegraph
