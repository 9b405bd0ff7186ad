// A read-only hash table from short strings to values, for the lexicons.
//
//   StringTable<Gender> names;
//   names.Insert("Anna", Gender::kFemale);   // while loading
//   const Gender* g = names.Find(word);      // nullptr if absent
//
// Open addressing with linear probing over a power-of-two array and a
// cheap FNV-1a hash: a lookup hashes the key once and usually compares one
// slot, with no allocation and no division.  Keys are views; their bytes
// must outlive the table (the Lexicon stores them).  Not for concurrent
// writes; concurrent Find calls are safe.

#ifndef QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_
#define QUOTEGRAPH_IMPORTERS_STRING_TABLE_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace quotegraph {

template <typename Value>
class StringTable {
 public:
  // Inserts or overwrites `key`.
  void Insert(std::string_view key, Value value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    Slot& s = Probe(key);
    if (!s.used) {
      s.used = true;
      s.key = key;
      ++size_;
    }
    s.value = value;
    if (key.size() > max_key_) max_key_ = key.size();
  }

  // The value of `key`, or nullptr.
  const Value* Find(std::string_view key) const {
    if (size_ == 0 || key.size() > max_key_) return nullptr;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      const Slot& s = slots_[i];
      if (!s.used) return nullptr;
      if (s.key == key) return &s.value;
    }
  }

  bool Contains(std::string_view key) const { return Find(key) != nullptr; }
  std::size_t size() const { return size_; }

 private:
  struct Slot {
    std::string_view key;
    Value value{};
    bool used = false;
  };

  static std::size_t Hash(std::string_view key) {
    std::uint64_t h = 1469598103934665603ULL;
    for (char c : key) {
      h ^= static_cast<unsigned char>(c);
      h *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(h ^ (h >> 29));
  }

  Slot& Probe(std::string_view key) {
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = Hash(key) & mask;; i = (i + 1) & mask) {
      if (!slots_[i].used || slots_[i].key == key) return slots_[i];
    }
  }

  void Grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 16 : old.size() * 2, Slot{});
    size_ = 0;
    for (const Slot& s : old) {
      if (s.used) {
        Slot& t = Probe(s.key);
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
