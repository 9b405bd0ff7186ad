// The word lists and templates of generator/data/, compiled in (internal
// header).  Same file conventions as importers/data (data_files.h): one
// entry a line, '#' comment lines and blank lines skipped, tab-separated
// columns.

#ifndef QUOTEGRAPH_GENERATOR_SRC_GENERATOR_DATA_H_
#define QUOTEGRAPH_GENERATOR_SRC_GENERATOR_DATA_H_

#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

// The entries of generator data file `name`; throws quotegraph::Error for
// an unknown name (a build defect).
std::vector<std::string> GeneratorDataLines(std::string_view name);

// The entries split on tabs.
std::vector<std::vector<std::string>> GeneratorDataRows(std::string_view name);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_GENERATOR_SRC_GENERATOR_DATA_H_
