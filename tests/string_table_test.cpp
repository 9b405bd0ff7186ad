// StringTable (importers/include/quotegraph/importers/string_table.h): the
// lexicons' lookup table.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "quotegraph/importers/string_table.h"

using quotegraph::StringTable;

TEST_CASE("string table: finds what was inserted, nothing else") {
  StringTable<int> t;
  CHECK(t.Find("said") == nullptr);
  t.Insert("said", 1);
  t.Insert("told", 2);
  REQUIRE(t.Find("said") != nullptr);
  CHECK(*t.Find("said") == 1);
  CHECK(*t.Find("told") == 2);
  CHECK(t.Find("Said") == nullptr);      // exact bytes
  CHECK(t.Find("sai") == nullptr);       // no prefix match
  CHECK(t.Find("saidx") == nullptr);
  CHECK(t.Find("a much longer key than any") == nullptr);
  CHECK(t.size() == 2);
}

TEST_CASE("string table: a second insert overwrites, like map[key] = value") {
  StringTable<int> t;
  t.Insert("Kremlin", 1);
  t.Insert("Kremlin", 7);
  CHECK(t.size() == 1);
  CHECK(*t.Find("Kremlin") == 7);
}

TEST_CASE("string table: stays exact while growing past many keys") {
  std::vector<std::string> keys;
  for (int i = 0; i < 5000; ++i) keys.push_back("w" + std::to_string(i * 7919));
  StringTable<int> t;
  for (std::size_t i = 0; i < keys.size(); ++i) t.Insert(keys[i], static_cast<int>(i));
  CHECK(t.size() == keys.size());
  for (std::size_t i = 0; i < keys.size(); ++i) {
    const int* v = t.Find(keys[i]);
    REQUIRE(v != nullptr);
    CHECK(*v == static_cast<int>(i));
  }
  CHECK(t.Find("w1") == nullptr);
  CHECK(t.Find("") == nullptr);
  t.Insert("", 9);
  CHECK(*t.Find("") == 9);
}

TEST_CASE("string table: the shape filter keeps every key after each growth") {
  // The filter of (length, first byte, last byte) is rebuilt as the table
  // grows: after every insert all keys so far must still be found, and
  // words of a key's shape that are no key must not.
  StringTable<int> t;
  std::vector<std::string> keys;
  keys.reserve(600);  // the table keeps views of the keys
  for (int i = 0; i < 600; ++i) {
    keys.push_back(std::string(1, static_cast<char>('a' + i % 26)) + std::to_string(i) + "s");
    t.Insert(keys.back(), i);
    for (std::size_t k = 0; k < keys.size(); k += 1 + keys.size() / 16) {
      const int* v = t.Find(keys[k]);
      REQUIRE(v != nullptr);
      CHECK(*v == static_cast<int>(k));
    }
  }
  for (const std::string& k : keys) {
    std::string same_shape = k;
    same_shape[1] = 'x';  // same length, first and last byte
    CHECK(t.Find(same_shape) == nullptr);
  }
  CHECK(t.Find("a0") == nullptr);
  CHECK(t.Find("zzzzzz") == nullptr);
}
