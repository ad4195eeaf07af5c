#!/usr/bin/env python3
"""site-build.py BUILD SITE_DIR MM24 [KSRC] - build the bilingual site,
redoing only the stages whose inputs changed.

Each stage hashes the content of its inputs and records the hash in
BUILD/site/stamps/STAGE when it succeeds; a stage whose hash is the
recorded one is skipped, so a second `make site` with nothing changed
takes a second or two.  The stages, in order:

 1. live    run notes/scenarios/*.mm through MM24 (in parallel), every
            exercise BUILD/bin/ex-*, and kdiff on its fixture tree; write
            their output to BUILD/site-gen/out/NAME.txt, the pictures of a
            scenario's "dot ... > NAME.dot" lines (drawn once per language)
            to BUILD/site-gen/dot/NAME.LANG.dot.  A file is rewritten only
            when its content changes.
 2. kdiff   with KSRC: the structural diff of every mirrored symbol as
            JSON (scripts/kdiff.py --json), for the diff pages.
 3. data    scripts/site_code.py reads src/ (ctags and a C tokenizer):
            definitions, calls, uses, @kquirk notes, units, chapters, labs,
            into BUILD/site-gen/code.json; scripts/site_pages.py writes the
            generated pages (diff, identifier index, simplifications, labs,
            quizzes) that Doxygen lays out with the chapters, into
            BUILD/site-gen/pages/LANG.
 4. doxygen English and Chinese in parallel into BUILD/site/raw/LANG;
            warnings are errors (MM24_SITE_DRAFT=1 prints them and goes on,
            for a chapter in the making).
 5. post    scripts/site-post.py turns the raw output into SITE_DIR/LANG:
            language switch, cross-references, inlined pictures, generated
            page content, search data, the font.
"""
import concurrent.futures
import hashlib
import json
import os
import pathlib
import shutil
import subprocess
import sys
import time

TOP = pathlib.Path(__file__).resolve().parents[1]
LANGS = ("en", "zh")


def files_under(*paths, suffixes=None):
    out = []
    for p in paths:
        p = pathlib.Path(p)
        if p.is_file():
            out.append(p)
        elif p.is_dir():
            out += [f for f in p.rglob("*") if f.is_file() and
                    (suffixes is None or f.suffix in suffixes)]
    return sorted(set(out))


def digest(files, extra=""):
    h = hashlib.sha256(extra.encode())
    for f in files:
        h.update(str(f).encode() + b"\0")
        try:
            h.update(f.read_bytes())
        except OSError:
            h.update(b"(missing)")
    return h.hexdigest()


class Stages:
    def __init__(self, build):
        self.dir = build / "site" / "stamps"
        self.dir.mkdir(parents=True, exist_ok=True)
        self.ran = []

    def fresh(self, name, key):
        stamp = self.dir / name
        return stamp.exists() and stamp.read_text() == key

    def done(self, name, key):
        (self.dir / name).write_text(key)
        self.ran.append(name)

    def forget(self, name):
        (self.dir / name).unlink(missing_ok=True)


def write_if_changed(path, data):
    path = pathlib.Path(path)
    if isinstance(data, str):
        data = data.encode()
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def die(msg):
    print(f"site: {msg}", file=sys.stderr)
    sys.exit(1)


# ---- 1. live output -----------------------------------------------------------

def scenario_args(mm, dot_dir):
    first = mm.read_text(encoding="utf-8").split("\n", 1)[0]
    if first.startswith("#!args "):
        return first[len("#!args "):].split(), first
    return ["run", f"--dot-dir={dot_dir}", str(mm)], first


def run_scenario(mm24, mm, gen):
    """Run one scenario; its output, and its pictures per language."""
    name = mm.stem
    scratch = gen / "dot-run" / name
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir(parents=True)
    args, first = scenario_args(mm, scratch)
    r = subprocess.run([mm24] + args, capture_output=True, cwd=TOP)
    out = r.stdout + r.stderr
    tail = b"\n".join(out.splitlines()[-5:]).decode(errors="replace")
    if r.returncode and "expect-failure" not in first:
        return name, None, {}, f"scenario {mm} failed:\n{tail}"
    # "expect-failure": the emulated kernel stops (a BUG, an oops, a panic),
    # exit status 1 and mm24's report of the halt; anything else, a usage
    # error or a crash of mm24 itself, is not what the chapter shows (the
    # exact output is tests/scenarios-notes/NAME.out, make test-scenarios)
    if "expect-failure" in first and (
            r.returncode != 1 or
            b"the emulated kernel stopped after" not in out):
        return name, None, {}, (f"scenario {mm} should stop the emulated "
                                f"kernel (exit 1, the halt reported), not "
                                f"exit {r.returncode}:\n{tail}")
    dots = {f"{d.stem}.en.dot": d.read_bytes() for d in scratch.glob("*.dot")}
    if "\ndot " in "\n" + mm.read_text(encoding="utf-8") and dots:
        for d in scratch.glob("*.dot"):
            d.unlink()
        subprocess.run([mm24, "run", "--lang", "zh", f"--dot-dir={scratch}",
                        str(mm)], capture_output=True, cwd=TOP)
        dots.update({f"{d.stem}.zh.dot": d.read_bytes()
                     for d in scratch.glob("*.dot")})
    shutil.rmtree(scratch, ignore_errors=True)
    return name, out, dots, None


def live(build, mm24, stages):
    gen = build / "site-gen"
    scenarios = sorted((TOP / "notes" / "scenarios").glob("*.mm"))
    exercises = sorted((build / "bin").glob("ex-*"))
    quizzes = sorted((TOP / "src").glob("**/quiz.mm"))
    inputs = ([pathlib.Path(mm24)] + scenarios + exercises + quizzes +
              files_under(TOP / "tests" / "diff" / "fixture", TOP / "scripts" / "kdiff.py"))
    key = digest(inputs, "live-2")
    if stages.fresh("live", key):
        return
    (gen / "out").mkdir(parents=True, exist_ok=True)
    (gen / "dot").mkdir(parents=True, exist_ok=True)
    wanted_out, wanted_dot = set(), set()
    with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        jobs = [pool.submit(run_scenario, str(pathlib.Path(mm24).resolve()), mm, gen)
                for mm in scenarios]
        for job in jobs:
            name, out, dots, err = job.result()
            if err:
                die(err)
            write_if_changed(gen / "out" / f"{name}.txt", out)
            wanted_out.add(f"{name}.txt")
            for dname, data in dots.items():
                write_if_changed(gen / "dot" / dname, data)
                wanted_dot.add(dname)
    for ex in exercises:
        r = subprocess.run([str(ex)], capture_output=True, cwd=TOP)
        write_if_changed(gen / "out" / f"{ex.name}.txt", r.stdout + r.stderr)
        wanted_out.add(f"{ex.name}.txt")
    # a sample problem of every unit's quiz, for the quizzes page
    for q in quizzes:
        unit = "arch" if q.parent.name == "i386" else q.parent.name
        for suffix, extra in (("", []), ("-c", ["-c"])):
            r = subprocess.run([mm24, "quiz", unit, "-s", "1"] + extra, capture_output=True,
                               cwd=TOP)
            text = r.stdout + r.stderr
            if extra:       # the answers only: the problem is shown above them
                text = text[text.find(b"Answers"):] if b"Answers" in text else text
            write_if_changed(gen / "out" / f"quiz-{unit}{suffix}.txt", text)
            wanted_out.add(f"quiz-{unit}{suffix}.txt")
    # the structural diff on its fixture tree (written for the tests, no
    # kernel text), for the tools chapter: a dropped branch, explained and not
    text = b""
    fixture = TOP / "tests" / "diff" / "fixture"
    for func in ("refuse_quietly", "refuse_loudly"):
        r = subprocess.run([sys.executable, str(TOP / "scripts" / "kdiff.py"), "ksrc",
                            "--xref", "xref.tsv", "--func", func],
                           capture_output=True, cwd=fixture)
        keep = False
        for line in r.stdout.splitlines(keepends=True):
            if line.startswith(b"===="):
                keep = True
            if keep:
                text += line
                if not line.strip():
                    keep = False
    if b"==== refuse_loudly" not in text:
        die("kdiff on its fixture printed nothing")
    write_if_changed(gen / "out" / "kdiff-fixture.txt", text)
    wanted_out.add("kdiff-fixture.txt")
    for d, wanted in ((gen / "out", wanted_out), (gen / "dot", wanted_dot)):
        for f in d.iterdir():
            if f.name not in wanted:
                if f.is_dir():
                    shutil.rmtree(f)
                else:
                    f.unlink()
    stages.done("live", key)


# ---- 2. the structural diff against KSRC -------------------------------------------

def kdiff(build, ksrc, stages):
    out = build / "site-gen" / "kdiff.json"
    xref = build / "xref.tsv"
    if not ksrc:
        out.unlink(missing_ok=True)
        stages.forget("kdiff")
        return
    inputs = [xref, TOP / "scripts" / "kdiff.py"] + files_under(TOP / "src", suffixes={".c", ".h"})
    key = digest(inputs, f"kdiff-1 {os.path.abspath(ksrc)}")
    if stages.fresh("kdiff", key) and out.exists():
        return
    for attempt in (1, 2):
        r = subprocess.run([sys.executable, str(TOP / "scripts" / "kdiff.py"), ksrc,
                            "--xref", str(xref), "--summary-only", "--json", str(out)],
                           capture_output=True, text=True, cwd=TOP)
        if r.returncode in (0, 1) or "stale" not in r.stderr or attempt == 2:
            break
        # a source changed since make wrote xref.tsv: write it again
        subprocess.run([sys.executable, str(TOP / "scripts" / "xref.py"), str(xref),
                        "--mirrored-c", str(build / "gen" / "mirrored.c")], cwd=TOP)
    if r.returncode not in (0, 1):      # 1: differences no @kquirk explains
        die(f"kdiff.py failed:\n{r.stdout[-2000:]}{r.stderr[-2000:]}")
    (build / "site" / "kdiff.txt").write_text(r.stdout)
    stages.done("kdiff", key)


# ---- 3. what the site knows about the code -------------------------------------------

def data(build, stages):
    gen = build / "site-gen"
    inputs = (files_under(TOP / "src", TOP / "notes", TOP / "tests" / "scenarios") +
              [build / "xref.tsv", gen / "kdiff.json"] +
              files_under(*(TOP / "scripts" / f for f in
                            ("site_code.py", "site_pages.py", "site_text.py"))))
    key = digest(inputs, "data-1")
    if stages.fresh("data", key):
        return
    for script in ("site_code.py", "site_pages.py"):
        r = subprocess.run([sys.executable, str(TOP / "scripts" / script), str(build)],
                           cwd=TOP, capture_output=True, text=True)
        if r.returncode:
            die(f"{script} failed:\n{r.stdout}{r.stderr}")
    stages.done("data", key)


# ---- 4. Doxygen --------------------------------------------------------------------

def doxygen_inputs(build, lang):
    gen = build / "site-gen"
    return files_under(TOP / "src", TOP / "notes" / lang, TOP / "notes" / "scenarios",
                       gen / "out", gen / "dot", gen / "pages" / lang, TOP / "diagrams",
                       TOP / "Doxyfile", TOP / "site" / f"Doxyfile.{lang}",
                       TOP / "site" / "header.html", TOP / "site" / "footer.html")


WARNED = False     # a draft build went on past Doxygen's warnings


def doxygen(build, stages):
    version = subprocess.run(["doxygen", "--version"], capture_output=True,
                             text=True).stdout.strip()
    keys = {lang: digest(doxygen_inputs(build, lang), f"doxygen-1 {version}")
            for lang in LANGS}
    todo = [lang for lang in LANGS if not stages.fresh(f"doxygen-{lang}", keys[lang])]
    if not todo:
        return
    raw = build / "site" / "raw"
    procs = {}
    for lang in todo:
        stages.forget(f"doxygen-{lang}")
        shutil.rmtree(raw / lang, ignore_errors=True)
        (raw / lang).mkdir(parents=True)
        env = dict(os.environ, DOC_LANG=lang, SITE_DIR=str(raw), BUILD=str(build))
        procs[lang] = subprocess.Popen(["doxygen", "Doxyfile"], cwd=TOP, env=env,
                                       stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    failed = False
    global WARNED
    draft = os.environ.get("MM24_SITE_DRAFT") == "1"
    for lang, p in procs.items():
        out = p.communicate()[0].decode(errors="replace")
        log = build / "site" / f"doxygen-{lang}.log"
        warnings = log.read_text(errors="replace") if log.exists() else ""
        if warnings.strip():
            print(f"site: Doxygen warnings ({lang}):", file=sys.stderr)
            print(warnings.replace(str(TOP) + "/", ""), file=sys.stderr)
            failed = failed or not draft
            WARNED = True
        elif p.returncode:
            print(out, file=sys.stderr)
            failed = True
    if failed:
        die("Doxygen failed (warnings are errors; MM24_SITE_DRAFT=1 shows a draft)")
    for lang in todo:
        stages.done(f"doxygen-{lang}", keys[lang])


# ---- 5. post-processing ---------------------------------------------------------------

def post(build, site, stages):
    stamps = "".join((stages.dir / f"doxygen-{lang}").read_text() for lang in LANGS)
    inputs = ([build / "site-gen" / "code.json", build / "site-gen" / "kdiff.json",
               build / "site-gen" / "pages.json"] +
              files_under(TOP / "site", suffixes={".css", ".js", ".html"}) +
              files_under(TOP / "notes" / "scenarios", TOP / "notes" / "en",
                          TOP / "notes" / "zh") +
              [TOP / "scripts" / f for f in ("site-post.py", "site_text.py", "site_search.py",
                                             "site_code.py")])
    key = digest(inputs, f"post-1 {stamps} {pathlib.Path(site).resolve()}")
    if stages.fresh("post", key) and all((pathlib.Path(site) / lang / "index.html").exists()
                                         for lang in LANGS):
        return
    r = subprocess.run([sys.executable, str(TOP / "scripts" / "site-post.py"),
                        str(build), str(site)], cwd=TOP)
    if r.returncode:
        die("site-post.py failed")
    stages.done("post", key)


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    build, site, mm24 = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    ksrc = sys.argv[4] if len(sys.argv) == 5 and sys.argv[4] else None
    build = build if build.is_absolute() else TOP / build
    start = time.time()
    stages = Stages(build)
    live(build, mm24, stages)
    kdiff(build, ksrc, stages)
    data(build, stages)
    doxygen(build, stages)
    post(build, site, stages)
    took = time.time() - start
    what = ", ".join(stages.ran) if stages.ran else "nothing changed"
    warn = "DRAFT: Doxygen warned" if WARNED else "0 Doxygen warnings"
    print(f"site: {site}/en and {site}/zh ({what}; {warn}) in {took:.1f} s")


if __name__ == "__main__":
    main()
