// A read-only hash table from short strings to values, for the lexicons.
//
//   StringTable<Gender> names;
//   names.Insert("Anna", Gender::kFemale);   // while loading
//   const Gender* g = names.Find(word);      // nullptr if absent
//
// Most words a stage asks about are in no list, so a lookup is built to say
// "no" cheaply:
//   - a bit set (eight bits per slot, so at least sixteen per key) of the
//     (length, first byte, last byte) of all keys turns most absent words
//     away before any hashing ("Monday" asked of a list of lower-case verbs,
//     a 30-byte word of a list of short ones, "dam" of a list of pronouns);
//   - open addressing with linear probing over a power-of-two array, with a
//     cheap hash that reads eight bytes at a time; the probe walks a compact
//     array of one-byte tags (seven hash bits, 0 = empty), which stays in the
//     first-level cache, and reads a slot's key only when its tag is equal.
// No allocation and no division per lookup.  Keys are views; their bytes
// must outlive the table (the Lexicon stores them).  Not for concurrent
// writes; concurrent Find calls are safe.

#ifndef QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_
#define QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

namespace quotegraph {

template <typename Value>
class StringTable {
 public:
  // Inserts or overwrites `key`.
  void Insert(std::string_view key, Value value) {
    if ((size_ + 1) * 2 > tags_.size()) Grow();
    const std::size_t h = Hash(key);
    const std::size_t i = Probe(key, h);
    if (tags_[i] == 0) {
      tags_[i] = Tag(h);
      slots_[i].key = key;
      ++size_;
    }
    slots_[i].value = value;
    AddShape(key);
  }

  // The value of `key`, or nullptr.
  const Value* Find(std::string_view key) const { return Find(key, ShapeMix(key)); }
  // Find(key) for a key whose ShapeMix is `mix`: a word asked of several
  // tables has it computed once.
  const Value* Find(std::string_view key, std::uint64_t mix) const {
    const std::size_t shape = static_cast<std::size_t>(mix >> shape_shift_);
    if ((shapes_[shape >> 6] & (std::uint64_t{1} << (shape & 63))) == 0) return nullptr;
    return FindInSlots(key);
  }

  // A key's length, first and last bytes mixed into 64 bits (0 for the
  // empty key), the same for every table: each cuts its shape index from
  // the top bits.
  static std::uint64_t ShapeMix(std::string_view key) {
    if (key.empty()) return 0;
    const std::uint64_t first = static_cast<unsigned char>(key.front());
    const std::uint64_t last = static_cast<unsigned char>(key.back());
    return (first | (last << 8) | (std::uint64_t{key.size()} << 16)) * 0x9E3779B97F4A7C15ULL;
  }

  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  // Find's probe, out of line: the filters above answer most questions
  // without saving registers for it.
  [[gnu::noinline]] const Value* FindInSlots(std::string_view key) const {
    const std::size_t mask = tags_.size() - 1;
    const std::size_t h = Hash(key);
    const std::uint8_t tag = Tag(h);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const std::uint8_t t = tags_[i];
      if (t == 0) return nullptr;
      if (t == tag && SameKey(slots_[i].key, key)) return &slots_[i].value;
    }
  }

  // a == b, inline: keys are short, and a call to memcmp costs more than
  // comparing them eight (four) bytes at a time, the last read overlapping
  // the one before.
  static bool SameKey(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
      std::size_t i = 0;
      for (; i + 8 < n; i += 8) {
        if (Load8(p + i) != Load8(q + i)) return false;
      }
      return Load8(p + n - 8) == Load8(q + n - 8);
    }
    if (n == 0) return true;
    return Load(p, n) == Load(q, n);
  }
  static std::uint64_t Load8(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  }

  struct Slot {
    std::string_view key;
    Value value{};
  };

  // A key's length, first and last bytes mixed into a bit index of
  // shapes_ (equal keys, equal shapes; most other words, another one).
  std::size_t Shape(std::string_view key) const {
    return static_cast<std::size_t>(ShapeMix(key) >> shape_shift_);
  }
  void AddShape(std::string_view key) {
    const std::size_t shape = Shape(key);
    shapes_[shape >> 6] |= std::uint64_t{1} << (shape & 63);
  }
  // Seven hash bits the slot index does not use (the top ones), never 0.
  static std::uint8_t Tag(std::size_t h) {
    return static_cast<std::uint8_t>((h >> 57) | 0x80);
  }

  // Reads n (1 to 8) bytes at p as one integer.
  static std::uint64_t Load(const char* p, std::size_t n) {
    std::uint64_t v = 0;
    if (n >= 4) {  // two overlapping four-byte reads
      std::uint32_t a;
      std::uint32_t b;
      std::memcpy(&a, p, 4);
      std::memcpy(&b, p + n - 4, 4);
      return (std::uint64_t{a} << 32) | b;
    }
    // One to three bytes: first, middle, last.
    v = static_cast<unsigned char>(p[0]);
    v = (v << 8) | static_cast<unsigned char>(p[n / 2]);
    v = (v << 8) | static_cast<unsigned char>(p[n - 1]);
    return v;
  }

  // Eight bytes at a time (the last read overlapping the one before), mixed
  // by multiplication; the length is mixed in, so overlapping reads of
  // different keys do not collide.
  static std::size_t Hash(std::string_view key) {
    constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
    const char* p = key.data();
    std::size_t n = key.size();
    std::uint64_t h = n * kMul;
    while (n > 8) {
      std::uint64_t v;
      std::memcpy(&v, p, 8);
      h = (h ^ v) * kMul;
      h ^= h >> 32;
      p += 8;
      n -= 8;
    }
    if (n > 0) h = (h ^ Load(p, n)) * kMul;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return static_cast<std::size_t>(h ^ (h >> 32));
  }

  // The slot of `key`, or the empty slot where it would go.
  std::size_t Probe(std::string_view key, std::size_t h) const {
    const std::size_t mask = tags_.size() - 1;
    const std::uint8_t tag = Tag(h);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (tags_[i] == 0 || (tags_[i] == tag && slots_[i].key == key)) return i;
    }
  }

  void Grow() {
    std::vector<std::uint8_t> old_tags = std::move(tags_);
    std::vector<Slot> old_slots = std::move(slots_);
    const std::size_t n = old_tags.empty() ? 16 : old_tags.size() * 2;
    tags_.assign(n, 0);
    slots_.assign(n, Slot{});
    // Eight shape bits per slot: n / 8 words of 64 bits, 2^(log2 n + 3) bits.
    shapes_.assign(n / 8, 0);
    shape_shift_ = 64 - 3;
    for (std::size_t bits = n; bits > 1; bits >>= 1) --shape_shift_;
    for (std::size_t k = 0; k < old_tags.size(); ++k) {
      if (old_tags[k] == 0) continue;
      const std::size_t h = Hash(old_slots[k].key);
      const std::size_t i = Probe(old_slots[k].key, h);
      tags_[i] = Tag(h);
      slots_[i] = old_slots[k];
      AddShape(old_slots[k].key);
    }
  }

  std::vector<std::uint8_t> tags_;  // per slot: Tag(hash), 0 if empty
  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  // Bit set of every key's Shape; one empty word before the first key.
  std::vector<std::uint64_t> shapes_ = std::vector<std::uint64_t>(1, 0);
  unsigned shape_shift_ = 64 - 6;  // 64 - log2(bits of shapes_)
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_
