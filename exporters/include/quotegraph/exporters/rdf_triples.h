// The RDF view of a graph: one triple model, serialised as N-Triples and
// Turtle by rdf_writer.h.  The mapping (docs/exports.md has the full table):
//
//   node        <urn:quotegraph:ID>  (ID percent-encoded: every byte but
//               A-Z a-z 0-9 - . _ ~ : @ becomes %XX)
//   classes     qg:Person qg:Statement ... (qg: = <urn:quotegraph:vocab#>)
//               and schema:Person, schema:Organization, schema:Place,
//               schema:Claim (statements, claims), schema:NewsArticle
//               (articles), schema:NewsMediaOrganization (outlets,
//               agencies); prov:Agent for speakers and media, prov:Entity
//               for statements and articles
//   names       rdfs:label, schema:name (entities, sources, claims),
//               schema:text (statements), schema:headline,
//               schema:datePublished and prov:generatedAtTime (xsd:date)
//   attributes  qg:<key> for every key of core/attributes.h (lists: one
//               triple per item; offsets and counts as xsd:integer), plus
//               qg:id and qg:type, so no attribute is lost
//   edges       <source> qg:<edge type> <target>, and
//               said/denied      statement prov:wasAttributedTo speaker
//               reported_by      statement prov:hadPrimarySource article
//                                (role article), prov:wasQuotedFrom
//                                agency or outlet (role intermediary)
//               published_by     article schema:publisher outlet
//               mentions         article schema:mentions entity
//               about            statement schema:about entity
//               affiliated_with  person schema:affiliation entity
//               and one qg:Edge resource per edge,
//               <urn:quotegraph:edge:TYPE:SOURCE,TARGET[,ROLE]>, with
//               qg:source, qg:target, qg:type, qg:role, qg:count
//
// Literals are plain (xsd:string, no language tag) unless typed above.
// Triples come node by node (canonical order), then edge by edge.

#ifndef QUOTEGRAPH_EXPORTERS_RDF_TRIPLES_H_
#define QUOTEGRAPH_EXPORTERS_RDF_TRIPLES_H_

#include <functional>
#include <string>
#include <string_view>

#include "quotegraph/core/graph.h"

namespace quotegraph::rdf {

// Namespaces used by the mapping.
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kRdfs = "http://www.w3.org/2000/01/rdf-schema#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kProv = "http://www.w3.org/ns/prov#";
inline constexpr std::string_view kSchema = "http://schema.org/";
inline constexpr std::string_view kVocab = "urn:quotegraph:vocab#";
// Node IRIs are kNodeBase + percent-encoded id; edge IRIs start kEdgeBase.
inline constexpr std::string_view kNodeBase = "urn:quotegraph:";
inline constexpr std::string_view kEdgeBase = "urn:quotegraph:edge:";

// An object: an IRI, or a literal with a datatype IRI ("" = xsd:string).
struct Term {
  bool is_iri = false;
  std::string value;     // the IRI, or the literal's text (raw, unescaped)
  std::string datatype;  // literals only
};

struct Triple {
  std::string subject;    // an IRI
  std::string predicate;  // an IRI
  Term object;
};

// `id` percent-encoded as described above (ASCII only, safe in any IRI).
std::string PercentEncode(std::string_view id);

// <urn:quotegraph:...> of a node id, without the angle brackets.
std::string NodeIri(std::string_view id);

// The IRI of an edge's qg:Edge resource.
std::string EdgeIri(const Edge& e);

// Calls `emit` for every triple of `graph`, in a fixed order.
void ForEachTriple(const Graph& graph, const std::function<void(const Triple&)>& emit);

}  // namespace quotegraph::rdf

#endif  // QUOTEGRAPH_EXPORTERS_RDF_TRIPLES_H_
