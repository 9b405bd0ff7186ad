#!/usr/bin/python3
"""Checks a quotegraph GraphML file with python-igraph (Graph.Read_GraphML).

Usage: /usr/bin/python3 check_igraph.py GRAPHML NATIVE_JSON

Checks that igraph reads the file as a directed graph with the node and edge
counts of NATIVE_JSON, that every vertex has a non-empty 'label' and 'type'
and every edge a 'type' and 'label', that integer keys (attr.type long) come
back as whole numbers, and that the vertex ids ('id') are the JSON's node ids
(less the characters XML 1.0 forbids, which every XML export drops; igraph
returns '&' in an id as "&#38;", which is mapped back).
Prints a one-line summary; exits 1 with a message naming the problem.
(Debian's python3-igraph belongs to /usr/bin/python3.)
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import client_common  # noqa: E402


def fail(message):
    print("check_igraph: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def main(argv):
    if len(argv) != 3:
        fail("usage: check_igraph.py GRAPHML NATIVE_JSON")
    try:
        import igraph
    except ImportError as e:
        fail("python-igraph is not installed for %s: %s" % (sys.executable, e))
    try:
        graph = igraph.Graph.Read_GraphML(argv[1])
    except Exception as e:  # noqa: BLE001 - any loader error is a failure
        fail("%s: igraph cannot read it: %s" % (argv[1], e))
    with open(argv[2], encoding="utf-8") as f:
        native = json.load(f)
    if not graph.is_directed():
        fail("igraph read an undirected graph")
    if graph.vcount() != len(native["nodes"]):
        fail("%d vertices in igraph, %d nodes in JSON" % (graph.vcount(), len(native["nodes"])))
    if graph.ecount() != len(native["edges"]):
        fail("%d edges in igraph, %d in JSON" % (graph.ecount(), len(native["edges"])))
    # igraph's libxml2 reader hands '&' in attribute values (here: node ids)
    # back as the character reference "&#38;"; element text is unaffected.
    ids = [v.replace("&#38;", "&") for v in graph.vs["id"]]
    if sorted(ids) != sorted(client_common.clean_text(n["id"]) for n in native["nodes"]):
        fail("vertex ids differ from the JSON's node ids")
    for v in graph.vs:
        if not v["label"] or not v["type"]:
            fail("vertex %r has no label or type" % v["id"])
    for e in graph.es:
        if not e["type"] or not e["label"]:
            fail("edge %d has no type or label" % e.index)
        count = e["count"]
        if not isinstance(count, (int, float)) or count != int(count) or count < 1:
            fail("edge %d: count %r is not a positive whole number" % (e.index, count))
    offsets = [v["content_start"] for v in graph.vs if v["type"] == "statement"]
    if any(not isinstance(x, (int, float)) or (x == x and x != int(x)) for x in offsets):
        fail("content_start is not numeric")
    print("check_igraph: OK: %d vertices, %d edges, %d vertex attributes" %
          (graph.vcount(), graph.ecount(), len(graph.vs.attributes())))


if __name__ == "__main__":
    main(sys.argv)
