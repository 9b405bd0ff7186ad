// OffsetMap (core/include/quotegraph/core/utf8.h): its block-wise
// construction must give the maps a byte-by-byte walk gives.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "quotegraph/core/utf8.h"

using quotegraph::OffsetMap;

namespace {

// Byte i belongs to code point (lead bytes in [1, i]); code point c starts
// at the c-th lead byte.
void CheckAgainstWalk(const std::string& text) {
  const OffsetMap map(text);
  std::vector<std::size_t> leads;
  std::int64_t cp = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool lead = (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    if (lead) {
      if (i > 0) ++cp;
      leads.push_back(i);
    }
    REQUIRE(map.ToCodePoint(i) == cp);
  }
  CHECK(map.ToCodePoint(text.size()) == static_cast<std::int64_t>(leads.size()));
  REQUIRE(map.code_points() == leads.size());
  for (std::size_t c = 0; c < leads.size(); ++c) {
    CHECK(map.ToByte(static_cast<std::int64_t>(c)) == leads[c]);
  }
  CHECK(map.ToByte(static_cast<std::int64_t>(leads.size())) == text.size());
}

}  // namespace

TEST_CASE("offset map: ASCII, multi-byte and stray bytes at every alignment", "[utf8]") {
  CheckAgainstWalk("");
  CheckAgainstWalk("a");
  CheckAgainstWalk("The minister said the dam was safe.");
  CheckAgainstWalk("\xE2\x80\x9CWe are ready,\xE2\x80\x9D said J\xC3\xBCrgen \xF0\x9F\x98\x80.");
  CheckAgainstWalk("\x80\x80 starts inside a sequence");
  std::mt19937 rng(7);
  const char* pieces[] = {"a", "Zb ", "\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "\x80",
                          "12345678"};
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int parts = static_cast<int>(rng() % 40);
    for (int k = 0; k < parts; ++k) text += pieces[rng() % 7];
    INFO(text);
    CheckAgainstWalk(text);
  }
}
