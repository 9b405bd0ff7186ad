// Closed word classes of the attribution sieves (internal header), read
// from importers/data/sieve_words.txt: determiners, conjunctions, forms of
// "be" and the like, which each sieve asks about by class instead of
// holding its own list.
//
//   const SieveWords& words = SieveWords::Get();
//   if (words.Is(SieveWordClass::kCommaBreak, tv.Lower(i))) ...

#ifndef QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_
#define QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/importers/string_table.h"

namespace quotegraph {

// One bit per class; the data file names them in snake case
// (kCommaBreak: "comma_break").  What each class is for is documented in
// the data file's header.
enum class SieveWordClass : std::uint64_t {
  kCommaBreak = 1ull << 0,          // ", which" / ", but": ends a content clause
  kNewClause = 1ull << 1,           // "and" / "while": may open a new report
  kBe = 1ull << 2,                  // "was told", "is expected"
  kModal = 1ull << 3,               // "would say": a base-form cue agrees
  kFirstPerson = 1ull << 4,         // "I think", "we say"
  kRelative = 1ull << 5,            // "X, who said"
  kClauseSubject = 1ull << 6,       // "signaled that he ..."
  kQuestionOpener = 1ull << 7,      // "Asked whether ..."
  kPossessive = 1ull << 8,          // "her criticism of"
  kObjectPreposition = 1ull << 9,   // "criticism of", "support for"
  kUnnamedDeterminer = 1ull << 10,  // "said the agency"
  kPhraseDeterminer = 1ull << 11,   // "the report said", "many voters say"
  kCommaDeterminer = 1ull << 12,    // ", his aides said"
  kTellVerb = 1ull << 13,           // "told", "tells"
  kToldAudience = 1ull << 14,       // "told reporters"
  kSourceFiller = 1ull << 15,       // "according to the state news agency X"
  kMediumWord = 1ull << 16,         // "the newspaper", "the agency"
  kAppositiveRelative = 1ull << 17, // "X, whose aide ..., said"
  kSubjectBreaker = 1ull << 18,     // "did", "not", "when": no plain subject
  kQuantifierSubject = 1ull << 19,  // "Some said", "Most say"
  kDocumentNoun = 1ull << 20,       // "issued a statement saying"
  kParticipleOpener = 1ull << 21,   // "by saying", "before insisting"
  kGoOnVerb = 1ull << 22,           // "went on to say"
  kContinueVerb = 1ull << 23,       // "continued to insist"
  kSourceQualifier = 1ull << 24,    // "a person familiar with"
  kAsideOpener = 1ull << 25,        // "X, however, said", "X, in a statement, said"
  kSubordinator = 1ull << 26,       // "When X announced ..., he said"
  kLyNoun = 1ull << 27,             // "family": no adverb in -ly
  kCuePhraseOpener = 1ull << 28,    // "said in an interview that ..."
  kAdverbialPreposition = 1ull << 29,  // "X at the time said"
  kSpeakerAdverb = 1ull << 30,      // "He soon learned": skipped before a cue only
  kSpeechParticiple = 1ull << 31,   // "A source speaking to Fox News said"
  kNamingParticiple = 1ull << 32,   // "a group called X": names a thing
};

class SieveWords {
 public:
  // The classes of the shipped data file, loaded once (thread-safe).
  // Throws quotegraph::Error if the file names an unknown class (a build
  // defect).  Inline: the sieves ask for it at nearly every word.
  static const SieveWords& Get() {
    static const SieveWords words;
    return words;
  }

  // True if the lower-case `word` belongs to class `c`.  Always inlined:
  // its shape test turns most words away in a few instructions.
  [[gnu::always_inline]] bool Is(SieveWordClass c, std::string_view word) const {
    // Most words asked about are in no class, or in others ("the" asked
    // of the conjunctions): the class's own shape bits turn them away
    // before the table is searched.
    const std::uint64_t bit = static_cast<std::uint64_t>(c);
    const std::uint32_t shape = Shape(word);
    if (((class_shapes_[ClassIndex(bit)][shape >> 6] >> (shape & 63)) & 1) == 0) return false;
    const std::uint64_t* classes = table_.Find(word);
    return classes != nullptr && (*classes & bit) != 0;
  }

 private:
  static constexpr std::size_t kClasses = 64;
  static constexpr std::size_t kShapeWords = 4;  // 256 shape bits per class

  SieveWords();
  // The index (0 to 63) of a class's one bit.
  static std::size_t ClassIndex(std::uint64_t bit) {
    return static_cast<std::size_t>(__builtin_ctzll(bit));
  }
  // A word's length, first and last bytes mixed into 0 to 255 (equal
  // words, equal shapes).
  static std::uint32_t Shape(std::string_view word) {
    const std::uint64_t first = word.empty() ? 0 : static_cast<unsigned char>(word.front());
    const std::uint64_t last = word.empty() ? 0 : static_cast<unsigned char>(word.back());
    const std::uint64_t mixed =
        (first | (last << 8) | (std::uint64_t{word.size()} << 16)) * 0x9E3779B97F4A7C15ULL;
    return static_cast<std::uint32_t>(mixed >> 56);
  }

  std::vector<std::string> words_;  // the table's keys point into these
  StringTable<std::uint64_t> table_;
  // Per class, the bit set of its words' shapes.
  std::uint64_t class_shapes_[kClasses][kShapeWords] = {};
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_
