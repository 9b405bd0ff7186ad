"""Functions shared by the client checks (check_*.py).

clean_text() is what every export but RDF makes of text: the characters
XML 1.0 forbids are dropped.

Who-said, computed from a graph as a client loaded it, and kg-query's answer
(check_graphml.py, check_gexf.py, check_neo4j.py, check_rdf.py):
each loads an export in its real client, hands the nodes and edges it read to
who_said(), and compares the result with kg_query_answer() -- what
`kg-query GRAPH who-said PHRASE --json` says on the native JSON file.

An answer is a set of (statement id, speaker id, source id) triples: a
statement whose text contains PHRASE (case ignored), or that expresses a
claim whose text contains it, with the speaker of its said/denied edge and
every source of its reported_by edges.
"""

import json
import subprocess

PHRASE = "deliberately starving"


def clean_text(text):
    """`text` without C0 controls other than tab, LF, CR, and U+FFFE/U+FFFF."""
    return "".join(c for c in text
                   if not (ord(c) < 0x20 and c not in "\t\n\r") and c not in "\ufffe\uffff")


def who_said(nodes, edges, phrase=PHRASE):
    """nodes: {id: {"type": .., "text": ..}}; edges: [(source, target, type)]."""
    phrase = phrase.lower()

    def matches(node_id):
        return phrase in (nodes.get(node_id, {}).get("text") or "").lower()

    statements = {n for n, d in nodes.items() if d.get("type") == "statement" and matches(n)}
    claims = {n for n, d in nodes.items() if d.get("type") == "claim" and matches(n)}
    statements |= {s for s, t, kind in edges if kind == "expresses" and t in claims}
    speakers, sources = {}, {}
    for s, t, kind in edges:
        if kind in ("said", "denied") and t in statements:
            speakers.setdefault(t, set()).add(s)
        if kind == "reported_by" and s in statements:
            sources.setdefault(s, set()).add(t)
    return {(st, sp, so) for st in statements
            for sp in speakers.get(st, ()) for so in sources.get(st, ())}


def kg_query_answer(kg_query, graph_json, phrase=PHRASE):
    """The same triples from `kg-query GRAPH who-said PHRASE --json`."""
    out = subprocess.run([kg_query, graph_json, "who-said", '"%s"' % phrase, "--json"],
                         check=True, capture_output=True, text=True).stdout
    answer = set()
    for a in json.loads(out):
        if not a.get("speaker"):
            continue
        for r in a["reported_by"]:
            answer.add((a["id"], a["speaker"]["id"], r["id"]))
    return answer


def compare(client, got, expected):
    """Returns an error message, or None when the answers agree."""
    if not expected:
        return "kg-query found no answer to compare with"
    if got != expected:
        return "%s who-said differs from kg-query:\n  only %s: %s\n  only kg-query: %s" % (
            client, client, sorted(got - expected), sorted(expected - got))
    return None
