// The ordered extraction pipeline: Article -> Document -> graph fragment.
//
//   Pipeline pipeline = Pipeline::Default();
//   Document doc(std::move(article));
//   pipeline.Run(doc);
//   Graph fragment = BuildFragment(doc);   // fragment_builder.h
//
// Stages can be switched off by name (for measuring what each one adds).

#ifndef QUOTEGRAPH_IMPORTERS_PIPELINE_H_
#define QUOTEGRAPH_IMPORTERS_PIPELINE_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/importers/document.h"

namespace quotegraph {

class Pipeline {
 public:
  using StageFn = void (*)(Document&);
  struct Stage {
    std::string_view name;
    StageFn run;
  };

  // Every stage of stages.h, in order.
  static Pipeline Default();

  // The names of the stages, in order.
  std::vector<std::string_view> StageNames() const;

  // Removes the named stage; returns false if there is none by that name.
  bool Disable(std::string_view name);

  // Quotes longer than `n` code points are not quotes (Document::max_quote_chars).
  void set_max_quote_chars(std::size_t n) { max_quote_chars_ = n; }
  // Receives the stages' one-line warnings; may be empty (then dropped).
  void set_warn(std::function<void(const std::string&)> warn) { warn_ = std::move(warn); }
  // The receiver set by set_warn (may be empty).
  const std::function<void(const std::string&)>& warn() const { return warn_; }

  void Run(Document& doc) const;

 private:
  std::vector<Stage> stages_;
  std::size_t max_quote_chars_ = kDefaultMaxQuoteChars;
  std::function<void(const std::string&)> warn_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_PIPELINE_H_
