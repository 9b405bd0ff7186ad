// The lexicon's reporting verbs as the attribution sieves ask about them
// (internal header).
//
// A sieve asks of nearly every word whether it is a verb, whether it and
// the next word are one ("talked about"), and whether it is a base form
// ("state": "states" is a verb).  One lookup here answers all three for a
// word; most words are in no entry and are turned away by the table's
// shape filter, with no string joined or built.
//
//   const CueWords::Entry* e = CueWords::Get().Find(tv.Lower(i));
//   const ReportingVerb* verb = e != nullptr ? e->verb : nullptr;

#ifndef QUOTEGRAPH_IMPORTERS_SRC_CUE_WORDS_H_
#define QUOTEGRAPH_IMPORTERS_SRC_CUE_WORDS_H_

#include <deque>
#include <string>
#include <string_view>

#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/string_table.h"

namespace quotegraph {

class CueWords {
 public:
  struct Entry {
    // Lexicon::Verb(word): the same pointer.
    const ReportingVerb* verb = nullptr;
    // True if the word and a space open a verb of several words ("talked"
    // of "talked about"): only then can it be one with the next word.
    bool phrasal_first = false;
    // True if the word plus "s" or "es" is a verb (Lexicon::VerbWithSuffix).
    bool base_form = false;
  };

  // The entries of reporting_verbs.txt (the lexicon's verbs), made once
  // (thread-safe).
  static const CueWords& Get();

  // The entry of the lower-case `word`; nullptr if it is no verb, opens no
  // verb of several words and is no base form.
  const Entry* Find(std::string_view word) const { return table_.Find(word); }

 private:
  CueWords();
  // Makes the entry of `word` (with its verb) if it is not there yet, and
  // sets `flag` in it if one is given.
  void Add(std::string_view word, bool Entry::*flag = nullptr);

  std::deque<std::string> words_;  // the table's keys point into these
  StringTable<Entry> table_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_CUE_WORDS_H_
