// Reading brat standoff annotation (.ann) files, as PolNeAR uses them.
//
// A .ann file annotates a text file (.txt) line by line:
//
//   T3<TAB>Content 115 290;300 320<TAB>the covered text
//   E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1
//
// T lines ("text-bound" annotations) give a type and a span of one or more
// fragments, separated by ';', each "START END": half-open ranges of
// Unicode code points into the text.  The trailing text field is
// informational; it joins the fragments' texts with one space.  Every type is
// kept (Source, Cue, Content, Attribution, Discard, Discuss, ...).
//
// E lines (events) name their type and trigger ("Attribution:T4") and then
// roles "ROLE:Tn" in any order.  Source, Cue and Content roles are read; a
// numbered repeat of a role ("Content2") adds its fragments to that role's
// span.  Other roles are ignored.  Any role may be missing.
//
// Tolerated, as brat writes or tolerates them: blank lines; CRLF line ends;
// note lines ("#1<TAB>AnnotatorNotes T5<TAB>...") and R, A, M, N and *
// lines, which are skipped; a T line whose text field is continued on the
// following lines because the covered text holds line breaks (lines that do
// not start like an annotation are taken as continuation while the text
// field is shorter than its span says).  Invalid UTF-8 is repaired.
//
// Everything else is an error: quotegraph::Error "FILE:LINE: message" for a
// line without an id and a tab, an unknown id kind, a T line with missing or
// malformed offsets (non-numeric, negative, end before start), an E line
// without "TYPE:TRIGGER" or with a role not "ROLE:ID", a duplicated id, and an
// E line referring to an id no T line defines.

#ifndef QUOTEGRAPH_IMPORTERS_BRAT_READER_H_
#define QUOTEGRAPH_IMPORTERS_BRAT_READER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace quotegraph {

// A span of one or more fragments, each a half-open [start, end) range of
// code points, in the order the file gives them.
struct BratSpan {
  std::vector<std::pair<std::int64_t, std::int64_t>> fragments;
};

// One T line.
struct BratTextBound {
  std::string id;    // "T3"
  std::string type;  // "Content", "Source", "Discard", ...
  BratSpan span;
  std::string text;       // the informational text field (may be empty)
  std::int64_t line = 0;  // 1-based line of the T line
};

// One E line: an attribution with whichever of its parts are annotated.
struct BratAttribution {
  std::string id;       // "E1"
  std::string type;     // "Attribution", "Attribution-no-source", ...
  std::string trigger;  // id of the trigger T line ("T4")
  std::optional<BratSpan> source;
  std::optional<BratSpan> cue;
  std::optional<BratSpan> content;
  std::int64_t line = 0;  // 1-based line of the E line
};

// The annotations of one .ann file, each list in file order.
struct BratDocument {
  std::vector<BratTextBound> text_bounds;
  std::vector<BratAttribution> attributions;
};

// Parses .ann content; `origin` names the file in errors.
BratDocument ParseBrat(std::string_view content, std::string_view origin);

// Reads and parses the .ann file at `path`.
BratDocument ReadBratFile(const std::string& path);

// Reads the annotated text file at `path` as UTF-8 (invalid sequences are
// repaired to U+FFFD, which keeps one code point per bad sequence).
std::string ReadBratText(const std::string& path);

// Throws quotegraph::Error "ORIGIN:LINE: ..." for the first fragment that
// ends past a text of `text_code_points` code points.
void CheckBratSpans(const BratDocument& document, std::int64_t text_code_points,
                    std::string_view origin);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_IMPORTERS_BRAT_READER_H_
