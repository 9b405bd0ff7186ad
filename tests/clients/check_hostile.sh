#!/usr/bin/env bash
# Builds a graph from hostile articles and loads every export in its client.
#
# Usage: check_hostile.sh KG_BUILD GRAPHML_BOOST_READER
#
# The articles (written to a temporary directory) put markup, quotes,
# backslashes, "]]>", "-->", braces, semicolons, newlines, tabs, control
# characters (U+0001, U+001F, U+007F), U+FFFE and invalid UTF-8 into
# headlines, publishers, URLs, ids and quotes.  Every export must then load
# without a warning: dot -Tsvg (with and without clusters), NetworkX and
# igraph (GraphML), Boost read_graphml, NetworkX (GEXF), rapper and roqet
# (N-Triples, Turtle) and Python's csv module (Neo4j), each with the node
# and edge counts of the native JSON.  The hostile quote must survive in
# the JSON.
set -euo pipefail
kg_build=$1 boost_reader=$2
here=$(cd "$(dirname "$0")" && pwd)
py=/usr/bin/python3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/in"

# JSON Lines: every field hostile; \u0001 etc. are JSON escapes.
cat > "$tmp/in/feed.jsonl" <<'JSONL'
{"id": "wire <1> & \"x\" {a;b}", "title": "<b>Bold</b> & \"quoted\" ]]> --> {a;b} back\\slash\u0001ctl", "publisher": "Wire & <Co> \"Ltd\"\ttab", "url": "http://example.org/?a=1&b=<2>\"{x}", "date": "2031-05-12", "text": "\"We will never accept <script>alert(1)</script> & ]]> --> {a;b} \\ these \u0001terms\u001f\u007f at all,\" Minister Jane Doe said on Monday.\n\nJane Doe said the \"offer\" was \"a <trap> & a {farce}; nothing more\".\n\nThe Interior Ministry denied that it had \"blocked\" the lorries."}
{"id": "second\u001frecord", "title": "Line one\nline two\r\nline three", "publisher": "Outlet\\\"", "date": "2031-05-13", "text": "\"Nothing about ]]> or <!-- comments --> scares us,\" said John Roe.\n\n\"Braces {} and \\\"escapes\\\" stay,\" John Roe told reporters on Tuesday."}
JSONL
# Plain text with a date line, U+FFFE and an invalid byte.
printf ' date 2031-05-14\nHeadline with <tags> & "quotes"\n\n"We said \xef\xbf\xbe what we \xff meant, <all> of it & more," said Jane Doe.\n' > "$tmp/in/plain.txt"

"$kg_build" -q "$tmp/in" -o "$tmp/g.json" -o "$tmp/g.graphml" -o "$tmp/g.gexf" \
  -o "$tmp/g.nt" -o "$tmp/g.ttl" -o "$tmp/g.dot"
"$kg_build" -q "$tmp/in" --dot-clusters -o "$tmp/clusters.dot"
"$kg_build" -q "$tmp/in" --format neo4j -o "$tmp/neo4j"

"$py" - "$tmp/g.json" <<'PY'
import json, sys
g = json.load(open(sys.argv[1], encoding="utf-8"))
texts = [n.get("text", "") for n in g["nodes"] if n["type"] == "statement"]
assert len(texts) >= 3, texts
assert any("<script>" in t and "]]>" in t and "\\" in t for t in texts), texts
print("hostile graph: %d nodes, %d edges, %d statements" % (len(g["nodes"]), len(g["edges"]), len(texts)))
PY
"$here/check_dot.sh" "$tmp/g.dot"
"$here/check_dot.sh" "$tmp/clusters.dot"
"$py" "$here/check_graphml.py" "$tmp/g.graphml" "$tmp/g.json"
"$py" "$here/check_igraph.py" "$tmp/g.graphml" "$tmp/g.json"
"$boost_reader" "$tmp/g.graphml" "$tmp/g.json"
"$py" "$here/check_gexf.py" "$tmp/g.gexf" "$tmp/g.json"
"$py" "$here/check_rdf.py" "$tmp/g.nt" "$tmp/g.ttl" "$tmp/g.json"
"$py" "$here/check_neo4j.py" "$tmp/neo4j" "$tmp/g.json"
echo "check_hostile: OK: every export of the hostile articles loads in its client"
