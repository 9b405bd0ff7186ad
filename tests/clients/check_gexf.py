#!/usr/bin/python3
"""Checks a quotegraph GEXF 1.3 file with NetworkX (read_gexf).

Usage: /usr/bin/python3 check_gexf.py GEXF NATIVE_JSON [KG_QUERY]

NetworkX 2.x knows the GEXF 1.1 and 1.2 namespaces only; the 1.3 namespaces
(http://gexf.net/1.3, .../viz) are registered with its reader first, which
is all read_gexf needs to read 1.3.  Then checks that:
  * the graph is directed and dynamic (mode="dynamic");
  * node and edge counts equal NATIVE_JSON's;
  * every node has a label, a 'type', a viz colour and size; every node of
    the same type and source kind has the same colour;
  * every statement and article has a 'start' date (YYYY-MM-DD), and every
    edge's start is not earlier than its ends' starts;
  * integer attributes (type long) come back as int;
  * with KG_QUERY: who said "deliberately starving", computed on the graph
    NetworkX read, equals kg-query's answer.
Prints a one-line summary; exits 1 with a message naming the problem.
"""

import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import client_common  # noqa: E402

DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def fail(message):
    print("check_gexf: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def register_gexf_13(nx):
    from networkx.readwrite import gexf
    if "1.3" not in gexf.GEXF.versions:
        gexf.GEXF.versions["1.3"] = {
            "NS_GEXF": "http://gexf.net/1.3",
            "NS_VIZ": "http://gexf.net/1.3/viz",
            "NS_XSI": "http://www.w3.org/2001/XMLSchema-instance",
            "SCHEMALOCATION": "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd",
            "VERSION": "1.3",
        }


def main(argv):
    if len(argv) not in (3, 4):
        fail("usage: check_gexf.py GEXF NATIVE_JSON [KG_QUERY]")
    try:
        import networkx as nx
    except ImportError as e:
        fail("networkx is not installed for %s: %s" % (sys.executable, e))
    register_gexf_13(nx)
    try:
        graph = nx.read_gexf(argv[1], version="1.3")
    except Exception as e:  # noqa: BLE001 - any loader error is a failure
        fail("%s: networkx cannot read it: %s" % (argv[1], e))
    with open(argv[2], encoding="utf-8") as f:
        native = json.load(f)
    if not graph.is_directed():
        fail("not a directed graph")
    if graph.graph.get("mode") != "dynamic":
        fail("graph mode is %r, expected dynamic" % graph.graph.get("mode"))
    if graph.number_of_nodes() != len(native["nodes"]):
        fail("%d nodes in GEXF, %d in JSON" % (graph.number_of_nodes(), len(native["nodes"])))
    if graph.number_of_edges() != len(native["edges"]):
        fail("%d edges in GEXF, %d in JSON" % (graph.number_of_edges(), len(native["edges"])))
    colours = {}
    for node, data in graph.nodes(data=True):
        if not data.get("label") or not data.get("type"):
            fail("node %r has no label or type" % node)
        viz = data.get("viz", {})
        if "color" not in viz or "size" not in viz:
            fail("node %r has no viz colour or size" % node)
        look = (data["type"], data.get("kind"))
        colour = tuple(sorted(viz["color"].items()))
        if colours.setdefault(look, colour) != colour:
            fail("nodes of type %r have different colours" % (look,))
        start = data.get("start")
        if start is not None and not DATE.match(start):
            fail("node %r: start %r is not a date" % (node, start))
        if data["type"] == "statement" or data.get("kind") == "article":
            if start is None:
                fail("%s %r has no start date" % (data["type"], node))
        for key in ("content_start", "content_end", "statements"):
            if key in data and type(data[key]) is not int:
                fail("node %r: %s is %s, expected int" % (node, key, type(data[key]).__name__))
    starts = dict(graph.nodes(data="start"))
    multi = graph.is_multigraph()
    edges = graph.edges(keys=True, data=True) if multi else graph.edges(data=True)
    triples = []
    for item in edges:
        u, v, data = item[0], item[1], item[-1]
        if not data.get("type") or type(data.get("count")) is not int:
            fail("edge %r -> %r has no type or integer count" % (u, v))
        start = data.get("start")
        for end in (starts.get(u), starts.get(v)):
            if end is not None and (start is None or start < end):
                fail("edge %r -> %r starts at %r, before its end node (%r)" % (u, v, start, end))
        triples.append((u, v, data["type"]))
    answers = ""
    if len(argv) == 4:
        got = client_common.who_said(dict(graph.nodes(data=True)), triples)
        problem = client_common.compare(
            "networkx (GEXF)", got, client_common.kg_query_answer(argv[3], argv[2]))
        if problem:
            fail(problem)
        answers = ", who-said agrees with kg-query (%d rows)" % len(got)
    dates = sorted(s for s in starts.values() if s)
    print("check_gexf: OK: %d nodes, %d edges, timeline %s .. %s%s" %
          (graph.number_of_nodes(), graph.number_of_edges(),
           dates[0] if dates else "-", dates[-1] if dates else "-", answers))


if __name__ == "__main__":
    main(sys.argv)
