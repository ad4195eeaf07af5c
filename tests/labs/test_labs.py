"""test_labs.py - the labs (scripts/lab.py, src/UNIT/labs.ini).

Every lab: its functions are mirrored functions of src/, "make lab-NAME"
leaves a tree where each of them is a stub that keeps its contract (the doc
comment) and none of the reference body, with no git history; "restore"
gives the reference tree's file back exactly.  Graded for real (build, the
unit's tests and scenario goldens): an untouched tree scores zero, the
restored one full marks, for buddy-split here and for
every lab with LABS_ALL=1 (a few minutes).

Run: python3 -m unittest tests/labs/test_labs.py
"""
import json
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

TOP = pathlib.Path(__file__).resolve().parents[2]
LAB = [sys.executable, str(TOP / "scripts" / "lab.py")]
GRADED = ("buddy-split",)


def labs():
    out = subprocess.run(LAB + ["list"], capture_output=True, text=True, check=True)
    return [line.split()[0] for line in out.stdout.splitlines() if line.strip()]


def make(name, dest):
    return subprocess.run(LAB + ["make", name, str(dest)], capture_output=True,
                          text=True, timeout=120)


def grade(dest):
    r = subprocess.run(LAB + ["grade", str(dest)], capture_output=True, text=True,
                       timeout=900)
    m = re.search(r"score (\d+)/(\d+)", r.stdout)
    return (int(m.group(1)), int(m.group(2))) if m else None, r


def body_lines(text, start):
    """The statements of the function body that starts at text[start]."""
    depth, i = 0, start
    while True:
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                break
        i += 1
    return [l.strip() for l in text[start + 1:i].splitlines()
            if len(l.strip()) > 12 and not l.strip().startswith(("/*", "*"))]


class TestLabs(unittest.TestCase):
    def test_each_chapter_unit_has_a_lab(self):
        names = labs()
        for unit in ("arch", "bootmem", "page", "zone", "buddy", "slab"):
            self.assertTrue(any(n.startswith(unit) for n in names), unit)

    def test_stubs_keep_the_contract_and_hide_the_reference(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name in labs():
                dest = pathlib.Path(tmp) / name
                r = make(name, dest)
                self.assertEqual(r.returncode, 0, r.stderr)
                info = json.loads((dest / ".lab").read_text())
                self.assertFalse((dest / ".git").exists())
                self.assertFalse(list(dest.rglob("*.o")))
                for func, rel in info["files"].items():
                    ours = (dest / rel).read_text()
                    ref = (TOP / rel).read_text()
                    self.assertIn(f'panic("lab {name}: {func}() is not written yet")', ours)
                    m = re.search(rf"^[^\n;]*\b{re.escape(func)}\([^;{{]*\)\s*\{{", ref, re.M)
                    self.assertTrue(m, f"{func} not found in {rel}")
                    contract = ref[:m.start()].rsplit("/**", 1)[1]
                    self.assertIn(contract, ours, f"{func}: the contract is gone")
                    stub = self.stub_of(ours, func)
                    for line in body_lines(ref, m.end() - 1):
                        self.assertNotIn(line, stub, f"{name}: {func} shows '{line}'")
                r = subprocess.run(LAB + ["restore", str(dest)], capture_output=True,
                                   text=True)
                self.assertEqual(r.returncode, 0, r.stderr)
                for rel in info["files"].values():
                    self.assertEqual((dest / rel).read_text(), (TOP / rel).read_text())

    @staticmethod
    def stub_of(text, func):
        i = text.index(f'panic("lab ')
        i = text.rfind("{", 0, i)
        return text[i:text.index("}", i) + 1]

    def test_grade_zero_untouched_and_full_restored(self):
        todo = labs() if os.environ.get("LABS_ALL") == "1" else GRADED
        build = pathlib.Path(os.environ.get("BUILD", TOP / "build"))
        for name in todo:
            dest = build / "labs-test" / name
            r = make(name, dest)
            self.assertEqual(r.returncode, 0, r.stderr)
            score, r = grade(dest)
            self.assertIsNotNone(score, r.stdout + r.stderr)
            self.assertEqual(score[0], 0, f"{name} untouched:\n{r.stdout}")
            self.assertGreater(score[1], 0)
            subprocess.run(LAB + ["restore", str(dest)], check=True, capture_output=True)
            score, r = grade(dest)
            self.assertEqual(score[0], score[1], f"{name} restored:\n{r.stdout}")


if __name__ == "__main__":
    unittest.main()
