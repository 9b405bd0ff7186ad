#!/usr/bin/env bash
# Graphs built from disjoint halves and merged equal the single build:
# check_merge.sh KG_BUILD ARTICLES_DIR
set -euo pipefail
kg_build=$1 articles=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
mapfile -t files < <(find "$articles" -type f -not -name '.*' | sort)
half=$(( ${#files[@]} / 2 ))
"$kg_build" -q "${files[@]}" -o "$tmp/all.json"
"$kg_build" -q "${files[@]:0:$half}" -o "$tmp/a.json"
"$kg_build" -q "${files[@]:$half}" -o "$tmp/b.json"
"$kg_build" merge -q "$tmp/b.json" "$tmp/a.json" -o "$tmp/merged.json"
cmp "$tmp/all.json" "$tmp/merged.json"
echo "merge of ${half} + $(( ${#files[@]} - half )) files equals the single build"
