#!/usr/bin/env bash
# The build as a map and a reduce: a generated JSON Lines corpus split into
# 4 disjoint shards, each built on its own (the map, articles on standard
# input, graph on standard output), then merged (the reduce), equals the
# single build over standard input byte for byte.  (Articles read from
# standard input record the file "-"; records carry their own ids, so no id
# depends on a line number within a shard.)
# check_map_reduce.sh KG_BUILD KG_GEN_CORPUS
set -euo pipefail
kg_build=$1 kg_gen=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg_gen" -q -n 600 --seed 5 -o "$tmp/corpus.jsonl"
"$kg_build" -q - --input-format jsonl -o "$tmp/single.json" < "$tmp/corpus.jsonl"
split -n l/4 -d --additional-suffix=.jsonl "$tmp/corpus.jsonl" "$tmp/shard-"
shards=("$tmp"/shard-*.jsonl)
[ "${#shards[@]}" -eq 4 ]
for s in "${shards[@]}"; do
  "$kg_build" -q - --input-format jsonl -o - < "$s" > "${s%.jsonl}.json"
done
# Reduce in a different order than the shards were made.
"$kg_build" merge -q "$tmp/shard-03.json" "$tmp/shard-01.json" "$tmp/shard-02.json" \
  "$tmp/shard-00.json" -o "$tmp/merged.json"
cmp "$tmp/single.json" "$tmp/merged.json"
echo "4 shards mapped and merged equal the single build"
