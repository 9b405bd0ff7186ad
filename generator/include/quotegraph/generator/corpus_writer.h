// Writing a generated corpus (corpus_generator.h) to disk or a stream.
//
//   WriteCorpus(options, CorpusLayout::kJsonLines, "corpus.jsonl");
//   WriteCorpus(options, CorpusLayout::kTextFiles, "corpus/");
//
// Articles are generated and written one at a time: memory stays constant
// whatever the corpus size.

#ifndef QUOTEGRAPH_GENERATOR_CORPUS_WRITER_H_
#define QUOTEGRAPH_GENERATOR_CORPUS_WRITER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "quotegraph/generator/corpus_generator.h"

namespace quotegraph {

enum class CorpusLayout {
  kJsonLines,  // one JSON object a line, in one file ("-": standard output)
  kTextFiles,  // a directory of plain-text files, 1000 a subdirectory
               // (DIR/0000/<id>.txt, DIR/0001/...), in article order
};

// Parses "jsonl" or "text"; throws quotegraph::Error otherwise.
CorpusLayout ParseCorpusLayout(std::string_view name);

// Generates options.articles articles into `path`.  Returns the number of
// bytes of article text written.  Throws quotegraph::Error (naming the
// path) if it cannot be written.
std::uint64_t WriteCorpus(const CorpusOptions& options, CorpusLayout layout,
                          const std::string& path);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_GENERATOR_CORPUS_WRITER_H_
