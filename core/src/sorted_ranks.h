// Sorting a table by value once, for comparing its items by integer
// (internal header).

#ifndef QUOTEGRAPH_CORE_SRC_SORTED_RANKS_H_
#define QUOTEGRAPH_CORE_SRC_SORTED_RANKS_H_

#include <algorithm>
#include <cstdint>
#include <numeric>
#include <vector>

namespace quotegraph {

// The items of a table in value order, and each item's place in it.
struct SortedRanks {
  std::vector<std::uint32_t> order;  // item indexes, smallest value first
  std::vector<std::uint32_t> rank;   // rank[order[r]] == r
};

// Sorts the indexes of `items` (a vector, deque or other indexed table) by
// the items' values (operator<), so that comparing two items' ranks
// compares their values.  Items are expected to be distinct (equal items
// get ranks in no set order).
template <typename Items>
SortedRanks RankByValue(const Items& items) {
  SortedRanks out;
  out.order.resize(items.size());
  std::iota(out.order.begin(), out.order.end(), 0);
  std::sort(out.order.begin(), out.order.end(),
            [&](std::uint32_t x, std::uint32_t y) { return items[x] < items[y]; });
  out.rank.resize(items.size());
  for (std::size_t r = 0; r < out.order.size(); ++r) {
    out.rank[out.order[r]] = static_cast<std::uint32_t>(r);
  }
  return out;
}

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_SRC_SORTED_RANKS_H_
