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


def pkmap_view(out):
    """{slot: (count, pfn)}, last_pkmap_nr and [(cpu, type, pfn)] from
    cat /mm24/pkmap."""
    slots = {int(m[1]): (int(m[2]), int(m[3])) for m in re.finditer(
        r"^\s*(\d+) 0x[0-9a-f]{8}\s+(\d+)\s+(\d+)  ", out, re.M)}
    last = int(re.search(r"last_pkmap_nr (\d+)", out)[1])
    atomic = [(int(m[1]), m[2], int(m[3])) for m in re.finditer(
        r"^cpu (\d+) KM_(\w+)\s+0x[0-9a-f]{8} pfn (\d+)$", out, re.M)]
    return slots, last, atomic


class Pkmap(unittest.TestCase):
    """dot pkmap against cat /mm24/pkmap: the slots in use and their
    counts, the frames they map, the free runs, last_pkmap_nr and the
    kmap_atomic() slots of each CPU."""

    def test_after_a_wrap_on_two_cpus(self):
        script = ("boot mem=1G cpus=2\n"
                  "alloc_pages GFP_HIGHUSER 9 as big\n" +
                  "".join("alloc_pages GFP_HIGHUSER 0 as p%d\n" % i
                          for i in range(600)) +
                  "kmap big\nkunmap big\n" +
                  "".join("kmap p%d\n" % i for i in range(600)) +
                  "".join("kunmap p%d\n" % i for i in range(0, 600, 3)) +
                  "kmap p1\nkmap_atomic p2 KM_USER0\ncpu 1\n"
                  "kmap_atomic p5 KM_IRQ0\n"
                  "dot pkmap > k.dot\ncat /mm24/pkmap\n")
        out, files = run(script)
        text = files["k.dot"]
        slots, last, atomic = pkmap_view(out)
        drawn = {int(m[1]): int(m[2]) for m in re.finditer(
            r'ID="s(\d+)_(\d+)"', text)}
        self.assertEqual(drawn, {s: c for s, (c, _) in slots.items()})
        frames = {int(m[1]): int(m[2]) for m in re.finditer(
            r'^\tf(\d+) \[label="pfn \d+\\nHighMem", comment="(\d+)"',
            text, re.M)}
        self.assertEqual(frames, {s: pfn for s, (_, pfn) in slots.items()})
        # the free runs cover every other slot exactly once
        free = set()
        for m in re.finditer(r'ID="free(\d+)_(\d+)"', text):
            free |= set(range(int(m[1]), int(m[2]) + 1))
        self.assertEqual(free | set(slots), set(range(1024)))
        self.assertFalse(free & set(slots))
        self.assertIn('next [shape=note, label="last_pkmap_nr %d' % last, text)
        self.assertGreater(last, 0)
        self.assertEqual(sorted((int(m[1]), int(m[3])) for m in re.finditer(
            r'ID="a(\d+)_(\d+)_(\d+)"', text)),
            sorted((c, pfn) for c, _, pfn in atomic))
        self.assertEqual(len(atomic), 2)
        svg_ok(self, text)


def vmlist_view(out):
    """[(start, end, size, words)] from cat /mm24/vmlist."""
    return [(int(m[1], 16), int(m[2], 16), int(m[3]), m[4].split())
            for m in re.finditer(
                r"^0x([0-9a-f]{8})-0x([0-9a-f]{8})\s+(\d+)(.*)$", out, re.M)]


class Vmalloc(unittest.TestCase):
    """dot vmalloc against cat /mm24/vmlist and /proc/meminfo: the areas,
    their guard pages, the holes, and the frames behind each page."""

    def test_areas_holes_and_frames(self):
        script = ("boot mem=1G\nvmalloc 20000 as a\nvmalloc 5000 as b\n"
                  "vmalloc_32 9000 as c\nvfree b\nvmalloc 3000 as d\n"
                  "alloc_pages GFP_HIGHUSER 1 as two\nvmap two as m\n"
                  "ioremap 0x100000 5000 as io\n"
                  "dot vmalloc max=0 > v.dot\ncat /mm24/vmlist\n"
                  "cat /proc/meminfo\n")
        out, files = run(script)
        text = files["v.dot"]
        areas = vmlist_view(out)
        self.assertEqual(len(areas), 5)
        drawn = [(int(m[1], 16), int(m[2], 16)) for m in re.finditer(
            r'ID="a([0-9a-f]+)_([0-9a-f]+)"', text)]
        self.assertEqual(drawn, [(s, size) for s, _, size, _ in areas])
        guards = [int(m[1], 16) for m in re.finditer(r'ID="g([0-9a-f]+)"',
                                                     text)]
        self.assertEqual(guards, [e - 4096 for _, e, _, _ in areas])
        # holes: what lies between areas, from VMALLOC_START to VMALLOC_END
        start = int(re.search(r"VMALLOC_START 0x([0-9a-f]+)", text)[1], 16)
        end = int(re.search(r"VMALLOC_END 0x([0-9a-f]+)", text)[1], 16)
        holes, below = [], start
        for s, e, _, _ in areas:
            if s > below:
                holes.append((below, s - below))
            below = e
        holes.append((below, end - below))
        self.assertEqual([(int(m[1], 16), int(m[2], 16)) for m in
                          re.finditer(r'ID="h([0-9a-f]+)_([0-9a-f]+)"', text)],
                         holes)
        used = int(re.search(r"^VmallocUsed:\s+(\d+) kB", out, re.M)[1])
        chunk = int(re.search(r"^VmallocChunk:\s+(\d+) kB", out, re.M)[1])
        self.assertEqual(used, sum(size for _, _, size, _ in areas) // 1024)
        self.assertEqual(chunk, max(h for _, h in holes) // 1024)
        # one frame per page, drawn with its zone
        zones = {}
        for i, (s, e, size, words) in enumerate(areas):
            zones[i] = re.findall(r'^\tv%d_\d+ \[label="\+\d+: pfn \d+\\n(\w+)"'
                                  % i, text, re.M)
            self.assertEqual(len(zones[i]), size // 4096 - 1)
        kinds = [w[-1] for _, _, _, w in areas]
        self.assertEqual(kinds, ["vmalloc", "vmalloc", "vmalloc", "vmap",
                                 "ioremap"])
        self.assertEqual(set(zones[0]), {"HighMem"})     # a: vmalloc
        self.assertNotIn("HighMem", zones[2])            # c: vmalloc_32
        self.assertEqual(set(zones[4]), {"DMA"})         # the kernel image
        pfns = [int(m[1]) for m in re.finditer(r'^\tv3_\d+ .*comment="(\d+)"',
                                               text, re.M)]
        first = int(re.search(r"pfn (\d+) \[HighMem\] as two", out)[1])
        self.assertEqual(pfns, [first, first + 1])     # vmap: the caller's pages
        svg_ok(self, text)


def maps_view(out):
    """[(start, end, perms, name)] of the last /proc/PID/maps printed."""
    blocks = re.findall(r"((?:^[0-9a-f]{8}-[0-9a-f]{8} .*\n)+)", out, re.M)
    return [(int(m[1], 16), int(m[2], 16), m[3], m[4].strip())
            for m in re.finditer(r"^([0-9a-f]{8})-([0-9a-f]{8}) (\S+) \S+ \S+ \S+ ?(.*)$",
                                 blocks[-1], re.M)]


class Vma(unittest.TestCase):
    """dot vma and dot split against /proc/self/maps: the VMAs in order,
    the holes, a red-black tree that holds the same VMAs, the marks."""

    SCRIPT = ("boot mem=64M\nexec cat\n"
              "mmap 0 8192 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS\n"
              "mmap 0 4096 PROT_EXEC MAP_PRIVATE|MAP_ANONYMOUS\n"
              "mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS\n"
              "mmap 0x10000000 12288 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS\n"
              "mmap 0x20000000 4096 PROT_READ MAP_PRIVATE|MAP_ANONYMOUS\n"
              "mmap 0x30000000 4096 PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS\n"
              "munmap 0xb7ffe000 4096\nmunmap 0x10001000 4096\n"
              "brk 0x08050000\ndot vma > v.dot\ndot split > s.dot\n"
              "cat /proc/self/maps\n")

    def test_list_holes_and_marks(self):
        out, files = run(self.SCRIPT)
        text, maps = files["v.dot"], maps_view(out)
        rows = [(int(m[1], 16), int(m[2], 16))
                for m in re.finditer(r'ID="v([0-9a-f]+)_([0-9a-f]+)"', text)]
        self.assertEqual(rows, [(s, e) for s, e, _, _ in maps])
        holes, below = [], 0
        for s, e, _, _ in maps:
            if s > below:
                holes.append((below, s - below))
            below = e
        if below < 0xC0000000:
            holes.append((below, 0xC0000000 - below))
        self.assertEqual([(int(m[1], 16), int(m[2], 16)) for m in re.finditer(
            r'ID="h([0-9a-f]+)_([0-9a-f]+)"', text)], holes)
        # each row with its permissions and its name as maps shows them
        for s, e, perms, name in maps:
            row = re.search(r'ID="v%x_%x".*?</TR>' % (s, e), text).group(0)
            self.assertIn(">%s<" % perms, row)
            self.assertIn(name.split()[0] if name else "anonymous", row)
        header = re.search(r"map_count (\d+).*free_area_cache 0x([0-9a-f]+)",
                           text)
        self.assertEqual(int(header[1]), len(maps))
        # free_area_cache is marked once, where it is
        fac = int(header[2], 16)
        marked = re.findall(r'ID="[vh]([0-9a-f]+)_([0-9a-f]+)"[^\n]*'
                            r'← free_area_cache', text)
        self.assertEqual(len(marked), 1)
        self.assertIn(fac, [m for m in (int(marked[0][0], 16),)] +
                      [s for s, e, _, _ in maps if s <= fac < e])
        self.assertLessEqual(text.count("← mmap_cache"), 1)
        svg_ok(self, text)

    def test_the_tree_is_a_red_black_tree_of_the_vmas(self):
        out, files = run(self.SCRIPT)
        text, maps = files["v.dot"], maps_view(out)
        colour = {int(m[1], 16): m[2] for m in re.finditer(
            r'comment="([0-9a-f]+)-[0-9a-f]+ (red|black)"', text)}
        kids = {}
        for m in re.finditer(r"^\tt([0-9a-f]+) -> t([0-9a-f]+) \[label=\"([LR])\"\]",
                             text, re.M):
            kids[(int(m[1], 16), m[3])] = int(m[2], 16)
        root = int(re.search(r"root -> t([0-9a-f]+);", text)[1], 16)
        self.assertEqual(colour[root], "black")

        def walk(n):
            """(in-order starts, black height) of the subtree at n."""
            if n is None:
                return [], 1
            left, lh = walk(kids.get((n, "L")))
            right, rh = walk(kids.get((n, "R")))
            self.assertEqual(lh, rh)
            if colour[n] == "red":
                for c in (kids.get((n, "L")), kids.get((n, "R"))):
                    self.assertTrue(c is None or colour[c] == "black")
            return left + [n] + right, lh + (colour[n] == "black")

        order, _ = walk(root)
        self.assertEqual(order, [s for s, _, _, _ in maps])
        self.assertEqual(len(colour), len(maps))

    def test_split(self):
        out, files = run(self.SCRIPT)
        text, maps = files["s.dot"], maps_view(out)
        rows = [(int(m[1], 16), int(m[2]), int(m[3])) for m in re.finditer(
            r"<TR><TD BGCOLOR=\"#\w+\">0x([0-9a-f]+)</TD>.*?<TD BGCOLOR=\"#\w+\">"
            r"(\d+) kB</TD><TD BGCOLOR=\"#\w+\">(\d+)</TD></TR>", text)]
        # the rows tile the 4 GiB from the top down, and count every VMA
        self.assertEqual(sum(kb for _, kb, _ in rows), 4 << 20)
        self.assertEqual(sum(n for _, _, n in rows), len(maps))
        for (start, _, _), (below, kb, _) in zip(rows, rows[1:]):
            self.assertEqual(below + (kb << 10), start)
        self.assertEqual(rows[-1][0], 0)
        starts = [s for s, _, _ in rows]
        self.assertEqual(starts, sorted(starts, reverse=True))
        self.assertEqual(starts[0], 0xC0000000)
        stack = [s for s, e, _, n in maps if n == "[stack]"][0]
        self.assertEqual(starts[1], stack)
        pdes = re.search(r"(\d+) PDEs, (\d+) of them as in swapper_pg_dir", text)
        self.assertEqual(pdes[1], pdes[2])
        svg_ok(self, text)



class Pagetables(unittest.TestCase):
    """dot pagetables after fork: the pages written before the fork are
    shared by parent and child until one of them writes (COW); the
    picture's rows are the present PTEs that `pte` reports."""
    SCRIPT = """boot mem=64M
exec cat as parent
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
touch buf 16384 write
fork as child
task child
store buf+4096 7
dot pagetables child > c.dot
dot pagetables parent > p.dot
pte buf
"""

    def rows(self, text):
        return {int(m[1], 16): (int(m[2]), int(m[3]), m[4])
                for m in re.finditer(r'ID="t([0-9a-f]+)".*?<!-- pfn (\d+) '
                                     r'mapcount (\d+) (shared|own) -->', text)}

    def test_cow_frames_are_shared_until_written(self):
        out, files = run(self.SCRIPT)
        buf = int(re.search(r"= (0x[0-9a-f]+)\n", out)[1], 16)
        child, parent = self.rows(files["c.dot"]), self.rows(files["p.dot"])
        pages = [buf + i * 4096 for i in range(4)]
        # the child copied the page it wrote; the other three are the
        # parent's frames, mapped twice
        for rows, other in ((child, parent), (parent, child)):
            for i, a in enumerate(pages):
                pfn, maps, kind = rows[a]
                if i == 1:
                    self.assertEqual((maps, kind), (1, "own"))
                    self.assertNotEqual(pfn, other[a][0])
                else:
                    self.assertEqual((maps, kind), (2, "shared"))
                    self.assertEqual(pfn, other[a][0])
        # pte buf (in the child): the frame it shares with the parent
        pfn = int(re.search(r"pfn (\d+): _count", out)[1])
        self.assertEqual(pfn, parent[buf][0])
        svg_ok(self, files["c.dot"])


if __name__ == "__main__":
    unittest.main()
