#!/bin/sh
# site-build.sh BUILD SITE_DIR MM24 - build the bilingual site.
#  1. live material: run notes/scenarios/*.mm, the exercises and kdiff on
#     its fixture tree, write their output where the chapters include it
#     (BUILD/site-gen/out);
#     a scenario with "dot ... > NAME.dot" lines is run once per language
#     and its pictures become site-gen/dot/NAME.en.dot and NAME.zh.dot,
#     which the chapters draw with @dotfile;
#  2. Doxygen for English and Chinese in parallel, warnings are errors;
#  3. site-post.py: language switch, lang attributes, the entrance page.
set -eu
build=$1
site=$2
mm24=$3
start=$(date +%s%N)

gen=$build/site-gen
rm -rf "$gen"
mkdir -p "$gen/out" "$gen/dot/run" "$build/site"
# pictures: drawn in a scratch directory, then named NAME.LANG.dot
collect_dots() {
	for dot in "$gen/dot/run"/*.dot; do
		[ -e "$dot" ] || continue
		mv "$dot" "$gen/dot/$(basename "$dot" .dot).$1.dot"
	done
}
for mm in notes/scenarios/*.mm; do
	name=$(basename "$mm" .mm)
	first=$(head -n 1 "$mm")
	case "$first" in
	"#!args "*) args=${first#"#!args "} ;;
	*) args="run --dot-dir=$gen/dot/run $mm" ;;
	esac
	# shellcheck disable=SC2086
	if ! "$mm24" $args >"$gen/out/$name.txt" 2>&1; then
		case "$first" in *"expect-failure"*) ;; *)
			echo "site: scenario $mm failed:" >&2
			tail -5 "$gen/out/$name.txt" >&2
			exit 1 ;;
		esac
	fi
	collect_dots en
	if grep -q '^dot .*>' "$mm"; then
		"$mm24" run --lang zh --dot-dir="$gen/dot/run" "$mm" >/dev/null
		collect_dots zh
	fi
done
for ex in "$build"/bin/ex-*; do
	"$ex" >"$gen/out/$(basename "$ex").txt" 2>&1
done
# the structural diff on its fixture tree (written for the tests, no kernel
# text), for the tools chapter: a dropped branch, explained and not
(cd tests/diff/fixture && for f in refuse_quietly refuse_loudly; do
	python3 ../../../scripts/kdiff.py ksrc --xref xref.tsv --func "$f" |
		sed -n '/^====/,/^$/p'
done) >"$gen/out/kdiff-fixture.txt"
grep -q '^==== refuse_loudly' "$gen/out/kdiff-fixture.txt" ||
	{ echo "site: kdiff on its fixture printed nothing" >&2; exit 1; }

rm -rf "$site/en" "$site/zh"
mkdir -p "$site/en" "$site/zh"
status=0
DOC_LANG=en SITE_DIR=$site BUILD=$build doxygen Doxyfile &
en=$!
DOC_LANG=zh SITE_DIR=$site BUILD=$build doxygen Doxyfile &
zh=$!
wait $en || status=1
wait $zh || status=1
for lang in en zh; do
	log=$build/site/doxygen-$lang.log
	if [ -s "$log" ]; then
		echo "site: Doxygen warnings ($lang):" >&2
		sed "s|$(pwd)/||" "$log" >&2
		status=1
	fi
done
[ "$status" -eq 0 ] || exit 1
python3 scripts/site-post.py "$site"
ms=$((($(date +%s%N) - start) / 1000000))
echo "site: built $site/en and $site/zh, 0 Doxygen warnings, in $((ms / 1000)).$((ms % 1000 / 100)) s"
