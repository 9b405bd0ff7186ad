// Articles in, one provenance graph out.
//
//   GraphBuilder builder;
//   ReadArticles(inputs, options, [&](Article&& a) { builder.Add(std::move(a)); });
//   Graph graph = builder.Finish();
//
// Each article runs through the extraction pipeline into a fragment, and
// fragments merge into one graph.  Merging is order-independent and writers
// sort their output, so the result does not depend on the order articles
// arrive in.  Finish() resolves aliases across articles (alias_resolution.h).
//
// Two articles with the same id: if their text is identical the second is a
// duplicate and skipped (counted in stats); if it differs, Add throws
// quotegraph::Error naming both origins.

#ifndef QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_
#define QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_

#include <cstddef>
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

class GraphBuilder {
 public:
  explicit GraphBuilder(Pipeline pipeline = Pipeline::Default());

  // Extracts one article and merges its fragment.
  void Add(Article article);

  // The merged graph, aliases resolved.  The builder is spent afterwards.
  Graph Finish();

  const BuildStats& stats() const { return stats_; }

 private:
  struct Seen {
    std::size_t text_hash;
    std::string origin;
  };

  Pipeline pipeline_;
  Graph graph_;
  std::unordered_map<std::string, Seen> seen_;
  BuildStats stats_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_GRAPH_BUILDER_H_
