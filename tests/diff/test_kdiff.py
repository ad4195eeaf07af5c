"""test_kdiff.py - scripts/kdiff.py, the structural diff, on fixture trees.

The fixture (tests/diff/fixture, written for these tests, no kernel text):
  ksrc/          a whole "2.6.24" tree: mm/page_alloc.c, include/linux/gfp.h,
                 include/linux/vmstat.h, arch/x86/lib/fixcopy_32.S
  ksrc-2.6.25/   only a top Makefile of the wrong version
  ksrc-partial/  mm/ only (a link to ksrc/mm), no Makefile, no include/
  ours/          the mirror side, with @kernel tags and @kquirk notes
  xref.tsv       what scripts/xref.py writes for ours/ (paths made relative)
Each symbol is chosen for one case:
  fold_pair       a renamed local and a reworded condition: same decisions
  grab_block      calls dropped, every one named by the @kquirk: simplified
  choose_order    another loop: rewritten, unexplained
  settle_zone     defined at line 73, not at the 66 the tag says: moved
  vanished_fn     not in its file; sweep_lru: its file is absent
  take_pair       two calls swapped: reordered
  refuse_quietly  a dropped branch with a @kquirk naming its call
  refuse_loudly   the same branch dropped with no note: unexplained
  spread_request  #ifdef CONFIG_NUMA, an #elif chain, a NUMA_BUILD branch
                  and an empty static inline, all folded: same decisions
  fill_orders     a for loop written as while, through a helper of ours
  count_free      a helper of ours with the name of one the kernel calls:
                  a call, not a split
  GFP_FIX_MASK    a macro with its flags in another order
  fix_area        a struct without two fields, named by the @kquirk
  fix_copy_4      an assembler routine: not compared, explained by a note

Run: python3 -m unittest discover -s tests/diff -v
"""
import importlib.util
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
         "vanished_fn", "sweep_lru", "take_pair", "refuse_quietly",
         "refuse_loudly", "spread_request", "fill_orders", "count_free",
         "GFP_FIX_MASK", "fix_area")


def kdiff(*args, python=sys.executable, **kw):
    """Run kdiff.py in the fixture directory with the fixture xref.tsv."""
    return subprocess.run([python, str(KDIFF), *args,
                           "--xref", "xref.tsv"], cwd=FIXTURE,
                          capture_output=True, text=True, **kw)


def summary(out):
    """symbol -> (kernel file:line, ours/kernel, kept, unexplained,
    verdict) from the summary table."""
    lines = out.splitlines()
    start = next(i for i, s in enumerate(lines) if s.startswith("symbol "))
    table = {}
    for line in lines[start + 1:]:
        if line.startswith(("kdiff: ", "unit ")):
            break
        cells = re.split(r"\s{2,}", line.strip(), maxsplit=5)
        table[cells[0]] = tuple(cells[1:])
    return table


def section(out, symbol):
    """The detailed part of the report for one symbol."""
    start = out.index(f"==== {symbol} ")
    end = out.find("\n==== ", start + 1)
    cut = out.find("\nsymbol ", start)
    end = min(e for e in (end, cut) if e >= 0)
    return out[start:end]


class TestWholeTree(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.run_ = kdiff("ksrc")
        cls.out = cls.run_.stdout
        cls.table = summary(cls.out)

    def verdict(self, sym):
        return self.table[sym][4]

    def test_unexplained_differences_make_the_exit_status_one(self):
        self.assertEqual(self.run_.returncode, 1, self.run_.stderr)
        self.assertEqual(sorted(self.table), sorted(BUDDY + ("fix_copy_4",)))

    def test_says_which_configuration_it_folded_for(self):
        first = self.out.splitlines()[0]
        self.assertIn("CONFIG_X86_32", first)
        self.assertIn("CONFIG_HIGHMEM4G", first)
        self.assertIn("every other CONFIG_ undefined", first)
        self.assertIn("NUMA_BUILD=0", first)
        self.assertNotIn("CONFIG_NUMA ", first)

    def test_renamed_local_and_reworded_test_are_the_same_decisions(self):
        self.assertEqual(self.table["fold_pair"],
                         ("mm/page_alloc.c:12", "4/4", "100%", "0",
                          "same decisions"))
        self.assertIn("0 differences", section(self.out, "fold_pair"))

    def test_dropped_calls_named_by_the_quirk_are_explained(self):
        where, sizes, kept, unexp, verdict = self.table["grab_block"]
        self.assertEqual((sizes, unexp, verdict), ("11/16", "0", "simplified"))
        text = section(self.out, "grab_block")
        for call in ("get_cpu()", "local_irq_save()",
                     "__count_zone_vm_events()"):
            self.assertRegex(text, rf"dropped: [^\n]*{re.escape(call)}[^\n]*"
                             r"explained by @kquirk ours/src/buddy/"
                             r"page_alloc.c:23")
        self.assertNotIn("UNEXPLAINED", text)
        # zone_statistics() is an empty macro without CONFIG_NUMA
        self.assertNotIn("zone_statistics", text)

    def test_other_loop_is_rewritten_and_unexplained(self):
        self.assertEqual(self.table["choose_order"][3:], ("1", "rewritten"))
        text = section(self.out, "choose_order")
        self.assertIn("changed: do ... while (size)", text)
        self.assertIn("UNEXPLAINED", text)

    def test_moved_definition_is_an_unexplained_difference(self):
        self.assertEqual(self.table["settle_zone"][3:],
                         ("1", "same decisions (moved: defined at line 73)"))

    def test_missing_symbol_counts_an_absent_file_does_not(self):
        self.assertEqual(self.table["vanished_fn"][3:],
                         ("1", "missing (no vanished_fn in mm/page_alloc.c)"))
        self.assertEqual(self.table["sweep_lru"][1:],
                         ("1/-", "-", "0", "missing (no file mm/vmscan.c)"))

    def test_swapped_calls_are_reported_as_reordered(self):
        self.assertEqual(self.table["take_pair"][3:], ("1", "rewritten"))
        text = section(self.out, "take_pair")
        self.assertIn("reordered: count_pair()", text)
        self.assertEqual(text.count("[1]"), 1)
        self.assertNotIn("[2]", text)

    def test_dropped_branch_with_and_without_a_quirk(self):
        quiet = section(self.out, "refuse_quietly")
        self.assertEqual(self.table["refuse_quietly"][3:], ("0", "simplified"))
        self.assertRegex(quiet, r"dropped: if \(!\(gfp_mask & __GFP_NOWARN\)\)"
                         r", warn_refusal\(\), end if  -- explained")
        self.assertEqual(self.table["refuse_loudly"][3:], ("1", "simplified"))
        loud = section(self.out, "refuse_loudly")
        self.assertIn("dropped: if (!(gfp_mask & __GFP_NOWARN))", loud)
        self.assertIn("UNEXPLAINED", loud)

    def test_snippets_keep_indentation_and_join_continuations(self):
        loud = section(self.out, "refuse_loudly")
        self.assertIn("      kernel mm/page_alloc.c:100:         if "
                      "(!(gfp_mask & __GFP_NOWARN))\n", loud)
        self.assertIn("      kernel mm/page_alloc.c:101:                 "
                      "warn_refusal(zone, gfp_mask);\n", loud)
        self.assertNotIn("\t", self.out)

    def test_configuration_is_folded_away(self):
        self.assertEqual(self.table["spread_request"],
                         ("mm/page_alloc.c:107", "2/2", "100%", "0",
                          "same decisions"))

    def test_loop_form_and_helper_split_keep_the_decisions(self):
        self.assertEqual(self.table["fill_orders"][1:],
                         ("8/8", "100%", "0", "same decisions"))

    def test_a_kernel_helper_of_ours_stays_a_call(self):
        self.assertEqual(self.table["count_free"][1:],
                         ("2/2", "100%", "0", "same decisions"))
        self.assertNotIn("sum_lists", section(self.out, "count_free"))

    def test_macro_and_struct(self):
        self.assertEqual(self.table["GFP_FIX_MASK"][3:],
                         ("0", "same decisions"))
        self.assertEqual(self.table["fix_area"][1:],
                         ("2/4", "50%", "0", "simplified"))
        self.assertIn("dropped: nr_scanned, lock  -- explained",
                      section(self.out, "fix_area"))

    def test_assembler_routine_is_not_compared(self):
        self.assertEqual(self.table["fix_copy_4"][0],
                         "arch/x86/lib/fixcopy_32.S:7")
        self.assertEqual(self.table["fix_copy_4"][3:], ("0", "rewritten"))
        self.assertIn("the kernel's definition is not C",
                      section(self.out, "fix_copy_4"))

    def test_counts_per_unit_and_in_all(self):
        lines = self.out.rstrip("\n").splitlines()
        self.assertEqual(lines[-3], "unit arch: 1 symbol: 0 same decisions, "
                         "0 simplified, 1 rewritten, 0 missing; "
                         "0 unexplained differences")
        self.assertEqual(lines[-2], "unit buddy: 14 symbols: 6 same "
                         "decisions, 4 simplified, 2 rewritten, 2 missing; "
                         "5 unexplained differences")
        self.assertEqual(lines[-1], "kdiff: 15 symbols: 6 same decisions, "
                         "4 simplified, 3 rewritten, 2 missing; "
                         "5 unexplained differences")


class TestFilters(unittest.TestCase):
    def test_explained_only_exits_zero(self):
        r = kdiff("ksrc", "--func", "grab_block")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(list(summary(r.stdout)), ["grab_block"])
        self.assertEqual(r.stdout.count("===="), 1)

    def test_unit_keeps_its_symbols_only(self):
        r = kdiff("ksrc", "--unit", "arch")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(list(summary(r.stdout)), ["fix_copy_4"])

    def test_summary_only_prints_no_details(self):
        r = kdiff("ksrc", "--summary-only")
        self.assertEqual(r.returncode, 1, r.stderr)
        self.assertNotIn("====", r.stdout)
        self.assertEqual(len(summary(r.stdout)), 15)


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
        self.assertIn("warning", r.stderr)
        self.assertIn("version cannot be checked", r.stderr)
        table = summary(r.stdout)
        self.assertEqual(table["GFP_FIX_MASK"][4],
                         "missing (no file include/linux/gfp.h)")
        self.assertEqual(table["fold_pair"][4], "same decisions")
        # without include/, zone_statistics() is not known to be empty
        self.assertIn("zone_statistics()", kdiff(
            "ksrc-partial", "--func", "grab_block").stdout)


class TestHtml(unittest.TestCase):
    def test_pages_per_unit_with_summary_and_differences(self):
        with tempfile.TemporaryDirectory() as out:
            r = kdiff("ksrc", "--summary-only", "--html", out)
            self.assertEqual(r.returncode, 1, r.stderr)
            self.assertEqual(sorted(os.listdir(out)),
                             ["diff-arch.html", "diff-buddy.html"])
            page = pathlib.Path(out, "diff-buddy.html").read_text()
        for sym in BUDDY:
            self.assertIn(f'id="sym-{sym}"', page)
            self.assertIn(f'href="#sym-{sym}"', page)
        self.assertNotIn("fix_copy_4", page)
        self.assertIn("unit buddy: 14 symbols: 6 same decisions", page)
        self.assertIn("moved: defined at line 73", page)
        self.assertLess(page.index("<th>unexplained</th>"),
                        page.index('id="sym-fold_pair"'))
        # a dropped branch: the kernel side filled, ours empty, the note
        self.assertRegex(page, r'<tr class="dropped" id="q-refuse_quietly-1">'
                         r'<td>dropped: .*?@kquirk</a>: No console to warn on')
        self.assertIn('<span class="unexplained">unexplained</span>', page)
        self.assertIn("100:         if (!(gfp_mask &amp; __GFP_NOWARN))",
                      page)
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


class TestJson(unittest.TestCase):
    def test_json_holds_the_results_of_every_symbol(self):
        import json
        with tempfile.TemporaryDirectory() as out:
            path = os.path.join(out, "kdiff.json")
            r = kdiff("ksrc", "--summary-only", "--json", path)
            self.assertEqual(r.returncode, 1, r.stderr)
            data = json.loads(pathlib.Path(path).read_text())
        self.assertIn("kernel side folded for", data["config"])
        syms = {s["symbol"]: s for s in data["symbols"]}
        for sym in BUDDY:
            self.assertEqual(syms[sym]["unit"], "buddy")
        quiet = syms["refuse_quietly"]
        self.assertEqual(quiet["verdict"], "simplified")
        self.assertEqual(quiet["unexplained"], 0)
        self.assertEqual(quiet["diffs"][0]["kind"], "dropped")
        self.assertIn("No console to warn on", quiet["diffs"][0]["quirk"][1])
        self.assertEqual(quiet["diffs"][0]["ours"], [])
        loud = syms["refuse_loudly"]
        self.assertIsNone(loud["diffs"][0]["quirk"])
        self.assertIn([100, "        if (!(gfp_mask & __GFP_NOWARN))"],
                      loud["diffs"][0]["kernel"])


class Internals(unittest.TestCase):
    """The pieces of the reduction, on their own."""

    @classmethod
    def setUpClass(cls):
        spec = importlib.util.spec_from_file_location("kdiff", KDIFF)
        cls.k = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(cls.k)

    def decisions(self, body, params=(), env=None):
        k = self.k
        toks = [k.Tok(t, 1, n) for n, t in enumerate(k.tokens_of(body))]
        fn = k.Function("x.c", toks, list(params), env=env)
        fn.body(0, len(toks))
        return fn.out

    def test_only_empty_or_constant_bodies_are_folded(self):
        k = self.k
        k.index_config_calls(str(FIXTURE / "ksrc"), ["mm/page_alloc.c"])
        self.assertIsNone(k.FOLDED["zone_statistics"])     # do { } while (0)
        self.assertIsNone(k.FOLDED["debug_spread"])        # { }
        self.assertIsNone(k.FOLDED["show_where"])          # if (NUMA_BUILD)
        self.assertNotIn("zone_far", k.FOLDED)             # a real body
        self.assertNotIn("fold_pair", k.FOLDED)

    def test_comments_blanked_strings_and_lines_kept(self):
        self.assertEqual(self.k.mask('x; /* a\nb */ y = "/*"; // z\n'),
                         'x;     \n     y = "/*";     \n')

    def test_if_elif_else_follow_the_configuration(self):
        lines = ["#if defined(CONFIG_SMP) && !defined(CONFIG_NUMA)", "a();",
                 "#elif 1", "b();", "#else", "c();", "#endif",
                 "#ifdef CONFIG_X86_PAE", "d();", "#endif",
                 "#if MAX_NUMNODES > 1", "e();", "#endif"]
        self.assertEqual([s for s in self.k.fold(lines, {**self.k.CONFIG,
                                                         **self.k.CONSTANTS})
                          if s], ["a();"])

    def test_casts_and_locals_do_not_count(self):
        a = self.decisions("int x = (int)zone->count; if (x > limit) "
                           "return (unsigned long)x;")
        b = self.decisions("long c; c = zone->count; if (limit < c) "
                           "return c;")
        self.assertEqual([d.key for d in a], [d.key for d in b])

    def test_qualified_and_typedef_locals_are_locals(self):
        a = self.decisions("const gfp_t wait = gfp_mask & __GFP_WAIT; "
                           "if (wait) go();", ["gfp_mask"])
        b = self.decisions("gfp_t const may_sleep = gfp_mask & __GFP_WAIT; "
                           "if (may_sleep) go();", ["gfp_mask"])
        c = self.decisions("struct page *const pg = first; if (pg) go();")
        self.assertEqual([d.key for d in a], [d.key for d in b])
        self.assertNotIn("pg", c[0].names)

    def test_a_local_holding_a_sub_expression_is_the_same_test(self):
        a = self.decisions("if (idx & (1UL << order)) go();", ["idx", "order"])
        b = self.decisions("unsigned long bit = 1UL << order; "
                           "if (idx & bit) go();", ["idx", "order"])
        self.assertTrue(self.k.same_decision(a[0], b[0]))

    def test_unlikely_around_a_constant_still_folds(self):
        self.assertEqual(self.decisions(
            "if (unlikely(NUMA_BUILD && x)) go(); stay();"),
            self.decisions("stay();"))

    def test_a_numeric_macro_of_the_configuration_folds(self):
        env = {"efi_enabled": "0", "HAS_X": "(1 << 2)", "cur": "get_cur()"}
        self.assertEqual(self.decisions("if (efi_enabled) go(); stay();",
                                        env=env), self.decisions("stay();"))
        self.assertEqual(self.decisions("if (HAS_X) go();", env=env),
                         self.decisions("go();"))
        # a macro that calls something is not a constant
        self.assertEqual(self.decisions("if (cur) go();", env=env)[0].kind,
                         "if")

    def test_a_local_that_can_only_be_null_folds(self):
        self.assertEqual(
            [d.text for d in self.decisions(
                "pte_t *t = NULL; if (!t) t = get_low(); use(t);")],
            ["get_low()", "use()"])

    def test_an_empty_else_and_a_test_with_effects(self):
        self.assertEqual([d.kind for d in self.decisions(
            "if (x) go(); else { }")], ["if", "call", "end"])
        tested = self.decisions("if (test_and_set_bit(i, map)) { }")
        self.assertEqual([(d.text, d.optional) for d in tested],
                         [("test_and_set_bit()", True)])

    def test_a_typeof_local_is_a_local(self):
        a = self.decisions("__typeof__(pte_val(__pte(0))) page; "
                           "page = read_cr3(); if (page & 1) go();")
        self.assertNotIn("page", a[-3].names)

    def test_a_struct_tag_is_not_a_name(self):
        a = self.decisions("p = list_entry(l->next, struct page, lru); "
                           "if (p) go();")
        self.assertNotIn("page", a[-3].names | set(a[-3].key[1]))

    def test_a_different_field_is_a_different_test(self):
        a = self.decisions("if (zone->pages_min > n) go();", ["zone", "n"])
        b = self.decisions("if (zone->pages_low > n) go();", ["zone", "n"])
        self.assertFalse(self.k.same_decision(a[0], b[0]))

    def test_calls_in_the_order_they_run(self):
        out = self.decisions("pmd = pmd_offset(pud_offset(pgd, a), a);")
        self.assertEqual([d.text for d in out],
                         ["pud_offset()", "pmd_offset()"])

    def test_plain_english_words_do_not_explain(self):
        k = self.k
        drop = k.Difference("dropped", [], self.decisions("x = lock;"))
        drop.kernel = [k.Decision("field", ("field", "lock"),
                                  ("field", "lock"), "lock",
                                  frozenset({"lock"}), 1, 1, "x.h")]
        self.assertIsNone(k.explain(drop, [("f:1", "no lock is taken")]))
        self.assertIsNotNone(k.explain(drop, [("f:1", "no `lock` field")]))
        call = k.Difference("dropped", [], self.decisions("wake(q);"))
        self.assertIsNotNone(k.explain(call, [("f:1", "no wake() here")]))

    def test_nameless_leftovers_take_the_nearest_explanation(self):
        k = self.k
        loop = k.Difference("added", self.decisions("for (;;) go();")[:2],
                            [])
        loop.quirk = ("f:1", "go() loops here")
        end = k.Difference("added", self.decisions("for (;;) go();")[2:],
                           [])
        self.assertEqual([d.kind for d in end.ours], ["end"])
        k.inherit_explanations([loop, end])
        self.assertEqual(end.quirk, loop.quirk)

    def test_a_change_needs_both_sides_named(self):
        k = self.k
        change = k.Difference("changed", self.decisions("log_wakeup(q);"),
                              self.decisions("wake_up(q);"))
        self.assertIsNone(k.explain(change, [("f:1", "log_wakeup() logs")]))
        self.assertIsNone(k.explain(change, [("f:1", "no wake_up()")]))
        self.assertIsNotNone(k.explain(
            change, [("f:1", "log_wakeup() logs what wake_up() would do")]))


if __name__ == "__main__":
    unittest.main()
