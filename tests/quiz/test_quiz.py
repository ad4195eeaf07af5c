"""test_quiz.py - mm24 quiz UNIT -s SEED [-c]: reproducible problems whose
answers are what the emulated kernel does.

For every unit with a generator (src/UNIT/quiz.mm) and a few fixed seeds:
the same seed gives the same problem; -c adds the answers and changes
nothing before them; the answers, and the state shown, are the output of
running the problem's own scenario (--script) through "mm24 run" on a
fresh machine, in the same order.

Run: MM24=build/bin/mm24 python3 -m unittest tests/quiz/test_quiz.py
"""
import os
import pathlib
import re
import subprocess
import unittest

TOP = pathlib.Path(__file__).resolve().parents[2]
MM24 = os.environ.get("MM24", str(TOP / "build" / "bin" / "mm24"))
SEEDS = (0, 1, 7, 42)


def units():
    found = []
    for q in sorted(TOP.glob("src/**/quiz.mm")):
        found.append("arch" if q.parent.name == "i386" else q.parent.name)
    return found


def mm24(*args, stdin=None):
    r = subprocess.run([MM24, *args], input=stdin, capture_output=True, text=True,
                       timeout=120)
    return r.returncode, r.stdout, r.stderr


def indented(text, section):
    """The lines printed under a section of the problem, dedented."""
    part = text.split(section, 1)[1]
    for end in ("\nQuestions:", "\nAnswers", "\nThe answers"):
        part = part.split(end, 1)[0]
    return [l.strip() for l in part.splitlines()
            if l.startswith("      ") and l.strip()]


class TestQuiz(unittest.TestCase):
    def test_there_are_quizzes_for_the_allocator_and_mapping_units(self):
        self.assertTrue({"buddy", "zone", "slab", "highmem", "vmalloc", "vma", "fault"}
                        <= set(units()))

    def test_a_seed_is_one_problem(self):
        for unit in units():
            for seed in SEEDS:
                a = mm24("quiz", unit, "-s", str(seed))
                b = mm24("quiz", unit, "-s", str(seed))
                self.assertEqual(a[0], 0, f"{unit} -s {seed}: {a[2]}")
                self.assertEqual(a, b)
            problems = {mm24("quiz", unit, "-s", str(s))[1].split("\n", 1)[1]
                        for s in SEEDS}
            self.assertGreater(len(problems), 1, f"{unit}: every seed the same")

    def test_answers_only_with_c(self):
        for unit in units():
            _, plain, _ = mm24("quiz", unit, "-s", "7")
            _, full, _ = mm24("quiz", unit, "-s", "7", "-c")
            self.assertNotIn("Answers", plain)
            self.assertIn(f"mm24 quiz {unit} -s 7 -c", plain)
            self.assertIn("\nAnswers (what the emulated kernel did):\n", full)
            self.assertEqual(plain.split("\nThe answers")[0],
                             full.split("\nAnswers")[0])
            questions = re.findall(r"^  (\d+)\. ", full.split("Questions:")[1]
                                   .split("Answers")[0], re.M)
            answers = re.findall(r"^  (\d+)\.$", full.split("Answers")[1], re.M)
            self.assertEqual(questions, answers)
            self.assertTrue(questions)

    def test_answers_are_what_the_kernel_does(self):
        for unit in units():
            for seed in SEEDS:
                status, full, err = mm24("quiz", unit, "-s", str(seed), "-c")
                self.assertEqual(status, 0, err)
                _, script, _ = mm24("quiz", unit, "-s", str(seed), "--script")
                self.assertTrue(script.startswith("boot "), script)
                status, run, err = mm24("run", "-", stdin=script)
                self.assertEqual(status, 0, f"{unit} -s {seed}: {err}")
                shown = (indented(full, "what was done to it:") +
                         indented(full, "Answers (what the emulated kernel did):"))
                self.assertTrue(shown)
                lines = [l.strip() for l in run.splitlines()]
                pos = 0
                for line in shown:
                    self.assertIn(line, lines[pos:],
                                  f"{unit} -s {seed}: '{line}' is not what mm24 "
                                  "run printed (in this order)")
                    pos = lines.index(line, pos) + 1

    def test_buddy_answer_is_an_allocation(self):
        _, full, _ = mm24("quiz", "buddy", "-s", "1", "-c")
        first = full.split("Answers (what the emulated kernel did):")[1]
        self.assertRegex(first, r"1\.\n\s+alloc_pages\(GFP_KERNEL, \d\) = pfn \d+ \[Normal\]")

    def test_bad_use(self):
        for args in (("quiz",), ("quiz", "nosuch"), ("quiz", "buddy", "-s", "x"),
                     ("quiz", "buddy", "--frob")):
            status, out, err = mm24(*args)
            self.assertEqual(status, 2, args)
            self.assertIn("usage: mm24 quiz UNIT", err)


if __name__ == "__main__":
    unittest.main()
