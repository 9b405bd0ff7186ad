// Extraction on worker threads, results in input order (internal header).
//
//   ExtractionPool pool(pipeline, 4, [&](ExtractionPool::Result&& r) {
//     graph.Merge(r.fragment);           // called on the submitting thread,
//   });                                  // in the order articles came in
//   for (Article& a : articles) pool.Submit(std::move(a));
//   pool.Drain();
//
// Each article runs through the pipeline and the fragment builder on one of
// `threads` workers; at most a bounded window of articles (a few per
// worker) is in flight, so memory does not grow with the input.  An
// exception thrown while extracting an article is rethrown by the Submit or
// Drain call that would have delivered its result.

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
  struct Result {
    Graph fragment;
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

  // Queues one article; delivers the results that are ready, waiting while
  // the window is full.
  void Submit(Article article);

  // Delivers every remaining result.
  void Drain();

 private:
  struct Job {
    Article article;
    Result result;
    std::exception_ptr error;
    bool done = false;
  };

  void Work();
  // Delivers finished results at the head of the window; waits until the
  // window holds fewer than `limit` jobs.
  void Deliver(std::size_t limit);

  Pipeline pipeline_;
  const Sink sink_;
  const std::size_t window_limit_;
  std::mutex mutex_;
  std::condition_variable work_ready_;
  std::condition_variable job_done_;
  std::deque<std::unique_ptr<Job>> window_;  // input order
  std::deque<Job*> queue_;                   // not yet started
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_
