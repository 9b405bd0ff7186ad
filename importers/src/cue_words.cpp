#include "cue_words.h"

#include "quotegraph/importers/data_files.h"

namespace quotegraph {

const CueWords& CueWords::Get() {
  static const CueWords words;
  return words;
}

void CueWords::Add(std::string_view word, bool Entry::*flag) {
  Entry entry;
  if (const Entry* found = table_.Find(word)) {
    entry = *found;
  } else {
    words_.emplace_back(word);  // a deque: the keys already stored do not move
    word = words_.back();
    entry.verb = Lexicon::Get().Verb(word);
  }
  if (flag != nullptr) entry.*flag = true;
  table_.Insert(word, entry);
}

CueWords::CueWords() {
  // The lexicon's verbs are the first column of this file.
  for (const auto& row : DataRows("reporting_verbs.txt")) {
    if (row.empty()) continue;
    const std::string_view verb = row[0];
    Add(verb);
    // Joined with its next word by a space, a word can only equal the
    // verb if it is the verb's text up to one of its spaces.
    for (std::size_t space = verb.find(' '); space != std::string_view::npos;
         space = verb.find(' ', space + 1)) {
      Add(verb.substr(0, space), &Entry::phrasal_first);
    }
    if (!verb.empty() && verb.back() == 's') {
      Add(verb.substr(0, verb.size() - 1), &Entry::base_form);  // "states"
      if (verb.size() >= 2 && verb[verb.size() - 2] == 'e') {
        Add(verb.substr(0, verb.size() - 2), &Entry::base_form);  // "pushes"
      }
    }
  }
}

}  // namespace quotegraph
