#!/bin/sh
# run-scenarios.sh MM24 DIR [GOLDEN_DIR] - run DIR/*.mm through mm24 and
# compare stdout, stderr and the exit status with the reviewed golden file
# GOLDEN_DIR/NAME.out (GOLDEN_DIR: DIR itself by default).
#
# A scenario is run as "mm24 run NAME.mm", unless its first line is
# "#!args ARGS", which gives the mm24 arguments instead (for command-line
# cases).  A "run" scenario writes its pictures ("dot ... > FILE") into a
# scratch directory (--dot-dir); each one follows the output in the
# golden, after a line "==> FILE <==", so that a picture cannot change
# unseen either.
# UPDATE=1 rewrites the golden files (review them before committing).
# Stack dumps and slab_debug's "Last user" keep the function names only:
# their addresses and offsets are those of mm24's own code and change from
# one build to the next; a trace's durations read "d.ddd us"; the line
# of a BUG or WARNING reads NNN (a doc comment moves it; the file, the
# function and the stack dump say which check it was).
# MM24_WRAP=CMD runs "CMD mm24 ARGS" (valgrind).  FAIL_FAST=1 stops at
# the first failure (make mutate).
# A chapter's scenario (DIR notes/scenarios) that has no golden yet is
# listed as "NO GOLDEN", not failed: its author writes the golden with it
# (UPDATE=1 ... notes/scenarios tests/scenarios-notes, then review); a
# scenario of tests/ without its golden fails.
# RAW_DIR=D compares what the reset check (tests/fuzz/reset_check.c) left
# in D/DIR/NAME.raw and NAME.status instead of running mm24 (MM24: -).
mm24=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
dir=$2
goldens=${3:-$2}
passed=0
failed=0
unchecked=0
tmp=$(mktemp)
dots=$(mktemp -d)
trap 'rm -rf "$tmp" "$tmp.raw" "$dots"' EXIT

for mm in "$dir"/*.mm; do
	name=$(basename "$mm" .mm)
	golden="$goldens/$name.out"
	if [ ! -f "$golden" ] && [ "${UPDATE:-0}" != 1 ] &&
	   [ "${dir#notes/}" != "$dir" ]; then
		unchecked=$((unchecked + 1))
		echo "NO GOLDEN $dir/$name.mm (not checked: $golden missing)"
		continue
	fi
	first=$(head -n 1 "$mm")
	rm -rf "$dots" && mkdir "$dots"
	case "$first" in
	"#!args "*) args=${first#"#!args "} ;;
	*) args="run --dot-dir=$dots $name.mm" ;;
	esac
	if [ -n "${RAW_DIR:-}" ]; then
		cp "$RAW_DIR/$dir/$name.raw" "$tmp.raw"
		status=$(cat "$RAW_DIR/$dir/$name.status")
		rm -rf "$dots" && cp -r "$RAW_DIR/$dir/$name.dots" "$dots"
	else
		# shellcheck disable=SC2086
		(cd "$dir" && $MM24_WRAP "$mm24" $args) >"$tmp.raw" 2>&1
		status=$?
	fi
	sed -E -e 's/\[<[0-9a-f]{8}>\] ([A-Za-z0-9_.]+)\+0x[0-9a-f]+\/0x[0-9a-f]+/[<........>] \1/' \
		-e 's/^(kernel BUG at [^ :]+):[0-9]+!$/\1:NNN!/' \
		-e 's/^(WARNING: at [^ :]+):[0-9]+ /\1:NNN /' \
		-e 's/^( [0-9]+\) )[ +!] [0-9]+\.[0-9]{3} us *\|/\1  d.ddd us    |/' \
		-e 's/\[<[0-9a-f]{8}>\]\(([A-Za-z0-9_.]+)\+0x[0-9a-f]+\/0x[0-9a-f]+\)/[<........>](\1)/' \
		"$tmp.raw" >"$tmp"
	for pic in $(cd "$dots" && ls); do
		echo "==> $pic <==" >>"$tmp"
		cat "$dots/$pic" >>"$tmp"
	done
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
		[ "${FAIL_FAST:-0}" = 1 ] && break
	fi
done
missing=""
[ "$unchecked" -eq 0 ] || missing=", $unchecked without a golden"
echo "scenarios ($dir): $passed passed, $failed failed$missing"
[ "$failed" -eq 0 ]
