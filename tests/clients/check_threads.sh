#!/usr/bin/env bash
# kg-build gives byte-identical output whatever the thread count, on the
# examples and on a generated corpus:
# check_threads.sh KG_BUILD KG_GEN_CORPUS ARTICLES_DIR
set -euo pipefail
kg_build=$1 kg_gen=$2 articles=$3
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg_gen" -q -n 400 --seed 3 -o "$tmp/corpus.jsonl"
for j in 1 2 4 8; do
  "$kg_build" -q -j "$j" "$articles" -o "$tmp/examples-$j.json" -o "$tmp/examples-$j.graphml"
  "$kg_build" -q --threads "$j" "$tmp/corpus.jsonl" -o "$tmp/corpus-$j.json"
done
# The graph is not trivially small: statements were found.
grep -q '"type":"statement"\|"type": "statement"' "$tmp/corpus-1.json"
for j in 2 4 8; do
  cmp "$tmp/examples-1.json" "$tmp/examples-$j.json"
  cmp "$tmp/examples-1.graphml" "$tmp/examples-$j.graphml"
  cmp "$tmp/corpus-1.json" "$tmp/corpus-$j.json"
done
echo "identical output at -j 1, 2, 4, 8"
