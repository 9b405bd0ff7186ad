// Stage 10: when each statement was made.
//
// Relative dates in the statement's sentence, resolved against the
// article's date: "on Monday" / "Monday" (the latest such weekday on or
// before the article date), "yesterday", "today", "last week" (seven days
// before), "last month" is too vague and is left out.  Without an article
// date nothing is estimated.
#include <cstdio>

#include "attribution_rules.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

// Days since 1970-01-01 of a civil date (Howard Hinnant's algorithm).
long DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const long era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

std::string CivilFromDays(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = static_cast<long>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04ld-%02u-%02u", y, m, d);
  return buf;
}

bool ParseDate(const std::string& s, long* days) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return false;
  if (m < 1 || m > 12 || d < 1 || d > 31) return false;
  *days = DaysFromCivil(y, m, d);
  return true;
}

// 0 = Monday ... 6 = Sunday, or -1.
int Weekday(std::string_view lower) {
  static constexpr std::string_view kDays[] = {"monday", "tuesday",  "wednesday", "thursday",
                                               "friday", "saturday", "sunday"};
  for (int i = 0; i < 7; ++i) {
    if (lower == kDays[i]) return i;
  }
  return -1;
}

}  // namespace

void EstimateDates(Document& doc) {
  long article_day = 0;
  if (!ParseDate(doc.article.date, &article_day)) return;
  // 1970-01-01 was a Thursday (3).
  const int article_weekday = static_cast<int>(((article_day % 7) + 7 + 3) % 7);
  AttributionRules rules(doc);
  const TokenView& tv = rules.tokens();
  for (Attribution& a : doc.attributions) {
    const std::uint32_t cue = rules.TokenAt(a.cue.begin);
    if (cue >= tv.size()) continue;
    const std::uint32_t begin = rules.SentenceBegin(cue);
    const std::uint32_t end = rules.SentenceEnd(cue);
    for (std::uint32_t k = begin; k < end; ++k) {
      if (tv.InQuote(k) || !tv.IsWord(k)) continue;
      const std::string_view w = tv.Lower(k);
      long day = 0;
      bool found = true;
      if (const int wd = Weekday(w); wd >= 0) {
        day = article_day - ((article_weekday - wd + 7) % 7);
      } else if (w == "yesterday") {
        day = article_day - 1;
      } else if (w == "today") {
        day = article_day;
      } else if (w == "week" && k > begin && tv.IsLower(k - 1, "last")) {
        day = article_day - 7;
      } else {
        found = false;
      }
      if (found) {
        a.date_estimate = CivilFromDays(day);
        break;
      }
    }
  }
}

}  // namespace quotegraph
