// The per-document cache the attribution sieves share inside Pipeline::Run
// (importers/src/sieve_cache.h): what it marks and finds must be what each
// sieve would compute on its own.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "../importers/src/sieve_cache.h"
#include "../importers/src/token_view.h"
#include "document_fixture.h"
#include "quotegraph/importers/article_reader.h"
#include "quotegraph/importers/pipeline.h"
#include "quotegraph/importers/stages.h"

using namespace quotegraph;

namespace {

// The document through its paragraphs, tokens and sentences.
std::unique_ptr<Document> Tokenized(const std::string& text) {
  return quotegraph::testing::Process(text, "sentences");
}

// The tokens inside `span`, one by one.
std::pair<std::size_t, std::size_t> TokensInSlowly(const Document& doc, ByteSpan span) {
  std::size_t first = 0;
  while (first < doc.tokens.size() && doc.tokens[first].span.begin < span.begin) ++first;
  std::size_t end = first;
  while (end < doc.tokens.size() && doc.tokens[end].span.end <= span.end) ++end;
  return {first, end};
}

void RunStagesAlone(Document& doc) {
  for (auto stage : {SegmentParagraphs, ClassifyParagraphs, Tokenize, SplitSentences, FindQuotes,
                     DetectMentions, ResolveCoreference, AttributeAdjacentQuotes,
                     AttributeSpeakerVerb, AttributeTrailingCue, AttributeAccordingTo,
                     AttributeHeadline, AttributeReportNoun, FindRelays, EstimateDates}) {
    stage(doc);
  }
}

}  // namespace

TEST_CASE("sieve cache: the tokens inside a span are found by bisection", "[sieve-cache]") {
  const auto tokenized = Tokenized(
      "The minister said on Monday that the talks, \"long overdue,\" would resume.\n"
      "Officials  told  reporters the dam was safe.\n");
  const Document& doc = *tokenized;
  REQUIRE(doc.tokens.size() > 10);
  const auto n = static_cast<std::uint32_t>(doc.text.size());
  for (std::uint32_t b = 0; b <= n; ++b) {
    for (std::uint32_t e = b; e <= n; e += 3) {
      INFO("span " << b << ".." << e);
      CHECK(SieveCache::TokensIn(doc, ByteSpan{b, e}) == TokensInSlowly(doc, ByteSpan{b, e}));
    }
  }
}

TEST_CASE("sieve cache: marks follow the attributions added since the last sync",
          "[sieve-cache]") {
  const auto tokenized = Tokenized("Ada Wren said the dam was safe. Ivo Marek said it was not.\n");
  Document& doc = *tokenized;
  REQUIRE(doc.tokens.size() >= 14);
  SieveCache cache;
  cache.Sync(doc);
  CHECK(cache.cue_used == std::vector<std::uint8_t>(doc.tokens.size(), 0));

  Attribution a;
  a.cue = ByteSpan{doc.tokens[2].span.begin, doc.tokens[2].span.end};  // "said"
  a.content = {ByteSpan{doc.tokens[3].span.begin, doc.tokens[6].span.end}};
  doc.attributions.push_back(a);
  cache.Sync(doc);
  for (std::size_t i = 0; i < doc.tokens.size(); ++i) {
    INFO("token " << i);
    CHECK(cache.cue_used[i] == (i == 2 ? 1 : 0));
    CHECK(cache.content_used[i] == (i >= 3 && i <= 6 ? 1 : 0));
  }

  // Fewer attributions than were marked: the cache starts over.
  doc.attributions.clear();
  cache.Sync(doc);
  CHECK(cache.cue_used == std::vector<std::uint8_t>(doc.tokens.size(), 0));
  CHECK(cache.content_used == std::vector<std::uint8_t>(doc.tokens.size(), 0));
}

TEST_CASE("sieve cache: a verb is looked up once per token", "[sieve-cache]") {
  const auto tokenized = Tokenized("Ada Wren said the dam was safe.\n");
  const Document& doc = *tokenized;
  SieveCache cache;
  cache.Sync(doc);
  int lookups = 0;
  const ReportingVerb verb;
  auto look_up = [&] {
    ++lookups;
    return &verb;
  };
  CHECK(cache.Verb(2, look_up) == &verb);
  CHECK(cache.Verb(2, look_up) == &verb);
  CHECK(lookups == 1);
  CHECK(cache.PhrasalVerb(2, [] { return static_cast<const ReportingVerb*>(nullptr); }) ==
        nullptr);
  CHECK(cache.PhrasalVerb(2, look_up) == nullptr);  // remembered, not asked again
  CHECK(lookups == 1);
}

TEST_CASE("sieve cache: one sweep records verbs, base forms and tokens never cues",
          "[sieve-cache]") {
  const auto tokenized = Tokenized("Ada Wren said the states report it, \"Q.\" Said Ivo.\n");
  const Document& doc = *tokenized;
  const auto n = static_cast<std::uint32_t>(doc.tokens.size());
  const CueWords& cue_words = CueWords::Get();
  const TokenView tv(doc);
  SieveCache cache;
  cache.Sync(doc);
  cache.Sweep(
      n, [&](std::uint32_t i) { return doc.tokens[i].kind == TokenKind::kWord; },
      [&](std::uint32_t i) { return cue_words.Find(tv.Lower(i)); });
  CHECK(cache.CuesSwept());
  int asked = 0;
  const auto not_asked = [&] {
    ++asked;
    return static_cast<const ReportingVerb*>(nullptr);
  };
  const auto base_not_asked = [&] {
    ++asked;
    return false;
  };
  bool some_verb = false;
  bool some_base_form = false;
  for (std::uint32_t i = 0; i < n; ++i) {
    INFO("token " << i << " " << tv.Text(i));
    if (doc.tokens[i].kind != TokenKind::kWord) {
      CHECK(cache.NeverCue(i));
      continue;
    }
    const CueWords::Entry* entry = cue_words.Find(tv.Lower(i));
    const ReportingVerb* verb = entry != nullptr ? entry->verb : nullptr;
    const bool base_form = entry != nullptr && entry->base_form;
    CHECK(cache.Verb(i, not_asked) == verb);
    CHECK(verb == Lexicon::Get().Verb(tv.Lower(i)));
    CHECK(cache.BaseForm(i, base_not_asked) == base_form);
    CHECK(cache.NeverCue(i) ==
          (entry == nullptr || (entry->verb == nullptr && !entry->phrasal_first)));
    some_verb = some_verb || verb != nullptr;
    some_base_form = some_base_form || base_form;
  }
  CHECK(asked == 0);  // all recorded by the sweep
  CHECK(some_verb);
  CHECK(some_base_form);  // "report"
}

TEST_CASE("sieve cache: sieves sharing the cache find what they find alone",
          "[sieve-cache][pipeline]") {
  std::vector<Article> articles;
  ReadArticles({std::string(QUOTEGRAPH_SOURCE_DIR) + "/examples/articles"}, ReadOptions{},
               [&](Article&& a) { articles.push_back(std::move(a)); });
  REQUIRE(articles.size() > 3);
  const Pipeline pipeline = Pipeline::Default();
  std::size_t statements = 0;
  for (const Article& article : articles) {
    INFO(article.id);
    Document run(article);
    pipeline.Run(run);
    Document alone(article);
    RunStagesAlone(alone);
    REQUIRE(run.attributions.size() == alone.attributions.size());
    REQUIRE(run.mentions.size() == alone.mentions.size());
    for (std::size_t i = 0; i < run.attributions.size(); ++i) {
      const Attribution& x = run.attributions[i];
      const Attribution& y = alone.attributions[i];
      CHECK(x.cue.begin == y.cue.begin);
      CHECK(x.cue.end == y.cue.end);
      REQUIRE(x.content.size() == y.content.size());
      for (std::size_t c = 0; c < x.content.size(); ++c) {
        CHECK(x.content[c].begin == y.content[c].begin);
        CHECK(x.content[c].end == y.content[c].end);
      }
      CHECK(x.source_mention == y.source_mention);
      CHECK(x.relation == y.relation);
      CHECK(x.stage == y.stage);
    }
    statements += run.attributions.size();
  }
  CHECK(statements > 20);
}
