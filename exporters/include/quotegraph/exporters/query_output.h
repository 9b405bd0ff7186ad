// Rendering query answers (core/query.h) for people and for programs.
//
// Table form, for a terminal -- one block per answer, blank line between:
//
//   Joe Biden (person) said: "I think he is a war criminal"
//     cue: told reporters · direct
//     date: 2022-03-16
//     reported by: Biden on Putin (Deccan Herald, 2022-03-16); TASS (agency, intermediary)
//     evidence: 002_3aba37d54ccf [412, 447)
//     id: statement:002_3aba37d54ccf@412-447
//
// Direct quotes are shown inside "..." unless the text already carries its
// own quote marks; indirect and mixed speech are shown as written.  An
// unattributed statement reads "(unattributed) said: ...".  Lines whose
// value is unknown (date, evidence) are left out.
//
// JSON form, for programs -- an array, one object per answer, in rank order:
//
//   [{"id": "statement:..", "text": "..", "relation": "said", "cue": "..",
//     "quote_kind": "direct", "date": "2022-03-16",
//     "speaker": {"id": "person:joe-biden", "name": "Joe Biden", "type": "person"},
//     "reported_by": [{"id": .., "title": .., "publisher": .., "date": ..,
//                      "kind": "article", "role": "article"}],
//     "evidence": [{"source": "002_3aba37d54ccf", "start": 412, "end": 447}],
//     "match": {"phrase": true, "extra_words": 5},
//     "claim": {"id": "claim:..", "text": "..", "first_reported": "2022-03-16",
//               "statements": 4, "denials": 0, "articles": 3}}]
//
// "claim" is null when the statement expresses no claim; a reaction to a
// claim (QueryEngine::WhoSaidByClaim) has "reacts_to": the claim's id.  In the table,
// consecutive answers of one claim (QueryEngine::WhoSaidByClaim puts them
// together) are shown under a "Claim:" header and followed by every source
// that carried any of them, earliest first, the earliest marked, and by its
// reactions ("reactions:", one line each).
//
// "speaker" is null for an unattributed statement; unknown strings are "".
// Output is deterministic: the same answers always give the same bytes.

#ifndef QUOTEGRAPH_EXPORTERS_QUERY_OUTPUT_H_
#define QUOTEGRAPH_EXPORTERS_QUERY_OUTPUT_H_

#include <ostream>
#include <vector>

#include "quotegraph/core/query.h"

namespace quotegraph {

// Writes who-said answers as the readable listing above.  Writes nothing
// for an empty list (callers report "no match" themselves).
void WriteWhoSaidTable(const std::vector<StatementAnswer>& answers, std::ostream& out);

// Writes who-said answers as the JSON array above (pretty-printed, newline
// at the end); an empty list gives "[]".
void WriteWhoSaidJson(const std::vector<StatementAnswer>& answers, std::ostream& out);

// `reported`: one claim (or lone statement) -- its header, each statement
// with date and speaker, then every source that carried it, earliest first,
// "[earliest]" marked.  JSON: {"claim": {..}|null, "statements": [answer
// objects as above], "sources": [{"id", "title", "publisher", "date",
// "kind", "role", "statement", "earliest"}]}.
void WriteReportedTable(const std::vector<StatementAnswer>& group, std::ostream& out);
void WriteReportedJson(const std::vector<StatementAnswer>& group, std::ostream& out);

// `denials`: each denial as a who-said block, followed (when it expresses a
// claim) by "denies claim: TEXT" and the claim's other statements -- who
// made what is denied.  JSON: [{"denial": {answer}, "claim_statements":
// [answers]}].
void WriteDenialsTable(const std::vector<DenialAnswer>& denials, std::ostream& out);
void WriteDenialsJson(const std::vector<DenialAnswer>& denials, std::ostream& out);

// `entity`: name (type), id, aliases, titles, affiliations and counts.
// JSON: [{"id", "name", "type", "aliases", "titles", "affiliations": [{"id",
// "name", "role", "direction": "out"|"in"}], "said", "denied", "about",
// "articles", "mentions"}].
void WriteEntityTable(const std::vector<EntityAnswer>& entities, std::ostream& out);
void WriteEntityJson(const std::vector<EntityAnswer>& entities, std::ostream& out);

// `path`: one numbered line per edge ("Dmitry Peskov --affiliated_with
// (spokesman)--> Vladimir Putin"; "<--" when walked against the edge), and
// its evidence (statement text or article title, with the article).  JSON:
// [{"from", "from_name", "to", "to_name", "edge", "role", "forward",
// "evidence", "source"}].
void WritePathTable(const std::vector<PathStep>& steps, std::ostream& out);
void WritePathJson(const std::vector<PathStep>& steps, std::ostream& out);

// Writes graph sizes as an aligned two-column table:
//
//   nodes                 42
//     person               7
//     ...
//     source              12
//       article            9
//   edges                 80
//     said                10
//   edge observations     95
void WriteStatsTable(const GraphStats& stats, std::ostream& out);

// Writes graph sizes as one JSON object:
//   {"nodes": 42, "edges": 80, "edge_observations": 95,
//    "node_types": {"person": 7, ...}, "source_kinds": {"article": 9, ...},
//    "edge_types": {"said": 10, ...}}
void WriteStatsJson(const GraphStats& stats, std::ostream& out);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_QUERY_OUTPUT_H_
