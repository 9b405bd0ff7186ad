#include "char_class.h"

#include <utf8proc.h>

#include "quotegraph/core/utf8.h"

namespace quotegraph {

bool IsLetterBeyondAscii(char32_t c) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_MC;
}

bool IsUpperBeyondAscii(char32_t c) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT;
}

bool IsDigitBeyondAscii(char32_t c) {
  return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_ND;
}

bool IsSpaceBeyondAscii(char32_t c) {
  const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
  return cat == UTF8PROC_CATEGORY_ZS || cat == UTF8PROC_CATEGORY_ZL ||
         cat == UTF8PROC_CATEGORY_ZP || c == 0x200B || c == 0xFEFF;
}

bool StartsUpper(std::string_view word) {
  if (word.empty()) return false;
  std::size_t n = 0;
  return IsUpper(DecodeAt(word, 0, &n));
}

}  // namespace quotegraph
