#!/usr/bin/env bash
# Pathological articles finish in seconds: extraction is linear (or
# n log n) in the article, never quadratic.
#
#   check_hostile_linear_time.sh KG_BUILD [MEGABYTES]
#
# Generates (here, never committed) articles of MEGABYTES (default 5) MB:
# only quotation marks (straight and curly, mixed), only capitalised words,
# one quote that never closes, one giant sentence without punctuation, and
# "said said said ...".  Each must build within `timeout 60` (the generous
# bound also covers sanitizer builds); prints the seconds each took.
set -euo pipefail
kg_build=$1
mb=${2:-5}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
bytes=$((mb * 1024 * 1024))

# repeat STRING: STRING repeated to `bytes` bytes (whole repeats), one line.
repeat() {
  /usr/bin/python3 -c 'import sys
s = sys.argv[1].encode("utf-8")
sys.stdout.buffer.write(s * (int(sys.argv[2]) // len(s)) + b"\n")' "$1" "$bytes"
}
repeat '"“”„«»"‘’”“"' > "$tmp/quotes.txt"
repeat 'Alder Birch Cedar Dunmore Elm Fairfax Grove Hollis Ivy Juniper Kestrel Linden ' > "$tmp/capitals.txt"
{ printf '"'; repeat 'and Lena Ortiz said the harbour would stay open while he spoke and '; } > "$tmp/unclosed.txt"
repeat 'Lena Ortiz said that he told Tom Varga she denied the council officials claimed it and they said ' > "$tmp/sentence.txt"
repeat 'said ' > "$tmp/said.txt"

fail=0
for name in quotes capitals unclosed sentence said; do
  start=$(date +%s.%N)
  if timeout 60 "$kg_build" -q "$tmp/$name.txt" -o "$tmp/$name.json" 2> "$tmp/err"; then
    secs=$(echo "$(date +%s.%N) - $start" | bc)
    printf 'ok   %-9s %s MB in %.2f s\n' "$name" "$mb" "$secs"
  else
    rc=$?
    echo "FAIL $name: exit $rc (124 = over 60 s)"; head -5 "$tmp/err"; fail=1
  fi
done
exit $fail
