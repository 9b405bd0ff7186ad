// Extraction on worker threads, results in input order (internal header).
//
//   ExtractionPool pool(pipeline, 4, [&](Document& doc, PreparedFragment& f) {
//     AddPreparedFragment(f, graph);  // called on the submitting thread,
//   });                               // in the order articles came in
//   for (Article& a : articles) pool.Submit(std::move(a));
//   pool.Drain();
//
// Each article runs through the pipeline on one of `threads` workers, which
// also prepares its fragment (PrepareFragment, fragment_builder.h: the
// nodes built and their ids hashed, no graph); the extracted Document and
// its fragment come back to the submitting thread, in input order, for the
// fragment to go straight into the graph (the graph one thread builds, with
// no fragment graph built, copied and freed on the way), and then go back
// to a worker to be destroyed.  At most a bounded window of
// articles (a few per worker) is in flight, so memory does not grow with
// the input.  An exception thrown while extracting an article is rethrown
// by the Submit or Drain call that would have delivered its result.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_
#define QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "quotegraph/importers/article.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"
#include "quotegraph/importers/pipeline.h"

namespace quotegraph {

class ExtractionPool {
 public:
  // Receives each extracted document (its warnings in Document::warnings)
  // and its prepared fragment.
  using Sink = std::function<void(Document&, PreparedFragment&)>;

  // Workers run a copy of `pipeline` that reports no warnings itself: they
  // stay in the Document.
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
    std::unique_ptr<Document> doc;  // once extracted
    PreparedFragment fragment;      // once extracted
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
  std::vector<std::unique_ptr<Job>> spent_;  // delivered, for a worker to destroy
  bool stop_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_EXTRACTION_POOL_H_
