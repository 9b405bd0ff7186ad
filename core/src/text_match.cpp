#include "quotegraph/core/text_match.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>

#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

// Appends the Unicode NFKC_Casefold of valid UTF-8 `text` to `out`
// (utf8proc_NFKC_Casefold takes NUL-terminated input; utf8proc_map with the
// same flags takes a length).
void AppendNfkcCasefold(std::string_view text, std::string& out) {
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
      UTF8PROC_IGNORE);
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (n < 0) {  // not reached for repaired input
    out.append(text);
    return;
  }
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  out.append(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
}

// Maps typographic quotes, apostrophes and dashes to their ASCII forms.
char32_t FoldPunctuation(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B:  // ‘ ’ ‚ ‛
    case 0x2032: case 0x2035: case 0x02BC:               // ′ ‵ ʼ
      return U'\'';
    case 0x201C: case 0x201D: case 0x201E: case 0x201F:  // “ ” „ ‟
    case 0x00AB: case 0x00BB: case 0x2033: case 0x2036:  // « » ″ ‶
    case 0x301D: case 0x301E: case 0x301F:               // 〝 〞 〟
      return U'"';
    case 0x2212:  // − minus sign
      return U'-';
    default:
      break;
  }
  if (utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_PD) {
    return U'-';
  }
  return cp;
}

enum class CharClass { kWord, kMark, kApostrophe, kOther };

CharClass Classify(char32_t cp) {
  if (cp < 0x80) {  // ASCII: no marks; letters and digits are words
    if (cp == U'\'') return CharClass::kApostrophe;
    const bool word = (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') ||
                      (cp >= U'0' && cp <= U'9');
    return word ? CharClass::kWord : CharClass::kOther;
  }
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return CharClass::kWord;
  if (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) return CharClass::kWord;
  if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) return CharClass::kMark;
  return CharClass::kOther;
}

// Classify for ASCII characters, by byte.
struct AsciiClasses {
  CharClass of[128];
  constexpr AsciiClasses() : of() {
    for (int c = 0; c < 128; ++c) {
      const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      of[c] = c == '\'' ? CharClass::kApostrophe : word ? CharClass::kWord : CharClass::kOther;
    }
  }
};
constexpr AsciiClasses kAscii;

// For every byte: whether it is an ASCII letter or digit.
struct AsciiWordBytes {
  bool of[256];
  constexpr AsciiWordBytes() : of() {
    for (int c = 0; c < 128; ++c) of[c] = kAscii.of[c] == CharClass::kWord;
  }
};
constexpr AsciiWordBytes kAsciiWord;

// The words of text that FoldForMatch already folded, as views into it.
// Every word is one run of the folded text: letters, digits and marks, and
// an apostrophe only between two of them.
void SplitFolded(std::string_view folded, std::vector<std::string_view>& words) {
  std::size_t start = 0;     // of the current word
  std::size_t end = 0;       // of the current word; start == end: none
  bool apostrophe = false;   // an apostrophe follows the current word
  auto flush = [&] {
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end = 0;
    apostrophe = false;
  };
  const std::size_t n = folded.size();
  std::size_t i = 0;
  while (i < n) {
    std::size_t length = 1;
    const auto byte = static_cast<unsigned char>(folded[i]);
    CharClass c;
    if (byte < 0x80) {
      c = kAscii.of[byte];
      if (c == CharClass::kWord) {
        // A run of ASCII letters and digits, taken whole.
        if (end <= start) start = i;
        ++i;
        while (i < n && kAsciiWord.of[static_cast<unsigned char>(folded[i])]) ++i;
        end = i;
        apostrophe = false;
        continue;
      }
    } else {
      c = Classify(DecodeAt(folded, i, &length));
    }
    const bool in_word = end > start;
    if (c == CharClass::kWord || (c == CharClass::kMark && in_word && !apostrophe)) {
      if (!in_word) start = i;
      end = i + length;  // an apostrophe before it is inside the run
      apostrophe = false;
    } else if (c == CharClass::kApostrophe && in_word && !apostrophe) {
      apostrophe = true;  // kept only if a letter or digit follows
    } else {
      flush();
    }
    i += length;
  }
  flush();
}

std::vector<std::string> SplitFolded(std::string_view folded) {
  std::vector<std::string_view> views;
  SplitFolded(folded, views);
  return std::vector<std::string>(views.begin(), views.end());
}

// The ASCII character a typographic quote or dash that NFKC_Casefold keeps
// as it is (no decomposition, never composed with a neighbour) folds to,
// or 0 for any other code point.
char SimplePunctuation(char32_t cp) {
  switch (cp) {
    case 0x2018: case 0x2019:  // ‘ ’
      return '\'';
    case 0x201C: case 0x201D:  // “ ”
      return '"';
    case 0x2013: case 0x2014:  // – —
      return '-';
    default:
      return 0;
  }
}

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + ('a' - 'A')) : c; }

// Appends FoldForMatch of valid UTF-8 `text` to `out`, all in one piece.
void AppendFoldedPiece(std::string_view text, std::string& out) {
  // The common case: an ASCII character, then only curly quotes and dashes,
  // which fold to ASCII by FoldPunctuation alone (utf8proc would return
  // them unchanged).
  {
    const std::size_t from = out.size();
    std::size_t i = 0;
    if (!text.empty() && static_cast<unsigned char>(text[0]) < 0x80) out += LowerAscii(text[i++]);
    bool simple = true;
    while (i < text.size()) {
      std::size_t length = 0;
      const char ascii = SimplePunctuation(DecodeAt(text, i, &length));
      if (ascii == 0) {
        simple = false;
        break;
      }
      out += ascii;
      i += length;
    }
    if (simple) return;
    out.resize(from);
  }
  const std::size_t from = out.size();
  AppendNfkcCasefold(text, out);
  std::size_t i = from;
  while (i < out.size()) {
    if (static_cast<unsigned char>(out[i]) < 0x80) {  // ASCII folds to itself
      ++i;
      continue;
    }
    std::size_t length = 0;
    const char32_t cp = DecodeAt(out, i, &length);
    const char32_t mapped = FoldPunctuation(cp);
    if (mapped != cp) {
      std::string ascii;
      AppendUtf8(ascii, mapped);
      out.replace(i, length, ascii);
      length = ascii.size();
    }
    i += length;
  }
}

constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;

// Appends the ASCII text[0, n) to `out`, lower-cased (eight bytes at a
// time: add 0x20 to every byte in 'A'..'Z', SWAR, no carries since every
// byte is below 0x80).
void AppendLowerAscii(const char* text, std::size_t n, std::string& out) {
  const std::size_t from = out.size();
  out.append(text, n);
  char* to = out.data() + from;
  std::size_t i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, to + i, 8);
    const std::uint64_t above_a = word + 0x3F3F3F3F3F3F3F3FULL;  // bit 7 set if >= 'A'
    const std::uint64_t above_z = word + 0x2525252525252525ULL;  // bit 7 set if > 'Z'
    const std::uint64_t upper = above_a & ~above_z & kHighBits;
    word += upper >> 2;
    std::memcpy(to + i, &word, 8);
  }
  for (; i < n; ++i) to[i] = LowerAscii(to[i]);
}

// Where the first non-ASCII byte of text at or after `i` is (text.size()
// if none), eight bytes at a time.
std::size_t NextNonAscii(std::string_view text, std::size_t i) {
  const std::size_t n = text.size();
  for (; i + 8 <= n; i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    if ((word & kHighBits) != 0) break;
  }
  while (i < n && static_cast<unsigned char>(text[i]) < 0x80) ++i;
  return i;
}

// Appends FoldForMatch of valid UTF-8 `text` to `out`.  NFKC_Casefold never
// joins a character with an ASCII character after it (ASCII characters are
// starters and second in no composition), so the text can be folded piece
// by piece, cut before any ASCII character: ASCII characters followed by
// ASCII fold alone (to lower case), and each run of other characters is
// folded with the ASCII character before it, which a combining mark may
// join ("e" + U+0301 is "é").
void AppendFolded(std::string_view text, std::string& out) {
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    const std::size_t other = NextNonAscii(text, i);
    if (other == n) {
      AppendLowerAscii(text.data() + i, n - i, out);
      return;
    }
    // The ASCII character before the run of others (if any) goes with it.
    const std::size_t piece = other > i ? other - 1 : other;
    AppendLowerAscii(text.data() + i, piece - i, out);
    std::size_t j = other;
    while (j < n && static_cast<unsigned char>(text[j]) >= 0x80) ++j;
    AppendFoldedPiece(text.substr(piece, j - piece), out);
    i = j;
  }
}

// Adds one segment of a query: a quoted phrase, or bare words.
void AddSegment(TextQuery& query, std::string_view folded_segment, bool quoted) {
  std::vector<std::string> words = SplitFolded(folded_segment);
  if (words.empty()) return;
  if (quoted) {
    query.terms.push_back(QueryTerm{std::move(words), true});
    return;
  }
  for (std::string& w : words) query.terms.push_back(QueryTerm{{std::move(w)}, false});
}

std::u32string DecodeAll(std::string_view s) {
  const std::string valid = RepairUtf8(s);
  std::u32string out;
  std::size_t i = 0;
  while (i < valid.size()) {
    std::size_t length = 0;
    out += DecodeAt(valid, i, &length);
    i += length;
  }
  return out;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

}  // namespace

std::string FoldForMatch(std::string_view text) {
  std::string out;
  FoldForMatchInto(text, out);
  return out;
}

void FoldForMatchInto(std::string_view text, std::string& out) {
  out.clear();
  out.reserve(text.size());
  if (IsValidUtf8(text)) {
    AppendFolded(text, out);
  } else {
    AppendFolded(RepairUtf8(text), out);
  }
}

std::vector<std::string> MatchWords(std::string_view text) {
  return SplitFolded(FoldForMatch(text));
}

void MatchWordsInto(std::string_view text, std::string& folded,
                    std::vector<std::string_view>& words) {
  FoldForMatchInto(text, folded);
  words.clear();
  SplitFolded(folded, words);
}

std::vector<std::string> TextQuery::Words() const {
  std::vector<std::string> words;
  for (const QueryTerm& t : terms) words.insert(words.end(), t.words.begin(), t.words.end());
  return words;
}

std::string TextQuery::ToString() const {
  std::string out;
  for (const QueryTerm& t : terms) {
    if (!out.empty()) out += ' ';
    out += t.quoted ? "\"" + JoinWords(t.words) + "\"" : JoinWords(t.words);
  }
  return out;
}

TextQuery ParseTextQuery(std::string_view query) {
  const std::string folded = FoldForMatch(query);
  TextQuery parsed;
  bool quoted = false;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= folded.size(); ++i) {
    if (i < folded.size() && folded[i] != '"') continue;
    AddSegment(parsed, std::string_view(folded).substr(start, i - start), quoted);
    quoted = !quoted;
    start = i + 1;
  }
  return parsed;
}

bool ContainsSequence(const std::vector<std::string>& words,
                      const std::vector<std::string>& sequence) {
  return std::search(words.begin(), words.end(), sequence.begin(), sequence.end()) !=
         words.end();
}

MatchQuality MatchQuery(const TextQuery& query, const std::vector<std::string>& text_words) {
  MatchQuality m;
  if (query.empty()) return m;
  for (const QueryTerm& t : query.terms) {
    if (!ContainsSequence(text_words, t.words)) return m;
  }
  const std::vector<std::string> words = query.Words();
  m.matched = true;
  m.phrase = ContainsSequence(text_words, words);
  m.extra_words = text_words.size() > words.size() ? text_words.size() - words.size() : 0;
  return m;
}

MatchQuality MatchText(const TextQuery& query, std::string_view text) {
  return MatchQuery(query, MatchWords(text));
}

bool RanksBefore(const MatchQuality& a, const MatchQuality& b) {
  if (a.matched != b.matched) return a.matched;
  if (a.phrase != b.phrase) return a.phrase;
  return a.extra_words < b.extra_words;
}

std::size_t EditDistance(std::string_view a, std::string_view b) {
  const std::u32string x = DecodeAll(a);
  const std::u32string y = DecodeAll(b);
  std::vector<std::size_t> previous(y.size() + 1);
  std::vector<std::size_t> current(y.size() + 1);
  for (std::size_t j = 0; j <= y.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t substitute = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitute});
    }
    std::swap(previous, current);
  }
  return previous[y.size()];
}

}  // namespace quotegraph
