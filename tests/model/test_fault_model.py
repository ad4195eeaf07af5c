"""test_fault_model.py - demand paging, fork and copy on write in mm24
against the model of tests/model/fault_model.py.

For each seed a random script execs a program, maps a few private
anonymous regions at fixed addresses, then loads and stores bytes, forks,
switches between the tasks and lets them exit.  Every load must print the
byte the model holds; at the end the number of page faults (/proc/vmstat
pgfault), each task's VmRSS and, per region, the Rss, Shared_Dirty and
Private_Dirty of /proc/PID/smaps must be the model's.  After every store
`pte` shows the frame: a model page keeps its frame for its life (a
reuse keeps the pfn), and a COW copy gets a frame other than the one it
copied.

Run: MM24=build/bin/mm24 python3 -m unittest -q tests/model/test_fault_model.py
MM24_MODEL_SCALE=F multiplies the number of steps.
"""
import os
import pathlib
import random
import re
import subprocess
import sys
import unittest

HERE = pathlib.Path(__file__).resolve().parent
TOP = HERE.parents[1]
sys.path.insert(0, str(HERE))
import fault_model as fm  # noqa: E402

MM24 = os.environ.get("MM24", str(TOP / "build" / "bin" / "mm24"))
SCALE = float(os.environ.get("MM24_MODEL_SCALE", "1"))
BASE = 0x10000000
REGIONS = 4
PAGES = 8
STEP = 0x100000         # regions 1 MiB apart: never merged
MAX_TASKS = 4


def region_start(k):
    return BASE + k * STEP


def run(script):
    proc = subprocess.run([MM24, "run", "-"], input=script,
                          capture_output=True, text=True, check=False)
    if proc.returncode:
        raise AssertionError("mm24 failed (%d): %s\n%s" % (
            proc.returncode, proc.stderr, script))
    return proc.stdout


def vmstat_pgfault(text):
    return int(re.search(r"^pgfault (\d+)$", text, re.M)[1])


class FaultModelTest(unittest.TestCase):
    def one(self, seed, steps):
        rng = random.Random(seed)
        model = fm.Model()
        lines = ["boot mem=64M", "exec cat as t0", "cat /proc/vmstat"]
        for k in range(REGIONS):
            lines.append("mmap %#x %d PROT_READ|PROT_WRITE "
                         "MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED"
                         % (region_start(k), PAGES * fm.PAGE))
        names = {"t0": 101}
        model.new_task(101)
        current, next_pid, loads, stores = "t0", 102, [], []
        for _ in range(steps):
            r = rng.random()
            addr = (region_start(rng.randrange(REGIONS)) +
                    rng.randrange(PAGES) * fm.PAGE + rng.randrange(fm.PAGE))
            if r < 0.45:
                byte = rng.randrange(256)
                lines.append("store %#x %d" % (addr, byte))
                lines.append("pte %#x" % addr)
                stores.append(model.store(names[current], addr, byte))
            elif r < 0.85:
                lines.append("load %#x" % addr)
                loads.append((addr, model.load(names[current], addr)))
            elif r < 0.90 and len(names) < MAX_TASKS:
                name = "t%d" % next_pid
                lines.append("fork as %s" % name)
                model.fork(names[current], next_pid)
                names[name] = next_pid
                next_pid += 1
            elif r < 0.97:
                current = rng.choice(sorted(names))
                lines.append("task %s" % current)
            elif len(names) > 1:
                gone = rng.choice(sorted(n for n in names if n != "t0"))
                lines.append("exit %s" % gone)
                model.exit(names.pop(gone))
                current = "t0"          # the exit switched to the parent
                lines.append("task t0")
        lines.append("cat /proc/vmstat")
        for name, pid in sorted(names.items()):
            lines.append("cat /proc/%d/status" % pid)
            lines.append("cat /proc/%d/smaps" % pid)
        out = run("\n".join(lines) + "\n")

        # the loads, in order
        got = [(int(m[1], 16), int(m[2], 16))
               for m in re.finditer(r"^([0-9a-f]{8}): ([0-9a-f]{2})$", out,
                                    re.M)]
        self.assertEqual(got, loads, "seed %d" % seed)
        # the frames: one pfn per model page for its life; a copy is
        # another frame than its original
        pfns = [int(m[1]) for m in re.finditer(r"^  pfn (\d+): _count", out,
                                               re.M)]
        self.assertEqual(len(pfns), len(stores), "seed %d" % seed)
        seen = {}
        for pfn, (frame, old) in zip(pfns, stores):
            self.assertEqual(seen.setdefault(id(frame), pfn), pfn,
                             "seed %d: a page moved" % seed)
            if old is not None and id(old) in seen:
                self.assertNotEqual(pfn, seen[id(old)],
                                    "seed %d: COW kept the frame" % seed)
        # the faults between the two vmstat reads
        stats = re.findall(r"^pgfault (\d+)$", out, re.M)
        self.assertEqual(int(stats[1]) - int(stats[0]), model.faults,
                         "seed %d" % seed)
        # each task's rss and its regions' smaps
        for name, pid in names.items():
            status = re.search(r"^Pid:\t%d\n(?:.*\n)*?VmRSS:\s+(\d+) kB" % pid,
                               out, re.M)
            self.assertEqual(int(status[1]), model.rss_kb(pid),
                             "seed %d pid %d" % (seed, pid))
        for name, pid in names.items():
            smaps = out[out.index("Pid:\t%d\n" % pid):]
            for k in range(REGIONS):
                start = region_start(k)
                m = re.search(r"^%08x-[0-9a-f]{8} .*\nSize: .*\nRss:\s+(\d+) "
                              r"kB\n.*\nShared_Dirty:\s+(\d+) kB\n.*\n"
                              r"Private_Dirty:\s+(\d+) kB" % start, smaps, re.M)
                self.assertIsNotNone(m, "seed %d pid %d region %#x" % (
                    seed, pid, start))
                self.assertEqual(tuple(int(x) for x in m.groups()),
                                 model.smaps_kb(pid, start, PAGES * fm.PAGE),
                                 "seed %d pid %d region %#x" % (seed, pid,
                                                                start))

    def test_random_scripts(self):
        steps = max(50, int(600 * SCALE))
        for seed in (1, 2, 3, 5, 8, 13):
            with self.subTest(seed=seed):
                self.one(seed, steps)


if __name__ == "__main__":
    unittest.main()
