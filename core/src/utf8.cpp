#include "quotegraph/core/utf8.h"

#include <cstring>

namespace quotegraph {
namespace {

// Length of the well-formed sequence starting at s[i], or 0 if ill-formed.
// Follows Table 3-7 of the Unicode standard (well-formed byte sequences).
std::size_t WellFormedLength(std::string_view s, std::size_t i) {
  const auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  const std::size_t left = s.size() - i;
  const unsigned char c = b(0);
  if (c < 0x80) return 1;
  auto cont = [&](std::size_t k, unsigned char lo = 0x80, unsigned char hi = 0xBF) {
    return k < left && b(k) >= lo && b(k) <= hi;
  };
  if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
  if (c == 0xE0) return cont(1, 0xA0, 0xBF) && cont(2) ? 3 : 0;
  if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) return cont(1) && cont(2) ? 3 : 0;
  if (c == 0xED) return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0;
  if (c == 0xF0) return cont(1, 0x90, 0xBF) && cont(2) && cont(3) ? 4 : 0;
  if (c >= 0xF1 && c <= 0xF3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (c == 0xF4) return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

// How many bytes of an ill-formed sequence at s[i] form one "maximal
// subpart" (replaced by a single U+FFFD).
std::size_t MaximalSubpart(std::string_view s, std::size_t i) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t expect = 0;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) expect = 2;
  else if (c == 0xE0) { expect = 3; lo = 0xA0; }
  else if ((c >= 0xE1 && c <= 0xEC) || c == 0xEE || c == 0xEF) expect = 3;
  else if (c == 0xED) { expect = 3; hi = 0x9F; }
  else if (c == 0xF0) { expect = 4; lo = 0x90; }
  else if (c >= 0xF1 && c <= 0xF3) expect = 4;
  else if (c == 0xF4) { expect = 4; hi = 0x8F; }
  else return 1;
  std::size_t n = 1;
  while (n < expect && i + n < s.size()) {
    const auto d = static_cast<unsigned char>(s[i + n]);
    if (d < lo || d > hi) break;
    lo = 0x80;
    hi = 0xBF;
    ++n;
  }
  return n;
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Eight ASCII bytes at a time.
    if (i + 8 <= s.size()) {
      std::uint64_t word;
      std::memcpy(&word, s.data() + i, 8);
      if ((word & 0x8080808080808080ULL) == 0) {
        i += 8;
        continue;
      }
    }
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    const std::size_t n = WellFormedLength(s, i);
    if (n == 0) return false;
    i += n;
  }
  return true;
}

std::string RepairUtf8(std::string_view s, std::size_t* first_bad) {
  if (first_bad) *first_bad = std::string::npos;
  if (IsValidUtf8(s)) return std::string(s);  // the common case: one copy
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t n = WellFormedLength(s, i);
    if (n > 0) {
      out.append(s.data() + i, n);
      i += n;
      continue;
    }
    if (first_bad && *first_bad == std::string::npos) *first_bad = i;
    out += "\xEF\xBF\xBD";
    i += MaximalSubpart(s, i);
  }
  return out;
}

std::size_t CountCodePoints(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
  }
  return n;
}

OffsetMap::OffsetMap(std::string_view text) {
  // Byte i belongs to code point (lead bytes in [1, i]); byte_of_cp_ lists
  // the lead bytes.  Both maps are sized once (byte_of_cp_ for the most
  // code points there can be, cut to size at the end) and written through
  // pointers: a run of ASCII bytes (each its own code point, most of a
  // text) as two counting sequences, in a loop the compiler vectorises;
  // the bytes of other code points one by one.
  const std::size_t n = text.size();
  cp_of_byte_.resize(n + 1);
  byte_of_cp_.resize(n + 1);
  std::uint32_t* const cp_of = cp_of_byte_.data();
  std::uint32_t* const byte_of = byte_of_cp_.data();
  auto is_lead = [&](std::size_t i) {
    return (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  const std::uint32_t first_lead = n > 0 && is_lead(0) ? 1 : 0;
  std::uint32_t leads = 0;  // lead bytes in [0, i)
  std::size_t i = 0;
  while (i < n) {
    std::size_t run = i;  // end of the ASCII run starting at i
    std::uint64_t block = 0;
    while (run + 8 <= n && (std::memcpy(&block, text.data() + run, 8),
                            (block & 0x8080808080808080ULL) == 0)) {
      run += 8;
    }
    while (run < n && static_cast<unsigned char>(text[run]) < 0x80) ++run;
    if (run > i) {
      const auto count = static_cast<std::uint32_t>(run - i);
      const std::uint32_t cp = leads + 1 - first_lead;
      const auto byte = static_cast<std::uint32_t>(i);
      std::uint32_t* const cps = cp_of + i;
      std::uint32_t* const bytes = byte_of + leads;
      for (std::uint32_t k = 0; k < count; ++k) {
        cps[k] = cp + k;
        bytes[k] = byte + k;
      }
      leads += count;
      i = run;
      continue;
    }
    if (is_lead(i)) byte_of[leads++] = static_cast<std::uint32_t>(i);
    cp_of[i] = leads - first_lead;
    ++i;
  }
  cp_of[n] = leads;
  byte_of[leads] = static_cast<std::uint32_t>(n);
  byte_of_cp_.resize(leads + 1);
}

char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length) {
  const auto c = static_cast<unsigned char>(s[i]);
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  if (i + n > s.size()) n = s.size() - i;
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  if (length) *length = n;
  return cp;
}

void AppendUtf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

}  // namespace quotegraph
