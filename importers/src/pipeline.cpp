#include "quotegraph/importers/pipeline.h"

#include <algorithm>

#include "quotegraph/importers/stages.h"
#include "sieve_cache.h"
#include "token_view.h"

namespace quotegraph {

Document::Document(Article a) : article(std::move(a)), text(article.text), offsets(text) {}

Pipeline Pipeline::Default() {
  Pipeline p;
  p.stages_ = {
      {"paragraphs", SegmentParagraphs},
      {"furniture", ClassifyParagraphs},
      {"tokens", Tokenize},
      {"sentences", SplitSentences},
      {"quotes", FindQuotes},
      {"mentions", DetectMentions},
      {"coreference", ResolveCoreference},
      {"adjacent-quotes", AttributeAdjacentQuotes},
      {"speaker-verb", AttributeSpeakerVerb},
      {"trailing-cue", AttributeTrailingCue},
      {"according-to", AttributeAccordingTo},
      {"headline", AttributeHeadline},
      {"report-noun", AttributeReportNoun},
      {"relays", FindRelays},
      {"dates", EstimateDates},
  };
  return p;
}

std::vector<std::string_view> Pipeline::StageNames() const {
  std::vector<std::string_view> names;
  for (const Stage& s : stages_) names.push_back(s.name);
  return names;
}

bool Pipeline::Disable(std::string_view name) {
  auto it = std::find_if(stages_.begin(), stages_.end(),
                         [&](const Stage& s) { return s.name == name; });
  if (it == stages_.end()) return false;
  stages_.erase(it);
  return true;
}

void Pipeline::Run(Document& doc) const {
  doc.max_quote_chars = max_quote_chars_;
  const LowerTextScope lower(doc);  // one lower-cased text for all stages
  const SieveCacheScope sieve_cache(doc);  // one cue lookup per token for all sieves
  for (const Stage& s : stages_) s.run(doc);
  if (warn_) {
    for (const std::string& w : doc.warnings) warn_(w);
  }
}

}  // namespace quotegraph
