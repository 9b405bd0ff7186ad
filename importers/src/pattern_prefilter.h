// Whether any of a list of case-insensitive RE2 patterns matches a text,
// without running RE2 on most texts (internal header).
//
// Asking RE2 costs some 900 instructions per call before the first byte
// and about 16 per byte of an unanchored scan; most paragraphs match no
// caption or furniture pattern.  PatternPrefilter proves most of them
// match none with cheap tests, and asks RE2 only when it cannot:
//   - patterns with literal atoms (re2::FilteredRE2: every match contains
//     one of them; "newsletter", "(photo") can only match a text that
//     contains an atom, which a hash of every four bytes (case folded)
//     finds; FilteredRE2 then names the patterns the atoms found allow;
//   - patterns without such atoms that start with "^" and a literal
//     ("^by ") can only match a text that starts with it;
//   - patterns that end with "$" and, before it, a plain character or a
//     group of plain alternatives (", (reuters|afp)\\s*$") can only match a
//     text that ends with one of those (before trailing spaces, after
//     "\\s*"); other end-anchored patterns always run (RE2 runs them
//     backwards from the end of the text);
//   - whatever remains always runs.
// Each test names the patterns it lets through (Candidates), and only those
// run, each as its own RE2: cheaper than the alternation of all of them,
// whose counted repetitions ("\\S+( \\S+){0,3}") make many DFA states.  The
// answer is always that of RE2 on the alternation of all the patterns
// (tests/pattern_prefilter_test.cpp).
//
// Atoms are only trusted for patterns written in ASCII without \x, \p,
// \P, \C or octal escapes, and only on texts without the two non-ASCII
// letters RE2 folds to ASCII ones (U+017F long s, U+212A Kelvin sign):
// elsewhere, ASCII case folding is RE2's.

#ifndef QUOTEGRAPH_IMPORTERS_SRC_PATTERN_PREFILTER_H_
#define QUOTEGRAPH_IMPORTERS_SRC_PATTERN_PREFILTER_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class FilteredRE2;
class RE2;
}

namespace quotegraph {

class PatternPrefilter {
 public:
  // `patterns`: RE2 syntax, each valid on its own, matched anywhere in a
  // text and ignoring case.  Throws Error if one does not compile.
  explicit PatternPrefilter(const std::vector<std::string>& patterns);
  ~PatternPrefilter();
  PatternPrefilter(const PatternPrefilter&) = delete;
  PatternPrefilter& operator=(const PatternPrefilter&) = delete;

  // True if some pattern matches somewhere in `text`.
  bool Matches(std::string_view text) const;

  // The patterns (indices into the constructor's list, in no set order)
  // that may match somewhere in `text`: every pattern that does is among
  // them.  Most texts get none.
  void Candidates(std::string_view text, std::vector<std::uint32_t>* out) const;
  // True if pattern `i` alone matches somewhere in `text`.
  bool MatchesPattern(std::uint32_t i, std::string_view text) const;

  // Exposed for tests: the alternation of all patterns, asked directly
  // (compiled on first use; throws Error if the patterns do not combine).
  bool MatchesSlowly(std::string_view text) const;
  // How many patterns there are.
  std::uint32_t pattern_count() const { return static_cast<std::uint32_t>(singles_.size()); }
  // Exposed for tests: how many patterns each cheap test covers.
  std::size_t atom_patterns() const { return atom_patterns_; }
  std::size_t prefix_patterns() const { return prefixes_.size(); }
  std::size_t end_anchored_patterns() const { return end_anchored_count_; }
  std::size_t other_patterns() const { return other_count_; }

 private:
  // A start-anchored pattern's literal beginning: lower case ASCII, or the
  // bytes of a caseless sign; or, when its first character is another
  // non-ASCII one, any non-ASCII first byte.
  struct Prefix {
    std::string lower;
    bool non_ascii = false;
    std::uint32_t pattern = 0;  // its index in the constructor's list
  };
  // An end-anchored pattern "X$" and, when X ends with a plain character
  // or a group of plain alternatives (then optionally "\\s*"), those
  // endings, lower case: a match ends the text (before trailing spaces,
  // if after_space) with one of them.
  struct EndPattern {
    std::uint32_t pattern = 0;  // its index in the constructor's list
    bool tails_known = false;
    bool after_space = false;
    std::vector<std::string> tails;
  };
  // One of an atom's first grams: GramAt(atom + offset).
  struct Atom {
    std::uint32_t gram;
    std::uint32_t offset;
    std::uint32_t atom;  // index in atom_texts_
  };

  // Order of atoms_: by GramIndex of the gram, then by gram.
  static bool AtomBefore(const Atom& a, const Atom& b);
  // Adds to `found` every atom starting at one of the places whose gram,
  // at `at`, is that atom's (out of line: most places are turned away
  // before).
  __attribute__((noinline)) void AtomsAt(std::string_view text, std::size_t at,
                                         std::vector<int>* found) const;
  // Adds the patterns an atom stands for whose atoms `text` holds.
  void AtomCandidates(std::string_view text, std::vector<std::uint32_t>* out) const;
  // True if `text` starts with the literal beginning `p`.
  static bool StartsWith(const Prefix& p, std::string_view text);
  // True if `text` holds "ſ" (U+017F) or the Kelvin sign (U+212A), which
  // RE2 folds with "s" and "k".
  static bool FoldsToAscii(std::string_view text);
  // False if `text` ends with no byte an end-anchored pattern can end with.
  bool MayEndMatch(std::string_view text) const;
  // False if `end`'s tails are known and `text` ends with none of them,
  // folding ASCII case only: for texts without the letters RE2 folds to
  // ASCII ones (FoldsToAscii), which Candidates answers before.
  static bool EndsWithTail(const EndPattern& end, std::string_view text);

  std::string all_patterns_;                // the alternation of every pattern
  mutable std::once_flag all_once_;
  mutable std::unique_ptr<re2::RE2> all_;   // all_patterns_, once asked
  std::unique_ptr<re2::FilteredRE2> filter_;  // the patterns with trusted atoms
  // Each pattern alone: filter_'s RE2 for the patterns it holds, else one
  // of owned_singles_.
  std::vector<const re2::RE2*> singles_;
  std::vector<std::unique_ptr<re2::RE2>> owned_singles_;
  std::vector<std::uint32_t> filter_ids_;   // filter_ id -> pattern index
  std::vector<bool> by_atoms_;              // per pattern: an atom stands for it
  std::vector<EndPattern> end_patterns_;
  std::vector<std::uint32_t> other_patterns_;  // pattern indices
  std::vector<Prefix> prefixes_;
  // The last bytes of end_patterns_' matches, if end_tail_known_: at the
  // text's end, or before its trailing spaces (patterns ending "\\s*$").
  bool end_tail_known_ = true;
  std::bitset<256> last_bytes_, last_after_space_;
  std::vector<std::string> atom_texts_;     // lower case
  std::vector<Atom> atoms_;                 // sorted by AtomBefore
  std::size_t step_ = 1;                    // places between grams looked at
  // Per GramIndex: 0 if no atom's gram has it, else 1 + the place in
  // atoms_ of the first that has (kSearchAtoms from the 254th on).
  std::vector<std::uint8_t> gram_seen_;
  bool use_atoms_ = false;
  std::size_t atom_patterns_ = 0, end_anchored_count_ = 0, other_count_ = 0;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_PATTERN_PREFILTER_H_
