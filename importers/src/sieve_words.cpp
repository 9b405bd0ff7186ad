#include "sieve_words.h"

#include <deque>
#include <string>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {
namespace {

constexpr std::string_view kFile = "sieve_words.txt";

std::uint8_t ClassBit(std::string_view name) {
  if (name == "comma_break") return static_cast<std::uint8_t>(SieveWordClass::kCommaBreak);
  throw Error(std::string(kFile) + ": unknown word class '" + std::string(name) + "'");
}

}  // namespace

const SieveWords& SieveWords::Get() {
  static const SieveWords words;
  return words;
}

SieveWords::SieveWords() {
  const auto rows = DataRows(kFile);
  words_.reserve(rows.size());  // no reallocation: the table keeps views
  for (const auto& row : rows) {
    if (row.size() != 2) throw Error(std::string(kFile) + ": expected word<TAB>class");
    words_.push_back(row[0]);
  }
  for (std::size_t i = 0; i < rows.size(); ++i) {
    const std::uint8_t* old = table_.Find(words_[i]);
    table_.Insert(words_[i], static_cast<std::uint8_t>((old ? *old : 0) | ClassBit(rows[i][1])));
  }
}

}  // namespace quotegraph
