"""test_kdiff.py - scripts/kdiff.py against the fixture trees.

The fixture (tests/diff/fixture, written for these tests, no kernel text):
  ksrc/          a whole "2.6.24" tree: mm/page_alloc.c, include/linux/gfp.h,
                 arch/x86/lib/fixcopy_32.S
  ksrc-2.6.25/   only a top Makefile of the wrong version
  ksrc-partial/  mm/ only (a link to ksrc/mm), no Makefile, no include/
  ours/          the mirror side, with @kernel tags
  xref.tsv       what scripts/xref.py writes for ours/ (paths made relative)
Each symbol is chosen for one verdict: fold_pair, GFP_FIX_MASK (a macro)
and fix_area (a struct) keep the shape; grab_block is simplified;
choose_order and fix_copy_4 (assembler, found by text) are rewritten;
settle_zone moved from line 60 to 69; vanished_fn is not in its file;
sweep_lru's file mm/vmscan.c is absent.

Run: python3 -m unittest discover -s tests/diff -v
"""
import os
import pathlib
import re
import subprocess
import sys
import tempfile
import unittest

HERE = pathlib.Path(__file__).resolve().parent
FIXTURE = HERE / "fixture"
KDIFF = HERE.parents[1] / "scripts" / "kdiff.py"
BUDDY = ("fold_pair", "grab_block", "choose_order", "settle_zone",
         "vanished_fn", "sweep_lru", "GFP_FIX_MASK", "fix_area")


def kdiff(*args, python=sys.executable, **kw):
    """Run kdiff.py in the fixture directory with the fixture xref.tsv."""
    return subprocess.run([python, str(KDIFF), *args,
                           "--xref", "xref.tsv"], cwd=FIXTURE,
                          capture_output=True, text=True, **kw)


def summary(out):
    """symbol -> (kernel file:line, ours/kernel, similarity, verdict)."""
    lines = out.splitlines()
    start = next(i for i, s in enumerate(lines) if s.startswith("symbol "))
    table = {}
    for line in lines[start + 1:]:
        if line.startswith("kdiff: "):
            break
        cells = re.split(r"\s{2,}", line.strip(), maxsplit=4)
        table[cells[0]] = tuple(cells[1:])
    return table


def percent(cell):
    return int(cell.rstrip("%"))


class TestWholeTree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.run_ = kdiff("ksrc")
        cls.table = summary(cls.run_.stdout)

    def test_run_exits_zero_with_every_symbol(self):
        self.assertEqual(self.run_.returncode, 0, self.run_.stderr)
        self.assertEqual(sorted(self.table), sorted(BUDDY + ("fix_copy_4",)))

    def test_one_token_change_keeps_the_shape(self):
        where, sizes, sim, verdict = self.table["fold_pair"]
        self.assertEqual(verdict, "same shape")
        self.assertEqual(where, "mm/page_alloc.c:11")
        self.assertEqual(sizes, "8/9")
        self.assertTrue(85 <= percent(sim) < 100, sim)

    def test_macro_and_struct_keep_the_shape(self):
        macro, struct = self.table["GFP_FIX_MASK"], self.table["fix_area"]
        self.assertEqual((macro[1], macro[3]), ("3/3", "same shape"))
        self.assertTrue(85 <= percent(macro[2]) < 100, macro)
        self.assertEqual((struct[1], struct[3]), ("4/6", "same shape"))
        self.assertTrue(75 <= percent(struct[2]) < 90, struct)

    def test_cut_down_mirror_is_simplified(self):
        _, sizes, sim, verdict = self.table["grab_block"]
        self.assertEqual((sizes, verdict), ("12/25", "simplified"))
        self.assertTrue(40 <= percent(sim) < 75, sim)

    def test_other_algorithm_is_rewritten(self):
        _, sizes, sim, verdict = self.table["choose_order"]
        self.assertEqual((sizes, verdict), ("8/11", "rewritten"))
        self.assertTrue(30 <= percent(sim) < 75, sim)

    def test_untagged_assembler_entry_is_found_by_text(self):
        where, sizes, sim, verdict = self.table["fix_copy_4"]
        self.assertEqual((where, sizes, verdict),
                         ("arch/x86/lib/fixcopy_32.S:7", "5/5", "rewritten"))
        self.assertLess(percent(sim), 40)

    def test_moved_symbol_reports_the_line_found(self):
        where, _, sim, verdict = self.table["settle_zone"]
        self.assertEqual(where, "mm/page_alloc.c:60")
        self.assertEqual(verdict, "moved (found at line 69)")
        self.assertEqual(sim, "100%")

    def test_missing_symbol_and_missing_file(self):
        self.assertEqual(self.table["vanished_fn"][3],
                         "missing in KSRC (no vanished_fn in mm/page_alloc.c)")
        self.assertEqual(self.table["sweep_lru"][3],
                         "missing in KSRC (no file mm/vmscan.c)")
        self.assertEqual(self.table["sweep_lru"][1:3], ("4/-", "-"))

    def test_diff_shows_the_changed_lines_only(self):
        out = self.run_.stdout
        self.assertIn("\n-if (idx < mate)\n+if (mate > idx)\n", out)
        self.assertIn("\n+__GFP_REPEAT | __GFP_NOFAIL)\n", out)
        self.assertIn("\n+spinlock_t lock;\n", out)
        self.assertIn("\n mate = idx ^ (1UL << order);\n", out)
        self.assertIn("(identical after normalisation)", out)

    def test_diff_headings_name_both_places(self):
        out = self.run_.stdout
        self.assertIn("==== fold_pair  ours: ours/src/buddy/page_alloc.c:10"
                      "  kernel: mm/page_alloc.c:11\n", out)
        # the return type on the line above the name belongs to it
        self.assertIn("+++ ksrc/mm/page_alloc.c:10-19\n", out)
        self.assertIn("+++ ksrc/include/linux/gfp.h:8-10\n", out)

    def test_comments_and_white_space_are_normalised_away(self):
        out = self.run_.stdout
        self.assertNotIn("flip the order bit", out)
        self.assertNotIn("the mate differs", out)
        self.assertNotIn("\t", out)
        self.assertNotRegex(out, r"\n[-+ ].*  ")

    def test_closing_line_counts_every_verdict(self):
        last = self.run_.stdout.rstrip("\n").splitlines()[-1]
        self.assertEqual(last, "kdiff: 9 symbols: 3 same shape, "
                         "1 simplified, 2 rewritten, 1 moved, "
                         "2 missing in KSRC")


class TestFilters(unittest.TestCase):
    def test_unit_keeps_its_symbols_only(self):
        r = kdiff("ksrc", "--unit", "arch")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(list(summary(r.stdout)), ["fix_copy_4"])
        self.assertIn("kdiff: 1 symbol: 0 same shape", r.stdout)

    def test_func_keeps_one_symbol(self):
        r = kdiff("ksrc", "--unit", "buddy", "--func", "settle_zone")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(list(summary(r.stdout)), ["settle_zone"])
        self.assertEqual(r.stdout.count("===="), 1)

    def test_summary_only_prints_no_diff(self):
        r = kdiff("ksrc", "--summary-only")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertNotIn("====", r.stdout)
        self.assertNotIn("@@", r.stdout)
        self.assertEqual(len(summary(r.stdout)), 9)


def as_nobody(test, ksrc):
    """kdiff.py KSRC run as user nobody, since root reads any directory;
    skip the test if no python interpreter is usable by nobody."""
    errors = []
    for python in (sys.executable, "/usr/bin/python3"):
        try:
            return kdiff(ksrc, python=python, user=65534, group=65534,
                         extra_groups=[])
        except (OSError, subprocess.SubprocessError) as e:
            errors.append(f"{python}: {e.strerror or e}")
    test.skipTest("running as root and no python runs as nobody ("
                  + "; ".join(errors) + "): unreadable KSRC not checked")


class TestErrors(unittest.TestCase):
    def assertFails(self, r, *words):
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertEqual(r.stdout, "")
        self.assertEqual(len(r.stderr.splitlines()), 1, r.stderr)
        for w in words:
            self.assertIn(w, r.stderr)

    def test_missing_ksrc(self):
        self.assertFails(kdiff("no-such-tree"), "no-such-tree",
                         "no such directory")

    def test_unreadable_ksrc(self):
        with tempfile.TemporaryDirectory() as tmp:
            os.chmod(tmp, 0o755)
            locked = os.path.join(tmp, "locked")
            os.mkdir(locked, 0)
            run = (kdiff(locked) if os.geteuid() != 0
                   else as_nobody(self, locked))
            self.assertFails(run, "cannot read", "Permission denied")

    def test_wrong_version(self):
        self.assertFails(kdiff("ksrc-2.6.25"), "2.6.25", "not 2.6.24")

    def test_unknown_func(self):
        self.assertFails(kdiff("ksrc", "--func", "no_such_fn"),
                         "unknown symbol no_such_fn")

    def test_func_outside_its_unit(self):
        self.assertFails(kdiff("ksrc", "--unit", "buddy", "--func",
                               "fix_copy_4"),
                         "unknown symbol fix_copy_4 in unit buddy")

    def test_unknown_unit(self):
        self.assertFails(kdiff("ksrc", "--unit", "slab"), "unknown unit slab",
                         "arch buddy")

    def test_none_needs_html(self):
        self.assertFails(kdiff("none"), "--html")


class TestPartialTree(unittest.TestCase):
    def test_partial_tree_warns_and_names_the_absent_file(self):
        r = kdiff("ksrc-partial", "--summary-only")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("warning", r.stderr)
        self.assertIn("version cannot be checked", r.stderr)
        table = summary(r.stdout)
        self.assertEqual(table["GFP_FIX_MASK"][3],
                         "missing in KSRC (no file include/linux/gfp.h)")
        self.assertEqual(table["fold_pair"][3], "same shape")


class TestHtml(unittest.TestCase):
    def test_pages_per_unit_with_summary_and_anchors(self):
        with tempfile.TemporaryDirectory() as out:
            r = kdiff("ksrc", "--summary-only", "--html", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(sorted(os.listdir(out)),
                             ["diff-arch.html", "diff-buddy.html"])
            page = pathlib.Path(out, "diff-buddy.html").read_text()
        for sym in BUDDY:
            self.assertIn(f'id="sym-{sym}"', page)
            self.assertIn(f'href="#sym-{sym}"', page)
        self.assertNotIn("fix_copy_4", page)
        self.assertIn("kdiff: 8 symbols: 3 same shape", page)
        self.assertIn("moved (found at line 69)", page)
        self.assertLess(page.index("<th>similarity</th>"),
                        page.index('id="sym-fold_pair"'))
        self.assertIn("ours ours/src/buddy/page_alloc.c:25-37", page)
        self.assertIn("kernel mm/page_alloc.c:25-50", page)
        self.assertIn('class="diff_add"', page)
        self.assertIn("prefers-color-scheme: dark", page)
        self.assertNotIn("<script", page)

    def test_none_writes_how_to_pages_without_kernel_text(self):
        with tempfile.TemporaryDirectory() as out:
            r = kdiff("none", "--html", out)
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertEqual(sorted(os.listdir(out)),
                             ["diff-arch.html", "diff-buddy.html"])
            page = pathlib.Path(out, "diff-buddy.html").read_text()
        self.assertIn("make site KSRC=/path/to/linux-2.6.24", page)
        self.assertIn("linux-2.6.24.tar", page)
        self.assertIn('id="sym-settle_zone"', page)
        self.assertNotIn("local_irq_save", page)


if __name__ == "__main__":
    unittest.main()


class Mask(unittest.TestCase):
    """The blanking that the brace matcher reads, on its own."""

    @classmethod
    def setUpClass(cls):
        import importlib.util
        spec = importlib.util.spec_from_file_location("kdiff", KDIFF)
        cls.kdiff = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cls.kdiff)

    def test_string_bodies_blanked_code_after_them_kept(self):
        self.assertEqual(self.kdiff.mask('a = "x{" ; b = 1; }', True),
                         'a = "  " ; b = 1; }')
        self.assertEqual(self.kdiff.mask("c = '{'; }", True), "c = ' '; }")

    def test_comments_blanked_lines_kept(self):
        self.assertEqual(self.kdiff.mask("x; /* a\nb */ y; // z\n", False),
                         "x;     \n     y;     \n")
