#!/usr/bin/env bash
# Hostile text and ids through kg-build: every export stays valid and
# loadable, and per-article brat files never leave their folder.
#
#   check_hostile_exports.sh KG_BUILD CLIENTS_DIR
#
# The articles (generated here) are full of " \ < & ]]> --> { } ; and of
# control and invalid UTF-8 bytes; their ids hold ../, / and \.  JSON is
# loaded with Python's json, GraphML with networkx (check_graphml.py), DOT
# rendered by `dot -Tsvg` (check_dot.sh).
set -euo pipefail
kg_build=$1
clients=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }

nasty='\" <a href=\"x\">&amp; ]]> --> <!-- {}; \\\\ \\\" </graphml> digraph { a -> b; } @prefix : <x> .'
{
  printf '{"id": "../../escape", "title": "%s", "publisher": "%s", "text": "Mayor Lena Ortiz said \\"%s\\" on Monday. Tom Varga denied that %s."}\n' "$nasty" "$nasty" "$nasty" "$nasty"
  printf '{"id": "a/b\\\\c", "title": "ctl \\u0001\\u001f\\u007f", "text": "Lena Ortiz said the port \\u0000 was safe \\u2028 and \\u2029 open."}\n'
  printf '{"id": "/abs", "text": "Anna Bell said \\"{}; -- ]]> &lt; \\\\\\" \\u00e9\\"."}\n'
  printf '{"id": "..", "text": "Carl Dunn said it was \\"fine\\"."}\n'
} > "$tmp/nasty.jsonl"
printf 'Lena Ortiz said \xc0\xaf "the \xed\xa0\x80 dam \xf8\x88\x80\x80\x80 <b>&</b>" on Monday.\n' > "$tmp/bad-utf8.txt"

mkdir -p "$tmp/out"
if ! "$kg_build" -q "$tmp/nasty.jsonl" "$tmp/bad-utf8.txt" -o "$tmp/out/g.json" -o "$tmp/out/g.graphml" \
     -o "$tmp/out/g.dot" 2> "$tmp/err"; then
  bad "kg-build on hostile text:"; cat "$tmp/err"; exit 1
fi
ok "kg-build wrote json, graphml, dot"

if /usr/bin/python3 -c 'import json,sys; g=json.load(open(sys.argv[1], encoding="utf-8")); assert g["nodes"] and g["edges"]' "$tmp/out/g.json"; then
  ok "json loads in Python"
else
  bad "json does not load"
fi
if /usr/bin/python3 "$clients/check_graphml.py" "$tmp/out/g.graphml" "$tmp/out/g.json" > "$tmp/log" 2>&1; then
  ok "graphml loads in networkx"
else
  bad "graphml:"; cat "$tmp/log"
fi
if "$clients/check_dot.sh" "$tmp/out/g.dot" > "$tmp/log" 2>&1; then
  ok "dot renders with dot -Tsvg"
else
  bad "dot:"; cat "$tmp/log"
fi
# Formats added beside these: written and parsed when kg-build knows them.
if "$kg_build" -q "$tmp/nasty.jsonl" -o "$tmp/out/g.gexf" 2>/dev/null; then
  # GEXF 1.3: NetworkX 2.x needs its namespaces registered (docs/exports.md).
  if /usr/bin/python3 -c 'import networkx,sys; from networkx.readwrite import gexf; gexf.GEXF.versions.setdefault("1.3", dict(gexf.GEXF.versions["1.2draft"], NS_GEXF="http://gexf.net/1.3", NS_VIZ="http://gexf.net/1.3/viz", VERSION="1.3")); networkx.read_gexf(sys.argv[1], version="1.3")' "$tmp/out/g.gexf" 2> "$tmp/log"; then
    ok "gexf loads in networkx"
  else
    bad "gexf:"; cat "$tmp/log"
  fi
fi
if command -v rapper >/dev/null && "$kg_build" -q "$tmp/nasty.jsonl" -o "$tmp/out/g.nt" 2>/dev/null; then
  if rapper -q -i ntriples "$tmp/out/g.nt" > /dev/null 2> "$tmp/log"; then
    ok "n-triples parse with rapper"
  else
    bad "n-triples:"; cat "$tmp/log"
  fi
fi

# brat: one .ann per article, all inside the folder, whatever the ids say.
mkdir -p "$tmp/b"
if ! "$kg_build" -q "$tmp/nasty.jsonl" --format brat -o "$tmp/b/ann" 2> "$tmp/err"; then
  bad "brat output:"; cat "$tmp/err"
else
  outside=$(find "$tmp" -name '*.ann' -not -path "$tmp/b/ann/*" | wc -l)
  nested=$(find "$tmp/b/ann" -mindepth 2 | wc -l)
  count=$(find "$tmp/b/ann" -maxdepth 1 -name '*.ann' | wc -l)
  hidden=$(find "$tmp/b/ann" -name '.*' | wc -l)
  if [ "$outside" -eq 0 ] && [ "$nested" -eq 0 ] && [ "$count" -eq 4 ] && [ "$hidden" -eq 0 ]; then
    ok "brat: $count files, all directly inside the folder: $(cd "$tmp/b/ann" && ls | tr '\n' ' ')"
  else
    bad "brat: outside=$outside nested=$nested count=$count hidden=$hidden"; find "$tmp" -name '*.ann'
  fi
fi
exit $fail
