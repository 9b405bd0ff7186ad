// Neo4j bulk-import output (--format neo4j -o DIR): two CSV files for
//
//   neo4j-admin database import full --nodes=DIR/nodes.csv
//       --relationships=DIR/relationships.csv --multiline-fields=true neo4j
//
// (one command line).
//
// DIR/nodes.csv:
//   id:ID,:LABEL,type:string,label:string,aliases:string,...,content_start:long,...
//   "person:marta-kovanen","Person","person","Marta Kovanen","Kovanen|Marta Kovanen",...
//
// DIR/relationships.csv:
//   :START_ID,:END_ID,:TYPE,role:string,count:long
//   "person:marta-kovanen","statement:...","SAID",,1
//
// Columns: the node id (also stored as property `id`), the labels (the node
// type capitalised -- Person, Organization, Place, Statement, Claim; sources
// get two, Source and their kind: "Source;Article"), the type, then every
// key of core/attributes.h with its type (string; long for offsets and
// counts; lists joined with JoinList).  Relationship types are the edge
// types in capitals (SAID, REPORTED_BY, ...).  An absent value is an empty
// field, which neo4j-admin imports as no property.
//
// Quoting follows RFC 4180: every string field is double-quoted, a double
// quote inside is doubled, newlines stay inside the quotes (hence
// --multiline-fields=true).  Text is cleaned as in the XML outputs (invalid
// UTF-8 repaired, C0 controls other than tab/LF/CR and U+FFFE/U+FFFF
// dropped).  Records end with "\n".  Rows come in canonical order.

#ifndef QUOTEGRAPH_EXPORTERS_NEO4J_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_NEO4J_WRITER_H_

#include <ostream>
#include <string>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// File names inside the output directory.
inline constexpr const char* kNeo4jNodesFile = "nodes.csv";
inline constexpr const char* kNeo4jRelationshipsFile = "relationships.csv";

// Writes nodes.csv / relationships.csv content.  Do not check the stream.
void WriteNeo4jNodes(const Graph& graph, std::ostream& out);
void WriteNeo4jRelationships(const Graph& graph, std::ostream& out);

// Writes DIR/nodes.csv and DIR/relationships.csv into a temporary directory
// and renames it to DIR (atomic_file.h, WriteDirectoryAtomically: an
// existing DIR holding other files is refused).  Throws quotegraph::Error.
void WriteNeo4jDirectory(const Graph& graph, const std::string& dir);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_NEO4J_WRITER_H_
