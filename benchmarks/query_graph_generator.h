// A synthetic provenance graph for the query and graph-loading benchmarks.
//
//   Graph g = GenerateQueryGraph(QueryGraphShape{});   // 1,000,000 statements
//
// Deterministic: the same shape always gives the same graph (a fixed-seed
// 64-bit Mersenne Twister, used through its raw output only).  Realistic
// proportions: many speakers, articles of about 50 statements, a few
// outlets and agencies, a tenth of statements repeating a pool of claims
// (quoted or paraphrased, in several articles), the rest distinct
// sentences over a vocabulary of made-up words drawn with Zipf-like
// frequencies, as words are in real text.

#ifndef QUOTEGRAPH_BENCHMARKS_QUERY_GRAPH_GENERATOR_H_
#define QUOTEGRAPH_BENCHMARKS_QUERY_GRAPH_GENERATOR_H_

#include <cstddef>
#include <string>
#include <vector>

#include "quotegraph/core/graph.h"

namespace quotegraph {

struct QueryGraphShape {
  std::size_t statements = 1000000;
  std::size_t speakers = 50000;
  std::size_t articles = 20000;
  std::size_t outlets = 12;
  std::size_t agencies = 4;
  std::size_t claims = 20000;      // distinct repeated claims
  double claimed_share = 0.1;      // statements that repeat one of them
  std::size_t vocabulary = 100000;  // made-up words, Zipf-distributed
};

// The graph (claims not yet computed: run WithClaims for them).
Graph GenerateQueryGraph(const QueryGraphShape& shape);

// `count` who-said queries as a reader would type them about a repeated
// claim: its two rarest words, its rarest word, or the quoted phrase of two
// consecutive words holding the rarest; deterministic.
std::vector<std::string> BenchmarkQueries(const QueryGraphShape& shape, std::size_t count);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_BENCHMARKS_QUERY_GRAPH_GENERATOR_H_
