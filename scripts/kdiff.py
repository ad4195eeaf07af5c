#!/usr/bin/env python3
"""kdiff.py - compare the decisions of the mirrored symbols with a real
Linux 2.6.24 tree.

usage: kdiff.py KSRC [--xref build/xref.tsv] [--unit UNIT] [--func NAME]
                [--summary-only] [--html OUTDIR] [--json FILE]

Run from the repository root: the src_file column of xref.tsv (and a
relative --xref) is read relative to the current directory.  KSRC may be
a whole 2.6.24 tree or a partial one (say only mm/ and include/); with
--html, KSRC may be the word "none", which writes, per unit, a page that
says how to get a tree.

mm24 writes every statement itself and keeps the kernel's decisions, so
this tool compares decisions, not characters:

 1. Check KSRC: a readable directory whose top Makefile (if any) says
    2.6.24.  Read xref.tsv and keep the rows of --unit and --func.
 2. Preprocess for the configuration mm24 mirrors (CONFIG below; the
    first line of the output names it).  The kernel files to compare are
    read with their #includes, as cpp would (<asm/...> is asm-x86), so
    the macros they end up with are known (ENV); every #if/#ifdef/#elif
    block is folded and the inactive ones dropped, line numbers kept.
    From the same pass, calls this configuration compiles to nothing (an
    empty static inline, a do-nothing macro, a function whose decisions
    all fold away) and calls that return a constant are recorded (FOLDED).
 3. Find each definition with universal-ctags (the kernel's at the line
    xref.tsv names; elsewhere in the file it is "moved", an unexplained
    difference; nowhere, "missing").
 4. Reduce each side to its decisions, in source order:
      call NAME          every call of a function or function-like macro,
                         in the order the calls run (arguments first)
      if / loop / switch with what the condition tests, then else / end
      case VALUE, return VALUE, goto LABEL, LABEL:, break, continue
      field / enumerator / value for structs, enums, macros, variables
    Normalised: comments, casts, likely()/unlikely() and white space are
    ignored; locals are anonymous and parameters known by position, so
    renaming either changes nothing; a condition is the set of fields,
    globals, constants and functions it tests, following a local back to
    what was assigned to it before (so a sub-expression moved into a
    local is the same test).  A folded call is dropped with its
    arguments, and a branch that a numeric macro of the configuration
    (NUMA_BUILD, efi_enabled) or a local that can only be NULL decides is
    folded like an #if; a test whose branches compiled to nothing goes,
    but its calls stay as ones a mirror may leave out.  On our side, a
    call to a static helper of the same file that mirrors nothing (and
    that the kernel does not call) is replaced by the helper's decisions.
 5. Align the two sequences (a longest common subsequence).  Each run of
    unmatched decisions is one difference: "dropped" (kernel only),
    "added" (ours only), "changed", or "reordered" (an added and a
    dropped run of the same decisions).  A difference is explained when a
    @kquirk of our symbol names, as code, one of the calls, fields,
    constants or labels it involves (a change: one from each side); a
    run of nameless decisions (an end, an else) takes the explanation of
    the nearest named difference.  Otherwise it is unexplained.
 6. Verdict per symbol: "same decisions" (no difference), "simplified"
    (only dropped ones), "rewritten" (something added or changed),
    "missing" (no kernel definition).  Print each difference with the two
    source snippets (indentation kept, continuation lines joined) and its
    @kquirk, then a summary table and, per unit, the count of verdicts and
    of unexplained differences.
 7. --html OUTDIR: one page per unit, OUTDIR/diff-UNIT.html, with the
    differences side by side.  The pages hold kernel text: never commit.
    --json FILE: the same results as data, for the site's own diff pages:
    the configuration line, and per symbol its unit, places, verdict,
    counts and differences (kind, what, the explaining @kquirk, both
    snippets as [line, text]).  Also kernel text: never commit.

Exit status: 0 when every difference is explained, 1 when some are not,
2 on a usage error or an unusable KSRC or xref.tsv.
"""
import argparse
import collections
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
import warnings

VERDICTS = ("same decisions", "simplified", "rewritten", "missing")
VERSION = ("2", "6", "24")
C_SUFFIXES = (".c", ".h")
NOT_DEFINITIONS = {"member", "local", "parameter", "prototype", "externvar"}

# The configuration mm24 mirrors: i386 built for the default CPU (M686,
# 32-byte cache lines), non-PAE HIGHMEM4G, FLATMEM, !NUMA, SMP with 8 CPUs
# (which forces the IO-APIC), SLAB with /proc/slabinfo (SLABINFO, on for
# SLAB with PROC_FS), and the debug option mm24 turns on (DEBUG_VM:
# VM_BUG_ON is live).  Anything else is undefined.
CONFIG = {
    "CONFIG_X86": 1, "CONFIG_X86_32": 1, "CONFIG_MMU": 1, "CONFIG_SMP": 1,
    "CONFIG_NR_CPUS": 8, "CONFIG_X86_LOCAL_APIC": 1, "CONFIG_X86_IO_APIC": 1,
    "CONFIG_HIGHMEM": 1, "CONFIG_HIGHMEM4G": 1, "CONFIG_FLATMEM": 1,
    "CONFIG_FLAT_NODE_MEM_MAP": 1, "CONFIG_ARCH_POPULATES_NODE_MAP": 1,
    "CONFIG_ZONE_DMA": 1, "CONFIG_SLAB": 1, "CONFIG_SLABINFO": 1,
    "CONFIG_PROC_FS": 1,
    "CONFIG_SYSCTL": 1, "CONFIG_BUG": 1, "CONFIG_PRINTK": 1,
    "CONFIG_VM_EVENT_COUNTERS": 1, "CONFIG_DEBUG_VM": 1,
    "CONFIG_PAGE_OFFSET": 0xC0000000, "CONFIG_SPLIT_PTLOCK_CPUS": 4,
    "CONFIG_M686": 1, "CONFIG_X86_L1_CACHE_SHIFT": 5,
    "CONFIG_X86_WP_WORKS_OK": 1, "CONFIG_ZONE_DMA_FLAG": 1,
    # arch/x86/Kconfig: QUICKLIST defaults to X86_32 (page directories
    # come from a quicklist); mm/Kconfig: NR_QUICK is then 1
    "CONFIG_QUICKLIST": 1, "CONFIG_NR_QUICK": 1,
    "__KERNEL__": 1,
}
# What the headers define for that configuration and the mm files test.
HEADER_DEFINES = {"HASHED_PAGE_VIRTUAL": 1, "__PAGETABLE_PMD_FOLDED": 1,
                  "__PAGETABLE_PUD_FOLDED": 1, "AT_SYSINFO_EHDR": 1}
# C-level constants of that configuration: a branch on them is dead or
# always taken, as the compiler sees it.
CONSTANTS = {"NUMA_BUILD": 0, "MAX_NUMNODES": 1, "BITS_PER_LONG": 32,
             "PAGE_SHIFT": 12, "MAX_ORDER": 11, "NR_CPUS": 8}

KEYWORDS = {
    "auto", "break", "case", "char", "const", "continue", "default", "do",
    "double", "else", "enum", "extern", "float", "for", "goto", "if",
    "inline", "int", "long", "register", "return", "short", "signed",
    "sizeof", "static", "struct", "switch", "typedef", "union", "unsigned",
    "void", "volatile", "while", "_Bool", "bool", "__inline__", "__inline",
    "__always_inline", "__init", "__meminit", "__devinit", "__cpuinit",
    "__initdata", "__read_mostly", "__user", "__iomem", "fastcall",
    "asmlinkage", "noinline", "__attribute__", "typeof", "__typeof__",
    "restrict", "__restrict", "__must_check", "__cold", "__pure",
    "__force", "__nocast", "__bitwise", "__kprobes", "__cacheline_aligned",
    "____cacheline_aligned_in_smp", "__page_aligned",
}
TYPE_WORDS = {"char", "short", "int", "long", "signed", "unsigned", "void",
              "float", "double", "_Bool", "bool", "const", "volatile",
              "static", "register", "extern", "inline", "__inline__",
              "__always_inline", "__init", "__initdata", "__meminit",
              "__read_mostly", "__user", "__iomem", "restrict", "auto"}
WRAPPERS = {"likely", "unlikely"}       # calls that are not decisions
NO_CALL = KEYWORDS | {"defined"}
NUMERIC_TYPES = re.compile(r"^(?:u|s|__u|__s)(?:8|16|32|64)$|_t$")


@dataclasses.dataclass
class Row:
    symbol: str
    unit: str
    src_file: str
    src_line: int
    kernel_file: str
    kernel_line: int


def die(msg):
    print(f"kdiff: {msg}", file=sys.stderr)
    sys.exit(2)


def warn(msg):
    print(f"kdiff: warning: {msg}", file=sys.stderr)


# ---- 1. the tree and the rows ----------------------------------------------

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
    return ".".join(v if v else "?" for v in found[:3]) + found[3]


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


# ---- 2. sources: comments masked, the configuration folded -------------------

@dataclasses.dataclass
class Source:
    path: str
    raw: list           # the file's lines as they are
    code: list          # comments blanked, inactive #if blocks blanked
    tags: dict          # name -> [(line, end or None)], 1-based
    is_c: bool
    env: dict = None    # the macros defined at the end of the file


@functools.lru_cache(maxsize=None)
def load(path):
    """The file at path, read, folded and tagged once.  Lines are split at
    "\n" only, as ctags counts them (kernel files hold form feeds)."""
    text = pathlib.Path(path).read_text(encoding="utf-8", errors="replace")
    is_c = path.endswith(C_SUFFIXES)
    code = mask(text).split("\n")
    if is_c:
        # the file's own macros (its include guard first) are its own to
        # define: drop them from what the headers left behind
        own = set(re.findall(r"^\s*#\s*define\s+(\w+)", text, re.M))
        base = ENV or {**CONFIG, **HEADER_DEFINES, **CONSTANTS}
        # mm24's own per-binary switches (src/init/main.c): all units on
        units = {n: 1 for n in re.findall(r"\bCONFIG_MM24_\w+", text)}
        env = collections.ChainMap(units, {
            k: v for k, v in base.items() if k not in own})
        code = fold(code, env)
        return Source(path, text.split("\n"), code, ctags(path, is_c), is_c,
                      env)
    return Source(path, text.split("\n"), code, ctags(path, is_c), is_c, {})


LITERAL_OR_COMMENT = re.compile(
    r"/\*.*?(?:\*/|\Z)|//[^\n]*|\"(?:\\.|[^\"\\\n])*\"?|'(?:\\.|[^'\\\n])*'?",
    re.S)


def mask(text):
    """text with every comment turned to spaces (newlines kept) and every
    string or character literal kept as it is."""
    def blank(m):
        s = m.group(0)
        if s[0] in "\"'":
            return s
        return re.sub(r"[^\n]", " ", s)
    return LITERAL_OR_COMMENT.sub(blank, text)


# ---- 2b. calls the configuration compiles to nothing ------------------------

# name -> None (an empty function or do-nothing macro in this configuration)
# or an int (a function that returns that constant); filled by
# index_config_calls() from KSRC's headers and the kernel files compared.
FOLDED = {}
# The macros the kernel files see after their #includes (object-like ones
# with their values), filled by index_config_calls().
ENV = {}
# a definition at the start of a line, static or not (the kernel's .c files)
FUNCTION_HEAD = re.compile(r"^[A-Za-z_][\w \t*]*?\b(\w+)\s*"
                           r"\(([^;{}()]|\([^()]*\))*\)\s*\{", re.M)
STATIC_HEAD = re.compile(r"\bstatic\s+(?:[\w*]+\s+)*?\**\s*(\w+)\s*"
                         r"\(([^;{}()]|\([^()]*\))*\)\s*\{")


def index_config_calls(ksrc, kernel_files):
    """Preprocess the kernel files to compare, following their #includes
    for the configuration, and fill ENV with the macros they end up with
    and FOLDED with the static inline functions and function-like macros
    whose bodies are empty (or only call such ones) or return a constant.
    A name with any other active definition is left alone."""
    env = {**CONFIG, **HEADER_DEFINES, **CONSTANTS}
    seen, macros, code = set(), [], []

    sources = set()                 # the .c files' folded text

    def visit(path, scope):
        if path is None or path in seen or not os.path.isfile(path):
            return
        seen.add(path)
        text = pathlib.Path(path).read_text(encoding="utf-8",
                                            errors="replace")
        code.append("\n".join(fold(mask(text).split("\n"), scope, macros,
                                   lambda spec: visit(header(ksrc, spec,
                                                             path), env))))
        if path.endswith(".c"):
            sources.add(len(code) - 1)

    for f in sorted(kernel_files):       # a .c file's own macros stay its own
        visit(os.path.join(ksrc, f), collections.ChainMap({}, env))
    ENV.clear()
    ENV.update(env)
    verdicts = {}                   # name -> set of outcomes
    bodies = {}                     # name -> macro bodies still undecided
    others = {}                     # name -> definitions that do something
    functions = {}                  # name -> static function bodies (tokens)
    for name, body in macros:
        outcome = constant_body(body)
        if outcome == "other":
            bodies.setdefault(name, []).append(body)
            others[name] = others.get(name, 0) + 1
        verdicts.setdefault(name, set()).add(outcome)
    for n, text in enumerate(code):
        heads = {m.start(): m for m in STATIC_HEAD.finditer(text)}
        if n in sources:
            heads.update({m.start(): m for m in FUNCTION_HEAD.finditer(text)
                          if m.group(1) not in KEYWORDS})
        for m in heads.values():
            toks = tokens_of(text[m.end():m.end() + 400])
            depth, body = 1, []
            for t in toks:
                depth += (t == "{") - (t == "}")
                if depth == 0:
                    break
                body.append(t)
            outcome = constant_body(" ".join(body))
            if outcome == "other":
                others[m.group(1)] = others.get(m.group(1), 0) + 1
                if depth == 0:          # the whole body was read
                    functions.setdefault(m.group(1), []).append(body)
            verdicts.setdefault(m.group(1), set()).add(outcome)
    FOLDED.clear()
    for _ in range(4):                  # macros made of empty calls
        for name, outcomes in verdicts.items():
            # every definition does nothing: macros that only call empty
            # ones, functions whose decisions all fold away
            if outcomes != {"other"}:
                continue
            macro_bodies = bodies.get(name, [])
            fn_bodies = functions.get(name, [])
            if len(macro_bodies) + len(fn_bodies) == others[name] and \
                    all(calls_only_folded(b) for b in macro_bodies) and \
                    all(folds_away(b) for b in fn_bodies):
                verdicts[name] = {None}
        FOLDED.update({n: next(iter(o)) for n, o in verdicts.items()
                       if len(o) == 1 and o != {"other"}})


def header(ksrc, spec, including):
    """The file an #include names: <asm/x.h> is asm-x86's, "x.h" sits
    next to the including file; None for a computed include."""
    m = re.match(r'<([^>]+)>|"([^"]+)"', spec)
    if not m:
        return None
    if m.group(2):
        return os.path.join(os.path.dirname(including), m.group(2))
    name = m.group(1)
    if name.startswith("asm/"):
        name = "asm-x86/" + name[4:]
    return os.path.join(ksrc, "include", name)


def constant_body(body):
    """None for an empty body, an int for `return N;` or a constant
    expression, "other" for anything else."""
    words = tokens_of(body)
    text = " ".join(words)
    if text in ("", "do { } while ( 0 )", "( ( void ) 0 )", "( void ) 0",
                "{ }", ";"):
        return None
    m = re.fullmatch(r"(?:return )?\(? ?(-? ?\d+|NULL) ?\)? ?;?", text)
    if m:
        return 0 if m.group(1) == "NULL" else int(m.group(1).replace(" ", ""))
    return "other"


def folds_away(words):
    """A function body (tokens) that changes nothing and whose calls and
    branches all fold away in this configuration: if (NUMA_BUILD) ..."""
    if any(w in ("=", "+=", "-=", "|=", "&=", "++", "--", "return", "asm",
                 "__asm__", "volatile") for w in words):
        return False
    fn = Function("", [Tok(w, 0, i) for i, w in enumerate(words)], [])
    fn.body(0, len(fn.toks))
    return not fn.out


def calls_only_folded(body):
    """A macro body that does nothing but call folded empty ones."""
    words = tokens_of(body)
    if any(w in ("=", "+=", "-=", "++", "--", "return") for w in words):
        return False
    called = [w for i, w in enumerate(words[:-1])
              if is_ident(w) and words[i + 1] == "(" and w not in NO_CALL]
    return bool(called) and all(FOLDED.get(c, "x") is None for c in called)


def fold(lines, env=None, macros=None, include=None):
    """lines with every preprocessor line blanked, and every line of an
    #if branch that the configuration does not take blanked too.  env: the
    macros defined so far (updated); by default the configuration and what
    index_config_calls() found in the headers.  macros: a list to append
    each active function-like #define to, as (name, body).  include: called
    with the text of each active #include, where it stands."""
    if env is None:
        env = collections.ChainMap({}, ENV or {**CONFIG, **HEADER_DEFINES,
                                               **CONSTANTS})
    defines = env
    out = list(lines)
    stack = []          # (this branch active, some branch taken, parent)
    active = True
    i = 0
    while i < len(lines):
        j = i
        while lines[j].rstrip().endswith("\\") and j + 1 < len(lines):
            j += 1
        directive = " ".join(s.rstrip("\\").strip() for s in lines[i:j + 1])
        m = re.match(r"#\s*(\w+)\s*(.*)", directive)
        if not m:
            if not active:
                out[i] = ""
            i += 1
            continue
        word, rest = m.group(1), m.group(2).strip()
        if word in ("if", "ifdef", "ifndef"):
            if word == "if":
                cond = evaluate(rest, defines)
            else:
                cond = (rest.split()[0] in defines) == (word == "ifdef")
            stack.append((active and cond, cond, active))
            active = active and cond
        elif word == "elif" and stack:
            _, taken, parent = stack.pop()
            cond = not taken and evaluate(rest, defines)
            stack.append((parent and cond, taken or cond, parent))
            active = parent and cond
        elif word == "else" and stack:
            _, taken, parent = stack.pop()
            stack.append((parent and not taken, True, parent))
            active = parent and not taken
        elif word == "endif" and stack:
            active = stack.pop()[2]
        elif active and word == "define":
            d = re.match(r"(\w+)(\()?\s*(.*)", rest)
            if d and not d.group(2):
                defines[d.group(1)] = d.group(3)
            elif d:
                defines[d.group(1)] = ""
                if macros is not None:
                    body = re.sub(r"^[^)]*\)", "", d.group(3), count=1)
                    macros.append((d.group(1), body.strip()))
        elif active and word == "include" and include is not None:
            include(rest)
        elif active and word == "undef":
            defines.pop(rest.split()[0] if rest else "", None)
        for k in range(i, j + 1):
            out[k] = ""
        i = j + 1
    return out


def evaluate(expr, defines):
    """Whether an #if expression holds (undefined names are 0, as in cpp)."""
    return cpp_value(expr, defines, 0) != 0


def cpp_value(expr, defines, depth):
    """The integer value of a preprocessor expression; a macro's value is
    evaluated in turn (NR_CPUS -> CONFIG_NR_CPUS -> 8)."""
    expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)|defined\s+(\w+)",
                  lambda m: " 1 " if (m.group(1) or m.group(2)) in defines
                  else " 0 ", expr)

    def name(m):
        value = defines.get(m.group(0), 0)
        if isinstance(value, int):
            return str(value)
        if depth < 8 and value.strip():
            return str(cpp_value(value, defines, depth + 1))
        return "0"

    expr = re.sub(r"\b[A-Za-z_]\w*\b", name, expr)
    expr = re.sub(r"(\d+)[uUlL]+\b", r"\1", expr)
    expr = expr.replace("&&", " and ").replace("||", " or ")
    expr = re.sub(r"!(?!=)", " not ", expr).replace("/", "//")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return int(eval(expr, {"__builtins__": {}}))  # digits, operators
    except Exception:
        return 0


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


# ---- 3. extents -----------------------------------------------------------------

def extent(src, line, end):
    """(first, last), 1-based, of the definition whose name is on line."""
    if end is None:
        end = end_by_text(src, line - 1) + 1
    return head_start(src, line - 1) + 1, end


def end_by_text(src, i):
    """0-based last line of the definition starting at line i."""
    raw = src.raw
    if re.match(r"\s*#\s*define\b", raw[i]):
        while i + 1 < len(raw) and raw[i].rstrip().endswith("\\"):
            i += 1
        return i
    if not src.is_c:
        while i + 1 < len(raw) and raw[i + 1].strip():
            i += 1
        return i
    depth, opened = 0, False
    for j in range(i, len(src.code)):
        for tok in tokens_of(src.code[j]):
            if tok == "{":
                depth, opened = depth + 1, True
            elif tok == "}":
                depth -= 1
                if opened and depth == 0:
                    return j
            elif tok == ";" and depth == 0:
                return j
    return i


def head_start(src, i):
    """0-based first line: the name's line, or up to two lines above it
    that hold only the rest of the declaration ("static inline int")."""
    if src.raw[i].lstrip().startswith("#"):
        return i
    for _ in range(2):
        if i == 0 or not re.fullmatch(r"\s*[A-Za-z_][\w \t*]*",
                                      src.code[i - 1]):
            break
        i -= 1
    return i


def holds_word(src, line, name):
    return 0 < line <= len(src.raw) and re.search(
        rf"(?<!\w){re.escape(name)}(?!\w)", src.raw[line - 1]) is not None


# ---- 4. decisions ---------------------------------------------------------------

TOKEN = re.compile(r"""
    [A-Za-z_]\w*
  | 0[xX][0-9a-fA-F]+[uUlL]* | \d+[uUlL]*
  | "(?:\\.|[^"\\\n])*"? | '(?:\\.|[^'\\\n])*'?
  | \.\.\. | <<= | >>= | -> | \+\+ | -- | << | >> | <= | >= | == | != | && | \|\|
  | [-+*/%&|^]= | \S
""", re.X)


def tokens_of(text):
    return TOKEN.findall(text)


@dataclasses.dataclass
class Tok:
    text: str
    line: int
    col: int = 0

    @property
    def pos(self):
        return (self.line, self.col)


def tokenize(src, first, last, macro=False):
    """Tokens of lines first..last (1-based).  A #define is read from the
    raw lines (fold() blanks directives), comments masked."""
    toks = []
    for n in range(first, last + 1):
        text = src.code[n - 1]
        if macro:
            text = mask(src.raw[n - 1]).rstrip().rstrip("\\")
        toks += [Tok(t, n, k) for k, t in enumerate(tokens_of(text))]
    return toks


def is_ident(t):
    return re.match(r"[A-Za-z_]\w*$", t) is not None


def is_number(t):
    return re.match(r"\d", t) is not None


@dataclasses.dataclass
class Decision:
    kind: str           # call if else end loop switch case return goto ...
    key: tuple          # what the alignment compares, locals followed
    alt: tuple          # the same with locals not followed
    text: str           # how it reads, for the report
    names: frozenset    # what a @kquirk may name to explain it
    first: int
    last: int
    path: str
    optional: bool = False  # a call of a test that compiled away


def numbers_of(toks):
    out = set()
    for t in toks:
        if is_number(t.text):
            out.add(str(int(re.sub(r"[uUlL]+$", "", t.text), 0)))
    return out


class Function:
    """The decisions of one C function body (or a statement macro)."""

    def __init__(self, path, toks, params, helpers=None, depth=0, env=None):
        self.path = path
        self.toks = toks
        self.env = env if env is not None else {}
        # parameters are known by position, locals not at all: renaming
        # either changes no decision
        self.params = {p: f"${k}" for k, p in enumerate(params)}
        self.locals = declared_locals(toks) - set(self.params)
        self.helpers = helpers or {}
        self.depth = depth
        self.assigns = self.assignments()
        self.memo = {}
        self.out = []

    # -- names ----------------------------------------------------------------
    def names(self, toks, follow=True, depth=0):
        """The non-local identifiers of an expression: fields, globals,
        constants, functions, parameters (as $N); with follow, also those
        that the variables it reads were last assigned from."""
        out = set()
        prev = ""
        for t in strip_casts(toks):
            w = t.text
            if prev in ("struct", "union", "enum"):
                pass                    # a type's tag, as in list_entry()
            elif is_ident(w) and w not in KEYWORDS and w not in WRAPPERS:
                if prev in ("->", "."):
                    out.add(w)
                elif w in self.params or w in self.locals:
                    if w in self.params:
                        out.add(self.params[w])
                    if follow:
                        out |= self.reaching(w, t.pos, depth)
                elif w != "NULL":       # p != NULL tests what p does
                    out.add(w)
            prev = w
        return out

    def reaching(self, name, pos, depth):
        """What the assignments to a variable before pos were made from."""
        if depth > 6:
            return set()
        key = (name, pos)
        if key not in self.memo:
            self.memo[key] = set()
            found = set()
            for at, rhs in self.assigns.get(name, ()):
                if at < pos:
                    found |= self.names(rhs, True, depth + 1)
            self.memo[key] = found
        return self.memo[key]

    def known(self, tok):
        """The value a condition's word has before it runs, when this
        configuration or the function fixes it: a numeric macro
        (NUMA_BUILD, efi_enabled), or a local whose every assignment so
        far is a constant (pte_t *t = NULL; if (!t) ...); else None."""
        w = tok.text
        if w in self.locals or w in self.params:
            values = [rhs for at, rhs in self.assigns.get(w, ())
                      if at < tok.pos]
            if values and all(len(r) == 1 and (r[0].text == "NULL" or
                                               r[0].text.isdigit())
                              for r in values):
                return 0 if values[-1][0].text == "NULL" else \
                    int(values[-1][0].text)
            return None
        return c_constant(w, self.env)

    def assignments(self):
        """variable -> [(position, right-hand side tokens)]."""
        found = {}
        toks = self.toks
        for i, t in enumerate(toks):
            if t.text not in self.locals and t.text not in self.params:
                continue
            if i and toks[i - 1].text in ("->", "."):
                continue
            j = i + 1
            if j < len(toks) and toks[j].text == "[":
                j = skip_group(toks, j)
            if j < len(toks) and re.fullmatch(r"=|[-+*/%&|^]=|<<=|>>=",
                                              toks[j].text):
                found.setdefault(t.text, []).append(
                    (t.pos, expression_until(toks, j + 1)))
        return found

    # -- emitting ----------------------------------------------------------------
    def emit(self, kind, key, text, names, toks, alt=None):
        first = toks[0].line if toks else 0
        last = toks[-1].line if toks else first
        self.out.append(Decision(kind, key, alt or key, text,
                                 frozenset(names), first, last, self.path))

    def value_key(self, kind, toks, follow):
        """(kind, names...) of a case label, return value or macro value:
        the numbers count only when there are no names (return 0)."""
        key = sorted(self.names(toks, follow))
        if not key:
            key = sorted(numbers_of(toks))
        return (kind, tuple(key))

    def calls(self, toks):
        """A call decision for each call in toks, in the order they run
        (arguments first); a call the configuration compiles to nothing is
        skipped with its arguments, and a static helper of ours is
        replaced by its own decisions."""
        toks = strip_casts(toks)
        self.calls_in(toks, 0, len(toks), toks[:1] + toks[-1:])

    def calls_in(self, toks, i, end, span):
        while i < end:
            t = toks[i]
            w = t.text
            if (i + 1 >= end or toks[i + 1].text != "(" or not is_ident(w)
                    or w in NO_CALL or (i and toks[i - 1].text in
                                        ("->", "."))):
                i += 1
                continue
            close = skip_group(toks, i + 1)
            if w in FOLDED:             # empty, or a constant: no effect
                i = close
                continue
            w = w[len("__builtin_"):] if w.startswith("__builtin_") else w
            self.calls_in(toks, i + 2, close - 1, span)
            i = close
            if w in WRAPPERS or w in self.locals or w in self.params:
                continue            # likely(), or a function pointer
            helper = self.helpers.get(w)
            if helper is not None and self.depth < 3:
                inner = Function(self.path, helper[1], helper[0],
                                 self.helpers, self.depth + 1, self.env)
                inner.body(0, len(inner.toks))
                self.out += [d for d in inner.out if d.kind != "return"]
                continue
            self.emit("call", ("call", w), f"{w}()", {w}, span)

    def branch(self, kind, toks, label=None):
        toks = fold_constants(toks, self.known)
        names = self.names(toks)
        raw = self.names(toks, follow=False)
        text = f"{kind} ({show(toks)})" if label is None else label
        self.calls(toks)
        # a test of locals only is explained by what they hold
        self.emit(kind, (kind, frozenset(names)), text, raw or names, toks,
                  (kind, frozenset(raw)))

    # -- statements ----------------------------------------------------------------
    def body(self, i, end):
        while i < end:
            i = self.statement(i, end)

    def statement(self, i, end):
        toks = self.toks
        w = toks[i].text
        if w == "{":
            close = skip_group(toks, i) - 1
            self.body(i + 1, close)
            return close + 1
        if w == ";":
            return i + 1
        if w == "if":
            close = skip_group(toks, i + 1)
            cond = toks[i + 2:close - 1]
            constant = constant_value(cond, self.known)
            if constant is not None:            # a dead or certain branch
                after = self.skip_statement(close, end)
                if constant:
                    self.statement(close, end)
                if after < end and toks[after].text == "else":
                    nxt = self.skip_statement(after + 1, end)
                    if not constant:
                        self.statement(after + 1, end)
                    return nxt
                return after
            mark = len(self.out)
            self.branch("if", cond)
            inside = len(self.out)
            i = self.statement(close, end)
            if i < end and toks[i].text == "else":
                at = len(self.out)
                self.emit("else", ("else",), "else", (), [toks[i]])
                i = self.statement(i + 1, end)
                if len(self.out) == at + 1:
                    del self.out[at]    # an else that compiled to nothing
            if len(self.out) == inside:
                # both branches compiled to nothing: the test goes, its calls
                # stay (test_and_set_bit() still sets the bit) but a mirror
                # may leave out the ones that only look (PageHighMem())
                tests = self.out[mark:inside - 1]
                del self.out[mark:]
                for d in tests:
                    d.optional = True
                self.out += tests
                return i
            self.emit("end", ("end",), "end if", (), [toks[i - 1]])
            return i
        if w in ("while", "switch"):
            close = skip_group(toks, i + 1)
            self.branch("loop" if w == "while" else "switch",
                        toks[i + 2:close - 1])
            i = self.statement(close, end)
            self.emit("end", ("end",), f"end {w}", (), [toks[i - 1]])
            return i
        if w == "for":
            close = skip_group(toks, i + 1)
            inner = toks[i + 2:close - 1]
            parts = split_top(inner, ";")
            parts += [[]] * (3 - len(parts))
            self.calls(parts[0])
            self.branch("loop", parts[1], f"for (...; {show(parts[1])}; ...)")
            i = self.statement(close, end)
            self.calls(parts[2])
            self.emit("end", ("end",), "end for", (), [toks[i - 1]])
            return i
        if w == "do":
            after = self.skip_statement(i + 1, end)     # at "while"
            close = skip_group(toks, after + 1)
            self.branch("loop", toks[after + 2:close - 1],
                        f"do ... while ({show(toks[after + 2:close - 1])})")
            self.statement(i + 1, end)
            self.emit("end", ("end",), "end do", (), [toks[close - 1]])
            return close + 1 if close < end and toks[close].text == ";" \
                else close
        if w in ("case", "default"):
            colon = i + 1
            while colon < end and toks[colon].text != ":":
                colon += 1
            value = toks[i + 1:colon]
            self.emit("case", self.value_key("case", value, True),
                      f"{w} {show(value)}", self.names(value, False),
                      toks[i:colon + 1], self.value_key("case", value, False))
            return colon + 1
        if w in ("break", "continue"):
            self.emit(w, (w,), w, (), [toks[i]])
            return i + 2
        if w == "goto":
            label = toks[i + 1].text
            self.emit("goto", ("goto", label), f"goto {label}", {label},
                      toks[i:i + 2])
            return i + 3
        if w == "return":
            semi = find_top(toks, i + 1, end, ";")
            value = toks[i + 1:semi]
            self.calls(value)
            self.emit("return", self.value_key("return", value, True),
                      f"return {show(value)}".rstrip(),
                      self.names(value, False), toks[i:semi + 1],
                      self.value_key("return", value, False))
            return semi + 1
        if (is_ident(w) and i + 1 < end and toks[i + 1].text == ":"
                and w not in KEYWORDS):
            self.emit("label", ("label", w), f"{w}:", {w}, toks[i:i + 2])
            return i + 2
        if (is_ident(w) and i + 1 < end and toks[i + 1].text == "("
                and w not in KEYWORDS):
            close = skip_group(toks, i + 1)
            if close < end and (toks[close].text == "{" or (
                    is_ident(toks[close].text) and toks[close].text not in
                    ("__attribute__",))):
                args = toks[i + 2:close - 1]           # a loop macro
                self.branch("loop", [toks[i]] + args,
                            f"{w}({show(args)})")
                self.emit("call", ("call", w), f"{w}()", {w}, [toks[i]])
                i = self.statement(close, end)
                self.emit("end", ("end",), f"end {w}", (), [toks[i - 1]])
                return i
        semi = find_top(toks, i, end, ";")
        self.expression(toks[i:semi])
        return semi + 1

    def expression(self, toks):
        """An expression statement or a declaration: its calls."""
        self.calls(toks)

    def skip_statement(self, i, end):
        """Index just past the statement at i, emitting nothing."""
        saved = self.out
        self.out = []
        try:
            return self.statement(i, end)
        finally:
            self.out = saved


def skip_group(toks, i):
    """toks[i] opens a (, [ or {: the index just past its match."""
    pairs = {"(": ")", "[": "]", "{": "}"}
    stack = []
    for j in range(i, len(toks)):
        t = toks[j].text
        if t in pairs:
            stack.append(pairs[t])
        elif stack and t == stack[-1]:
            stack.pop()
            if not stack:
                return j + 1
    return len(toks)


def find_top(toks, i, end, what):
    """Index of the first `what` at nesting depth 0 from i (or end)."""
    depth = 0
    for j in range(i, end):
        t = toks[j].text
        if t in "([{":
            depth += 1
        elif t in ")]}":
            depth -= 1
        elif t == what and depth == 0:
            return j
    return end


def split_top(toks, sep):
    parts, cur, depth = [], [], 0
    for t in toks:
        if t.text in "([{":
            depth += 1
        elif t.text in ")]}":
            depth -= 1
        if t.text == sep and depth == 0:
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    return parts + [cur]


def expression_until(toks, i):
    """The tokens of the expression from i to the next ; or , at depth 0."""
    depth, j = 0, i
    while j < len(toks):
        t = toks[j].text
        if t in "([{":
            depth += 1
        elif t in ")]}":
            if depth == 0:
                break
            depth -= 1
        elif t in (";", ",") and depth == 0:
            break
        j += 1
    return toks[i:j]


def looks_like_type(words):
    """words (the inside of parentheses) name a type, as in a cast."""
    if not words:
        return False
    if words[0] in ("struct", "union", "enum"):
        return all(is_ident(w) or w == "*" for w in words)
    if words[-1] == "*" and all(is_ident(w) or w == "*" for w in words):
        return True
    return all(w in TYPE_WORDS or NUMERIC_TYPES.search(w) or w == "*"
               for w in words)


def strip_casts(toks):
    """toks without (type) casts."""
    out, i = [], 0
    while i < len(toks):
        if toks[i].text == "(":
            close = skip_group(toks, i)
            words = [t.text for t in toks[i + 1:close - 1]]
            nxt = toks[close].text if close < len(toks) else ""
            if (looks_like_type(words) and nxt and nxt not in
                    (")", ";", ",", "]", "=", "}") and
                    not (out and is_ident(out[-1].text) and
                         out[-1].text in ("sizeof", "typeof"))):
                i = close
                continue
        out.append(toks[i])
        i += 1
    return out


def declared_locals(toks):
    """The names declared inside a body: `type name`, `type *name = ...`,
    each declarator of a list, and C99 for-loop declarations."""
    names = set()
    starts = {0}
    for i, t in enumerate(toks):
        if t.text in (";", "{", "}") or (t.text == "(" and i and
                                         toks[i - 1].text == "for"):
            starts.add(i + 1)
    qualifiers = {"const", "volatile", "static", "register", "extern",
                  "inline", "__inline__", "__always_inline", "restrict",
                  "auto", "__user", "__iomem", "__read_mostly", "__initdata"}
    for s in sorted(starts):
        j = s
        typed = based = False   # a type seen; its base (not a qualifier)
        while j < len(toks):
            w = toks[j].text
            if w in TYPE_WORDS:
                typed = True
                based = based or w not in qualifiers
                j += 1
            elif w in ("struct", "union", "enum") and j + 1 < len(toks):
                typed = based = True
                j += 2
            elif (w in ("typeof", "__typeof__") and j + 1 < len(toks) and
                  toks[j + 1].text == "("):
                typed = based = True
                j = skip_group(toks, j + 1)
            elif (is_ident(w) and not based and w not in KEYWORDS and
                  typedef_declares(toks, j + 1)):
                typed = based = True
                j += 1
            else:
                break
        if not typed or j >= len(toks):
            continue
        semi = find_top(toks, j, len(toks), ";")
        for decl in split_top(toks[j:semi], ","):
            words = [t.text for t in decl if t.text not in ("*", "(", ")",
                                                            "const")]
            if words and is_ident(words[0]) and words[0] not in KEYWORDS:
                names.add(words[0])
    return names


def typedef_declares(toks, j):
    """toks[j:] continue a declaration whose type is a typedef name: a
    declarator follows (stars and qualifiers, then a name and one of
    = ; , [ )."""
    while j < len(toks) and toks[j].text in ("*", "const", "volatile"):
        j += 1
    return (j + 1 < len(toks) and is_ident(toks[j].text) and
            toks[j].text not in KEYWORDS and
            toks[j + 1].text in ("=", ";", ",", "[", ")"))


def unwrap(part):
    """part without outer parentheses and likely()/unlikely() around it."""
    while part:
        if part[0].text == "(" and skip_group(part, 0) == len(part):
            part = part[1:-1]
        elif (len(part) > 2 and part[0].text in WRAPPERS and
              part[1].text == "(" and skip_group(part, 1) == len(part)):
            part = part[2:-1]
        else:
            return part
    return part


def c_constant(word, env, depth=0):
    """The integer a name stands for in this configuration when it is a
    numeric macro (NUMA_BUILD, efi_enabled, MAX_NUMNODES), else None."""
    if word in CONSTANTS:
        return CONSTANTS[word]
    value = env.get(word) if env is not None else None
    if isinstance(value, int):
        return value
    if not value or depth > 6:
        return None
    words = tokens_of(value)
    for k, w in enumerate(words):
        if not is_ident(w):
            if not (is_number(w) or w in "()+-*/%<>&|^~!" or
                    w in ("<<", ">>", "&&", "||", "==", "!=", "<=", ">=")):
                return None
        elif w not in TYPE_WORDS and c_constant(w, env, depth + 1) is None:
            return None
        elif k + 1 < len(words) and words[k + 1] == "(":
            return None                 # a call: not a constant
    return cpp_value(value, env, 0)


def constant_value(cond, known=None):
    """True or False when cond is decided by the configuration's constants
    (a top-level && with a false operand, a || with a true one), else None.
    known(tok) gives a word's value if it is fixed, else None."""
    cond = unwrap(cond)

    def value(part):
        neg = False
        part = unwrap(part)
        while part and part[0].text == "!":
            neg, part = not neg, unwrap(part[1:])
        words = [t.text for t in part]
        v = None
        fixed = known(part[0]) if known and len(words) == 1 else None
        if len(words) == 1 and words[0] in CONSTANTS:
            v = bool(CONSTANTS[words[0]])
        elif fixed is not None:
            v = fixed != 0
        elif len(words) == 1 and words[0].isdigit():
            v = int(words[0]) != 0
        elif (len(words) > 2 and isinstance(FOLDED.get(words[0]), int)
              and words[1] == "(" and skip_group(part, 1) == len(part)):
            v = FOLDED[words[0]] != 0
        if v is None:
            return None
        return not v if neg else v
    ors = split_top(cond, "||")
    if len(ors) > 1:
        vals = [constant_value(p, known) for p in ors]
        if any(v is True for v in vals):
            return True
        return False if all(v is False for v in vals) else None
    ands = split_top(cond, "&&")
    if len(ands) > 1:
        vals = [value(p) for p in ands]
        if any(v is False for v in vals):
            return False
        return True if all(v is True for v in vals) else None
    return value(cond)


def fold_constants(toks, known=None):
    """cond without the && operands the configuration makes true."""
    parts = split_top(toks, "&&")
    if len(parts) < 2:
        return toks
    kept = [p for p in parts if constant_value(p, known) is not True]
    out = []
    for p in kept:
        if out:
            out.append(Tok("&&", p[0].line if p else 0))
        out += p
    return out or toks


def show(toks):
    """Tokens as readable text."""
    out = ""
    for t in toks:
        w = t.text
        if out and (is_ident(w) or is_number(w)) and (
                is_ident(out[-1]) or out[-1].isdigit()):
            out += " "
        elif out and w in ("&&", "||", "==", "!=", "<=", ">=", "<", ">",
                           "=", "+", "-", "?", ":", "&", "|", "<<", ">>"):
            out += " " + w + " "
            continue
        elif out and out[-1] == ",":
            out += " "
        out += w
    return re.sub(r"\s+", " ", out).strip()


def parameters(toks):
    """Parameter names from the tokens of a parameter list."""
    names = []
    for part in split_top(toks, ","):
        words = [t.text for t in part]
        if "(" in words and "*" in words:           # (*fn)(...)
            k = words.index("*")
            if k + 1 < len(words) and is_ident(words[k + 1]):
                names.append(words[k + 1])
            continue
        idents = [w for w in words if is_ident(w) and w not in KEYWORDS
                  and w not in TYPE_WORDS]
        if len(idents) >= 1 and words != ["void"]:
            names.append(idents[-1])
    return names


# ---- 4b. one symbol's decisions ------------------------------------------------------

def definition_kind(src, first, last, symbol):
    """function, macro, struct, enum or variable."""
    head = " ".join(src.raw[first - 1:min(last, first + 3)])
    if re.match(r"\s*#\s*define\b", head):
        return "macro"
    code = " ".join(src.code[first - 1:last])
    if re.search(rf"\b(struct|union)\s+{re.escape(symbol)}\s*\{{", code):
        return "struct"
    if re.search(rf"\benum\s+{re.escape(symbol)}\s*\{{", code):
        return "enum"
    m = re.search(rf"\b{re.escape(symbol)}\s*\(", code)
    if m and "{" in code[m.end():] and "=" not in code[:m.start()]:
        return "function"
    return "variable"


def decisions(src, first, last, symbol, helpers=None):
    """(kind, [Decision]) of the definition at first..last."""
    kind = definition_kind(src, first, last, symbol)
    if kind == "macro":
        return kind, macro_decisions(src, first, last)
    toks = tokenize(src, first, last)
    if kind == "function":
        name_at = next(i for i, t in enumerate(toks) if t.text == symbol)
        close = skip_group(toks, name_at + 1)
        params = parameters(toks[name_at + 2:close - 1])
        brace = next((i for i in range(close, len(toks))
                      if toks[i].text == "{"), None)
        if brace is None:
            return kind, []
        end = skip_group(toks, brace) - 1
        fn = Function(src.path, toks[brace + 1:end], params, helpers,
                      env=src.env)
        fn.body(0, len(fn.toks))
        return kind, fn.out
    if kind in ("struct", "enum"):
        return kind, member_decisions(src.path, toks, kind)
    return kind, value_decisions(src.path, toks, symbol)


def member_decisions(path, toks, kind):
    """One decision per field (struct, union) or enumerator (enum)."""
    brace = next((i for i, t in enumerate(toks) if t.text == "{"), None)
    if brace is None:
        return []
    end = skip_group(toks, brace) - 1
    body = toks[brace + 1:end]
    out = []
    label = "field" if kind == "struct" else "enumerator"
    if kind == "enum":
        for part in split_top(body, ","):
            if part and is_ident(part[0].text):
                n = part[0].text
                out.append(Decision(label, (label, n), (label, n), n,
                                    frozenset({n}),
                                    part[0].line, part[-1].line, path))
        return out
    for name, t in member_names(body):
        out.append(Decision(label, (label, name), (label, name), name,
                            frozenset({name}), t.line, t.line, path))
    return out


def member_names(body):
    """(name, token) of each member declared in a struct body, nested
    structs and unions included, in order."""
    out = []
    i = 0
    while i < len(body):
        semi = i
        depth = 0
        while semi < len(body):
            t = body[semi].text
            if t == "{":
                depth += 1
            elif t == "}":
                depth -= 1
            elif t == ";" and depth == 0:
                break
            semi += 1
        decl = body[i:semi]
        inner = next((k for k, t in enumerate(decl) if t.text == "{"), None)
        if inner is not None:
            close = skip_group(decl, inner)
            out += member_names(decl[inner + 1:close - 1])
            decl = decl[close:]
        for part in split_top(decl, ","):
            words = [t for t in part if t.text != "__attribute__"]
            k = len(words)
            for k2, t in enumerate(words):
                if t.text in ("[", ":", "="):
                    k = k2
                    break
            idents = [t for t in words[:k] if is_ident(t.text) and
                      t.text not in KEYWORDS]
            if idents:
                if words[:k] and words[k - 1].text == ")":   # (*fn)(...)
                    stars = [t for t in words if t.text == "*"]
                    after = [words[j + 1] for j, t in enumerate(words[:-1])
                             if t.text == "*" and is_ident(words[j + 1].text)]
                    if stars and after:
                        out.append((after[0].text, after[0]))
                        continue
                out.append((idents[-1].text, idents[-1]))
        i = semi + 1
    return out


def macro_decisions(src, first, last):
    """A #define: a statement macro's decisions, else its value."""
    toks = tokenize(src, first, last, macro=True)
    if len(toks) < 3:
        return []
    name_at = 2
    body_at = name_at + 1
    params = []
    if (body_at < len(toks) and toks[body_at].text == "(" and
            toks[body_at].line == toks[name_at].line):
        close = skip_group(toks, body_at)
        params = [t.text for t in toks[body_at + 1:close - 1]
                  if is_ident(t.text)]
        body_at = close
    body = toks[body_at:]
    words = [t.text for t in body]
    if words[:2] == ["do", "{"] or words[:2] == ["(", "{"] or \
            (words and words[0] == "{"):
        start = words.index("{")
        end = skip_group(body, start) - 1
        fn = Function(src.path, body[start + 1:end], params, env=src.env)
        fn.body(0, len(fn.toks))
        return fn.out
    fn = Function(src.path, body, params, env=src.env)
    fn.calls(body)
    key = ("value", tuple(sorted(fn.names(body) | numbers_of(body))))
    fn.emit("value", key, show(body), fn.names(body, False) |
            numbers_of(body), body)
    return fn.out


def value_decisions(path, toks, symbol):
    """A variable: its initialiser's names and numbers."""
    at = next((i for i, t in enumerate(toks) if t.text == "="), None)
    if at is None:
        return []
    value = toks[at + 1:]
    if value and value[-1].text == ";":
        value = value[:-1]
    fn = Function(path, value, [])
    key = ("value", tuple(sorted(fn.names(value) | numbers_of(value))))
    return [Decision("value", key, key, show(value),
                     frozenset(fn.names(value, False)) | numbers_of(value),
                     value[0].line if value else 0,
                     value[-1].line if value else 0, path)]


# ---- 5. comparing ---------------------------------------------------------------------

@dataclasses.dataclass
class Difference:
    kind: str           # dropped, added, changed
    ours: list          # Decisions
    kernel: list
    quirk: tuple = None     # (file:line, text) of the @kquirk, or None


@dataclasses.dataclass
class Result:
    row: Row
    verdict: str
    note: str = ""
    ours: list = None           # Decisions
    kernel: list = None
    diffs: list = dataclasses.field(default_factory=list)
    config_note: str = ""

    @property
    def unexplained(self):
        """Differences no @kquirk explains; a kernel line that does not
        hold the definition, or a definition its file lacks, is one too
        (an absent file is a partial tree's, and not counted)."""
        n = sum(1 for d in self.diffs if d.quirk is None)
        wrong = self.note.startswith(("moved", "no ")) and \
            not self.note.startswith("no file")
        return n + wrong

    @property
    def same(self):
        if not self.kernel and not self.ours:
            return 1.0
        kept = sum(len(d.kernel) for d in self.diffs)
        return 1 - kept / max(len(self.kernel), 1) if self.kernel else 0.0


def quirks(src, line):
    """[(file:line, english text)] of the @kquirk notes in the doc comment
    just above line."""
    i = line - 2
    while i >= 0 and not src.raw[i].strip().startswith("/**"):
        if src.raw[i].strip() == "" or src.raw[i].strip().endswith("}") \
                and not src.raw[i].strip().startswith("*"):
            return []
        i -= 1
    if i < 0:
        return []
    out = []
    cur = None
    for n in range(i, line - 1):
        text = re.sub(r"^\s*/?\*+/?\s?", "", src.raw[n]).rstrip()
        text = re.sub(r"\s*\*/\s*$", "", text)
        m = re.match(r"@(\w+)\s*(.*)", text)
        if m:
            if cur:
                out.append(cur)
            cur = (f"{src.path}:{n + 1}", m.group(2)) \
                if m.group(1) == "kquirk" else None
        elif cur:
            cur = (cur[0], cur[1] + " " + text)
    if cur:
        out.append(cur)
    return [(where, english(text)) for where, text in out]


def english(text):
    """The English part of a \\~english ... \\~chinese ... text."""
    text = re.sub(r"\\~chinese.*", "", text, flags=re.S)
    text = text.replace("\\~english", "").replace("\\~", "")
    return " ".join(text.split())


def explain(diff, notes):
    """The first @kquirk that names, as code, one of the calls, fields,
    constants or labels of the difference; for a change, one of each side
    (what the kernel does and what mm24 does instead), where that side has
    any.  As code: name( as in a call, or a name that cannot be an English
    word (it has an underscore, a capital or a digit), or `name`, ->name,
    .name, or after @c / @p."""
    sides = [names_of(diff.kernel), names_of(diff.ours)]
    sides = [s for s in sides if s]
    for where, text in notes:
        if sides and all(any(named(n, text) for n in side) for side in sides):
            return (where, text)
    return None


def names_of(decisions_):
    out = set()
    for d in decisions_:
        out |= {n for n in d.names if not n.startswith("$")}
    return out


def named(name, text):
    """text names name as code (see explain())."""
    e = re.escape(name)
    if not re.search(rf"(?<!\w){e}(?!\w)", text):
        return False
    return bool(re.search(r"[_A-Z0-9]", name) or
                re.search(rf"{e}\(|`{e}`|(->|\.|[@\\][cp] ){e}\b", text))


def helpers_of(src, mirrored):
    """name -> (params, body tokens) of our file's static helpers that
    mirror nothing: a call to one is read as its decisions."""
    out = {}
    for name, defs in src.tags.items():
        if name in mirrored or len(defs) != 1:
            continue
        line, end = defs[0]
        if end is None:
            continue
        first, last = extent(src, line, end)
        head = " ".join(src.code[first - 1:line])
        if "static" not in head:
            continue
        if definition_kind(src, first, last, name) != "function":
            continue
        toks = tokenize(src, first, last)
        at = next((i for i, t in enumerate(toks) if t.text == name), None)
        if at is None or at + 1 >= len(toks) or toks[at + 1].text != "(":
            continue
        close = skip_group(toks, at + 1)
        brace = next((i for i in range(close, len(toks))
                      if toks[i].text == "{"), None)
        if brace is None:
            continue
        end_at = skip_group(toks, brace) - 1
        out[name] = (parameters(toks[at + 2:close - 1]),
                     toks[brace + 1:end_at])
    return out


def compare(row, ksrc, mirrored):
    """The Result for one xref row against the tree at ksrc."""
    try:
        ours_src = load(row.src_file)
    except OSError as e:
        die(f"{row.src_file}: {e.strerror}; is xref.tsv stale?")
    if not holds_word(ours_src, row.src_line, row.symbol):
        die(f"{row.src_file}:{row.src_line} does not hold {row.symbol}; "
            "xref.tsv is stale (make xref)")
    ends = [e for ln, e in ours_src.tags.get(row.symbol, ())
            if ln == row.src_line]
    o_first, o_last = extent(ours_src, row.src_line, ends[0] if ends else None)
    helpers = helpers_of(ours_src, mirrored)
    _, ours = decisions(ours_src, o_first, o_last, row.symbol, helpers)
    res = Result(row, "missing", ours=ours)
    path = os.path.join(ksrc, row.kernel_file)
    if not os.path.isfile(path):
        res.note = f"no file {row.kernel_file}"
        return res
    src = load(path)
    tags = src.tags.get(row.symbol, [])
    if not tags and holds_word(src, row.kernel_line, row.symbol):
        tags = [(row.kernel_line, None)]
    if not tags:
        res.note = f"no {row.symbol} in {row.kernel_file}"
        return res
    line, end = min(tags, key=lambda t: abs(t[0] - row.kernel_line))
    if line != row.kernel_line:
        res.note = f"moved: defined at line {line}"
    first, last = extent(src, line, end)
    if not any(s.strip() for s in src.code[line - 1:line]) and src.is_c \
            and not src.raw[line - 1].lstrip().startswith("#"):
        res.config_note = "the definition is outside the configuration"
    notes = quirks(ours_src, o_first)
    if not src.is_c:        # assembler: nothing to compare decisions with
        res.kernel = []
        diff = Difference("changed", ours, [])
        diff.quirk = notes[0] if notes else None
        res.diffs.append(diff)
        res.config_note = "the kernel's definition is not C"
        res.verdict = "rewritten"
        return res
    _, kernel = decisions(src, first, last, row.symbol)
    res.kernel = kernel
    # a helper of ours that the kernel calls too is that call, not a split
    called = {d.key[1] for d in kernel if d.kind == "call"}
    if called & set(helpers):
        helpers = {n: h for n, h in helpers.items() if n not in called}
        _, ours = decisions(ours_src, o_first, o_last, row.symbol, helpers)
        res.ours = ours
    for a1, a2, b1, b2 in unmatched_runs(ours, kernel):
        left = [d for d in kernel[b1:b2] if not d.optional]
        if a1 == a2 and not left:
            continue                    # only calls a mirror may leave out
        kind = ("added" if not left else "dropped" if a1 == a2
                else "changed")
        res.diffs.append(Difference(kind, ours[a1:a2], left))
    res.diffs = pair_reordered(res.diffs)
    for diff in res.diffs:
        diff.quirk = explain(diff, notes)
    inherit_explanations(res.diffs)
    res.verdict = verdict(res.diffs)
    return res


def inherit_explanations(diffs):
    """A difference of nameless decisions only (an end, an else, a break,
    a bare return) is left over from a branch or loop that another
    difference added or dropped: it takes the nearest named difference's
    explanation (the one before it, else the one after)."""
    named_at = [i for i, d in enumerate(diffs)
                if names_of(d.ours) or names_of(d.kernel)]
    for i, d in enumerate(diffs):
        if i in named_at or not named_at:
            continue
        before = [j for j in named_at if j < i]
        d.quirk = diffs[before[-1] if before else named_at[0]].quirk


def pair_reordered(diffs):
    """An added run and a dropped run of the same decisions are one
    difference: the decisions were reordered."""
    out = list(diffs)
    for a in diffs:
        if a.kind != "added" or a not in out:
            continue
        for d in out:
            if d.kind == "dropped" and sorted(map(repr, (x.alt for x in d.kernel))) \
                    == sorted(map(repr, (x.alt for x in a.ours))):
                merged = Difference("reordered", a.ours, d.kernel)
                out[out.index(a)] = merged
                out.remove(d)
                break
    return out


def same_decision(a, b):
    """Two decisions are the same when they agree on what they test, with
    locals followed back to what they hold or not."""
    return a.key == b.key or a.alt == b.alt


def unmatched_runs(ours, kernel):
    """[(a1, a2, b1, b2)]: the runs of ours[a1:a2] and kernel[b1:b2] left
    between the decisions of a longest common subsequence."""
    n, m = len(ours), len(kernel)
    lcs = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = lcs[i], lcs[i + 1]
        for j in range(m - 1, -1, -1):
            if same_decision(ours[i], kernel[j]):
                row[j] = below[j + 1] + 1
            else:
                row[j] = max(below[j], row[j + 1])
    runs, i, j, a, b = [], 0, 0, 0, 0
    while i < n and j < m:
        if same_decision(ours[i], kernel[j]) and \
                lcs[i][j] == lcs[i + 1][j + 1] + 1:
            if (a, b) != (i, j):
                runs.append((a, i, b, j))
            i, j = i + 1, j + 1
            a, b = i, j
        elif lcs[i + 1][j] >= lcs[i][j + 1]:
            i += 1
        else:
            j += 1
    if (a, b) != (n, m):
        runs.append((a, n, b, m))
    return runs


def verdict(diffs):
    if not diffs:
        return "same decisions"
    if all(d.kind == "dropped" for d in diffs):
        return "simplified"
    return "rewritten"


# ---- 6. text output -----------------------------------------------------------------------

def snippet(path, decisions_):
    """[(line, text)]: the source lines the decisions sit on, indentation
    kept and the continuation lines of a statement joined."""
    if not decisions_:
        return []
    src = load(path)
    out = []
    seen = set()
    for d in decisions_:
        if d.first in seen or d.first == 0:
            continue
        lines = src.raw[d.first - 1:d.last]
        seen.update(range(d.first, d.last + 1))
        head = lines[0].rstrip().expandtabs(8)
        rest = " ".join(s.strip() for s in lines[1:])
        out.append((d.first, (head + " " + rest).rstrip() if rest else head))
    return out


def places(r):
    where = f"{r.row.kernel_file}:{r.row.kernel_line}"
    return f"ours: {r.row.src_file}:{r.row.src_line}  kernel: {where}"


def describe(diff):
    """One line: what the difference is, in decisions."""
    def lst(ds):
        return ", ".join(d.text for d in ds[:4]) + (" ..." if len(ds) > 4
                                                     else "")
    if diff.kind == "dropped":
        return f"dropped: {lst(diff.kernel)}"
    if diff.kind == "added":
        return f"added: {lst(diff.ours)}"
    if diff.kind == "reordered":
        return f"reordered: {lst(diff.ours)}"
    return f"changed: {lst(diff.kernel)}  ->  {lst(diff.ours)}"


def print_result(r):
    print(f"==== {r.row.symbol}  {places(r)}")
    head = r.verdict
    if r.note:
        head += f" ({r.note})"
    if r.kernel is not None:
        head += (f"; {len(r.ours)} decisions ours, {len(r.kernel)} kernel; "
                 f"{len(r.diffs)} differences, {r.unexplained} unexplained")
    print(head)
    if r.config_note:
        print(f"  note: {r.config_note}")
    for n, d in enumerate(r.diffs, 1):
        mark = (f"explained by @kquirk {d.quirk[0]}" if d.quirk
                else "UNEXPLAINED")
        print(f"  [{n}] {describe(d)}  -- {mark}")
        for label, path, ds in (("kernel", r.row.kernel_file, d.kernel),
                                ("ours", r.row.src_file, d.ours)):
            lines = snippet(d.kernel[0].path if label == "kernel" and ds
                            else (ds[0].path if ds else ""), ds)
            for line, text in lines:
                print(f"      {label:6} {path}:{line}: {text}")
    print()


def summary_rows(results):
    rows = [("symbol", "kernel file:line", "ours/kernel", "kept",
             "unexplained", "verdict")]
    for r in results:
        if r.kernel is None:
            sizes, kept, unexp = f"{len(r.ours)}/-", "-", str(r.unexplained)
        else:
            sizes = f"{len(r.ours)}/{len(r.kernel)}"
            kept = f"{r.same:.0%}"
            unexp = str(r.unexplained)
        text = r.verdict + (f" ({r.note})" if r.note else "")
        rows.append((r.row.symbol, f"{r.row.kernel_file}:{r.row.kernel_line}",
                     sizes, kept, unexp, text))
    return rows


def print_summary(results):
    rows = summary_rows(results)
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row, widths)] + [row[5]]
        print("  ".join(cells))
    for unit in sorted({r.row.unit for r in results}):
        print(counts_line([r for r in results if r.row.unit == unit],
                          f"unit {unit}"))
    print(counts_line(results, "kdiff"))


def counts_line(results, label):
    counts = [f"{sum(r.verdict == v for r in results)} {v}"
              for v in VERDICTS]
    plural = "" if len(results) == 1 else "s"
    unexp = sum(r.unexplained for r in results)
    return (f"{label}: {len(results)} symbol{plural}: " + ", ".join(counts)
            + f"; {unexp} unexplained difference"
            + ("" if unexp == 1 else "s"))


def config_text():
    on = " ".join(sorted(k for k in CONFIG if k.startswith("CONFIG_")))
    consts = " ".join(f"{k}={v}" for k, v in sorted(CONSTANTS.items()))
    on += " " + " ".join(sorted(HEADER_DEFINES))
    empty = sum(1 for v in FOLDED.values() if v is None)
    return (f"kdiff: kernel side folded for: {on}; every other CONFIG_ "
            f"undefined; constants {consts}; {empty} calls that compile to "
            f"nothing and {len(FOLDED) - empty} that return a constant in "
            "this configuration are folded")


# ---- 7. HTML ------------------------------------------------------------------------------

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
table.diff { width: 100%; table-layout: fixed; }
table.diff td { font: 13px/1.35 ui-monospace, monospace; white-space: pre-wrap; }
tr.dropped td.k, tr.changed td.k { background: var(--sub); }
tr.added td.o, tr.changed td.o { background: var(--add); }
.unexplained { background: var(--chg); font-weight: bold; }
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


def html_lines(lines):
    return "\n".join(f"{n}: {text}" for n, text in lines) or "(nothing)"


def html_symbol(r):
    sym = r.row.symbol
    out = [f'<h2 id="sym-{html.escape(sym)}">{html.escape(sym)}</h2>',
           f"<p>{html.escape(places(r))} &mdash; "
           f"<b>{html.escape(r.verdict)}</b>"
           + (f" ({html.escape(r.note)})" if r.note else "") + "</p>"]
    if not r.diffs:
        return "\n".join(out)
    out.append('<table class="diff"><tr><th style="width:22%">difference'
               '</th><th>kernel</th><th>ours</th></tr>')
    for n, d in enumerate(r.diffs, 1):
        k = snippet(d.kernel[0].path, d.kernel) if d.kernel else []
        o = snippet(d.ours[0].path, d.ours) if d.ours else []
        if d.quirk:
            why = (f'<a href="#q-{html.escape(sym)}-{n}">@kquirk</a>: '
                   f"{html.escape(d.quirk[1][:160])}")
        else:
            why = '<span class="unexplained">unexplained</span>'
        out.append(f'<tr class="{d.kind}" id="q-{html.escape(sym)}-{n}">'
                   f"<td>{html.escape(describe(d))}<br>{why}</td>"
                   f'<td class="k">{html.escape(html_lines(k))}</td>'
                   f'<td class="o">{html.escape(html_lines(o))}</td></tr>')
    out.append("</table>")
    return "\n".join(out)


def json_result(r):
    """One symbol's result as plain data (see --json)."""
    diffs = []
    for d in r.diffs:
        diffs.append({
            "kind": d.kind, "what": describe(d),
            "quirk": list(d.quirk) if d.quirk else None,
            "kernel": snippet(d.kernel[0].path, d.kernel) if d.kernel else [],
            "ours": snippet(d.ours[0].path, d.ours) if d.ours else []})
    return {"symbol": r.row.symbol, "unit": r.row.unit,
            "src_file": r.row.src_file, "src_line": r.row.src_line,
            "kernel_file": r.row.kernel_file,
            "kernel_line": r.row.kernel_line, "verdict": r.verdict,
            "note": r.note, "config_note": r.config_note,
            "ours": len(r.ours) if r.ours is not None else None,
            "kernel_decisions": (len(r.kernel) if r.kernel is not None
                                 else None),
            "kept": r.same if r.kernel is not None else None,
            "unexplained": r.unexplained, "diffs": diffs}


def write_json(results, path, ksrc):
    import json
    data = {"ksrc": os.path.abspath(ksrc), "config": config_text(),
            "symbols": [json_result(r) for r in results]}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def write_html(results, outdir, ksrc):
    os.makedirs(outdir, exist_ok=True)
    for unit in sorted({r.row.unit for r in results}):
        mine = [r for r in results if r.row.unit == unit]
        body = [f"<p>The decisions of each mirrored symbol (calls, branches "
                "and what they test, loops, returns, labels) against "
                f"{html.escape(os.path.abspath(ksrc))}, generated on this "
                "machine. It holds kernel text: do not commit it.</p>",
                f"<p>{html.escape(config_text())}</p>",
                html_table(summary_rows(mine), "link"),
                f"<p>{html.escape(counts_line(mine, 'unit ' + unit))}</p>"]
        body += [html_symbol(r) for r in mine]
        write(outdir, unit, page(f"{unit}: mm24 against Linux 2.6.24",
                                 "\n".join(body)))


HOWTO = """<p>This page compares each mirrored symbol of the unit with the
Linux 2.6.24 source, decision by decision. The kernel source is not part of
mm24, so the page is generated on your machine from your own copy:</p>
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


# ---- main ------------------------------------------------------------------------------

def parse_args():
    p = argparse.ArgumentParser(
        description="Compare mirrored symbols' decisions with Linux 2.6.24.")
    p.add_argument("ksrc", metavar="KSRC",
                   help='the 2.6.24 tree, or "none" with --html')
    p.add_argument("--xref", default="build/xref.tsv")
    p.add_argument("--unit")
    p.add_argument("--func", metavar="NAME")
    p.add_argument("--summary-only", action="store_true")
    p.add_argument("--html", metavar="OUTDIR")
    p.add_argument("--json", metavar="FILE")
    return p.parse_args()


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)   # quiet under | head
    args = parse_args()
    if args.ksrc == "none":
        if not args.html:
            die('KSRC "none" needs --html OUTDIR')
        write_howto(read_xref(args.xref, args.unit, args.func), args.html)
        return 0
    check_ksrc(args.ksrc)
    everything = read_xref(args.xref, None, None)
    index_config_calls(args.ksrc, {r.kernel_file for r in everything})
    mirrored = {r.symbol for r in everything}
    rows = read_xref(args.xref, args.unit, args.func)
    results = [compare(row, args.ksrc, mirrored) for row in rows]
    print(config_text())
    if not args.summary_only:
        for r in results:
            print_result(r)
    print_summary(results)
    if args.html:
        write_html(results, args.html, args.ksrc)
    if args.json:
        write_json(results, args.json, args.ksrc)
    return 1 if any(r.unexplained for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
