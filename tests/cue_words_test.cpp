// CueWords (importers/src/cue_words.h) answers for the attribution sieves
// what the lexicon answers about reporting verbs: the same verb, the same
// base forms, and every word that opens a verb of several words.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "../importers/src/cue_words.h"
#include "quotegraph/importers/data_files.h"
#include "quotegraph/importers/lexicon.h"

using namespace quotegraph;

namespace {

// The words worth asking about: every verb, each of its prefixes, and a
// few words that are no verbs.
std::vector<std::string> Probes() {
  std::vector<std::string> words = {"", "the", "and", "s", "es", "ates", "talk", "statement"};
  for (const auto& row : DataRows("reporting_verbs.txt")) {
    for (std::size_t n = 0; n <= row[0].size(); ++n) words.push_back(row[0].substr(0, n));
  }
  return words;
}

}  // namespace

TEST_CASE("CueWords: the lexicon's verb and base forms for every word", "[cue_words]") {
  const Lexicon& lex = Lexicon::Get();
  const CueWords& cues = CueWords::Get();
  for (const std::string& w : Probes()) {
    INFO("word '" << w << "'");
    const CueWords::Entry* e = cues.Find(w);
    CHECK((e != nullptr ? e->verb : nullptr) == lex.Verb(w));
    const bool base = lex.VerbWithSuffix(w, "s") != nullptr || lex.VerbWithSuffix(w, "es") != nullptr;
    CHECK((e != nullptr && e->base_form) == base);
  }
}

TEST_CASE("CueWords: the first word of every verb of two words", "[cue_words]") {
  const CueWords& cues = CueWords::Get();
  int phrasal = 0;
  for (const auto& row : DataRows("reporting_verbs.txt")) {
    const std::string_view verb = row[0];
    const std::size_t space = verb.find(' ');
    if (space == std::string_view::npos) continue;
    ++phrasal;
    INFO("verb '" << verb << "'");
    const CueWords::Entry* e = cues.Find(verb.substr(0, space));
    REQUIRE(e != nullptr);
    CHECK(e->phrasal_first);
  }
  CHECK(phrasal > 0);
  const CueWords::Entry* the = cues.Find("the");
  CHECK((the == nullptr || !the->phrasal_first));
}
