// Tests of the GraphML writer (exporters/graphml_writer.h), including a
// round trip through NetworkX when /usr/bin/python3 has it.

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "quotegraph/core/attributes.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/graphml_writer.h"
#include "quotegraph/exporters/json_writer.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

// Hostile text and what an XML reader must give back for it: CR/LF, tab and
// markup kept; \x01 and U+FFFE dropped; the invalid byte repaired to U+FFFD.
const std::string kHostile =
    "q\"b\\s</x>&amp;]]>--> {;} 'a'\nnl\ttab\x01"
    "ctl\r\ncr \xff"
    "bad \xEF\xBF\xBE"
    "nc";
const std::string kHostileRead =
    "q\"b\\s</x>&amp;]]>--> {;} 'a'\nnl\ttabctl\r\ncr \xEF\xBF\xBD"
    "bad nc";

std::string ToGraphml(const Graph& g) {
  std::ostringstream out;
  WriteGraphml(g, out);
  return out.str();
}

Node MakeNode(NodeType type, const std::string& id, const std::string& label) {
  Node n;
  n.id = id;
  n.type = type;
  n.label = label;
  return n;
}

// A person, an organization, a statement with evidence spans, an article
// and an agency; said, denied and reported_by edges with roles.
Graph SampleGraph() {
  Graph g;
  Node p = MakeNode(NodeType::kPerson, "person:joe-biden", "Joe Biden");
  p.aliases = {"Biden", "Joe Biden", "a|b\\c"};
  p.titles = {"US president"};
  g.AddNode(p);
  g.AddNode(MakeNode(NodeType::kOrganization, "organization:the-kremlin", "the Kremlin"));
  Node s = MakeNode(NodeType::kStatement, "statement:a1@3-9", "We are shocked");
  s.text = "We are shocked";
  s.cue = "said";
  s.relation = "said";
  s.evidence.article = "a1";
  s.evidence.content = Span{3, 9};
  s.evidence.cue = Span{10, 14};
  s.evidence.source = Span{15, 20};
  g.AddNode(s);
  Node a = MakeNode(NodeType::kSource, "article:a1", "Headline");
  a.url = "https://example.com/?a=1&b=2";
  g.AddNode(a);
  Node tass = MakeNode(NodeType::kSource, "agency:tass", "TASS");
  tass.source_kind = SourceKind::kAgency;
  g.AddNode(tass);
  g.AddEdge(Edge{p.id, s.id, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"organization:the-kremlin", s.id, EdgeType::kDenied, "", 2});
  g.AddEdge(Edge{s.id, a.id, EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{s.id, tass.id, EdgeType::kReportedBy, "intermediary", 1});
  return g;
}

Graph HostileGraph() {
  Graph g = SampleGraph();
  Node h = MakeNode(NodeType::kPerson, "person:" + kHostile, kHostile);
  h.aliases = {kHostile};
  g.AddNode(h);
  g.AddEdge(Edge{h.id, "statement:a1@3-9", EdgeType::kSaid, kHostile, 1});
  return g;
}

using quotegraph::testing::ReadFile;
using quotegraph::testing::Run;
using quotegraph::testing::RunResult;
using quotegraph::testing::TempDir;

bool HaveNetworkx(const TempDir& dir) {
  return Run("/usr/bin/python3 -c 'import networkx'", dir).status == 0;
}

// Prints the graph NetworkX read as JSON: {"nodes": {id: data}, "edges": [..]}.
constexpr const char* kDumpScript = R"(import json, sys
import networkx as nx
g = nx.read_graphml(sys.argv[1])
print(json.dumps({"nodes": {n: d for n, d in g.nodes(data=True)},
                  "edges": [[u, v, d] for u, v, d in g.edges(data=True)]}))
)";

}  // namespace

TEST_CASE("graphml: header, namespaces and a directed graph", "[graphml]") {
  const std::string xml = ToGraphml(SampleGraph());
  CHECK(xml.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml ", 0) == 0);
  CHECK_THAT(xml, Catch::Contains("xmlns=\"http://graphml.graphdrawing.org/xmlns\""));
  CHECK_THAT(xml, Catch::Contains("xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
                                  "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\""));
  CHECK_THAT(xml, Catch::Contains("<graph id=\"quotegraph\" edgedefault=\"directed\">"));
  CHECK_THAT(xml, Catch::EndsWith("  </graph>\n</graphml>\n"));
}

TEST_CASE("graphml: every attribute has a typed key", "[graphml]") {
  const std::string xml = ToGraphml(SampleGraph());
  auto declared = [&](const std::string& id, const std::string& domain, std::string_view name,
                      const std::string& type) {
    return xml.find("<key id=\"" + id + "\" for=\"" + domain + "\" attr.name=\"" +
                    std::string(name) + "\" attr.type=\"" + type + "\"><desc>") !=
           std::string::npos;
  };
  for (const AttrDef& d : NodeAttributeSchema()) {
    INFO(d.key);
    CHECK(declared("n_" + std::string(d.key), "node", d.key,
                   d.type == AttrType::kInt ? "long" : "string"));
  }
  for (const AttrDef& d : EdgeAttributeSchema()) {
    INFO(d.key);
    CHECK(declared("e_" + std::string(d.key), "edge", d.key,
                   d.type == AttrType::kInt ? "long" : "string"));
  }
  CHECK(declared("n_type", "node", "type", "string"));
  CHECK(declared("e_type", "edge", "type", "string"));
  CHECK(declared("e_label", "edge", "label", "string"));
  CHECK(declared("e_count", "edge", "count", "long"));
  CHECK(declared("n_content_start", "node", "content_start", "long"));
}

TEST_CASE("graphml: data refer to declared keys of their own domain", "[graphml]") {
  const std::string xml = ToGraphml(HostileGraph());
  std::set<std::string> keys;
  const std::regex key_re("<key id=\"([^\"]+)\"");
  for (std::sregex_iterator it(xml.begin(), xml.end(), key_re), end; it != end; ++it) {
    CHECK(keys.insert((*it)[1]).second);  // no duplicate key ids
  }
  const std::regex data_re("<data key=\"([^\"]+)\">");
  int data = 0;
  for (std::sregex_iterator it(xml.begin(), xml.end(), data_re), end; it != end; ++it, ++data) {
    INFO((*it)[1]);
    CHECK(keys.count((*it)[1]) == 1);
  }
  CHECK(data > 20);
}

TEST_CASE("graphml: nodes by id, edges e0..eN in canonical order", "[graphml]") {
  const Graph g = SampleGraph();
  const std::string xml = ToGraphml(g);
  const auto sorted = g.SortedEdges();
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    const Edge& e = g.edge(sorted[k]);
    CHECK_THAT(xml, Catch::Contains("<edge id=\"e" + std::to_string(k) + "\" source=\"" + std::string(e.source) +
                                    "\" target=\"" + std::string(e.target) + "\">"));
  }
  CHECK(xml.find("<edge id=\"e" + std::to_string(sorted.size()) + "\"") == std::string::npos);
  CHECK(xml.find("<node id=\"agency:tass\">") < xml.find("<node id=\"person:joe-biden\">"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"e_label\">reported_by</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"n_aliases\">Biden|Joe Biden|a\\|b\\\\c</data>"));
  CHECK_THAT(xml, Catch::Contains("<data key=\"n_url\">https://example.com/?a=1&amp;b=2</data>"));
  CHECK(ToGraphml(g) == xml);
}

TEST_CASE("graphml: hostile strings are escaped or dropped", "[graphml]") {
  const std::string xml = ToGraphml(HostileGraph());
  CHECK(IsValidUtf8(xml));
  for (char c : xml) {
    const auto u = static_cast<unsigned char>(c);
    CHECK((u >= 0x20 || c == '\n' || c == '\t'));
  }
  CHECK(xml.find("\xEF\xBF\xBE") == std::string::npos);
  CHECK(xml.find("]]>") == std::string::npos);
  CHECK(xml.find("-->") == std::string::npos);
  CHECK(xml.find("</x>") == std::string::npos);
  CHECK_THAT(xml, Catch::Contains("q&quot;b\\s&lt;/x&gt;&amp;amp;]]&gt;--&gt; {;} &apos;a&apos;"));
  // In attribute values newline and tab are character references.
  CHECK_THAT(xml, Catch::Contains("<node id=\"person:q&quot;b"));
  CHECK_THAT(xml, Catch::Contains("&#10;nl&#9;tabctl&#13;&#10;cr"));
}

TEST_CASE("graphml: NetworkX reads it back with types and exact text", "[graphml]") {
  TempDir dir;
  if (!HaveNetworkx(dir)) {
    WARN("networkx not available for /usr/bin/python3; skipped");
    return;
  }
  const Graph g = HostileGraph();
  const std::string graphml = dir.Write("g.graphml", ToGraphml(g));
  const std::string script = dir.Write("dump.py", kDumpScript);
  const RunResult r = Run("/usr/bin/python3 '" + script + "' '" + graphml + "'", dir);
  INFO(r.err);
  REQUIRE(r.status == 0);
  rapidjson::Document d;
  d.Parse(r.out.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["nodes"].MemberCount() == g.num_nodes());
  CHECK(d["edges"].Size() == g.num_edges());

  const std::string hostile_id = "person:" + kHostileRead;
  const rapidjson::Value& nodes = d["nodes"];
  const auto h = nodes.FindMember(
      rapidjson::Value(hostile_id.c_str(), static_cast<rapidjson::SizeType>(hostile_id.size())));
  REQUIRE(h != nodes.MemberEnd());
  const rapidjson::Value& label = h->value["label"];
  CHECK(std::string(label.GetString(), label.GetStringLength()) == kHostileRead);
  CHECK(std::string(h->value["type"].GetString()) == "person");

  const rapidjson::Value& s = nodes["statement:a1@3-9"];
  CHECK(s["content_start"].IsInt64());
  CHECK(s["content_start"].GetInt64() == 3);
  CHECK(s["cue_end"].GetInt64() == 14);
  CHECK(s["text"].IsString());
  CHECK(std::string(nodes["person:joe-biden"]["aliases"].GetString()) ==
        "Biden|Joe Biden|a\\|b\\\\c");
  for (const rapidjson::Value& e : d["edges"].GetArray()) {
    CHECK(e[2]["count"].IsInt64());
    CHECK(e[2]["type"].IsString());
    CHECK(std::string(e[2]["label"].GetString()) == e[2]["type"].GetString());
  }
}

TEST_CASE("graphml: check_graphml.py accepts the GraphML of a graph", "[graphml]") {
  TempDir dir;
  if (!HaveNetworkx(dir)) {
    WARN("networkx not available for /usr/bin/python3; skipped");
    return;
  }
  const Graph g = HostileGraph();
  std::ostringstream json;
  WriteJsonGraph(g, json);
  const std::string graphml = dir.Write("g.graphml", ToGraphml(g));
  const std::string native = dir.Write("g.json", json.str());
  const std::string script = std::string(QUOTEGRAPH_SOURCE_DIR) + "/tests/clients/check_graphml.py";
  const RunResult ok =
      Run("/usr/bin/python3 '" + script + "' '" + graphml + "' '" + native + "'", dir);
  INFO(ok.err);
  CHECK(ok.status == 0);
  CHECK_THAT(ok.out, Catch::StartsWith("check_graphml: OK: 6 nodes, 5 edges"));

  Graph smaller = SampleGraph();
  const std::string other = dir.Write("small.graphml", ToGraphml(smaller));
  const RunResult bad =
      Run("/usr/bin/python3 '" + script + "' '" + other + "' '" + native + "'", dir);
  CHECK(bad.status == 1);
  CHECK_THAT(bad.err, Catch::Contains("nodes in GraphML"));
}

TEST_CASE("graphml: WriteGraph dispatches to the GraphML writer", "[graphml]") {
  std::ostringstream out;
  WriteGraph(SampleGraph(), ExportFormat::kGraphml, out);
  CHECK(out.str() == ToGraphml(SampleGraph()));
}

}  // namespace quotegraph
