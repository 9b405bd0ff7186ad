// Synthetic news corpora for measuring and testing quotegraph at scale.
//
//   CorpusOptions options;
//   options.articles = 100000;
//   options.seed = 7;
//   CorpusGenerator generator(options);
//   for (std::size_t i = 0; i < options.articles; ++i) {
//     WriteJsonLine(generator.Generate(i), std::cout);
//   }
//
// Article i depends only on (seed, i, articles): any article can be made
// on its own, in any order or thread, in constant memory, and the same
// options always give the same bytes.
//
// Articles are invented.  Each belongs to a story (stories recur across
// outlets and days, so the same claims are reported again and again, some
// of them relayed by news agencies) and carries quotes of every shape the
// extraction pipeline reads: direct, inverted, split, colon-introduced,
// indirect, trailing, "according to", mixed, denials, pronoun follow-ups,
// quotes continued over paragraphs, with straight or curly marks, speakers
// with titles ("Foreign Minister Anna Lind"), plus page furniture (bylines,
// subscribe prompts, photo credits, trailing headline lists).  Every word
// list and template is a data file in generator/data/; given names come
// from importers/data/first_names.txt.

#ifndef QUOTEGRAPH_GENERATOR_CORPUS_GENERATOR_H_
#define QUOTEGRAPH_GENERATOR_CORPUS_GENERATOR_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>

namespace quotegraph {

struct CorpusOptions {
  std::uint64_t seed = 1;
  // Number of articles in the corpus (sets how many stories and speakers
  // there are: about one story per five articles).
  std::size_t articles = 1000;
};

// One generated article.
struct GeneratedArticle {
  std::string id;         // "<outlet slug>-<index>", unique in the corpus
  std::string date;       // YYYY-MM-DD
  std::string publisher;  // outlet name
  std::string title;      // headline
  std::string text;       // body: paragraphs separated by blank lines
};

class CorpusGenerator {
 public:
  explicit CorpusGenerator(const CorpusOptions& options);
  ~CorpusGenerator();
  CorpusGenerator(const CorpusGenerator&) = delete;
  CorpusGenerator& operator=(const CorpusGenerator&) = delete;

  // Article `index` (0 <= index < options.articles).
  GeneratedArticle Generate(std::size_t index) const;

  // The loaded word lists (opaque; defined in corpus_generator.cpp).
  struct WordLists;

 private:
  CorpusOptions options_;
  std::unique_ptr<const WordLists> lists_;
};

// Writes the article as one JSON Lines record: {"id", "date", "publisher",
// "title", "text"} and a newline.
void WriteJsonLine(const GeneratedArticle& article, std::ostream& out);

// Writes the article as a plain-text file's content: " date YYYY-MM-DD"
// line, headline line, blank line, body.
void WritePlainText(const GeneratedArticle& article, std::ostream& out);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_GENERATOR_CORPUS_GENERATOR_H_
