// The synthetic corpus generator (generator/): deterministic, every quote
// shape and piece of furniture present, and readable by the pipeline with
// the speakers it names; the threaded builder gives the one-thread graph.
#include <catch2/catch.hpp>

#include <set>
#include <sstream>
#include <string>

#include "quotegraph/core/graph.h"
#include "quotegraph/generator/corpus_generator.h"
#include "quotegraph/generator/corpus_writer.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/graph_builder.h"
#include "test_support.h"

using namespace quotegraph;

namespace {

std::string Corpus(std::uint64_t seed, std::size_t n) {
  CorpusOptions options;
  options.seed = seed;
  options.articles = n;
  const CorpusGenerator generator(options);
  std::ostringstream out;
  for (std::size_t i = 0; i < n; ++i) WriteJsonLine(generator.Generate(i), out);
  return out.str();
}

std::vector<Article> Parse(const std::string& jsonl) {
  std::vector<Article> articles;
  ParseJsonLinesArticles(jsonl, "corpus.jsonl", [&](Article&& a) { articles.push_back(a); });
  return articles;
}

Graph Build(const std::vector<Article>& articles, std::size_t threads) {
  GraphBuilder builder(Pipeline::Default(), threads);
  for (const Article& a : articles) builder.Add(a);
  return builder.Finish();
}

}  // namespace

TEST_CASE("generator: same options give the same bytes, another seed others") {
  const std::string a = Corpus(7, 50);
  CHECK(a == Corpus(7, 50));
  CHECK(a != Corpus(8, 50));
  // Article i does not depend on which others are generated.
  CorpusOptions options;
  options.seed = 7;
  options.articles = 50;
  const CorpusGenerator generator(options);
  std::ostringstream one;
  WriteJsonLine(generator.Generate(42), one);
  CHECK(a.find(one.str()) != std::string::npos);
}

TEST_CASE("generator: every quote shape and page furniture occur") {
  const std::string corpus = Corpus(1, 200);
  const std::vector<Article> articles = Parse(corpus);
  REQUIRE(articles.size() == 200);
  std::set<std::string> ids;
  for (const Article& a : articles) ids.insert(a.id);
  CHECK(ids.size() == 200);
  for (const char* needle :
       {"\u201C", "\u201D", "\\\"", " said.", " said, ", "according to ", "According to ",
        " denied that ", " said: ", " added that ", "the state news agency ", "Subscribe",
        "Photo: ", "By ", "told reporters"}) {
    INFO(needle);
    CHECK(corpus.find(needle) != std::string::npos);
  }
}

TEST_CASE("generator: the pipeline finds its statements and speakers") {
  const std::vector<Article> articles = Parse(Corpus(2, 60));
  const Graph g = Build(articles, 1);
  std::size_t statements = 0, said = 0;
  for (const Node& n : g.nodes()) statements += n.type == NodeType::kStatement;
  for (const Edge& e : g.edges()) said += e.type == EdgeType::kSaid || e.type == EdgeType::kDenied;
  CHECK(statements >= 5 * articles.size());
  CHECK(said >= statements / 2);
  // Claims recur: some statement text is reported by more than one article.
  std::multiset<std::string> texts;
  for (const Node& n : g.nodes()) {
    if (n.type == NodeType::kStatement) texts.insert(n.text);
  }
  bool repeated = false;
  for (const std::string& t : texts) repeated = repeated || texts.count(t) > 1;
  CHECK(repeated);
}

TEST_CASE("graph builder: threads give the one-thread graph") {
  const std::vector<Article> articles = Parse(Corpus(4, 80));
  const Graph one = Build(articles, 1);
  for (std::size_t threads : {2, 3, 8}) {
    const Graph many = Build(articles, threads);
    REQUIRE(many.num_nodes() == one.num_nodes());
    REQUIRE(many.num_edges() == one.num_edges());
    const auto a = one.SortedNodes(), b = many.SortedNodes();
    for (std::size_t i = 0; i < a.size(); ++i) {
      CHECK(one.node(a[i]).id == many.node(b[i]).id);
    }
  }
}

TEST_CASE("graph builder: an id clash is still an error with threads") {
  std::vector<Article> articles = Parse(Corpus(5, 10));
  Article clash = articles[3];
  clash.text += " Changed.";
  clash.origin = "other.jsonl:1";
  articles.push_back(clash);
  GraphBuilder builder(Pipeline::Default(), 4);
  const std::string error = testing::ErrorOf([&] {
    for (const Article& a : articles) builder.Add(a);
    builder.Finish();
  });
  CHECK(error.find("other.jsonl:1: article id") == 0);
}

TEST_CASE("corpus writer: text layout writes 1000 files a subdirectory") {
  testing::TempDir dir;
  CorpusOptions options;
  options.articles = 3;
  const std::uint64_t bytes =
      WriteCorpus(options, CorpusLayout::kTextFiles, (dir.path / "c").string());
  std::size_t files = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(dir.path / "c" / "0000")) {
    files += e.is_regular_file();
  }
  CHECK(files == 3);
  CHECK(bytes > 1000);
  CHECK_THROWS(ParseCorpusLayout("xml"));
}
