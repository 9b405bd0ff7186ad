#!/usr/bin/env bash
# The same input gives byte-identical output, whatever order the files are
# named in: check_deterministic.sh KG_BUILD ARTICLES_DIR
set -euo pipefail
kg_build=$1 articles=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg_build" -q "$articles" -o "$tmp/a.json" -o "$tmp/a.graphml" -o "$tmp/a.dot"
"$kg_build" -q "$articles" -o "$tmp/b.json" -o "$tmp/b.graphml" -o "$tmp/b.dot"
mapfile -t files < <(find "$articles" -type f -not -name '.*' | sort -r)
"$kg_build" -q "${files[@]}" -o "$tmp/c.json"
for ext in json graphml dot; do cmp "$tmp/a.$ext" "$tmp/b.$ext"; done
cmp "$tmp/a.json" "$tmp/c.json"
echo "identical across runs and input orders"
