#!/usr/bin/env python3
"""lab.py - labs in the style of MIT 6.S081 on the mirrored functions.

  lab.py list                     every lab of every unit (src/UNIT/labs.ini)
  lab.py make NAME DIR            a working tree for lab NAME in DIR
  lab.py grade DIR                build the tree in DIR and score its lab
  lab.py restore DIR              put the reference functions back (give up)

A unit lists its labs in src/UNIT/labs.ini (data, not code):

    [unit]
    chapter = chapter-buddy          the chapter that explains the unit
    [lab buddy-split]
    title = Split a block: expand()
    title_zh = 拆分空闲块：expand()
    functions = expand               the mirrored functions to write
    tests = buddy/test_split_coalesce buddy/test_stress
                                     unit tests (tests/UNIT/test_*.c) that grade it
    scenarios = trace-split          scenario goldens (tests/scenarios/NAME.mm)
    chapter = chapter-buddy          optional: the chapter, if not the unit's

`make` copies the sources (Makefile, src/, tests/, scripts/, notes/scenarios)
to DIR, and replaces the body of each function of the lab by a stub that
keeps the doc comment (the function's contract: what it does, its
parameters, its context, where 2.6.24 has it, the chapter section that
explains it) and stops the emulated kernel with a panic naming the
function.  Nothing of the reference body is left in DIR: no git history,
no objects.  DIR/.lab records the lab and where the reference tree is.

`grade` runs make in DIR for the lab's tests and mm24, then each test
program (a time limit each) and each scenario against its golden output,
and prints one line per check and the score: the checks passed out of the
lab's checks.  An untouched lab tree scores 0 (every check exercises a
stubbed function); with the reference restored, all of them.

`restore` copies the reference bodies from the tree that made the lab (the
function only; the rest of the reader's file is left alone).
"""
import json
import os
import pathlib
import re
import shutil
import subprocess
import sys

TOP = pathlib.Path(__file__).resolve().parents[1]
sys.path.insert(0, str(TOP / "scripts"))

COPY = ("Makefile", "src", "tests", "scripts", "notes/scenarios", "COPYING")
TEST_TIMEOUT = 120


def all_labs(top=TOP):
    import site_code
    site_code.TOP = top
    units, labs = site_code.units_and_labs(set())
    return labs


def find_lab(name):
    for lab in all_labs():
        if lab["name"] == name:
            return lab
    names = ", ".join(lab["name"] for lab in all_labs())
    sys.exit(f"lab: no lab '{name}' (labs: {names})")


def mask(text):
    """Comments and literals blanked (same length), so braces count."""
    def blank(m):
        return re.sub(r"[^\n]", " ", m.group(0))
    return re.sub(r"/\*.*?\*/|//[^\n]*|\"(?:\\.|[^\"\\\n])*\"|'(?:\\.|[^'\\\n])*'",
                  blank, text, flags=re.S)


def find_function(path, name):
    """(start, end) character offsets of the body of function @name in the
    file (the braces included), found by ctags and brace matching."""
    r = subprocess.run(["ctags", "--output-format=json", "--fields=+ne", "-f", "-",
                        str(path)], capture_output=True, text=True, check=True)
    line = None
    for row in r.stdout.splitlines():
        d = json.loads(row)
        if d.get("name") == name and d.get("kind") == "function":
            line = d["line"]
            break
    if line is None:
        return None
    text = path.read_text(encoding="utf-8")
    masked = mask(text)
    pos = 0
    for _ in range(line - 1):
        pos = text.index("\n", pos) + 1
    start = masked.index("{", pos)
    depth = 0
    for i in range(start, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
    return None


def returns_void(text, start):
    head = text[:start]
    head = head[head.rfind(";") + 1:] if ";" in head else head
    head = re.sub(r"/\*.*?\*/", " ", head, flags=re.S)
    m = re.search(r"([\w\s\*]*?)\b\w+\s*\([^()]*(?:\([^()]*\)[^()]*)*\)\s*$", head, re.S)
    words = m.group(1).split() if m else []
    return "void" in words and "*" not in "".join(words)


def stub_body(lab, name, text, start):
    ret = "" if returns_void(text, start) else "\treturn 0;\n"
    return ("{\n"
            f"\t/*\n"
            f"\t * LAB {lab['name']}: write {name}() here.  Its contract is the\n"
            f"\t * comment above; the chapter section it names explains it.\n"
            f"\t * \"make grade\" builds your version and runs the checks.\n"
            f"\t */\n"
            f"\tpanic(\"lab {lab['name']}: {name}() is not written yet\");\n"
            f"{ret}"
            "}")


def function_file(top, name, unit_dir_name):
    """The file of src/ that defines @name (the xref rows first)."""
    for p in sorted((top / unit_dir_name).rglob("*.c")) + sorted((top / "src").rglob("*.[ch]")):
        if "exercises" in p.parts:
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        if re.search(rf"^[^\n;]*\b{re.escape(name)}\s*\(", text, re.M) and find_function(p, name):
            return p
    return None


def make(name, dest):
    lab = find_lab(name)
    dest = pathlib.Path(dest)
    if dest.exists():
        shutil.rmtree(dest)
    dest.mkdir(parents=True)
    for item in COPY:
        src = TOP / item
        if src.is_dir():
            shutil.copytree(src, dest / item, ignore=shutil.ignore_patterns(
                "__pycache__", "*.o", "*.d"))
        elif src.exists():
            (dest / item).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, dest / item)
    unit_dir = "src/arch/i386" if lab["unit"] == "arch" else f"src/{lab['unit']}"
    where = {}
    for func in lab["functions"]:
        p = function_file(dest, func, unit_dir)
        if p is None:
            sys.exit(f"lab: {func}() of lab {name} is not defined in src/")
        text = p.read_text(encoding="utf-8")
        start, end = find_function(p, func)
        text = text[:start] + stub_body(lab, func, text, start) + text[end:]
        p.write_text(text, encoding="utf-8")
        where[func] = p.relative_to(dest).as_posix()
    info = dict(lab, files=where, reference=str(TOP))
    (dest / ".lab").write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    (dest / "lab.mk").write_text(
        "# lab tree: a stub may leave a static helper unused while the lab is\n"
        "# not done\nCFLAGS += -Wno-error=unused-function -Wno-unused-function\n",
        encoding="utf-8")
    funcs = ", ".join(f"{f}() in {where[f]}" for f in lab["functions"])
    print(f"lab {name}: {dest}\n  write: {funcs}\n"
          f"  then: make -C {dest} grade   (or make grade LAB={name})\n"
          f"  give up: make -C {dest} restore")


def load(dest):
    f = pathlib.Path(dest) / ".lab"
    if not f.exists():
        sys.exit(f"lab: {dest} is not a lab tree (no .lab): make lab-NAME makes one")
    return json.loads(f.read_text(encoding="utf-8"))


def grade(dest):
    dest = pathlib.Path(dest).resolve()
    lab = load(dest)
    build = dest / "build"
    tests = [build / "tests" / t for t in lab["tests"]]
    targets = [str(t.relative_to(dest)) for t in tests] + ["build/bin/mm24"]
    print(f"grading lab {lab['name']} ({', '.join(f + '()' for f in lab['functions'])})")
    # a make of its own: the job server of a make that runs this script
    # (make test) is not passed on to it
    env = {k: v for k, v in os.environ.items()
           if k not in ("MAKEFLAGS", "MFLAGS", "MAKELEVEL")}
    r = subprocess.run(["make", "--no-print-directory", "-C", str(dest), "BUILD=build",
                        "-k", "-j2"] + targets, capture_output=True, text=True, env=env)
    checks = []
    if r.returncode:
        print("  the build failed:")
        print("\n".join("    " + line for line in (r.stdout + r.stderr).splitlines()[-15:]))
    for t in tests:
        ok = False
        if t.exists():
            try:
                p = subprocess.run([str(t)], cwd=dest, capture_output=True, timeout=TEST_TIMEOUT)
                ok = p.returncode == 0
            except subprocess.TimeoutExpired:
                ok = False
        checks.append((f"test {t.relative_to(build / 'tests')}", ok))
    mm24 = build / "bin" / "mm24"
    for s in lab["scenarios"]:
        ok = False
        mm = dest / "tests" / "scenarios" / f"{s}.mm"
        if mm24.exists() and mm.exists():
            out = run_scenario(mm24, mm)
            golden = (dest / "tests" / "scenarios" / f"{s}.out").read_text(
                encoding="utf-8", errors="replace")
            ok = out == golden
        checks.append((f"scenario {s}", ok))
    for what, ok in checks:
        print(f"  {'PASS' if ok else 'FAIL'}  {what}")
    passed = sum(ok for _, ok in checks)
    print(f"lab {lab['name']}: score {passed}/{len(checks)}")
    return passed, len(checks)


def run_scenario(mm24, mm):
    """The scenario's output as scripts/run-scenarios.sh records it."""
    first = mm.read_text(encoding="utf-8").split("\n", 1)[0]
    args = first[len("#!args "):].split() if first.startswith("#!args ") else ["run", mm.name]
    try:
        p = subprocess.run([str(mm24)] + args, cwd=mm.parent, capture_output=True,
                           timeout=TEST_TIMEOUT)
    except subprocess.TimeoutExpired:
        return ""
    out = (p.stdout + p.stderr).decode(errors="replace")
    out = re.sub(r"\[<[0-9a-f]{8}>\] ([A-Za-z0-9_.]+)\+0x[0-9a-f]+/0x[0-9a-f]+",
                 r"[<........>] \1", out)
    return out + f"[exit {p.returncode}]\n"


def restore(dest):
    dest = pathlib.Path(dest)
    lab = load(dest)
    ref = pathlib.Path(lab["reference"])
    for func, rel in lab["files"].items():
        ours, theirs = dest / rel, ref / rel
        a, b = find_function(ours, func), find_function(theirs, func)
        if not a or not b:
            sys.exit(f"lab: cannot find {func}() in {ours} or {theirs}")
        text = ours.read_text(encoding="utf-8")
        body = theirs.read_text(encoding="utf-8")[b[0]:b[1]]
        ours.write_text(text[:a[0]] + body + text[a[1]:], encoding="utf-8")
        print(f"restored {func}() in {rel} from {ref}")


def main():
    args = sys.argv[1:]
    if args[:1] == ["list"]:
        for lab in all_labs():
            print(f"{lab['name']:20} {lab['unit']:8} {' '.join(lab['functions'])}")
    elif args[:1] == ["make"] and len(args) == 3:
        make(args[1], args[2])
    elif args[:1] == ["grade"] and len(args) == 2:
        passed, total = grade(args[1])
        sys.exit(0 if passed == total else 1)
    elif args[:1] == ["restore"] and len(args) == 2:
        restore(args[1])
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
