#!/usr/bin/env bash
# Builds the example graph in every format: build_examples.sh KG_BUILD ARTICLES OUT_DIR
set -euo pipefail
kg_build=$1 articles=$2 out=$3
mkdir -p "$out"
"$kg_build" -q "$articles" -o "$out/graph.json" -o "$out/graph.graphml" -o "$out/graph.dot" \
  -o "$out/graph.gexf" -o "$out/graph.nt" -o "$out/graph.ttl"
"$kg_build" -q "$articles" --dot-clusters -o "$out/graph-clusters.dot"
"$kg_build" -q "$articles" --format neo4j -o "$out/neo4j"
for f in graph.json graph.graphml graph.dot graph.gexf graph.nt graph.ttl graph-clusters.dot \
         neo4j/nodes.csv neo4j/relationships.csv; do
  [ -s "$out/$f" ] || { echo "missing $out/$f"; exit 1; }
done
grep -q 'subgraph cluster_0' "$out/graph-clusters.dot" || { echo "no cluster in graph-clusters.dot"; exit 1; }
echo "built $out/graph.{json,graphml,dot,gexf,nt,ttl}, graph-clusters.dot, neo4j/"
