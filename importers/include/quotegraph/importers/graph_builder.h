// Articles in, one provenance graph out.
//
//   GraphBuilder builder;
//   ReadArticles(inputs, options, [&](Article&& a) { builder.Add(std::move(a)); });
//   Graph graph = builder.Finish();
//
// Each article runs through the extraction pipeline into a fragment, and
// fragments merge into one graph.  Merging is order-independent and writers
// sort their output, so the result does not depend on the order articles
// arrive in.  Finish() resolves aliases across articles (alias_resolution.h),
// then groups statements into claims (claims.h).
//
// Threads: with `threads` > 1, articles are extracted on that many worker
// threads while Add() returns at once (a bounded window of articles is in
// flight); each worker also prepares its document's fragment (the nodes
// built, their ids hashed: PrepareFragment, fragment_builder.h), each
// document comes back in input order and its prepared fragment goes
// straight into the graph on the calling thread, making the calls
// AddFragment makes with one thread (no fragment graph is built, copied and
// freed), and Finish() runs
// once, after the last one (its claim grouping on as many threads), so the
// graph is byte-identical whatever the thread count.
//
// Two articles with the same id: if their text is identical the second is a
// duplicate and skipped (counted in stats); if it differs, Add throws
// quotegraph::Error naming both origins.

#ifndef QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_
#define QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <unordered_map>

#include "quotegraph/core/graph.h"
#include "quotegraph/importers/article.h"
#include "quotegraph/importers/pipeline.h"

namespace quotegraph {

struct BuildStats {
  std::size_t articles = 0;
  std::size_t duplicates = 0;
  std::size_t statements = 0;
  std::size_t bytes = 0;
};

class ExtractionPool;  // extraction threads (importers/src/extraction_pool.h)

class GraphBuilder {
 public:
  explicit GraphBuilder(Pipeline pipeline = Pipeline::Default(), std::size_t threads = 1);
  ~GraphBuilder();
  GraphBuilder(const GraphBuilder&) = delete;
  GraphBuilder& operator=(const GraphBuilder&) = delete;

  // Extracts one article and merges its fragment (with threads: queues it;
  // an error extracting an earlier article may surface here).
  void Add(Article article);

  // The merged graph, aliases resolved.  The builder is spent afterwards.
  Graph Finish();

  // Counts so far; complete once Finish() has returned.
  const BuildStats& stats() const { return stats_; }

 private:
  struct Seen {
    std::size_t text_hash;
    std::string origin;
  };

  Pipeline pipeline_;
  std::size_t threads_;                   // for extraction and claim grouping
  std::unique_ptr<ExtractionPool> pool_;  // null with one thread
  Graph graph_;
  std::unordered_map<std::string, Seen> seen_;
  BuildStats stats_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_
