#!/usr/bin/python3
"""Checks quotegraph's RDF exports with raptor (rapper) and rasqal (roqet).

Usage: /usr/bin/python3 check_rdf.py NTRIPLES TURTLE NATIVE_JSON [KG_QUERY WHO_SAID_RQ]

  * `rapper -i ntriples` and `rapper -i turtle` parse the files with no
    error or warning, and find the same number of triples in both;
  * roqet counts as many nodes (distinct qg:id values) and qg:Edge resources
    in the Turtle file as NATIVE_JSON has nodes and edges;
  * with KG_QUERY and WHO_SAID_RQ (examples/queries/who_said.rq): roqet's
    answer over the N-Triples and the Turtle file -- statement, speaker and
    reporting source -- equals kg-query's who-said answer on NATIVE_JSON.
Prints a one-line summary; exits 1 with a message naming the problem.
"""

import csv
import io
import json
import os
import re
import subprocess
import sys
import urllib.parse

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import client_common  # noqa: E402

NODE_BASE = "urn:quotegraph:"
# Rows are counted here: rasqal's aggregates print spurious warnings.
LIST_NODES = ("PREFIX qg: <urn:quotegraph:vocab#> "
              "SELECT DISTINCT ?node ?id WHERE { ?node qg:id ?id }")
LIST_EDGES = ("PREFIX qg: <urn:quotegraph:vocab#> "
              "SELECT DISTINCT ?edge ?type WHERE { ?edge a qg:Edge ; qg:type ?type }")


def fail(message):
    print("check_rdf: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def rapper_triples(syntax, path):
    run = subprocess.run(["rapper", "-i", syntax, "-c", path], capture_output=True, text=True)
    noise = [line for line in run.stderr.splitlines()
             if re.search(r"warning|error", line, re.IGNORECASE)]
    if run.returncode != 0 or noise:
        fail("rapper -i %s %s: status %d\n%s" % (syntax, path, run.returncode, run.stderr))
    found = re.search(r"returned (\d+) triples", run.stderr)
    if not found:
        fail("rapper -i %s %s: no triple count in %r" % (syntax, path, run.stderr))
    return int(found.group(1))


def roqet(data, query_args):
    """Rows of roqet's CSV results: [{variable: value}].  (CSV, not SPARQL
    XML: roqet's XML writer refuses control characters in values.)"""
    run = subprocess.run(["roqet", "-q", "-i", "sparql", "-r", "csv", "-D", data] + query_args,
                         capture_output=True, text=True)
    if run.returncode != 0:  # 2: warnings (-q hides their text)
        fail("roqet over %s: status %d\n%s" % (data, run.returncode, run.stderr))
    return list(csv.DictReader(io.StringIO(run.stdout, newline="")))


def count(data, query):
    return len(roqet(data, ["-e", query]))


def node_id(iri):
    if not iri.startswith(NODE_BASE):
        fail("%r is not a node IRI" % iri)
    return urllib.parse.unquote(iri[len(NODE_BASE):])


def main(argv):
    if len(argv) not in (4, 6):
        fail("usage: check_rdf.py NTRIPLES TURTLE NATIVE_JSON [KG_QUERY WHO_SAID_RQ]")
    nt, ttl, json_path = argv[1:4]
    with open(json_path, encoding="utf-8") as f:
        native = json.load(f)
    n_nt, n_ttl = rapper_triples("ntriples", nt), rapper_triples("turtle", ttl)
    if n_nt != n_ttl:
        fail("%d triples in N-Triples, %d in Turtle" % (n_nt, n_ttl))
    nodes, edges = count(ttl, LIST_NODES), count(ttl, LIST_EDGES)
    if nodes != len(native["nodes"]) or edges != len(native["edges"]):
        fail("roqet counts %d nodes, %d edges; JSON has %d, %d" %
             (nodes, edges, len(native["nodes"]), len(native["edges"])))
    answers = ""
    if len(argv) == 6:
        expected = client_common.kg_query_answer(argv[4], json_path)
        for data in (nt, ttl):
            rows = roqet(data, [argv[5]])
            got = {(node_id(r["statement"]), node_id(r["speaker"]), node_id(r["source"]))
                   for r in rows}
            problem = client_common.compare("roqet", got, expected)
            if problem:
                fail("%s: %s" % (data, problem))
        answers = ", roqet who-said agrees with kg-query (%d rows)" % len(expected)
    print("check_rdf: OK: %d triples, %d nodes, %d edges%s" % (n_nt, nodes, edges, answers))


if __name__ == "__main__":
    main(sys.argv)
