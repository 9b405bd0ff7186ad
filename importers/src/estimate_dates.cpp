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

bool ParseDate(const std::string& s, long* days) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() != 10) return false;
  // The usual "YYYY-MM-DD" read by hand (what sscanf makes of it); sscanf
  // for anything else it might accept (signs, spaces).
  unsigned year = 0;
  if (s[4] == '-' && s[7] == '-' && Digits(s, 0, 4, &year) && Digits(s, 5, 2, &m) &&
      Digits(s, 8, 2, &d)) {
    y = static_cast<int>(year);
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

}  // namespace

void EstimateDates(Document& doc) {
  long article_day = 0;
  if (!ParseDate(doc.article.date, &article_day)) return;
  // 1970-01-01 was a Thursday (3).
  const int article_weekday = static_cast<int>(((article_day % 7) + 7 + 3) % 7);
  // The words are read straight from the tokens: no lower-cased copy of
  // the text, no attribution index.
  const std::vector<Token>& toks = doc.tokens;
  // Every estimate is the article's day or one to seven days before it:
  // each date is written once per document.
  std::string written[8];
  for (Attribution& a : doc.attributions) {
    // The cue's token: the first starting at or after the cue.
    const auto cue = static_cast<std::size_t>(
        std::lower_bound(toks.begin(), toks.end(), a.cue.begin,
                         [](const Token& t, std::uint32_t b) { return t.span.begin < b; }) -
        toks.begin());
    if (cue >= toks.size()) continue;
    const Sentence& sentence = doc.sentences[toks[cue].sentence];
    const std::uint32_t begin = sentence.first_token;
    const std::uint32_t end = sentence.end_token;
    for (std::uint32_t k = begin; k < end; ++k) {
      if ((toks[k].flags & kInQuote) || toks[k].kind != TokenKind::kWord) continue;
      const DateWord word = DateWordOf(doc.TokenText(k));
      if (word == kNoDateWord) continue;
      int days_before = 0;
      bool found = true;
      if (word < kYesterday) {
        days_before = (article_weekday - word + 7) % 7;
      } else if (word == kYesterday) {
        days_before = 1;
      } else if (word == kToday) {
        days_before = 0;
      } else if (word == kWeek && k > begin && IsLast(doc.TokenText(k - 1))) {
        days_before = 7;
      } else {
        found = false;
      }
      if (found) {
        std::string& date = written[days_before];
        if (date.empty()) date = CivilFromDays(article_day - days_before);
        a.date_estimate = date;
        break;
      }
    }
  }
}

}  // namespace quotegraph
