#!/usr/bin/env bash
# Show how our output differs from CPython's for some test cases: scripts/case_diff.sh area/name...
# Uses target/debug/monty (build it first).
cd "$(dirname "$0")/../tests/cases" || exit 1
for c in "$@"; do
  echo "=== $c"
  (cd "$(dirname "$c")" && timeout 20 ../../../target/debug/monty "$(basename "$c").py" 2>/tmp/case_err) | diff "$c.out" - | head -${LINES_PER_CASE:-12}
  if [ -f "$c.err" ]; then
    tail -1 /tmp/case_err | diff "$c.err" - >/dev/null || { echo "exc expected: $(cat "$c.err")"; echo "exc got: $(tail -1 /tmp/case_err)"; }
  elif [ -s /tmp/case_err ]; then echo "unexpected stderr: $(tail -3 /tmp/case_err)"; fi
done
