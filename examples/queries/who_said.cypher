// Who said "deliberately starving", and where was it reported?
//
// Runs on a database imported from kg-build's Neo4j export (docs/exports.md):
//   cypher-shell -f examples/queries/who_said.cypher
//
// Like `kg-query graph.json who-said '"deliberately starving"'`: the
// statements whose text holds the phrase (case ignored), and every statement
// that expresses a claim holding it -- so denials of the claim come too.
// One row per (statement, reporting source): the speaker, SAID or DENIED,
// the statement's text, and each source that carries it (the article it was
// found in, agencies and outlets it was relayed through) with its kind, the
// edge's role, headline and date.  Change $phrase to ask about other words.

:param phrase => 'deliberately starving';

MATCH (statement:Statement)
WHERE toLower(statement.text) CONTAINS $phrase
   OR EXISTS {
        MATCH (statement)-[:EXPRESSES]->(claim:Claim)
        WHERE toLower(claim.text) CONTAINS $phrase
      }
MATCH (speaker)-[attribution:SAID|DENIED]->(statement)
MATCH (statement)-[report:REPORTED_BY]->(source:Source)
RETURN speaker.id AS speaker_id, speaker.label AS speaker, type(attribution) AS relation,
       statement.text AS text, source.id AS source_id, source.kind AS source_kind,
       report.role AS role, source.title AS title, source.date AS date
ORDER BY date, source_id, speaker_id;
