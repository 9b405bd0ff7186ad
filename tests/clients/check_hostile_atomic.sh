#!/usr/bin/env bash
# Failed runs of kg-build leave earlier outputs exactly as they were and no
# temporary files; the article and quote limits report what they refused.
#
#   check_hostile_atomic.sh KG_BUILD
set -uo pipefail
kg_build=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fail=1; }
listing() { (cd "$tmp/out" && ls -A | tr '\n' ' '); }
sums() { (cd "$tmp/out" && md5sum g.json g.graphml); }

printf 'Lena Ortiz said "the harbour will stay open" on Monday.\n' > "$tmp/good.txt"
printf '{"id":"a","text":"Tom Varga said it."}\n{"id":"b","text":\n{"id":"c","text":"x"}\n' > "$tmp/broken.jsonl"
mkdir "$tmp/out"
"$kg_build" -q "$tmp/good.txt" -o "$tmp/out/g.json" -o "$tmp/out/g.graphml" || { bad "good run"; exit 1; }
before_sums=$(sums); before_list=$(listing)

# expect_refusal DESCRIPTION EXPECTED_STDERR_REGEX ARGS...: exit 1, that one
# line, outputs and folder unchanged.
expect_refusal() {
  local what=$1 regex=$2; shift 2
  "$kg_build" "$@" -o "$tmp/out/g.json" -o "$tmp/out/g.graphml" 2> "$tmp/err"; local rc=$?
  grep -v 'warning:' "$tmp/err" > "$tmp/errors" || true
  if [ $rc -ne 1 ]; then bad "$what: exit $rc"; cat "$tmp/err"; return; fi
  if [ "$(wc -l < "$tmp/errors")" -ne 1 ] || ! grep -qE "$regex" "$tmp/errors"; then
    bad "$what: stderr:"; cat "$tmp/err"; return
  fi
  if [ "$(sums)" != "$before_sums" ]; then bad "$what: outputs changed"; return; fi
  if [ "$(listing)" != "$before_list" ]; then bad "$what: folder now holds $(listing)"; return; fi
  ok "$what: $(cat "$tmp/errors")"
}

expect_refusal "broken JSONL line after good records" "^kg-build: .*/broken.jsonl:2: invalid JSON" \
  "$tmp/good.txt" "$tmp/broken.jsonl"
head -c 2000 /dev/zero | tr '\0' 'x' > "$tmp/big.txt"
expect_refusal "article over --max-article-bytes" \
  "^kg-build: .*/big.txt: article is 2000 bytes, over the limit of 1000 \(--max-article-bytes\)$" \
  --max-article-bytes 1000 "$tmp/big.txt"
printf '{"text": "short one"}\n{"text": "%s"}\n' "$(cat "$tmp/big.txt")" > "$tmp/big.jsonl"
expect_refusal "JSONL record over --max-article-bytes" \
  "^kg-build: .*/big.jsonl:2: article is 2000 bytes, over the limit of 1000 \(--max-article-bytes\)$" \
  --max-article-bytes 1000 "$tmp/big.jsonl"

# A failure in the middle of writing (the file-size limit makes write(2)
# fail with EFBIG once the output passes 64 KB): an error, no temporary file.
for i in $(seq 1 300); do
  printf 'Person%d Lastname%d said "statement number %d is long enough to count" on Monday.\n' \
    "$i" "$i" "$i"
done > "$tmp/many.txt"
(trap '' XFSZ; ulimit -f 64; exec "$kg_build" -q "$tmp/many.txt" -o "$tmp/out/g.json" -o "$tmp/out/g.graphml") \
  2> "$tmp/err"; rc=$?
if [ $rc -eq 1 ] && grep -q "g.json: cannot write" "$tmp/err" && [ "$(sums)" = "$before_sums" ] &&
   [ "$(listing)" = "$before_list" ]; then
  ok "write failing mid-file: $(cat "$tmp/err"); outputs and folder unchanged"
else
  bad "write failing mid-file: exit $rc, folder $(listing)"; cat "$tmp/err"
fi
# Killed in the middle of writing (SIGXFSZ's default action): the earlier
# output is intact.  A killed process cannot clean up, so its hidden
# temporary file (.g.json.tmp.PID.N) may remain beside it.
(ulimit -f 64; exec "$kg_build" -q "$tmp/many.txt" -o "$tmp/out/g.json") 2> "$tmp/err"; rc=$?
if [ $rc -gt 128 ] && [ "$(sums)" = "$before_sums" ]; then
  ok "killed mid-write (status $rc): previous outputs intact; leftovers: $(cd "$tmp/out" && ls -A | grep -c '^\.' || true)"
else
  bad "killed mid-write: exit $rc"; cat "$tmp/err"
fi
find "$tmp/out" -name '.g.json.tmp.*' -delete

# --max-quote-chars: an over-long quote is reported, the run succeeds.
printf 'Lena Ortiz said: "%s never closes\nTom Varga said "yes".\n' "$(head -c 300 /dev/zero | tr '\0' 'w')" > "$tmp/longquote.txt"
if "$kg_build" --max-quote-chars 100 "$tmp/longquote.txt" -o "$tmp/q.json" 2> "$tmp/err" &&
   grep -qE "warning: .*/longquote.txt: offset 17: quote of [0-9]+ characters, over the limit of 100 \(--max-quote-chars\)" "$tmp/err"; then
  ok "over-long quote: $(grep 'max-quote-chars' "$tmp/err")"
else
  bad "over-long quote:"; cat "$tmp/err"
fi
exit $fail
