#!/usr/bin/env python3
"""test_xref.py - every @kernel{file,line} of the sources against the facts.

1. build/xref.tsv is made afresh from src/ by scripts/xref.py;
2. every mirrored symbol's kernel file:line equals the reference index row
   (tests/xref/kernel-2.6.24-mm-index.tsv) or, for symbols outside it, the
   line read off a pristine tree (tests/xref/extra-lines.tsv);
3. every core symbol of the units mm24 has is mirrored;
4. every mirrored symbol's comment has an English and a Chinese brief and a
   @seenotes{chapter,section} naming a section present in both languages.
"""
import csv
import pathlib
import re
import subprocess
import tempfile
import unittest

TOP = pathlib.Path(__file__).resolve().parents[2]
HERE = TOP / "tests" / "xref"
HEADING = re.compile(r"\{#([A-Za-z0-9_-]+)\}\s*$")
UNITS = {"page", "zone", "buddy", "bootmem", "pgtable", "slab", "highmem",
         "vmalloc", "vma", "fault"}	# index units mm24 has


def rows(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"))


def section_ids(lang):
    ids = set()
    for md in (TOP / "notes" / lang).glob("*.md"):
        for line in md.read_text(encoding="utf-8").splitlines():
            m = HEADING.search(line)
            if m and line.startswith("#"):
                ids.add(m.group(1))
    return ids


def doc_block(path, line):
    """The /** ... */ comment that ends just before the declaration."""
    lines = pathlib.Path(TOP / path).read_text(encoding="utf-8").splitlines()
    end = line - 2
    while end >= 0 and "*/" not in lines[end]:
        end -= 1
    start = end
    while start >= 0 and "/**" not in lines[start]:
        start -= 1
    return "\n".join(lines[start:end + 1]) if start >= 0 else ""


class XrefTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        with tempfile.TemporaryDirectory() as d:
            out = pathlib.Path(d) / "xref.tsv"
            subprocess.run(["python3", str(TOP / "scripts/xref.py"), str(out)],
                           cwd=TOP, check=True)
            cls.xref = rows(out)
        cls.index = {r["function_or_macro"]: r for r in rows(HERE / "kernel-2.6.24-mm-index.tsv")}
        cls.extra = {r["symbol"]: r for r in rows(HERE / "extra-lines.tsv")}

    def test_xref_is_not_empty(self):
        self.assertGreater(len(self.xref), 150)

    def test_every_kernel_line_matches_the_facts(self):
        for r in self.xref:
            with self.subTest(symbol=r["symbol"]):
                fact = self.index.get(r["symbol"])
                if fact:
                    want = (fact["file"], fact["line"])
                else:
                    self.assertTrue(r["symbol"] in self.extra,
                                    f"{r['src_file']}:{r['src_line']}: no reference line for "
                                    f"{r['symbol']}: add it to tests/xref/extra-lines.tsv")
                    want = (self.extra[r["symbol"]]["file"], self.extra[r["symbol"]]["line"])
                self.assertEqual((r["kernel_file"], r["kernel_line"]), want,
                                 f"{r['src_file']}:{r['src_line']}")

    def test_every_core_symbol_is_mirrored(self):
        mirrored = {r["symbol"] for r in self.xref}
        missing = [f"{r['unit']}/{s}" for s, r in self.index.items()
                   if r["unit"] in UNITS and r["core"] == "yes" and s not in mirrored]
        self.assertEqual(missing, [])

    def test_every_mirror_is_documented_in_both_languages(self):
        en, zh = section_ids("en"), section_ids("zh")
        for r in self.xref:
            with self.subTest(symbol=r["symbol"]):
                doc = doc_block(r["src_file"], int(r["src_line"]))
                self.assertIn("\\~english", doc)
                self.assertIn("\\~chinese", doc)
                m = re.search(r"@seenotes\{([\w-]+),([\w-]+)\}", doc)
                self.assertIsNotNone(m, f"{r['src_file']}:{r['src_line']}: no @seenotes")
                for ids in (en, zh):
                    self.assertIn(m.group(1), ids)
                    self.assertIn(m.group(2), ids)


if __name__ == "__main__":
    unittest.main()
