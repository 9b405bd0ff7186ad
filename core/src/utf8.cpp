#include "quotegraph/core/utf8.h"

#include <algorithm>
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

OffsetMap::OffsetMap(std::string_view text) : bytes_(text.size()) {
  const std::size_t n = text.size();
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  first_is_lead_ = n == 0 || (bytes[0] & 0xC0) != 0x80;
  constexpr std::uint64_t kHighBits = 0x8080808080808080ULL;
  // An ASCII text needs no masks (eight bytes at a time).
  std::size_t first_high = 0;
  for (std::uint64_t word = 0; first_high + 8 <= n; first_high += 8) {
    std::memcpy(&word, bytes + first_high, 8);
    if (word & kHighBits) break;
  }
  while (first_high < n && bytes[first_high] < 0x80) ++first_high;
  if (first_high == n) return;
  const std::size_t blocks = n / 64 + 1;
  masks_.assign(blocks, 0);
  counts_.resize(blocks);
  std::uint32_t count = 0;
  for (std::size_t block = 0; block < blocks; ++block) {
    const std::size_t begin = block * 64;
    const std::size_t end = std::min(n, begin + 64);
    std::uint64_t mask = 0;
    if (end > first_high) {
      std::size_t i = begin;
      for (std::uint64_t word = 0; i + 8 <= end; i += 8) {
        std::memcpy(&word, bytes + i, 8);
        // Bit 7 of each byte that is 10xxxxxx (bit 7 set, bit 6 clear).
        std::uint64_t continuation_bits = word & ~(word << 1) & kHighBits;
        while (continuation_bits != 0) {
          const int bit = __builtin_ctzll(continuation_bits);
          mask |= std::uint64_t{1} << (i - begin + static_cast<std::size_t>(bit) / 8);
          continuation_bits &= continuation_bits - 1;
        }
      }
      for (; i < end; ++i) {
        if ((bytes[i] & 0xC0) == 0x80) mask |= std::uint64_t{1} << (i - begin);
      }
    }
    masks_[block] = mask;
    counts_[block] = count;
    count += static_cast<std::uint32_t>(BitCount(mask));
  }
  continuations_ = count;
}

std::size_t OffsetMap::ToByte(std::int64_t cp) const {
  if (masks_.empty()) return static_cast<std::size_t>(cp);
  // Code point c starts at the first byte b with c + 1 lead bytes in
  // [0, b] (the c-th lead byte, counting from 0); the text's size if there
  // is none.
  const auto wanted = static_cast<std::size_t>(cp) + 1;
  std::size_t lo = 0, hi = bytes_;
  while (lo < hi) {
    const std::size_t mid = lo + (hi - lo) / 2;
    if (mid + 1 - ContinuationsThrough(mid) >= wanted) {
      hi = mid;
    } else {
      lo = mid + 1;
    }
  }
  return lo;
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
