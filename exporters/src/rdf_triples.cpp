// The RDF triple model of a graph (rdf_triples.h).

#include "quotegraph/exporters/rdf_triples.h"

#include <string>
#include <vector>

#include "export_text.h"
#include "quotegraph/core/attributes.h"

namespace quotegraph::rdf {
namespace {

std::string Iri(std::string_view ns, std::string_view local) {
  std::string out(ns);
  out.append(local.data(), local.size());
  return out;
}

// qg:Person, qg:Statement, ...: the node type with a capital.
std::string TypeClass(std::string_view type) {
  std::string local(type);
  if (!local.empty() && local[0] >= 'a' && local[0] <= 'z') local[0] = static_cast<char>(local[0] - 'a' + 'A');
  return Iri(kVocab, local);
}

// Emits triples about one subject.
class Emitter {
 public:
  Emitter(std::string subject, const std::function<void(const Triple&)>& emit)
      : subject_(std::move(subject)), emit_(emit) {}

  void Type(std::string_view ns, std::string_view local) {
    emit_(Triple{subject_, Iri(kRdf, "type"), Term{true, Iri(ns, local), {}}});
  }
  void Type(const std::string& iri) { emit_(Triple{subject_, Iri(kRdf, "type"), Term{true, iri, {}}}); }
  void Link(std::string predicate, std::string object) {
    emit_(Triple{subject_, std::move(predicate), Term{true, std::move(object), {}}});
  }
  void Text(std::string predicate, const std::string& text) {
    emit_(Triple{subject_, std::move(predicate), Term{false, text, {}}});
  }
  void Integer(std::string predicate, std::int64_t n) {
    emit_(Triple{subject_, std::move(predicate), Term{false, std::to_string(n), Iri(kXsd, "integer")}});
  }
  void Date(std::string predicate, const std::string& date) {
    emit_(Triple{subject_, std::move(predicate), Term{false, date, Iri(kXsd, "date")}});
  }

 private:
  std::string subject_;
  const std::function<void(const Triple&)>& emit_;
};

// Classes and schema.org / PROV names of one node.
void EmitStandardTerms(Emitter& out, const Node& n) {
  const std::string& name = n.label.empty() ? n.id : n.label;
  switch (n.type) {
    case NodeType::kPerson:
      out.Type(kSchema, "Person");
      out.Type(kProv, "Agent");
      out.Text(Iri(kSchema, "name"), name);
      return;
    case NodeType::kOrganization:
      out.Type(kSchema, "Organization");
      out.Type(kProv, "Agent");
      out.Text(Iri(kSchema, "name"), name);
      return;
    case NodeType::kPlace:
      out.Type(kSchema, "Place");
      out.Text(Iri(kSchema, "name"), name);
      return;
    case NodeType::kStatement:
      out.Type(kSchema, "Claim");
      out.Type(kProv, "Entity");
      out.Text(Iri(kSchema, "text"), n.text.empty() ? name : n.text);
      if (export_text::IsIsoDate(n.date_estimate)) out.Date(Iri(kProv, "generatedAtTime"), n.date_estimate);
      return;
    case NodeType::kClaim:
      out.Type(kSchema, "Claim");
      out.Text(Iri(kSchema, "name"), name);
      if (!n.text.empty()) out.Text(Iri(kSchema, "text"), n.text);
      return;
    case NodeType::kSource: break;
  }
  if (n.source_kind == SourceKind::kArticle) {
    out.Type(kSchema, "NewsArticle");
    out.Type(kProv, "Entity");
    if (!n.title.empty()) out.Text(Iri(kSchema, "headline"), n.title);
    if (export_text::IsIsoDate(n.date)) {
      out.Date(Iri(kSchema, "datePublished"), n.date);
      out.Date(Iri(kProv, "generatedAtTime"), n.date);
    }
  } else {
    out.Type(kSchema, "NewsMediaOrganization");
    out.Type(kProv, "Agent");
  }
  out.Text(Iri(kSchema, "name"), name);
}

void EmitAttributes(Emitter& out, const std::vector<Attribute>& attributes) {
  for (const Attribute& a : attributes) {
    const std::string predicate = Iri(kVocab, a.key);
    switch (a.type) {
      case AttrType::kString: out.Text(predicate, a.text); break;
      case AttrType::kInt: out.Integer(predicate, a.number); break;
      case AttrType::kStringList:
        for (const std::string& item : a.list) out.Text(predicate, item);
        break;
    }
  }
}

void EmitNode(const Node& n, const std::function<void(const Triple&)>& emit) {
  Emitter out(NodeIri(n.id), emit);
  out.Type(TypeClass(ToString(n.type)));
  EmitStandardTerms(out, n);
  out.Text(Iri(kVocab, "id"), n.id);
  out.Text(Iri(kVocab, "type"), std::string(ToString(n.type)));
  out.Text(Iri(kRdfs, "label"), n.label.empty() ? n.id : n.label);
  std::vector<Attribute> attributes = NodeAttributes(n);
  attributes.erase(attributes.begin());  // "label", written as rdfs:label
  EmitAttributes(out, attributes);
}

// The PROV-O or schema.org property an edge also maps to; "" if none.
std::string StandardProperty(const Edge& e) {
  switch (e.type) {
    case EdgeType::kSaid:
    case EdgeType::kDenied: return Iri(kProv, "wasAttributedTo");
    case EdgeType::kReportedBy:
      if (e.role == "article") return Iri(kProv, "hadPrimarySource");
      if (e.role == "intermediary") return Iri(kProv, "wasQuotedFrom");
      return "";
    case EdgeType::kPublishedBy: return Iri(kSchema, "publisher");
    case EdgeType::kMentions: return Iri(kSchema, "mentions");
    case EdgeType::kAbout: return Iri(kSchema, "about");
    case EdgeType::kAffiliatedWith: return Iri(kSchema, "affiliation");
    case EdgeType::kExpresses: return "";
  }
  return "";
}

void EmitEdge(const Edge& e, const std::function<void(const Triple&)>& emit) {
  const std::string source = NodeIri(e.source);
  const std::string target = NodeIri(e.target);
  Emitter from(source, emit);
  from.Link(Iri(kVocab, ToString(e.type)), target);
  const std::string standard = StandardProperty(e);
  if (!standard.empty()) {
    // said/denied run speaker -> statement; PROV attributes the statement.
    const bool to_speaker = e.type == EdgeType::kSaid || e.type == EdgeType::kDenied;
    Emitter(to_speaker ? target : source, emit).Link(standard, to_speaker ? source : target);
  }
  Emitter edge(EdgeIri(e), emit);
  edge.Type(kVocab, "Edge");
  edge.Link(Iri(kVocab, "source"), source);
  edge.Link(Iri(kVocab, "target"), target);
  edge.Text(Iri(kVocab, "type"), std::string(ToString(e.type)));
  EmitAttributes(edge, EdgeAttributes(e));
}

}  // namespace

std::string PercentEncode(std::string_view id) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(id.size());
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    const bool safe = (u >= 'A' && u <= 'Z') || (u >= 'a' && u <= 'z') || (u >= '0' && u <= '9') ||
                      u == '-' || u == '.' || u == '_' || u == '~' || u == ':' || u == '@';
    if (safe) {
      out += c;
    } else {
      out += '%';
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    }
  }
  return out;
}

std::string NodeIri(std::string_view id) { return Iri(kNodeBase, PercentEncode(id)); }

std::string EdgeIri(const Edge& e) {
  std::string iri = Iri(kEdgeBase, ToString(e.type));
  iri += ':';
  iri += PercentEncode(e.source);
  iri += ',';
  iri += PercentEncode(e.target);
  if (!e.role.empty()) {
    iri += ',';
    iri += PercentEncode(e.role);
  }
  return iri;
}

void ForEachTriple(const Graph& graph, const std::function<void(const Triple&)>& emit) {
  for (std::size_t i : graph.SortedNodes()) EmitNode(graph.node(i), emit);
  for (std::size_t i : graph.SortedEdges()) EmitEdge(graph.edge(i), emit);
}

}  // namespace quotegraph::rdf
