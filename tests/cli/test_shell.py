"""test_shell.py - the mm24 shell, where a script error does not end the
run: what each bad line does to the lines after it.

Run: MM24=build/bin/mm24 python3 -m unittest tests/cli/test_shell.py
"""
import os
import pathlib
import subprocess
import unittest

TOP = pathlib.Path(__file__).resolve().parents[2]
MM24 = os.environ.get("MM24", str(TOP / "build" / "bin" / "mm24"))


def shell(script):
    """Run @script (bytes or text) through `mm24 shell`."""
    if isinstance(script, str):
        script = script.encode()
    r = subprocess.run([MM24, "shell"], input=script, capture_output=True,
                       timeout=120)
    return r.returncode, r.stdout.decode(), r.stderr.decode()


def buddyinfo(out):
    return [l for l in out.splitlines() if l.startswith("Node 0, zone")]


class TestLongLines(unittest.TestCase):
    def test_a_long_line_is_one_error_and_numbers_stay_right(self):
        long_comment = "# " + "x" * 5000 + " alloc_pages GFP_KERNEL 0"
        status, out, err = shell("boot mem=64M\n" + long_comment + "\n"
                                 "frobnicate\n")
        self.assertEqual(status, 2)
        self.assertEqual(err.splitlines(), [
            "mm24: <stdin>:2: line longer than 4096 characters",
            "mm24: <stdin>:3: unknown command 'frobnicate'"])
        self.assertNotIn("alloc_pages(", out)

    def test_a_line_of_4096_characters_is_accepted(self):
        line = "drain_local_pages" + " " * (4096 - len("drain_local_pages"))
        status, out, err = shell("boot mem=64M\n" + line + "\n")
        self.assertEqual((status, err), (0, ""))

    def test_nul_byte_is_its_own_error(self):
        status, _, err = shell(b"boot mem=64M\nalloc_pages GFP_KERNEL\0 0\n"
                               b"frobnicate\n")
        self.assertEqual(status, 2)
        self.assertEqual(err.splitlines(), [
            "mm24: <stdin>:2: a NUL byte in the line",
            "mm24: <stdin>:3: unknown command 'frobnicate'"])


class TestNamesCheckedFirst(unittest.TestCase):
    def check_refused(self, second, message):
        status, out, err = shell(
            "boot mem=64M\nalloc_pages GFP_KERNEL 0 as a\n"
            "drain_local_pages\ncat /proc/buddyinfo\n"
            f"{second}\ndrain_local_pages\ncat /proc/buddyinfo\n")
        self.assertEqual(status, 2)
        self.assertIn(message, err)
        info = buddyinfo(out)
        self.assertEqual(len(info), 4)
        self.assertEqual(info[:2], info[2:], "the refused line allocated")
        self.assertEqual(out.count("alloc_pages(GFP_KERNEL, 0) = "), 1,
                         "the refused line printed half a line")

    def test_a_name_in_use_allocates_nothing(self):
        self.check_refused("alloc_pages GFP_KERNEL 0 as a",
                           "'a' still holds an allocation")

    def test_a_name_too_long_allocates_nothing(self):
        self.check_refused("alloc_pages GFP_KERNEL 0 as " + "n" * 32,
                           "too long (at most 31 characters)")


class TestEmptyGroup(unittest.TestCase):
    def test_a_group_of_no_blocks_cannot_be_used(self):
        status, out, err = shell(
            "boot mem=16M\n"
            "alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10\n"
            "alloc_until_fail GFP_KERNEL|__GFP_NORETRY|__GFP_NOWARN 10 as x\n"
            "page x\ndot buddy x\ndot walk x\nfree_pages x\nget_page x\n"
            "cat /proc/buddyinfo\n")
        self.assertEqual(status, 2)
        self.assertIn("0 blocks before failure as x", out)
        errors = err.splitlines()
        self.assertEqual(len(errors), 5)
        for n, e in zip(range(4, 9), errors):
            self.assertEqual(e, f"mm24: <stdin>:{n}: 'x' holds no pages "
                             "(its alloc_until_fail got none)")
        self.assertEqual(len(buddyinfo(out)), 1)     # 16M: DMA only


def command_tables():
    """{name: usage} of every scenario command, read from the C tables of
    src/mm24 (a table is an array of struct command)."""
    import re
    found = {}
    for c in sorted((TOP / "src" / "mm24").glob("*.c")):
        text = c.read_text(encoding="utf-8")
        for table in re.findall(r"struct command \w+\[\] = \{(.*?)\n\};",
                                text, re.S):
            for name, usage in re.findall(
                    r'\{\s*"([^"]+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+),', table):
                parts = re.findall(r'"((?:[^"\\]|\\.)*)"', usage)
                found[name] = "".join(parts).replace('\\"', '"')
    return found


class TestHelp(unittest.TestCase):
    def test_help_lists_every_command_with_its_usage(self):
        tables = command_tables()
        self.assertIn("alloc_pages", tables)
        self.assertIn("help", tables)
        status, out, err = shell("help\n")
        self.assertEqual((status, err), (0, ""))
        lines = [l.strip() for l in out.splitlines()]
        for name, usage in tables.items():
            self.assertIn(usage, lines, f"help leaves out {name}")

    def test_help_of_one_command_and_of_an_unknown_one(self):
        status, out, err = shell("help kmalloc\nhelp frobnicate\n")
        self.assertEqual(status, 2)
        self.assertEqual(out, "usage: kmalloc SIZE GFP [as NAME]\n")
        self.assertEqual(err, "mm24: <stdin>:2: unknown command 'frobnicate' "
                         "(help lists them)\n")

    def test_dash_dash_help_is_complete(self):
        r = subprocess.run([MM24, "--help"], capture_output=True, text=True,
                           timeout=60)
        self.assertEqual((r.returncode, r.stderr), (0, ""))
        for word in ("mem=SIZE", "cpus=N", "vmalloc=SIZE", "slab_debug",
                     "--trace", "--max-depth", "--no-durations", "--lang",
                     "--dot-dir", "exit status", "mm24 shell"):
            self.assertIn(word, r.stdout)
        lines = [l.strip() for l in r.stdout.splitlines()]
        for name, usage in command_tables().items():
            self.assertIn(usage, lines, f"--help leaves out {name}")


class TestMessages(unittest.TestCase):
    def test_no_message_says_mm24_twice(self):
        status, out, err = shell("boot mem=64M\n"
                                 "alloc_until_fail GFP_NOFS 0\n")
        self.assertEqual(status, 1)
        self.assertIn("the task would hang here", out + err)
        self.assertNotIn("mm24: mm24", out + err)


if __name__ == "__main__":
    unittest.main()
