// Stage 10: when each statement was made.
//
// Relative dates in the statement's sentence, resolved against the
// article's date: "on Monday" / "Monday" (the latest such weekday on or
// before the article date), "yesterday", "today", "last week" (seven days
// before), "last month" is too vague and is left out.  Without an article
// date nothing is estimated.
#include <cstdio>

#include "attribution_rules.h"
#include "quotegraph/core/civil_date.h"
#include "quotegraph/importers/stages.h"

namespace quotegraph {
namespace {

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
