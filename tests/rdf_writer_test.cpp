// Tests of the RDF triple model and its N-Triples / Turtle serialisers
// (exporters/rdf_triples.h, rdf_writer.h), including rapper when installed.

#include <catch2/catch.hpp>

#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "export_fixture.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/rdf_triples.h"
#include "quotegraph/exporters/rdf_writer.h"
#include "test_support.h"

namespace quotegraph {
namespace {

using testing::ExportHostileGraph;
using testing::ExportSampleGraph;
using testing::Run;
using testing::TempDir;

std::string ToNtriples(const Graph& g) {
  std::ostringstream out;
  WriteNtriples(g, out);
  return out.str();
}

std::string ToTurtle(const Graph& g) {
  std::ostringstream out;
  WriteTurtle(g, out);
  return out.str();
}

std::vector<rdf::Triple> Triples(const Graph& g) {
  std::vector<rdf::Triple> out;
  rdf::ForEachTriple(g, [&](const rdf::Triple& t) { out.push_back(t); });
  return out;
}

bool Has(const std::string& text, const std::string& what) { return text.find(what) != std::string::npos; }

const std::string kProv = "http://www.w3.org/ns/prov#";
const std::string kSchema = "http://schema.org/";
const std::string kVocab = "urn:quotegraph:vocab#";

}  // namespace

TEST_CASE("rdf: literals are escaped as N-Triples and Turtle require", "[rdf]") {
  CHECK(EscapeRdfLiteral("plain ünïcode") == "plain ünïcode");
  CHECK(EscapeRdfLiteral("a\"b\\c\nd\re\tf") == "a\\\"b\\\\c\\nd\\re\\tf");
  CHECK(EscapeRdfLiteral(std::string("\x01\x1f\x7f\0z", 5)) == "\\u0001\\u001F\\u007F\\u0000z");
  CHECK(EscapeRdfLiteral("bad \xff byte") == "bad \xEF\xBF\xBD byte");  // repaired
  CHECK(EscapeRdfLiteral("non\xEF\xBF\xBE" "char\xEF\xBF\xBF") == "nonchar");
  CHECK(EscapeRdfLiteral("<tag> & {x}; ]]>") == "<tag> & {x}; ]]>");
}

TEST_CASE("rdf: node IRIs percent-encode everything but a safe set", "[rdf]") {
  CHECK(rdf::PercentEncode("person:joe-biden") == "person:joe-biden");
  CHECK(rdf::PercentEncode("statement:a1@3-9") == "statement:a1@3-9");
  CHECK(rdf::PercentEncode("a b/c<d>\"é#%") == "a%20b%2Fc%3Cd%3E%22%C3%A9%23%25");
  CHECK(rdf::NodeIri("organization:officials@a1") == "urn:quotegraph:organization:officials@a1");
  CHECK(rdf::EdgeIri(Edge{"statement:a@1-2", "agency:x y", EdgeType::kReportedBy, "intermediary", 1}) ==
        "urn:quotegraph:edge:reported_by:statement:a@1-2,agency:x%20y,intermediary");
}

TEST_CASE("rdf: PROV-O and schema.org mapping", "[rdf]") {
  const std::string nt = ToNtriples(ExportSampleGraph());
  const std::string statement = "<urn:quotegraph:statement:a1@3-9>";
  const std::string denial = "<urn:quotegraph:statement:a2@5-8>";
  // Classes.
  CHECK(Has(nt, "<urn:quotegraph:person:joe-biden> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" +
                    kSchema + "Person> .\n"));
  CHECK(Has(nt, statement + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kSchema + "Claim> .\n"));
  CHECK(Has(nt, statement + " <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kVocab + "Statement> .\n"));
  CHECK(Has(nt, "<urn:quotegraph:article:a1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kSchema +
                    "NewsArticle> .\n"));
  CHECK(Has(nt, "<urn:quotegraph:agency:tass> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kSchema +
                    "NewsMediaOrganization> .\n"));
  CHECK(Has(nt, "<urn:quotegraph:claim:c> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <" + kSchema +
                    "Claim> .\n"));
  // Provenance: attribution (said and denied), primary source, relay.
  CHECK(Has(nt, statement + " <" + kProv + "wasAttributedTo> <urn:quotegraph:person:joe-biden> .\n"));
  CHECK(Has(nt, denial + " <" + kProv + "wasAttributedTo> <urn:quotegraph:organization:kremlin> .\n"));
  CHECK(Has(nt, statement + " <" + kProv + "hadPrimarySource> <urn:quotegraph:article:a1> .\n"));
  CHECK(Has(nt, statement + " <" + kProv + "wasQuotedFrom> <urn:quotegraph:agency:tass> .\n"));
  CHECK(Has(nt, "<urn:quotegraph:article:a1> <" + kSchema + "publisher> <urn:quotegraph:outlet:herald> .\n"));
  // Text, dates.
  CHECK(Has(nt, statement + " <" + kSchema + "text> \"We are shocked\" .\n"));
  CHECK(Has(nt, statement + " <" + kProv + "generatedAtTime> \"2022-03-15\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
  CHECK(Has(nt, "<urn:quotegraph:article:a1> <" + kSchema +
                    "datePublished> \"2022-03-16\"^^<http://www.w3.org/2001/XMLSchema#date> .\n"));
  // No attribute lost: offsets as integers, cue, quote kind, edge roles and counts.
  CHECK(Has(nt, statement + " <" + kVocab + "content_start> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"));
  CHECK(Has(nt, statement + " <" + kVocab + "quote_kind> \"direct\" .\n"));
  CHECK(Has(nt, statement + " <" + kVocab + "expresses> <urn:quotegraph:claim:c> .\n"));
  const std::string affiliation = "<urn:quotegraph:edge:affiliated_with:person:joe-biden,organization:kremlin,spokesman>";
  CHECK(Has(nt, affiliation + " <" + kVocab + "role> \"spokesman\" .\n"));
  CHECK(Has(nt, "<urn:quotegraph:edge:mentions:article:a1,person:joe-biden> <" + kVocab +
                    "count> \"3\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n"));
}

TEST_CASE("rdf: one qg:id per node and one qg:Edge per edge", "[rdf]") {
  const Graph g = ExportHostileGraph();
  std::set<std::string> ids;
  std::size_t edges = 0;
  for (const rdf::Triple& t : Triples(g)) {
    if (t.predicate == kVocab + "id") ids.insert(t.subject);
    if (t.object.is_iri && t.object.value == kVocab + "Edge") ++edges;
  }
  CHECK(ids.size() == g.num_nodes());
  CHECK(edges == g.num_edges());
}

TEST_CASE("rdf: N-Triples has one line per triple; Turtle the same triples", "[rdf]") {
  const Graph g = ExportHostileGraph();
  const std::string nt = ToNtriples(g);
  const std::size_t lines = static_cast<std::size_t>(std::count(nt.begin(), nt.end(), '\n'));
  CHECK(lines == Triples(g).size());
  // Hostile text never leaves its literal: no raw newline, CR or control
  // byte; IRIs carry only percent-encoded ASCII.
  static const std::regex line(R"re(^<[!-~]+> <[!-~]+> (<[!-~]+>|"([^"\\]|\\.)*"(\^\^<[!-~]+>)?) \.$)re");
  std::istringstream in(nt);
  std::size_t matching = 0;
  for (std::string l; std::getline(in, l);) matching += std::regex_match(l, line) ? 1 : 0;
  CHECK(matching == lines);
  const std::string ttl = ToTurtle(g);
  CHECK(ttl.rfind("@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .\n", 0) == 0);
  CHECK(Has(ttl, "@prefix qg: <urn:quotegraph:vocab#> .\n"));
  CHECK(Has(ttl, "\n<urn:quotegraph:person:joe-biden>\n    a qg:Person ;\n    a schema:Person ;\n"));
  CHECK(Has(ttl, "prov:wasAttributedTo <urn:quotegraph:person:joe-biden>"));
  CHECK(ttl == ToTurtle(g));  // deterministic
}

TEST_CASE("rdf: rapper reads both files of the hostile graph without a warning", "[rdf][client]") {
  TempDir dir;
  if (Run("command -v rapper", dir).status != 0) {
    WARN("rapper (raptor2-utils) not installed; skipped");
    return;
  }
  const Graph g = ExportHostileGraph();
  WriteGraphFile(g, ExportFormat::kNtriples, dir / "g.nt");
  WriteGraphFile(g, ExportFormat::kTurtle, dir / "g.ttl");
  const std::string expected = "rapper: Parsing returned " + std::to_string(Triples(g).size()) + " triples";
  for (const char* syntax : {"ntriples", "turtle"}) {
    const std::string file = dir / (std::string("g.") + (syntax[0] == 'n' ? "nt" : "ttl"));
    const auto r = Run(std::string("rapper -i ") + syntax + " -c " + file, dir);
    INFO(syntax << ": " << r.err);
    CHECK(r.status == 0);
    CHECK(!Has(r.err, "Warning"));
    CHECK(!Has(r.err, "Error"));
    CHECK(Has(r.err, expected));
  }
  // N-Triples output from rapper of our Turtle equals our N-Triples, as sets.
  const auto a = Run("rapper -q -i turtle -o ntriples " + (dir / "g.ttl") + " | sort", dir);
  const std::string sorted_ttl = a.out;
  const auto b = Run("rapper -q -i ntriples -o ntriples " + (dir / "g.nt") + " | sort", dir);
  CHECK(sorted_ttl == b.out);
}

TEST_CASE("rdf: format names and extensions", "[rdf]") {
  CHECK(ParseExportFormat("ntriples") == ExportFormat::kNtriples);
  CHECK(ParseExportFormat("turtle") == ExportFormat::kTurtle);
  CHECK(ExportFormatFromPath("g.nt") == ExportFormat::kNtriples);
  CHECK(ExportFormatFromPath("g.ttl") == ExportFormat::kTurtle);
  std::ostringstream out;
  WriteGraph(ExportSampleGraph(), ExportFormat::kTurtle, out);
  CHECK(out.str() == ToTurtle(ExportSampleGraph()));
}

}  // namespace quotegraph
