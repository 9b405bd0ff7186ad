// The lexicons of the extraction pipeline, loaded once from importers/data.
//
// Every word list the stages consult lives in a data file (data_files.h);
// this class indexes them for fast lookups by std::string_view
// (string_table.h), so stages never allocate to ask "is this a reporting
// verb?".  Keys of
// case-insensitive lists are stored lower-cased (ASCII); callers pass a
// lower-cased view (LowerAscii) for those.
//
// Lexicon::Get() is thread-safe and built on first use.

#ifndef QUOTEGRAPH_IMPORTERS_LEXICON_H_
#define QUOTEGRAPH_IMPORTERS_LEXICON_H_

#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/core/model.h"
#include "quotegraph/importers/document.h"
#include "quotegraph/importers/string_table.h"

namespace quotegraph {

class PatternPrefilter;  // importers/src/pattern_prefilter.h

struct ReportingVerb {
  std::string_view relation;  // "said" or "denied"
  bool speech = true;         // false for belief / perception verbs
  // True for words that are a cue only beside a direct quote ("continued",
  // "remarks"): elsewhere they are usually something else.
  bool quote_only = false;
  // True for verbs whose subject is no source ("X is expected to win",
  // "X seemed to agree"): the report has no speaker; subject and
  // complement together are its content.
  bool raising = false;
};

struct KnownName {
  std::string_view canonical;
  NodeType type = NodeType::kOrganization;
};

class Lexicon {
 public:
  static const Lexicon& Get();

  // reporting_verbs.txt: inflected form (lower case) -> relation.
  const ReportingVerb* Verb(std::string_view lower) const;
  // Verb(lower + suffix) ("state" + "s"), without building a string.
  const ReportingVerb* VerbWithSuffix(std::string_view lower, std::string_view suffix) const;
  // report_nouns.txt: a noun that is a cue after a possessor ("her
  // criticism of", "Rubio's claim that") -> relation; nullptr if none.
  const ReportingVerb* ReportNoun(std::string_view lower) const;
  // not_cues.txt: true if `verb` followed by `next` is no report
  // ("called for", "agreed to").  Both lower case.
  bool IsNotCue(std::string_view verb, std::string_view next) const;
  // titles.txt: "president", "secretary of state" (lower case, multiword).
  bool IsTitle(std::string_view lower) const;
  // False if no title starts (ends) with the word `lower`: a cheap test
  // before joining words to ask IsTitle.
  bool MayStartTitle(std::string_view lower) const { return TitleLengthsFrom(lower) != 0; }
  bool MayEndTitle(std::string_view lower) const { return TitleLengthsTo(lower) != 0; }
  // The numbers of words of the titles that start (end) with the word
  // `lower`, as a bit set (bit n: a title of n words); 0 if none.  Only
  // those lengths need joining and asking IsTitle.
  std::uint32_t TitleLengthsFrom(std::string_view lower) const {
    return TitleLengthsFrom(lower, ShapeMix(lower));
  }
  std::uint32_t TitleLengthsFrom(std::string_view lower, std::uint64_t mix) const {
    const std::uint32_t* lengths = title_first_words_.Find(lower, mix);
    return lengths == nullptr ? 0 : *lengths;
  }
  std::uint32_t TitleLengthsTo(std::string_view lower) const {
    const std::uint32_t* lengths = title_last_words_.Find(lower);
    return lengths == nullptr ? 0 : *lengths;
  }
  // Longest number of words of any title (for greedy matching).
  std::size_t max_title_words() const { return max_title_words_; }
  // Gender a title implies ("spokeswoman" -> female), or kUnknown.
  Gender TitleGender(std::string_view lower) const;
  // first_names.txt: exact case.
  Gender FirstName(std::string_view name, bool* known) const;
  // places.txt, demonyms.txt (-> place), agencies.txt, outlets.txt,
  // known_organizations.txt: exact case; nullptr if unknown.
  const KnownName* Place(std::string_view name) const;
  const KnownName* Demonym(std::string_view word) const;
  const KnownName* Agency(std::string_view name) const;
  const KnownName* Outlet(std::string_view name) const;
  const KnownName* Organization(std::string_view name) const;
  // The same, for a word or name whose ShapeMix is `mix`.
  Gender FirstName(std::string_view name, std::uint64_t mix, bool* known) const;
  const KnownName* Place(std::string_view name, std::uint64_t mix) const {
    return places_.Find(name, mix);
  }
  const KnownName* Demonym(std::string_view word, std::uint64_t mix) const {
    return demonyms_.Find(word, mix);
  }
  const KnownName* Agency(std::string_view name, std::uint64_t mix) const {
    return agencies_.Find(name, mix);
  }
  const KnownName* Outlet(std::string_view name, std::uint64_t mix) const {
    return outlets_.Find(name, mix);
  }
  const KnownName* Organization(std::string_view name, std::uint64_t mix) const {
    return organizations_.Find(name, mix);
  }
  // organization_words.txt: "Ministry", "Council" (exact case).
  bool IsOrganizationWord(std::string_view word) const;
  bool IsOrganizationWord(std::string_view word, std::uint64_t mix) const {
    return org_words_.Find(word, mix) != nullptr;
  }
  // affiliation_words.txt: a capitalised word before a title that owns no
  // title by itself (exact case).  The party a party adjective stands for
  // ("Democratic" -> Democratic Party); for a qualifier ("Former",
  // "Presumptive") a KnownName with an empty canonical name; nullptr if
  // the word is neither.
  const KnownName* AffiliationWord(std::string_view word) const;
  // abbreviations.txt: "Mr.", "U.S." (exact case, dot included).
  bool IsAbbreviation(std::string_view word) const;
  // pronouns.txt: lower case -> gender; nullptr if not a subject pronoun.
  const Gender* Pronoun(std::string_view lower) const;
  const Gender* Pronoun(std::string_view lower, std::uint64_t mix) const {
    return pronouns_.Find(lower, mix);
  }
  // group_nouns.txt: "officials", "source" (lower case).
  bool IsGroupNoun(std::string_view lower) const;
  // function_words.txt: capitalised at a sentence start, never a name.
  bool IsFunctionWord(std::string_view lower) const;
  bool IsFunctionWord(std::string_view lower, std::uint64_t mix) const {
    return function_words_.Find(lower, mix) != nullptr;
  }
  // The overloads above that take `mix` want ShapeMix(word): computed once
  // for a word asked of several lists.
  static std::uint64_t ShapeMix(std::string_view word) {
    return StringTable<bool>::ShapeMix(word);
  }
  // name_particles.txt: "de", "van", "bin": lower-case words inside names.
  bool IsNameParticle(std::string_view word) const;
  // skip_words.txt: words allowed between a speaker and its cue
  // ("also", "has", "on", "Monday") (lower case).
  bool IsSkipWord(std::string_view lower) const;
  // False if the lower-cased word `lower` is certainly none of Pronoun,
  // IsGroupNoun, Demonym and Place (the last two asked of the word as
  // written, in any case): one bit test of the length and the first and
  // last letters, before those four lookups.
  bool MayBePronounGroupNounOrPlace(std::string_view lower) const {
    return MayBePronounGroupNounOrPlace(lower, ShapeMix(lower));
  }
  bool MayBePronounGroupNounOrPlace(std::string_view lower, std::uint64_t mix) const;
  // False if `name` (as written) is certainly none of Agency, Outlet,
  // Organization and Place: one bit test before those four lookups.
  bool MayBeKnownName(std::string_view name) const { return MayBeKnownName(name, ShapeMix(name)); }
  bool MayBeKnownName(std::string_view name, std::uint64_t mix) const;
  // furniture.txt / captions.txt: RE2 patterns, matched against a whole
  // paragraph.
  bool IsFurniture(std::string_view paragraph) const;
  bool IsCaption(std::string_view paragraph) const;
  // False if the paragraph matches no pattern of either file: then it is
  // neither caption nor furniture.  Most paragraphs (plain article text)
  // are told apart without running RE2 (importers/src/pattern_prefilter.h).
  bool MayBeCaptionOrFurniture(std::string_view paragraph) const;
  // IsCaption(paragraph), and, when that is false and `ask_furniture`,
  // IsFurniture(paragraph) (else false), in one pass of the prefilter that
  // runs only the patterns it cannot rule out.
  struct PatternMatch {
    bool caption = false;
    bool furniture = false;
  };
  PatternMatch MatchCaptionOrFurniture(std::string_view paragraph, bool ask_furniture) const;

  ~Lexicon();

 private:
  Lexicon();
  std::string_view Store(std::string s);
  // Bit index in mention_word_shapes_ (known_name_shapes_) of a non-empty
  // lower-cased word's (name's) length and first and last bytes.
  static std::size_t LowerShape(std::string_view lower);
  // Adds LowerShape of the ASCII-lower-cased `key` to mention_word_shapes_.
  void AddMentionWordShape(std::string_view key);
  // Adds LowerShape of `name` as written to known_name_shapes_.
  void AddKnownNameShape(std::string_view name);

  std::deque<std::string> storage_;
  StringTable<ReportingVerb> verbs_, report_nouns_;
  std::size_t max_verb_bytes_ = 0;  // longest key of verbs_
  StringTable<bool> not_cues_;  // "verb next"
  StringTable<Gender> titles_;
  // The first (last) words of titles_ (space-separated) -> TitleLengthsFrom
  // (TitleLengthsTo).
  StringTable<std::uint32_t> title_first_words_, title_last_words_;
  std::size_t max_title_words_ = 1;
  StringTable<Gender> first_names_;
  StringTable<KnownName> places_, demonyms_, agencies_, outlets_, organizations_,
      affiliation_words_;
  StringTable<bool> org_words_, abbreviations_, group_nouns_, function_words_, particles_,
      skip_words_;
  StringTable<Gender> pronouns_;
  // LowerShape of every key of pronouns_, group_nouns_, demonyms_ and
  // places_ (MayBePronounGroupNounOrPlace).
  static constexpr unsigned kMentionWordShapeBits = 15;
  std::vector<std::uint64_t> mention_word_shapes_ =
      std::vector<std::uint64_t>((std::size_t{1} << kMentionWordShapeBits) / 64, 0);
  // LowerShape of every key of agencies_, outlets_, organizations_ and
  // places_, as written (MayBeKnownName).
  std::vector<std::uint64_t> known_name_shapes_ =
      std::vector<std::uint64_t>((std::size_t{1} << kMentionWordShapeBits) / 64, 0);
  std::unique_ptr<PatternPrefilter> caption_or_furniture_;  // both files' patterns
  std::uint32_t furniture_patterns_ = 0;  // furniture.txt's come first in it
};

// The lookups below are inline: StringTable::Find turns most words away
// with two bit tests, cheaper than a call.
inline const ReportingVerb* Lexicon::Verb(std::string_view lower) const {
  return verbs_.Find(lower);
}
inline const ReportingVerb* Lexicon::ReportNoun(std::string_view lower) const {
  return report_nouns_.Find(lower);
}
inline bool Lexicon::IsTitle(std::string_view lower) const { return titles_.Contains(lower); }
inline Gender Lexicon::TitleGender(std::string_view lower) const {
  const Gender* g = titles_.Find(lower);
  return g == nullptr ? Gender::kUnknown : *g;
}
inline Gender Lexicon::FirstName(std::string_view name, bool* known) const {
  return FirstName(name, ShapeMix(name), known);
}
inline Gender Lexicon::FirstName(std::string_view name, std::uint64_t mix, bool* known) const {
  const Gender* g = first_names_.Find(name, mix);
  *known = g != nullptr;
  return *known ? *g : Gender::kUnknown;
}
inline const KnownName* Lexicon::Place(std::string_view name) const { return places_.Find(name); }
inline const KnownName* Lexicon::Demonym(std::string_view w) const { return demonyms_.Find(w); }
inline const KnownName* Lexicon::Agency(std::string_view name) const {
  return agencies_.Find(name);
}
inline const KnownName* Lexicon::Outlet(std::string_view name) const {
  return outlets_.Find(name);
}
inline const KnownName* Lexicon::Organization(std::string_view name) const {
  return organizations_.Find(name);
}
inline bool Lexicon::IsOrganizationWord(std::string_view w) const {
  return org_words_.Contains(w);
}
inline const KnownName* Lexicon::AffiliationWord(std::string_view w) const {
  return affiliation_words_.Find(w);
}
inline bool Lexicon::IsAbbreviation(std::string_view w) const {
  return abbreviations_.Contains(w);
}
inline const Gender* Lexicon::Pronoun(std::string_view lower) const {
  return pronouns_.Find(lower);
}
inline bool Lexicon::IsGroupNoun(std::string_view lower) const {
  return group_nouns_.Contains(lower);
}
inline bool Lexicon::IsFunctionWord(std::string_view lower) const {
  return function_words_.Contains(lower);
}
inline bool Lexicon::IsNameParticle(std::string_view w) const { return particles_.Contains(w); }
inline bool Lexicon::IsSkipWord(std::string_view lower) const {
  return skip_words_.Contains(lower);
}

inline std::size_t Lexicon::LowerShape(std::string_view lower) {
  return static_cast<std::size_t>(ShapeMix(lower) >> (64 - kMentionWordShapeBits));
}
inline bool Lexicon::MayBePronounGroupNounOrPlace(std::string_view lower,
                                                  std::uint64_t mix) const {
  if (lower.empty()) return true;
  const auto shape = static_cast<std::size_t>(mix >> (64 - kMentionWordShapeBits));
  return (mention_word_shapes_[shape >> 6] >> (shape & 63)) & 1;
}
inline bool Lexicon::MayBeKnownName(std::string_view name, std::uint64_t mix) const {
  if (name.empty()) return true;
  const auto shape = static_cast<std::size_t>(mix >> (64 - kMentionWordShapeBits));
  return (known_name_shapes_[shape >> 6] >> (shape & 63)) & 1;
}

// The ASCII-lower-cased `s`: `s` itself when it has no upper-case letter,
// else a view of `buffer`, which receives the lower-cased copy.
std::string_view LowerAscii(std::string_view s, std::string& buffer);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_LEXICON_H_
