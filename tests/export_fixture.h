// Graphs shared by the tests of the GEXF, RDF and Neo4j writers: one with
// every node type (claims included), source kind and edge type, with dates
// for the timeline; and the same graph with hostile text in every field.
#ifndef QUOTEGRAPH_TESTS_EXPORT_FIXTURE_H_
#define QUOTEGRAPH_TESTS_EXPORT_FIXTURE_H_

#include <string>

#include "quotegraph/core/graph.h"

namespace quotegraph::testing {

// Markup, quotes, backslash, CDATA and comment ends, braces, semicolons,
// newlines, tab, CR, U+0001, U+001F, DEL, an invalid byte and U+FFFE.
inline const std::string kHostileText =
    "q\"b\\s</x>&amp;]]>--> {;} [a=b] 'a'\nnl\ttab\x01"
    "ctl\x1f\x7f\r\ncr \xff"
    "bad \xEF\xBF\xBE"
    "nc <!-- c --> {{x}}; DROP";

inline Node MakeExportNode(NodeType type, const std::string& id, const std::string& label) {
  Node n;
  n.id = id;
  n.type = type;
  n.label = label;
  return n;
}

// person:joe-biden said statement:a1@3-9 (date_estimate 2022-03-15), found
// in article:a1 (2022-03-16, published by outlet:herald) and relayed by
// agency:tass; organization:kremlin denied statement:a2@5-8 (no date: takes
// its article's, 2022-03-20); both express claim:c; a1 is about
// place:kyiv and mentions the person; the person is affiliated with the
// organization.
inline Graph ExportSampleGraph() {
  Graph g;
  Node p = MakeExportNode(NodeType::kPerson, "person:joe-biden", "Joe Biden");
  p.aliases = {"Biden", "Joe Biden"};
  p.titles = {"US president"};
  g.AddNode(p);
  g.AddNode(MakeExportNode(NodeType::kOrganization, "organization:kremlin", "the Kremlin"));
  g.AddNode(MakeExportNode(NodeType::kPlace, "place:kyiv", "Kyiv"));
  Node s1 = MakeExportNode(NodeType::kStatement, "statement:a1@3-9", "We are shocked");
  s1.text = "We are shocked";
  s1.cue = "said";
  s1.quote_kind = QuoteKind::kDirect;
  s1.relation = "said";
  s1.date_estimate = "2022-03-15";
  s1.evidence.article = "a1";
  s1.evidence.content = Span{3, 9};
  s1.evidence.cue = Span{10, 14};
  g.AddNode(s1);
  Node s2 = MakeExportNode(NodeType::kStatement, "statement:a2@5-8", "the claims");
  s2.text = "the claims";
  s2.cue = "denied";
  s2.relation = "denied";
  s2.evidence.article = "a2";
  s2.evidence.content = Span{5, 8};
  g.AddNode(s2);
  Node a1 = MakeExportNode(NodeType::kSource, "article:a1", "Biden on Bucha");
  a1.title = "Biden on Bucha";
  a1.date = "2022-03-16";
  a1.url = "https://example.com/?a=1&b=2";
  g.AddNode(a1);
  Node a2 = MakeExportNode(NodeType::kSource, "article:a2", "Kremlin replies");
  a2.title = "Kremlin replies";
  a2.date = "2022-03-20";
  g.AddNode(a2);
  Node herald = MakeExportNode(NodeType::kSource, "outlet:herald", "The Herald");
  herald.source_kind = SourceKind::kOutlet;
  g.AddNode(herald);
  Node tass = MakeExportNode(NodeType::kSource, "agency:tass", "TASS");
  tass.source_kind = SourceKind::kAgency;
  g.AddNode(tass);
  Node claim = MakeExportNode(NodeType::kClaim, "claim:c", "We are shocked");
  claim.text = "We are shocked";
  g.AddNode(claim);
  g.AddEdge(Edge{p.id, s1.id, EdgeType::kSaid, "", 1});
  g.AddEdge(Edge{"organization:kremlin", s2.id, EdgeType::kDenied, "", 2});
  g.AddEdge(Edge{s1.id, a1.id, EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{s1.id, tass.id, EdgeType::kReportedBy, "intermediary", 1});
  g.AddEdge(Edge{s2.id, a2.id, EdgeType::kReportedBy, "article", 1});
  g.AddEdge(Edge{a1.id, herald.id, EdgeType::kPublishedBy, "", 1});
  g.AddEdge(Edge{a1.id, p.id, EdgeType::kMentions, "", 3});
  g.AddEdge(Edge{s1.id, "place:kyiv", EdgeType::kAbout, "", 1});
  g.AddEdge(Edge{p.id, "organization:kremlin", EdgeType::kAffiliatedWith, "spokesman", 1});
  g.AddEdge(Edge{s1.id, claim.id, EdgeType::kExpresses, "", 1});
  g.AddEdge(Edge{s2.id, claim.id, EdgeType::kExpresses, "", 1});
  return g;
}

// The sample graph plus a person, a statement and an article whose ids,
// labels and every text field are hostile, linked by hostile roles.
inline Graph ExportHostileGraph() {
  Graph g = ExportSampleGraph();
  const std::string& h = kHostileText;
  Node p = MakeExportNode(NodeType::kPerson, "person:" + h, h);
  p.aliases = {h, "a|b\\c"};
  g.AddNode(p);
  Node s = MakeExportNode(NodeType::kStatement, "statement:" + h + "@1-2", h);
  s.text = h + h;
  s.cue = h;
  s.relation = "said";
  s.speaker_text = h;
  s.date_estimate = h;  // not a date: stays text, never a typed date
  s.evidence.article = h;
  g.AddNode(s);
  Node a = MakeExportNode(NodeType::kSource, "article:" + h, h);
  a.title = h;
  a.publisher = h;
  a.url = h;
  a.date = "2022-04-01";
  g.AddNode(a);
  g.AddEdge(Edge{p.id, s.id, EdgeType::kSaid, h, 1});
  g.AddEdge(Edge{s.id, a.id, EdgeType::kReportedBy, h, 1});
  g.AddEdge(Edge{s.id, "claim:c", EdgeType::kExpresses, "", 1});
  return g;
}

}  // namespace quotegraph::testing

#endif  // QUOTEGRAPH_TESTS_EXPORT_FIXTURE_H_
