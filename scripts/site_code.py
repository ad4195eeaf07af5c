#!/usr/bin/env python3
"""site_code.py BUILD - what the site knows about the code, from the code.

Writes BUILD/site-gen/code.json:

 chapters  notes/en/NN-name.md in file order: id, file, title per language
 units     the Makefile's UNITS (and src/init, src/mm24), each with its
           directory and the chapter that explains it: the "chapter" of the
           unit's labs.ini ([unit] section), else chapter-UNIT when that
           chapter exists
 labs      every [lab NAME] section of the units' labs.ini files
 defs      every definition in src/ that universal-ctags reports (function,
           macro, struct, union, enum, enumerator, typedef, variable,
           member): name, kind, file, line, end, static, scope
 calls     for each function and function-like macro, the functions and
           macros its body calls (an identifier followed by "("), resolved
           to a definition (the same file's first, then a global one)
 uses      for each name defined in src/, every line of src/ that holds it
           as an identifier outside comments and strings, with the function
           it is in (the identifier index, "where is this used")
 kquirks   every @kquirk in src/: the symbol it follows (name, kind, file,
           line), its unit and chapter, the English and Chinese text

The tokenizer is kdiff.py's (comments masked, literals kept as tokens), so
the site and the structural diff read the code the same way; Doxygen's
own parser is not used for any of this.
"""
import configparser
import json
import pathlib
import re
import subprocess
import sys

TOP = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TOP / "scripts"))
import kdiff  # noqa: E402  (its C tokenizer and comment mask)
import xref  # noqa: E402  (which unit a header belongs to)

KINDS = {"function", "macro", "struct", "union", "enum", "enumerator",
         "typedef", "variable", "member"}
IDENT = re.compile(r"[A-Za-z_]\w*")
HEADING = re.compile(r"^#\s+(.*?)\s*\{#([A-Za-z0-9_-]+)\}\s*$")
# the units below src/ that are not in the Makefile's UNITS but hold code
# the site documents
EXTRA_UNITS = ("init", "mm24")


def rel(path):
    return pathlib.Path(path).resolve().relative_to(TOP).as_posix()


def chapters():
    out = []
    for f in sorted((TOP / "notes" / "en").glob("[0-9][0-9]-*.md")):
        titles = {}
        cid = None
        for lang in ("en", "zh"):
            g = TOP / "notes" / lang / f.name
            if not g.exists():
                continue
            for line in g.read_text(encoding="utf-8").splitlines():
                m = HEADING.match(line)
                if m:
                    titles[lang] = m.group(1)
                    cid = cid or m.group(2)
                    break
        if cid:
            out.append({"id": cid, "file": f.name, "titles": titles})
    return out


def makefile_units():
    text = (TOP / "Makefile").read_text(encoding="utf-8")
    m = re.search(r"^UNITS\s*:=\s*(.*)$", text, re.M)
    return m.group(1).split() if m else []


def unit_dir(unit):
    return "src/arch/i386" if unit == "arch" else f"src/{unit}"


def read_labs_ini(path):
    cp = configparser.ConfigParser(interpolation=None)
    cp.optionxform = str
    cp.read(path, encoding="utf-8")
    return cp


def units_and_labs(chapter_ids):
    units, labs = [], []
    for name in makefile_units() + [u for u in EXTRA_UNITS if (TOP / "src" / u).is_dir()]:
        d = unit_dir(name)
        ini = TOP / d / "labs.ini"
        chapter = None
        if ini.exists():
            cp = read_labs_ini(ini)
            if cp.has_section("unit"):
                chapter = cp.get("unit", "chapter", fallback=None)
            for sec in cp.sections():
                if not sec.startswith("lab "):
                    continue
                lab = {"name": sec[4:].strip(), "unit": name, "file": rel(ini)}
                for k, v in cp.items(sec):
                    lab[k] = v
                for k in ("functions", "tests", "scenarios"):
                    lab[k] = lab.get(k, "").split()
                labs.append(lab)
        if not chapter and f"chapter-{name}" in chapter_ids:
            chapter = f"chapter-{name}"
        units.append({"name": name, "dir": d, "chapter": chapter})
    return units, labs


def unit_of(path, units):
    """The unit a file of src/ belongs to (headers: the unit their name
    says, through xref.py's table)."""
    p = pathlib.Path(path)
    best = None
    for u in units:
        if p.as_posix().startswith(u["dir"] + "/"):
            if best is None or len(u["dir"]) > len(best["dir"]):
                best = u
    if best:
        return best["name"]
    if "include" in p.parts:
        return xref.unit_of(TOP / p)
    return None


def ctags_defs():
    # DECLARE_WAIT_QUEUE_HEAD(): a variable, as the Doxyfile expands it
    r = subprocess.run(["ctags", "-D", "DECLARE_WAIT_QUEUE_HEAD(name)=wait_queue_head_t name",
                        "--output-format=json", "--fields=+neKSZs",
                        "--kinds-C=+d", "-R", "-f", "-", "src"],
                       cwd=TOP, capture_output=True, text=True, check=True)
    defs = []
    for line in r.stdout.splitlines():
        d = json.loads(line)
        if d.get("_type") != "tag" or d.get("kind") not in KINDS:
            continue
        defs.append({
            "name": d["name"], "kind": d["kind"], "file": d["path"],
            "line": d["line"], "end": d.get("end", d["line"]),
            "static": bool(d.get("file")),
            "scope": d.get("scope", ""),
            "macro_args": d["kind"] == "macro" and "signature" in d,
        })
    defs.sort(key=lambda d: (d["file"], d["line"], d["name"]))
    for i, d in enumerate(defs):
        d["id"] = i
    return defs


def masked_lines(path):
    """The file's lines with comments blanked, string literals blanked
    too (a name inside a message is no use), #include lines dropped."""
    text = kdiff.mask((TOP / path).read_text(encoding="utf-8", errors="replace"))
    text = re.sub(r"\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'",
                  lambda m: " " * len(m.group(0)), text)
    lines = text.split("\n")
    return ["" if re.match(r"\s*#\s*include\b", ln) else ln for ln in lines]


def scan(defs):
    """calls and uses, from every file of src/."""
    by_name = {}
    for d in defs:
        by_name.setdefault(d["name"], []).append(d)
    callable_names = {d["name"] for d in defs
                      if d["kind"] == "function" or d["macro_args"]}
    bodies = {}         # file -> [(first, last, def)] of functions and macros
    for d in defs:
        if d["kind"] == "function" or d["macro_args"]:
            bodies.setdefault(d["file"], []).append(d)
    files = sorted({rel(p) for p in (TOP / "src").rglob("*") if p.suffix in (".c", ".h")})
    uses = {}
    calls = {}

    def resolve(name, file):
        cands = [c for c in by_name.get(name, []) if c["kind"] == "function" or c["macro_args"]]
        same = [c for c in cands if c["file"] == file]
        if same:
            return same[0]
        glob = [c for c in cands if not c["static"]]
        # a definition in a .c file first: a header's prototype-like
        # macro of the same name is rarer than the function
        glob.sort(key=lambda c: (c["kind"] != "function", c["file"]))
        return glob[0] if glob else (cands[0] if cands else None)

    for f in files:
        lines = masked_lines(f)
        spans = sorted(bodies.get(f, []), key=lambda d: (d["line"], -d["end"]))
        for n, text in enumerate(lines, 1):
            inside = [d for d in spans if d["line"] <= n <= d["end"]]
            owner = inside[-1] if inside else None
            for m in IDENT.finditer(text):
                name = m.group(0)
                if name not in by_name:
                    continue
                if any(d["file"] == f and d["line"] == n for d in by_name[name]):
                    continue            # the definition itself
                uses.setdefault(name, []).append(
                    [f, n, owner["name"] if owner else ""])
                if owner is None or name not in callable_names:
                    continue
                after = text[m.end():].lstrip()
                if not after.startswith("("):
                    continue
                if owner["macro_args"] and n == owner["line"] and name == owner["name"]:
                    continue
                target = resolve(name, f)
                if target is None or target["id"] == owner["id"]:
                    continue
                lst = calls.setdefault(owner["id"], [])
                if target["id"] not in lst:
                    lst.append(target["id"])
    return calls, uses


def kquirks(defs, units, chapter_of_unit):
    """Every @kquirk of src/, with the definition its comment documents."""
    by_place = {(d["file"], d["line"]): d for d in defs}
    out = []
    for path in sorted((TOP / "src").rglob("*")):
        if path.suffix not in (".c", ".h"):
            continue
        f = rel(path)
        lines = path.read_text(encoding="utf-8").splitlines()
        i = 0
        while i < len(lines):
            if not lines[i].lstrip().startswith("/**"):
                i += 1
                continue
            j = i
            while j < len(lines) and "*/" not in lines[j]:
                j += 1
            block = lines[i:j + 1]
            notes = quirk_texts(block)
            if notes:
                target = None
                for n in range(j + 2, min(j + 12, len(lines) + 1)):
                    cands = [d for (ff, ln), d in by_place.items() if ff == f and ln == n]
                    cands = [d for d in cands if d["kind"] != "member"] or cands
                    if cands:
                        target = cands[0]
                        break
                unit = unit_of(f, units)
                for k, (en, zh, line) in enumerate(notes):
                    out.append({
                        "symbol": target["name"] if target else "",
                        "kind": target["kind"] if target else "",
                        "scope": target["scope"] if target else "",
                        "def": target["id"] if target else None,
                        "file": f, "line": i + 1 + line,
                        "def_line": target["line"] if target else j + 2,
                        "unit": unit, "chapter": chapter_of_unit.get(unit),
                        "en": en, "zh": zh, "nth": k})
            i = j + 1
    return out


def quirk_texts(block):
    """[(english, chinese, line offset)] of the @kquirk paragraphs of one
    doc comment."""
    out, cur, start = [], None, 0
    for n, raw in enumerate(block):
        text = re.sub(r"^\s*/?\*+/?\s?", "", raw).rstrip()
        text = re.sub(r"\s*\*/\s*$", "", text)
        m = re.match(r"[@\\](\w+)\s*(.*)", text)
        if m:
            if cur is not None:
                out.append((cur, start))
            cur = m.group(2) if m.group(1) == "kquirk" else None
            start = n
        elif cur is not None:
            cur += "\n" + text
    if cur is not None:
        out.append((cur, start))
    result = []
    for text, line in out:
        en, zh = split_languages(text)
        result.append((en, zh, line))
    return result


def split_languages(text):
    """(english, chinese) of a \\~english ... \\~chinese ... \\~ text; text
    outside the markers belongs to both."""
    if "\\~" not in text:
        t = " ".join(text.split())
        return t, t
    parts = re.split(r"\\~(english|chinese)?", text)
    en, zh, lang = [], [], None
    for k, part in enumerate(parts):
        if k % 2 == 1:
            lang = part or None
            continue
        if lang in (None, "english"):
            en.append(part)
        if lang in (None, "chinese"):
            zh.append(part)
    join = lambda xs: " ".join(" ".join(xs).split())  # noqa: E731
    return join(en), join(zh)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    build = pathlib.Path(sys.argv[1])
    chs = chapters()
    units, labs = units_and_labs({c["id"] for c in chs})
    chapter_of_unit = {u["name"]: u["chapter"] for u in units}
    defs = ctags_defs()
    calls, uses = scan(defs)
    for d in defs:
        d["unit"] = unit_of(d["file"], units)
    data = {
        "chapters": chs, "units": units, "labs": labs, "defs": defs,
        "calls": {str(k): v for k, v in calls.items()},
        "uses": uses,
        "kquirks": kquirks(defs, units, chapter_of_unit),
    }
    out = build / "site-gen" / "code.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(data, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"site_code: {len(defs)} definitions, {sum(map(len, calls.values()))} calls, "
          f"{sum(map(len, uses.values()))} uses, {len(data['kquirks'])} @kquirk notes")


if __name__ == "__main__":
    main()
