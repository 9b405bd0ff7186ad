#!/usr/bin/env bash
# Bad input: a one-line error naming the file, a non-zero exit, and the
# previous output left intact.  check_bad_input.sh KG_BUILD
set -uo pipefail
kg_build=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail=0
expect_error() {  # expect_error DESCRIPTION REGEX ARGS...
  local what=$1 regex=$2; shift 2
  echo previous > "$tmp/out.json"
  "$kg_build" "$@" -o "$tmp/out.json" 2> "$tmp/err"; local rc=$?
  if [ $rc -eq 0 ]; then echo "FAIL $what: exit 0"; fail=1; return; fi
  grep -v "warning:" "$tmp/err" > "$tmp/errors" || true
  if [ "$(wc -l < "$tmp/errors")" -ne 1 ] || ! grep -qE "$regex" "$tmp/errors"; then
    echo "FAIL $what: stderr was:"; cat "$tmp/err"; fail=1; return
  fi
  if [ "$(cat "$tmp/out.json")" != previous ]; then echo "FAIL $what: output clobbered"; fail=1; return; fi
  echo "ok   $what: $(cat "$tmp/errors")"
}
printf '{"id": "a", "text": "x"' > "$tmp/broken.json"
printf '{"id": "a", "title": "no text"}\n' > "$tmp/notext.json"
printf '{"id":"a","text":"A said it."}\n{"id":"b","text":\n' > "$tmp/broken.jsonl"
: > "$tmp/empty.txt"
mkdir "$tmp/emptydir"
expect_error "missing path" "no-such-file" "$tmp/no-such-file.txt"
expect_error "invalid JSON" "broken.json:1:" "$tmp/broken.json"
expect_error "record without text" "notext.json.*text" "$tmp/notext.json"
expect_error "broken JSONL line" "broken.jsonl:2:" "$tmp/broken.jsonl"
expect_error "empty file" "empty.txt" "$tmp/empty.txt"
expect_error "empty directory" "no articles" "$tmp/emptydir"
# Invalid UTF-8 is repaired with a warning, never fatal.
printf 'Anna Weiss said the \xff\xfe dam would hold.\n' > "$tmp/bad-utf8.txt"
if "$kg_build" "$tmp/bad-utf8.txt" -o "$tmp/utf8.json" 2> "$tmp/err" && grep -q "UTF-8" "$tmp/err"; then
  echo "ok   invalid UTF-8 repaired: $(grep UTF-8 "$tmp/err")"
else
  echo "FAIL invalid UTF-8"; cat "$tmp/err"; fail=1
fi
exit $fail
