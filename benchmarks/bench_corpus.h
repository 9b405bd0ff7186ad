// The benchmark input: a small generated corpus (kg-gen-corpus's
// generator), as articles ready for the pipeline.

#ifndef QUOTEGRAPH_BENCHMARKS_BENCH_CORPUS_H_
#define QUOTEGRAPH_BENCHMARKS_BENCH_CORPUS_H_

#include <cstddef>
#include <memory>
#include <vector>

#include "quotegraph/importers/article.h"
#include "quotegraph/importers/document.h"

namespace quotegraph {

// `count` generated articles (seed 1), the same on every call.
const std::vector<Article>& BenchArticles(std::size_t count = 200);

// Bytes of text of the articles.
std::size_t TextBytes(const std::vector<Article>& articles);

// Documents of `articles` with the first `stages` stages of the default
// pipeline already run.
std::vector<std::unique_ptr<Document>> PreparedDocuments(const std::vector<Article>& articles,
                                                         std::size_t stages);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_BENCHMARKS_BENCH_CORPUS_H_
