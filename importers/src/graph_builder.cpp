#include "quotegraph/importers/graph_builder.h"

#include <functional>
#include <utility>

#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/claims.h"
#include "quotegraph/core/error.h"
#include "quotegraph/importers/claim_words.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"
#include "extraction_pool.h"

namespace quotegraph {

GraphBuilder::GraphBuilder(Pipeline pipeline, std::size_t threads)
    : pipeline_(std::move(pipeline)), threads_(threads) {
  if (threads > 1) {
    pool_ = std::make_unique<ExtractionPool>(pipeline_, threads, [this](Document& doc,
                                                                    PreparedFragment& fragment) {
      if (pipeline_.warn()) {
        for (const std::string& w : doc.warnings) pipeline_.warn()(w);
      }
      AddPreparedFragment(fragment, graph_);
      stats_.statements += doc.attributions.size();
      ++stats_.articles;
    });
  }
}

GraphBuilder::~GraphBuilder() = default;

void GraphBuilder::Add(Article article) {
  const std::size_t hash = std::hash<std::string>{}(article.text);
  auto [it, inserted] = seen_.emplace(article.id, Seen{hash, article.origin});
  if (!inserted) {
    if (it->second.text_hash == hash) {
      ++stats_.duplicates;
      return;
    }
    throw Error(article.origin + ": article id \"" + article.id + "\" already used by " +
                it->second.origin + " for a different text");
  }
  stats_.bytes += article.text.size();
  if (pool_) {
    pool_->Submit(std::move(article));
    return;
  }
  Document doc(std::move(article));
  pipeline_.Run(doc);
  AddFragment(doc, graph_);  // one thread: straight into the graph, no fragment copy
  stats_.statements += doc.attributions.size();
  ++stats_.articles;
}

Graph GraphBuilder::Finish() {
  if (pool_) {
    pool_->Drain();
    pool_.reset();
  }
  // The builder's graph is released as soon as aliases are resolved, so
  // claim grouping and the caller's writing do not hold two graphs; with no
  // alias to resolve it is moved on, not copied.  (ResolveAliases, spelt
  // out: the renames, then the relabelled copy.)
  const auto renames = FindAliasRenames(graph_);
  Graph resolved = renames.empty() ? std::move(graph_) : std::move(graph_).Relabeled(renames);
  graph_ = Graph();
  // The default options are copied (their word sets with them) only to
  // change the thread count.
  const ClaimOptions& defaults = DefaultClaimOptions();
  if (defaults.threads == threads_) return WithClaims(std::move(resolved), defaults);
  ClaimOptions options = defaults;
  options.threads = threads_;
  return WithClaims(std::move(resolved), options);
}

}  // namespace quotegraph
