// Micro-benchmarks of extraction, graph building, writing and loading.
//
// Each benchmark processes the same generated corpus (bench_corpus.h) and
// reports bytes_per_second of article text (or of graph file, for the
// writers and the loader).  Stage benchmarks time one stage over documents
// prepared by the stages before it (their preparation is not timed).
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include <benchmark/benchmark.h>

#include "bench_corpus.h"
#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/claims.h"
#include "quotegraph/exporters/dot_writer.h"
#include "quotegraph/exporters/graphml_writer.h"
#include "quotegraph/exporters/json_writer.h"
#include "quotegraph/importers/claim_words.h"
#include "quotegraph/importers/fragment_builder.h"
#include "quotegraph/importers/graph_builder.h"
#include "quotegraph/importers/graph_file_reader.h"
#include "quotegraph/importers/pipeline.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// Times `stage` (index `index` of the default pipeline) over the corpus.
void RunStage(benchmark::State& state, std::size_t index, void (*stage)(Document&)) {
  const std::vector<Article>& articles = BenchArticles();
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<std::unique_ptr<Document>> docs = PreparedDocuments(articles, index);
    state.ResumeTiming();
    for (auto& doc : docs) stage(*doc);
    benchmark::DoNotOptimize(docs.data());
    state.PauseTiming();
    docs.clear();  // freeing is not the stage's cost
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}

void BM_SegmentParagraphs(benchmark::State& s) { RunStage(s, 0, SegmentParagraphs); }
void BM_ClassifyParagraphs(benchmark::State& s) { RunStage(s, 1, ClassifyParagraphs); }
void BM_Tokenize(benchmark::State& s) { RunStage(s, 2, Tokenize); }
void BM_SplitSentences(benchmark::State& s) { RunStage(s, 3, SplitSentences); }
void BM_FindQuotes(benchmark::State& s) { RunStage(s, 4, FindQuotes); }
void BM_DetectMentions(benchmark::State& s) { RunStage(s, 5, DetectMentions); }
void BM_ResolveCoreference(benchmark::State& s) { RunStage(s, 6, ResolveCoreference); }
void BM_AttributeAdjacentQuotes(benchmark::State& s) { RunStage(s, 7, AttributeAdjacentQuotes); }
void BM_AttributeSpeakerVerb(benchmark::State& s) { RunStage(s, 8, AttributeSpeakerVerb); }
void BM_AttributeTrailingCue(benchmark::State& s) { RunStage(s, 9, AttributeTrailingCue); }
void BM_AttributeAccordingTo(benchmark::State& s) { RunStage(s, 10, AttributeAccordingTo); }
void BM_FindRelays(benchmark::State& s) { RunStage(s, 11, FindRelays); }
void BM_EstimateDates(benchmark::State& s) { RunStage(s, 12, EstimateDates); }

BENCHMARK(BM_SegmentParagraphs);
BENCHMARK(BM_ClassifyParagraphs);
BENCHMARK(BM_Tokenize);
BENCHMARK(BM_SplitSentences);
BENCHMARK(BM_FindQuotes);
BENCHMARK(BM_DetectMentions);
BENCHMARK(BM_ResolveCoreference);
BENCHMARK(BM_AttributeAdjacentQuotes);
BENCHMARK(BM_AttributeSpeakerVerb);
BENCHMARK(BM_AttributeTrailingCue);
BENCHMARK(BM_AttributeAccordingTo);
BENCHMARK(BM_FindRelays);
BENCHMARK(BM_EstimateDates);

// The whole pipeline, one article at a time (Document construction
// included), without building the graph.
void BM_Pipeline(benchmark::State& state) {
  const std::vector<Article>& articles = BenchArticles();
  const Pipeline pipeline = Pipeline::Default();
  for (auto _ : state) {
    for (const Article& a : articles) {
      Document doc(a);
      pipeline.Run(doc);
      benchmark::DoNotOptimize(doc.attributions.data());
    }
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}
BENCHMARK(BM_Pipeline);

// Processed documents added to one graph (AddFragment), the graph then
// freed: the graph-building part of ExtractAndBuild alone.
void BM_AddFragments(benchmark::State& state) {
  const std::vector<Article>& articles = BenchArticles();
  const std::vector<std::unique_ptr<Document>> docs = PreparedDocuments(articles, 13);
  for (auto _ : state) {
    Graph graph;
    for (const auto& doc : docs) AddFragment(*doc, graph);
    benchmark::DoNotOptimize(graph.num_nodes());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}
BENCHMARK(BM_AddFragments);

// Processed documents added to one graph (AddFragment), aliases resolved.
void BM_FragmentsAndGraph(benchmark::State& state) {
  const std::vector<Article>& articles = BenchArticles();
  const std::vector<std::unique_ptr<Document>> docs = PreparedDocuments(articles, 13);
  for (auto _ : state) {
    Graph graph;
    for (const auto& doc : docs) AddFragment(*doc, graph);
    Graph resolved = ResolveAliases(graph);
    benchmark::DoNotOptimize(resolved.num_nodes());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}
BENCHMARK(BM_FragmentsAndGraph);

// The whole graph side of ExtractAndBuild on processed documents: the
// fragments added, aliases resolved and claims grouped as
// GraphBuilder::Finish does, the graph then freed.
void BM_FragmentsAndClaims(benchmark::State& state) {
  const std::vector<Article>& articles = BenchArticles();
  const std::vector<std::unique_ptr<Document>> docs = PreparedDocuments(articles, 13);
  const ClaimOptions options = DefaultClaimOptions();
  for (auto _ : state) {
    Graph graph;
    for (const auto& doc : docs) AddFragment(*doc, graph);
    const auto renames = FindAliasRenames(graph);
    Graph resolved = renames.empty() ? std::move(graph) : std::move(graph).Relabeled(renames);
    Graph claims = WithClaims(std::move(resolved), options);
    benchmark::DoNotOptimize(claims.num_nodes());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}
BENCHMARK(BM_FragmentsAndClaims);

// Articles in, graph out: what kg-build does between reading and writing.
void BM_ExtractAndBuild(benchmark::State& state) {
  const std::vector<Article>& articles = BenchArticles();
  for (auto _ : state) {
    GraphBuilder builder;
    for (const Article& a : articles) builder.Add(a);
    Graph graph = builder.Finish();
    benchmark::DoNotOptimize(graph.num_nodes());
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * TextBytes(articles)));
}
BENCHMARK(BM_ExtractAndBuild);

const Graph& BenchGraph() {
  static const Graph graph = [] {
    GraphBuilder builder;
    for (const Article& a : BenchArticles(1000)) builder.Add(a);
    return builder.Finish();
  }();
  return graph;
}

template <typename WriteFn>
void RunWriter(benchmark::State& state, WriteFn write) {
  const Graph& graph = BenchGraph();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    write(graph, out);
    bytes = out.str().size();
    benchmark::DoNotOptimize(bytes);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
  state.counters["nodes"] = static_cast<double>(graph.num_nodes());
}

void BM_WriteJson(benchmark::State& s) {
  RunWriter(s, [](const Graph& g, std::ostream& out) { WriteJsonGraph(g, out); });
}
void BM_WriteGraphml(benchmark::State& s) {
  RunWriter(s, [](const Graph& g, std::ostream& out) { WriteGraphml(g, out); });
}
void BM_WriteDot(benchmark::State& s) {
  RunWriter(s, [](const Graph& g, std::ostream& out) { WriteDot(g, out); });
}
BENCHMARK(BM_WriteJson);
BENCHMARK(BM_WriteGraphml);
BENCHMARK(BM_WriteDot);

// Loading the native graph file (graph_file_reader.h).
void BM_LoadGraphFile(benchmark::State& state) {
  const std::string path =
      (std::filesystem::temp_directory_path() / "quotegraph_bench_graph.json").string();
  {
    std::ofstream out(path, std::ios::binary);
    WriteJsonGraph(BenchGraph(), out);
  }
  const auto bytes = std::filesystem::file_size(path);
  for (auto _ : state) {
    Graph g = ReadGraphFile(path);
    benchmark::DoNotOptimize(g.num_nodes());
  }
  std::filesystem::remove(path);
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_LoadGraphFile);

}  // namespace
}  // namespace quotegraph
