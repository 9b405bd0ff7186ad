// Stage 3: body paragraphs -> tokens.
//
// Words are runs of letters and digits that keep inner apostrophes
// ("can't"), hyphens ("north-west") and the dots of abbreviations ("U.S.",
// "Mr."); a possessive 's / ’s is split off as its own word token so the
// name before it stays whole.  Every other symbol is one token.  Quote
// marks are classified opening or closing from their neighbours; a straight
// quote with no telling context stays kPunct for the quote finder.
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>

#include "char_class.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/lexicon.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

struct Cursor {
  std::string_view text;
  std::size_t end;  // paragraph end

  // Code point at byte i (0 past the end) and its length.
  char32_t At(std::size_t i, std::size_t* len = nullptr) const {
    std::size_t n = 0;
    if (i >= end) {
      if (len) *len = 0;
      return 0;
    }
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80) {  // ASCII: no decoding
      if (len) *len = 1;
      return byte;
    }
    char32_t c = DecodeAt(text, i, &n);
    if (len) *len = n;
    return c;
  }
  // Code point ending just before byte i (0 at the start).
  char32_t Before(std::size_t i, std::size_t begin) const {
    if (i <= begin) return 0;
    const auto last = static_cast<unsigned char>(text[i - 1]);
    if (last < 0x80) return last;
    std::size_t j = i - 1;
    while (j > begin && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
    std::size_t n = 0;
    return DecodeAt(text, j, &n);
  }
};

bool IsWordChar(char32_t c) { return IsLetter(c) || IsDigit(c); }

// Per byte value: 1 for the ASCII bytes that end a word whatever follows
// them: every ASCII byte but letters, digits and the ' - . / , that
// ScanWord looks past.
struct AsciiWordEndTable {
  unsigned char is[256] = {};
  constexpr AsciiWordEndTable() {
    for (int c = 0; c < 0x80; ++c) {
      const bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      is[c] = !word && c != '\'' && c != '-' && c != '.' && c != '/' && c != ',';
    }
  }
};
inline constexpr AsciiWordEndTable kAsciiWordEnd{};

inline bool EndsAsciiWord(char byte) { return kAsciiWordEnd.is[static_cast<unsigned char>(byte)] != 0; }

// The first byte at or after i that is not an ASCII letter or digit, or
// the paragraph's end.  Sixteen bytes at a time where the text has them
// (the bytes read past the paragraph's end only stop the run sooner; the
// answer is cut to the end), else a byte at a time.
inline std::size_t SkipAsciiLettersAndDigits(const Cursor& cur, std::size_t i) {
#if defined(__SSE2__)
  const char* const text = cur.text.data();
  while (i < cur.end && i + 16 <= cur.text.size()) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text + i));
    // Signed compares: bytes of 0x80 and above are negative, never inside.
    const __m128i folded = _mm_or_si128(bytes, _mm_set1_epi8(0x20));  // A-Z to a-z
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(folded, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(folded, _mm_set1_epi8('z' + 1)));
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(bytes, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(bytes, _mm_set1_epi8('9' + 1)));
    const auto others =
        static_cast<unsigned>(~_mm_movemask_epi8(_mm_or_si128(letter, digit))) & 0xFFFFu;
    if (others != 0) return std::min(i + static_cast<std::size_t>(__builtin_ctz(others)), cur.end);
    i += 16;
  }
  if (i > cur.end) return cur.end;
#endif
  while (i < cur.end && IsAsciiLetterOrDigit(cur.text[i])) ++i;
  return i;
}

// True if the ' - / or , at byte i (i < cur.end) ends the word before it
// whatever that word is: no letter or digit follows it (then ScanWord
// stops before it too).  False for anything else, ScanWord's to tell.
inline bool EndsBeforeMark(const Cursor& cur, std::size_t i) {
  const char c = cur.text[i];
  if (c != ',' && c != '-' && c != '/' && c != '\'') return false;
  if (i + 1 >= cur.end) return true;
  const auto next = static_cast<unsigned char>(cur.text[i + 1]);
  return next < 0x80 && !IsAsciiLetterOrDigit(static_cast<char>(next));
}

// Byte length of the word starting at i (out of line: the tokenizer's
// loop answers most words itself).
[[gnu::noinline]] std::size_t ScanWord(const Cursor& cur, std::size_t i, const Lexicon& lex) {
  const std::size_t start = i;
  std::size_t n = 0;
  while (true) {
    // ASCII letters and digits, most of a word.
    i = SkipAsciiLettersAndDigits(cur, i);
    // Space and most ASCII symbols end a word with nothing more to look at.
    if (i < cur.end && EndsAsciiWord(cur.text[i])) break;
    char32_t c = cur.At(i, &n);
    if (n == 0) break;
    if (IsWordChar(c)) {
      i += n;
      continue;
    }
    std::size_t m = 0;
    const char32_t next = cur.At(i + n, &m);
    if (IsApostrophe(c) && IsLetter(next)) {
      // Possessive 's ends the word (the 's becomes its own token).
      std::size_t k = 0;
      const char32_t after = cur.At(i + n + m, &k);
      if ((next == U's' || next == U'S') && !IsWordChar(after)) break;
      i += n;
      continue;
    }
    if ((c == U'-' || c == U'.' || c == U'/' || c == U',') && IsWordChar(next)) {
      // Inner hyphen; "U.S" style dots; 1,000 and 3.5 (digit on both sides).
      const char32_t prev = cur.Before(i, start);
      const bool digits = IsDigit(prev) && IsDigit(next);
      if (c == U'-' || digits || (c == U'.' && IsUpper(next) && IsUpper(prev) &&
                                  i - start <= 3)) {
        i += n;
        continue;
      }
      if (c == U'/' && digits) {
        i += n;
        continue;
      }
    }
    if (c == U'.') {
      // A trailing dot belongs to an abbreviation or an initial ("J.").
      std::string_view with_dot = cur.text.substr(start, i + 1 - start);
      const bool initial = i - start == 1 && IsUpper(cur.At(start));
      const bool dotted = with_dot.find('.') < with_dot.size() - 1;  // U.S.
      if (lex.IsAbbreviation(with_dot) || initial || dotted) i += 1;
    }
    break;
  }
  return i - start;
}

TokenKind ClassifyQuote(const Cursor& cur, std::size_t i, std::size_t len,
                        std::size_t para_begin) {
  const char32_t c = cur.At(i);
  if (c == U'\u201C') {
    // ""It's unusual,\u201C said X": an opening mark typed where a closing
    // one belongs, right after the quote's last punctuation and before a
    // space, closes the quote.
    const char32_t before = cur.Before(i, para_begin);
    std::size_t n = 0;
    const char32_t after = cur.At(i + len, &n);
    const bool ends_quote = before == U',' || before == U'.' || before == U'?' || before == U'!';
    if (ends_quote && (after == 0 || IsSpace(after))) return TokenKind::kCloseQuote;
    return TokenKind::kOpenQuote;
  }
  if (c == U'\u2018' || c == U'\u201E' || c == U'\u00AB' || c == U'\u201A') {
    return TokenKind::kOpenQuote;
  }
  if (c == U'\u201D' || c == U'\u00BB') return TokenKind::kCloseQuote;
  const char32_t before = cur.Before(i, para_begin);
  std::size_t n = 0;
  const char32_t after = cur.At(i + len, &n);
  const bool space_before = before == 0 || IsSpace(before) || before == U'(' ||
                            before == U'[' || IsDash(before) || before == U'\u201C';
  const bool space_after = after == 0 || IsSpace(after) || after == U')' || after == U']' ||
                           after == U',' || after == U'.' || after == U';' || after == U':' ||
                           after == U'?' || after == U'!' || IsDash(after);
  if (space_before && !space_after) return TokenKind::kOpenQuote;
  if (!space_before && space_after) return TokenKind::kCloseQuote;
  return TokenKind::kPunct;
}

// What an ASCII byte starting a token is: the classes the tokenizer's
// loop tells apart before decoding anything.
enum class StartClass : unsigned char {
  kOther,   // non-ASCII, or an ASCII mark that needs the general tests (' " `)
  kSpace,   // ASCII white space
  kLower,   // a-z
  kUpper,   // A-Z
  kDigit,   // 0-9
  kPunct,   // any other ASCII byte: a one-byte punctuation token
};
struct StartClassTable {
  StartClass of[256] = {};
  constexpr StartClassTable() {
    for (int c = 0; c < 0x80; ++c) {
      StartClass k = StartClass::kPunct;
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
        k = StartClass::kSpace;
      } else if (c >= 'a' && c <= 'z') {
        k = StartClass::kLower;
      } else if (c >= 'A' && c <= 'Z') {
        k = StartClass::kUpper;
      } else if (c >= '0' && c <= '9') {
        k = StartClass::kDigit;
      } else if (c == '\'' || c == '"' || c == '`') {
        k = StartClass::kOther;  // apostrophe or quote mark
      }
      of[c] = k;
    }
  }
};
inline constexpr StartClassTable kStartClass{};

}  // namespace

void Tokenize(Document& doc) {
  const Lexicon& lex = Lexicon::Get();
  doc.tokens.reserve(doc.text.size() / 5);
  for (std::uint32_t p = 0; p < doc.paragraphs.size(); ++p) {
    const Paragraph& para = doc.paragraphs[p];
    if (para.role != ParagraphRole::kBody) continue;
    const Cursor cur{doc.text, para.span.end};
    std::size_t i = para.span.begin;
    while (i < para.span.end) {
      // ASCII bytes (most of the text) are told apart by one table load:
      // white space, a word or number, a one-byte mark; the general tests
      // below give them the same tokens.
      switch (kStartClass.of[static_cast<unsigned char>(doc.text[i])]) {
        case StartClass::kSpace:
          ++i;
          continue;
        case StartClass::kLower:
        case StartClass::kUpper:
        case StartClass::kDigit: {
          const StartClass k = kStartClass.of[static_cast<unsigned char>(doc.text[i])];
          // Most words are ASCII letters and digits up to a space or a mark
          // that ends them whatever follows (ScanWord's first step, inline);
          // the others go through ScanWord.
          const std::size_t stop = SkipAsciiLettersAndDigits(cur, i);
          const std::size_t len =
              stop == para.span.end || EndsAsciiWord(doc.text[stop]) || EndsBeforeMark(cur, stop)
                  ? stop - i
                  : ScanWord(cur, i, lex);
          Token& tok = doc.tokens.emplace_back();
          tok.paragraph = p;
          tok.kind = k == StartClass::kDigit ? TokenKind::kNumber : TokenKind::kWord;
          if (k == StartClass::kUpper) tok.flags = kCapitalized;
          tok.span = ByteSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)};
          i += len;
          // Most words are followed by one space: stepped over here.
          if (i < para.span.end && doc.text[i] == ' ') ++i;
          continue;
        }
        case StartClass::kPunct: {
          Token& tok = doc.tokens.emplace_back();
          tok.paragraph = p;
          tok.kind = TokenKind::kPunct;
          tok.span = ByteSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
          ++i;
          continue;
        }
        case StartClass::kOther:
          break;
      }
      std::size_t len = 0;
      const char32_t c = cur.At(i, &len);
      if (IsSpace(c)) {
        i += len;
        continue;
      }
      Token tok;
      tok.paragraph = p;
      if (IsWordChar(c)) {
        len = ScanWord(cur, i, lex);
        tok.kind = IsDigit(c) ? TokenKind::kNumber : TokenKind::kWord;
        if (IsUpper(c)) tok.flags |= kCapitalized;
      } else if (IsApostrophe(c) && (cur.At(i + len) == U's' || cur.At(i + len) == U'S') &&
                 IsWordChar(cur.Before(i, para.span.begin)) &&
                 !IsWordChar(cur.At(i + len + 1))) {
        len += 1;  // possessive 's
        tok.kind = TokenKind::kWord;
      } else if (IsDoubleQuote(c) || IsSingleQuote(c)) {
        // Two single marks ('' or ``) written for one double mark.
        if ((c == U'\'' && cur.At(i + 1) == U'\'') || (c == U'`' && cur.At(i + 1) == U'`')) {
          len = 2;
        }
        tok.kind = ClassifyQuote(cur, i, len, para.span.begin);
        // An apostrophe inside or closing a word ("officials'") is not a
        // quote opener.
        if (c == U'\u2019' && tok.kind == TokenKind::kOpenQuote) tok.kind = TokenKind::kPunct;
      } else {
        tok.kind = TokenKind::kPunct;
      }
      tok.span = ByteSpan{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + len)};
      doc.tokens.push_back(tok);
      i += len;
    }
  }
}

}  // namespace quotegraph
