// quotegraph data model: the node and edge records of the provenance graph.
//
// The graph has six node types and eight edge types (docs/data-model.md):
//
//   person, organization, place   entities that speak, are spoken of, or host
//   statement                     one attributed utterance found in one article
//   source                        an article, an outlet (newspaper, site) or an
//                                 agency (TASS, Reuters) -- told apart by `kind`
//   claim                         what several statements assert, once: the
//                                 same or nearly the same content, quoted or
//                                 paraphrased, in one or many articles
//
//   said            speaker   -> statement   the speaker asserted it
//   denied          speaker   -> statement   the speaker rejected / disputed it
//   reported_by     statement -> source      every source that carries it; the
//                                            edge's role says how (article,
//                                            intermediary, medium)
//   published_by    article   -> outlet
//   mentions        article   -> entity
//   about           statement -> entity      entities named in its content
//   affiliated_with person    -> entity      "Putin's spokesman", "of the Kremlin"
//   expresses       statement -> claim       the statement asserts (or, when its
//                                            relation is denied, rejects) it
//
// Offsets are Unicode code points into the article's original text (as brat
// counts them), half-open [start, end).  -1 means "unknown / absent".
//
// Nodes are plain values; edges view strings (see Edge).  Merging two
// records with the same id is commutative and associative (see MergeInto),
// which is what makes graphs built from separate article sets merge into
// exactly the graph one build over all of them would give.

#ifndef QUOTEGRAPH_CORE_MODEL_H_
#define QUOTEGRAPH_CORE_MODEL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace quotegraph {

enum class NodeType : std::uint8_t {
  kPerson,
  kOrganization,
  kPlace,
  kStatement,
  kSource,
  kClaim,
};

enum class EdgeType : std::uint8_t {
  kSaid,
  kDenied,
  kReportedBy,
  kPublishedBy,
  kMentions,
  kAbout,
  kAffiliatedWith,
  kExpresses,
};

// How a statement renders its content.
enum class QuoteKind : std::uint8_t {
  kDirect,    // "We are shocked," Macron said.
  kIndirect,  // Macron said the evidence was clear.
  kMixed,     // Weiss said the plan was "dead on arrival".
};

// What a `source` node stands for.
enum class SourceKind : std::uint8_t {
  kArticle,  // one published article (one input document)
  kOutlet,   // a publisher: newspaper, broadcaster, site
  kAgency,   // a news agency relaying others' words: TASS, Reuters
};

// Lower-case names used in every file format ("person", "reported_by", ...).
std::string_view ToString(NodeType t);
std::string_view ToString(EdgeType t);
std::string_view ToString(QuoteKind k);
std::string_view ToString(SourceKind k);

// Inverse of ToString; nullopt for an unknown name.
std::optional<NodeType> ParseNodeType(std::string_view s);
std::optional<EdgeType> ParseEdgeType(std::string_view s);
std::optional<QuoteKind> ParseQuoteKind(std::string_view s);
std::optional<SourceKind> ParseSourceKind(std::string_view s);

// A half-open range of code points; start == -1 when absent.
struct Span {
  std::int64_t start = -1;
  std::int64_t end = -1;

  bool present() const { return start >= 0 && end >= start; }
  friend bool operator==(const Span& a, const Span& b) {
    return a.start == b.start && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
};

// Where a statement was found: the article and the spans of its parts.
struct Evidence {
  std::string article;  // id of the article source node's article ("000_9a..")
  Span content;         // the words attributed (quote marks included if any)
  Span cue;             // "said", "told reporters", "according to"
  Span source;          // the mention of the speaker as written ("he")
  // The content's fragments when there are several (a quote split by its
  // attribution, a quote continued over paragraphs); empty otherwise.
  std::vector<Span> content_fragments;
};

// A node.  Fields that do not apply to the node's type stay empty; the
// attribute view (attributes.h) exposes only the ones that apply.
struct Node {
  std::string id;  // deterministic, e.g. "person:joe-biden", see ids.h
  NodeType type = NodeType::kPerson;
  std::string label;  // the name a person would read in Gephi

  // Entities (person / organization / place).
  std::vector<std::string> aliases;  // every surface name seen; sorted, unique
  std::vector<std::string> titles;   // "US president", "spokesman"; sorted, unique

  // Sources.
  SourceKind source_kind = SourceKind::kArticle;
  std::string title;
  std::string publisher;
  std::string date;  // ISO 8601 date (YYYY-MM-DD) where known
  std::string url;
  std::string file;

  // Statements.
  std::string text;  // verbatim content, as it stands in the article
  std::string cue;   // verbatim cue: "said", "told reporters", "according to"
  QuoteKind quote_kind = QuoteKind::kIndirect;
  std::string relation;       // "said" or "denied": the speaker edge's type
  std::string speaker_text;   // the source mention as written ("he", "Biden")
  std::string date_estimate;  // when it was said, YYYY-MM-DD, if resolvable
  Evidence evidence;

  // Claims (claims.h); label and text hold the representative statement's
  // text, date the earliest date any member statement was reported.
  std::int64_t claim_statements = 0;  // statements expressing the claim
  std::int64_t claim_denials = 0;     // of those, the ones whose relation is denied
  std::int64_t claim_articles = 0;    // distinct articles carrying a member
};

// An edge between two node ids.  (source, target, type, role) identify it.
//
// A view: it does not own its strings.  An edge handed to Graph::AddEdge
// may view any strings that outlive the call (the graph keeps its ends as
// node indices and its role in a table of its own); an edge read from a
// graph (Graph::edge, Graph::edges) views the graph's node ids and roles,
// and is valid as long as the graph is.
struct Edge {
  std::string_view source;
  std::string_view target;
  EdgeType type = EdgeType::kMentions;
  // reported_by: "article", "intermediary" or "medium";
  // affiliated_with: the title that links them ("spokesman"); else empty.
  std::string_view role;
  std::int64_t count = 1;  // how many times the relation was observed
};

// Folds `from` into `into` (same id assumed).  Order-independent: merging a
// set of records in any order yields the same record.
void MergeInto(Node& into, const Node& from);
void MergeInto(Edge& into, const Edge& from);

// The merges MergeInto makes of one field.  MergeString keeps the
// preferred of two strings (PreferredLabel; an empty one always loses);
// MergeList inserts each string of `from` into sorted unique `into`,
// copying only those not there yet.
void MergeString(std::string& into, const std::string& from);
void MergeList(std::vector<std::string>& into, const std::vector<std::string>& from);

// Inserts `value` into a sorted unique vector.
void InsertSorted(std::vector<std::string>& v, std::string value);

// Picks the label kept when two records disagree: the longer one, then the
// lexicographically smaller.  A total order, hence order-independent.
const std::string& PreferredLabel(const std::string& a, const std::string& b);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_CORE_MODEL_H_
