#!/usr/bin/env bash
# Builds the example graph in every format: build_examples.sh KG_BUILD ARTICLES OUT_DIR
set -euo pipefail
kg_build=$1 articles=$2 out=$3
mkdir -p "$out"
"$kg_build" -q "$articles" -o "$out/graph.json" -o "$out/graph.graphml" -o "$out/graph.dot"
for f in graph.json graph.graphml graph.dot; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
echo "built $out/graph.{json,graphml,dot}"
