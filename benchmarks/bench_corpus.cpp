#include "bench_corpus.h"

#include <map>

#include "quotegraph/generator/corpus_generator.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {

const std::vector<Article>& BenchArticles(std::size_t count) {
  static std::map<std::size_t, std::vector<Article>> cache;
  auto it = cache.find(count);
  if (it != cache.end()) return it->second;
  CorpusOptions options;
  options.articles = count;
  const CorpusGenerator generator(options);
  std::vector<Article> articles;
  for (std::size_t i = 0; i < count; ++i) {
    GeneratedArticle g = generator.Generate(i);
    Article a;
    a.id = g.id;
    a.text = std::move(g.text);
    a.title = g.title;
    a.publisher = g.publisher;
    a.date = g.date;
    a.origin = a.file = g.id + ".jsonl";
    articles.push_back(std::move(a));
  }
  return cache.emplace(count, std::move(articles)).first->second;
}

std::size_t TextBytes(const std::vector<Article>& articles) {
  std::size_t bytes = 0;
  for (const Article& a : articles) bytes += a.text.size();
  return bytes;
}

std::vector<std::unique_ptr<Document>> PreparedDocuments(const std::vector<Article>& articles,
                                                         std::size_t stages) {
  using StageFn = void (*)(Document&);
  static const StageFn kStages[] = {
      SegmentParagraphs,       ClassifyParagraphs,   Tokenize,
      SplitSentences,          FindQuotes,           DetectMentions,
      ResolveCoreference,      AttributeAdjacentQuotes, AttributeSpeakerVerb,
      AttributeTrailingCue,    AttributeAccordingTo, FindRelays,
      EstimateDates};
  std::vector<std::unique_ptr<Document>> docs;
  docs.reserve(articles.size());
  for (const Article& a : articles) {
    auto doc = std::make_unique<Document>(a);
    for (std::size_t s = 0; s < stages && s < std::size(kStages); ++s) kStages[s](*doc);
    docs.push_back(std::move(doc));
  }
  return docs;
}

}  // namespace quotegraph
