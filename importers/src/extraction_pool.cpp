#include "extraction_pool.h"

#include <algorithm>
#include <utility>

#include "quotegraph/importers/document.h"
#include "quotegraph/importers/fragment_builder.h"

namespace quotegraph {
namespace {

// A block is full at this many articles or this many bytes of text,
// whichever comes first: large enough that the entities and outlets its
// articles share are merged on the worker, small enough to keep every
// worker busy on a few thousand articles.
constexpr std::size_t kBlockArticles = 64;
constexpr std::size_t kBlockBytes = 256 * 1024;
// Blocks in flight per worker: enough to keep every worker busy while
// the submitting thread reads and merges, small enough to bound memory.
constexpr std::size_t kBlocksPerWorker = 4;

}  // namespace

ExtractionPool::ExtractionPool(const Pipeline& pipeline, std::size_t threads, Sink sink)
    : pipeline_(pipeline),
      sink_(std::move(sink)),
      window_limit_(std::max<std::size_t>(1, threads) * kBlocksPerWorker) {
  pipeline_.set_warn({});
  for (std::size_t i = 0; i < std::max<std::size_t>(1, threads); ++i) {
    workers_.emplace_back([this] { Work(); });
  }
}

ExtractionPool::~ExtractionPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stop_ = true;
    queue_.clear();
  }
  work_ready_.notify_all();
  for (std::thread& t : workers_) t.join();
}

void ExtractionPool::Work() {
  for (;;) {
    Job* job = nullptr;
    std::vector<std::unique_ptr<Job>> spent;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      work_ready_.wait(lock, [&] { return stop_ || !queue_.empty() || !spent_.empty(); });
      if (!spent_.empty()) {
        spent.swap(spent_);
      } else if (stop_) {
        return;
      } else {
        job = queue_.front();
        queue_.pop_front();
      }
    }
    if (job == nullptr) continue;  // `spent` goes out of scope here, off the submitting thread
    Result& result = job->result;
    try {
      for (Article& article : job->articles) {
        Document doc(std::move(article));
        pipeline_.Run(doc);
        AddFragment(doc, result.graph);
        ++result.articles;
        result.statements += doc.attributions.size();
        result.warnings.insert(result.warnings.end(), std::make_move_iterator(doc.warnings.begin()),
                               std::make_move_iterator(doc.warnings.end()));
      }
    } catch (...) {
      job->error = std::current_exception();
    }
    std::vector<Article>().swap(job->articles);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job->done = true;
    }
    job_done_.notify_all();
  }
}

void ExtractionPool::Submit(Article article) {
  if (!filling_) filling_ = std::make_unique<Job>();
  filling_->bytes += article.text.size();
  filling_->articles.push_back(std::move(article));
  if (filling_->articles.size() < kBlockArticles && filling_->bytes < kBlockBytes) return;
  QueueBlock();
  Deliver(window_limit_);
}

void ExtractionPool::Drain() {
  QueueBlock();
  Deliver(1);
}

void ExtractionPool::QueueBlock() {
  if (!filling_) return;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(filling_.get());
    window_.push_back(std::move(filling_));
  }
  work_ready_.notify_one();
}

void ExtractionPool::Deliver(std::size_t limit) {
  for (;;) {
    std::unique_ptr<Job> job;
    {
      std::unique_lock<std::mutex> lock(mutex_);
      if (window_.empty()) return;
      if (!window_.front()->done) {
        if (window_.size() < limit) return;
        job_done_.wait(lock, [&] { return window_.front()->done; });
      }
      job = std::move(window_.front());
      window_.pop_front();
    }
    // The articles of the block before a failed one are delivered first.
    const std::exception_ptr error = job->error;
    sink_(std::move(job->result));
    if (error) std::rethrow_exception(error);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      spent_.push_back(std::move(job));
    }
    work_ready_.notify_one();
  }
}

}  // namespace quotegraph
