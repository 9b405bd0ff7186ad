#!/usr/bin/python3
"""Checks a quotegraph GraphML file against the native JSON of the same graph.

Usage: /usr/bin/python3 check_graphml.py GRAPHML NATIVE_JSON

Loads GRAPHML with networkx.read_graphml (the loader NetworkX users and many
tools share) and NATIVE_JSON with json, and checks that:
  * both have the same number of nodes and of edges;
  * every node has a non-empty 'label' and a 'type';
  * every edge has a 'type';
  * integer attributes (attr.type long) come back as int, strings as str.
Prints a one-line summary; exits 1 with a message naming the problem.
(Debian's python3-networkx belongs to /usr/bin/python3.)
"""

import json
import sys

INT_KEYS = {"content_start", "content_end", "cue_start", "cue_end",
            "source_start", "source_end", "count"}


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
    if len(argv) != 3:
        fail("usage: check_graphml.py GRAPHML NATIVE_JSON")
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
        check_values("edge", "%r -> %r" % (source, target), data)
    print("check_graphml: OK: %d nodes, %d edges, %s" %
          (nodes, edges, type(graph).__name__))


if __name__ == "__main__":
    main(sys.argv)
