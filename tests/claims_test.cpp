// Claim grouping (core/claims.h) on minimal statement sets.
#include <catch2/catch.hpp>

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "quotegraph/core/claims.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/importers/claim_words.h"

using namespace quotegraph;

namespace {

Node Entity(NodeType type, const std::string& name) {
  Node n;
  n.id = EntityId(type, name);
  n.type = type;
  n.label = name;
  n.aliases = {name};
  return n;
}

Node Article(const std::string& article, const std::string& date) {
  Node n;
  n.id = ArticleId(article);
  n.type = NodeType::kSource;
  n.source_kind = SourceKind::kArticle;
  n.label = article;
  n.date = date;
  return n;
}

// Adds a statement by `speaker` in `article`, about `about` (entity ids).
std::string AddStatement(Graph& g, const std::string& article, std::int64_t start,
                         const std::string& text, const std::string& speaker,
                         const std::string& relation, const std::vector<std::string>& about,
                         QuoteKind kind = QuoteKind::kIndirect) {
  Node n;
  n.type = NodeType::kStatement;
  n.evidence.article = article;
  n.evidence.content = Span{start, start + static_cast<std::int64_t>(text.size())};
  n.id = StatementId(article, n.evidence.content);
  n.text = n.label = text;
  n.relation = relation;
  n.quote_kind = kind;
  const std::string id = n.id;
  g.AddNode(std::move(n));
  g.AddEdge(Edge{speaker, id, relation == "denied" ? EdgeType::kDenied : EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{id, ArticleId(article), EdgeType::kReportedBy, "article", 1});
  for (const std::string& a : about) g.AddEdge(Edge{id, a, EdgeType::kAbout, "", 1});
  return id;
}

// Claim id of each statement id (only those expressing one).
std::map<std::string, std::string> ClaimOfEach(const Graph& g) {
  std::map<std::string, std::string> out;
  for (const Edge& e : g.edges()) {
    if (e.type == EdgeType::kExpresses) out[std::string(e.source)] = std::string(e.target);
  }
  return out;
}

std::size_t CountClaims(const Graph& g) {
  return static_cast<std::size_t>(std::count_if(
      g.nodes().begin(), g.nodes().end(), [](const Node& n) { return n.type == NodeType::kClaim; }));
}

const std::string kKovanen = "person:marta-kovanen";
const std::string kMiravia = "place:miravia";
const std::string kTaldera = "place:taldera";
const std::string kPalace = "organization:palace";

Graph Base() {
  Graph g;
  g.AddNode(Entity(NodeType::kPerson, "Marta Kovanen"));
  g.AddNode(Entity(NodeType::kPlace, "Miravia"));
  g.AddNode(Entity(NodeType::kPlace, "Taldera"));
  g.AddNode(Entity(NodeType::kOrganization, "Palace"));
  g.AddNode(Article("a1", "2031-05-12"));
  g.AddNode(Article("a2", "2031-05-19"));
  g.AddNode(Article("a3", "2031-05-13"));
  return g;
}

}  // namespace

TEST_CASE("stemming folds plural and verb endings", "[claims]") {
  CHECK(StemWord("towns") == "town");
  CHECK(StemWord("starving") == StemWord("starve"));
  CHECK(StemWord("starved") == StemWord("starves"));
  CHECK(StemWord("lorries") == "lorry");
  CHECK(StemWord("stopped") == "stop");
  CHECK(StemWord("miravia's") == "miravia");
  CHECK(StemWord("bus") == "bus");
}

TEST_CASE("claim words drop stop words, hedges and the about names", "[claims]") {
  const ClaimOptions& o = DefaultClaimOptions();
  CHECK(ClaimWords("I think they are Starving the Border Towns", o) ==
        std::vector<std::string>{"border", "starv", "town"});
  CHECK(ClaimWords("Miravia\u2019s army \u201Cis starving the towns\u201D", o, {"miravia"}) ==
        std::vector<std::string>{"army", "starv", "town"});
}

TEST_CASE("quote and paraphrase of one remark are one claim", "[claims]") {
  Graph g = Base();
  const std::string quote = AddStatement(g, "a1", 10,
                                         "\u201CI think they are starving the border towns,\u201D",
                                         kKovanen, "said", {}, QuoteKind::kDirect);
  const std::string called =
      AddStatement(g, "a1", 100, "Miravia of \"starving the border towns\"", kKovanen, "said",
                   {kMiravia}, QuoteKind::kMixed);
  const std::string later =
      AddStatement(g, "a2", 10, "Miravia \"is starving the border towns\" of Upper Vell",
                   kKovanen, "said", {kMiravia}, QuoteKind::kMixed);
  const Graph out = WithClaims(g, DefaultClaimOptions());
  const auto claims = ClaimOfEach(out);
  REQUIRE(CountClaims(out) == 1);
  REQUIRE(claims.count(quote) == 1);
  CHECK(claims.at(called) == claims.at(quote));
  CHECK(claims.at(later) == claims.at(quote));
  const Node* claim = out.FindNode(claims.at(quote));
  REQUIRE(claim != nullptr);
  CHECK(claim->claim_statements == 3);
  CHECK(claim->claim_articles == 2);
  CHECK(claim->date == "2031-05-12");
  CHECK(claim->text == "\u201CI think they are starving the border towns,\u201D");  // direct
  CHECK(claim->id.rfind("claim:starving-border-towns-", 0) == 0);
}

TEST_CASE("the same words about different entities are different claims", "[claims]") {
  Graph g = Base();
  const std::string a =
      AddStatement(g, "a1", 10, "Miravia is starving the border towns", kKovanen, "said", {kMiravia});
  const std::string b =
      AddStatement(g, "a2", 10, "Miravia is starving the border towns", kKovanen, "said", {kMiravia});
  const std::string c =
      AddStatement(g, "a1", 50, "Taldera is starving the border towns", kPalace, "said", {kTaldera});
  const std::string d =
      AddStatement(g, "a2", 50, "Taldera is starving the border towns", kPalace, "said", {kTaldera});
  const auto claims = ClaimOfEach(WithClaims(g, DefaultClaimOptions()));
  REQUIRE(claims.size() == 4);
  CHECK(claims.at(a) == claims.at(b));
  CHECK(claims.at(c) == claims.at(d));
  CHECK(claims.at(a) != claims.at(c));
}

TEST_CASE("unrelated content is not grouped, and a lone statement gets no claim", "[claims]") {
  Graph g = Base();
  AddStatement(g, "a1", 10, "the sanctions will hurt the economy", kKovanen, "said", {});
  AddStatement(g, "a2", 10, "the weather was cold in March", kPalace, "said", {});
  AddStatement(g, "a3", 10, "the economy is growing fast", kKovanen, "said", {});
  const Graph out = WithClaims(g, DefaultClaimOptions());
  CHECK(CountClaims(out) == 0);
  CHECK(ClaimOfEach(out).empty());
}

TEST_CASE("a denial of the same content joins the claim", "[claims]") {
  Graph g = Base();
  const std::string said = AddStatement(g, "a1", 10, "troops are shelling the hospitals", kKovanen,
                                        "said", {});
  const std::string again = AddStatement(g, "a2", 10, "troops were shelling hospitals", kKovanen,
                                         "said", {});
  const std::string denied = AddStatement(g, "a3", 10, "its troops were shelling hospitals",
                                          kPalace, "denied", {});
  const Graph out = WithClaims(g, DefaultClaimOptions());
  const auto claims = ClaimOfEach(out);
  REQUIRE(claims.size() == 3);
  CHECK(claims.at(denied) == claims.at(said));
  CHECK(claims.at(again) == claims.at(said));
  const Node* claim = out.FindNode(claims.at(said));
  CHECK(claim->claim_denials == 1);
  CHECK(claim->text == "troops are shelling the hospitals");  // said beats denied
  // The speaker edge of the denial stays a denial.
  const std::size_t s = out.Find(denied);
  bool denied_edge = false;
  for (std::size_t e : out.InEdges(s)) denied_edge |= out.edge(e).type == EdgeType::kDenied;
  CHECK(denied_edge);
}

TEST_CASE("an anaphoric denial joins the claim made before it in its article", "[claims]") {
  Graph g = Base();
  const std::string said = AddStatement(g, "a1", 10, "troops are shelling the hospitals", kKovanen,
                                        "said", {});
  AddStatement(g, "a2", 10, "troops were shelling hospitals", kKovanen, "said", {});
  const std::string denial = AddStatement(g, "a1", 200, "the accusation", kPalace, "denied", {});
  const std::string other = AddStatement(g, "a2", 200, "the rumours", kPalace, "denied", {});
  const auto claims = ClaimOfEach(WithClaims(g, DefaultClaimOptions()));
  REQUIRE(claims.count(denial) == 1);
  CHECK(claims.at(denial) == claims.at(said));
  CHECK(claims.count(other) == 0);  // "rumours" is not a reference noun
}

TEST_CASE("claims do not depend on insertion order and are recomputed", "[claims]") {
  Graph forward = Base();
  AddStatement(forward, "a1", 10, "troops are shelling the hospitals", kKovanen, "said", {});
  AddStatement(forward, "a2", 10, "troops were shelling hospitals", kKovanen, "said", {});
  AddStatement(forward, "a3", 10, "the economy is growing fast", kPalace, "said", {});
  Graph backward = Base();
  AddStatement(backward, "a3", 10, "the economy is growing fast", kPalace, "said", {});
  AddStatement(backward, "a2", 10, "troops were shelling hospitals", kKovanen, "said", {});
  AddStatement(backward, "a1", 10, "troops are shelling the hospitals", kKovanen, "said", {});
  const Graph a = WithClaims(forward, DefaultClaimOptions());
  const Graph b = WithClaims(backward, DefaultClaimOptions());
  CHECK(ClaimOfEach(a) == ClaimOfEach(b));
  // Computing again (claims already present) gives the same claims, once.
  const Graph again = WithClaims(a, DefaultClaimOptions());
  CHECK(ClaimOfEach(again) == ClaimOfEach(a));
  CHECK(CountClaims(again) == 1);
  CHECK(CountClaims(WithoutClaims(again)) == 0);
}

TEST_CASE("a claim gathers the statements similar to its leader, in any order", "[claims]") {
  // The shortest statement leads: "of Upper Vell" (4 of 5 words hold its 3)
  // joins it; "lack bread" shares only 2 of its 3 words with the leader, so
  // it is no member even though it is similar to the second statement: a
  // claim does not chain through its members.  "villages" shares 2 of 3:
  // below 80%, no claim.
  auto build = [](bool reversed) {
    Graph g = Base();
    std::vector<std::tuple<std::string, std::int64_t, std::string>> texts = {
        {"a1", 10, "starving the border towns"},
        {"a2", 10, "starving the border towns of Upper Vell"},
        {"a3", 10, "the border towns of Upper Vell lack bread"},
        {"a1", 200, "starving the border villages"}};
    if (reversed) std::reverse(texts.begin(), texts.end());
    std::map<std::string, std::string> ids;  // text -> statement id
    for (const auto& [article, at, text] : texts) {
      ids[text] = AddStatement(g, article, at, text, kKovanen, "said", {});
    }
    return std::make_pair(WithClaims(std::move(g), DefaultClaimOptions()), ids);
  };
  const auto [out, ids] = build(false);
  const auto claims = ClaimOfEach(out);
  REQUIRE(CountClaims(out) == 1);
  const std::string shortest = ids.at("starving the border towns");
  REQUIRE(claims.count(shortest) == 1);
  CHECK(claims.at(ids.at("starving the border towns of Upper Vell")) == claims.at(shortest));
  CHECK(claims.count(ids.at("the border towns of Upper Vell lack bread")) == 0);
  CHECK(claims.count(ids.at("starving the border villages")) == 0);
  CHECK(out.FindNode(claims.at(shortest))->claim_statements == 2);

  const auto [reversed_out, reversed_ids] = build(true);
  CHECK(ClaimOfEach(reversed_out).at(reversed_ids.at("starving the border towns")) ==
        claims.at(shortest));
}

TEST_CASE("a statement holding two claims joins one and does not chain them", "[claims]") {
  Graph g = Base();
  const std::string wells = AddStatement(g, "a1", 10, "the wells of Lisk are poisoned", kKovanen,
                                         "said", {});
  const std::string wells2 = AddStatement(g, "a2", 10, "the wells of Lisk were poisoned", kKovanen,
                                          "said", {});
  const std::string tolls = AddStatement(g, "a3", 10, "the pass tolls doubled overnight", kKovanen,
                                         "said", {});
  const std::string tolls2 = AddStatement(g, "a4", 10, "pass tolls doubled overnight again",
                                          kKovanen, "said", {});
  const std::string both = AddStatement(
      g, "a5", 10, "the wells of Lisk are poisoned and the pass tolls doubled overnight", kKovanen,
      "said", {});
  const Graph out = WithClaims(std::move(g), DefaultClaimOptions());
  const auto claims = ClaimOfEach(out);
  REQUIRE(claims.count(wells) == 1);
  REQUIRE(claims.count(tolls) == 1);
  CHECK(claims.at(wells2) == claims.at(wells));
  CHECK(claims.at(tolls2) == claims.at(tolls));
  CHECK(claims.at(wells) != claims.at(tolls));
  REQUIRE(claims.count(both) == 1);
  CHECK((claims.at(both) == claims.at(wells) || claims.at(both) == claims.at(tolls)));
}
