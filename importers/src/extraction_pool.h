// Extraction on worker threads, results in input order (internal header).
//
//   ExtractionPool pool(pipeline, 4, [&](ExtractionPool::Result&& r) {
//     graph.Merge(std::move(r.graph));  // called on the submitting thread,
//   });                                 // in the order articles came in
//   for (Article& a : articles) pool.Submit(std::move(a));
//   pool.Drain();
//
// Articles are cut into blocks of consecutive articles.  A worker takes a
// whole block: each article runs through the pipeline and its fragment is
// added straight into the block's graph (fragment_builder.h, AddFragment),
// so an entity named in many articles of a block is merged there, on the
// worker, and the submitting thread merges one graph per block, moving its
// records.  Adding a block's graph to the graph of the articles before it
// gives the graph (records, insertion order, edge order) adding its
// articles one by one would: node merging is associative, and a block's
// new nodes and edges come in the order of their first appearance in it.
// So the result does not depend on the thread count or on where blocks are
// cut.  At most a bounded window of blocks (a few per worker) is in
// flight, so memory does not grow with the input.  A merged block's graph
// is destroyed on a worker, not on the submitting thread.
//
// An exception thrown while extracting an article is rethrown by the
// Submit or Drain call that would have delivered its result, after the
// articles of its block before it have been delivered.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_
#define QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "quotegraph/core/graph.h"
#include "quotegraph/importers/article.h"
#include "quotegraph/importers/pipeline.h"

namespace quotegraph {

class ExtractionPool {
 public:
  // What one block of articles gives.
  struct Result {
    Graph graph;  // the fragments of the block's articles, merged in order
    std::size_t articles = 0;
    std::size_t statements = 0;
    std::vector<std::string> warnings;  // the stages' warnings, to report in order
  };
  using Sink = std::function<void(Result&&)>;

  // Workers run a copy of `pipeline` that reports no warnings itself: they
  // come back in Result::warnings.
  ExtractionPool(const Pipeline& pipeline, std::size_t threads, Sink sink);
  // Stops the workers; results not yet delivered are dropped.
  ~ExtractionPool();
  ExtractionPool(const ExtractionPool&) = delete;
  ExtractionPool& operator=(const ExtractionPool&) = delete;

  // Adds one article to the block being filled; once the block is full,
  // queues it and delivers the results that are ready, waiting while the
  // window is full.
  void Submit(Article article);

  // Queues the last block and delivers every remaining result.
  void Drain();

 private:
  struct Job {
    std::vector<Article> articles;
    std::size_t bytes = 0;  // of text in `articles`
    Result result;
    std::exception_ptr error;
    bool done = false;
  };

  void Work();
  // Queues the block being filled, if it holds any article.
  void QueueBlock();
  // Delivers finished results at the head of the window; waits until the
  // window holds fewer than `limit` jobs.
  void Deliver(std::size_t limit);

  Pipeline pipeline_;
  const Sink sink_;
  const std::size_t window_limit_;
  std::unique_ptr<Job> filling_;  // the block Submit adds to; not shared
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_done_;
  std::deque<std::unique_ptr<Job>> window_;  // input order
  std::deque<Job*> queue_;                   // not yet started
  std::vector<std::unique_ptr<Job>> spent_;  // delivered, for a worker to destroy
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_
