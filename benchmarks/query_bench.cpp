// Graph-file loading and query speed on a synthetic graph of 1,000,000
// statements (query_graph_generator.h); figures in docs/performance.md.
//
//   build/quotegraph_query_bench                       # 1M statements
//   QUOTEGRAPH_BENCH_STATEMENTS=20000 build/quotegraph_query_bench
//   QUOTEGRAPH_BENCH_GRAPH=/tmp/big.json ...   # keep (and reuse) the file
//
// The graph is generated once, its claims computed, and written as a native
// JSON graph file; then:
//   BM_LoadGraphFile   ReadGraphFile on it (bytes/s = load speed)
//   BM_WhoSaid         QueryEngine::WhoSaidByClaim over a fixed query set;
//                      counters p50_ms / p99_ms of single-query latency
//   BM_SaidBy          FindEntities + SaidBy for a fixed set of names

#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <unistd.h>

#include "query_graph_generator.h"
#include "quotegraph/core/claims.h"
#include "quotegraph/core/query.h"
#include "quotegraph/exporters/exporter.h"
#include "quotegraph/importers/claim_words.h"
#include "quotegraph/importers/graph_file_reader.h"

namespace quotegraph {
namespace {

QueryGraphShape Shape() {
  QueryGraphShape shape;
  if (const char* n = std::getenv("QUOTEGRAPH_BENCH_STATEMENTS")) {
    shape.statements = std::strtoull(n, nullptr, 10);
    shape.articles = std::max<std::size_t>(1, shape.statements / 50);
    shape.speakers = std::max<std::size_t>(10, shape.statements / 20);
    shape.claims = std::max<std::size_t>(10, shape.statements / 50);
  }
  return shape;
}

// The graph file, generated on first use.
const std::string& GraphPath() {
  static const std::string path = [] {
    const char* keep = std::getenv("QUOTEGRAPH_BENCH_GRAPH");
    std::string p = keep != nullptr
                        ? std::string(keep)
                        : (std::filesystem::temp_directory_path() /
                           ("quotegraph_query_bench." + std::to_string(getpid()) + ".json"))
                              .string();
    if (keep == nullptr) {
      static std::string remove_at_exit;
      remove_at_exit = p;
      std::atexit([] { std::filesystem::remove(remove_at_exit); });
    }
    if (keep == nullptr || !std::filesystem::exists(p)) {
      const auto t0 = std::chrono::steady_clock::now();
      const Graph g = WithClaims(GenerateQueryGraph(Shape()), DefaultClaimOptions());
      const auto t1 = std::chrono::steady_clock::now();
      WriteGraphFile(g, ExportFormat::kJson, p);
      std::fprintf(stderr, "generated %zu nodes, %zu edges (claims included) in %.1f s -> %s\n",
                   g.num_nodes(), g.num_edges(),
                   std::chrono::duration<double>(t1 - t0).count(), p.c_str());
    }
    return p;
  }();
  return path;
}

const Graph& LoadedGraph() {
  static const Graph graph = ReadGraphFile(GraphPath());
  return graph;
}

void BM_LoadGraphFile(benchmark::State& state) {
  const std::string& path = GraphPath();
  const auto bytes = static_cast<std::int64_t>(std::filesystem::file_size(path));
  std::size_t nodes = 0;
  for (auto _ : state) {
    const Graph g = ReadGraphFile(path);
    nodes = g.num_nodes();
    benchmark::DoNotOptimize(nodes);
  }
  state.SetBytesProcessed(bytes * static_cast<std::int64_t>(state.iterations()));
  state.counters["nodes"] = static_cast<double>(nodes);
}
BENCHMARK(BM_LoadGraphFile)->Unit(benchmark::kMillisecond)->Iterations(2);

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void BM_WhoSaid(benchmark::State& state) {
  const QueryEngine engine(LoadedGraph());
  const std::vector<std::string> queries = BenchmarkQueries(Shape(), 300);
  std::vector<double> ms;
  std::size_t answers = 0;
  for (auto _ : state) {
    for (const std::string& q : queries) {
      const auto t0 = std::chrono::steady_clock::now();
      const std::vector<StatementAnswer> a = engine.WhoSaidByClaim(q);
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                       .count());
      answers += a.size();
    }
  }
  state.counters["p50_ms"] = Percentile(ms, 0.50);
  state.counters["p99_ms"] = Percentile(ms, 0.99);
  state.counters["answers_per_query"] =
      static_cast<double>(answers) / static_cast<double>(ms.size());
}
BENCHMARK(BM_WhoSaid)->Unit(benchmark::kMillisecond)->Iterations(3);

void BM_SaidBy(benchmark::State& state) {
  const Graph& g = LoadedGraph();
  const QueryEngine engine(g);
  std::vector<std::string> names;
  const std::size_t step = std::max<std::size_t>(1, g.num_nodes() / 1000);
  for (std::size_t i = 0; i < g.num_nodes() && names.size() < 200; i += step) {
    if (g.node(i).type == NodeType::kPerson) names.push_back(g.node(i).label);
  }
  std::vector<double> ms;
  for (auto _ : state) {
    for (const std::string& name : names) {
      const auto t0 = std::chrono::steady_clock::now();
      const std::vector<std::size_t> found = engine.FindEntities(name);
      if (!found.empty()) benchmark::DoNotOptimize(engine.SaidBy(found.front()));
      ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0)
                       .count());
    }
  }
  state.counters["p50_ms"] = Percentile(ms, 0.50);
  state.counters["p99_ms"] = Percentile(ms, 0.99);
}
BENCHMARK(BM_SaidBy)->Unit(benchmark::kMillisecond)->Iterations(3);

}  // namespace
}  // namespace quotegraph
