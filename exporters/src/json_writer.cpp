// The native graph file writer (json_writer.h).
//
// Records are written by hand, one per line, in the exact form RapidJSON's
// Writer gives (no spaces; in strings only '"', '\', and control characters
// escaped, the latter as \b \t \n \f \r or \u00XX with upper-case hex
// digits; other bytes as they are).  Strings are escaped eight bytes at a
// time where no byte needs escaping, and checked for valid UTF-8 only when
// they hold a non-ASCII byte.
//
// The file is cut into blocks of records, each formatted into its own text
// and written in order.  With threads, a round of blocks (two per thread)
// is formatted at once, the calling thread first writing the previous round
// out while the others format: the bytes do not depend on the thread count.

#include "quotegraph/exporters/json_writer.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <exception>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

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

// JSON text being built for one block of records.
class JsonSink {
 public:
  std::string& buf() { return buf_; }
  void Raw(std::string_view s) { buf_.append(s.data(), s.size()); }

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
  std::string buf_;
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

// Records per block: about a megabyte of text.
constexpr std::size_t kBlockRecords = 4096;

// One block of the file: records [begin, end) of the node or edge array,
// with the framing around them ("[\n" before the first record, ",\n"
// between records, "\n]" or "]" after the last).
struct Block {
  bool edges;
  std::size_t begin;
  std::size_t end;
};

class BlockWriter {
 public:
  BlockWriter(const Graph& graph, const std::vector<std::size_t>& nodes,
              const std::vector<std::size_t>& edges)
      : graph_(graph), nodes_(nodes), edges_(edges) {}

  // Replaces the text of `sink` with block `b`.
  void Format(const Block& b, JsonSink& sink) const {
    sink.buf().clear();
    const std::vector<std::size_t>& order = b.edges ? edges_ : nodes_;
    if (b.begin == 0) sink.Raw(b.edges ? ",\n\"edges\":[\n" : ",\n\"nodes\":[\n");
    for (std::size_t k = b.begin; k < b.end; ++k) {
      if (k > 0) sink.Raw(",\n");
      if (b.edges) {
        WriteEdge(sink, graph_.edge(order[k]));
      } else {
        WriteNode(sink, graph_.node(order[k]));
      }
    }
    if (b.end == order.size()) sink.Raw(order.empty() ? "]" : "\n]");
  }

 private:
  const Graph& graph_;
  const std::vector<std::size_t>& nodes_;
  const std::vector<std::size_t>& edges_;
};

void AddBlocks(bool edges, std::size_t records, std::vector<Block>& blocks) {
  std::size_t begin = 0;
  do {
    const std::size_t end = std::min(records, begin + kBlockRecords);
    blocks.push_back(Block{edges, begin, end});
    begin = end;
  } while (begin < records);
}

}  // namespace

void WriteJsonGraph(const Graph& graph, std::ostream& out) { WriteJsonGraph(graph, out, 1); }

void WriteJsonGraph(const Graph& graph, std::ostream& out, std::size_t threads) {
  threads = std::max<std::size_t>(threads, 1);
  std::vector<std::size_t> nodes;
  std::vector<std::size_t> edges;
  if (threads > 1) {
    std::exception_ptr error;
    std::thread sort_edges([&] {
      try {
        edges = graph.SortedEdges();
      } catch (...) {
        error = std::current_exception();
      }
    });
    try {
      nodes = graph.SortedNodes();
    } catch (...) {
      sort_edges.join();
      throw;
    }
    sort_edges.join();
    if (error) std::rethrow_exception(error);
  } else {
    nodes = graph.SortedNodes();
    edges = graph.SortedEdges();
  }
  std::vector<Block> blocks;
  AddBlocks(false, nodes.size(), blocks);
  AddBlocks(true, edges.size(), blocks);
  const BlockWriter writer(graph, nodes, edges);

  out << "{\"format\":\"quotegraph\",\"version\":" << kVersionWritten;
  // Two rounds of texts: one being formatted, the one before being written.
  // The helpers take the blocks of a round one at a time; the calling
  // thread writes the previous round out, then takes what is left.
  const std::size_t round = threads == 1 ? 1 : 2 * threads;
  std::vector<JsonSink> current(round);
  std::vector<JsonSink> previous(round);
  std::size_t previous_count = 0;
  auto write_previous = [&] {
    for (std::size_t t = 0; t < previous_count; ++t) {
      out.write(previous[t].buf().data(), static_cast<std::streamsize>(previous[t].buf().size()));
    }
    previous_count = 0;
  };
  for (std::size_t first = 0; first < blocks.size(); first += round) {
    const std::size_t count = std::min(round, blocks.size() - first);
    std::atomic<std::size_t> next{0};
    std::vector<std::exception_ptr> errors(threads);
    auto format_some = [&](std::size_t worker) {
      try {
        for (std::size_t k; (k = next.fetch_add(1)) < count;) {
          writer.Format(blocks[first + k], current[k]);
        }
      } catch (...) {
        errors[worker] = std::current_exception();
        next = count;
      }
    };
    std::vector<std::thread> helpers;
    for (std::size_t t = 1; t < std::min(threads, count + 1); ++t) {
      helpers.emplace_back(format_some, t);
    }
    try {
      write_previous();
    } catch (...) {
      next = count;
      for (std::thread& h : helpers) h.join();
      throw;
    }
    format_some(0);
    for (std::thread& h : helpers) h.join();
    for (const std::exception_ptr& e : errors) {
      if (e) std::rethrow_exception(e);
    }
    current.swap(previous);
    previous_count = count;
  }
  write_previous();
  out << "}\n";
}

}  // namespace quotegraph
