// AttributionRules::CueAt turns away, inline, the tokens the sieve cache
// has marked as never a cue (importers/src/sieve_cache.h): the mark must be
// set only for tokens that can never be a cue in the document, and CueAt
// must answer the same with and without it.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "../importers/src/attribution_rules.h"
#include "../importers/src/sieve_cache.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/stages.h"

using namespace quotegraph;

namespace {

// The stages before the first attribution sieve.
std::unique_ptr<Document> Prepared(const Article& article) {
  auto doc = std::make_unique<Document>(article);
  for (auto stage : {SegmentParagraphs, ClassifyParagraphs, Tokenize, SplitSentences, FindQuotes,
                     DetectMentions, ResolveCoreference}) {
    stage(*doc);
  }
  return doc;
}

std::unique_ptr<Document> Prepared(const std::string& text) {
  Article a;
  a.text = text;
  return Prepared(a);
}

std::uint32_t TokenWith(const Document& doc, std::string_view text, std::uint32_t from = 0) {
  for (auto i = from; i < doc.tokens.size(); ++i) {
    if (doc.Slice(doc.tokens[i].span) == text) return i;
  }
  FAIL("no token " << text);
  return 0;
}

}  // namespace

TEST_CASE("cue fast path: only tokens that can never be cues are marked", "[sieve-cache]") {
  const auto doc = Prepared(
      "Ada Wren said the dam was safe, and Ivo Marek talked about \"said things\".\n"
      "The dam Said nothing.\n");
  const SieveCacheScope scope(*doc);
  const AttributionRules rules(*doc);
  SieveCache& cache = *SieveCacheScope::For(*doc);
  const auto n = static_cast<std::uint32_t>(doc->tokens.size());
  for (std::uint32_t i = 0; i <= n; ++i) rules.CueAt(i);  // one past the end: no cue, no mark

  const std::uint32_t said = TokenWith(*doc, "said");
  REQUIRE(rules.CueAt(said) != nullptr);
  CHECK_FALSE(cache.NeverCue(said));                              // a cue
  CHECK_FALSE(cache.NeverCue(TokenWith(*doc, "talked")));         // a two-word cue
  CHECK(cache.NeverCue(TokenWith(*doc, "dam")));                  // no verb
  CHECK(cache.NeverCue(TokenWith(*doc, ",")));                    // no word
  CHECK(cache.NeverCue(TokenWith(*doc, "said", said + 1)));       // inside a quote
  CHECK(cache.NeverCue(TokenWith(*doc, "Said")));                 // a name mid-sentence

  // A cue that has been used is no cue any more, but is not marked: the
  // attributions change from sieve to sieve.
  cache.cue_used[said] = 1;
  CHECK(rules.CueAt(said) == nullptr);
  CHECK_FALSE(cache.NeverCue(said));
  cache.cue_used[said] = 0;
  CHECK(rules.CueAt(said) != nullptr);
}

TEST_CASE("cue fast path: CueAt answers as it does with a fresh cache", "[sieve-cache]") {
  std::vector<Article> articles;
  ReadArticles({std::string(QUOTEGRAPH_SOURCE_DIR) + "/examples/articles"}, ReadOptions{},
               [&](Article&& a) { articles.push_back(std::move(a)); });
  REQUIRE(articles.size() > 3);
  for (const Article& article : articles) {
    INFO(article.id);
    const auto doc = Prepared(article);
    const SieveCacheScope scope(*doc);
    const AttributionRules shared(*doc);
    const auto n = static_cast<std::uint32_t>(doc->tokens.size());
    std::vector<const ReportingVerb*> first(n);
    for (std::uint32_t i = 0; i < n; ++i) first[i] = shared.CueAt(i);
    // Asked again (marked tokens turned away inline), and asked once each
    // by the rules of another copy with a cache of their own.
    const auto other = Prepared(article);
    const AttributionRules own(*other);
    for (std::uint32_t i = 0; i < n; ++i) {
      INFO("token " << i);
      CHECK(shared.CueAt(i) == first[i]);
      CHECK(own.CueAt(i) == first[i]);
    }
  }
}
