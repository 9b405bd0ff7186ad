// Text matching for queries: folding, word tokens, query parsing, ranking.
//
// A user types "war criminal" and expects to find the statement
//
//   “I think he is a War Criminal,” Biden told reporters.
//
// so both sides are folded the same way before they are compared:
//
//   1. Invalid UTF-8 is repaired (utf8.h), then Unicode NFKC_Casefold is
//      applied (utf8proc): "War" == "war", "ﬁ" == "fi", full-width letters
//      become ASCII.
//   2. Typographic punctuation becomes ASCII: curly single quotes, primes and
//      U+02BC become ', curly double quotes and guillemets become ", every
//      dash (Unicode category Pd, and U+2212 minus) becomes -.
//   3. The folded text is split into words: maximal runs of letters, digits
//      and combining marks.  An apostrophe between two letters or digits
//      stays inside the word ("can't", "putin's"); every other character
//      separates words ("well-known" is "well" + "known").
//
// Query syntax (ParseTextQuery):
//
//   war criminal        every word must occur in the text, anywhere, as a
//                       whole word ("war" does not match "warfare")
//   "war criminal"      the words must occur consecutively, in this order
//   Biden "war crime"   both: "biden" anywhere and the phrase "war crime"
//
// Curly double quotes work as phrase delimiters too (they fold to ").  A
// quote left open runs to the end of the query.
//
// Ranking (RanksBefore): a text where the query's words occur as one
// consecutive phrase ranks above one where they are merely all present;
// among equals, the text with fewer words beyond the query's ranks first
// (a short statement that is mostly the query is the better hit).

#ifndef QUOTEGRAPH_CORE_TEXT_MATCH_H_
#define QUOTEGRAPH_CORE_TEXT_MATCH_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

// Returns `text` folded for matching (steps 1 and 2 above).  Never fails:
// invalid UTF-8 is repaired first.
std::string FoldForMatch(std::string_view text);

// Returns the words of `text` (steps 1 to 3 above), folded, in text order,
// repeats included.
std::vector<std::string> MatchWords(std::string_view text);

// The same without allocating per call once the buffers have grown:
// `folded` receives FoldForMatch(text) and `words` (cleared first) the
// words, as views into `folded`.
void FoldForMatchInto(std::string_view text, std::string& folded);
void MatchWordsInto(std::string_view text, std::string& folded,
                    std::vector<std::string_view>& words);

// One term of a query: a single bare word, or a double-quoted phrase.
struct QueryTerm {
  std::vector<std::string> words;  // folded words, in order; never empty
  bool quoted = false;             // written inside double quotes
};

// A parsed query: its terms in the order they were written.
struct TextQuery {
  std::vector<QueryTerm> terms;

  // True when the query has no words at all ("", "!!!", "\"\"").
  bool empty() const { return terms.empty(); }

  // Every word of every term, in query order, repeats included.
  std::vector<std::string> Words() const;

  // The query written back in canonical form: bare words separated by
  // spaces, quoted terms inside "..." -- e.g. `biden "war crime"`.
  std::string ToString() const;
};

// Parses a user query (see the syntax above).  Words are folded like the
// texts they are matched against.
TextQuery ParseTextQuery(std::string_view query);

// How well one text matches one query.
struct MatchQuality {
  bool matched = false;         // every word occurs and every phrase occurs
  bool phrase = false;          // all query words occur consecutively, in order
  std::size_t extra_words = 0;  // words of the text beyond the query's count
};

// Matches a query against the words of a text (as MatchWords returns them).
// An empty query matches nothing.
MatchQuality MatchQuery(const TextQuery& query, const std::vector<std::string>& text_words);

// Convenience: MatchQuery(query, MatchWords(text)).
MatchQuality MatchText(const TextQuery& query, std::string_view text);

// True if `a` ranks strictly before `b`: matched before unmatched, then
// phrase before words-only, then fewer extra words first.
bool RanksBefore(const MatchQuality& a, const MatchQuality& b);

// True if `words` contains `sequence` as consecutive elements.  An empty
// sequence is contained in anything.
bool ContainsSequence(const std::vector<std::string>& words,
                      const std::vector<std::string>& sequence);

// Levenshtein distance between two UTF-8 strings, counted in code points
// (insertions, deletions and substitutions each cost 1).
std::size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_TEXT_MATCH_H_
