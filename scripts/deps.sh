#!/bin/sh
# deps.sh - make sure the Debian packages mm24 needs are installed.
# Installs them itself when run as root or with password-less sudo;
# otherwise prints the exact command to run and fails.
set -eu

# fonttools (pyftsubset) and python3-brotli cut the site's font down to
# the characters it uses; npm fetches the search library (flexsearch).
# clang and libclang-rt-14-dev (libFuzzer, clang's sanitizer runtimes) for
# make fuzz and make check, valgrind for make check.
PKGS="gcc make libcmocka-dev universal-ctags python3 doxygen graphviz \
doxygen-awesome-css fonts-noto-cjk chromium chromium-driver \
fonttools python3-brotli clang libclang-rt-14-dev valgrind"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
		missing="$missing $p"
done
# npm may come with a nodejs that is not Debian's: ask for the command
command -v npm >/dev/null 2>&1 || missing="$missing npm"
[ -z "$missing" ] && exit 0

echo "mm24: installing missing Debian packages:$missing"
if [ "$(id -u)" = 0 ]; then
	SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	SUDO="sudo -n"
else
	echo "mm24: cannot install packages (not root, no sudo). Run:" >&2
	echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $missing
