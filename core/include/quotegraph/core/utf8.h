// UTF-8 helpers: validation with repair, code-point counting and offsets.
//
// Articles from the open web are not always valid UTF-8.  quotegraph never
// fails on that: RepairUtf8 replaces each maximal invalid sequence with
// U+FFFD (as the Unicode standard recommends) and reports where the first
// one was, so a tool can warn with the byte offset.

#ifndef QUOTEGRAPH_CORE_UTF8_H_
#define QUOTEGRAPH_CORE_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

// True if `s` is well-formed UTF-8 (no surrogates, no overlongs).
bool IsValidUtf8(std::string_view s);

// Returns `s` with every invalid sequence replaced by U+FFFD.
// *first_bad (if given) receives the byte offset of the first invalid byte,
// or std::string::npos if `s` was valid (in which case the copy is exact).
std::string RepairUtf8(std::string_view s, std::size_t* first_bad = nullptr);

// Number of code points in valid UTF-8 `s`.
std::size_t CountCodePoints(std::string_view s);

// Maps byte offsets of a valid UTF-8 text to code-point offsets and back.
// Built once per document in O(n) time.  A byte's code point is its offset
// less the continuation bytes (10xxxxxx) up to it, which the map counts
// from a mask of them per 64 bytes and a running count per 64 bytes: 12
// bytes per 64 bytes of text, nothing for an ASCII text, and a lookup of
// a few instructions.
class OffsetMap {
 public:
  OffsetMap() = default;
  explicit OffsetMap(std::string_view text);

  // Code-point offset of byte offset b (b may equal the text size).  A byte
  // inside a multi-byte sequence maps to its code point.
  std::int64_t ToCodePoint(std::size_t byte) const {
    if (masks_.empty()) return static_cast<std::int64_t>(byte);  // no continuation bytes
    if (byte >= bytes_) return static_cast<std::int64_t>(bytes_ - continuations_);
    // Lead bytes in [0, byte], less one for the first (when it leads).
    return static_cast<std::int64_t>(byte + 1 - ContinuationsThrough(byte)) -
           (first_is_lead_ ? 1 : 0);
  }
  // Byte offset of code point c (c may equal the code-point count).
  std::size_t ToByte(std::int64_t cp) const;
  std::size_t code_points() const { return bytes_ - continuations_; }

 private:
  // Continuation bytes in [0, byte], byte < bytes_.
  std::size_t ContinuationsThrough(std::size_t byte) const {
    const std::size_t block = byte / 64;
    const std::uint64_t upto = (std::uint64_t{2} << (byte % 64)) - 1;  // bits [0, byte % 64]
    return counts_[block] + BitCount(masks_[block] & upto);
  }
  // Set bits of x (inline: without the POPCNT instruction the builtin is a
  // library call).
  static std::size_t BitCount(std::uint64_t x) {
#if defined(__POPCNT__)
    return static_cast<std::size_t>(__builtin_popcountll(x));
#else
    x -= (x >> 1) & 0x5555555555555555ULL;
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<std::size_t>((x * 0x0101010101010101ULL) >> 56);
#endif
  }

  std::size_t bytes_ = 0;          // the text's size
  std::size_t continuations_ = 0;  // continuation bytes in the text
  bool first_is_lead_ = true;      // false if the text starts inside a sequence
  // Per 64 bytes of text (none if it has no continuation bytes): bit j set
  // if byte 64 * block + j is a continuation byte; the continuation bytes
  // before the block.
  std::vector<std::uint64_t> masks_;
  std::vector<std::uint32_t> counts_;
};

// Decodes the code point at byte i of valid UTF-8 `s`, and its length.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length);

// Appends the UTF-8 encoding of cp.
void AppendUtf8(std::string& out, char32_t cp);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_UTF8_H_
