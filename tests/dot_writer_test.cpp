// Tests of the DOT writer (exporters/dot_writer.h), including a render with
// Graphviz when `dot` is installed.

#include <catch2/catch.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/dot_writer.h"
#include "quotegraph/exporters/exporter.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

const std::string kHostile =
    "q\"b\\s\\n\\N</x>&amp;&lt; ]]>--> {;} [a=b] 'a'\nnl\ttab\x01\x7f"
    "ctl\r\ncr \xff"
    "bad "
    "\xEF\xBF\xBE"
    "nc \xc3";

std::string ToDot(const Graph& g) {
  std::ostringstream out;
  WriteDot(g, out);
  return out.str();
}

Node MakeNode(NodeType type, const std::string& id, const std::string& label) {
  Node n;
  n.id = id;
  n.type = type;
  n.label = label;
  return n;
}

// A person, an organization, a place, a long statement, an article, an
// outlet and an agency; said, denied, reported_by (with roles) and more.
Graph SampleGraph() {
  Graph g;
  g.AddNode(MakeNode(NodeType::kPerson, "person:joe-biden", "Joe Biden"));
  g.AddNode(MakeNode(NodeType::kOrganization, "organization:the-kremlin", "the Kremlin"));
  g.AddNode(MakeNode(NodeType::kPlace, "place:kyiv", "Kyiv"));
  const std::string text =
      "\"We are shocked by what we have seen in Bucha and we will not stay silent,\"";
  Node s = MakeNode(NodeType::kStatement, "statement:a1@3-79", text);
  s.text = text;
  g.AddNode(s);
  Node article = MakeNode(NodeType::kSource, "article:a1", "Headline");
  g.AddNode(article);
  Node outlet = MakeNode(NodeType::kSource, "outlet:deccan-herald", "Deccan Herald");
  outlet.source_kind = SourceKind::kOutlet;
  g.AddNode(outlet);
  Node tass = MakeNode(NodeType::kSource, "agency:tass", "TASS");
  tass.source_kind = SourceKind::kAgency;
  g.AddNode(tass);
  g.AddEdge(Edge{"person:joe-biden", s.id, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"organization:the-kremlin", s.id, EdgeType::kDenied, "", 3});
  g.AddEdge(Edge{s.id, "article:a1", EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{s.id, "agency:tass", EdgeType::kReportedBy, "intermediary", 1});
  g.AddEdge(Edge{"article:a1", "outlet:deccan-herald", EdgeType::kPublishedBy, "", 1});
  g.AddEdge(Edge{s.id, "place:kyiv", EdgeType::kAbout, "", 1});
  return g;
}

Graph HostileGraph() {
  Graph g = SampleGraph();
  g.AddNode(MakeNode(NodeType::kPerson, "person:" + kHostile, kHostile));
  Node s = MakeNode(NodeType::kStatement, "statement:" + kHostile, kHostile + kHostile);
  s.text = s.label;
  g.AddNode(s);
  g.AddNode(MakeNode(NodeType::kPerson, "edge", "node"));  // DOT keywords as ids
  g.AddEdge(Edge{"person:" + kHostile, s.id, EdgeType::kSaid, kHostile, 1});
  g.AddEdge(Edge{"edge", s.id, EdgeType::kAffiliatedWith, "x\\", 1});
  return g;
}

using quotegraph::testing::ReadFile;
using quotegraph::testing::Run;
using quotegraph::testing::RunResult;
using quotegraph::testing::TempDir;

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("dot: short labels are kept as they are", "[dot]") {
  CHECK(ShortenLabel("", 60) == "");
  CHECK(ShortenLabel("Joe Biden", 60) == "Joe Biden");
  const std::string sixty(60, 'a');
  CHECK(ShortenLabel(sixty, 60) == sixty);
}

TEST_CASE("dot: long labels are cut on code-point boundaries", "[dot]") {
  const std::string ellipsis = "\xE2\x80\xA6";
  const std::string a59(59, 'a');
  SECTION("2-byte") {
    CHECK(ShortenLabel(a59 + "éééé", 60) == a59 + "é" + ellipsis);
    const std::string cyrillic = "Зеленский сказал, что переговоры продолжатся";  // 44 cps
    const std::string cut = ShortenLabel(cyrillic, 10);
    CHECK(cut == "Зеленский" + ellipsis);  // trailing space dropped
    CHECK(IsValidUtf8(cut));
  }
  SECTION("3- and 4-byte") {
    CHECK(ShortenLabel(a59 + "日本語", 60) == a59 + "日" + ellipsis);
    CHECK(ShortenLabel(a59 + "😀😀", 60) == a59 + "😀" + ellipsis);
    for (std::size_t max = 1; max < 8; ++max) {
      const std::string cut = ShortenLabel("日本語😀é日本語😀é", max);
      CHECK(IsValidUtf8(cut));
      CHECK(CountCodePoints(cut) == max + 1);
    }
  }
  SECTION("combining marks and joiners stay with their base") {
    // "e" + COMBINING ACUTE at code points 59-60: cut before the "e".
    CHECK(ShortenLabel(a59 + "e\xCC\x81xyz", 60) == a59 + ellipsis);
    // A ZWJ family emoji at the cut goes as a whole.
    const std::string family = "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9";
    CHECK(ShortenLabel("ab" + family + "cd", 4) == "ab" + ellipsis);
  }
  SECTION("words are kept whole when a space is near") {
    CHECK(ShortenLabel("one two three", 4) == "one" + ellipsis);
    CHECK(ShortenLabel("one two three", 6) == "one" + ellipsis);
    CHECK(ShortenLabel("one two three", 8) == "one two" + ellipsis);
    const std::string word(40, 'x');
    CHECK(ShortenLabel("a " + word, 30) == "a " + std::string(28, 'x') + ellipsis);
    CHECK(ShortenLabel("Зеленский сказал", 12) == "Зеленский" + ellipsis);
  }
}

TEST_CASE("dot: nodes and edges are styled by type", "[dot]") {
  const std::string dot = ToDot(SampleGraph());
  CHECK(dot.rfind("digraph quotegraph {\n", 0) == 0);
  CHECK_THAT(dot, Catch::EndsWith("\n}\n"));
  CHECK_THAT(dot, Catch::Contains("\"person:joe-biden\" [label=\"Joe Biden\", shape=ellipse,"));
  CHECK_THAT(dot,
             Catch::Contains("\"organization:the-kremlin\" [label=\"the Kremlin\", shape=box,"));
  CHECK_THAT(dot, Catch::Contains("\"place:kyiv\" [label=\"Kyiv\", shape=house,"));
  CHECK_THAT(dot, Catch::Contains("\"agency:tass\" [label=\"TASS\", shape=component,"));
  CHECK_THAT(dot, Catch::Contains("\"outlet:deccan-herald\" [label=\"Deccan Herald\", shape=tab,"));
  CHECK_THAT(dot, Catch::Contains("\"article:a1\" [label=\"Headline\", shape=folder,"));
  CHECK_THAT(dot, Catch::Contains("\"person:joe-biden\" -> \"statement:a1@3-79\" [label=\"said\""));
  CHECK_THAT(dot, Catch::Contains("[label=\"denied x3\", color=\"#dc3545\""));
  CHECK_THAT(dot, Catch::Contains("[label=\"reported_by (intermediary)\", color=\"#6c757d\", "
                                  "fontcolor=\"#6c757d\", style=dashed]"));
}

TEST_CASE("dot: statements show a cut label and the full text as tooltip", "[dot]") {
  const std::string dot = ToDot(SampleGraph());
  CHECK_THAT(dot,
             Catch::Contains("[label=\"\\\"We are shocked by what we have seen in Bucha and we will"
                             "\xE2\x80\xA6\", shape=note,"));
  CHECK_THAT(dot, Catch::Contains("tooltip=\"\\\"We are shocked by what we have seen in Bucha "
                                  "and we will not stay silent,\\\"\"];"));
}

TEST_CASE("dot: hostile strings are escaped, one statement per line", "[dot]") {
  const Graph g = HostileGraph();
  const std::string dot = ToDot(g);
  CHECK(IsValidUtf8(dot));
  for (char c : dot) {
    const auto u = static_cast<unsigned char>(c);
    CHECK((u >= 0x20 || c == '\n'));
    CHECK(u != 0x7F);
  }
  CHECK(dot.find("\xEF\xBF\xBE") == std::string::npos);
  const std::vector<std::string> lines = Lines(dot);
  REQUIRE(lines.size() == 4 + g.num_nodes() + g.num_edges() + 1);
  for (std::size_t i = 4; i + 1 < lines.size(); ++i) {
    INFO(lines[i]);
    CHECK(lines[i].rfind("  \"", 0) == 0);
    CHECK_THAT(lines[i], Catch::EndsWith("];"));
  }
  CHECK_THAT(dot, Catch::Contains("\"person:q\\\"b\\\\s\\\\n\\\\N</x>&amp;amp;&amp;lt; ]]>--> "
                                  "{;} [a=b] 'a'\\nnl tabctl\\ncr \xEF\xBF\xBD"
                                  "bad nc "
                                  "\xEF\xBF\xBD\""));
  CHECK_THAT(dot, Catch::Contains("[label=\"affiliated_with (x\\\\)\""));
}

TEST_CASE("dot: Graphviz renders a hostile graph without warnings", "[dot]") {
  TempDir dir;
  if (Run("dot -V", dir).status != 0) {
    WARN("Graphviz dot not installed; skipped");
    return;
  }
  const fs::path file = dir.path / "g.dot";
  std::ofstream(file, std::ios::binary) << ToDot(HostileGraph());
  const fs::path svg = dir.path / "g.svg";
  const RunResult r = Run("dot -Tsvg -o '" + svg.string() + "' '" + file.string() + "'", dir);
  CHECK(r.status == 0);
  CHECK(r.err == "");
  const std::string rendered = ReadFile(svg);
  CHECK_THAT(rendered, Catch::Contains("&lt;/x&gt;"));
  CHECK_THAT(rendered, Catch::Contains("]]&gt;"));

  const std::string script = std::string(QUOTEGRAPH_SOURCE_DIR) + "/tests/clients/check_dot.sh";
  const RunResult ok = Run("'" + script + "' '" + file.string() + "'", dir);
  INFO(ok.err);
  CHECK(ok.status == 0);
  const fs::path bad = dir.path / "bad.dot";
  std::ofstream(bad, std::ios::binary) << "digraph g { \"a\" [label=\"bad \xc3 x\"]; }\n";
  CHECK(Run("'" + script + "' '" + bad.string() + "'", dir).status == 1);
}

TEST_CASE("dot: WriteGraph dispatches to the DOT writer", "[dot]") {
  std::ostringstream out;
  WriteGraph(SampleGraph(), ExportFormat::kDot, out);
  CHECK(out.str() == ToDot(SampleGraph()));
}

}  // namespace quotegraph

namespace quotegraph {

TEST_CASE("dot: clusters group each article with the statements found in it", "[dot]") {
  Graph g = SampleGraph();  // statement:a1@3-79 has no evidence article yet
  Node s = *g.FindNode("statement:a1@3-79");
  s.evidence.article = "a1";
  Graph clustered;
  for (const Node& n : g.nodes()) clustered.AddNode(n.id == s.id ? s : n);
  for (const Edge& e : g.edges()) clustered.AddEdge(e);
  Node title_only = MakeNode(NodeType::kSource, "article:a2", "x");
  title_only.title = "Headline with \"quotes\" & <tags>\nand a second line";
  clustered.AddNode(title_only);

  std::ostringstream out;
  DotOptions options;
  options.clusters = true;
  WriteDot(clustered, out, options);
  const std::string dot = out.str();
  const std::size_t c0 = dot.find("  subgraph cluster_0 {\n    label=\"Headline\";\n");
  const std::size_t c1 = dot.find("  subgraph cluster_1 {\n    label=\"Headline with \\\"quotes\\\" &amp; <tags>\\nand a second line\";\n");
  REQUIRE(c0 != std::string::npos);
  REQUIRE(c1 != std::string::npos);
  const std::string first = dot.substr(c0, dot.find("  }\n", c0) - c0);
  CHECK_THAT(first, Catch::Contains("    \"article:a1\" [label=\"Headline\""));
  CHECK_THAT(first, Catch::Contains("    \"statement:a1@3-79\" [label="));
  CHECK_THAT(first, !Catch::Contains("person:joe-biden"));
  // Everything else at the top level, every node exactly once.
  CHECK_THAT(dot, Catch::Contains("\n  \"person:joe-biden\" [label=\"Joe Biden\""));
  for (const Node& n : clustered.nodes()) {
    const std::string decl = "\"" + n.id + "\" [label=";
    std::size_t declarations = 0;
    for (const std::string& line : Lines(dot)) {
      const std::size_t text = line.find_first_not_of(' ');
      declarations += text != std::string::npos && line.compare(text, decl.size(), decl) == 0;
    }
    INFO(n.id);
    CHECK(declarations == 1);
  }
  // Without the option there is no cluster; the default is unchanged.
  CHECK(ToDot(clustered).find("subgraph") == std::string::npos);
  std::ostringstream via_options;
  ExportOptions export_options;
  export_options.dot_clusters = true;
  WriteGraph(clustered, ExportFormat::kDot, via_options, export_options);
  CHECK(via_options.str() == dot);

  TempDir dir;
  if (Run("dot -V", dir).status != 0) {
    WARN("Graphviz dot not installed; skipped");
    return;
  }
  Graph hostile = HostileGraph();
  hostile.Merge(clustered);
  std::ostringstream hostile_dot;
  WriteDot(hostile, hostile_dot, options);
  const fs::path file = dir.path / "clusters.dot";
  std::ofstream(file, std::ios::binary) << hostile_dot.str();
  const RunResult r = Run("dot -Tsvg -o /dev/null '" + file.string() + "'", dir);
  CHECK(r.status == 0);
  CHECK(r.err == "");
}

}  // namespace quotegraph
