"""test_vma_model.py - one program's address space in mm24 against the model
of tests/model/vma_model.py, system call by system call.

For each layout (top-down, and legacy with vm.legacy_va_layout=1) and each
seed, a random script execs a program, then makes mmap calls (no address,
a hint, MAP_FIXED; sizes that leave and reuse holes, so that
free_area_cache and cached_hole_size come into play), munmap calls that cut
mappings at their ends and in the middle, mprotect calls that split and
merge (over holes too), mremap calls that shrink, grow in place, move and
move to a fixed place, and brk calls.  After every call the result mm24
prints must be the model's, and /proc/self/maps must be the model's text,
byte for byte.

Run: MM24=build/bin/mm24 python3 -m unittest -q tests/model/test_vma_model.py
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
import vma_model as vm  # noqa: E402

MM24 = os.environ.get("MM24", str(TOP / "build" / "bin" / "mm24"))
SCALE = float(os.environ.get("MM24_MODEL_SCALE", "1"))
PAGE = vm.PAGE
ERRNO = {"EINVAL": -vm.EINVAL, "ENOMEM": -vm.ENOMEM, "EFAULT": -vm.EFAULT}
PROTS = [("PROT_NONE", 0), ("PROT_READ", 1), ("PROT_READ|PROT_WRITE", 3),
         ("PROT_READ|PROT_EXEC", 5), ("PROT_WRITE", 2)]


def anon_vmas(space):
    """The VMAs a script may cut: anonymous, not the stack."""
    return [v for v in space.vmas if v.file is None and not v.flags & vm.VM_GROWSDOWN]


def script_for(seed, steps, legacy):
    """(command, (kind, args)) pairs; the model replays the args."""
    rng = random.Random(seed)
    shadow = vm.Space(legacy=legacy)
    base = vm.TASK_UNMAPPED_BASE if legacy else shadow.mmap_base
    out = []
    while len(out) < steps:
        r = rng.random()
        pages = rng.choice([1, 1, 1, 2, 2, 3, 4, 5, 8, 16])
        pname, prot = rng.choice(PROTS)
        cand = anon_vmas(shadow)
        if r < 0.40:
            out.append(("mmap 0 %d %s MAP_PRIVATE|MAP_ANONYMOUS" % (pages * PAGE, pname),
                        ("mmap", (0, pages * PAGE, prot, vm.MAP_PRIVATE | vm.MAP_ANONYMOUS))))
        elif r < 0.50:
            # a hint: somewhere near the mmap area, maybe taken
            hint = base + rng.randrange(-64, 64) * PAGE + rng.choice([0, 0, 123])
            out.append(("mmap %#x %d %s MAP_PRIVATE|MAP_ANONYMOUS" % (hint, pages * PAGE, pname),
                        ("mmap", (hint, pages * PAGE, prot, vm.MAP_PRIVATE | vm.MAP_ANONYMOUS))))
        elif r < 0.58:
            at = base + rng.randrange(-48, 48) * PAGE
            fl = vm.MAP_PRIVATE | vm.MAP_ANONYMOUS | vm.MAP_FIXED
            out.append(("mmap %#x %d %s MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED" %
                        (at, pages * PAGE, pname), ("mmap", (at, pages * PAGE, prot, fl))))
        elif r < 0.66 and shadow.find_vma(shadow.free_area_cache) and \
                shadow.find_vma(shadow.free_area_cache).start == shadow.free_area_cache:
            # the pages where the last search ended: a hole right at
            # free_area_cache, or just below what stays mapped above it
            v = shadow.find_vma(shadow.free_area_cache)
            count = rng.randrange(1, v.pages() + 1)
            out.append(("munmap %#x %d" % (v.start, count * PAGE),
                        ("munmap", (v.start, count * PAGE))))
        elif r < 0.80 and cand:
            v = rng.choice(cand)
            n = v.pages()
            first = rng.randrange(n)
            count = rng.randrange(1, n - first + 1) + rng.choice([0, 0, 0, 2])
            out.append(("munmap %#x %d" % (v.start + first * PAGE, count * PAGE),
                        ("munmap", (v.start + first * PAGE, count * PAGE))))
        elif r < 0.89 and cand:
            v = rng.choice(cand)
            first = rng.randrange(v.pages())
            count = rng.randrange(1, 6)
            out.append(("mprotect %#x %d %s" % (v.start + first * PAGE, count * PAGE, pname),
                        ("mprotect", (v.start + first * PAGE, count * PAGE, prot))))
        elif r < 0.95 and cand:
            # mremap of the end of an anonymous VMA, or of a part of it
            v = rng.choice(cand)
            first = rng.choice([0, rng.randrange(v.pages())])
            old = rng.choice([v.pages() - first, rng.randrange(1, v.pages() - first + 1)])
            new = rng.choice([1, 2, old, old + 1, old + 3, 2 * old + 4])
            how = rng.choice(["0", "MREMAP_MAYMOVE", "MREMAP_MAYMOVE",
                              "MREMAP_MAYMOVE|MREMAP_FIXED"])
            fl = {"0": 0, "MREMAP_MAYMOVE": 1, "MREMAP_MAYMOVE|MREMAP_FIXED": 3}[how]
            at = v.start + first * PAGE
            target = base + rng.randrange(-48, 48) * PAGE if fl & 2 else 0
            cmd = "mremap %#x %d %d %s" % (at, old * PAGE, new * PAGE, how)
            if fl & 2:
                cmd += " %#x" % target
            out.append((cmd, ("mremap", (at, old * PAGE, new * PAGE, fl, target))))
        elif r < 0.98:
            b = shadow.start_brk + rng.randrange(-2, 24) * PAGE + rng.choice([0, 1, 2049])
            out.append(("brk %#x" % b, ("brk", (b,))))
        else:
            # malformed on purpose: unaligned or empty
            what = rng.choice(["munmap %#x 4096" % (base + 5), "munmap %#x 0" % base])
            a = int(what.split()[1], 16)
            out.append((what, ("munmap", (a, int(what.split()[2])))))
        apply(shadow, out[-1][1])
    return out


def apply(space, op):
    kind, args = op
    if kind == "mmap":
        return space.mmap(*args)
    if kind == "munmap":
        return space.munmap(*args)
    if kind == "mprotect":
        return space.mprotect(*args)
    if kind == "mremap":
        return space.mremap(*args)
    return space.sys_brk(*args)


def result_of(line):
    m = re.search(r"\) = (.*)$", line)
    if not m:
        raise AssertionError("no result in %r" % line)
    r = m.group(1)
    if r.startswith("-1 "):
        return ERRNO[r.split()[1]]
    return int(r, 0)


def run_mm24(commands, legacy):
    text = "boot mem=128M\n"
    if legacy:
        text += "sysctl vm.legacy_va_layout=1\n"
    text += "exec cat\necho @@start\ncat /proc/self/maps\n"
    for i, (cmd, _) in enumerate(commands):
        text += "echo @@%d\n%s\ncat /proc/self/maps\n" % (i, cmd)
    text += "echo @@end\ncheck\n"
    proc = subprocess.run([MM24, "run", "-"], input=text, capture_output=True,
                          text=True, check=False)
    if proc.returncode:
        raise AssertionError("mm24 failed (%d): %s%s" % (
            proc.returncode, proc.stdout[-1500:], proc.stderr[-1500:]))
    parts = re.split(r"^@@(\w+)\n", proc.stdout, flags=re.M)
    return dict(zip(parts[1::2], parts[2::2]))


class VmaModelTest(unittest.TestCase):
    def check(self, seed, legacy):
        steps = max(20, int(150 * SCALE))
        commands = script_for(seed, steps, legacy)
        got = run_mm24(commands, legacy)
        model = vm.Space(legacy=legacy)
        self.assertEqual(got["start"], model.maps())
        for i, (cmd, op) in enumerate(commands):
            out = got[str(i)]
            call, maps = out.split("\n", 1)
            want = apply(model, op)
            where = "seed %d%s, step %d: %s" % (seed, " legacy" if legacy else "", i, cmd)
            self.assertEqual(result_of(call), want, where)
            self.assertEqual(maps, model.maps(), where)
        self.assertIn("vma_check: ok", got["end"])

    def test_top_down(self):
        for seed in range(max(2, int(12 * SCALE))):
            with self.subTest(seed=seed):
                self.check(seed, False)

    def test_legacy(self):
        for seed in range(max(2, int(12 * SCALE))):
            with self.subTest(seed=seed):
                self.check(1000 + seed, True)


if __name__ == "__main__":
    unittest.main()
