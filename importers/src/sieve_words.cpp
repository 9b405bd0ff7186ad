#include "sieve_words.h"

#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {
namespace {

constexpr std::string_view kFile = "sieve_words.txt";

struct ClassName {
  std::string_view name;
  SieveWordClass value;
};

constexpr ClassName kClassNames[] = {
    {"comma_break", SieveWordClass::kCommaBreak},
    {"new_clause", SieveWordClass::kNewClause},
    {"be", SieveWordClass::kBe},
    {"modal", SieveWordClass::kModal},
    {"first_person", SieveWordClass::kFirstPerson},
    {"relative", SieveWordClass::kRelative},
    {"clause_subject", SieveWordClass::kClauseSubject},
    {"question_opener", SieveWordClass::kQuestionOpener},
    {"possessive", SieveWordClass::kPossessive},
    {"object_preposition", SieveWordClass::kObjectPreposition},
    {"unnamed_determiner", SieveWordClass::kUnnamedDeterminer},
    {"phrase_determiner", SieveWordClass::kPhraseDeterminer},
    {"comma_determiner", SieveWordClass::kCommaDeterminer},
    {"tell_verb", SieveWordClass::kTellVerb},
    {"told_audience", SieveWordClass::kToldAudience},
    {"source_filler", SieveWordClass::kSourceFiller},
    {"medium_word", SieveWordClass::kMediumWord},
    {"appositive_relative", SieveWordClass::kAppositiveRelative},
    {"aside_opener", SieveWordClass::kAsideOpener},
    {"adverbial_preposition", SieveWordClass::kAdverbialPreposition},
    {"speaker_adverb", SieveWordClass::kSpeakerAdverb},
    {"speech_participle", SieveWordClass::kSpeechParticiple},
    {"naming_participle", SieveWordClass::kNamingParticiple},
    {"subordinator", SieveWordClass::kSubordinator},
    {"ly_noun", SieveWordClass::kLyNoun},
    {"cue_phrase_opener", SieveWordClass::kCuePhraseOpener},
    {"subject_breaker", SieveWordClass::kSubjectBreaker},
    {"quantifier_subject", SieveWordClass::kQuantifierSubject},
    {"document_noun", SieveWordClass::kDocumentNoun},
    {"participle_opener", SieveWordClass::kParticipleOpener},
    {"go_on_verb", SieveWordClass::kGoOnVerb},
    {"continue_verb", SieveWordClass::kContinueVerb},
    {"source_qualifier", SieveWordClass::kSourceQualifier},
};

std::uint64_t ClassBit(std::string_view name) {
  for (const ClassName& c : kClassNames) {
    if (c.name == name) return static_cast<std::uint64_t>(c.value);
  }
  throw Error(std::string(kFile) + ": unknown word class '" + std::string(name) + "'");
}

}  // namespace

SieveWords::SieveWords() {
  const auto rows = DataRows(kFile);
  words_.reserve(rows.size());  // no reallocation: the table keeps views
  for (const auto& row : rows) {
    if (row.size() != 2) throw Error(std::string(kFile) + ": expected word<TAB>class");
    words_.push_back(row[0]);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint64_t* old = table_.Find(words_[i]);
    const std::uint64_t bit = ClassBit(rows[i][1]);
    table_.Insert(words_[i], (old != nullptr ? *old : 0u) | bit);
    const std::uint32_t shape = Shape(words_[i]);
    class_shapes_[ClassIndex(bit)][shape >> 6] |= std::uint64_t{1} << (shape & 63);
  }
}

}  // namespace quotegraph
