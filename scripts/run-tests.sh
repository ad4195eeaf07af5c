#!/bin/sh
# run-tests.sh - run cmocka test programs; print a closing summary line.
passed=0
failed=0
failures=""
for t in "$@"; do
	if "$t"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		failures="$failures $t"
	fi
done
echo "unit tests: $passed passed, $failed failed"
[ -n "$failures" ] && echo "failed:$failures"
[ "$failed" -eq 0 ]
