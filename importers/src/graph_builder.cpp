#include "quotegraph/importers/graph_builder.h"

#include <functional>
#include <utility>

#include "quotegraph/core/alias_resolution.h"
#include "quotegraph/core/error.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"

namespace quotegraph {

GraphBuilder::GraphBuilder(Pipeline pipeline) : pipeline_(std::move(pipeline)) {}

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
  Document doc(std::move(article));
  pipeline_.Run(doc);
  stats_.statements += doc.attributions.size();
  ++stats_.articles;
  graph_.Merge(BuildFragment(doc));
}

Graph GraphBuilder::Finish() { return ResolveAliases(graph_); }

}  // namespace quotegraph
