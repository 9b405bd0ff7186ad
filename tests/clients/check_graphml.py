#!/usr/bin/python3
"""Checks a quotegraph GraphML file against the native JSON of the same graph.

Usage: /usr/bin/python3 check_graphml.py GRAPHML NATIVE_JSON [KG_QUERY]

Loads GRAPHML with networkx.read_graphml (the loader NetworkX users and many
tools share) and NATIVE_JSON with json, and checks that:
  * both have the same number of nodes and of edges;
  * every node has a non-empty 'label' and a 'type';
  * every edge has a 'type';
  * every edge has a 'label';
  * integer attributes (attr.type long) come back as int, strings as str;
  * with KG_QUERY: who said "deliberately starving", computed on the graph
    NetworkX read, equals kg-query's answer on NATIVE_JSON.
Prints a one-line summary; exits 1 with a message naming the problem.
(Debian's python3-networkx belongs to /usr/bin/python3.)
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import client_common  # noqa: E402

GRAPHML_NS = "{http://graphml.graphdrawing.org/xmlns}"


def declared_int_keys(path):
    """Names of the keys the file declares with attr.type long or int."""
    import xml.etree.ElementTree as ET
    root = ET.parse(path).getroot()
    return {k.get("attr.name") for k in root.iter(GRAPHML_NS + "key")
            if k.get("attr.type") in ("long", "int")}


INT_KEYS = set()


def fail(message):
    print("check_graphml: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def check_values(what, name, data):
    for key, value in data.items():
        if key == "id":
            continue  # edge ids, added by networkx itself
        expected = int if key in INT_KEYS else str
        if type(value) is not expected:
            fail("%s %s: attribute %r is %s, expected %s" %
                 (what, name, key, type(value).__name__, expected.__name__))


def main(argv):
    if len(argv) not in (3, 4):
        fail("usage: check_graphml.py GRAPHML NATIVE_JSON [KG_QUERY]")
    try:
        import networkx as nx
    except ImportError as e:
        fail("networkx is not installed for %s: %s" % (sys.executable, e))
    graphml_path, json_path = argv[1], argv[2]
    try:
        graph = nx.read_graphml(graphml_path)
    except Exception as e:  # noqa: BLE001 - any loader error is a failure
        fail("%s: networkx cannot read it: %s" % (graphml_path, e))
    try:
        with open(json_path, encoding="utf-8") as f:
            native = json.load(f)
    except Exception as e:  # noqa: BLE001
        fail("%s: cannot read JSON: %s" % (json_path, e))

    INT_KEYS.update(declared_int_keys(graphml_path))
    if "count" not in INT_KEYS:
        fail("the edge key 'count' is not declared as long")
    nodes, edges = len(native["nodes"]), len(native["edges"])
    if graph.number_of_nodes() != nodes:
        fail("%d nodes in GraphML, %d in JSON" % (graph.number_of_nodes(), nodes))
    if graph.number_of_edges() != edges:
        fail("%d edges in GraphML, %d in JSON" % (graph.number_of_edges(), edges))
    for node, data in graph.nodes(data=True):
        if not data.get("label"):
            fail("node %r has no label" % node)
        if not data.get("type"):
            fail("node %r has no type" % node)
        check_values("node", repr(node), data)
    for source, target, data in graph.edges(data=True):
        if not data.get("type"):
            fail("edge %r -> %r has no type" % (source, target))
        if not data.get("label"):
            fail("edge %r -> %r has no label" % (source, target))
        check_values("edge", "%r -> %r" % (source, target), data)
    answers = ""
    if len(argv) == 4:
        got = client_common.who_said(
            dict(graph.nodes(data=True)),
            [(u, v, d.get("type")) for u, v, d in graph.edges(data=True)])
        problem = client_common.compare(
            "networkx", got, client_common.kg_query_answer(argv[3], json_path))
        if problem:
            fail(problem)
        answers = ", who-said agrees with kg-query (%d rows)" % len(got)
    print("check_graphml: OK: %d nodes, %d edges, %s%s" %
          (nodes, edges, type(graph).__name__, answers))


if __name__ == "__main__":
    main(sys.argv)
