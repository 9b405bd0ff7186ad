// Tests of the native graph-file writer (exporters/json_writer.h).

#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>

#include <rapidjson/document.h>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/exporters/json_writer.h"
#include "quotegraph/importers/graph_file_reader.h"

namespace quotegraph {
namespace {

std::string ToJson(const Graph& g) {
  std::ostringstream out;
  WriteJsonGraph(g, out);
  return out.str();
}

Node Person(const std::string& name, std::vector<std::string> aliases) {
  Node n;
  n.id = EntityId(NodeType::kPerson, name);
  n.type = NodeType::kPerson;
  n.label = name;
  n.aliases = std::move(aliases);
  return n;
}

Node Statement(const std::string& article, Span content, const std::string& text) {
  Node n;
  n.id = StatementId(article, content);
  n.type = NodeType::kStatement;
  n.label = text;
  n.text = text;
  n.cue = "said";
  n.quote_kind = QuoteKind::kDirect;
  n.relation = "said";
  n.evidence.article = article;
  n.evidence.content = content;
  return n;
}

// A person, an organization, a statement with every evidence span, an
// article, an outlet and an agency, joined by every kind of edge.
Graph SampleGraph() {
  Graph g;
  g.AddNode(Person("Emmanuel Macron", {"Emmanuel Macron", "Macron"}));
  Node kremlin;
  kremlin.id = EntityId(NodeType::kOrganization, "the Kremlin");
  kremlin.type = NodeType::kOrganization;
  kremlin.label = "the Kremlin";
  g.AddNode(kremlin);
  Node s = Statement("a1", Span{10, 42}, "\"We are shocked,\"");
  s.speaker_text = "Macron";
  s.date_estimate = "2022-03-01";
  s.evidence.cue = Span{43, 47};
  s.evidence.source = Span{48, 54};
  g.AddNode(s);
  Node article;
  article.id = ArticleId("a1");
  article.type = NodeType::kSource;
  article.source_kind = SourceKind::kArticle;
  article.label = "Macron shocked";
  article.title = "Macron shocked";
  article.date = "2022-03-02";
  article.url = "https://example.com/a1?x=1&y=2";
  g.AddNode(article);
  Node tass;
  tass.id = AgencyId("TASS");
  tass.type = NodeType::kSource;
  tass.source_kind = SourceKind::kAgency;
  tass.label = "TASS";
  g.AddNode(tass);
  g.AddEdge(Edge{"person:emmanuel-macron", s.id, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{kremlin.id, s.id, EdgeType::kDenied, "", 1});
  g.AddEdge(Edge{s.id, article.id, EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{s.id, tass.id, EdgeType::kReportedBy, "intermediary", 2});
  g.AddEdge(Edge{article.id, kremlin.id, EdgeType::kMentions, "", 1});
  return g;
}

}  // namespace

TEST_CASE("json: exact output for a tiny graph", "[json]") {
  Graph g;
  g.AddNode(Statement("a1", Span{3, 9}, "hello"));
  g.AddNode(Person("Joe Biden", {"Biden", "Joe Biden"}));
  Edge said{"person:joe-biden", "statement:a1@3-9", EdgeType::kSaid, "", 2};
  REQUIRE(g.AddEdge(said));
  CHECK(ToJson(g) ==
        "{\"format\":\"quotegraph\",\"version\":1,\n"
        "\"nodes\":[\n"
        "{\"id\":\"person:joe-biden\",\"type\":\"person\",\"label\":\"Joe Biden\","
        "\"aliases\":[\"Biden\",\"Joe Biden\"]},\n"
        "{\"id\":\"statement:a1@3-9\",\"type\":\"statement\",\"label\":\"hello\","
        "\"text\":\"hello\",\"cue\":\"said\",\"quote_kind\":\"direct\",\"relation\":\"said\","
        "\"article\":\"a1\",\"content_start\":3,\"content_end\":9}\n"
        "],\n"
        "\"edges\":[\n"
        "{\"source\":\"person:joe-biden\",\"target\":\"statement:a1@3-9\",\"type\":\"said\","
        "\"count\":2}\n"
        "]}\n");
}

TEST_CASE("json: an empty graph is valid JSON", "[json]") {
  const std::string json = ToJson(Graph());
  rapidjson::Document d;
  d.Parse(json.c_str());
  REQUIRE_FALSE(d.HasParseError());
  CHECK(d["nodes"].Size() == 0);
  CHECK(d["edges"].Size() == 0);
}

TEST_CASE("json: one record per line, in canonical order", "[json]") {
  const Graph g = SampleGraph();
  std::istringstream lines(ToJson(g));
  std::string line;
  std::vector<std::string> node_lines;
  while (std::getline(lines, line)) {
    if (line.rfind("{\"id\":", 0) == 0) node_lines.push_back(line);
  }
  REQUIRE(node_lines.size() == g.num_nodes());
  CHECK(std::is_sorted(node_lines.begin(), node_lines.end()));
}

TEST_CASE("json: equal graphs give identical bytes whatever the insertion order", "[json]") {
  const Graph a = SampleGraph();
  Graph b;
  for (auto it = a.nodes().rbegin(); it != a.nodes().rend(); ++it) b.AddNode(*it);
  for (auto it = a.edges().rbegin(); it != a.edges().rend(); ++it) b.AddEdge(*it);
  CHECK(ToJson(a) == ToJson(b));
}

TEST_CASE("json: writes the version the reader reads", "[json]") {
  CHECK(ToJson(Graph()).rfind(
            "{\"format\":\"quotegraph\",\"version\":" + std::to_string(kGraphFileVersion) + ",",
            0) == 0);
}

TEST_CASE("json: hostile strings still give valid JSON", "[json]") {
  const std::string hostile = std::string(
                                  "q\"b\\s</script>&]]>--> {;}\nnl\ttab\x01"
                                  "ctl") +
                              '\0' + "nul\xff\xc3(bad)\xed\xa0\x80surrogate \xE2\x80\xA8ls";
  Graph g;
  Node n = Person("X", {hostile, "ok"});
  n.id = "person:" + hostile;
  n.label = hostile;
  g.AddNode(n);
  g.AddNode(Person("Y", {}));
  REQUIRE(g.AddEdge(Edge{n.id, "person:y", EdgeType::kAffiliatedWith, hostile, 1}));
  const std::string json = ToJson(g);

  CHECK(IsValidUtf8(json));
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  REQUIRE_FALSE(d.HasParseError());
  const rapidjson::Value& node = d["nodes"][0];
  const std::string label(node["label"].GetString(), node["label"].GetStringLength());
  CHECK(label == RepairUtf8(hostile));
  CHECK(label.find('\0') != std::string::npos);  // NUL kept, as \u0000
  CHECK(json.find("\\u0000") != std::string::npos);
  CHECK(json.find("\\u0001") != std::string::npos);
  CHECK(node["aliases"].Size() == 2);
  const rapidjson::Value& role = d["edges"][0]["role"];
  CHECK(std::string(role.GetString(), role.GetStringLength()) == RepairUtf8(hostile));
}

TEST_CASE("json: WriteGraph dispatches to the JSON writer", "[json]") {
  const Graph g = SampleGraph();
  std::ostringstream out;
  WriteGraph(g, ExportFormat::kJson, out);
  CHECK(out.str() == ToJson(g));
}

}  // namespace quotegraph
