#!/usr/bin/python3
"""Checks a quotegraph Neo4j bulk-import directory with Python's csv module.

Usage: /usr/bin/python3 check_neo4j.py DIR NATIVE_JSON [KG_QUERY]

Reads DIR/nodes.csv and DIR/relationships.csv the way neo4j-admin does
(RFC 4180: double quotes doubled, newlines inside quoted fields) and checks:
  * the headers: nodes start with id:ID and :LABEL, relationships with
    :START_ID, :END_ID, :TYPE; every other column is name:string or
    name:long, and every value of a long column is empty or an integer;
  * node and relationship counts equal NATIVE_JSON's; node ids are unique
    and equal the JSON's (less the characters the exports drop); every
    :START_ID and :END_ID is a node id;
  * every row has as many fields as its header; labels and types are set;
  * with KG_QUERY: who said "deliberately starving", computed from the
    CSV rows, equals kg-query's answer on NATIVE_JSON.
Prints a one-line summary; exits 1 with a message naming the problem.
"""

import csv
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import client_common  # noqa: E402

TYPED = re.compile(r"^[a-z_]+:(string|long)$")


def fail(message):
    print("check_neo4j: FAIL: " + message, file=sys.stderr)
    sys.exit(1)


def read_rows(path, leading):
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f, strict=True))
    except (OSError, csv.Error, UnicodeDecodeError) as e:
        fail("%s: %s" % (path, e))
    if not rows:
        fail("%s: empty" % path)
    header = rows[0]
    if header[:len(leading)] != leading:
        fail("%s: header starts %r, expected %r" % (path, header[:len(leading)], leading))
    for column in header[len(leading):]:
        if not TYPED.match(column):
            fail("%s: column %r is not name:string or name:long" % (path, column))
    records = []
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != len(header):
            fail("%s: record %d has %d fields, header %d" % (path, number, len(row), len(header)))
        record = {}
        for column, value in zip(header, row):
            name, _, kind = column.rpartition(":")
            if kind == "long" and value != "":
                if not re.match(r"^-?\d+$", value):
                    fail("%s: record %d: %s=%r is not an integer" % (path, number, column, value))
                value = int(value)
            record[name if name else column] = value
        records.append(record)
    return records


def main(argv):
    if len(argv) not in (3, 4):
        fail("usage: check_neo4j.py DIR NATIVE_JSON [KG_QUERY]")
    directory, json_path = argv[1], argv[2]
    with open(json_path, encoding="utf-8") as f:
        native = json.load(f)
    nodes = read_rows(os.path.join(directory, "nodes.csv"), ["id:ID", ":LABEL"])
    rels = read_rows(os.path.join(directory, "relationships.csv"),
                     [":START_ID", ":END_ID", ":TYPE"])
    ids = [n["id"] for n in nodes]
    if len(set(ids)) != len(ids):
        fail("node ids are not unique")
    if sorted(ids) != sorted(client_common.clean_text(n["id"]) for n in native["nodes"]):
        fail("%d node ids, JSON has %d; they differ" % (len(ids), len(native["nodes"])))
    if len(rels) != len(native["edges"]):
        fail("%d relationships, JSON has %d edges" % (len(rels), len(native["edges"])))
    known = set(ids)
    for r in rels:
        for end in (":START_ID", ":END_ID"):
            if r[end] not in known:
                fail("relationship %s %r -> %r: %r is not a node id" %
                     (r[":TYPE"], r[":START_ID"], r[":END_ID"], r[end]))
        if not r[":TYPE"] or type(r["count"]) is not int:
            fail("relationship %r -> %r has no type or count" % (r[":START_ID"], r[":END_ID"]))
    for n in nodes:
        if not n[":LABEL"] or n[":LABEL"].split(";")[0].lower() != n["type"]:
            fail("node %r: labels %r do not start with its type" % (n["id"], n[":LABEL"]))
    answers = ""
    if len(argv) == 4:
        got = client_common.who_said(
            {n["id"]: n for n in nodes},
            [(r[":START_ID"], r[":END_ID"], r[":TYPE"].lower()) for r in rels])
        problem = client_common.compare(
            "neo4j csv", got, client_common.kg_query_answer(argv[3], json_path))
        if problem:
            fail(problem)
        answers = ", who-said agrees with kg-query (%d rows)" % len(got)
    print("check_neo4j: OK: %d nodes, %d relationships%s" % (len(nodes), len(rels), answers))


if __name__ == "__main__":
    main(sys.argv)
