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
  // Set in ClaimSources() lists only: the statement this report carries,
  // and whether it is the claim's earliest dated report.
  std::string statement;
  bool earliest = false;
};

// The claim a statement expresses (claims.h); empty id when it expresses
// none.
struct ClaimInfo {
  std::string id;              // "claim:miravia-deliberately-starving-..."
  std::string text;            // the representative statement's text
  std::string first_reported;  // YYYY-MM-DD or empty
  std::int64_t statements = 0;
  std::int64_t denials = 0;
  std::int64_t articles = 0;

  bool present() const { return !id.empty(); }
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
  ClaimInfo claim;     // the claim it expresses, if any
  // Set by WhoSaidByClaim on a reaction to a claim: the claim's id.
  std::string reacts_to;
};

// An entity found by name, with what the graph knows of it.
struct EntityAnswer {
  std::size_t node = Graph::kNone;
  std::string id;
  std::string name;  // label
  std::string type;  // "person", "organization", "place"
  std::vector<std::string> aliases;
  std::vector<std::string> titles;
  // affiliated_with edges either way: the other entity and the title.
  struct Affiliation {
    std::string id;
    std::string name;
    std::string role;     // "spokesman"
    bool outgoing = true; // true: this entity is affiliated with `id`
  };
  std::vector<Affiliation> affiliations;
  std::size_t said = 0;      // statements it made
  std::size_t denied = 0;    // statements it denied
  std::size_t about = 0;     // statements about it
  std::size_t articles = 0;  // articles that mention it
  std::int64_t mentions = 0; // mentions over all articles
};

// A denial and the claim it denies (claim.present() is false when the
// denial expresses no claim).
struct DenialAnswer {
  StatementAnswer denial;
  // The claim's other statements (said first, then date order): who made
  // what is denied.  At most the limit given to Denials().
  std::vector<StatementAnswer> claim_statements;
  // How many more statements the claim has beyond those listed.
  std::size_t more_claim_statements = 0;
};

// One edge of a path between two entities, in walking order.
struct PathStep {
  std::string from_id, from_name;
  std::string to_id, to_name;
  std::string edge;       // edge type ("said", "about", ...)
  std::string role;       // the edge's role, if any
  bool forward = true;    // the edge points from `from` to `to`
  std::string evidence;   // a statement's text, or an article's title
  std::string source;     // the article the evidence is in, if known
  std::size_t edge_index = Graph::kNone;
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

  // Who said TEXT, grouped by claim: the statements of WhoSaid, and beside
  // each matching statement that expresses a claim, every other statement
  // of that claim (said and denied; match left unset).  Groups rank by their
  // best statement's match, then the group's earliest date; within a group
  // statements run in date order (undated last), said before denied on the
  // same day, then by id.  After a claim's statements come its reactions
  // (reacts_to set): statements in an article that carries the claim, about
  // one of the claim's speakers, by someone who is neither a speaker of the
  // claim nor affiliated with one ("the Kremlin said Biden's words were
  // unacceptable").  A statement
  // without a claim is a group of its own.
  std::vector<StatementAnswer> WhoSaidByClaim(std::string_view query) const;

  // Every source that carried the statements of `group` (consecutive
  // answers with the same claim, or one statement), earliest first, once per
  // (source, role), each naming the first statement it carried; those with
  // the earliest date are marked earliest.
  static std::vector<ReportingSource> ClaimSources(const std::vector<StatementAnswer>& group);

  // The answers for `reported TEXT|ID`: ID may be a claim or statement id
  // (its claim's statements, or the statement alone); otherwise the group of
  // the best WhoSaidByClaim match.  Empty when nothing matches.
  std::vector<StatementAnswer> Reported(std::string_view text_or_id) const;

  // Entity nodes (person, organization, place) called `name`: first those
  // whose label or an alias folds to exactly `name`; if none, those whose
  // names contain every word of `name`.  Most statements first, then id.
  std::vector<std::size_t> FindEntities(std::string_view name) const;

  // Known entity names (labels and aliases) close to `name` by edit
  // distance (case folded), nearest first; at most `limit`.
  std::vector<std::string> SimilarNames(std::string_view name, std::size_t limit) const;

  // The statements entity `entity_index` said or denied (its out-edges),
  // earliest first (undated last), then by id.
  std::vector<StatementAnswer> SaidBy(std::size_t entity_index) const;

  // What the graph knows of entity `entity_index`.
  EntityAnswer DescribeEntity(std::size_t entity_index) const;

  // Every denial (from an index built once), or those whose text matches
  // `query` when it is not empty; earliest first, then by id.  Each lists
  // at most `max_claim_statements` of its claim's other statements (0: all);
  // a claim repeated across thousands of articles would otherwise be listed
  // in full once per denial.  Each claim's statements are worked out once.
  std::vector<DenialAnswer> Denials(std::string_view query,
                                    std::size_t max_claim_statements = 0) const;

  // The shortest chain of edges between two nodes, edges walked in either
  // direction (Boost.Graph breadth-first search on an undirected view of the
  // topology).  Empty when they are not connected or a == b.
  std::vector<PathStep> Path(std::size_t a, std::size_t b) const;

  const Graph& graph() const { return graph_; }

 private:
  // Adds entity node i's label and aliases to names_ and name_words_.
  void IndexEntity(std::size_t i);

  // The claim node index statement `statement_index` expresses, or kNone.
  std::size_t ClaimOf(std::size_t statement_index) const;

  // The claim's statements, described, in date order.
  std::vector<StatementAnswer> ClaimStatements(std::size_t claim_index) const;

  // The reactions to a claim whose statements are `members` (see
  // WhoSaidByClaim), in date order.
  std::vector<StatementAnswer> Reactions(const std::vector<StatementAnswer>& members) const;

  // Statement node indices containing every word of `query`, ascending.
  std::vector<std::size_t> Candidates(const TextQuery& query) const;

  // The candidates that really match (phrases checked), with their quality.
  std::vector<std::pair<std::size_t, MatchQuality>> Matches(const TextQuery& query) const;

  const Graph& graph_;
  // Folded word -> ascending indices of the statements containing it.
  std::unordered_map<std::string, std::vector<std::size_t>> postings_;
  // Folded entity name (label or alias, words joined by spaces) -> ascending
  // entity node indices.
  std::unordered_map<std::string, std::vector<std::size_t>> names_;
  // Folded name word -> ascending entity node indices.
  std::unordered_map<std::string, std::vector<std::size_t>> name_words_;
  // Statement node indices whose relation is denied, ascending.
  std::vector<std::size_t> denials_;
};

// The answer as a graph of its own: the nodes given and every edge of
// `graph` between two of them (what --export writes).
Graph Subgraph(const Graph& graph, const std::vector<std::size_t>& nodes);

// The node indices an answer involves: each statement, its speaker, claim
// and reporting sources.
std::vector<std::size_t> AnswerNodes(const Graph& graph,
                                     const std::vector<StatementAnswer>& answers);

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
