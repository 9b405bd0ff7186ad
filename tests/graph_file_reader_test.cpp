// Tests of the native graph-file reader (importers/graph_file_reader.h).

#include <catch2/catch.hpp>

#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/exporters/json_writer.h"
#include "quotegraph/importers/graph_file_reader.h"
#include "test_support.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

std::string ToJson(const Graph& g) {
  std::ostringstream out;
  WriteJsonGraph(g, out);
  return out.str();
}

// The message ParseGraphJson throws for `json` ("" if it does not throw).
std::string ErrorOf(const std::string& json) {
  try {
    ParseGraphJson(json, "g.json");
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

Node Entity(NodeType type, const std::string& name) {
  Node n;
  n.id = EntityId(type, name);
  n.type = type;
  n.label = name;
  n.aliases = {name};
  return n;
}

Node Source(const std::string& id, SourceKind kind, const std::string& label) {
  Node n;
  n.id = id;
  n.type = NodeType::kSource;
  n.source_kind = kind;
  n.label = label;
  return n;
}

// Every node type, every attribute kind, said/denied/reported_by with roles.
Graph SampleGraph() {
  Graph g;
  Node macron = Entity(NodeType::kPerson, "Emmanuel Macron");
  macron.aliases = {"Emmanuel Macron", "Macron", "Макрон"};
  macron.titles = {"French president"};
  g.AddNode(macron);
  g.AddNode(Entity(NodeType::kOrganization, "the Kremlin"));
  g.AddNode(Entity(NodeType::kPlace, "Kyiv"));
  Node s;
  s.id = StatementId("a1", Span{10, 42});
  s.type = NodeType::kStatement;
  s.label = s.text = "\"We are shocked,\" — 日本 \\ \n";
  s.cue = "said";
  s.quote_kind = QuoteKind::kMixed;
  s.relation = "said";
  s.speaker_text = "he";
  s.date_estimate = "2022-03-01";
  s.evidence.article = "a1";
  s.evidence.content = Span{10, 42};
  s.evidence.cue = Span{43, 47};
  s.evidence.source = Span{48, 50};
  s.evidence.content_fragments = {Span{10, 20}, Span{30, 42}};
  g.AddNode(s);
  Node article = Source(ArticleId("a1"), SourceKind::kArticle, "Headline");
  article.title = "Headline";
  article.publisher = "Deccan Herald";
  article.date = "2022-03-02";
  article.url = "https://example.com/a?b=1&c=2";
  article.file = "articles/a1.txt";
  g.AddNode(article);
  g.AddNode(Source(OutletId("Deccan Herald"), SourceKind::kOutlet, "Deccan Herald"));
  g.AddNode(Source(AgencyId("TASS"), SourceKind::kAgency, "TASS"));
  g.AddEdge(Edge{macron.id, s.id, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"organization:the-kremlin", s.id, EdgeType::kDenied, "", 3});
  g.AddEdge(Edge{s.id, article.id, EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{s.id, "agency:tass", EdgeType::kReportedBy, "intermediary", 1});
  g.AddEdge(Edge{article.id, "outlet:deccan-herald", EdgeType::kPublishedBy, "", 1});
  g.AddEdge(Edge{s.id, "place:kyiv", EdgeType::kAbout, "", 1});
  g.AddEdge(Edge{macron.id, "organization:the-kremlin", EdgeType::kAffiliatedWith, "guest", 1});
  return g;
}

// A scratch directory removed at scope exit.
using quotegraph::testing::TempDir;

const char* const kHead = "{\"format\":\"quotegraph\",\"version\":1,\n";

}  // namespace

TEST_CASE("graph_file: write, read, write is byte-identical", "[graph_file]") {
  const std::string first = ToJson(SampleGraph());
  const Graph read = ParseGraphJson(first, "sample.json");
  CHECK(read.num_nodes() == SampleGraph().num_nodes());
  CHECK(read.num_edges() == SampleGraph().num_edges());
  CHECK(ToJson(read) == first);
}

TEST_CASE("graph_file: every field comes back", "[graph_file]") {
  const Graph g = ParseGraphJson(ToJson(SampleGraph()), "sample.json");
  const Node* s = g.FindNode("statement:a1@10-42");
  REQUIRE(s != nullptr);
  CHECK(s->type == NodeType::kStatement);
  CHECK(s->quote_kind == QuoteKind::kMixed);
  CHECK(s->text == "\"We are shocked,\" — 日本 \\ \n");
  CHECK(s->evidence.cue == Span{43, 47});
  CHECK(s->evidence.source == Span{48, 50});
  CHECK(s->evidence.content_fragments == std::vector<Span>{Span{10, 20}, Span{30, 42}});
  const Node* m = g.FindNode("person:emmanuel-macron");
  REQUIRE(m != nullptr);
  CHECK(m->aliases == std::vector<std::string>{"Emmanuel Macron", "Macron", "Макрон"});
  CHECK(m->titles == std::vector<std::string>{"French president"});
  CHECK(g.FindNode("agency:tass")->source_kind == SourceKind::kAgency);
  CHECK(g.FindNode("article:a1")->file == "articles/a1.txt");
  bool found = false;
  for (const Edge& e : g.edges()) {
    if (e.type == EdgeType::kDenied) {
      found = true;
      CHECK(e.count == 3);
    }
  }
  CHECK(found);
}

TEST_CASE("graph_file: ReadGraphFile reads a file and names it in errors", "[graph_file]") {
  TempDir dir;
  const std::string path = (dir.path / "g.json").string();
  const std::string json = ToJson(SampleGraph());
  std::ofstream(path, std::ios::binary) << json;
  CHECK(ToJson(ReadGraphFile(path)) == json);

  const std::string missing = (dir.path / "nope.json").string();
  CHECK_THROWS_WITH(ReadGraphFile(missing), missing + ": cannot read: No such file or directory");
  CHECK_THROWS_WITH(ReadGraphFile(dir.path.string()),
                    Catch::StartsWith(dir.path.string() + ": cannot read:"));
}

TEST_CASE("graph_file: invalid JSON names file, line and byte", "[graph_file]") {
  const std::string json = std::string(kHead) + "\"nodes\":[\n{\"id\":\"a\" \"type\":\"person\"}]}";
  const std::string message = ErrorOf(json);
  CHECK_THAT(message, Catch::StartsWith("g.json:3: invalid JSON: Missing a comma or '}'"));
  const std::size_t byte = std::strlen(kHead) + std::strlen("\"nodes\":[\n{\"id\":\"a\" ");
  CHECK_THAT(message, Catch::EndsWith("(column 11, byte " + std::to_string(byte) + ")"));
  CHECK_THAT(ErrorOf(""), Catch::StartsWith("g.json:1: invalid JSON: The document is empty."));
  CHECK_THAT(ErrorOf(std::string(kHead) + "\"nodes\":[],\"edges\":[]}\n{}"),
             Catch::StartsWith("g.json:3: invalid JSON:"));
  CHECK_THAT(ErrorOf(std::string(kHead) + "\"nodes\":[],\"edges\":[]}" + '\0' + "junk"),
             Catch::StartsWith("g.json:2: invalid JSON: NUL byte"));
}

TEST_CASE("graph_file: record errors name file, line and record", "[graph_file]") {
  const std::string head = std::string(kHead) + "\"nodes\":[\n";
  const std::string person = "{\"id\":\"p:a\",\"type\":\"person\",\"label\":\"A\"}";
  CHECK(ErrorOf(head + "{\"type\":\"person\",\"label\":\"A\"}\n],\"edges\":[]}") ==
        "g.json:3: node 0: missing \"id\"");
  CHECK(ErrorOf(head + person + ",\n{\"id\":\"x\",\"type\":\"robot\",\"label\":\"R\"}]}") ==
        "g.json:4: node 1: unknown node type \"robot\"");
  CHECK(ErrorOf(head + "{\"id\":\"x\",\"type\":\"person\"}]}") ==
        "g.json:3: node 0: missing \"label\"");
  CHECK(ErrorOf(head + person +
                "],\n\"edges\":[\n{\"source\":\"p:a\",\"target\":\"p:zz\","
                "\"type\":\"said\",\"count\":1}]}") ==
        "g.json:5: edge 0: target \"p:zz\" is not a node");
  CHECK(ErrorOf(head + person +
                "],\n\"edges\":[\n{\"source\":\"p:a\",\"target\":\"p:a\","
                "\"type\":\"shouted\"}]}") == "g.json:5: edge 0: unknown edge type \"shouted\"");
  CHECK(ErrorOf(head + "{\"id\":\"x\",\"type\":\"statement\",\"label\":\"L\","
                       "\"content_start\":\"12\"}]}") ==
        "g.json:3: node 0: \"content_start\" must be an integer");
  CHECK(ErrorOf(head + "{\"id\":\"x\",\"type\":\"person\",\"label\":\"L\","
                       "\"aliases\":[\"a\",1]}]}") ==
        "g.json:3: node 0: \"aliases\" must be an array of strings");
  CHECK(ErrorOf(head + "{\"id\":\"x\",\"type\":\"source\",\"label\":\"L\","
                       "\"kind\":\"blog\"}]}") == "g.json:3: node 0: invalid value for \"kind\"");
  CHECK(ErrorOf(head + "[]]}") == "g.json:3: node 0: must be an object");
}

TEST_CASE("graph_file: version and format are checked", "[graph_file]") {
  CHECK_THAT(ErrorOf("{\"format\":\"quotegraph\",\n\"version\":2,\"nodes\":[],\"edges\":[]}"),
             Catch::StartsWith("g.json:2: graph file version 2 is newer than this build"));
  CHECK_THAT(ErrorOf("{\"format\":\"other\",\"version\":1}"),
             Catch::StartsWith("g.json:1: not a quotegraph graph file"));
  CHECK_THAT(ErrorOf("{\"version\":1,\"nodes\":[]}"),
             Catch::Contains("not a quotegraph graph file"));
  CHECK_THAT(ErrorOf("{\"format\":\"quotegraph\",\"nodes\":[]}"),
             Catch::Contains("no \"version\""));
  CHECK_THAT(ErrorOf("[1,2]"), Catch::Contains("the top level must be an object"));
  CHECK_THAT(ErrorOf("{\"format\":\"quotegraph\",\"version\":1.5}"),
             Catch::Contains("\"version\" must be an integer"));
}

TEST_CASE("graph_file: unknown keys are ignored, however nested", "[graph_file]") {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  const std::string json = std::string(kHead) + "\"generator\":{\"x\":" + deep +
                           "},\n\"nodes\":[\n{\"id\":\"p:a\",\"type\":\"person\",\"label\":\"A\","
                           "\"future\":{\"a\":[1,{\"b\":null}]},\"shoe_size\":44}\n],\n"
                           "\"edges\":[]}";
  const Graph g = ParseGraphJson(json, "g.json");
  REQUIRE(g.num_nodes() == 1);
  CHECK(g.node(0).label == "A");
}

TEST_CASE("graph_file: deep nesting is an error, not a crash", "[graph_file]") {
  const std::string json = std::string(kHead) + "\"x\":" + std::string(1000000, '[');
  CHECK_THAT(ErrorOf(json), Catch::Contains("invalid JSON"));
}

TEST_CASE("graph_file: edges may come before nodes", "[graph_file]") {
  const std::string json =
      "{\"edges\":[{\"source\":\"p:a\",\"target\":\"p:b\",\"type\":\"mentions\",\"count\":1}],"
      "\"nodes\":[{\"id\":\"p:a\",\"type\":\"person\",\"label\":\"A\"},"
      "{\"id\":\"p:b\",\"type\":\"person\",\"label\":\"B\"}],"
      "\"version\":1,\"format\":\"quotegraph\"}";
  const Graph g = ParseGraphJson(json, "g.json");
  CHECK(g.num_nodes() == 2);
  CHECK(g.num_edges() == 1);
  CHECK_THAT(ErrorOf("{\"edges\":[{\"source\":\"p:a\",\"target\":\"p:b\",\"type\":\"said\"}],"
                     "\"nodes\":[],\"version\":1,\"format\":\"quotegraph\"}"),
             Catch::Contains("edge 0: source \"p:a\" is not a node"));
}

TEST_CASE("graph_file: NUL and invalid UTF-8 in strings", "[graph_file]") {
  const std::string json = std::string(kHead) +
                           "\"nodes\":[{\"id\":\"p:a\",\"type\":\"person\","
                           "\"label\":\"nul\\u0000here \xff!\"}],\"edges\":[]}";
  const Graph g = ParseGraphJson(json, "g.json");
  REQUIRE(g.num_nodes() == 1);
  CHECK(g.node(0).label == std::string("nul\0here \xEF\xBF\xBD!", 13));
  CHECK(ToJson(ParseGraphJson(ToJson(g), "again")) == ToJson(g));
}

// Not run by default: `quotegraph_tests "[.bench]"` prints the load rate of
// a graph of 200k statements (build in Release for meaningful numbers).
TEST_CASE("graph_file: load throughput", "[.bench]") {
  Graph g;
  for (int i = 0; i < 200000; ++i) {
    Node s;
    s.id = StatementId("a" + std::to_string(i / 20), Span{i, i + 80});
    s.type = NodeType::kStatement;
    s.label = s.text =
        "The ministry said the figures released on Tuesday were accurate " + std::to_string(i);
    s.cue = "said";
    s.relation = "said";
    s.speaker_text = "the ministry";
    s.evidence.article = "a" + std::to_string(i / 20);
    s.evidence.content = Span{i, i + 80};
    s.evidence.cue = Span{1, 5};
    s.evidence.source = Span{6, 9};
    g.AddNode(s);
    Node p = Entity(NodeType::kPerson, "Person " + std::to_string(i % 5000));
    g.AddNode(p);
    g.AddEdge(Edge{p.id, s.id, EdgeType::kSaid, "", 1});
  }
  const std::string json = ToJson(g);
  const auto start = std::chrono::steady_clock::now();
  const Graph read = ParseGraphJson(json, "bench");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  WARN("loaded " << json.size() / 1e6 << " MB in " << seconds
                 << " s: " << json.size() / 1e6 / seconds << " MB/s");
  CHECK(read.num_nodes() == g.num_nodes());
}

}  // namespace quotegraph
