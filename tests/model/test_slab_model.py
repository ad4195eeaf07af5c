"""test_slab_model.py - one SLAB cache of mm24 against the model of
tests/model/slab_model.py, step by step.

For each machine (one CPU, two CPUs, three CPUs), a seeded random script
creates a cache, then allocates and frees its objects on randomly chosen
CPUs, with ticks that let the reap timers run.  After every command the
row of the cache in /proc/slabinfo must equal the model's counts
(active_objs, num_objs, active_slabs, num_slabs, sharedavail), and every
allocation must return the object the model predicts: the slab (learnt
from its first object) and the index in it (the address).

Run: MM24=build/bin/mm24 python3 -m unittest -q tests/model/test_slab_model.py
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
import slab_model as sm  # noqa: E402

MM24 = os.environ.get("MM24", str(TOP / "build" / "bin" / "mm24"))
SCALE = float(os.environ.get("MM24_MODEL_SCALE", "1"))
SIZE = 100


def script_for(seed, cpus, steps):
    """The commands of one run: (command, kind, argument) tuples.  Rounds
    move the number of objects held towards a random target (up to 15
    slabs' worth), in bursts, on random CPUs, so the arrays fill and
    empty, slabs grow, empty and go; ticks in between let the reap timers
    run, several in a row after large frees."""
    rng = random.Random(seed)
    held, serial, cpu = [], 0, 0
    out = [("kmem_cache_create t %d" % SIZE, "create", None)]
    while len(out) < steps:
        target = rng.choice([0, 0, 10, 50, 150, 300, 600])
        while len(held) != target and len(out) < steps:
            burst = rng.choice([1, 2, 7, 30, 90])
            if rng.random() < 0.15 and cpus > 1:
                cpu = rng.randrange(cpus)
                out.append(("cpu %d" % cpu, "cpu", cpu))
            if rng.random() < 0.05:
                out.append(("tick", "tick", None))
            for _ in range(min(burst, abs(target - len(held)))):
                if len(held) < target:
                    serial += 1
                    name = "o%d" % serial
                    held.append(name)
                    out.append(("kmem_cache_alloc t GFP_KERNEL as %s" % name,
                                "alloc", name))
                else:
                    k = rng.randrange(len(held)) if rng.random() < 0.8 \
                        else len(held) - 1
                    out.append(("kmem_cache_free t %s" % held[k], "free",
                                held.pop(k)))
        for _ in range(rng.choice([0, 1, 2, 5, 9])):
            out.append(("tick", "tick", None))
    return out


def run_mm24(commands, cpus):
    """Each command's output and the /proc/slabinfo after it."""
    text = "boot mem=64M cpus=%d\n" % cpus
    for i, (cmd, _, _) in enumerate(commands):
        text += "%s\necho @@%d\ncat /proc/slabinfo\necho @@end\n" % (cmd, i)
    proc = subprocess.run([MM24, "run", "-"], input=text, capture_output=True,
                          text=True, check=False)
    if proc.returncode:
        raise AssertionError("mm24 failed (%d): %s" % (proc.returncode,
                                                       proc.stderr[-2000:]))
    outputs, infos, at, text = [], [], 0, proc.stdout
    for i in range(len(commands)):
        mark = text.index("@@%d\n" % i, at)
        end = text.index("@@end\n", mark)
        outputs.append(text[at:mark])
        infos.append(text[mark:end])
        at = end + len("@@end\n")
    return outputs, infos


def slabinfo_row(text, name):
    for line in text.splitlines():
        words = line.split()
        if words and words[0] == name:
            return (int(words[1]), int(words[2]), int(words[13]),
                    int(words[14]), int(words[15]))
    raise AssertionError("no slabinfo row for %s" % name)


class SlabModel(unittest.TestCase):
    def check_machine(self, seed, cpus, steps):
        steps = max(200, int(steps * SCALE))
        commands = script_for(seed, cpus, steps)
        outputs, infos = run_mm24(commands, cpus)

        cache = None
        timers = sm.Timers(cpus)
        now, cpu = 0, 0
        objects = {}            # name -> model object
        bases = {}              # slab id -> i386 address of its first byte
        for i, (cmd, kind, arg) in enumerate(commands):
            out = outputs[i]
            where = "machine cpus=%d seed=%d, step %d (%s)" % (cpus, seed, i,
                                                              cmd)
            if kind == "create":
                m = re.search(r"= 0x([0-9a-f]{8}): objsize (\d+), objperslab "
                              r"(\d+), pagesperslab (\d+)", out)
                self.assertIsNotNone(m, where + ": " + out)
                cache = sm.Cache(SIZE, cpus, int(m[1], 16), now)
                self.assertEqual((cache.size, cache.num, 1 << cache.order),
                                 (int(m[2]), int(m[3]), int(m[4])), where)
            elif kind == "alloc":
                obj = cache.alloc(cpu)
                objects[arg] = obj
                m = re.search(r"= 0x([0-9a-f]{8}) \[t, slab pfn (\d+)\]", out)
                self.assertIsNotNone(m, where + ": " + out)
                addr = int(m[1], 16)
                base = addr - cache.mgmt - obj[1] * cache.size
                if obj[0] not in bases:
                    # a new slab: on a page, and the page mm24 names
                    self.assertEqual(base % 4096, 0, where)
                    self.assertEqual((base - 0xc0000000) >> 12, int(m[2]),
                                     where)
                    bases[obj[0]] = base
                self.assertEqual(addr, bases[obj[0]] + cache.mgmt +
                                 obj[1] * cache.size,
                                 where + ": not the object the model expects")
            elif kind == "free":
                cache.free_obj(cpu, objects.pop(arg))
            elif kind == "cpu":
                cpu = arg
            else:
                now += sm.HZ
                timers.tick(now, lambda c: cache.reap(c, now))
            self.assertEqual(slabinfo_row(infos[i], "t"), cache.counts(),
                             where + ": /proc/slabinfo row differs "
                             "(active_objs num_objs active_slabs num_slabs "
                             "sharedavail)")

    def test_one_cpu(self):
        self.check_machine(1, 1, 12000)

    def test_two_cpus(self):
        self.check_machine(2, 2, 12000)

    def test_three_cpus(self):
        self.check_machine(3, 3, 8000)


if __name__ == "__main__":
    unittest.main()
