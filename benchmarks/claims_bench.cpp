// Micro-benchmark of claim grouping (claims.h, WithClaims) on graphs built
// from 1,000 / 3,000 / 9,000 generated articles (aliases resolved, no
// claims yet).  Reports statements per second and the fitted complexity
// over the sizes: near O(N) is the goal, since a claim recurs across many
// articles of the generated corpus.  BM_WithClaimsThreads runs the same
// grouping on 9,000 articles with ClaimOptions::threads = 1, 2, 4.
//
//   build/quotegraph_claims_bench --benchmark_min_time=0.5
#include <map>

#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/claims.h"
#include "quotegraph/importers/claim_words.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"
#include "quotegraph/importers/pipeline.h"

namespace quotegraph {
namespace {

// The graph of `count` generated articles before claim grouping, built once.
const Graph& GraphBeforeClaims(std::size_t count) {
  static std::map<std::size_t, Graph> cache;
  auto it = cache.find(count);
  if (it != cache.end()) return it->second;
  const Pipeline pipeline = Pipeline::Default();
  Graph graph;
  for (const Article& a : BenchArticles(count)) {
    Document doc(a);
    pipeline.Run(doc);
    AddFragment(doc, graph);
  }
  return cache.emplace(count, ResolveAliases(graph)).first->second;
}

std::size_t Statements(const Graph& g) {
  std::size_t n = 0;
  for (const Node& node : g.nodes()) n += node.type == NodeType::kStatement ? 1 : 0;
  return n;
}

void BM_WithClaims(benchmark::State& state) {
  const Graph& base = GraphBeforeClaims(static_cast<std::size_t>(state.range(0)));
  const std::size_t statements = Statements(base);
  std::size_t claims = 0;
  for (auto _ : state) {
    state.PauseTiming();
    Graph copy = base;  // copying is not the grouping's cost
    state.ResumeTiming();
    Graph out = WithClaims(std::move(copy), DefaultClaimOptions());
    claims = out.num_nodes() - base.num_nodes();
    state.PauseTiming();
    out = Graph();  // nor is freeing
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * statements));
  state.SetComplexityN(static_cast<std::int64_t>(statements));
  state.counters["statements"] = static_cast<double>(statements);
  state.counters["claims"] = static_cast<double>(claims);
}
BENCHMARK(BM_WithClaims)
    ->Arg(1000)
    ->Arg(3000)
    ->Arg(9000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);

void BM_WithClaimsThreads(benchmark::State& state) {
  const Graph& base = GraphBeforeClaims(9000);
  ClaimOptions options = DefaultClaimOptions();
  options.threads = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    Graph copy = base;
    state.ResumeTiming();
    Graph out = WithClaims(std::move(copy), options);
    state.PauseTiming();
    out = Graph();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * Statements(base)));
}
BENCHMARK(BM_WithClaimsThreads)->Arg(1)->Arg(2)->Arg(4)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace quotegraph
