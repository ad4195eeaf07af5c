#!/bin/sh
# run-scenarios.sh MM24 DIR [GOLDEN_DIR] - run DIR/*.mm through mm24 and
# compare stdout, stderr and the exit status with the reviewed golden file
# GOLDEN_DIR/NAME.out (GOLDEN_DIR: DIR itself by default).
#
# A scenario is run as "mm24 run NAME.mm", unless its first line is
# "#!args ARGS", which gives the mm24 arguments instead (for command-line
# cases).  UPDATE=1 rewrites the golden files (review them before committing).
# Stack dumps and slab_debug's "Last user" keep the function names only:
# their addresses and offsets are those of mm24's own code and change from
# one build to the next.
# RAW_DIR=D compares what the reset check (tests/fuzz/reset_check.c) left
# in D/DIR/NAME.raw and NAME.status instead of running mm24 (MM24: -).
mm24=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
goldens=${3:-$2}
passed=0
failed=0
tmp=$(mktemp)
trap 'rm -f "$tmp" "$tmp.raw"' EXIT

for mm in "$dir"/*.mm; do
	name=$(basename "$mm" .mm)
	golden="$goldens/$name.out"
	first=$(head -n 1 "$mm")
	case "$first" in
	"#!args "*) args=${first#"#!args "} ;;
	*) args="run $name.mm" ;;
	esac
	if [ -n "${RAW_DIR:-}" ]; then
		cp "$RAW_DIR/$dir/$name.raw" "$tmp.raw"
		status=$(cat "$RAW_DIR/$dir/$name.status")
	else
		# shellcheck disable=SC2086
		(cd "$dir" && "$mm24" $args) >"$tmp.raw" 2>&1
		status=$?
	fi
	sed -E -e 's/\[<[0-9a-f]{8}>\] ([A-Za-z0-9_.]+)\+0x[0-9a-f]+\/0x[0-9a-f]+/[<........>] \1/' \
		-e 's/\[<[0-9a-f]{8}>\]\(([A-Za-z0-9_.]+)\+0x[0-9a-f]+\/0x[0-9a-f]+\)/[<........>](\1)/' \
		"$tmp.raw" >"$tmp"
	echo "[exit $status]" >>"$tmp"
	if [ "${UPDATE:-0}" = 1 ]; then
		cp "$tmp" "$golden"
		echo "updated $golden"
		continue
	fi
	if [ -f "$golden" ] && cmp -s "$tmp" "$golden"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $name"
		if [ -f "$golden" ]; then
			diff -u "$golden" "$tmp" | head -40
		else
			echo "  no golden file $golden"
		fi
	fi
done
echo "scenarios: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
