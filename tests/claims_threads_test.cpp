// Claim grouping on threads: the same claims, ids and expresses edges
// whatever ClaimOptions::threads is, on enough statements to span several
// blocks of keys and word shards.

#include <catch2/catch.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "quotegraph/core/claims.h"
#include "quotegraph/core/graph.h"
#include "quotegraph/core/ids.h"
#include "quotegraph/importers/claim_words.h"

using namespace quotegraph;

namespace {

// A fixed pseudo-random sequence (the same on every platform).
class Sequence {
 public:
  std::uint64_t Next() {
    state_ = state_ * 6364136223846793005ULL + 1442695040888963407ULL;
    return state_ >> 33;
  }
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }

 private:
  std::uint64_t state_ = 42;
};

// Statements drawn from a few hundred remarks, each reported in several
// wordings (words dropped or added), by a few speakers, about a few
// places; some denied.
Graph ManyStatements(std::size_t count) {
  Graph g;
  std::vector<std::string> speakers;
  std::vector<std::string> places;
  for (int i = 0; i < 40; ++i) {
    Node p;
    p.type = NodeType::kPerson;
    p.label = "Speaker" + std::to_string(i) + " Person";
    p.id = EntityId(p.type, p.label);
    speakers.push_back(p.id);
    g.AddNode(p);
    Node place;
    place.type = NodeType::kPlace;
    place.label = "Place" + std::to_string(i);
    place.id = EntityId(place.type, place.label);
    places.push_back(place.id);
    g.AddNode(place);
  }
  std::vector<std::string> vocabulary;
  for (int i = 0; i < 3000; ++i) vocabulary.push_back("word" + std::to_string(i) + "ing");
  Sequence seq;
  std::vector<std::vector<std::string>> remarks(400);
  for (auto& remark : remarks) {
    const std::size_t n = 3 + seq.Below(8);
    for (std::size_t k = 0; k < n; ++k) remark.push_back(vocabulary[seq.Below(vocabulary.size())]);
  }
  for (std::size_t i = 0; i < count; ++i) {
    const std::string article = "a" + std::to_string(i / 8);
    if (i % 8 == 0) {
      Node a;
      a.id = ArticleId(article);
      a.type = NodeType::kSource;
      a.source_kind = SourceKind::kArticle;
      a.label = article;
      a.date = "2031-05-" + std::to_string(10 + seq.Below(19));
      g.AddNode(a);
    }
    std::string text;
    for (const std::string& w : remarks[seq.Below(remarks.size())]) {
      if (seq.Below(6) == 0) continue;
      text += w + " ";
      if (seq.Below(8) == 0) text += vocabulary[seq.Below(vocabulary.size())] + " ";
    }
    text += "the end";
    Node s;
    s.type = NodeType::kStatement;
    s.evidence.article = article;
    s.evidence.content = Span{static_cast<std::int64_t>(i % 8) * 100,
                              static_cast<std::int64_t>(i % 8) * 100 + 50};
    s.id = StatementId(article, s.evidence.content);
    s.text = s.label = text;
    s.relation = seq.Below(10) == 0 ? "denied" : "said";
    s.quote_kind = static_cast<QuoteKind>(seq.Below(3));
    const std::string id = s.id;
    g.AddNode(std::move(s));
    const std::string& speaker = speakers[seq.Below(speakers.size())];
    g.AddEdge(Edge{speaker, id, i % 10 == 0 ? EdgeType::kDenied : EdgeType::kSaid, "", 1});
    g.AddEdge(Edge{id, ArticleId(article), EdgeType::kReportedBy, "article", 1});
    if (seq.Below(3) != 0) g.AddEdge(Edge{id, places[seq.Below(4)], EdgeType::kAbout, "", 1});
  }
  return g;
}

// Every node id and edge of the graph, in insertion order.
std::vector<std::string> Records(const Graph& g) {
  std::vector<std::string> out;
  for (const Node& n : g.nodes()) {
    out.push_back(n.id + "|" + n.label + "|" + std::to_string(n.claim_statements) + "|" +
                  std::to_string(n.claim_articles) + "|" + n.date);
  }
  for (const Edge& e : g.edges()) {
    out.push_back(std::string(e.source) + ">" + std::string(e.target) + "|" +
                  std::to_string(static_cast<int>(e.type)) + "|" + std::to_string(e.count));
  }
  return out;
}

}  // namespace

TEST_CASE("claims do not depend on the number of threads", "[claims][threads]") {
  const Graph g = ManyStatements(40000);
  ClaimOptions options = DefaultClaimOptions();
  options.threads = 1;
  const Graph one = WithClaims(g, options);
  std::size_t claims = 0;
  for (const Node& n : one.nodes()) claims += n.type == NodeType::kClaim ? 1 : 0;
  CHECK(claims > 100);
  const std::vector<std::string> expected = Records(one);
  for (std::size_t threads : {2, 3, 4}) {
    options.threads = threads;
    CHECK(Records(WithClaims(g, options)) == expected);
  }
}
