#include "quotegraph/importers/claim_words.h"

#include <string>

#include "quotegraph/core/text_match.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {

const ClaimOptions& DefaultClaimOptions() {
  static const ClaimOptions options = [] {
    ClaimOptions o;
    for (const std::string& line : DataLines("claim_stop_words.txt")) {
      for (std::string& w : MatchWords(line)) o.stop_words.insert(std::move(w));
    }
    for (const std::string& line : DataLines("claim_reference_nouns.txt")) {
      for (const std::string& w : MatchWords(line)) o.reference_nouns.insert(StemWord(w));
    }
    return o;
  }();
  return options;
}

}  // namespace quotegraph
