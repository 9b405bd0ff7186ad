// Stage 10: when each statement was made.
//
// Relative dates in the statement's sentence, resolved against the
// article's date: "on Monday" / "Monday" (the latest such weekday on or
// before the article date), "yesterday", "today", "last week" (seven days
// before), "last month" is too vague and is left out.  Without an article
// date nothing is estimated.
#include <algorithm>
#include <cstdio>
#include <string>
#include <vector>

#include "quotegraph/core/civil_date.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// True if s[from, from + n) are ASCII digits; their value in *value.
bool Digits(const std::string& s, std::size_t from, std::size_t n, unsigned* value) {
  unsigned v = 0;
  for (std::size_t i = from; i < from + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    v = v * 10 + static_cast<unsigned>(s[i] - '0');
  }
  *value = v;
  return true;
}

// `*day_of_month` receives the day when `s` is written "YYYY-MM-DD" with
// digits only (else 0): then the date's CivilFromDays is `s` itself when the
// day is 28 or less (valid in every month).
bool ParseDate(const std::string& s, long* days, unsigned* day_of_month) {
  int y = 0;
  unsigned m = 0, d = 0;
  *day_of_month = 0;
  if (s.size() != 10) return false;
  // The usual "YYYY-MM-DD" read by hand (what sscanf makes of it); sscanf
  // for anything else it might accept (signs, spaces).
  unsigned year = 0;
  if (s[4] == '-' && s[7] == '-' && Digits(s, 0, 4, &year) && Digits(s, 5, 2, &m) &&
      Digits(s, 8, 2, &d)) {
    y = static_cast<int>(year);
    *day_of_month = d;
  } else if (std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
    return false;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *days = DaysFromCivil(y, m, d);
  return true;
}

char ToLowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// The words that date a statement.
enum DateWord : int {
  kMonday = 0,  // ... kMonday + 6 = Sunday
  kYesterday = 7,
  kToday,
  kWeek,  // "last week"
  kNoDateWord,
};

// Lengths of the shortest ("week") and longest ("wednesday", "yesterday")
// date words.
constexpr std::size_t kMinDateWordBytes = 4;
constexpr std::size_t kMaxDateWordBytes = 9;

// The date word `word` is, ignoring ASCII case, or kNoDateWord.
DateWord DateWordOf(std::string_view word) {
  static constexpr std::string_view kWords[] = {
      "monday", "tuesday",   "wednesday", "thursday", "friday",
      "saturday", "sunday", "yesterday", "today",    "week"};
  if (word.size() < kMinDateWordBytes || word.size() > kMaxDateWordBytes) return kNoDateWord;
  // Every date word ends in "y" but "week": most words stop here.
  const char last = ToLowerAscii(word.back());
  if (last != 'y' && last != 'k') return kNoDateWord;
  char buffer[kMaxDateWordBytes];
  for (std::size_t i = 0; i < word.size(); ++i) buffer[i] = ToLowerAscii(word[i]);
  const std::string_view lower(buffer, word.size());
  for (int i = 0; i < kNoDateWord; ++i) {
    if (lower == kWords[i]) return static_cast<DateWord>(i);
  }
  return kNoDateWord;
}

// True if `word` is "last", ignoring ASCII case.
bool IsLast(std::string_view word) {
  if (word.size() != 4) return false;
  for (std::size_t i = 0; i < 4; ++i) {
    if (ToLowerAscii(word[i]) != "last"[i]) return false;
  }
  return true;
}

constexpr std::int8_t kUnread = -2;
constexpr std::int8_t kNoDate = -1;

// How many days before the article's date the first date word outside
// quotes in sentence `s` names (0 to 7), or kNoDate.
std::int8_t DaysBefore(const Document& doc, std::uint32_t s, int article_weekday) {
  const std::vector<Token>& toks = doc.tokens;
  const Sentence& sentence = doc.sentences[s];
  const std::uint32_t begin = sentence.first_token;
  const std::uint32_t end = sentence.end_token;
  const char* text = doc.text.data();
  for (std::uint32_t k = begin; k < end; ++k) {
    const Token& t = toks[k];
    if ((t.flags & kInQuote) || t.kind != TokenKind::kWord) continue;
    // DateWordOf's first tests, on the span: most words stop here.
    const std::uint32_t size = t.span.size();
    if (size < kMinDateWordBytes || size > kMaxDateWordBytes) continue;
    const char last = ToLowerAscii(text[t.span.end - 1]);
    if (last != 'y' && last != 'k') continue;
    const DateWord word = DateWordOf(std::string_view(text + t.span.begin, size));
    if (word == kNoDateWord) continue;
    if (word < kYesterday) return static_cast<std::int8_t>((article_weekday - word + 7) % 7);
    if (word == kYesterday) return 1;
    if (word == kToday) return 0;
    if (word == kWeek && k > begin && IsLast(doc.TokenText(k - 1))) return 7;
  }
  return kNoDate;
}

}  // namespace

void EstimateDates(Document& doc) {
  long article_day = 0;
  unsigned day_of_month = 0;
  if (!ParseDate(doc.article.date, &article_day, &day_of_month)) return;
  // 1970-01-01 was a Thursday (3).
  const int article_weekday = static_cast<int>(((article_day % 7) + 7 + 3) % 7);
  // The words are read straight from the tokens: no lower-cased copy of
  // the text, no attribution index.
  const std::vector<Token>& toks = doc.tokens;
  // Every estimate is the article's day or one to seven days before it:
  // each date is written once per document.
  std::string written[8];
  // Per sentence: kUnread, else DaysBefore's answer.
  thread_local std::vector<std::int8_t> days_before_in;
  days_before_in.assign(doc.sentences.size(), kUnread);
  for (Attribution& a : doc.attributions) {
    // The cue's token: the first starting at or after the cue.
    const auto cue = static_cast<std::size_t>(
        std::lower_bound(toks.begin(), toks.end(), a.cue.begin,
                         [](const Token& t, std::uint32_t b) { return t.span.begin < b; }) -
        toks.begin());
    if (cue >= toks.size()) continue;
    // The estimate depends on the cue's sentence alone: each sentence is
    // read once, however many statements it holds.
    const std::uint32_t sentence = toks[cue].sentence;
    std::int8_t& days_before = days_before_in[sentence];
    if (days_before == kUnread) days_before = DaysBefore(doc, sentence, article_weekday);
    if (days_before == kNoDate) continue;
    std::string& date = written[days_before];
    if (date.empty()) {
      const auto day = static_cast<unsigned>(days_before);
      if (day_of_month >= 1 && day_of_month <= 28 && day < day_of_month) {
        // The same month: the article's date with another day (what
        // CivilFromDays writes, without its formatting).
        date = doc.article.date;
        date[8] = static_cast<char>('0' + (day_of_month - day) / 10);
        date[9] = static_cast<char>('0' + (day_of_month - day) % 10);
      } else {
        date = CivilFromDays(article_day - days_before);
      }
    }
    a.date_estimate = date;
  }
}

}  // namespace quotegraph
