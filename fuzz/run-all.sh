#!/usr/bin/env bash
# Runs every fuzz target of a QUOTEGRAPH_FUZZ=ON build for a bounded time.
#
#   fuzz/run-all.sh BUILD_DIR SECONDS [TARGET...]
#
# Each target starts from a copy of its seed corpus (fuzz/corpus/<target>/)
# in a temporary directory, so the repository is never modified, and runs
# for SECONDS seconds with a 10 s per-input timeout and a 2 GB memory limit.
# Exit status 1 if any target finds a crash, a hang or a leak; the
# reproducer is kept in fuzz-artifacts/<target>/ under BUILD_DIR.
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 BUILD_DIR SECONDS [TARGET...]" >&2
  exit 2
fi
build=$(cd "$1" && pwd)
seconds=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(fuzz_text_article fuzz_json_articles fuzz_jsonl_articles fuzz_graph_file fuzz_brat)
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for target in "${targets[@]}"; do
  binary="$build/$target"
  if [ ! -x "$binary" ]; then
    echo "$0: $binary not built (configure with -DQUOTEGRAPH_FUZZ=ON)" >&2
    exit 2
  fi
  corpus="$work/$target"
  artifacts="$build/fuzz-artifacts/$target"
  mkdir -p "$corpus" "$artifacts"
  cp -R "$here/corpus/$target/." "$corpus/"
  dict=()
  if [ -f "$here/dict/$target.dict" ]; then dict=(-dict="$here/dict/$target.dict"); fi
  echo "== $target: ${seconds}s"
  start=$(date +%s)
  if "$binary" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$artifacts/" "${dict[@]}" "$corpus" \
       >"$work/$target.log" 2>&1; then
    echo "   ok in $(( $(date +%s) - start ))s: $(grep -c . <(ls "$corpus")) corpus inputs," \
         "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$target.log" | grep -o '[0-9]*$') runs"
  else
    echo "   FAILED: $target (reproducer in $artifacts/)" >&2
    grep -E 'ERROR|SUMMARY|fuzz check failed|Test unit written|deadly signal|timeout' "$work/$target.log" | head -20 >&2 || true
    cp "$work/$target.log" "$artifacts/log.txt"
    failed+=("$target")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzzing found problems in: ${failed[*]}" >&2
  exit 1
fi
echo "all fuzz targets ran clean"
