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
#include <memory>
#include <string_view>
#include <utility>
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
// Built once per document: O(n) time, one uint32 per byte.
class OffsetMap {
 public:
  OffsetMap() = default;
  explicit OffsetMap(std::string_view text);

  // Code-point offset of byte offset b (b may equal the text size).  A byte
  // inside a multi-byte sequence maps to its code point.
  std::int64_t ToCodePoint(std::size_t byte) const { return cp_of_byte_[byte]; }
  // Byte offset of code point c (c may equal the code-point count).
  std::size_t ToByte(std::int64_t cp) const { return byte_of_cp_[static_cast<std::size_t>(cp)]; }
  std::size_t code_points() const { return byte_of_cp_.empty() ? 0 : byte_of_cp_.size() - 1; }

 private:
  // std::allocator, except that resize() leaves new elements unset: the
  // constructor sizes the maps once and writes every entry itself.
  template <typename T>
  struct UnsetAllocator : std::allocator<T> {
    template <typename U>
    struct rebind {
      using other = UnsetAllocator<U>;
    };
    UnsetAllocator() = default;
    template <typename U>
    UnsetAllocator(const UnsetAllocator<U>&) noexcept {}
    template <typename U>
    void construct(U* p) noexcept {
      ::new (static_cast<void*>(p)) U;
    }
    template <typename U, typename... Args>
    void construct(U* p, Args&&... args) {
      ::new (static_cast<void*>(p)) U(std::forward<Args>(args)...);
    }
  };
  using Offsets = std::vector<std::uint32_t, UnsetAllocator<std::uint32_t>>;

  Offsets cp_of_byte_;  // size = bytes + 1
  Offsets byte_of_cp_;  // size = code points + 1
};

// Decodes the code point at byte i of valid UTF-8 `s`, and its length.
char32_t DecodeAt(std::string_view s, std::size_t i, std::size_t* length);

// Appends the UTF-8 encoding of cp.
void AppendUtf8(std::string& out, char32_t cp);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_UTF8_H_
