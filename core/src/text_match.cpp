#include "quotegraph/core/text_match.h"

#include <algorithm>
#include <cstdlib>
#include <memory>

#include <utf8proc.h>

#include "quotegraph/core/utf8.h"

namespace quotegraph {
namespace {

// Unicode NFKC_Casefold of valid UTF-8 `text` (utf8proc_NFKC_Casefold takes
// NUL-terminated input; utf8proc_map with the same flags takes a length).
std::string NfkcCasefold(std::string_view text) {
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
      UTF8PROC_IGNORE);
  utf8proc_uint8_t* folded = nullptr;
  const utf8proc_ssize_t n =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                   static_cast<utf8proc_ssize_t>(text.size()), &folded, options);
  if (n < 0) return std::string(text);  // not reached for repaired input
  std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
  return std::string(reinterpret_cast<const char*>(folded), static_cast<std::size_t>(n));
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
  if (cp == U'\'') return CharClass::kApostrophe;
  const utf8proc_category_t cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
  if (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) return CharClass::kWord;
  if (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO) return CharClass::kWord;
  if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) return CharClass::kMark;
  return CharClass::kOther;
}

// Accumulates the words of a folded text, one code point at a time.
class WordSplitter {
 public:
  void Add(char32_t cp, std::string_view bytes) {
    const CharClass c = Classify(cp);
    const bool continues = c == CharClass::kWord ||
                           (c == CharClass::kMark && !current_.empty() && !apostrophe_);
    if (continues) {
      if (apostrophe_) current_ += '\'';
      apostrophe_ = false;
      current_.append(bytes.data(), bytes.size());
    } else if (c == CharClass::kApostrophe && !current_.empty() && !apostrophe_) {
      apostrophe_ = true;  // kept only if a letter or digit follows
    } else {
      Flush();
    }
  }

  std::vector<std::string> Finish() {
    Flush();
    return std::move(words_);
  }

 private:
  void Flush() {
    if (!current_.empty()) words_.push_back(std::move(current_));
    current_.clear();
    apostrophe_ = false;
  }

  std::vector<std::string> words_;
  std::string current_;
  bool apostrophe_ = false;
};

// Words of text that FoldForMatch already folded.
std::vector<std::string> SplitFolded(std::string_view folded) {
  WordSplitter splitter;
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t length = 0;
    const char32_t cp = DecodeAt(folded, i, &length);
    splitter.Add(cp, folded.substr(i, length));
    i += length;
  }
  return splitter.Finish();
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
  const std::string folded = NfkcCasefold(RepairUtf8(text));
  std::string out;
  out.reserve(folded.size());
  std::size_t i = 0;
  while (i < folded.size()) {
    std::size_t length = 0;
    const char32_t cp = DecodeAt(folded, i, &length);
    const char32_t mapped = FoldPunctuation(cp);
    if (mapped == cp) {
      out.append(folded, i, length);
    } else {
      AppendUtf8(out, mapped);
    }
    i += length;
  }
  return out;
}

std::vector<std::string> MatchWords(std::string_view text) {
  return SplitFolded(FoldForMatch(text));
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
