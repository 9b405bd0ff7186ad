// The query layer: questions asked of a loaded provenance graph.
//
//   QueryEngine engine(graph);                 // indexes statement words once
//   for (const StatementAnswer& a : engine.WhoSaid("war criminal")) ...
//
// WhoSaid answers "who said X and where was it reported": every statement
// whose text matches the query (text_match.h: case-, quote- and
// dash-insensitive, whole words, "double quotes" for a phrase), with its
// speaker, the sources that reported it and where in which article it was
// found.
//
// The engine builds an inverted index (folded word -> statement node
// indices) when constructed, so a query reads only the statements that
// contain every query word, never every statement text.  The graph must
// outlive the engine and must not change while the engine exists.
//
// Everything here is deterministic: the same graph and query always give the
// same answers in the same order.  Rendering answers (plain text, JSON) is
// the exporters' job (exporters/query_output.h); core knows no file format.

#ifndef QUOTEGRAPH_CORE_QUERY_H_
#define QUOTEGRAPH_CORE_QUERY_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "quotegraph/core/graph.h"
#include "quotegraph/core/text_match.h"

namespace quotegraph {

// Who made a statement.  All fields are empty when the statement is
// unattributed (no `said` / `denied` edge reaches it).
struct SpeakerInfo {
  std::string id;    // "person:joe-biden"
  std::string name;  // the node's label: "Joe Biden"
  std::string type;  // "person" or "organization" (ToString(NodeType))

  bool present() const { return !id.empty(); }
};

// One source a statement was reported by (one `reported_by` edge).
struct ReportingSource {
  std::string id;         // "article:002_3aba37d54ccf", "agency:tass"
  std::string title;      // article title; the label when the node has none
  std::string publisher;  // the publisher field, else the label of the
                          // outlet the source is `published_by`; may be empty
  std::string date;       // YYYY-MM-DD, or empty when unknown
  std::string kind;       // "article", "outlet" or "agency"
  std::string role;       // the edge's role: "article", "intermediary", "medium"
};

// Where a statement's words stand in an article.
//
// Decision: evidence lists content spans only -- one entry per place the
// statement's words were found (today a statement records one such place;
// the list leaves room for more).  The cue is not an entry of its own: its
// text is StatementAnswer::cue, and mixing cue spans in here would make
// "count the evidence" mean something else.
struct EvidenceSpan {
  std::string source;       // the article's own id ("002_3aba37d54ccf")
  std::int64_t start = -1;  // code-point offsets, half-open [start, end)
  std::int64_t end = -1;
};

// One statement answering a query, with everything needed to show it.
struct StatementAnswer {
  std::size_t node = Graph::kNone;  // index of the statement in graph.nodes()
  std::string id;                   // "statement:002_3aba..@412-447"
  std::string text;                 // verbatim content
  std::string relation;             // "said" or "denied"
  std::string cue;                  // "told reporters"; may be empty
  std::string quote_kind;           // "direct", "indirect" or "mixed"
  SpeakerInfo speaker;              // empty when unattributed
  // Every reporting source, earliest date first, undated last, then by id
  // (then role).
  std::vector<ReportingSource> reported_by;
  std::vector<EvidenceSpan> evidence;
  // The earliest date among reported_by; if no source has a date, the
  // statement's date_estimate; else empty.
  std::string date;
  MatchQuality match;  // how well the text matched the query
};

// Answers queries over one const Graph (see the file comment).
class QueryEngine {
 public:
  // Indexes the words of every statement of `graph`.  O(total text size).
  explicit QueryEngine(const Graph& graph);

  QueryEngine(const QueryEngine&) = delete;
  QueryEngine& operator=(const QueryEngine&) = delete;

  // Statements whose text matches `query` (syntax: text_match.h), best
  // match first, then earliest date (undated last), then statement id.
  // Empty when nothing matches or the query has no words.
  std::vector<StatementAnswer> WhoSaid(std::string_view query) const;

  // The answer record of statement node `statement_index` (match left
  // unset).  The building block of every statement-returning query.
  StatementAnswer Describe(std::size_t statement_index) const;

  // True if some statement contains `folded_word` (a word as MatchWords
  // returns it).
  bool HasWord(std::string_view folded_word) const;

  // Index words close to `folded_word`: edit distance at most 1 for words of
  // up to 3 code points, at most 2 for longer ones.  Nearest first, then the
  // word found in more statements, then alphabetical; at most `limit`.
  std::vector<std::string> SimilarWords(std::string_view folded_word,
                                        std::size_t limit) const;

  // A corrected query for one that matched nothing: every query word absent
  // from the index replaced by its nearest SimilarWords candidate, written
  // in canonical form (TextQuery::ToString).  Empty when some unknown word
  // has no candidate, when every word is known, or when the corrected query
  // would match nothing either.
  std::string DidYouMean(std::string_view query) const;

  const Graph& graph() const { return graph_; }

 private:
  // Statement node indices containing every word of `query`, ascending.
  std::vector<std::size_t> Candidates(const TextQuery& query) const;

  // The candidates that really match (phrases checked), with their quality.
  std::vector<std::pair<std::size_t, MatchQuality>> Matches(const TextQuery& query) const;

  const Graph& graph_;
  // Folded word -> ascending indices of the statements containing it.
  std::unordered_map<std::string, std::vector<std::size_t>> postings_;
};

// One line of a count table: a type name and how many records have it.
struct CountRow {
  std::string name;
  std::size_t count = 0;
};

// Sizes of a graph, for `kg-query stats`.
struct GraphStats {
  std::size_t nodes = 0;
  std::size_t edges = 0;               // edge records, not observations
  std::size_t edge_observations = 0;   // sum of every edge's count
  std::vector<CountRow> node_types;    // every node type, model order, zeros kept
  std::vector<CountRow> source_kinds;  // source nodes by kind, model order
  std::vector<CountRow> edge_types;    // every edge type, model order
};

// Counts the nodes and edges of `graph` by type.
GraphStats ComputeStats(const Graph& graph);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_QUERY_H_
