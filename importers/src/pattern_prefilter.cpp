#include "pattern_prefilter.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <bitset>
#include <cstring>
#include <mutex>

#include "quotegraph/core/error.h"

namespace quotegraph {
namespace {

// Atoms shorter than this are not asked for: the scan hashes four bytes.
constexpr int kGramBytes = 4;
// Entries of the gram set, one byte each (16 KB: it stays in the
// first-level cache; a byte is read with one instruction, a bit with four).
constexpr int kGramBitsLog2 = 14;
// What an empty alternation compiles to.
constexpr const char* kMatchesNothing = "[^\\x00-\\x{10FFFF}]";

RE2::Options PatternOptions() {
  RE2::Options options;
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  return options;
}

// ASCII upper case to lower case; every other byte stays.
constexpr std::array<unsigned char, 256> MakeFoldTable() {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    t[static_cast<std::size_t>(c)] =
        static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  return t;
}
constexpr std::array<unsigned char, 256> kFold = MakeFoldTable();

std::uint32_t GramIndex(std::uint32_t gram) {
  return (gram * 0x9E3779B1u) >> (32 - kGramBitsLog2);
}

// The gram set's entry for atoms from the 254th on: found by a search.
constexpr std::uint8_t kSearchAtoms = 255;

// Four bytes from `p` with bit 5 set in each: an ASCII letter and its
// upper case give the same gram (so do a few other pairs, such as "@" and
// "`": a gram only proposes a place, which the atom's bytes then confirm).
std::uint32_t GramAt(const char* p) {
  std::uint32_t g;
  std::memcpy(&g, p, sizeof g);
  return g | 0x20202020u;
}

// True if a byte of `text` is not ASCII.
bool HasNonAscii(std::string_view text) {
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t w;
    std::memcpy(&w, text.data() + i, sizeof w);
    if (w & 0x8080808080808080u) return true;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return true;
  }
  return false;
}

// True if the pattern is plain ASCII without escapes that name non-ASCII
// characters or classes: then ASCII case folding is all RE2 does with its
// literals, and FilteredRE2's lower-case atoms can be trusted on text
// folded the same way.
bool AtomsTrusted(std::string_view pattern) {
  for (std::size_t i = 0; i < pattern.size(); ++i) {
    const auto c = static_cast<unsigned char>(pattern[i]);
    if (c >= 0x80) return false;
    if (c == '\\' && i + 1 < pattern.size()) {
      const char e = pattern[++i];
      if (e == 'x' || e == 'p' || e == 'P' || e == 'C' || (e >= '0' && e <= '9')) return false;
    }
  }
  return true;
}

// Walks a pattern's top level: false if it has an alternation outside
// parentheses, or an escape or class it cannot follow (\Q, an unclosed
// class or parenthesis).
bool SingleBranch(std::string_view p) {
  int depth = 0;
  for (std::size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (c == '\\') {
      if (i + 1 >= p.size() || p[i + 1] == 'Q') return false;
      ++i;
    } else if (c == '[') {
      std::size_t j = i + 1;
      if (j < p.size() && p[j] == '^') ++j;
      if (j < p.size() && p[j] == ']') ++j;  // a literal ']'
      for (; j < p.size() && p[j] != ']'; ++j) {
        if (p[j] == '\\') {
          ++j;
        } else if (p[j] == '[' && j + 1 < p.size() && p[j + 1] == ':') {
          const std::size_t close = p.find(":]", j + 2);
          if (close == std::string_view::npos) return false;
          j = close + 1;
        }
      }
      if (j >= p.size()) return false;
      i = j;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      --depth;
    } else if (c == '|' && depth == 0) {
      return false;
    }
  }
  return depth == 0;
}

// A character that stands for itself in RE2 syntax.
bool IsPlainAscii(char c) {
  if (static_cast<unsigned char>(c) >= 0x80 || c < ' ') return false;
  return std::strchr("\\^$.|?*+()[]{}", c) == nullptr;
}

// For a single-branch pattern starting with "^": its literal beginning
// (without a last character that a quantifier follows), lower case.
// Returns false if there is none.
bool LiteralPrefix(std::string_view p, std::string* lower, bool* non_ascii) {
  if (p.size() < 2 || p[0] != '^' || !SingleBranch(p)) return false;
  const auto first = static_cast<unsigned char>(p[1]);
  if (first >= 0x80) {
    const std::string_view rest = p.substr(1);
    // A sign of U+00A0..U+00BF ("©") or general punctuation (U+2000..U+206F)
    // has no case: the text must start with its bytes.
    if (rest.size() >= 2 && first == 0xC2 && static_cast<unsigned char>(rest[1]) >= 0xA0) {
      lower->assign(rest.substr(0, 2));
      *non_ascii = false;
      return true;
    }
    if (rest.size() >= 3 && first == 0xE2 && static_cast<unsigned char>(rest[1]) == 0x80) {
      lower->assign(rest.substr(0, 3));
      *non_ascii = false;
      return true;
    }
    if (rest.size() >= 3 && first == 0xE2 && static_cast<unsigned char>(rest[1]) == 0x81 &&
        static_cast<unsigned char>(rest[2]) <= 0xAF) {
      lower->assign(rest.substr(0, 3));
      *non_ascii = false;
      return true;
    }
    // Another non-ASCII character: whatever RE2 folds it with is non-ASCII
    // too, unless it is one of the two that fold with ASCII letters.
    if (rest.rfind("\xC5\xBF", 0) == 0 || rest.rfind("\xE2\x84\xAA", 0) == 0) return false;
    *non_ascii = true;
    return true;
  }
  std::size_t end = 1;
  while (end < p.size() && IsPlainAscii(p[end])) ++end;
  if (end < p.size() && std::strchr("?*+{", p[end]) != nullptr) --end;  // "ab?": "a"
  if (end <= 1) return false;
  lower->clear();
  for (std::size_t i = 1; i < end; ++i) {
    lower->push_back(static_cast<char>(kFold[static_cast<unsigned char>(p[i])]));
  }
  *non_ascii = false;
  return true;
}

// For a single-branch pattern ending with an unescaped "$": the pattern
// without it.
bool EndAnchoredBody(std::string_view p, std::string_view* body) {
  if (p.empty() || p.back() != '$' || !SingleBranch(p)) return false;
  std::size_t backslashes = 0;
  for (std::size_t i = p.size() - 1; i > 0 && p[i - 1] == '\\'; --i) ++backslashes;
  if (backslashes % 2 != 0) return false;  // "\$": a literal dollar
  *body = p.substr(0, p.size() - 1);
  return true;
}

// RE2's \s: [\t\n\f\r ].
bool IsRe2Space(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

// True if the character at p[i] is escaped (an odd run of backslashes
// before it).
bool Escaped(std::string_view p, std::size_t i) {
  std::size_t backslashes = 0;
  while (i > backslashes && p[i - 1 - backslashes] == '\\') ++backslashes;
  return backslashes % 2 != 0;
}

// Adds the ASCII character c, in both cases, to `last`; and, for "s" and
// "k", the last bytes of the non-ASCII letters RE2 folds with them.
void AddLastChar(unsigned char c, std::bitset<256>* last) {
  last->set(c);
  last->set(kFold[c]);
  if (c >= 'a' && c <= 'z') last->set(c - 'a' + 'A');
  if (kFold[c] == 's') last->set(0xBF);  // U+017F: C5 BF
  if (kFold[c] == 'k') last->set(0xAA);  // U+212A: E2 84 AA
}

// For the body X of an end-anchored pattern "X$": the bytes a match can
// end with, if X ends with a plain character or a group of plain
// alternatives ("(epa|afp|ap)"), optionally followed by "\s*"
// (`after_space`: the text's trailing RE2 spaces are then skipped first).
// `tails` receives the ending itself, lower case: the character, or each
// alternative.  Returns false for any other ending.
bool LastBytes(std::string_view body, bool* after_space, std::bitset<256>* last,
               std::vector<std::string>* tails) {
  last->reset();
  tails->clear();
  *after_space = false;
  if (body.size() >= 3 && body.substr(body.size() - 3) == "\\s*" &&
      !Escaped(body, body.size() - 3)) {
    *after_space = true;
    body.remove_suffix(3);
  }
  if (body.empty() || Escaped(body, body.size() - 1)) return false;
  const char end = body.back();
  if (IsPlainAscii(end)) {
    if (IsRe2Space(static_cast<unsigned char>(end))) return false;
    AddLastChar(static_cast<unsigned char>(end), last);
    tails->emplace_back(1, static_cast<char>(kFold[static_cast<unsigned char>(end)]));
    return true;
  }
  if (end != ')') return false;
  // The group's alternatives: plain characters and bars only.
  std::size_t open = body.size() - 1;
  while (open > 0 && body[open - 1] != '(') --open;
  if (open == 0 || Escaped(body, open - 1)) return false;
  std::string_view alternatives = body.substr(open, body.size() - 1 - open);
  if (alternatives.rfind("?:", 0) == 0) alternatives.remove_prefix(2);
  if (alternatives.empty()) return false;
  std::string tail;
  for (std::size_t i = 0; i < alternatives.size(); ++i) {
    const char c = alternatives[i];
    if (c == '|') continue;
    if (!IsPlainAscii(c)) return false;
    tail.push_back(static_cast<char>(kFold[static_cast<unsigned char>(c)]));
    if (i + 1 == alternatives.size() || alternatives[i + 1] == '|') {  // an alternative's end
      if (IsRe2Space(static_cast<unsigned char>(c))) return false;
      AddLastChar(static_cast<unsigned char>(c), last);
      tails->push_back(std::move(tail));
      tail.clear();
    }
  }
  // An empty alternative ("(a|)", "(|a)", "(a||b)") ends a match anywhere.
  if (alternatives.front() == '|' || alternatives.back() == '|' ||
      alternatives.find("||") != std::string_view::npos) {
    return false;
  }
  return true;
}

std::string Alternation(const std::vector<std::string>& patterns) {
  std::string combined;
  for (const std::string& p : patterns) {
    if (!combined.empty()) combined += '|';
    combined += "(?:" + p + ")";
  }
  return combined;
}

// RE2::PartialMatch without its argument handling (no captures asked).
bool Found(const RE2& re, std::string_view text) {
  return re.Match(re2::StringPiece(text.data(), text.size()), 0, text.size(), RE2::UNANCHORED,
                  nullptr, 0);
}

// `what` names the pattern in the message if it does not compile.
std::unique_ptr<RE2> Compile(const std::string& pattern, std::string_view what) {
  auto re = std::make_unique<RE2>(pattern.empty() ? kMatchesNothing : pattern, PatternOptions());
  if (!re->ok()) throw Error("internal: " + std::string(what) + ": " + re->error());
  return re;
}

}  // namespace

PatternPrefilter::~PatternPrefilter() = default;

PatternPrefilter::PatternPrefilter(const std::vector<std::string>& patterns) {
  all_patterns_ = Alternation(patterns);

  // Atoms of the patterns they can be trusted for.  FilteredRE2 compiles
  // each pattern it is given: that RE2 is the pattern's single one too.
  filter_ = std::make_unique<re2::FilteredRE2>(kGramBytes);
  re2::FilteredRE2& filter = *filter_;
  std::vector<std::uint32_t>& filter_ids = filter_ids_;  // FilteredRE2 id -> pattern
  std::vector<bool> needs_run(patterns.size(), true);
  singles_.assign(patterns.size(), nullptr);
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    int id = 0;
    if (AtomsTrusted(patterns[i]) &&
        filter.Add(patterns[i], PatternOptions(), &id) == RE2::NoError) {
      filter_ids.push_back(static_cast<std::uint32_t>(i));
      singles_[i] = &filter.GetRE2(id);
    } else {
      owned_singles_.push_back(Compile(patterns[i], "bad pattern " + patterns[i]));
      singles_[i] = owned_singles_.back().get();
    }
  }
  if (!filter_ids.empty()) {
    std::vector<std::string> atoms;
    filter.Compile(&atoms);
    use_atoms_ = std::all_of(atoms.begin(), atoms.end(),
                             [](const std::string& a) { return a.size() >= kGramBytes; });
    if (use_atoms_) {
      for (std::size_t id = 0; id < filter_ids.size(); ++id) needs_run[filter_ids[id]] = false;
      std::vector<int> unfiltered;  // patterns no atom stands for
      filter.AllPotentials({}, &unfiltered);
      for (int id : unfiltered) needs_run[filter_ids[static_cast<std::size_t>(id)]] = true;
      // With atoms of at least L bytes, looking at every (L - 3)th place
      // finds each atom by one of its first L - 3 grams.
      std::size_t shortest = atoms.empty() ? kGramBytes : atoms.front().size();
      for (const std::string& a : atoms) shortest = std::min(shortest, a.size());
      step_ = shortest + 1 - kGramBytes;
      gram_seen_.assign(std::size_t{1} << kGramBitsLog2, 0);
      atom_texts_ = std::move(atoms);
      for (std::size_t a = 0; a < atom_texts_.size(); ++a) {
        for (std::size_t offset = 0; offset < step_; ++offset) {
          const std::uint32_t gram = GramAt(atom_texts_[a].data() + offset);
          atoms_.push_back(Atom{gram, static_cast<std::uint32_t>(offset),
                                static_cast<std::uint32_t>(a)});
        }
      }
      std::sort(atoms_.begin(), atoms_.end(), AtomBefore);
      // Each set entry leads to its first atom (from the last: the first
      // one written stays).
      for (std::size_t k = atoms_.size(); k-- > 0;) {
        gram_seen_[GramIndex(atoms_[k].gram)] =
            static_cast<std::uint8_t>(std::min<std::size_t>(k + 1, kSearchAtoms));
      }
      atom_patterns_ = filter_ids.size() - unfiltered.size();
    }
  }

  // The patterns that must run: by a literal prefix, anchored at the end,
  // or as they are.
  by_atoms_.assign(patterns.size(), false);
  for (std::size_t i = 0; i < patterns.size(); ++i) by_atoms_[i] = !needs_run[i];
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    if (!needs_run[i]) continue;
    Prefix prefix;
    prefix.pattern = static_cast<std::uint32_t>(i);
    std::string_view body;
    if (LiteralPrefix(patterns[i], &prefix.lower, &prefix.non_ascii)) {
      prefixes_.push_back(std::move(prefix));
    } else if (EndAnchoredBody(patterns[i], &body)) {
      EndPattern end;
      end.pattern = static_cast<std::uint32_t>(i);
      std::bitset<256> last;
      end.tails_known = LastBytes(body, &end.after_space, &last, &end.tails);
      if (!end.tails_known) {
        end_tail_known_ = false;
      } else {
        (end.after_space ? last_after_space_ : last_bytes_) |= last;
      }
      end_patterns_.push_back(std::move(end));
    } else {
      other_patterns_.push_back(static_cast<std::uint32_t>(i));
    }
  }
  end_anchored_count_ = end_patterns_.size();
  other_count_ = other_patterns_.size();
}

bool PatternPrefilter::AtomBefore(const Atom& a, const Atom& b) {
  const std::uint32_t ia = GramIndex(a.gram), ib = GramIndex(b.gram);
  return ia != ib ? ia < ib : a.gram < b.gram;
}

void PatternPrefilter::AtomsAt(std::string_view text, std::size_t at,
                               std::vector<int>* found) const {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  const std::uint32_t gram = GramAt(text.data() + at);
  const std::uint32_t index = GramIndex(gram);
  const std::uint8_t entry = gram_seen_[index];
  auto it = entry < kSearchAtoms
                ? atoms_.begin() + (entry - 1)
                : std::lower_bound(atoms_.begin(), atoms_.end(), Atom{gram, 0, 0}, AtomBefore);
  for (; it != atoms_.end() && GramIndex(it->gram) == index; ++it) {
    if (it->gram != gram || it->offset > at) continue;
    const std::size_t begin = at - it->offset;
    const std::string& a = atom_texts_[it->atom];
    if (a.size() > n - begin) continue;
    std::size_t k = 0;
    while (k < a.size() && kFold[s[begin + k]] == static_cast<unsigned char>(a[k])) ++k;
    if (k == a.size()) found->push_back(static_cast<int>(it->atom));
  }
}

void PatternPrefilter::AtomCandidates(std::string_view text,
                                      std::vector<std::uint32_t>* out) const {
  // Every occurrence of an atom starts at most step_ - 1 bytes before a
  // place looked at, whose gram is then one of the atom's first step_.
  thread_local std::vector<int> found, potentials;
  found.clear();
  if (text.size() >= kGramBytes) {
    const char* s = text.data();
    const std::uint8_t* seen = gram_seen_.data();
    const std::size_t last = text.size() - kGramBytes, step = step_;
    const auto bit_at = [&](std::size_t at) { return seen[GramIndex(GramAt(s + at))]; };
    std::size_t at = 0;
    // Four places per test: most groups have no gram of an atom, and are
    // passed with one branch.
    for (; at + 3 * step <= last; at += 4 * step) {
      if ((bit_at(at) | bit_at(at + step) | bit_at(at + 2 * step) | bit_at(at + 3 * step)) == 0) {
        continue;
      }
      for (std::size_t k = 0; k < 4; ++k) {
        if (bit_at(at + k * step) != 0) AtomsAt(text, at + k * step, &found);
      }
    }
    for (; at <= last; at += step) {
      if (bit_at(at) != 0) AtomsAt(text, at, &found);
    }
  }
  if (found.empty()) return;
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  filter_->AllPotentials(found, &potentials);
  for (int id : potentials) {
    const std::uint32_t i = filter_ids_[static_cast<std::size_t>(id)];
    if (by_atoms_[i]) out->push_back(i);  // the others are asked below
  }
}

void PatternPrefilter::Candidates(std::string_view text, std::vector<std::uint32_t>* out) const {
  out->clear();
  if (HasNonAscii(text) && FoldsToAscii(text)) {
    // Letters the folding here misses: every pattern.
    for (std::uint32_t i = 0; i < singles_.size(); ++i) out->push_back(i);
    return;
  }
  if (use_atoms_) AtomCandidates(text, out);
  for (const Prefix& p : prefixes_) {
    if (StartsWith(p, text)) out->push_back(p.pattern);
  }
  if (!end_patterns_.empty() && MayEndMatch(text)) {
    for (const EndPattern& end : end_patterns_) {
      if (EndsWithTail(end, text)) out->push_back(end.pattern);
    }
  }
  out->insert(out->end(), other_patterns_.begin(), other_patterns_.end());
}

bool PatternPrefilter::MatchesPattern(std::uint32_t i, std::string_view text) const {
  return Found(*singles_[i], text);
}

bool PatternPrefilter::FoldsToAscii(std::string_view text) {
  // Two searches that skip to each lead byte with memchr: most texts with
  // non-ASCII bytes hold them only in a few typographic quotes and dashes
  // (E2 80 ..), not at every byte.
  return text.find("\xC5\xBF") != std::string_view::npos ||
         text.find("\xE2\x84\xAA") != std::string_view::npos;
}

bool PatternPrefilter::StartsWith(const Prefix& p, std::string_view text) {
  if (p.non_ascii) return !text.empty() && static_cast<unsigned char>(text[0]) >= 0x80;
  if (text.size() < p.lower.size()) return false;
  std::size_t k = 0;
  while (k < p.lower.size() &&
         kFold[static_cast<unsigned char>(text[k])] == static_cast<unsigned char>(p.lower[k])) {
    ++k;
  }
  return k == p.lower.size();
}

bool PatternPrefilter::Matches(std::string_view text) const {
  thread_local std::vector<std::uint32_t> candidates;
  Candidates(text, &candidates);
  for (std::uint32_t i : candidates) {
    if (MatchesPattern(i, text)) return true;
  }
  return false;
}

bool PatternPrefilter::EndsWithTail(const EndPattern& end, std::string_view text) {
  if (!end.tails_known) return true;
  std::size_t n = text.size();
  if (end.after_space) {
    while (n > 0 && IsRe2Space(static_cast<unsigned char>(text[n - 1]))) --n;
  }
  if (n == 0) return false;  // every tail has a character
  const unsigned char last = kFold[static_cast<unsigned char>(text[n - 1])];
  for (const std::string& tail : end.tails) {
    // Most tails end with another letter than the text: turned away first.
    if (static_cast<unsigned char>(tail.back()) != last || tail.size() > n) continue;
    const std::size_t begin = n - tail.size();
    std::size_t k = 0;
    while (k < tail.size() &&
           kFold[static_cast<unsigned char>(text[begin + k])] ==
               static_cast<unsigned char>(tail[k])) {
      ++k;
    }
    if (k == tail.size()) return true;
  }
  return false;
}

bool PatternPrefilter::MayEndMatch(std::string_view text) const {
  if (!end_tail_known_) return true;
  if (text.empty()) return false;  // every end-anchored pattern ends with a character
  if (last_bytes_.test(static_cast<unsigned char>(text.back()))) return true;
  std::size_t n = text.size();
  while (n > 0 && IsRe2Space(static_cast<unsigned char>(text[n - 1]))) --n;
  return n > 0 && last_after_space_.test(static_cast<unsigned char>(text[n - 1]));
}

bool PatternPrefilter::MatchesSlowly(std::string_view text) const {
  std::call_once(all_once_, [&] { all_ = Compile(all_patterns_, "patterns do not combine"); });
  return Found(*all_, text);
}

}  // namespace quotegraph
