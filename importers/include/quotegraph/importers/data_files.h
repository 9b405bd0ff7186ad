// The lexicons and pattern lists shipped in importers/data/, compiled in.
//
// Every data file is UTF-8 text, one entry per line; '#' starts a comment
// line; blank lines are ignored.  Tab-separated columns where a file needs
// more than one (reporting_verbs.txt: verb form, relation).

#ifndef QUOTEGRAPH_IMPORTERS_DATA_FILES_H_
#define QUOTEGRAPH_IMPORTERS_DATA_FILES_H_

#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

// Raw bytes of data file `name` ("titles.txt").  Throws quotegraph::Error
// for an unknown name (a build defect, not user input).
std::string_view DataFile(std::string_view name);

// The file's entries: non-blank, non-comment lines, trimmed.
std::vector<std::string> DataLines(std::string_view name);

// The file's entries split on tabs.
std::vector<std::vector<std::string>> DataRows(std::string_view name);

// The same two readings of any text in this format (another component's
// embedded data files): entries, and entries split on tabs.
std::vector<std::string> EntryLines(std::string_view data);
std::vector<std::vector<std::string>> EntryRows(std::string_view data);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_DATA_FILES_H_
