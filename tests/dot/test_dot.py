"""Tests of the "dot" pictures: the DOT is valid Graphviz and what it
draws is the state the kernel's own views report.

Each test runs build/bin/mm24 (or $MM24) on a small scenario, then
compares the picture with /proc/buddyinfo, /proc/pagetypeinfo,
/proc/zoneinfo, the boot log's memory layout, or what a later step of
the scenario shows.  Nothing here is a stored picture.
"""
import os
import re
import subprocess
import tempfile
import unittest

MM24 = os.environ.get("MM24", "build/bin/mm24")
TYPES = ["Unmovable", "Reclaimable", "Movable", "Reserve", "<NULL>"]


def run(script, *options):
    """Run a scenario in a fresh directory; return (stdout, {file: text})."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "t.mm")
        with open(path, "w") as f:
            f.write(script)
        proc = subprocess.run([MM24, "run", *options, "--dot-dir=" + tmp, path],
                              capture_output=True, text=True, check=False)
        if proc.returncode:
            raise AssertionError("mm24 failed (%d): %s" % (proc.returncode,
                                                           proc.stderr))
        files = {}
        for name in os.listdir(tmp):
            if name.endswith(".dot"):
                with open(os.path.join(tmp, name)) as f:
                    files[name] = f.read()
        return proc.stdout, files


def free_area_lists(text):
    """{(order, type): [(first pfn, last pfn), ...]} and {order: nr_free}
    and {(order, type): blocks not drawn}."""
    lists, more = {}, {}
    for m in re.finditer(r'^\tb(\d+)_(\d+)_\d+ \[label="pfn (\d+)(?:–(\d+))?"',
                         text, re.M):
        order, mtype, first = int(m[1]), int(m[2]), int(m[3])
        last = int(m[4]) if m[4] else first
        lists.setdefault((order, mtype), []).append((first, last))
    for m in re.finditer(r'^\tb(\d+)_(\d+)_more \[.*comment="(\d+)"', text,
                         re.M):
        more[(int(m[1]), int(m[2]))] = int(m[3])
    nr_free = {int(m[1]): int(m[2])
               for m in re.finditer(r'PORT="o(\d+)">(\d+)<', text)}
    return lists, nr_free, more


def buddyinfo(out):
    return {m[1]: [int(x) for x in m[2].split()]
            for m in re.finditer(r"^Node 0, zone\s+(\S+)((?:\s+\d+){11})\s*$",
                                 out, re.M)}


def pagetypeinfo(out):
    table = {}
    for m in re.finditer(r"^Node\s+0, zone\s+(\S+), type\s+(\S+)((?:\s+\d+){11})",
                         out, re.M):
        table[(m[1], TYPES.index(m[2]))] = [int(x) for x in m[3].split()]
    return table


def svg_ok(test, text):
    proc = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True,
                          text=True, check=False)
    test.assertEqual(proc.returncode, 0, proc.stderr)
    test.assertNotIn("Error", proc.stderr)
    test.assertNotIn("Warning", proc.stderr)
    test.assertIn("<svg", proc.stdout)


# A machine that is not fresh: blocks of several orders taken and some
# given back, so every order and more than one migrate type has blocks.
BUSY = """\
alloc_pages GFP_KERNEL 3 as a
alloc_pages GFP_KERNEL 0 as b
alloc_pages GFP_HIGHUSER_MOVABLE 5 as c
alloc_pages GFP_KERNEL|__GFP_RECLAIMABLE 2 as d
alloc_until_fail GFP_DMA 4 as e
free_pages a
free_pages e
drain_all_local_pages
"""


class FreeArea(unittest.TestCase):
    def check(self, boot, zones):
        script = boot + BUSY
        for z in zones:
            script += "dot free_area %s max=0 > %s.dot\n" % (z, z)
            script += "dot free_area %s > %s-short.dot\n" % (z, z)
        script += "cat /proc/buddyinfo\ncat /proc/pagetypeinfo\n"
        out, files = run(script)
        buddy, types = buddyinfo(out), pagetypeinfo(out)
        for z in zones:
            lists, nr_free, more = free_area_lists(files[z + ".dot"])
            self.assertEqual(more, {})
            drawn = [sum(len(lists.get((o, t), [])) for t in range(5))
                     for o in range(11)]
            self.assertEqual(drawn, buddy[z], z)
            self.assertEqual([nr_free[o] for o in range(11)], buddy[z], z)
            for t in range(5):
                self.assertEqual([len(lists.get((o, t), [])) for o in range(11)],
                                 types[(z, t)], (z, TYPES[t]))
            for (order, _), blocks in lists.items():
                for first, last in blocks:
                    self.assertEqual(last - first + 1, 1 << order)
                    self.assertEqual(first % (1 << order), 0)
            # the short picture: four blocks per list and the rest counted
            short, _, more = free_area_lists(files[z + "-short.dot"])
            for key, blocks in lists.items():
                self.assertEqual(short.get(key, []), blocks[:4])
                self.assertEqual(more.get(key, 0), max(0, len(blocks) - 4))
            svg_ok(self, files[z + ".dot"])

    def test_64m(self):
        self.check("boot mem=64M\n", ["DMA", "Normal"])

    def test_1g_two_cpus(self):
        self.check("boot mem=1G cpus=2\n", ["DMA", "Normal", "HighMem"])


class Buddy(unittest.TestCase):
    def predicted(self, text):
        """The block the picture says __free_one_page() ends with."""
        m = re.search(r'result \[.*free_area\[(\d+)\].*"', text)
        r = re.search(r'result \[.*pfn (\d+)(?:–(\d+))?', text)
        return int(m[1]), int(r[1]), int(r[2] or r[1])

    def check_free(self, setup, name):
        out, files = run(setup + "dot buddy %s > before.dot\n" % name +
                         "free_pages %s\ndrain_all_local_pages\n" % name +
                         "dot buddy %s > after.dot\n" % name +
                         "dot free_area Normal max=0 > fa.dot\n")
        order, first, last = self.predicted(files["before.dot"])
        lists, _, _ = free_area_lists(files["fa.dot"])
        found = [o for (o, _), blocks in lists.items() if (first, last) in blocks]
        self.assertEqual(found, [order], "predicted block not on the free list")
        self.assertEqual(self.predicted(files["after.dot"]),
                         (order, first, last))
        for text in files.values():
            svg_ok(self, text)
        return files

    def test_merges_to_max_order(self):
        # the first reclaimable block comes from a whole pageblock; the
        # unmovable pageblock holds the slab allocator's boot pages
        files = self.check_free("boot mem=64M\n"
                                "alloc_pages GFP_TEMPORARY 3 as a\n",
                                "a")
        self.assertEqual(self.predicted(files["before.dot"])[0], 10)
        # seven merges, from order 3 up to 10
        self.assertEqual(len(re.findall(r"^\tl\d+ \[", files["before.dot"],
                                        re.M)), 7)

    def test_stops_at_a_buddy_in_use(self):
        files = self.check_free("boot mem=64M\nalloc_pages GFP_KERNEL 3 as a\n"
                                "alloc_pages GFP_KERNEL 3 as b\n", "a")
        self.assertEqual(self.predicted(files["before.dot"])[0], 3)
        self.assertIn("in use", files["before.dot"])

    def test_stops_at_the_zone_boundary(self):
        # vmalloc=129M puts the Normal/HighMem boundary at pfn 229120,
        # inside a 1024-page block: Normal's last free block, order 8 at
        # pfn 228864, has its buddy in HighMem and stays as it is.
        out, files = run("boot mem=1G vmalloc=129M\n"
                         "dot buddy pfn=228864 > b.dot\n")
        self.assertEqual(self.predicted(files["b.dot"]), (8, 228864, 229119))
        self.assertIn("pfn 229120–229375", files["b.dot"])
        self.assertIn("page_zone_id()", files["b.dot"])
        svg_ok(self, files["b.dot"])


class Walk(unittest.TestCase):
    def test_lowmem_page(self):
        out, files = run("boot mem=256M\n"
                         "__get_free_pages GFP_KERNEL 0 as k\n"
                         "dot walk k > k.dot\n"
                         "dot walk 0x08048000 > user.dot\n"
                         "dot walk 0xff800000 > pkmap.dot\n",
                         "--lang", "zh")
        addr = int(re.search(r"= 0x([0-9a-f]{8}) as k", out)[1], 16)
        k = files["k.dot"]
        self.assertIn("[%d] @" % (addr >> 22), k)
        self.assertIn("pfn %d " % ((addr - 0xc0000000) >> 12), k)
        self.assertNotIn("pte [", k)            # a 4 MiB PSE page
        self.assertIn("fault [", files["user.dot"])
        self.assertNotIn("pte [", files["user.dot"])
        pk = files["pkmap.dot"]                 # table there, entry clear
        self.assertIn("pte [", pk)
        self.assertIn("= <B>0x00000000</B>", pk)
        self.assertIn("fault [", pk)
        for text in files.values():
            svg_ok(self, text)


class Layout(unittest.TestCase):
    def test_matches_mem_init(self):
        for mem in ("16M", "1G", "4G"):
            out, files = run("boot mem=%s\ndmesg\ndot layout > l.dot\n" % mem)
            text = files["l.dot"]
            rows = re.findall(r"<TR><TD BGCOLOR=\"[^\"]+\">0x([0-9a-f]{8})</TD>"
                              r".*?</TD><TD[^>]*>[^<]*</TD><TD[^>]*>(\d+) ",
                              text)
            starts = {int(a, 16): int(pages) for a, pages in rows}
            for what in ("lowmem", "vmalloc", "pkmap", "fixmap"):
                m = re.search(r"%s\s*: 0x([0-9a-f]+) - 0x([0-9a-f]+)" % what,
                              out)
                self.assertIn(int(m[1], 16), starts, (mem, what))
            low = re.search(r"lowmem\s*: 0x([0-9a-f]+) - 0x([0-9a-f]+)", out)
            lowpages = (int(low[2], 16) - int(low[1], 16)) >> 12
            self.assertEqual(starts[int(low[1], 16)], lowpages, mem)
            vm = re.search(r"vmalloc : 0x([0-9a-f]+)", out)
            self.assertEqual(starts[int(vm[1], 16)], 0, mem)
            self.assertEqual(starts[0], 0, mem)   # zap_low_mappings()
            svg_ok(self, text)


class Pcp(unittest.TestCase):
    def test_matches_zoneinfo(self):
        out, files = run("boot mem=1G cpus=2\n"
                         "alloc_pages GFP_KERNEL 0 as a\n"
                         "cpu 1\nalloc_pages GFP_HIGHUSER_MOVABLE 0 as b\n"
                         "alloc_pages GFP_KERNEL|__GFP_COLD 0 as c\n"
                         "free_pages c\n"
                         "dot pcp max=0 > p.dot\ncat /proc/zoneinfo\n")
        text = files["p.dot"]
        seen = 0
        for zone in re.split(r"^Node 0, zone\s+", out, flags=re.M)[1:]:
            name = zone.split()[0]
            for m in re.finditer(r"cpu: (\d+) pcp: (\d)\s+count: (\d+)\s+"
                                 r"high:\s+(\d+)\s+batch: (\d+)", zone):
                cpu, i, count = int(m[1]), int(m[2]), int(m[3])
                node = "c%d_%s_%d" % (cpu, name, i)
                head = re.search(r"\t%s \[.*count (\d+) high (\d+) batch (\d+)"
                                 % node, text)
                if not head:        # zoneinfo lists empty zones too
                    continue
                self.assertEqual([int(x) for x in head.groups()],
                                 [count, int(m[4]), int(m[5])], node)
                drawn = len(re.findall(r"^\tp%d_%s_%d_\d+ \[" % (cpu, name, i),
                                       text, re.M))
                self.assertEqual(drawn, count, node)
                seen += 1
        self.assertEqual(seen, 2 * 2 * 3)   # 2 cpus, hot and cold, 3 zones
        svg_ok(self, text)


def slabinfo(out):
    """{name: (active_objs, num_objs, objperslab, active_slabs, num_slabs,
    sharedavail)} from /proc/slabinfo."""
    rows = {}
    for m in re.finditer(r"^(\S+)\s+(\d+)\s+(\d+)\s+\d+\s+(\d+)\s+\d+ : "
                         r"tunables.* : slabdata\s+(\d+)\s+(\d+)\s+(\d+)",
                         out, re.M):
        rows[m[1]] = tuple(int(x) for x in m.groups()[1:])
    return rows


class Slab(unittest.TestCase):
    """dot slab against /proc/slabinfo: the slabs on each list, their
    objects used and free, the bufctl chains and the arrays."""

    def check_cache(self, text, row, cpus):
        active, num_objs, per_slab, active_slabs, num_slabs, shared = row
        slabs = {}
        for m in re.finditer(r'^\ts(\d)_(\d+) \[shape=plain.*comment="inuse '
                             r'(\d+)"', text, re.M):
            slabs.setdefault(int(m[1]), []).append(int(m[3]))
        full, partial, free = (slabs.get(k, []) for k in range(3))
        self.assertEqual(len(full) + len(partial), active_slabs)
        self.assertEqual(len(full) + len(partial) + len(free), num_slabs)
        self.assertEqual(sum(full) + sum(partial), active)
        self.assertEqual(num_slabs * per_slab, num_objs)
        self.assertTrue(all(n == per_slab for n in full))
        self.assertTrue(all(0 < n < per_slab for n in partial))
        self.assertTrue(all(n == 0 for n in free))
        # each slab: a cell per object; the free cells and the chain hold
        # num - inuse objects
        for block in re.split(r"^\ts\d_\d+ \[shape=plain", text,
                              flags=re.M)[1:]:
            table = block.split("</TABLE>")[0]
            inuse = int(re.search(r'comment="inuse (\d+)"', block)[1])
            cells = re.findall(r'<TD BGCOLOR="(#\w+)">\d+</TD>', table)
            self.assertEqual(len(cells), per_slab)
            self.assertEqual(cells.count("#b3d4f2"), per_slab - inuse)
        chains = re.findall(r"^\t(s\d_\d+)_c\d+ \[label=\"\d+\"", text,
                            re.M)
        self.assertEqual(len(chains), num_objs - active)
        # the shared array and one array per CPU
        avail = {m[1]: int(m[2]) for m in re.finditer(
            r"^\t(ac\d|shared) \[shape=plain.*\n.*avail (\d+)", text, re.M)}
        self.assertEqual(sorted(k for k in avail if k != "shared"),
                         ["ac%d" % c for c in range(cpus)])
        self.assertEqual(avail.get("shared", 0), shared)
        cached = len(re.findall(r"^\t<TR><TD BGCOLOR=\"#f3e29a\">entry\[",
                                text, re.M))
        self.assertEqual(cached, sum(avail.values()))
        svg_ok(self, text)

    def test_cache_on_two_cpus(self):
        script = ("boot mem=64M cpus=2\nkmem_cache_create foo 100\n" +
                  "".join("kmem_cache_alloc foo GFP_KERNEL as a%d\n" % i
                          for i in range(150)) +
                  "".join("kmem_cache_free foo a%d\n" % i
                          for i in range(0, 150, 3)) +
                  "cpu 1\n" +
                  "".join("kmem_cache_free foo a%d\n" % i
                          for i in range(1, 150, 3)) +
                  "dot slab foo max=0 > s.dot\ncat /proc/slabinfo\n")
        out, files = run(script)
        self.check_cache(files["s.dot"], slabinfo(out)["foo"], 2)

    def test_general_cache_after_a_reap(self):
        script = ("boot mem=64M\n" +
                  "".join("kmalloc 200 GFP_KERNEL as k%d\n" % i
                          for i in range(60)) +
                  "".join("kfree k%d\n" % i for i in range(0, 60, 2)) +
                  "tick 5\ndot slab size-256 max=0 > g.dot\n"
                  "cat /proc/slabinfo\n")
        out, files = run(script)
        self.check_cache(files["g.dot"], slabinfo(out)["size-256"], 1)

    def test_max_leaves_a_counted_rest(self):
        out, files = run("boot mem=64M\nkmem_cache_create bar 40\n" +
                         "".join("kmem_cache_alloc bar GFP_KERNEL as b%d\n" % i
                                 for i in range(5)) +
                         "dot slab bar max=2 > m.dot\n")
        text = files["m.dot"]
        rest = [int(x) for x in re.findall(r'comment="(\d+)"', text)]
        num = int(re.search(r"objperslab (\d+)", text)[1])
        # a refill of 16 objects, then the bufctl chain beyond 2 links
        self.assertIn(num - 16 - 2, rest)
        self.assertIn("9 more", text)    # the array: 16 - 5 objects, 2 drawn
        svg_ok(self, text)


if __name__ == "__main__":
    unittest.main()
