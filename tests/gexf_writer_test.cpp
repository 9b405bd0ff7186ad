// Tests of the GEXF 1.3 writer (exporters/gexf_writer.h), including a load
// with NetworkX when /usr/bin/python3 has it.

#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>

#include "export_fixture.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/dot_writer.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/gexf_writer.h"
#include "test_support.h"

namespace quotegraph {
namespace {

using testing::ExportHostileGraph;
using testing::ExportSampleGraph;
using testing::Run;
using testing::TempDir;

std::string ToGexf(const Graph& g) {
  std::ostringstream out;
  WriteGexf(g, out);
  return out.str();
}

// The <node ...> or <edge ...> element (up to its closing tag) that
// contains `marker`.
std::string ElementWith(const std::string& xml, const std::string& marker, const std::string& tag) {
  const std::size_t at = xml.find(marker);
  if (at == std::string::npos) return "";
  const std::size_t start = xml.rfind("<" + tag + " ", at);
  const std::size_t end = xml.find("</" + tag + ">", at);
  return xml.substr(start, end - start);
}

std::size_t Count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

}  // namespace

TEST_CASE("gexf: 1.3 header, viz namespace, dynamic directed graph", "[gexf]") {
  const std::string xml = ToGexf(ExportSampleGraph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\"", 0) == 0);
  CHECK(xml.find("xmlns:viz=\"http://gexf.net/1.3/viz\"") != std::string::npos);
  CHECK(xml.find("version=\"1.3\">") != std::string::npos);
  CHECK(xml.find("<graph defaultedgetype=\"directed\" mode=\"dynamic\" timeformat=\"date\">") !=
        std::string::npos);
  const std::string end = "    </edges>\n  </graph>\n</gexf>\n";
  CHECK(xml.substr(xml.size() - end.size()) == end);
}

TEST_CASE("gexf: one element per node and edge, attributes declared with types", "[gexf]") {
  const Graph g = ExportSampleGraph();
  const std::string xml = ToGexf(g);
  CHECK(Count(xml, "<node ") == g.num_nodes());
  CHECK(Count(xml, "<edge ") == g.num_edges());
  CHECK(xml.find("<attributes class=\"node\" mode=\"static\">\n"
                 "      <attribute id=\"type\" title=\"type\" type=\"string\"/>") != std::string::npos);
  CHECK(xml.find("<attribute id=\"content_start\" title=\"content_start\" type=\"long\"/>") !=
        std::string::npos);
  CHECK(xml.find("<attributes class=\"edge\" mode=\"static\">\n"
                 "      <attribute id=\"type\" title=\"type\" type=\"string\"/>\n"
                 "      <attribute id=\"role\" title=\"role\" type=\"string\"/>\n"
                 "      <attribute id=\"count\" title=\"count\" type=\"long\"/>") != std::string::npos);
  // "label" is the node element's own attribute, never declared twice.
  CHECK(xml.find("<attribute id=\"label\"") == std::string::npos);
  const std::string person = ElementWith(xml, "id=\"person:joe-biden\"", "node");
  CHECK(person.find("label=\"Joe Biden\"") != std::string::npos);
  CHECK(person.find("<attvalue for=\"type\" value=\"person\"/>") != std::string::npos);
  CHECK(person.find("<attvalue for=\"aliases\" value=\"Biden|Joe Biden\"/>") != std::string::npos);
  const std::string statement = ElementWith(xml, "id=\"statement:a1@3-9\"", "node");
  CHECK(statement.find("<attvalue for=\"content_start\" value=\"3\"/>") != std::string::npos);
}

TEST_CASE("gexf: colours come from the palette DOT uses, sizes grow with degree", "[gexf]") {
  const Graph g = ExportSampleGraph();
  const std::string xml = ToGexf(g);
  std::ostringstream dot;
  WriteDot(g, dot);
  // #cfe2ff = 207, 226, 255 for people in both formats.
  CHECK(dot.str().find("\"person:joe-biden\" [label=\"Joe Biden\", shape=ellipse, style=\"filled\", "
                       "fillcolor=\"#cfe2ff\"") != std::string::npos);
  const std::string person = ElementWith(xml, "id=\"person:joe-biden\"", "node");
  CHECK(person.find("<viz:color r=\"207\" g=\"226\" b=\"255\" a=\"1.0\"/>") != std::string::npos);
  // Claims #fde2e4, agencies #f8d7da.
  CHECK(ElementWith(xml, "id=\"claim:c\"", "node").find("r=\"253\" g=\"226\" b=\"228\"") !=
        std::string::npos);
  CHECK(ElementWith(xml, "id=\"agency:tass\"", "node").find("r=\"248\" g=\"215\" b=\"218\"") !=
        std::string::npos);
  // Size 8 + 4 * sqrt(degree): 14.9 for the person (said, mentions,
  // affiliated_with: degree 3); 12.0 for Kyiv (about: degree 1).
  CHECK(person.find("<viz:size value=\"14.9\"/>") != std::string::npos);
  CHECK(ElementWith(xml, "id=\"place:kyiv\"", "node").find("<viz:size value=\"12.0\"/>") !=
        std::string::npos);
  // Edges: type as label, count as weight, the type's colour (expresses #d63384).
  const std::string expresses = ElementWith(xml, "target=\"claim:c\" label=\"expresses\"", "edge");
  CHECK(expresses.find("weight=\"1\"") != std::string::npos);
  CHECK(expresses.find("<viz:color r=\"214\" g=\"51\" b=\"132\" a=\"1.0\"/>") != std::string::npos);
  CHECK(ElementWith(xml, "label=\"mentions\"", "edge").find("weight=\"3\"") != std::string::npos);
}

TEST_CASE("gexf: start dates replay how statements spread", "[gexf]") {
  const std::string xml = ToGexf(ExportSampleGraph());
  auto start_of = [&](const std::string& marker, const std::string& tag) {
    static const std::regex start(" start=\"([0-9-]+)\"");
    std::smatch m;
    const std::string element = ElementWith(xml, marker, tag);
    const std::string open = element.substr(0, element.find('>'));
    return std::regex_search(open, m, start) ? m[1].str() : std::string("none");
  };
  // Own dates: a statement's date_estimate, else its article's; sources'.
  CHECK(start_of("id=\"statement:a1@3-9\"", "node") == "2022-03-15");
  CHECK(start_of("id=\"statement:a2@5-8\"", "node") == "2022-03-20");
  CHECK(start_of("id=\"article:a1\"", "node") == "2022-03-16");
  // Others: the earliest own date among their neighbours.
  CHECK(start_of("id=\"person:joe-biden\"", "node") == "2022-03-15");
  CHECK(start_of("id=\"claim:c\"", "node") == "2022-03-15");
  CHECK(start_of("id=\"outlet:herald\"", "node") == "2022-03-16");
  // Edges start once both ends exist.
  CHECK(start_of("source=\"statement:a1@3-9\" target=\"article:a1\"", "edge") == "2022-03-16");
  CHECK(start_of("source=\"statement:a2@5-8\" target=\"claim:c\"", "edge") == "2022-03-20");
  // A graph without dates has no start anywhere.
  Graph undated;
  undated.AddNode(testing::MakeExportNode(NodeType::kPerson, "person:x", "X"));
  CHECK(ToGexf(undated).find(" start=") == std::string::npos);
}

TEST_CASE("gexf: hostile text stays well-formed, forbidden characters dropped", "[gexf]") {
  const std::string xml = ToGexf(ExportHostileGraph());
  // No control byte but LF (tab and CR appear only as character references).
  const std::size_t control = xml.find_first_of(std::string("\x00\x01\x02\x03\x04\x05\x06\x07\x08"
                                                            "\x09\x0b\x0c\x0d\x0e\x0f\x10\x11\x12"
                                                            "\x13\x14\x15\x16\x17\x18\x19\x1a\x1b"
                                                            "\x1c\x1d\x1e\x1f", 31));
  CHECK(control == std::string::npos);
  CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find("-->") == std::string::npos);
  CHECK(xml.find("&amp;amp;]]&gt;--&gt; {;}") != std::string::npos);
  CHECK(xml.find("nl&#9;tabctl\x7f&#13;&#10;cr \xEF\xBF\xBD") != std::string::npos);
  // Deterministic.
  CHECK(xml == ToGexf(ExportHostileGraph()));
}

TEST_CASE("gexf: NetworkX reads the hostile graph with its counts and text", "[gexf][client]") {
  TempDir dir;
  if (Run("/usr/bin/python3 -c 'import networkx'", dir).status != 0) {
    WARN("networkx for /usr/bin/python3 not installed; skipped");
    return;
  }
  const Graph g = ExportHostileGraph();
  WriteGraphFile(g, ExportFormat::kGexf, dir / "g.gexf");
  dir.Write("read.py", R"(import sys
from networkx.readwrite import gexf
import networkx as nx
gexf.GEXF.versions["1.3"] = {"NS_GEXF": "http://gexf.net/1.3", "NS_VIZ": "http://gexf.net/1.3/viz",
    "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance", "SCHEMALOCATION": "", "VERSION": "1.3"}
g = nx.read_gexf(sys.argv[1], version="1.3")
hostile = [d for n, d in g.nodes(data=True) if n.startswith("person:q")][0]
sys.stdout.write("%d %d\n%s" % (g.number_of_nodes(), g.number_of_edges(), hostile["label"]))
)");
  const auto r = Run("/usr/bin/python3 " + (dir / "read.py") + " " + (dir / "g.gexf"), dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  const std::string expected_label =
      "q\"b\\s</x>&amp;]]>--> {;} [a=b] 'a'\nnl\ttabctl\x7f\r\ncr \xEF\xBF\xBD"
      "bad nc <!-- c --> {{x}}; DROP";
  CHECK(r.out == std::to_string(g.num_nodes()) + " " + std::to_string(g.num_edges()) + "\n" +
                     expected_label);
}

TEST_CASE("gexf: format name and extension", "[gexf]") {
  CHECK(ParseExportFormat("gexf") == ExportFormat::kGexf);
  CHECK(ToString(ExportFormat::kGexf) == "gexf");
  CHECK(ExportFormatFromPath("out/g.gexf") == ExportFormat::kGexf);
  std::ostringstream out;
  WriteGraph(ExportSampleGraph(), ExportFormat::kGexf, out);
  CHECK(out.str() == ToGexf(ExportSampleGraph()));
}

}  // namespace quotegraph
