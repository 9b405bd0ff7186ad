#!/usr/bin/env bash
# The same input gives byte-identical output, whatever order the files are
# named in: check_deterministic.sh KG_BUILD ARTICLES_DIR
set -euo pipefail
kg_build=$1 articles=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
exts="json graphml dot gexf nt ttl"
for run in a b; do
  outputs=()
  for ext in $exts; do outputs+=(-o "$tmp/$run.$ext"); done
  "$kg_build" -q "$articles" "${outputs[@]}"
  "$kg_build" -q "$articles" --format neo4j -o "$tmp/$run-neo4j"
done
mapfile -t files < <(find "$articles" -type f -not -name '.*' | sort -r)
"$kg_build" -q "${files[@]}" -o "$tmp/c.json"
for ext in $exts; do cmp "$tmp/a.$ext" "$tmp/b.$ext"; done
diff -r "$tmp/a-neo4j" "$tmp/b-neo4j"
cmp "$tmp/a.json" "$tmp/c.json"
echo "identical across runs and input orders"
