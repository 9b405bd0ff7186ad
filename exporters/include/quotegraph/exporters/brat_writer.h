// brat standoff output: one .ann file per article, for evaluation.
//
// For every article source node, DIR/<name>.ann holds, per statement found
// in it (in content order):
//
//   T1  Source 89 106          the speaker mention (if the statement has one)
//   T2  Cue 107 114            the cue
//   T3  Content 115 290        the content (fragments "10 20;30 40")
//   T4  Attribution 107 114    the trigger, reusing the cue span
//   E1  Attribution:T4 Source:T1 Cue:T2 Content:T3
//
// Offsets are code points into the article's text.  <name> is the file the
// article was read from without its folder and extension, else the
// article's id; any character that could leave DIR ('/', '\', a leading
// '.') is replaced, so every file stays inside DIR.  An article without
// statements gets an empty .ann.  DIR is created if missing; each file is
// written atomically.

#ifndef QUOTEGRAPH_EXPORTERS_BRAT_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_BRAT_WRITER_H_

#include <ostream>
#include <string>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// The .ann content for one article node (by index).
void WriteBratAnnotations(const Graph& graph, std::size_t article_node, std::ostream& out);

// The file name (without ".ann") used for an article node.
std::string BratFileStem(const Node& article);

// Writes DIR/<name>.ann for every article.  Throws quotegraph::Error.
void WriteBratDirectory(const Graph& graph, const std::string& dir);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_BRAT_WRITER_H_
