#!/usr/bin/env python3
"""kdiff.py - diff the mirrored symbols against a real Linux 2.6.24 tree.

usage: kdiff.py KSRC [--xref build/xref.tsv] [--unit UNIT] [--func NAME]
                [--summary-only] [--html OUTDIR]

Run from the repository root: the src_file column of xref.tsv (and a
relative --xref) is read relative to the current directory.  KSRC may be
a whole 2.6.24 tree or a partial one (say only mm/ and include/); with
--html, KSRC may be the word "none", which writes, per unit, a page that
says how to get a tree.

Algorithm:
 1. Check KSRC: it must be a readable directory; if it has a top Makefile,
    that Makefile must say VERSION 2, PATCHLEVEL 6, SUBLEVEL 24.  Without
    one the tree is taken as partial and the version is not checked.
 2. Read xref.tsv; keep the rows of --unit and --func (an unknown name
    is an error).
 3. Our definition: universal-ctags (--fields=+ne) tags of our file; the
    tag of the symbol at src_line gives the end line.  The kernel's: the
    tags of the symbol in KSRC/kernel_file; the one at kernel_line is
    "found", else the nearest one is "moved".  If ctags tags no
    definition of the name but kernel_line holds it as a word (e.g.
    ENTRY(__get_user_4) in a .S file) it is found there.  Neither:
    "missing in KSRC".
 4. Extent: ctags' end line; without one, backslash continuation for a
    #define, brace matching (or the first ';' outside braces) for C, and
    the paragraph up to the next blank line for other files.  A function
    whose return type sits on the line(s) above its name starts there.
 5. Normalise both: drop comments, collapse white space, drop blank lines.
 6. Print a unified diff of the normalised lines per symbol, then a
    summary table: similarity is difflib's ratio over the *tokens*
    (identifiers, numbers, single punctuation) of the normalised text, so
    a one-token change costs one token rather than a whole line; the
    verdict follows the thresholds below.  A closing line counts verdicts.
 7. --html OUTDIR: one self-contained page per unit, OUTDIR/diff-UNIT.html,
    summary on top, a side-by-side table per symbol at #sym-NAME.  The
    pages hold kernel text and are never committed.

Exit status: 0 when the comparison ran (differences are not errors), 2 on
a usage error or an unusable KSRC or xref.tsv.
"""
import argparse
import dataclasses
import difflib
import functools
import html
import os
import pathlib
import re
import signal
import subprocess
import sys

# A mirror "keeps the shape" when three tokens in four line up with the
# kernel's: renames, dropped likely()/unlikely() and a removed statistics
# call leave it above this; a removed lock section or NUMA loop do not.
SAME_SHAPE = 0.75
# Below SAME_SHAPE, a mirror at most 60% as long as the kernel (normalised
# lines) is "simplified": the kernel code was cut down.  Anything else that
# scores low - as long as the kernel's, or longer - was "rewritten".
SHORTER = 0.60

VERDICTS = ("same shape", "simplified", "rewritten", "moved",
            "missing in KSRC")
VERSION = ("2", "6", "24")
C_SUFFIXES = (".c", ".h")
# Tag kinds that are not definitions of a symbol of their own.
NOT_DEFINITIONS = {"member", "local", "parameter", "prototype", "externvar"}


@dataclasses.dataclass
class Row:
    symbol: str
    unit: str
    src_file: str
    src_line: int
    kernel_file: str
    kernel_line: int


@dataclasses.dataclass
class Span:
    where: str          # FILE:FIRST-LAST, 1-based, for headings
    lines: list         # the normalised lines


@dataclasses.dataclass
class Result:
    row: Row
    verdict: str
    note: str = ""              # where it moved to, or what is missing
    ours: Span = None
    kernel: Span = None         # None when missing in KSRC
    similarity: float = None


def die(msg):
    print(f"kdiff: {msg}", file=sys.stderr)
    sys.exit(2)


def warn(msg):
    print(f"kdiff: warning: {msg}", file=sys.stderr)


# ---- 1. the tree ----------------------------------------------------------

def check_ksrc(ksrc):
    """Stop with exit 2 unless ksrc is a readable 2.6.24 (or partial) tree."""
    if not os.path.isdir(ksrc):
        die(f"KSRC {ksrc}: no such directory")
    try:
        os.listdir(ksrc)
    except OSError as e:
        die(f"KSRC {ksrc}: cannot read the directory: {e.strerror}")
    makefile = os.path.join(ksrc, "Makefile")
    if not os.path.exists(makefile):
        warn(f"{makefile} absent: a partial tree, its version cannot be "
             "checked")
        return
    found = makefile_version(makefile)
    if found[:3] != VERSION:
        die(f"KSRC {ksrc} is Linux {version_text(found)}, not 2.6.24")
    if found[3]:
        warn(f"KSRC is Linux {version_text(found)}; the kernel lines in "
             "xref.tsv refer to 2.6.24")


def makefile_version(makefile):
    """(VERSION, PATCHLEVEL, SUBLEVEL, EXTRAVERSION) from a top Makefile."""
    try:
        text = pathlib.Path(makefile).read_text(encoding="latin-1")
    except OSError as e:
        die(f"{makefile}: {e.strerror}")
    found = []
    for key in ("VERSION", "PATCHLEVEL", "SUBLEVEL", "EXTRAVERSION"):
        m = re.search(rf"^{key}\s*=[ \t]*(\S*)", text, re.M)
        found.append(m.group(1) if m else "")
    return tuple(found)


def version_text(found):
    numbers = ".".join(v if v else "?" for v in found[:3])
    return numbers + found[3]


# ---- 2. the rows ------------------------------------------------------------

def read_xref(path, unit, func):
    """The rows of xref.tsv, filtered by unit and symbol name."""
    try:
        with open(path, encoding="utf-8") as f:
            lines = f.read().splitlines()
    except OSError as e:
        die(f"{path}: {e.strerror} (make xref writes it)")
    rows = []
    for n, line in enumerate(lines[1:], 2):
        cols = line.split("\t")
        if len(cols) != 6:
            die(f"{path}:{n}: expected 6 columns, found {len(cols)}")
        rows.append(Row(cols[0], cols[1], cols[2], int(cols[3]), cols[4],
                        int(cols[5])))
    if unit is not None:
        units = sorted({r.unit for r in rows})
        rows = [r for r in rows if r.unit == unit]
        if not rows:
            die(f"unknown unit {unit}; units: {' '.join(units)}")
    if func is not None:
        rows = [r for r in rows if r.symbol == func]
        if not rows:
            scope = f" in unit {unit}" if unit else ""
            die(f"unknown symbol {func}{scope}: not in {path}")
    return rows


# ---- 3. sources and their tags ----------------------------------------------

@dataclasses.dataclass
class Source:
    code: list          # comments blanked, strings kept (for normalising)
    bare: list          # comments and string contents blanked (for braces)
    tags: dict          # name -> [(line, end or None)], 1-based
    is_c: bool


@functools.lru_cache(maxsize=None)
def load(path):
    """The file at path, read and tagged once.  Lines are split at "\n"
    only, as ctags counts them (kernel files hold form feeds)."""
    text = pathlib.Path(path).read_text(encoding="utf-8",
                                        errors="replace")
    is_c = path.endswith(C_SUFFIXES)
    return Source(mask(text, False).split("\n"),
                  mask(text, True).split("\n"),
                  ctags(path, is_c), is_c)


def mask(text, blank_strings):
    """text with every comment (and, if asked, string body) turned to
    spaces; newlines stay, so line numbers do not move."""
    out, i, n = [], 0, len(text)
    while i < n:
        two = text[i:i + 2]
        if two == "/*":
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
        elif two == "//":
            j = text.find("\n", i)
            j = n if j < 0 else j
        elif text[i] in "\"'":
            j = string_end(text, i)
            if blank_strings:   # keep the quotes (or the line's end)
                close = j - 1 if text[j - 1] in (text[i], "\n") else j
                close = max(close, i + 1)
                out.append(text[i] + blank(text[i + 1:close]) + text[close:j])
            else:
                out.append(text[i:j])
            i = j
            continue
        else:
            out.append(text[i])
            i += 1
            continue
        out.append(blank(text[i:j]))
        i = j
    return "".join(out)


def blank(text):
    """text with everything but newlines turned to spaces."""
    return re.sub(r"[^\n]", " ", text)


def string_end(text, i):
    """Index just past the string or char literal that opens at text[i]."""
    quote, j = text[i], i + 1
    while j < len(text) and text[j] not in (quote, "\n"):
        j += 2 if text[j] == "\\" else 1
    return min(j + 1, len(text))


def ctags(path, is_c):
    """name -> [(line, end)] for the definitions ctags finds."""
    cmd = ["ctags", "-f", "-", "--excmd=number", "--sort=no",
           "--fields=+neK"]
    if is_c:
        cmd.append("--language-force=C")
    try:
        out = subprocess.run(cmd + [path], capture_output=True, text=True,
                             errors="replace", check=True).stdout
    except FileNotFoundError:
        die("universal-ctags (ctags) is not installed")
    except subprocess.CalledProcessError as e:
        die(f"ctags failed on {path}: {e.stderr.strip()}")
    tags = {}
    for line in out.splitlines():
        fields = line.split("\t")
        ext = dict(f.split(":", 1) for f in fields[3:] if ":" in f)
        kind = next((f for f in fields[3:] if ":" not in f), "")
        if kind in NOT_DEFINITIONS or "line" not in ext:
            continue
        end = int(ext["end"]) if "end" in ext else None
        tags.setdefault(fields[0], []).append((int(ext["line"]), end))
    return tags


# ---- 4. extents ---------------------------------------------------------------

def extent(src, line, end):
    """(first, last), 1-based, of the definition whose name is on line."""
    if end is None:
        end = end_by_text(src, line - 1) + 1
    return head_start(src, line - 1) + 1, end


def end_by_text(src, i):
    """0-based last line of the definition starting at line i."""
    bare = src.bare
    if re.match(r"\s*#\s*define\b", bare[i]):
        while i + 1 < len(bare) and bare[i].rstrip().endswith("\\"):
            i += 1
        return i
    if not src.is_c:
        while i + 1 < len(bare) and bare[i + 1].strip():
            i += 1
        return i
    depth, opened = 0, False
    for j in range(i, len(bare)):
        for ch in bare[j]:
            if ch == "{":
                depth, opened = depth + 1, True
            elif ch == "}":
                depth -= 1
                if opened and depth == 0:
                    return j
            elif ch == ";" and depth == 0:
                return j
    return i


def head_start(src, i):
    """0-based first line: the name's line, or up to two lines above it
    that hold only the rest of the declaration ("static inline int")."""
    if src.code[i].lstrip().startswith("#"):
        return i
    for _ in range(2):
        if i == 0 or not re.fullmatch(r"\s*[A-Za-z_][\w \t*]*",
                                      src.code[i - 1]):
            break
        i -= 1
    return i


def normalise(src, first, last):
    """Lines first..last (1-based) without comments, white space collapsed,
    blank lines dropped."""
    lines = (" ".join(s.split()) for s in src.code[first - 1:last])
    return [s for s in lines if s]


def span(path, src, first, last):
    return Span(f"{path}:{first}-{last}", normalise(src, first, last))


def holds_word(src, line, name):
    return 0 < line <= len(src.code) and re.search(
        rf"(?<!\w){re.escape(name)}(?!\w)", src.code[line - 1]) is not None


# ---- 3 and 5. locating and comparing ------------------------------------------

def locate_ours(row):
    """Our definition of row.symbol, as a Span; a stale xref is an error."""
    try:
        src = load(row.src_file)
    except OSError as e:
        die(f"{row.src_file}: {e.strerror}; is xref.tsv stale?")
    if not holds_word(src, row.src_line, row.symbol):
        die(f"{row.src_file}:{row.src_line} does not hold {row.symbol}; "
            "xref.tsv is stale (make xref)")
    ends = [e for ln, e in src.tags.get(row.symbol, ())
            if ln == row.src_line]
    first, last = extent(src, row.src_line, ends[0] if ends else None)
    return span(row.src_file, src, first, last)


def compare(row, ksrc):
    """The Result for one xref row against the tree at ksrc."""
    ours = locate_ours(row)
    path = os.path.join(ksrc, row.kernel_file)
    if not os.path.isfile(path):
        return Result(row, "missing in KSRC", f"no file {row.kernel_file}",
                      ours)
    src = load(path)
    tags = src.tags.get(row.symbol, [])
    if not tags and holds_word(src, row.kernel_line, row.symbol):
        tags = [(row.kernel_line, None)]
    if not tags:
        return Result(row, "missing in KSRC",
                      f"no {row.symbol} in {row.kernel_file}", ours)
    line, end = min(tags, key=lambda t: abs(t[0] - row.kernel_line))
    first, last = extent(src, line, end)
    kernel = span(row.kernel_file, src, first, last)
    ratio = similarity(ours.lines, kernel.lines)
    if line != row.kernel_line:
        return Result(row, "moved", f"found at line {line}", ours, kernel,
                      ratio)
    return Result(row, verdict(ratio, len(ours.lines), len(kernel.lines)),
                  "", ours, kernel, ratio)


def similarity(ours, kernel):
    """difflib's ratio over the tokens of two lists of normalised lines."""
    token = re.compile(r"\w+|[^\w\s]")
    a = token.findall("\n".join(ours))
    b = token.findall("\n".join(kernel))
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def verdict(ratio, n_ours, n_kernel):
    if ratio >= SAME_SHAPE:
        return "same shape"
    if n_ours <= SHORTER * n_kernel:
        return "simplified"
    return "rewritten"


# ---- 6. text output ---------------------------------------------------------------

def places(r):
    """ "ours: FILE:LINE  kernel: FILE:LINE (note)" for one result."""
    where = f"{r.row.kernel_file}:{r.row.kernel_line}"
    if r.note:
        where += f" ({r.note})"
    return f"ours: {r.row.src_file}:{r.row.src_line}  kernel: {where}"


def print_diff(r):
    print(f"==== {r.row.symbol}  {places(r)}")
    if r.kernel is None:
        print(f"({r.verdict})\n")
        return
    diff = list(difflib.unified_diff(r.ours.lines, r.kernel.lines,
                                     "ours/" + r.ours.where,
                                     "ksrc/" + r.kernel.where, lineterm=""))
    print("\n".join(diff) if diff else "(identical after normalisation)")
    print()


def summary_rows(results):
    """The summary table as rows of strings, header first."""
    rows = [("symbol", "kernel file:line", "ours/kernel", "similarity",
             "verdict")]
    for r in results:
        if r.kernel is None:
            sizes, ratio = f"{len(r.ours.lines)}/-", "-"
        else:
            sizes = f"{len(r.ours.lines)}/{len(r.kernel.lines)}"
            ratio = f"{r.similarity:.0%}"
        text = r.verdict + (f" ({r.note})" if r.note else "")
        rows.append((r.row.symbol, f"{r.row.kernel_file}:{r.row.kernel_line}",
                     sizes, ratio, text))
    return rows


def print_summary(results):
    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths)] + [row[4]]
        print("  ".join(cells))
    print(counts_line(results))


def counts_line(results):
    counts = [f"{sum(r.verdict == v for r in results)} {v}"
              for v in VERDICTS]
    plural = "" if len(results) == 1 else "s"
    return f"kdiff: {len(results)} symbol{plural}: " + ", ".join(counts)


# ---- 7. HTML --------------------------------------------------------------------------

CSS = """
:root { color-scheme: light dark; --fg: #1b1b1b; --bg: #fdfdfd;
  --line: #c8c8c8; --add: #d7f5d7; --sub: #fadbdb; --chg: #f7efc4;
  --head: #ececec; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e2e2e2; --bg: #17181a; --line: #45474b; --add: #1f4a2a;
    --sub: #5a2526; --chg: #4e4516; --head: #26282b; } }
body { font: 15px/1.45 system-ui, sans-serif; color: var(--fg);
  background: var(--bg); margin: 1.5em auto; max-width: 110em;
  padding: 0 1em; }
a { color: inherit; }
table { border-collapse: collapse; margin: 0.6em 0 1.6em; }
th, td { border: 1px solid var(--line); padding: 0.15em 0.5em;
  text-align: left; vertical-align: top; }
th { background: var(--head); }
table.diff { font: 13px/1.35 ui-monospace, monospace; width: 100%; }
table.diff td { white-space: pre-wrap; }
.diff_header { color: #888; text-align: right; }
thead .diff_header { color: inherit; text-align: left; }
table.diff td:has(> span) { background: var(--head); }
.diff_next { display: none; }
.diff_add { background: var(--add); }
.diff_sub { background: var(--sub); }
.diff_chg { background: var(--chg); }
"""


def page(title, body):
    return (f"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(title)}</title><style>{CSS}</style></head>"
            f"<body>\n<h1>{html.escape(title)}</h1>\n{body}\n</body></html>\n")


def html_table(rows, anchor):
    """rows (header first) as an HTML table.  anchor "link": the symbol in
    the first cell links to #sym-NAME; anchor "id": the row is #sym-NAME."""
    out = ["<table>", "<tr>" + "".join(f"<th>{html.escape(c)}</th>"
                                       for c in rows[0]) + "</tr>"]
    for row in rows[1:]:
        cells = [html.escape(c) for c in row]
        tr = "<tr>"
        if anchor == "link":
            cells[0] = f'<a href="#sym-{cells[0]}">{cells[0]}</a>'
        else:
            tr = f'<tr id="sym-{cells[0]}">'
        out.append(tr + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    return "\n".join(out + ["</table>"])


def html_symbol(r, differ):
    """One symbol's section: heading with both places, then the diff."""
    out = [f'<h2 id="sym-{r.row.symbol}">{html.escape(r.row.symbol)}</h2>',
           f"<p>{html.escape(places(r))}"
           f" &mdash; {html.escape(r.verdict)}</p>"]
    if r.kernel is not None:
        out.append(differ.make_table(r.ours.lines, r.kernel.lines,
                                     "ours " + r.ours.where,
                                     "kernel " + r.kernel.where))
    return "\n".join(out)


def write_html(results, outdir, ksrc):
    """OUTDIR/diff-UNIT.html for every unit among the results."""
    os.makedirs(outdir, exist_ok=True)
    differ = difflib.HtmlDiff(tabsize=8, wrapcolumn=90)
    for unit in sorted({r.row.unit for r in results}):
        mine = [r for r in results if r.row.unit == unit]
        body = [f"<p>Normalised code (no comments, white space collapsed; "
                "line numbers count normalised lines) against "
                f"{html.escape(os.path.abspath(ksrc))}, generated on this "
                "machine. It holds kernel text: do not commit it.</p>",
                html_table(summary_rows(mine), "link"),
                f"<p>{html.escape(counts_line(mine))}</p>"]
        body += [html_symbol(r, differ) for r in mine]
        write(outdir, unit, page(f"{unit}: mm24 against Linux 2.6.24",
                                 "\n".join(body)))


HOWTO = """<p>This page shows each mirrored symbol of the unit side by side
with the Linux 2.6.24 source. The kernel source is not part of mm24, so the
page is generated on your machine from your own copy:</p>
<ol>
<li>Get the tree:
<code>wget https://cdn.kernel.org/pub/linux/kernel/v2.6/linux-2.6.24.tar.bz2</code>
then <code>tar xjf linux-2.6.24.tar.bz2</code>
(or <code>git checkout v2.6.24</code> in a clone of Linus' tree).</li>
<li>Build the site with it:
<code>make site KSRC=/path/to/linux-2.6.24</code></li>
</ol>
<p>The symbols it will cover:</p>
"""


def write_howto(rows, outdir):
    """OUTDIR/diff-UNIT.html saying how to get a tree, for every unit."""
    os.makedirs(outdir, exist_ok=True)
    for unit in sorted({r.unit for r in rows}):
        table = [("symbol", "kernel file:line")]
        table += [(r.symbol, f"{r.kernel_file}:{r.kernel_line}")
                  for r in rows if r.unit == unit]
        body = HOWTO + html_table(table, "id")
        write(outdir, unit, page(f"{unit}: mm24 against Linux 2.6.24 "
                                 "(no kernel tree given)", body))


def write(outdir, unit, text):
    with open(os.path.join(outdir, f"diff-{unit}.html"), "w",
              encoding="utf-8") as f:
        f.write(text)


# ---- main ---------------------------------------------------------------------------------

def parse_args():
    p = argparse.ArgumentParser(
        description="Diff mirrored symbols against a Linux 2.6.24 tree.")
    p.add_argument("ksrc", metavar="KSRC",
                   help='the 2.6.24 tree, or "none" with --html')
    p.add_argument("--xref", default="build/xref.tsv")
    p.add_argument("--unit")
    p.add_argument("--func", metavar="NAME")
    p.add_argument("--summary-only", action="store_true")
    p.add_argument("--html", metavar="OUTDIR")
    return p.parse_args()


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under | head
    args = parse_args()
    if args.ksrc == "none":
        if not args.html:
            die('KSRC "none" needs --html OUTDIR')
        write_howto(read_xref(args.xref, args.unit, args.func), args.html)
        return
    check_ksrc(args.ksrc)
    rows = read_xref(args.xref, args.unit, args.func)
    results = [compare(row, args.ksrc) for row in rows]
    if not args.summary_only:
        for r in results:
            print_diff(r)
    print_summary(results)
    if args.html:
        write_html(results, args.html, args.ksrc)


if __name__ == "__main__":
    main()
