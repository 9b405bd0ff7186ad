// A read-only hash table from short strings to values, for the lexicons.
//
//   StringTable<Gender> names;
//   names.Insert("Anna", Gender::kFemale);   // while loading
//   const Gender* g = names.Find(word);      // nullptr if absent
//
// Open addressing with linear probing over a power-of-two array and a
// cheap hash that reads eight bytes at a time: a lookup hashes the key once
// and compares the bytes of a slot only when its stored hash is equal, with
// no allocation and no division.  Keys are views; their bytes
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
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    const std::size_t h = Hash(key);
    Slot& s = Probe(key, h);
    if (!s.used) {
      s.used = true;
      s.key = key;
      s.hash = h;
      ++size_;
    }
    s.value = value;
    if (key.size() > max_key_) max_key_ = key.size();
  }

  // The value of `key`, or nullptr.
  const Value* Find(std::string_view key) const {
    if (size_ == 0 || key.size() > max_key_) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    const std::size_t h = Hash(key);
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.hash == h && s.key == key) return &s.value;
    }
  }

  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::string_view key;
    std::size_t hash = 0;  // Hash(key): most other keys differ here already
    Value value{};
    bool used = false;
  };

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

  Slot& Probe(std::string_view key, std::size_t h) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask;; i = (i + 1) & mask) {
      if (!slots_[i].used || (slots_[i].hash == h && slots_[i].key == key)) return slots_[i];
    }
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.used) {
        Slot& t = Probe(s.key, s.hash);
        t = s;
        ++size_;
      }
    }
  }

  std::vector<Slot> slots_;
  std::size_t size_ = 0;
  std::size_t max_key_ = 0;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_
