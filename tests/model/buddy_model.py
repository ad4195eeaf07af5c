"""buddy_model.py - an independent model of the Linux 2.6.24 (i386, FLATMEM,
!NUMA, one node) zoned buddy allocator, written from the 2.6.24 rules and not
from mm24's C code, so that a slip in mm24 is not copied into its oracle.

Given the free lists right after boot (read from mm24's output by the test),
the model predicts, operation by operation, the frame every allocation gets
and the /proc views that mm24 prints.

Which 2.6.24 rule each part follows (file:line of the definition in the
pristine 2.6.24 tree, as shared/reference/kernel-2.6.24-mm-index.tsv and
constants.md give them; the others read off /work/ksrc):

  model                        2.6.24
  ---- zone set-up, from each zone's present_pages (BuddyModel._setup_zones)
  min_free_kbytes              init_per_zone_pages_min       mm/page_alloc.c:4151
                               (lowmem size: nr_free_buffer_pages :1728, taken
                               while pages_high is still 0)
  pages_min/low/high           setup_per_zone_pages_min      mm/page_alloc.c:4072
  lowmem_reserve[]             setup_per_zone_lowmem_reserve mm/page_alloc.c:4033
                               sysctl_lowmem_reserve_ratio   mm/page_alloc.c:89
  per-cpu high/batch           zone_batchsize                mm/page_alloc.c:2569
                               setup_pageset                 mm/page_alloc.c:2601
  stat_threshold               calculate_threshold           mm/vmstat.c:86
  mobility_disabled            build_all_zonelists           mm/page_alloc.c:2343
  _zonelist                    build_zonelists               mm/page_alloc.c:2283
                               build_zonelists_node          mm/page_alloc.c:1890
  ---- allocation
  alloc_pages                  alloc_pages, alloc_pages_node include/linux/gfp.h:206, :178
                               __alloc_pages (fast path, then mm/page_alloc.c:1455
                               ALLOC_WMARK_MIN, then ALLOC_NO_WATERMARKS
                               for a PF_MEMALLOC task)
  gfp_zone                     gfp_zone                      include/linux/gfp.h:120
  allocflags_to_migratetype    allocflags_to_migratetype     include/linux/gfp.h:108
  _wakeup_kswapd               wakeup_kswapd                 mm/vmscan.c:1559
  _get_page_from_freelist      get_page_from_freelist        mm/page_alloc.c:1372
  zone_watermark_ok            zone_watermark_ok             mm/page_alloc.c:1219
  _buffered_rmqueue            buffered_rmqueue              mm/page_alloc.c:1051
  _rmqueue_bulk                rmqueue_bulk                  mm/page_alloc.c:839
  _rmqueue                     __rmqueue                     mm/page_alloc.c:821
  _rmqueue_smallest            __rmqueue_smallest            mm/page_alloc.c:647
  _expand                      expand                        mm/page_alloc.c:580
  _rmqueue_fallback            __rmqueue_fallback            mm/page_alloc.c:752
  FALLBACKS                    fallbacks[][]                 mm/page_alloc.c:678
  _move_freepages_block        move_freepages_block          mm/page_alloc.c:731
  _move_freepages              move_freepages                mm/page_alloc.c:690
  get/set_pageblock_migratetype  get_pageblock_migratetype   include/linux/mmzone.h:50
                               set_pageblock_migratetype     mm/page_alloc.c:169
  ---- freeing
  free_pages                   __free_pages                  mm/page_alloc.c:1683
  _free_hot_cold_page          free_hot_cold_page            mm/page_alloc.c:988
  _free_pages_bulk             free_pages_bulk               mm/page_alloc.c:488
  free_pages, order > 0        __free_pages_ok, free_one_page mm/page_alloc.c:515, :506
  _free_one_page               __free_one_page               mm/page_alloc.c:413
                               __page_find_buddy             mm/page_alloc.c:347
                               __find_combined_index         mm/page_alloc.c:355
                               page_is_buddy                 mm/page_alloc.c:373
  drain_local_pages            drain_local_pages             mm/page_alloc.c:957
  drain_all_local_pages        drain_all_local_pages         mm/page_alloc.c:974
  _drain_pages                 __drain_pages                 mm/page_alloc.c:893
  ---- counters
  _mod_free                    __mod_zone_page_state         mm/vmstat.c:157
                               zone_page_state_add           include/linux/vmstat.h:124
  zone_page_state, global_free zone_page_state, global_page_state include/linux/vmstat.h:141, :131
  tick                         refresh_cpu_vm_stats          mm/vmstat.c:298
  events (pgalloc_*, pgfree)   __count_zone_vm_events        include/linux/vmstat.h:115
  ---- /proc
  render_buddyinfo             frag_show_print               mm/vmstat.c:433
  render_pagetypeinfo          pagetypeinfo_show             mm/vmstat.c:543
                               pagetypeinfo_showfree_print   mm/vmstat.c:454
                               pagetypeinfo_showblockcount_print mm/vmstat.c:496
  render_zoneinfo              zoneinfo_show_print           mm/vmstat.c:648
  render_vmstat                vmstat_start, vmstat_show     mm/vmstat.c:731, :771

What the model leaves out: boot (the free lists, pageblock types and per-cpu
lists after boot come from mm24's output); reclaim and the OOM killer (an
allocation that would reach try_to_free_pages raises NeedsReclaim, and the
test keeps away from it); kswapd itself (mm24 has no kswapd thread: the
model follows wakeup_kswapd's test and logs the one wake-up of a kswapd
that never goes back to sleep, as mm24 does); cpusets, NUMA, hot-plug; the
compound-page and zeroing work of prep_new_page (it does not move pages);
the kmalloc'ed snapshot of vmstat_start (mm24 leaves it out too); every
counter other than NR_FREE_PAGES, pgalloc_* and pgfree (printed as they
were after boot).
"""

MAX_ORDER = 11
PAGEBLOCK_ORDER = MAX_ORDER - 1
PAGEBLOCK_NR_PAGES = 1 << PAGEBLOCK_ORDER
PAGE_SHIFT = 12
PAGE_OFFSET = 0xC0000000
DEF_PRIORITY = 12
SWAP_CLUSTER_MAX = 32

# migrate types and their names in /proc/pagetypeinfo (the fifth name is a
# NULL pointer in 2.6.24, printed as "<NULL>")
UNMOVABLE, RECLAIMABLE, MOVABLE, RESERVE, ISOLATE = range(5)
MIGRATE_TYPES = 5
MIGRATETYPE_NAMES = ["Unmovable", "Reclaimable", "Movable", "Reserve",
                     "<NULL>"]

# Where a request of each type looks when its own lists are empty, in order.
FALLBACKS = {
    UNMOVABLE: (RECLAIMABLE, MOVABLE, RESERVE),
    RECLAIMABLE: (UNMOVABLE, MOVABLE, RESERVE),
    MOVABLE: (RECLAIMABLE, UNMOVABLE, RESERVE),
    RESERVE: (RESERVE, RESERVE, RESERVE),
}

# zones
ZONE_DMA, ZONE_NORMAL, ZONE_HIGHMEM, ZONE_MOVABLE = range(4)
MAX_NR_ZONES = 4
ZONE_NAMES = ["DMA", "Normal", "HighMem", "Movable"]
LOWMEM_RESERVE_RATIO = [256, 32, 32]

# gfp bits (include/linux/gfp.h)
GFP_BITS = {
    "__GFP_DMA": 0x01, "__GFP_HIGHMEM": 0x02, "__GFP_DMA32": 0x04,
    "__GFP_WAIT": 0x10, "__GFP_HIGH": 0x20, "__GFP_IO": 0x40,
    "__GFP_FS": 0x80, "__GFP_COLD": 0x100, "__GFP_NOWARN": 0x200,
    "__GFP_REPEAT": 0x400, "__GFP_NOFAIL": 0x800, "__GFP_NORETRY": 0x1000,
    "__GFP_COMP": 0x4000, "__GFP_ZERO": 0x8000, "__GFP_NOMEMALLOC": 0x10000,
    "__GFP_HARDWALL": 0x20000, "__GFP_THISNODE": 0x40000,
    "__GFP_RECLAIMABLE": 0x80000, "__GFP_MOVABLE": 0x100000,
}
G = GFP_BITS
GFP_NAMES = dict(GFP_BITS)
GFP_NAMES.update({
    "GFP_NOWAIT": 0,
    "GFP_ATOMIC": G["__GFP_HIGH"],
    "GFP_NOIO": G["__GFP_WAIT"],
    "GFP_NOFS": G["__GFP_WAIT"] | G["__GFP_IO"],
    "GFP_KERNEL": G["__GFP_WAIT"] | G["__GFP_IO"] | G["__GFP_FS"],
})
GFP_NAMES["GFP_TEMPORARY"] = GFP_NAMES["GFP_KERNEL"] | G["__GFP_RECLAIMABLE"]
GFP_NAMES["GFP_USER"] = GFP_NAMES["GFP_KERNEL"] | G["__GFP_HARDWALL"]
GFP_NAMES["GFP_HIGHUSER"] = GFP_NAMES["GFP_USER"] | G["__GFP_HIGHMEM"]
GFP_NAMES["GFP_HIGHUSER_MOVABLE"] = (GFP_NAMES["GFP_HIGHUSER"] |
                                     G["__GFP_MOVABLE"])
GFP_NAMES["GFP_NOFS_PAGECACHE"] = (G["__GFP_WAIT"] | G["__GFP_IO"] |
                                   G["__GFP_MOVABLE"])
GFP_NAMES["GFP_USER_PAGECACHE"] = GFP_NAMES["GFP_USER"] | G["__GFP_MOVABLE"]
GFP_NAMES["GFP_HIGHUSER_PAGECACHE"] = (GFP_NAMES["GFP_HIGHUSER"] |
                                       G["__GFP_MOVABLE"])
GFP_NAMES["GFP_DMA"] = G["__GFP_DMA"]
GFP_NAMES["GFP_DMA32"] = G["__GFP_DMA32"]

# alloc_flags of get_page_from_freelist (mm/page_alloc.c:1112-1118)
ALLOC_NO_WATERMARKS = 0x01
ALLOC_WMARK_MIN = 0x02
ALLOC_WMARK_LOW = 0x04
ALLOC_WMARK_HIGH = 0x08
ALLOC_HARDER = 0x10
ALLOC_HIGH = 0x20
ALLOC_CPUSET = 0x40

ZONE_COUNTERS = ["nr_free_pages", "nr_inactive", "nr_active",
                 "nr_anon_pages", "nr_mapped", "nr_file_pages", "nr_dirty",
                 "nr_writeback", "nr_slab_reclaimable",
                 "nr_slab_unreclaimable", "nr_page_table_pages",
                 "nr_unstable", "nr_bounce", "nr_vmscan_write"]
PGALLOC_EVENTS = ["pgalloc_dma", "pgalloc_normal", "pgalloc_high",
                  "pgalloc_movable"]

U32 = 0xFFFFFFFF


def parse_gfp(text):
    """'GFP_KERNEL|__GFP_COLD' -> its value."""
    value = 0
    for word in text.split("|"):
        value |= GFP_NAMES[word]
    return value


def fls(x):
    """Number of the highest set bit, counting from 1 (0 for 0)."""
    return x.bit_length()


def isqrt(x):
    """Largest r with r*r <= x (lib/int_sqrt.c gives the same)."""
    if x <= 0:
        return 0
    r = int(x ** 0.5)
    while r * r > x:
        r -= 1
    while (r + 1) * (r + 1) <= x:
        r += 1
    return r


class NeedsReclaim(Exception):
    """The allocation would go on to direct reclaim: out of the model."""


class DList:
    """A doubly linked list of frame numbers, as a list_head chain: O(1)
    insertion at either end or after an element, and removal."""
    __slots__ = ("nxt", "prv", "n")

    def __init__(self):
        self.nxt = {-1: -1}
        self.prv = {-1: -1}
        self.n = 0

    def insert_after(self, at, x):
        after = self.nxt[at]
        self.nxt[at] = x
        self.prv[x] = at
        self.nxt[x] = after
        self.prv[after] = x
        self.n += 1

    def add_head(self, x):
        self.insert_after(-1, x)

    def add_tail(self, x):
        self.insert_after(self.prv[-1], x)

    def remove(self, x):
        before = self.prv.pop(x)
        after = self.nxt.pop(x)
        self.nxt[before] = after
        self.prv[after] = before
        self.n -= 1

    def first(self):
        return self.nxt[-1] if self.n else None

    def last(self):
        return self.prv[-1] if self.n else None

    def __len__(self):
        return self.n

    def __iter__(self):
        x = self.nxt[-1]
        while x != -1:
            yield x
            x = self.nxt[x]

    def __contains__(self, x):
        return x in self.prv and x != -1


class PerCpuPages:
    __slots__ = ("count", "high", "batch", "list")

    def __init__(self, high, batch):
        self.count = 0
        self.high = high
        self.batch = batch
        self.list = DList()


class Zone:
    def __init__(self, idx, start_pfn, spanned, present):
        self.idx = idx
        self.name = ZONE_NAMES[idx]
        self.start_pfn = start_pfn
        self.spanned = spanned
        self.present = present
        self.free = [[DList() for _ in range(MIGRATE_TYPES)]
                     for _ in range(MAX_ORDER)]
        self.nr_free = [0] * MAX_ORDER
        self.buddy = {}     # head pfn of a free block -> its order (PG_buddy)
        self.on_list = {}   # head pfn of a free block -> the list type it is on
        self.private = {}   # pfn on a per-cpu list -> page->private
        self.pages_min = self.pages_low = self.pages_high = 0
        self.lowmem_reserve = [0] * MAX_NR_ZONES
        self.pcp = []       # [cpu] -> [hot, cold]
        self.stat_threshold = 0
        self.vm_stat = 0    # zone->vm_stat[NR_FREE_PAGES], may go below 0
        self.diff = []      # [cpu] -> vm_stat_diff[NR_FREE_PAGES]
        self.counters = [0] * len(ZONE_COUNTERS)   # the other zone counters

    @property
    def populated(self):
        return self.present > 0

    def holds(self, pfn):
        return self.start_pfn <= pfn < self.start_pfn + self.spanned


class BuddyModel:
    """The allocator state of one machine and the operations of the mm24
    scenario language that change it."""

    def __init__(self, ncpus, zones, block_types, vm_events, vmstat_lines,
                 mobility_disabled=None):
        """@zones: a list of dicts, one per zone index 0..3, with
        start_pfn, spanned, present, and for a populated zone:
          free_lists {(order, type): [pfn, ...] in list order},
          pcp {cpu: ([(pfn, private), ...] hot, [...] cold)} in list order,
          vm_stat (pages free as /proc/zoneinfo shows it), counters (the
          other 13 zone counters);
        @block_types: {pfn >> PAGEBLOCK_ORDER: migratetype} for every
        pageblock of every populated zone;
        @vm_events: {name: value} for pgalloc_* and pgfree;
        @vmstat_lines: [(name, value)] of /proc/vmstat after boot (the
        counters the model does not follow are printed from it)."""
        self.ncpus = ncpus
        self.cpu = 0
        self.memalloc = False
        self.zones = [Zone(i, z["start_pfn"], z["spanned"], z["present"])
                      for i, z in enumerate(zones)]
        total = sum(z.present for z in self.zones)
        # build_all_zonelists: grouping needs room for a block of each type
        computed = total < PAGEBLOCK_NR_PAGES * MIGRATE_TYPES
        self.mobility_disabled = (computed if mobility_disabled is None
                                  else mobility_disabled)
        self.vm_total_pages = total
        self.block_type = dict(block_types)
        self._setup_zones()
        for zone, z in zip(self.zones, zones):
            if not zone.populated:
                continue
            for (order, mt), pfns in sorted(z["free_lists"].items()):
                for pfn in pfns:
                    zone.free[order][mt].add_tail(pfn)
                    zone.buddy[pfn] = order
                    zone.on_list[pfn] = mt
                    zone.nr_free[order] += 1
            for cpu, lists in z.get("pcp", {}).items():
                for cold, pages in enumerate(lists):
                    pcp = zone.pcp[cpu][cold]
                    for pfn, private in pages:
                        pcp.list.add_tail(pfn)
                        zone.private[pfn] = private
                        pcp.count += 1
            zone.vm_stat = z["vm_stat"]
            zone.counters = list(z.get("counters", zone.counters))
        self.global_free = sum(z.vm_stat for z in self.zones)
        self.events = {name: vm_events.get(name, 0)
                       for name in PGALLOC_EVENTS + ["pgfree"]}
        self.vmstat_lines = list(vmstat_lines)
        self.coverage = {}
        self.kswapd_sleeping = True
        self.kswapd_max_order = 0
        self.kswapd_woken = []      # (zone name, order) of each wake-up

    # ---- set-up ----------------------------------------------------------
    def _zonelist(self, highest):
        """Populated zones from @highest down to DMA (build_zonelists)."""
        return [z for z in reversed(self.zones[:highest + 1]) if z.populated]

    def _setup_zones(self):
        zones = self.zones
        # init_per_zone_pages_min: the lowmem size as nr_free_buffer_pages
        # saw it (pages_high still 0), in kB
        lowmem_kbytes = sum(z.present for z in self._zonelist(ZONE_NORMAL)) \
            * 4
        mfk = isqrt(lowmem_kbytes * 16)
        mfk = min(max(mfk, 128), 65536)
        self.min_free_kbytes = mfk
        pages_min = mfk >> (PAGE_SHIFT - 10)
        lowmem_pages = sum(z.present for z in zones
                           if z.idx != ZONE_HIGHMEM)
        for z in zones:
            tmp = pages_min * z.present // lowmem_pages
            if z.idx == ZONE_HIGHMEM:
                z.pages_min = min(max(z.present // 1024, SWAP_CLUSTER_MAX),
                                  128)
            else:
                z.pages_min = tmp
            z.pages_low = z.pages_min + (tmp >> 2)
            z.pages_high = z.pages_min + (tmp >> 1)
        # setup_per_zone_lowmem_reserve
        for j in range(MAX_NR_ZONES):
            present = zones[j].present
            zones[j].lowmem_reserve[j] = 0
            for idx in range(j - 1, -1, -1):
                zones[idx].lowmem_reserve[j] = (present //
                                                LOWMEM_RESERVE_RATIO[idx])
                present += zones[idx].present
        for z in zones:
            # zone_batchsize + setup_pageset
            batch = z.present // 1024
            if batch * 4096 > 512 * 1024:
                batch = (512 * 1024) // 4096
            batch //= 4
            if batch < 1:
                batch = 1
            batch = (1 << (fls(batch + batch // 2) - 1)) - 1
            z.pcp = [[PerCpuPages(6 * batch, max(1, batch)),
                      PerCpuPages(2 * batch, max(1, batch // 2))]
                     for _ in range(self.ncpus)]
            # calculate_threshold
            mem = z.present >> (27 - PAGE_SHIFT)
            z.stat_threshold = min(125, 2 * fls(self.ncpus) * (1 + fls(mem)))
            z.diff = [0] * self.ncpus

    # ---- helpers ---------------------------------------------------------
    def _count(self, what):
        self.coverage[what] = self.coverage.get(what, 0) + 1

    def zone_of(self, pfn):
        for z in self.zones:
            if z.populated and z.holds(pfn):
                return z
        raise ValueError("pfn %d is in no zone" % pfn)

    def get_pageblock_migratetype(self, pfn):
        if self.mobility_disabled:
            return UNMOVABLE
        return self.block_type[pfn >> PAGEBLOCK_ORDER]

    def set_pageblock_migratetype(self, pfn, mt):
        self.block_type[pfn >> PAGEBLOCK_ORDER] = mt

    def allocflags_to_migratetype(self, gfp):
        if self.mobility_disabled:
            return UNMOVABLE
        return (int(bool(gfp & G["__GFP_MOVABLE"])) << 1) | \
            int(bool(gfp & G["__GFP_RECLAIMABLE"]))

    @staticmethod
    def gfp_zone(gfp):
        if gfp & G["__GFP_DMA"]:
            return ZONE_DMA
        if gfp & (G["__GFP_HIGHMEM"] | G["__GFP_MOVABLE"]) == \
                (G["__GFP_HIGHMEM"] | G["__GFP_MOVABLE"]):
            return ZONE_MOVABLE
        if gfp & G["__GFP_HIGHMEM"]:
            return ZONE_HIGHMEM
        return ZONE_NORMAL

    def _mod_free(self, zone, delta):
        """__mod_zone_page_state(zone, NR_FREE_PAGES, delta) on self.cpu."""
        x = delta + zone.diff[self.cpu]
        t = zone.stat_threshold
        if x > t or x < -t:
            self._count("NR_FREE_PAGES delta folded past the threshold")
            zone.vm_stat += x
            self.global_free += x
            x = 0
        zone.diff[self.cpu] = x

    @staticmethod
    def zone_page_state(zone):
        return max(zone.vm_stat, 0)

    # ---- the buddy lists -------------------------------------------------
    def _list_del(self, zone, pfn):
        """Take a free block's head off its list (PG_buddy cleared)."""
        order = zone.buddy.pop(pfn)
        zone.free[order][zone.on_list.pop(pfn)].remove(pfn)
        return order

    def _list_add(self, zone, pfn, order, mt):
        zone.free[order][mt].add_head(pfn)
        zone.buddy[pfn] = order
        zone.on_list[pfn] = mt

    def _expand(self, zone, pfn, low, high, mt):
        size = 1 << high
        while high > low:
            high -= 1
            size >>= 1
            self._list_add(zone, pfn + size, high, mt)
            zone.nr_free[high] += 1

    def _rmqueue_smallest(self, zone, order, mt):
        for current in range(order, MAX_ORDER):
            lst = zone.free[current][mt]
            if not lst.n:
                continue
            pfn = lst.first()
            self._list_del(zone, pfn)
            zone.nr_free[current] -= 1
            self._mod_free(zone, -(1 << order))
            self._expand(zone, pfn, order, current, mt)
            return pfn
        return None

    def _move_freepages(self, zone, start, end, mt):
        moved = 0
        pfn = start
        while pfn <= end:
            order = zone.buddy.get(pfn)
            if order is None:
                pfn += 1
                continue
            zone.free[order][zone.on_list[pfn]].remove(pfn)
            zone.free[order][mt].add_head(pfn)
            zone.on_list[pfn] = mt
            pfn += 1 << order
            moved += 1 << order
        return moved

    def _move_freepages_block(self, zone, pfn, mt):
        start = pfn & ~(PAGEBLOCK_NR_PAGES - 1)
        end = start + PAGEBLOCK_NR_PAGES - 1
        first = start
        if start < zone.start_pfn:
            first = pfn
        if end >= zone.start_pfn + zone.spanned:
            self._count("steal in a pageblock past the zone's end")
            return 0
        return self._move_freepages(zone, first, end, mt)

    def _rmqueue_fallback(self, zone, order, start_mt):
        for current in range(MAX_ORDER - 1, order - 1, -1):
            candidates = [t for t in FALLBACKS[start_mt] if t != RESERVE and
                          zone.free[current][t].n]
            if len(candidates) > 1:
                self._count("fallback with a choice of lists, for %s" %
                            MIGRATETYPE_NAMES[start_mt])
            for mt in FALLBACKS[start_mt]:
                if mt == RESERVE:
                    continue
                lst = zone.free[current][mt]
                if not lst.n:
                    continue
                pfn = lst.first()
                zone.nr_free[current] -= 1
                self._count("fallback")
                if current >= (PAGEBLOCK_ORDER >> 1) or \
                        start_mt == RECLAIMABLE:
                    moved = self._move_freepages_block(zone, pfn, start_mt)
                    self._count("steal")
                    if moved == 1 << (PAGEBLOCK_ORDER - 1) and \
                            self.get_pageblock_migratetype(pfn) != start_mt:
                        self._count("steal of exactly half a block claims it")
                    if moved >= 1 << (PAGEBLOCK_ORDER - 1):
                        self.set_pageblock_migratetype(pfn, start_mt)
                    mt = start_mt
                self._list_del(zone, pfn)
                self._mod_free(zone, -(1 << order))
                if current == PAGEBLOCK_ORDER:
                    self.set_pageblock_migratetype(pfn, start_mt)
                self._expand(zone, pfn, order, current, mt)
                return pfn
        page = self._rmqueue_smallest(zone, order, RESERVE)
        if page is not None:
            self._count("reserve used")
        return page

    def _rmqueue(self, zone, order, mt):
        pfn = self._rmqueue_smallest(zone, order, mt)
        if pfn is None:
            pfn = self._rmqueue_fallback(zone, order, mt)
        return pfn

    def _rmqueue_bulk(self, zone, order, count, lst, mt):
        at = -1
        got = 0
        while got < count:
            pfn = self._rmqueue(zone, order, mt)
            if pfn is None:
                break
            lst.insert_after(at, pfn)
            zone.private[pfn] = mt
            at = pfn
            got += 1
        return got

    # ---- allocation ------------------------------------------------------
    def zone_watermark_ok(self, z, order, mark, classzone_idx, alloc_flags):
        low = mark
        free_pages = self.zone_page_state(z) - (1 << order) + 1
        if alloc_flags & ALLOC_HIGH:
            low -= low // 2
        if alloc_flags & ALLOC_HARDER:
            low -= low // 4
        # a long against an unsigned long sum: compared as unsigned (i386)
        limit = low + z.lowmem_reserve[classzone_idx]
        if (free_pages & U32) == (limit & U32):
            self._count("watermark: free == min + lowmem_reserve")
        if (free_pages & U32) <= (limit & U32):
            return False
        for o in range(order):
            free_pages -= z.nr_free[o] << o
            low >>= 1
            if free_pages == low:
                self._count("watermark: free == min at a lower order")
            if free_pages <= low:
                return False
        return True

    def _buffered_rmqueue(self, zone, order, gfp):
        cold = 1 if gfp & G["__GFP_COLD"] else 0
        mt = self.allocflags_to_migratetype(gfp)
        if order == 0:
            pcp = zone.pcp[self.cpu][cold]
            if not pcp.count:
                pcp.count = self._rmqueue_bulk(zone, 0, pcp.batch, pcp.list,
                                               mt)
                if not pcp.count:
                    return None
            page = None
            for pfn in pcp.list:
                if zone.private[pfn] == mt:
                    page = pfn
                    break
            if page is None:
                self._count("pcp: no page of the type, second refill")
                pcp.count += self._rmqueue_bulk(zone, 0, pcp.batch,
                                                pcp.list, mt)
                page = pcp.list.first()
            pcp.list.remove(page)
            del zone.private[page]
            pcp.count -= 1
        else:
            page = self._rmqueue(zone, order, mt)
            if page is None:
                return None
        self.events[PGALLOC_EVENTS[zone.idx]] += 1 << order
        return page

    def _mark(self, zone, alloc_flags):
        if alloc_flags & ALLOC_WMARK_MIN:
            return zone.pages_min
        if alloc_flags & ALLOC_WMARK_LOW:
            return zone.pages_low
        return zone.pages_high

    def _get_page_from_freelist(self, gfp, order, zonelist, alloc_flags):
        classzone_idx = zonelist[0].idx
        for zone in zonelist:
            if not alloc_flags & ALLOC_NO_WATERMARKS:
                if not self.zone_watermark_ok(zone, order,
                                              self._mark(zone, alloc_flags),
                                              classzone_idx, alloc_flags):
                    continue    # zone_reclaim_mode is 0
            page = self._buffered_rmqueue(zone, order, gfp)
            if page is not None:
                return page, zone
        return None

    def _slow_flags(self, gfp):
        wait = gfp & G["__GFP_WAIT"]
        flags = ALLOC_WMARK_MIN
        if not wait:
            flags |= ALLOC_HARDER
        if gfp & G["__GFP_HIGH"]:
            flags |= ALLOC_HIGH
        if wait:
            flags |= ALLOC_CPUSET
        return flags

    def _wakeup_kswapd(self, zone, order):
        """Wake kswapd when the zone is below pages_low for this order and
        kswapd sleeps.  mm24 has no kswapd thread that would run and go
        back to sleep: once woken it stays awake, so the wake-up happens
        (and is logged) once per boot."""
        if self.zone_watermark_ok(zone, order, zone.pages_low, 0, 0):
            return
        self.kswapd_max_order = max(self.kswapd_max_order, order)
        if not self.kswapd_sleeping:
            return
        self.kswapd_sleeping = False
        self.kswapd_woken.append((zone.name, order))
        self._count("kswapd woken")

    def alloc_pages(self, gfp, order):
        """alloc_pages(gfp, order) on self.cpu: (pfn, zone name) or None."""
        if order >= MAX_ORDER:
            return None
        zonelist = self._zonelist(self.gfp_zone(gfp))
        if not zonelist:
            return None
        got = self._get_page_from_freelist(gfp | G["__GFP_HARDWALL"], order,
                                           zonelist,
                                           ALLOC_WMARK_LOW | ALLOC_CPUSET)
        if got is None:
            self._count("slow path, zonelist from %s" % zonelist[0].name)
            for zone in zonelist:
                self._wakeup_kswapd(zone, order)
            got = self._get_page_from_freelist(gfp, order, zonelist,
                                               self._slow_flags(gfp))
            if got is not None:
                self._count("slow path: ALLOC_WMARK_MIN succeeds in %s" %
                            got[1].name)
        if got is None and self.memalloc:
            if not gfp & G["__GFP_NOMEMALLOC"]:
                got = self._get_page_from_freelist(gfp, order, zonelist,
                                                   ALLOC_NO_WATERMARKS)
                if got is None and gfp & G["__GFP_NOFAIL"]:
                    raise NeedsReclaim("__GFP_NOFAIL loops for ever")
                if got is not None:
                    self._count("ALLOC_NO_WATERMARKS succeeds")
            if got is None:
                self._count("failure")
            return None if got is None else (got[0], got[1].name)
        if got is None and gfp & G["__GFP_WAIT"]:
            raise NeedsReclaim("would enter try_to_free_pages")
        if got is None:
            self._count("failure")
            return None
        return got[0], got[1].name

    def predict(self, gfp, order):
        """Without changing anything: 'fast', 'min', 'nowmark', 'fail' or
        'reclaim' (what alloc_pages would reach)."""
        zonelist = self._zonelist(self.gfp_zone(gfp))
        if order >= MAX_ORDER or not zonelist:
            return "fail"
        saved = self.coverage
        self.coverage = {}
        try:
            if self._can_get(gfp, order, zonelist,
                             ALLOC_WMARK_LOW | ALLOC_CPUSET):
                return "fast"
            if self._can_get(gfp, order, zonelist, self._slow_flags(gfp)):
                return "min"
            if self.memalloc:
                if not gfp & G["__GFP_NOMEMALLOC"] and \
                        self._can_get(gfp, order, zonelist,
                                      ALLOC_NO_WATERMARKS):
                    return "nowmark"
                return "fail"
            return "reclaim" if gfp & G["__GFP_WAIT"] else "fail"
        finally:
            self.coverage = saved

    def _can_get(self, gfp, order, zonelist, alloc_flags):
        classzone_idx = zonelist[0].idx
        for zone in zonelist:
            if not alloc_flags & ALLOC_NO_WATERMARKS and \
                    not self.zone_watermark_ok(zone, order,
                                               self._mark(zone, alloc_flags),
                                               classzone_idx, alloc_flags):
                continue
            if order == 0 and \
                    zone.pcp[self.cpu][1 if gfp & G["__GFP_COLD"] else 0].count:
                return True
            # __rmqueue falls back on every type but MIGRATE_ISOLATE
            if any(zone.free[o][t].n for o in range(order, MAX_ORDER)
                   for t in (UNMOVABLE, RECLAIMABLE, MOVABLE, RESERVE)):
                return True
        return False

    # ---- freeing ---------------------------------------------------------
    def _free_one_page(self, zone, pfn, order):
        mt = self.get_pageblock_migratetype(pfn)
        self._mod_free(zone, 1 << order)
        while order < MAX_ORDER - 1:
            buddy = pfn ^ (1 << order)
            if zone.buddy.get(buddy) != order:
                break
            self._list_del(zone, buddy)
            zone.nr_free[order] -= 1
            pfn &= ~(1 << order)
            order += 1
        self._list_add(zone, pfn, order, mt)
        zone.nr_free[order] += 1

    def _free_pages_bulk(self, zone, count, lst):
        for _ in range(count):
            pfn = lst.last()
            lst.remove(pfn)
            del zone.private[pfn]
            self._free_one_page(zone, pfn, 0)

    def _free_hot_cold_page(self, pfn, cold):
        zone = self.zone_of(pfn)
        pcp = zone.pcp[self.cpu][cold]
        self.events["pgfree"] += 1
        pcp.list.add_head(pfn)
        zone.private[pfn] = self.get_pageblock_migratetype(pfn)
        pcp.count += 1
        if pcp.count >= pcp.high:
            self._count("pcp: over high, free a batch")
            self._free_pages_bulk(zone, pcp.batch, pcp.list)
            pcp.count -= pcp.batch

    def free_pages(self, pfn, order):
        """__free_pages(pfn_to_page(pfn), order) of the last reference."""
        if order == 0:
            self._free_hot_cold_page(pfn, 0)
        else:
            self.events["pgfree"] += 1 << order
            self._free_one_page(self.zone_of(pfn), pfn, order)

    def _drain_pages(self, cpu):
        for zone in self.zones:
            if not zone.populated:
                continue
            for pcp in zone.pcp[cpu]:
                self._free_pages_bulk(zone, pcp.count, pcp.list)
                pcp.count = 0

    def drain_local_pages(self):
        self._drain_pages(self.cpu)

    def drain_all_local_pages(self):
        """This CPU first, then each other CPU in turn, each running it."""
        me = self.cpu
        self._drain_pages(me)
        for cpu in range(self.ncpus):
            if cpu == me:
                continue
            self.cpu = cpu
            self._drain_pages(cpu)
        self.cpu = me

    def set_cpu(self, cpu):
        if not 0 <= cpu < self.ncpus:
            raise ValueError("cpu %d is not online" % cpu)
        self.cpu = cpu

    def set_memalloc(self, on):
        self.memalloc = bool(on)

    def tick(self, seconds=1):
        """vmstat_update on every CPU: fold each per-cpu delta."""
        for _ in range(seconds):
            for cpu in range(self.ncpus):
                for zone in self.zones:
                    if zone.populated and zone.diff[cpu]:
                        zone.vm_stat += zone.diff[cpu]
                        self.global_free += zone.diff[cpu]
                        zone.diff[cpu] = 0

    # ---- invariants the model keeps (a check of the model itself) ---------
    def self_check(self):
        for zone in self.zones:
            if not zone.populated:
                continue
            total = 0
            for order in range(MAX_ORDER):
                n = sum(zone.free[order][t].n for t in range(MIGRATE_TYPES))
                assert n == zone.nr_free[order], (zone.name, order)
                total += n << order
            assert len(zone.buddy) == sum(zone.nr_free)
            assert zone.vm_stat + sum(zone.diff) == total, zone.name
            for pcps in zone.pcp:
                for pcp in pcps:
                    assert pcp.count == len(pcp.list)

    # ---- /proc -----------------------------------------------------------
    def populated_zones(self):
        return [z for z in self.zones if z.populated]

    def render_buddyinfo(self):
        out = []
        for z in self.populated_zones():
            out.append("Node 0, zone %8s " % z.name +
                       "".join("%6d " % n for n in z.nr_free) + "\n")
        return "".join(out)

    def block_counts(self, zone):
        counts = [0] * MIGRATE_TYPES
        first = zone.start_pfn
        for pfn in range(first, first + zone.spanned, PAGEBLOCK_NR_PAGES):
            counts[self.get_pageblock_migratetype(pfn)] += 1
        return counts

    def render_pagetypeinfo(self):
        out = ["Page block order: %d\n" % PAGEBLOCK_ORDER,
               "Pages per block:  %d\n" % PAGEBLOCK_NR_PAGES, "\n",
               "%-43s " % "Free pages count per migrate type at order",
               "".join("%6d " % o for o in range(MAX_ORDER)), "\n"]
        for z in self.populated_zones():
            for mt in range(MIGRATE_TYPES):
                out.append("Node %4d, zone %8s, type %12s " %
                           (0, z.name, MIGRATETYPE_NAMES[mt]))
                out.append("".join("%6d " % z.free[o][mt].n
                                   for o in range(MAX_ORDER)))
                out.append("\n")
        out.append("\n%-23s" % "Number of blocks type ")
        out.append("".join("%12s " % n for n in MIGRATETYPE_NAMES) + "\n")
        for z in self.populated_zones():
            out.append("Node %d, zone %8s " % (0, z.name) +
                       "".join("%12d " % c for c in self.block_counts(z)) +
                       "\n")
        return "".join(out)

    def render_zoneinfo(self):
        out = []
        for z in self.populated_zones():
            free = self.zone_page_state(z)
            out.append("Node %d, zone %8s" % (0, z.name))
            out.append("\n  pages free     %d"
                       "\n        min      %d"
                       "\n        low      %d"
                       "\n        high     %d"
                       "\n        scanned  %d (a: %d i: %d)"
                       "\n        spanned  %d"
                       "\n        present  %d" %
                       (free, z.pages_min, z.pages_low, z.pages_high, 0, 0, 0,
                        z.spanned, z.present))
            values = [free] + z.counters[1:]
            for name, value in zip(ZONE_COUNTERS, values):
                out.append("\n    %-12s %d" % (name, value))
            out.append("\n        protection: (%s)" %
                       ", ".join("%d" % r for r in z.lowmem_reserve))
            out.append("\n  pagesets")
            for cpu in range(self.ncpus):
                for j, pcp in enumerate(z.pcp[cpu]):
                    out.append("\n    cpu: %d pcp: %d"
                               "\n              count: %d"
                               "\n              high:  %d"
                               "\n              batch: %d" %
                               (cpu, j, pcp.count, pcp.high, pcp.batch))
                out.append("\n  vm stats threshold: %d" % z.stat_threshold)
            out.append("\n  all_unreclaimable: %d"
                       "\n  prev_priority:     %d"
                       "\n  start_pfn:         %d\n" %
                       (0, DEF_PRIORITY, z.start_pfn))
        return "".join(out)

    def render_vmstat(self):
        out = []
        for name, value in self.vmstat_lines:
            if name == "nr_free_pages":
                value = max(self.global_free, 0)
            elif name in self.events:
                value = self.events[name]
            out.append("%s %d\n" % (name, value))
        return "".join(out)

    def render(self, path):
        return {
            "/proc/buddyinfo": self.render_buddyinfo,
            "/proc/pagetypeinfo": self.render_pagetypeinfo,
            "/proc/zoneinfo": self.render_zoneinfo,
            "/proc/vmstat": self.render_vmstat,
        }[path]()

    @staticmethod
    def address(pfn):
        """The kernel virtual address mm24 prints for a lowmem frame."""
        return PAGE_OFFSET + (pfn << PAGE_SHIFT)
