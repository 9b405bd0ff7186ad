// TextHash: a fast 64-bit hash of a byte string, eight bytes at a time.
//
//   std::uint64_t h = TextHash("Ada Wren");
//
// For hash tables only (claim words, graph ids, entity indexes): it is not
// stable across versions and nothing written depends on its values.  The
// last 0-7 bytes are read as one little-endian word, four, two and one at
// a time, so no byte past the end is touched.
#ifndef QUOTEGRAPH_CORE_TEXT_HASH_H_
#define QUOTEGRAPH_CORE_TEXT_HASH_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace quotegraph {

// Inlined everywhere: it runs once per word and per id on hot paths.
inline __attribute__((always_inline)) std::uint64_t TextHash(std::string_view s) {
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  std::uint64_t h = s.size() * kMul;
  const char* p = s.data();
  std::size_t n = s.size();
  for (; n >= 8; p += 8, n -= 8) {
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    h = (h ^ w) * kMul;
    h ^= h >> 29;
  }
  // The last 0-7 bytes as one little-endian word, read four, two and one
  // at a time (the same word a byte loop would make).
  std::uint64_t w = 0;
  int shift = 0;
  if (n & 4) {
    std::uint32_t four;
    std::memcpy(&four, p, 4);
    w = four;
    p += 4;
    shift = 32;
  }
  if (n & 2) {
    std::uint16_t two;
    std::memcpy(&two, p, 2);
    w |= std::uint64_t{two} << shift;
    p += 2;
    shift += 16;
  }
  if (n & 1) w |= std::uint64_t{static_cast<unsigned char>(*p)} << shift;
  h = (h ^ w) * kMul;
  return h ^ (h >> 32);
}

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_TEXT_HASH_H_
