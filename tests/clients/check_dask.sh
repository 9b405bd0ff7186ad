#!/usr/bin/env bash
# tools/dask_build.py (map on a Dask LocalCluster, then merge) gives the
# single build's bytes.  Skips (exit 77) when dask.distributed is missing.
# check_dask.sh PYTHON DASK_BUILD_PY KG_BUILD KG_GEN_CORPUS
set -euo pipefail
python=$1 driver=$2 kg_build=$3 kg_gen=$4
if ! "$python" -c 'import distributed' 2>/dev/null; then
  echo "dask.distributed not installed: skipped"
  exit 77
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
"$kg_gen" -q -n 300 --seed 11 -o "$tmp/corpus.jsonl"
"$kg_build" -q - --input-format jsonl -o "$tmp/single.json" < "$tmp/corpus.jsonl"
"$python" "$driver" "$tmp/corpus.jsonl" -o "$tmp/dask.json" --kg-build "$kg_build" \
  --workers 2 --partitions 5 --work-dir "$tmp/work"
[ "$(ls "$tmp/work"/part-*.json | wc -l)" -eq 5 ]
cmp "$tmp/single.json" "$tmp/dask.json"
# A failing map task fails the run with one line and a non-zero status.
if "$python" "$driver" "$tmp/corpus.jsonl" -o "$tmp/bad.json" --kg-build "$kg_build" \
     --workers 1 --partitions 2 --map-arg=--no-such-option 2> "$tmp/err"; then
  echo "a failing map task did not fail the run"; exit 1
fi
[ ! -e "$tmp/bad.json" ]
echo "dask map/merge over 5 partitions equals the single build"
