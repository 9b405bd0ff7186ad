// N-Triples and Turtle serialisers (rdf_writer.h) of the triple model of
// rdf_triples.h.

#include "quotegraph/exporters/rdf_writer.h"

#include <array>
#include <string>
#include <utility>

#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/rdf_triples.h"

#include "output_buffer.h"
namespace quotegraph {
namespace {

// Prefixes of the Turtle output.  Node IRIs are always written in full:
// their ids may hold characters a prefixed name cannot.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kPrefixes = {{
    {"rdf", rdf::kRdf},
    {"rdfs", rdf::kRdfs},
    {"xsd", rdf::kXsd},
    {"prov", rdf::kProv},
    {"schema", rdf::kSchema},
    {"qg", rdf::kVocab},
}};

void AppendIri(std::string& out, const std::string& iri) {
  out += '<';
  out += iri;  // built from percent-encoded ids and fixed namespaces
  out += '>';
}

// A local name Turtle accepts after a prefix without escapes.
bool IsSimpleLocal(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
    if (!ok) return false;
  }
  return true;
}

// "prefix:local" if `iri` is in a known namespace with a simple local name,
// else <iri>.
void AppendTurtleIri(std::string& out, const std::string& iri) {
  for (const auto& [prefix, ns] : kPrefixes) {
    if (iri.size() > ns.size() && iri.compare(0, ns.size(), ns) == 0 &&
        IsSimpleLocal(std::string_view(iri).substr(ns.size()))) {
      out += prefix;
      out += ':';
      out.append(iri, ns.size(), std::string::npos);
      return;
    }
  }
  AppendIri(out, iri);
}

template <typename AppendIriFn>
void AppendObject(std::string& out, const rdf::Term& t, AppendIriFn append_iri) {
  if (t.is_iri) {
    append_iri(out, t.value);
    return;
  }
  out += '"';
  out += EscapeRdfLiteral(t.value);
  out += '"';
  if (!t.datatype.empty()) {
    out += "^^";
    append_iri(out, t.datatype);
  }
}

}  // namespace

std::string EscapeRdfLiteral(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string repaired;
  if (!IsValidUtf8(text)) {
    repaired = RepairUtf8(text);
    text = repaired;
  }
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    const auto u = static_cast<unsigned char>(c);
    switch (c) {
      case '"': out += "\\\""; continue;
      case '\\': out += "\\\\"; continue;
      case '\n': out += "\\n"; continue;
      case '\r': out += "\\r"; continue;
      case '\t': out += "\\t"; continue;
      default: break;
    }
    if (u < 0x20 || u == 0x7F) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else if (u == 0xEF && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
               (static_cast<unsigned char>(text[i + 2]) & 0xFE) == 0xBE) {
      i += 2;  // U+FFFE / U+FFFF: raptor refuses them even escaped
    } else {
      out += c;
    }
  }
  return out;
}

void WriteNtriples(const Graph& graph, std::ostream& out) {
  OutputBuffer sink(out);
  rdf::ForEachTriple(graph, [&](const rdf::Triple& t) {
    std::string& b = sink.buf();
    AppendIri(b, t.subject);
    b += ' ';
    AppendIri(b, t.predicate);
    b += ' ';
    AppendObject(b, t.object, AppendIri);
    b += " .\n";
    sink.EndRecord();
  });
  sink.Flush();
}

void WriteTurtle(const Graph& graph, std::ostream& out) {
  OutputBuffer sink(out);
  for (const auto& [prefix, ns] : kPrefixes) {
    sink.buf() += "@prefix " + std::string(prefix) + ": <" + std::string(ns) + "> .\n";
  }
  const std::string rdf_type = std::string(rdf::kRdf) + "type";
  std::string subject;  // of the statement being written; "" before the first
  rdf::ForEachTriple(graph, [&](const rdf::Triple& t) {
    std::string& b = sink.buf();
    if (t.subject == subject) {
      b += " ;\n    ";
    } else {
      if (!subject.empty()) b += " .\n";
      sink.EndRecord();
      b += '\n';
      AppendIri(b, t.subject);
      b += "\n    ";
      subject = t.subject;
    }
    if (t.predicate == rdf_type) {
      b += 'a';
    } else {
      AppendTurtleIri(b, t.predicate);
    }
    b += ' ';
    AppendObject(b, t.object, AppendTurtleIri);
  });
  if (!subject.empty()) sink.buf() += " .\n";
  sink.Flush();
}

}  // namespace quotegraph
