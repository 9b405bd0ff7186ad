// GEXF 1.3 output (.gexf), Gephi's own format, with a timeline.
//
//   <gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">
//     <graph defaultedgetype="directed" mode="dynamic" timeformat="date">
//       <attributes class="node" mode="static">
//         <attribute id="type" title="type" type="string"/> ...
//       <nodes>
//         <node id="person:marta-kovanen" label="Marta Kovanen" start="2031-05-12">
//           <attvalues><attvalue for="type" value="person"/> ...</attvalues>
//           <viz:color r="207" g="226" b="255" a="1.0"/><viz:size value="17.3"/>
//       <edges>
//         <edge id="e0" source=".." target=".." label="said" weight="1" start="..">
//
// Attributes: "type" and every key of core/attributes.h except "label" (the
// node's label attribute) are declared per class with their GEXF type
// (string; long for offsets and counts; lists joined with JoinList).  Edges
// carry "type", "role" and "count"; their label is the edge type and their
// weight the count.
//
// Look: node colours come from the palette shared with DOT
// (exporters/src/type_palette.h); a node's size grows with its degree
// (8 + 4 * sqrt(in + out edges)).  Edges take their type's colour.
//
// Time: a statement starts at its date_estimate, else at the date of the
// article it was found in; a source at its own date.  Any other node starts
// at the earliest of those dates among its neighbours, and an edge when both
// its ends exist (the later of their starts).  Nodes and edges without a
// known date have no start (always present).  Gephi's timeline thus replays
// how a claim spread from outlet to outlet.
//
// Text is cleaned as in every XML output (invalid UTF-8 repaired, characters
// XML 1.0 forbids dropped) and escaped.

#ifndef QUOTEGRAPH_EXPORTERS_GEXF_WRITER_H_
#define QUOTEGRAPH_EXPORTERS_GEXF_WRITER_H_

#include <ostream>

#include "quotegraph/core/graph.h"

namespace quotegraph {

// Writes `graph` to `out` as a GEXF 1.3 document, nodes and edges in
// canonical order.  Does not check the stream; the caller does.
void WriteGexf(const Graph& graph, std::ostream& out);

}  // namespace quotegraph

#endif  // QUOTEGRAPH_EXPORTERS_GEXF_WRITER_H_
