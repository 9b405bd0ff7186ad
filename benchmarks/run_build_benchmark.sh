#!/usr/bin/env bash
# Whole-process build benchmark: generates a corpus of about SIZE_MB of
# article text and times kg-build on it at each thread count (wall time,
# MB/s and articles/s of article text, user CPU time and peak RSS from
# /usr/bin/time -v).  With REPEAT=N each thread count runs N times and the
# run with the shortest wall time is reported (on a machine shared with
# other jobs single runs vary widely).
#
#   benchmarks/run_build_benchmark.sh BUILD_DIR [SIZE_MB] [THREADS...]
#   REPEAT=3 benchmarks/run_build_benchmark.sh build 100 1 2
#
# The corpus is JSON Lines (kg-gen-corpus, seed 1) in $TMPDIR; the graph
# is written beside it and removed.  Results go to
# standard output as a Markdown table.
set -euo pipefail
build=${1:?usage: run_build_benchmark.sh BUILD_DIR [SIZE_MB] [THREADS...]}
size_mb=${2:-100}
shift $(( $# >= 2 ? 2 : 1 ))
threads=("$@")
[ "${#threads[@]}" -gt 0 ] || threads=(1 2)
kg_build=$build/kg-build kg_gen=$build/kg-gen-corpus
[ -x /usr/bin/time ] || { echo "needs /usr/bin/time (Debian package: time)" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT

# About 1.18 KB of text per generated article (measured on seed 1).
articles=$(( size_mb * 1000 * 1000 / 1180 ))
"$kg_gen" -n "$articles" -o "$tmp/corpus.jsonl" 2> "$tmp/gen.txt"
text_bytes=$(sed -n 's/.*articles, \([0-9]*\) bytes.*/\1/p' "$tmp/gen.txt")
echo "corpus: $articles articles, $text_bytes bytes of article text, $(stat -c %s "$tmp/corpus.jsonl") bytes of JSONL"
echo
repeat=${REPEAT:-1}
echo "| threads | wall s | MB/s | articles/s | user s | peak RSS MB |"
echo "|---|---|---|---|---|---|"
for j in "${threads[@]}"; do
  best=""
  for ((r = 0; r < repeat; ++r)); do
    /usr/bin/time -v "$kg_build" -q -j "$j" "$tmp/corpus.jsonl" -o "$tmp/graph.json" 2> "$tmp/time.txt"
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$tmp/time.txt" |
           awk -F: '{ if (NF == 3) print $1 * 3600 + $2 * 60 + $3; else print $1 * 60 + $2 }')
    user=$(sed -n 's/.*User time (seconds): //p' "$tmp/time.txt")
    rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$tmp/time.txt")
    if [ -z "$best" ] || awk -v w="$wall" -v b="${best%% *}" 'BEGIN { exit !(w < b) }'; then
      best="$wall $user $rss"
    fi
    rm -f "$tmp/graph.json"
  done
  read -r wall user rss <<< "$best"
  awk -v j="$j" -v w="$wall" -v b="$text_bytes" -v n="$articles" -v u="$user" -v r="$rss" \
    'BEGIN { printf "| %d | %.2f | %.1f | %.0f | %.2f | %.0f |\n", j, w, b / 1e6 / w, n / w, u, r / 1024 }'
done
