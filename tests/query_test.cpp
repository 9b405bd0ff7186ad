#include <catch2/catch.hpp>

#include <algorithm>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <rapidjson/document.h>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/core/query.h"
#include "quotegraph/exporters/query_output.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/graph_builder.h"

using namespace quotegraph;

namespace {

// ---- a small hand-built graph --------------------------------------------
//
//   article:a1  "Biden calls Putin a war criminal"  2022-03-17  -> outlet Deccan Herald
//   article:a2  "Kremlin reacts"                    2022-03-16  -> outlet The Guardian
//                                                   (no publisher field: taken from the outlet)
//   article:a3  "Early commentary"                  2022-03-01  -> outlet Deccan Herald
//   agency:tass
//
//   s1  Joe Biden said "I think he is a war criminal"   reported by a1, a2, TASS
//   s4  Joe Biden said "Putin is a war criminal, he added"  reported by a1 only
//   s2  Ivan Petrov denied "Russia’s army isn’t targeting civilians"  (a2)
//   s3  unattributed "Calling him a criminal is about the war"  (a3, the earliest)

Node Source(const std::string& id, SourceKind kind, const std::string& label) {
  Node n;
  n.id = id;
  n.type = NodeType::kSource;
  n.source_kind = kind;
  n.label = label;
  return n;
}

Node Article(const std::string& article, const std::string& title, const std::string& publisher,
             const std::string& date) {
  Node n = Source(ArticleId(article), SourceKind::kArticle, title);
  n.title = title;
  n.publisher = publisher;
  n.date = date;
  return n;
}

Node Person(const std::string& name) {
  Node n;
  n.id = EntityId(NodeType::kPerson, name);
  n.type = NodeType::kPerson;
  n.label = name;
  return n;
}

Node Statement(const std::string& article, Span content, const std::string& text,
               const std::string& cue, QuoteKind kind, const std::string& relation) {
  Node n;
  n.id = StatementId(article, content);
  n.type = NodeType::kStatement;
  n.label = text;
  n.text = text;
  n.cue = cue;
  n.quote_kind = kind;
  n.relation = relation;
  n.evidence.article = article;
  n.evidence.content = content;
  n.evidence.cue = Span{content.end + 2, content.end + 2 + static_cast<int>(cue.size())};
  return n;
}

const std::string kS1 = "statement:a1@100-128";
const std::string kS2 = "statement:a2@50-90";
const std::string kS3 = "statement:a3@200-240";
const std::string kS4 = "statement:a1@10-40";

void AddSources(Graph& g) {
  g.AddNode(Source("outlet:deccan-herald", SourceKind::kOutlet, "Deccan Herald"));
  g.AddNode(Source("outlet:the-guardian", SourceKind::kOutlet, "The Guardian"));
  g.AddNode(Source("agency:tass", SourceKind::kAgency, "TASS"));
  g.AddNode(Article("a1", "Biden calls Putin a war criminal", "Deccan Herald", "2022-03-17"));
  g.AddNode(Article("a2", "Kremlin reacts", "", "2022-03-16"));
  g.AddNode(Article("a3", "Early commentary", "Deccan Herald", "2022-03-01"));
  g.AddEdge(Edge{"article:a1", "outlet:deccan-herald", EdgeType::kPublishedBy, "", 1});
  g.AddEdge(Edge{"article:a2", "outlet:the-guardian", EdgeType::kPublishedBy, "", 1});
  g.AddEdge(Edge{"article:a3", "outlet:deccan-herald", EdgeType::kPublishedBy, "", 1});
}

void AddStatements(Graph& g) {
  g.AddNode(Person("Joe Biden"));
  g.AddNode(Person("Ivan Petrov"));
  g.AddNode(Statement("a1", {100, 128}, "I think he is a war criminal", "told reporters",
                      QuoteKind::kDirect, "said"));
  g.AddNode(Statement("a1", {10, 40}, "Putin is a war criminal, he added", "added",
                      QuoteKind::kDirect, "said"));
  g.AddNode(Statement("a2", {50, 90}, "Russia\u2019s army isn\u2019t targeting civilians",
                      "denied", QuoteKind::kIndirect, "denied"));
  g.AddNode(Statement("a3", {200, 240}, "Calling him a criminal is about the war", "",
                      QuoteKind::kIndirect, "said"));
}

void AddStatementEdges(Graph& g) {
  g.AddEdge(Edge{"person:joe-biden", kS1, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"person:joe-biden", kS4, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"person:ivan-petrov", kS2, EdgeType::kDenied, "", 1});
  // Inserted latest-first and in reverse id order: the answer must sort them.
  g.AddEdge(Edge{kS1, "agency:tass", EdgeType::kReportedBy, "intermediary", 1});
  g.AddEdge(Edge{kS1, "article:a1", EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{kS1, "article:a2", EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{kS4, "article:a1", EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{kS2, "article:a2", EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{kS3, "article:a3", EdgeType::kReportedBy, "article", 1});
}

Graph Fixture() {
  Graph g;
  AddSources(g);
  AddStatements(g);
  AddStatementEdges(g);
  return g;
}

std::vector<std::string> Ids(const std::vector<StatementAnswer>& answers) {
  std::vector<std::string> ids;
  for (const StatementAnswer& a : answers) ids.push_back(a.id);
  return ids;
}

std::string Str(const rapidjson::Value& v) { return std::string(v.GetString(), v.GetStringLength()); }

// Checks that `object` has every key before a test reads it (RapidJSON
// asserts on a missing member instead of failing the test).
void RequireMembers(const rapidjson::Value& object, const std::vector<const char*>& keys) {
  REQUIRE(object.IsObject());
  for (const char* key : keys) {
    INFO("key " << key);
    REQUIRE(object.HasMember(key));
  }
}

}  // namespace

TEST_CASE("the fixture graph is what the tests assume", "[query]") {
  const Graph g = Fixture();
  CHECK(g.num_nodes() == 12);
  CHECK(g.num_edges() == 12);
  CHECK(g.Find(kS1) != Graph::kNone);
  CHECK(g.Find(kS4) != Graph::kNone);
}

TEST_CASE("who-said is case-insensitive and ranks phrase, then date, then id", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  // s1 and s4: the phrase with 5 extra words each; s1's earliest report is
  // 2022-03-16, s4's 2022-03-17 (although s4's id sorts first).  s3 has the
  // words but not the phrase, so it comes last although it is the earliest
  // (2022-03-01) and the shortest.
  CHECK(Ids(engine.WhoSaid("WAR Criminal")) == std::vector<std::string>{kS1, kS4, kS3});
  CHECK(Ids(engine.WhoSaid("criminal war")) == std::vector<std::string>{kS1, kS4, kS3});
}

TEST_CASE("a quoted query requires the phrase", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  CHECK(Ids(engine.WhoSaid("\"war criminal\"")) == std::vector<std::string>{kS1, kS4});
  CHECK(Ids(engine.WhoSaid("\u201Cwar criminal\u201D")) == std::vector<std::string>{kS1, kS4});
  CHECK(Ids(engine.WhoSaid("\"criminal war\"")).empty());
  CHECK(Ids(engine.WhoSaid("\"think he\" criminal")) == std::vector<std::string>{kS1});
}

TEST_CASE("who-said tolerates curly versus straight apostrophes", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  const std::vector<StatementAnswer> straight = engine.WhoSaid("isn't targeting");
  REQUIRE(straight.size() == 1);
  CHECK(straight[0].id == kS2);
  CHECK(Ids(engine.WhoSaid("RUSSIA\u2019S army")) == std::vector<std::string>{kS2});
  CHECK(Ids(engine.WhoSaid("russia's")) == std::vector<std::string>{kS2});
  CHECK(engine.WhoSaid("isn").empty());  // whole words only
  CHECK(engine.WhoSaid("warfare").empty());
  CHECK(engine.WhoSaid("!!!").empty());
}

TEST_CASE("an answer carries speaker, sources in date order and evidence", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  const std::vector<StatementAnswer> answers = engine.WhoSaid("I think");
  REQUIRE(answers.size() == 1);
  const StatementAnswer& a = answers[0];
  CHECK(a.text == "I think he is a war criminal");
  CHECK(a.relation == "said");
  CHECK(a.cue == "told reporters");
  CHECK(a.quote_kind == "direct");
  CHECK(a.speaker.id == "person:joe-biden");
  CHECK(a.speaker.name == "Joe Biden");
  CHECK(a.speaker.type == "person");
  CHECK(a.date == "2022-03-16");
  REQUIRE(a.reported_by.size() == 3);
  CHECK(a.reported_by[0].id == "article:a2");
  CHECK(a.reported_by[0].publisher == "The Guardian");  // from published_by
  CHECK(a.reported_by[0].date == "2022-03-16");
  CHECK(a.reported_by[1].id == "article:a1");
  CHECK(a.reported_by[1].title == "Biden calls Putin a war criminal");
  CHECK(a.reported_by[1].publisher == "Deccan Herald");
  CHECK(a.reported_by[1].role == "article");
  CHECK(a.reported_by[2].id == "agency:tass");
  CHECK(a.reported_by[2].title == "TASS");
  CHECK(a.reported_by[2].kind == "agency");
  CHECK(a.reported_by[2].role == "intermediary");
  REQUIRE(a.evidence.size() == 1);
  CHECK(a.evidence[0].source == "a1");
  CHECK(a.evidence[0].start == 100);
  CHECK(a.evidence[0].end == 128);
}

TEST_CASE("denials and unattributed statements", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  const std::vector<StatementAnswer> denial = engine.WhoSaid("civilians");
  REQUIRE(denial.size() == 1);
  CHECK(denial[0].relation == "denied");
  CHECK(denial[0].speaker.name == "Ivan Petrov");

  const std::vector<StatementAnswer> anonymous = engine.WhoSaid("calling");
  REQUIRE(anonymous.size() == 1);
  CHECK_FALSE(anonymous[0].speaker.present());
  CHECK(anonymous[0].speaker.name.empty());
  CHECK(anonymous[0].relation == "said");
}

TEST_CASE("the date falls back to the statement's estimate", "[query]") {
  Graph g;
  Node s = Statement("a9", {1, 9}, "Undated words", "", QuoteKind::kIndirect, "");
  s.date_estimate = "2022-02-24";
  g.AddNode(s);
  const QueryEngine engine(g);
  const std::vector<StatementAnswer> answers = engine.WhoSaid("undated");
  REQUIRE(answers.size() == 1);
  CHECK(answers[0].date == "2022-02-24");
  CHECK(answers[0].relation == "said");
  CHECK(answers[0].reported_by.empty());
}

TEST_CASE("did-you-mean suggests close index words", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  CHECK(engine.HasWord("criminal"));
  CHECK_FALSE(engine.HasWord("criminl"));
  CHECK(engine.SimilarWords("criminl", 3) == std::vector<std::string>{"criminal"});
  CHECK(engine.DidYouMean("war criminl") == "war criminal");
  CHECK(engine.DidYouMean("\"war crimnal\"") == "\"war criminal\"");
  CHECK(engine.DidYouMean("xyzzyq") == "");
  CHECK(engine.DidYouMean("war criminal") == "");  // nothing unknown
}

TEST_CASE("stats count nodes and edges by type", "[query]") {
  const GraphStats stats = ComputeStats(Fixture());
  CHECK(stats.nodes == 12);
  CHECK(stats.edges == 12);
  REQUIRE(stats.node_types.size() == 6);
  CHECK(stats.node_types[0].name == "person");
  CHECK(stats.node_types[0].count == 2);
  CHECK(stats.node_types[3].name == "statement");
  CHECK(stats.node_types[3].count == 4);
  CHECK(stats.node_types[4].count == 6);
  CHECK(stats.node_types[5].name == "claim");
  CHECK(stats.node_types[5].count == 0);
  CHECK(stats.source_kinds[0].count == 3);  // articles
  CHECK(stats.source_kinds[1].count == 2);  // outlets
  CHECK(stats.source_kinds[2].count == 1);  // agencies
  CHECK(stats.edge_types[2].name == "reported_by");
  CHECK(stats.edge_types[2].count == 6);
  CHECK(stats.edge_types[1].count == 1);  // denied
}

TEST_CASE("the who-said table reads like the answer", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  std::ostringstream out;
  WriteWhoSaidTable(engine.WhoSaid("war criminal"), out);
  const std::string table = out.str();
  CHECK_THAT(table, Catch::Contains(
                        "Joe Biden (person) said: \"I think he is a war criminal\"\n"
                        "  cue: told reporters \u00B7 direct\n"
                        "  date: 2022-03-16\n"
                        "  reported by: Kremlin reacts (The Guardian, 2022-03-16); "
                        "Biden calls Putin a war criminal (Deccan Herald, 2022-03-17); "
                        "TASS (agency, intermediary)\n"
                        "  evidence: a1 [100, 128)\n"
                        "  id: statement:a1@100-128\n"));
  CHECK_THAT(table, Catch::Contains(
                        "(unattributed) said: Calling him a criminal is about the war\n"
                        "  cue: (none) \u00B7 indirect\n"));
  // Answers are separated by one blank line, in rank order.
  CHECK(table.find("I think he is") < table.find("Putin is a war"));
  CHECK(table.find("Putin is a war") < table.find("Calling him"));
  CHECK(table.find("\n\n") != std::string::npos);

  std::ostringstream denial;
  WriteWhoSaidTable(engine.WhoSaid("civilians"), denial);
  CHECK_THAT(denial.str(), Catch::StartsWith("Ivan Petrov (person) denied: Russia\u2019s army"));
}

TEST_CASE("who-said JSON has every field and null for no speaker", "[query]") {
  const Graph g = Fixture();
  const QueryEngine engine(g);
  std::ostringstream out;
  WriteWhoSaidJson(engine.WhoSaid("war criminal"), out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc.IsArray());
  REQUIRE(doc.Size() == 3);

  const rapidjson::Value& first = doc[0];
  RequireMembers(first, {"id", "text", "relation", "cue", "quote_kind", "date", "speaker",
                         "reported_by", "evidence", "match"});
  CHECK(Str(first["id"]) == kS1);
  CHECK(Str(first["text"]) == "I think he is a war criminal");
  CHECK(Str(first["relation"]) == "said");
  CHECK(Str(first["cue"]) == "told reporters");
  CHECK(Str(first["quote_kind"]) == "direct");
  CHECK(Str(first["date"]) == "2022-03-16");
  RequireMembers(first["speaker"], {"id", "name", "type"});
  CHECK(Str(first["speaker"]["id"]) == "person:joe-biden");
  CHECK(Str(first["speaker"]["name"]) == "Joe Biden");
  CHECK(Str(first["speaker"]["type"]) == "person");
  const rapidjson::Value& sources = first["reported_by"];
  REQUIRE(sources.Size() == 3);
  for (const rapidjson::Value& source : sources.GetArray()) {
    RequireMembers(source, {"id", "title", "publisher", "date", "kind", "role"});
  }
  CHECK(Str(sources[0]["id"]) == "article:a2");
  CHECK(Str(sources[0]["title"]) == "Kremlin reacts");
  CHECK(Str(sources[0]["publisher"]) == "The Guardian");
  CHECK(Str(sources[0]["date"]) == "2022-03-16");
  CHECK(Str(sources[0]["kind"]) == "article");
  CHECK(Str(sources[0]["role"]) == "article");
  CHECK(Str(sources[2]["kind"]) == "agency");
  CHECK(Str(sources[2]["role"]) == "intermediary");
  const rapidjson::Value& evidence = first["evidence"];
  REQUIRE(evidence.Size() == 1);
  RequireMembers(evidence[0], {"source", "start", "end"});
  CHECK(Str(evidence[0]["source"]) == "a1");
  CHECK(evidence[0]["start"].GetInt64() == 100);
  CHECK(evidence[0]["end"].GetInt64() == 128);
  CHECK(first["match"]["phrase"].GetBool());

  RequireMembers(doc[2], {"speaker", "text"});
  CHECK(doc[2]["speaker"].IsNull());
  CHECK(Str(doc[2]["text"]) == "Calling him a criminal is about the war");
}

TEST_CASE("an empty answer list is an empty JSON array", "[query]") {
  std::ostringstream out;
  WriteWhoSaidJson({}, out);
  rapidjson::Document doc;
  doc.Parse(out.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  CHECK(doc.IsArray());
  CHECK(doc.Empty());
  std::ostringstream table;
  WriteWhoSaidTable({}, table);
  CHECK(table.str().empty());
}

TEST_CASE("stats render as a table and as JSON", "[query]") {
  const GraphStats stats = ComputeStats(Fixture());
  std::ostringstream table;
  WriteStatsTable(stats, table);
  CHECK_THAT(table.str(), Catch::StartsWith("nodes"));
  CHECK_THAT(table.str(), Catch::Contains("  statement         4\n"));
  CHECK_THAT(table.str(), Catch::Contains("    agency          1\n"));
  CHECK_THAT(table.str(), Catch::Contains("  reported_by       6\n"));

  std::ostringstream json;
  WriteStatsJson(stats, json);
  rapidjson::Document doc;
  doc.Parse(json.str().c_str());
  REQUIRE_FALSE(doc.HasParseError());
  RequireMembers(doc, {"nodes", "edges", "edge_observations", "node_types", "source_kinds",
                       "edge_types"});
  CHECK(doc["nodes"].GetInt64() == 12);
  CHECK(doc["edges"].GetInt64() == 12);
  CHECK(doc["node_types"]["statement"].GetInt64() == 4);
  CHECK(doc["source_kinds"]["agency"].GetInt64() == 1);
  CHECK(doc["edge_types"]["said"].GetInt64() == 2);
}

// ---- the project's example articles ---------------------------------------
//
// Facts from examples/README.md: Marta Kovanen's "deliberately starving the
// border towns" is carried by at least four articles, earliest 2031-05-12;
// Miravia's Foreign Ministry and Corvin Albescu deny; Ilan Berg is the
// Palace spokesman, relayed by the agency MIRA.


namespace {

const Graph& ExampleGraph() {
  static const Graph graph = [] {
    GraphBuilder builder;
    ReadOptions options;
    ReadArticles({std::string(QUOTEGRAPH_SOURCE_DIR) + "/examples/articles"}, options,
                 [&](quotegraph::Article&& a) { builder.Add(std::move(a)); });
    return builder.Finish();
  }();
  return graph;
}

const QueryEngine& ExampleEngine() {
  static const QueryEngine engine(ExampleGraph());
  return engine;
}

rapidjson::Document ParseJson(const std::string& text) {
  rapidjson::Document d;
  d.Parse(text.c_str());
  REQUIRE_FALSE(d.HasParseError());
  return d;
}

std::string Label(std::size_t node) { return ExampleGraph().node(node).label; }

}  // namespace

TEST_CASE("examples: who-said groups the central claim with its denials", "[query][examples]") {
  const std::vector<StatementAnswer> answers = ExampleEngine().WhoSaidByClaim("deliberately starving");
  REQUIRE_FALSE(answers.empty());
  const ClaimInfo& claim = answers.front().claim;
  REQUIRE(claim.present());
  CHECK(claim.first_reported == "2031-05-12");
  CHECK(claim.articles >= 4);
  CHECK(claim.denials >= 1);
  std::set<std::string> said, denied;
  for (const StatementAnswer& a : answers) {
    if (a.claim.id != claim.id) continue;
    (a.relation == "denied" ? denied : said).insert(a.speaker.name);
  }
  CHECK(said == std::set<std::string>{"Marta Kovanen"});
  CHECK(denied.count("Corvin Albescu") == 1);
  // Every source, earliest first, the earliest marked.
  std::vector<StatementAnswer> group;
  for (const StatementAnswer& a : answers) {
    if (a.claim.id == claim.id) group.push_back(a);
  }
  const std::vector<ReportingSource> sources = QueryEngine::ClaimSources(group);
  REQUIRE(sources.size() >= 4);
  CHECK(sources.front().date == "2031-05-12");
  CHECK(sources.front().earliest);
  CHECK_FALSE(sources.back().earliest);
  CHECK(std::is_sorted(sources.begin(), sources.end(),
                       [](const ReportingSource& a, const ReportingSource& b) {
                         return !a.date.empty() && (b.date.empty() || a.date < b.date);
                       }));
  std::ostringstream table;
  WriteWhoSaidTable(answers, table);
  CHECK(table.str().rfind("Claim: \"Miravia is deliberately starving the border towns,\"", 0) == 0);
  CHECK(table.str().find("2031-05-12  Aid lorries stranded at Kessel Pass") != std::string::npos);
  CHECK(table.str().find("[earliest]") != std::string::npos);
  std::ostringstream json;
  WriteWhoSaidJson(answers, json);
  const rapidjson::Document d = ParseJson(json.str());
  REQUIRE(d.IsArray());
  CHECK(std::string(d[0]["claim"]["id"].GetString()) == claim.id);
  CHECK(std::string(d[0]["claim"]["first_reported"].GetString()) == "2031-05-12");
}

TEST_CASE("examples: said-by resolves a surname and a full name to one speaker",
          "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  const std::vector<std::size_t> by_surname = engine.FindEntities("Kovanen");
  const std::vector<std::size_t> by_name = engine.FindEntities("marta KOVANEN");
  REQUIRE_FALSE(by_surname.empty());
  REQUIRE_FALSE(by_name.empty());
  CHECK(by_surname.front() == by_name.front());
  CHECK(Label(by_name.front()) == "Marta Kovanen");
  const std::vector<StatementAnswer> said = engine.SaidBy(by_name.front());
  REQUIRE(said.size() >= 8);
  for (const StatementAnswer& a : said) CHECK(a.speaker.name == "Marta Kovanen");
  CHECK(said.front().date == "2031-05-12");
  CHECK(std::is_sorted(said.begin(), said.end(), [](const StatementAnswer& a, const StatementAnswer& b) {
    return !a.date.empty() && (b.date.empty() || a.date < b.date);
  }));
  std::ostringstream json;
  WriteWhoSaidJson(said, json);
  const rapidjson::Document d = ParseJson(json.str());
  CHECK(d.Size() == said.size());
  CHECK(std::string(d[0]["speaker"]["name"].GetString()) == "Marta Kovanen");
}

TEST_CASE("examples: reported lists sources and the MIRA relay", "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  const std::vector<StatementAnswer> group = engine.Reported("every lorry that meets the requirements");
  REQUIRE_FALSE(group.empty());
  bool mira = false;
  for (const ReportingSource& s : QueryEngine::ClaimSources(group)) {
    if (s.id == "agency:mira") {
      mira = true;
      CHECK(s.role == "intermediary");
      CHECK(s.kind == "agency");
    }
  }
  CHECK(mira);
  // By claim id: the claim's statements.
  const std::vector<StatementAnswer> starving = engine.Reported("deliberately starving");
  REQUIRE(starving.front().claim.present());
  const std::vector<StatementAnswer> by_id = engine.Reported(starving.front().claim.id);
  CHECK(by_id.size() == starving.size());
  std::ostringstream table, json;
  WriteReportedTable(by_id, table);
  WriteReportedJson(by_id, json);
  CHECK(table.str().find("carried by (earliest first):") != std::string::npos);
  const rapidjson::Document d = ParseJson(json.str());
  CHECK(d["sources"][0]["earliest"].GetBool());
  CHECK(std::string(d["sources"][0]["date"].GetString()) == "2031-05-12");
}

TEST_CASE("examples: denials name who denied and the claim they deny", "[query][examples]") {
  const std::vector<DenialAnswer> denials = ExampleEngine().Denials("");
  std::set<std::string> deniers;
  const DenialAnswer* albescu = nullptr;
  for (const DenialAnswer& d : denials) {
    deniers.insert(d.denial.speaker.name);
    CHECK(d.denial.relation == "denied");
    if (d.denial.speaker.name == "Corvin Albescu") albescu = &d;
  }
  CHECK(deniers.count("Foreign Ministry") == 1);
  CHECK(deniers.count("Corvin Albescu") == 1);
  REQUIRE(albescu != nullptr);
  REQUIRE_FALSE(albescu->claim_statements.empty());
  CHECK(albescu->claim_statements.front().speaker.name == "Marta Kovanen");
  CHECK(albescu->claim_statements.front().relation == "said");
  CHECK(ExampleEngine().Denials("theatre").size() == 1);
  std::ostringstream table, json;
  WriteDenialsTable(denials, table);
  WriteDenialsJson(denials, json);
  CHECK(table.str().find("denies claim: \"Miravia is deliberately starving") != std::string::npos);
  const rapidjson::Document d = ParseJson(json.str());
  CHECK(d.Size() == denials.size());
}

TEST_CASE("denials list at most N of the denied claim's statements and count the rest",
          "[query][examples]") {
  const std::vector<DenialAnswer> all = ExampleEngine().Denials("", 0);
  const std::vector<DenialAnswer> one = ExampleEngine().Denials("", 1);
  REQUIRE(all.size() == one.size());
  bool counted = false;
  for (std::size_t i = 0; i < all.size(); ++i) {
    CHECK(one[i].denial.id == all[i].denial.id);
    CHECK(one[i].claim_statements.size() == std::min<std::size_t>(1, all[i].claim_statements.size()));
    CHECK(one[i].claim_statements.size() + one[i].more_claim_statements ==
          all[i].claim_statements.size());
    if (!one[i].claim_statements.empty()) {
      CHECK(one[i].claim_statements.front().id == all[i].claim_statements.front().id);
    }
    if (one[i].more_claim_statements > 0) {
      counted = true;
      std::ostringstream table, json;
      WriteDenialsTable({one[i]}, table);
      WriteDenialsJson({one[i]}, json);
      CHECK(table.str().find("... and " + std::to_string(one[i].more_claim_statements) +
                             " more statement") != std::string::npos);
      const rapidjson::Document d = ParseJson(json.str());
      CHECK(d[0]["more_claim_statements"].GetUint64() == one[i].more_claim_statements);
    }
  }
  CHECK(counted);
}

TEST_CASE("examples: entity shows aliases, titles and affiliations", "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  const std::vector<std::size_t> found = engine.FindEntities("Berg");
  REQUIRE_FALSE(found.empty());
  const EntityAnswer berg = engine.DescribeEntity(found.front());
  CHECK(berg.name == "Ilan Berg");
  CHECK(berg.type == "person");
  CHECK(std::find(berg.titles.begin(), berg.titles.end(), "spokesman") != berg.titles.end());
  bool palace = false;
  for (const auto& a : berg.affiliations) palace |= a.name == "Palace" && a.role == "spokesman";
  CHECK(palace);
  CHECK(berg.said >= 3);
  CHECK(berg.denied >= 1);
  std::ostringstream table, json;
  WriteEntityTable({berg}, table);
  WriteEntityJson({berg}, json);
  CHECK(table.str().rfind("Ilan Berg (person)\n", 0) == 0);
  CHECK(ParseJson(json.str())[0]["said"].GetInt() == static_cast<int>(berg.said));
}

TEST_CASE("examples: path links two entities with evidence", "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  const std::size_t berg = engine.FindEntities("Ilan Berg").front();
  const std::size_t palace = engine.FindEntities("Palace").front();
  const std::vector<PathStep> direct = engine.Path(berg, palace);
  REQUIRE(direct.size() == 1);
  CHECK(direct.front().edge == "affiliated_with");
  CHECK(direct.front().forward);
  const std::size_t kovanen = engine.FindEntities("Marta Kovanen").front();
  const std::vector<PathStep> steps = engine.Path(berg, kovanen);
  REQUIRE(steps.size() >= 2);
  CHECK(steps.front().from_name == "Ilan Berg");
  CHECK(steps.back().to_name == "Marta Kovanen");
  for (std::size_t i = 1; i < steps.size(); ++i) CHECK(steps[i].from_id == steps[i - 1].to_id);
  bool evidence = false;
  for (const PathStep& s : steps) evidence |= !s.evidence.empty();
  CHECK(evidence);
  std::ostringstream table;
  WritePathTable(steps, table);
  CHECK(table.str().rfind("1. Ilan Berg ", 0) == 0);
}

TEST_CASE("examples: unknown names get a did-you-mean", "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  CHECK(engine.FindEntities("Kovanan").empty());
  const std::vector<std::string> similar = engine.SimilarNames("Kovanan", 3);
  REQUIRE_FALSE(similar.empty());
  CHECK(similar.front() == "Marta Kovanen");
  CHECK(engine.WhoSaidByClaim("Assange").empty());
}

TEST_CASE("examples: an answer's subgraph holds its nodes and their edges", "[query][examples]") {
  const QueryEngine& engine = ExampleEngine();
  const std::vector<StatementAnswer> answers = engine.WhoSaidByClaim("deliberately starving");
  const Graph sub = Subgraph(ExampleGraph(), AnswerNodes(ExampleGraph(), answers));
  REQUIRE(sub.FindNode("person:marta-kovanen") != nullptr);
  REQUIRE(sub.FindNode(answers.front().claim.id) != nullptr);
  std::size_t expresses = 0;
  for (const Edge& e : sub.edges()) {
    CHECK(sub.FindNode(e.source) != nullptr);
    CHECK(sub.FindNode(e.target) != nullptr);
    expresses += e.type == EdgeType::kExpresses;
  }
  CHECK(expresses == static_cast<std::size_t>(answers.front().claim.statements));
  CHECK(sub.num_nodes() < ExampleGraph().num_nodes());
}
