// GraphBuilder with extraction threads: many small articles extracted on
// the workers and added in input order give the graph (records, insertion
// order, edge order), the stats and the warnings of one thread.  And
// Graph::Merge by move gives the graph a copying merge gives.

#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "quotegraph/core/graph.h"
#include "quotegraph/exporters/json_writer.h"
#include "quotegraph/generator/corpus_generator.h"
#include "quotegraph/generator/corpus_writer.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"
#include "quotegraph/importers/graph_builder.h"
#include "quotegraph/importers/pipeline.h"

using namespace quotegraph;

namespace {

// `n` generated articles, each followed by a one-line article of its own
// (many small articles: the window of articles in flight turns over often).
std::vector<Article> Articles(std::size_t n) {
  CorpusOptions options;
  options.seed = 11;
  options.articles = n;
  const CorpusGenerator generator(options);
  std::ostringstream out;
  for (std::size_t i = 0; i < n; ++i) WriteJsonLine(generator.Generate(i), out);
  std::vector<Article> articles;
  ParseJsonLinesArticles(out.str(), "corpus.jsonl", [&](Article&& a) {
    Article short_one;
    short_one.id = a.id + "-brief";
    short_one.origin = a.origin;
    short_one.text = "\"We will not back down,\" Anna Lind said on " + std::to_string(articles.size()) +
                     " May.";
    articles.push_back(std::move(a));
    articles.push_back(std::move(short_one));
  });
  return articles;
}

struct Built {
  Graph graph;
  BuildStats stats;
  std::vector<std::string> warnings;
};

Built Build(const std::vector<Article>& articles, std::size_t threads) {
  Built built;
  Pipeline pipeline = Pipeline::Default();
  pipeline.set_max_quote_chars(40);  // many quotes too long: many warnings
  pipeline.set_warn([&](const std::string& w) { built.warnings.push_back(w); });
  GraphBuilder builder(std::move(pipeline), threads);
  for (const Article& a : articles) builder.Add(a);
  built.graph = builder.Finish();
  built.stats = builder.stats();
  return built;
}

std::string Json(const Graph& g) {
  std::ostringstream out;
  WriteJsonGraph(g, out);
  return out.str();
}

// Same records in the same insertion order, same edges in the same order.
void RequireSameGraph(const Graph& a, const Graph& b) {
  REQUIRE(a.num_nodes() == b.num_nodes());
  REQUIRE(a.num_edges() == b.num_edges());
  for (std::size_t i = 0; i < a.num_nodes(); ++i) REQUIRE(a.node(i).id == b.node(i).id);
  for (std::size_t i = 0; i < a.num_edges(); ++i) {
    const Edge x = a.edge(i), y = b.edge(i);
    REQUIRE(x.source == y.source);
    REQUIRE(x.target == y.target);
    REQUIRE(x.type == y.type);
    REQUIRE(x.role == y.role);
    REQUIRE(x.count == y.count);
  }
  REQUIRE(Json(a) == Json(b));
}

}  // namespace

TEST_CASE("graph builder: many small articles on threads give the one-thread graph") {
  const std::vector<Article> articles = Articles(300);  // 600 articles
  const Built one = Build(articles, 1);
  REQUIRE(one.stats.articles == articles.size());
  REQUIRE(one.stats.statements > articles.size() / 2);
  REQUIRE(!one.warnings.empty());
  for (std::size_t threads : {2, 4}) {
    const Built many = Build(articles, threads);
    RequireSameGraph(one.graph, many.graph);
    CHECK(many.stats.articles == one.stats.articles);
    CHECK(many.stats.statements == one.stats.statements);
    CHECK(many.warnings == one.warnings);
  }
}

TEST_CASE("fragments: a prepared fragment adds what AddFragment adds") {
  // Every article twice: the second time its nodes merge into the first's.
  const std::vector<Article> articles = Articles(60);
  const Pipeline pipeline = Pipeline::Default();
  Graph direct, prepared;
  PreparedFragment fragment;
  for (int round = 0; round < 2; ++round) {
    for (const Article& a : articles) {
      Document doc(a);
      pipeline.Run(doc);
      AddFragment(doc, direct);
      PrepareFragment(doc, fragment);
      AddPreparedFragment(fragment, prepared);
    }
  }
  RequireSameGraph(direct, prepared);
}

TEST_CASE("fragments: a long article's prepared fragment adds what AddFragment adds") {
  // Hundreds of nodes in one article, many of them repeated: the prepared
  // fragment finds earlier nodes by id hash past its first few.
  std::string text;
  for (int i = 0; i < 300; ++i) {
    const std::string name = std::string(i % 2 == 0 ? "Ada Wren" : "Nils Berg") +
                             std::to_string(i % 7 == 0 ? 0 : i % 40);
    text += "\"The bridge number " + std::to_string(i) + " will close,\" " + name + " said.\n\n";
  }
  Article article;
  article.id = "long";
  article.text = text;
  const Pipeline pipeline = Pipeline::Default();
  Document doc(article);
  pipeline.Run(doc);
  Graph direct, prepared;
  AddFragment(doc, direct);
  PreparedFragment fragment;
  PrepareFragment(doc, fragment);
  REQUIRE(fragment.nodes.size() > 64);
  AddPreparedFragment(fragment, prepared);
  RequireSameGraph(direct, prepared);
}

TEST_CASE("graph builder: fewer articles than threads can take") {
  const std::vector<Article> articles = Articles(3);
  const Built one = Build(articles, 1);
  RequireSameGraph(one.graph, Build(articles, 4).graph);
}

TEST_CASE("graph: merging by move gives the graph merging a copy gives") {
  const std::vector<Article> articles = Articles(40);
  const std::vector<Article> first(articles.begin(), articles.begin() + 50);
  const std::vector<Article> second(articles.begin() + 30, articles.end());  // overlapping
  const Graph a = Build(first, 1).graph;
  const Graph b = Build(second, 1).graph;
  Graph copied = a;
  copied.Merge(b);
  Graph moved = a;
  Graph b_copy = b;
  moved.Merge(std::move(b_copy));
  RequireSameGraph(copied, moved);
}
