#include "extraction_pool.h"

#include <algorithm>
#include <utility>

namespace quotegraph {
namespace {

// Articles in flight per worker: enough to keep every worker busy while
// the submitting thread reads and builds the graph, small enough to bound
// memory.
constexpr std::size_t kJobsPerWorker = 8;

}  // namespace

ExtractionPool::ExtractionPool(const Pipeline& pipeline, std::size_t threads, Sink sink)
    : pipeline_(pipeline),
      sink_(std::move(sink)),
      window_limit_(std::max<std::size_t>(1, threads) * kJobsPerWorker) {
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
    if (job == nullptr) continue;  // `spent` is destroyed here, off the submitting thread
    try {
      job->doc = std::make_unique<Document>(std::move(job->article));
      pipeline_.Run(*job->doc);
      PrepareFragment(*job->doc, job->fragment);
    } catch (...) {
      job->error = std::current_exception();
    }
    {
      std::lock_guard<std::mutex> lock(mutex_);
      job->done = true;
    }
    job_done_.notify_all();
  }
}

void ExtractionPool::Submit(Article article) {
  auto job = std::make_unique<Job>();
  job->article = std::move(article);
  {
    std::lock_guard<std::mutex> lock(mutex_);
    queue_.push_back(job.get());
    window_.push_back(std::move(job));
  }
  work_ready_.notify_one();
  Deliver(window_limit_);
}

void ExtractionPool::Drain() { Deliver(1); }

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
    if (job->error) std::rethrow_exception(job->error);
    sink_(*job->doc, job->fragment);
    {
      std::lock_guard<std::mutex> lock(mutex_);
      spent_.push_back(std::move(job));
    }
    work_ready_.notify_one();
  }
}

}  // namespace quotegraph
