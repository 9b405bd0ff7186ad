// The native graph file writer (json_writer.h).
//
// Records are written by hand into an OutputBuffer, one per line, in the
// exact form RapidJSON's Writer gives (no spaces; in strings only '"', '\',
// and control characters escaped, the latter as \b \t \n \f \r or \u00XX
// with upper-case hex digits; other bytes as they are).  Strings are escaped
// eight bytes at a time where no byte needs escaping, and checked for valid
// UTF-8 only when they hold a non-ASCII byte.

#include "quotegraph/exporters/json_writer.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "output_buffer.h"
#include "quotegraph/core/attributes.h"
#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

// The version written; equals kGraphFileVersion of the reader
// (importers/graph_file_reader.h), which exporters do not depend on.  A test
// checks that the two agree.
constexpr int kVersionWritten = 1;

// Whether any of the eight bytes of `word` needs a look on its own: a
// control character, '"', '\' or a non-ASCII byte.
bool NeedsLook(std::uint64_t word) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
  constexpr std::uint64_t kHigh = 0x8080808080808080ULL;
  auto has_zero = [&](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
  const std::uint64_t below_space = (word - 0x20 * kOnes) & ~word & kHigh;
  return ((word & kHigh) | below_space | has_zero(word ^ ('"' * kOnes)) |
          has_zero(word ^ ('\\' * kOnes))) != 0;
}

// The bytes that a JSON string escapes: control characters, '"', '\'.
struct EscapeTable {
  bool escaped[256] = {};
  constexpr EscapeTable() {
    for (int c = 0; c < 0x20; ++c) escaped[c] = true;
    escaped[static_cast<unsigned char>('"')] = true;
    escaped[static_cast<unsigned char>('\\')] = true;
  }
};
constexpr EscapeTable kEscape;

// Appends `s` as a JSON string body (no quotes); returns whether it held a
// byte >= 0x80.
bool AppendEscaped(std::string& out, std::string_view s) {
  static const char kHex[] = "0123456789ABCDEF";
  bool non_ascii = false;
  std::size_t i = 0;
  std::size_t copied = 0;  // s[copied, i) is still to be appended as it is
  while (i < s.size()) {
    if (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if (!NeedsLook(word)) {
        i += 8;
        continue;
      }
    }
    const auto c = static_cast<unsigned char>(s[i]);
    if (!kEscape.escaped[c]) {
      non_ascii |= c >= 0x80;
      ++i;
      continue;
    }
    out.append(s.data() + copied, i - copied);
    out += '\\';
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '\b': out += 'b'; break;
      case '\t': out += 't'; break;
      case '\n': out += 'n'; break;
      case '\f': out += 'f'; break;
      case '\r': out += 'r'; break;
      default:
        out += "u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
    }
    copied = ++i;
  }
  out.append(s.data() + copied, s.size() - copied);
  return non_ascii;
}

class JsonSink : public OutputBuffer {
 public:
  using OutputBuffer::OutputBuffer;

  // Opens an object; the first Key follows without a comma.
  void StartObject() {
    buf_ += '{';
    first_ = true;
  }
  void EndObject() { buf_ += '}'; }

  // Opens an array of strings (ListString).
  void StartList() {
    buf_ += '[';
    first_ = true;
  }
  void EndList() {
    buf_ += ']';
    first_ = false;
  }

  // "key": in an object.  Keys are the schema's names (attributes.h) and
  // "id", "type", "source", "target": plain ASCII, nothing to escape.
  void Key(std::string_view key) {
    if (!first_) buf_ += ',';
    first_ = false;
    buf_ += '"';
    buf_.append(key.data(), key.size());
    buf_ += "\":";
  }

  // A string value (after Key, or in a list), repairing invalid UTF-8.
  void String(std::string_view s) {
    const std::size_t start = buf_.size();
    buf_ += '"';
    if (AppendEscaped(buf_, s) && !IsValidUtf8(s)) {
      buf_.resize(start + 1);
      AppendEscaped(buf_, RepairUtf8(s));
    }
    buf_ += '"';
  }
  void ListString(std::string_view s) {
    if (!first_) buf_ += ',';
    first_ = false;
    String(s);
  }

  void Int(std::int64_t v) {
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, v);
    buf_.append(digits, r.ptr);
  }

 private:
  bool first_ = true;  // no member or item yet in the innermost object or list
};

void WriteAttributes(JsonSink& sink, const std::vector<Attribute>& attributes) {
  for (const Attribute& a : attributes) {
    sink.Key(a.key);
    switch (a.type) {
      case AttrType::kString: sink.String(a.text); break;
      case AttrType::kInt: sink.Int(a.number); break;
      case AttrType::kStringList:
        sink.StartList();
        for (const std::string& item : a.list) sink.ListString(item);
        sink.EndList();
        break;
    }
  }
}

void WriteNode(JsonSink& sink, const Node& n) {
  sink.StartObject();
  sink.Key("id");
  sink.String(n.id);
  sink.Key("type");
  sink.String(ToString(n.type));
  WriteAttributes(sink, NodeAttributes(n));  // "label" comes first
  sink.EndObject();
}

void WriteEdge(JsonSink& sink, const Edge& e) {
  sink.StartObject();
  sink.Key("source");
  sink.String(e.source);
  sink.Key("target");
  sink.String(e.target);
  sink.Key("type");
  sink.String(ToString(e.type));
  WriteAttributes(sink, EdgeAttributes(e));
  sink.EndObject();
}

// Writes `indices` with `write_one`, one per line, between "[\n" and "\n]".
template <typename WriteOne>
void WriteArray(JsonSink& sink, const std::vector<std::size_t>& indices, WriteOne write_one) {
  sink.Raw("[\n");
  for (std::size_t i = 0; i < indices.size(); ++i) {
    if (i > 0) sink.Raw(",\n");
    write_one(indices[i]);
    sink.EndRecord();
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
