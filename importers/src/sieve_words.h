// Closed word classes of the attribution sieves (internal header), read
// from importers/data/sieve_words.txt.
//
//   if (SieveWords::Get().Is(SieveWordClass::kCommaBreak, lower)) ...

#ifndef QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_
#define QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "quotegraph/importers/string_table.h"

namespace quotegraph {

enum class SieveWordClass : std::uint8_t {
  kCommaBreak = 1 << 0,  // ", which" / ", but": ends a content clause
};

class SieveWords {
 public:
  // The classes of the shipped data file, loaded once (thread-safe).
  static const SieveWords& Get();

  // True if the lower-case `word` belongs to class `c`.
  bool Is(SieveWordClass c, std::string_view word) const {
    const std::uint8_t* classes = table_.Find(word);
    return classes != nullptr && (*classes & static_cast<std::uint8_t>(c)) != 0;
  }

 private:
  SieveWords();
  std::vector<std::string> words_;  // the keys' bytes
  StringTable<std::uint8_t> table_;
};

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_SRC_SIEVE_WORDS_H_
