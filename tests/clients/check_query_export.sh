#!/usr/bin/env bash
# kg-query's commands on the example graph: --export writes the answer's
# subgraph, which Graphviz renders; exit statuses 0 / 1 / 2.
# check_query_export.sh KG_QUERY GRAPH [DOT]
set -euo pipefail
kg_query=$1 graph=$2 dot=${3:-}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

"$kg_query" "$graph" who-said "deliberately starving" --export dot -o "$tmp/starving.dot" > "$tmp/table.txt"
grep -q "^Claim: " "$tmp/table.txt"
grep -q "Marta Kovanen" "$tmp/starving.dot"
grep -q "claim:" "$tmp/starving.dot"
# The subgraph is the answer, not the whole graph.
"$kg_query" "$graph" who-said "deliberately starving" --export json -o "$tmp/starving.json" > /dev/null
sub=$("$kg_query" "$tmp/starving.json" stats --json | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["nodes"])')
all=$("$kg_query" "$graph" stats --json | /usr/bin/python3 -c 'import json, sys; print(json.load(sys.stdin)["nodes"])')
[ "$sub" -gt 0 ] && [ "$sub" -lt "$all" ]
if [ -n "$dot" ]; then
  "$dot" -Tsvg "$tmp/starving.dot" -o "$tmp/starving.svg" 2> "$tmp/dot.err"
  [ ! -s "$tmp/dot.err" ] || { cat "$tmp/dot.err"; exit 1; }
  grep -q "<svg" "$tmp/starving.svg"
fi
"$kg_query" "$graph" said-by Kovanen --export json -o "$tmp/kovanen.json" > /dev/null
"$kg_query" "$tmp/kovanen.json" stats --json | /usr/bin/python3 -c '
import json, sys
s = json.load(sys.stdin)
assert s["node_types"]["person"] == 1, s
assert s["node_types"]["statement"] >= 8, s'

# Every command answers in both forms.
for args in "said-by Kovanen" "reported starving" "denials" "entity Berg" \
            "path Berg Kovanen"; do
  set -- $args
  "$kg_query" "$graph" "$@" > /dev/null
  "$kg_query" "$graph" "$@" --json | /usr/bin/python3 -c 'import json, sys; json.load(sys.stdin)'
done

# Unknown names: did-you-mean, exit 1.  Usage errors: exit 2.
set +e
"$kg_query" "$graph" said-by Kovanan 2> "$tmp/err"; status=$?
set -e
[ "$status" -eq 1 ]
grep -q "did you mean: Marta Kovanen" "$tmp/err"
set +e
"$kg_query" "$graph" who-said Assange 2> /dev/null; status=$?
"$kg_query" "$graph" path Berg 2> /dev/null; usage=$?
"$kg_query" "$graph" who-said starving --export dot 2> /dev/null; no_output=$?
set -e
[ "$status" -eq 1 ] && [ "$usage" -eq 2 ] && [ "$no_output" -eq 2 ]
echo "kg-query commands, --export and exit statuses ok"
