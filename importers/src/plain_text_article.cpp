// Plain-text articles: the whole file is the article.
//
// The text is kept byte for byte (only invalid UTF-8 is repaired) so that
// code-point offsets into Article::text are offsets into the original file,
// as brat annotations count them.  An optional leading "date YYYY-MM-DD"
// line gives the date; the body starts after the date and the white space
// that follows it.

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>

#include "quotegraph/core/error.h"
#include "quotegraph/core/utf8.h"
#include "quotegraph/importers/article_reader.h"

namespace quotegraph {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// The name used in messages: standard input is "<stdin>".
std::string DisplayName(std::string_view origin) {
  return origin == "-" ? std::string("<stdin>") : std::string(origin);
}

// The article id for a file: its name without the last extension.
std::string FileStem(std::string_view origin) {
  if (origin == "-") return "stdin";
  std::string stem = std::filesystem::path(std::string(origin)).stem().string();
  return stem.empty() ? std::string("article") : stem;
}

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

// True if year-month-day names a day of the Gregorian calendar.
bool IsValidDate(int year, int month, int day) {
  static constexpr int kDaysInMonth[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  int days = kDaysInMonth[month - 1];
  if (month == 2 && IsLeapYear(year)) days = 29;
  return day <= days;
}

// Parses `n` digits at s[pos]; returns -1 if they are not all digits.
int ParseDigits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return -1;
  int value = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (!IsDigit(s[i])) return -1;
    value = value * 10 + (s[i] - '0');
  }
  return value;
}

// Parses a valid YYYY-MM-DD at s[pos] that is followed by white space or
// the end of the text.  Returns true and the date on success.
bool ParseIsoDateAt(std::string_view s, std::size_t pos, std::string* date) {
  const int year = ParseDigits(s, pos, 4);
  const int month = ParseDigits(s, pos + 5, 2);
  const int day = ParseDigits(s, pos + 8, 2);
  if (year < 0 || month < 0 || day < 0) return false;
  if (s[pos + 4] != '-' || s[pos + 7] != '-') return false;
  const std::size_t end = pos + 10;
  if (end < s.size() && !IsAsciiSpace(s[end])) return false;
  if (!IsValidDate(year, month, day)) return false;
  *date = std::string(s.substr(pos, 10));
  return true;
}

// Looks for a leading "date YYYY-MM-DD" (case-insensitive keyword, any
// white space before it, at least one space or tab after it).  On success
// sets the article's date and body_offset (the first byte after the date
// and the white space that follows it).
void DetectDateLine(std::string_view text, Article& article) {
  std::size_t pos = 0;
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) pos = kUtf8Bom.size();
  while (pos < text.size() && IsAsciiSpace(text[pos])) ++pos;
  constexpr std::string_view kKeyword = "date";
  if (pos + kKeyword.size() > text.size()) return;
  for (std::size_t i = 0; i < kKeyword.size(); ++i) {
    if (AsciiLower(text[pos + i]) != kKeyword[i]) return;
  }
  pos += kKeyword.size();
  const std::size_t keyword_end = pos;
  while (pos < text.size() && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  if (pos == keyword_end) return;  // "dated ...", "date:" are not date lines
  std::string date;
  if (!ParseIsoDateAt(text, pos, &date)) return;
  pos += date.size();
  while (pos < text.size() && IsAsciiSpace(text[pos])) ++pos;
  article.date = std::move(date);
  article.body_offset = pos;
}

// True if `text` holds nothing but white space (and perhaps a BOM).
bool IsBlank(std::string_view text) {
  if (text.substr(0, kUtf8Bom.size()) == kUtf8Bom) text.remove_prefix(kUtf8Bom.size());
  for (char c : text) {
    if (!IsAsciiSpace(c)) return false;
  }
  return true;
}

}  // namespace

Article ParsePlainTextArticle(std::string_view content, std::string_view origin,
                              const WarningCallback& warn) {
  const std::string name = DisplayName(origin);
  if (IsBlank(content)) throw ErrorAt(name, 0, "empty input");

  Article article;
  std::size_t first_bad = std::string::npos;
  article.text = RepairUtf8(content, &first_bad);
  if (first_bad != std::string::npos && warn) {
    warn(ErrorAtOffset(name, static_cast<std::int64_t>(first_bad),
                       "invalid UTF-8 replaced with U+FFFD")
             .what());
  }
  DetectDateLine(article.text, article);
  if (article.body_offset >= article.text.size() && !article.date.empty()) {
    throw ErrorAt(name, 0, "no article text after the date line");
  }
  article.id = FileStem(origin);
  article.file = std::string(origin);
  article.origin = name;
  return article;
}

}  // namespace quotegraph
