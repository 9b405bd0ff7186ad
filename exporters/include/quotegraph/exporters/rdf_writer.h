// RDF output: N-Triples (.nt) and Turtle (.ttl) of the triples of
// rdf_triples.h.
//
// N-Triples: one triple per line, every IRI in full.  Turtle: the same
// triples with prefixes (rdf, rdfs, xsd, prov, schema, qg), "a" for
// rdf:type, and a subject's consecutive triples joined with ";".
//
// Literals are escaped as both specs require: \" \\ \n \r \t, and every
// other control character (U+0000-U+001F, U+007F) as \uXXXX, so none is
// lost.  Invalid UTF-8 is repaired (U+FFFD) first, and the non-characters
// U+FFFE/U+FFFF are dropped as in every other export (RDF parsers such as
// raptor refuse them even escaped).  `rapper -i ntriples` / `rapper -i turtle` read
// the output without errors or warnings.

#ifndef QUOTEGRAPH_EXPORTERS_RDF_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_RDF_WRITER_H_

#include <ostream>
#include <string>
#include <string_view>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// Writes `graph` as N-Triples.  Does not check the stream; the caller does.
void WriteNtriples(const Graph& graph, std::ostream& out);

// Writes `graph` as Turtle.  Does not check the stream; the caller does.
void WriteTurtle(const Graph& graph, std::ostream& out);

// `text` as the body of a double-quoted N-Triples / Turtle literal (without
// the quotes).  Exposed for tests.
std::string EscapeRdfLiteral(std::string_view text);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_RDF_WRITER_H_
