// Civil (proleptic Gregorian) dates as day numbers, and back.
//
//   DaysFromCivil(1970, 1, 1) == 0
//   CivilFromDays(DaysFromCivil(2031, 5, 12) - 7) == "2031-05-05"
//
// Howard Hinnant's algorithms: exact for every date an int year can hold,
// no tables, no time zones.

#ifndef QUOTEGRAPH_CORE_CIVIL_DATE_H_
#define QUOTEGRAPH_CORE_CIVIL_DATE_H_

#include <string>

namespace quotegraph {

// Days since 1970-01-01 of the date y-m-d (m in 1..12, d in 1..31).
long DaysFromCivil(int y, unsigned m, unsigned d);

// The date `days` after 1970-01-01 as "YYYY-MM-DD".
std::string CivilFromDays(long days);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_CIVIL_DATE_H_
