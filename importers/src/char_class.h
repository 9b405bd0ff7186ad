// Character classes used by the segmentation stages (internal header).

#ifndef QUOTEGRAPH_IMPORTERS_SRC_CHAR_CLASS_H_
#define QUOTEGRAPH_IMPORTERS_SRC_CHAR_CLASS_H_

#include <string_view>

namespace quotegraph {

// Non-ASCII cases (Unicode categories); the inline functions below answer
// ASCII themselves, which is most of the text.
bool IsLetterBeyondAscii(char32_t c);
bool IsUpperBeyondAscii(char32_t c);
bool IsDigitBeyondAscii(char32_t c);
bool IsSpaceBeyondAscii(char32_t c);

inline bool IsLetter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return IsLetterBeyondAscii(c);
}
inline bool IsUpper(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  return IsUpperBeyondAscii(c);
}
inline bool IsDigit(char32_t c) {
  if (c < 0x80) return c >= '0' && c <= '9';
  return IsDigitBeyondAscii(c);
}
// Per byte value: 1 for ASCII letters and digits.
struct AsciiLetterOrDigitTable {
  unsigned char is[256] = {};
  constexpr AsciiLetterOrDigitTable() {
    for (int c = 0; c < 256; ++c) {
      is[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
  }
};
inline constexpr AsciiLetterOrDigitTable kAsciiLetterOrDigit{};

// An ASCII letter or digit byte (the common case of IsLetter || IsDigit):
// one table load, for the tokenizer's loop over the letters of words.
inline bool IsAsciiLetterOrDigit(char byte) {
  return kAsciiLetterOrDigit.is[static_cast<unsigned char>(byte)] != 0;
}
// Unicode white space, including no-break space.
inline bool IsSpace(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
  return IsSpaceBeyondAscii(c);
}
// ' and ’ (U+2019): apostrophe or single closing quote.
inline bool IsApostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
inline bool IsDoubleQuote(char32_t c) {
  return c == U'"' || c == U'\u201C' || c == U'\u201D' || c == U'\u201E' || c == U'\u00AB' ||
         c == U'\u00BB';
}
inline bool IsSingleQuote(char32_t c) {
  return c == U'\'' || c == U'`' || c == U'\u2018' || c == U'\u2019' || c == U'\u201A';
}
inline bool IsDash(char32_t c) { return c == U'-' || c == U'\u2013' || c == U'\u2014'; }

// True if the first code point of `word` is upper case.
bool StartsUpper(std::string_view word);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_CHAR_CLASS_H_
