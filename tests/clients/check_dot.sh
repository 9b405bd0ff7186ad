#!/bin/sh
# Renders a DOT file with Graphviz and fails on any complaint.
#
# Usage: check_dot.sh FILE.dot
# Runs `dot -Tsvg -o /dev/null FILE.dot`; exits 1 if dot exits non-zero or
# writes anything to stderr (Graphviz reports bad UTF-8, syntax problems and
# layout trouble as warnings while still exiting 0).
set -u

if [ $# -ne 1 ]; then
  echo "usage: check_dot.sh FILE.dot" >&2
  exit 2
fi
file=$1
if ! command -v dot >/dev/null 2>&1; then
  echo "check_dot: FAIL: dot (Graphviz) is not installed" >&2
  exit 1
fi
err=$(dot -Tsvg -o /dev/null "$file" 2>&1 >/dev/null)
status=$?
if [ $status -ne 0 ]; then
  echo "check_dot: FAIL: dot exited with status $status on $file:" >&2
  printf '%s\n' "$err" >&2
  exit 1
fi
if [ -n "$err" ]; then
  echo "check_dot: FAIL: dot printed warnings for $file:" >&2
  printf '%s\n' "$err" >&2
  exit 1
fi
echo "check_dot: OK: $file renders without warnings"
