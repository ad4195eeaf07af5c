/**
 * @file
 * @brief \~english Zones at boot, zonelists, watermarks and lowmem_reserve.
 *        \~chinese 启动时建立管理区、zonelist、水位线与 lowmem_reserve。 \~
 *
 * page_alloc.c (zone unit) - nodes and zones at boot, zonelists and
 * watermarks (the zone parts of mm/page_alloc.c).
 *
 * Boot path (free_area_init_nodes):
 *  1. zone boundaries: each zone starts where the one below ends; print
 *     "Zone PFN ranges:" and the early_node_map[];
 *  2. per node: spanned/present pages, mem_map from bootmem;
 *  3. per zone (free_area_init_core): present = spanned - holes -
 *     memmap pages (- dma_reserve in zone 0); per-cpu pagesets with a
 *     batch of about 1/4096 of the zone; pageblock bitmap and wait table
 *     from bootmem; struct pages; empty free lists.
 * Then build_all_zonelists(): zonelist i = zones i, i-1, ..., 0 that have
 * pages.  After mem_init(), init_per_zone_pages_min():
 *   min_free_kbytes = sqrt(16 * lowmem_kbytes), clamped to 128..65536
 *   pages_min  = min_free_kbytes/4 * present / lowmem_present
 *                (highmem: present/1024 clamped to 32..128)
 *   pages_low  = pages_min + tmp/4,   pages_high = pages_min + tmp/2
 *   lowmem_reserve[j] of zone i<j = present(i+1..j) / ratio[i]
 *   ratio = { 256, 32, 32 }.
 */
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/lib.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <mm/internal.h>

#define MAX_ACTIVE_REGIONS	256
#define SWAP_CLUSTER_MAX	32
#define DEF_PRIORITY		12
#define PAGES_PER_WAITQUEUE	256

struct node_active_region {
	unsigned long start_pfn;
	unsigned long end_pfn;
	int nid;
};

static struct node_active_region early_node_map[MAX_ACTIVE_REGIONS];
static int nr_nodemap_entries;
static unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
static unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
static unsigned long zone_movable_pfn[1];
static unsigned long dma_reserve;
static unsigned long nr_kernel_pages, nr_all_pages;

int movable_zone;
unsigned long totalreserve_pages;
static unsigned long vm_total_pages;

/**
 * @brief \~english Divisors of lowmem_reserve: 256 for DMA, 32 for Normal and HighMem.
 *        \~chinese lowmem_reserve 的除数：DMA 为 256，Normal 与 HighMem 为 32。 \~
 * @kernel{mm/page_alloc.c,89}
 * @seenotes{chapter-zone,zone-lowmem-reserve}
 */
int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES - 1] = { 256, 32, 32 };
/**
 * @brief \~english Free lowmem kept back for emergencies, in kB (recomputed at boot).
 *        \~chinese 为紧急情况保留的空闲低端内存（KB，启动时重新计算）。 \~
 * @kernel{mm/page_alloc.c,118}
 * @seenotes{chapter-zone,zone-watermarks}
 */
int min_free_kbytes = 1024;

const char * const zone_names[MAX_NR_ZONES] = {
	"DMA", "Normal", "HighMem", "Movable",
};

/**
 * @brief \~english Register [start_pfn, end_pfn) as RAM of node @p nid.
 *        \~chinese 把 [start_pfn, end_pfn) 登记为节点 nid 的可用内存区间。 \~
 * @param nid the node
 * @param start_pfn first frame
 * @param end_pfn first frame past the range
 * @kernel{mm/page_alloc.c,3494}
 * @seenotes{chapter-zone,zone-init}
 */
void add_active_range(unsigned int nid, unsigned long start_pfn,
		      unsigned long end_pfn)
{
	struct node_active_region *r = early_node_map;
	int used = nr_nodemap_entries;
	int n;

	printk(KERN_DEBUG "Entering add_active_range(%d, %lu, %lu) "
	       "%d entries of %d used\n", nid, start_pfn, end_pfn, used,
	       MAX_ACTIVE_REGIONS);
	/* r walks along with n: when the loop ends, r is the free slot */
	for (n = 0; n < used; n++, r++) {
		if (r->nid != (int)nid)
			continue;
		if (start_pfn >= r->start_pfn && end_pfn <= r->end_pfn)
			return;			/* already covered */
		if (start_pfn <= r->end_pfn && end_pfn > r->end_pfn) {
			r->end_pfn = end_pfn;	/* grow forwards */
			return;
		}
		if (start_pfn < r->end_pfn && end_pfn >= r->start_pfn) {
			r->start_pfn = start_pfn;	/* grow backwards */
			return;
		}
	}
	if (n >= MAX_ACTIVE_REGIONS) {
		printk(KERN_CRIT "More than %d memory regions, truncating\n",
		       MAX_ACTIVE_REGIONS);
		return;
	}
	r->nid = (int)nid;
	r->start_pfn = start_pfn;
	r->end_pfn = end_pfn;
	nr_nodemap_entries = n + 1;
}

/* Insertion sort by start pfn: the map has a handful of entries. */
static void sort_node_map(void)
{
	int i, j;

	for (i = 1; i < nr_nodemap_entries; i++) {
		struct node_active_region r = early_node_map[i];

		for (j = i; j > 0 && early_node_map[j - 1].start_pfn > r.start_pfn; j--)
			early_node_map[j] = early_node_map[j - 1];
		early_node_map[j] = r;
	}
}

static unsigned long find_min_pfn_for_node(unsigned long nid)
{
	unsigned long lowest = ~0UL;
	int i;

	for (i = 0; i < nr_nodemap_entries; i++)
		if (nid == MAX_NUMNODES || early_node_map[i].nid == (int)nid)
			lowest = min(lowest, early_node_map[i].start_pfn);
	/* still the start value: the node has no range at all */
	if (lowest == ~0UL) {
		printk(KERN_WARNING "Could not find start_pfn for node %lu\n", nid);
		return 0;
	}
	return lowest;
}

/* MAX_NUMNODES stands for "any node". */
#define find_min_pfn_with_active_regions() \
	find_min_pfn_for_node(MAX_NUMNODES)

static void get_pfn_range_for_nid(unsigned int nid, unsigned long *start_pfn,
				  unsigned long *end_pfn)
{
	int i;

	*start_pfn = ~0UL;
	*end_pfn = 0;
	for (i = 0; i < nr_nodemap_entries; i++) {
		if (early_node_map[i].nid != (int)nid)
			continue;
		if (early_node_map[i].start_pfn < *start_pfn)
			*start_pfn = early_node_map[i].start_pfn;
		if (early_node_map[i].end_pfn > *end_pfn)
			*end_pfn = early_node_map[i].end_pfn;
	}
	if (*start_pfn == ~0UL)
		*start_pfn = 0;
}

/**
 * @brief \~english Frames zone @p zone_type spans on node @p nid.
 *        \~chinese 计算管理区在节点上跨越的页框数（含空洞）。 \~
 * @param nid the node
 * @param zone_type the zone
 * @return spanned frames
 * @kernel{mm/page_alloc.c,3092}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english kernelcore=/movablecore= are not offered: ZONE_MOVABLE
 *         is always empty, as on a 2.6.24 boot without them.
 *         \~chinese 不提供 kernelcore=/movablecore= 参数：ZONE_MOVABLE 总为空，与不带
 *         这些参数启动的 2.6.24 一致。 \~
 */
static unsigned long zone_spanned_pages_in_node(int nid,
						unsigned long zone_type)
{
	unsigned long node_start, node_end, zone_start, zone_end;

	get_pfn_range_for_nid((unsigned)nid, &node_start, &node_end);
	zone_start = arch_zone_lowest_possible_pfn[zone_type];
	zone_end = arch_zone_highest_possible_pfn[zone_type];
	if (zone_end < node_start || zone_start > node_end)
		return 0;
	zone_end = min(zone_end, node_end);
	zone_start = max(zone_start, node_start);
	return zone_end - zone_start;
}

/**
 * @brief \~english Frames of [start, end) not covered by node @p nid's RAM.
 *        \~chinese 计算 [start, end) 中不属于节点 nid 内存区间的页框数（空洞）。 \~
 * @param nid the node
 * @param range_start_pfn first frame
 * @param range_end_pfn end frame
 * @return frames in holes
 * @kernel{mm/page_alloc.c,3123}
 * @seenotes{chapter-zone,zone-init}
 */
static unsigned long __absent_pages_in_range(int nid,
					     unsigned long range_start_pfn,
					     unsigned long range_end_pfn)
{
	unsigned long prev_end, holes = 0;
	int i, first = -1;

	for (i = 0; i < nr_nodemap_entries; i++)
		if (early_node_map[i].nid == nid) {
			first = i;
			break;
		}
	if (first < 0)
		return 0;
	prev_end = min(early_node_map[first].start_pfn, range_end_pfn);
	if (early_node_map[first].start_pfn > range_start_pfn)
		holes = prev_end - range_start_pfn;
	for (i = first; i < nr_nodemap_entries; i++) {
		unsigned long start;

		if (early_node_map[i].nid != nid)
			continue;
		if (prev_end >= range_end_pfn)
			break;
		start = min(early_node_map[i].start_pfn, range_end_pfn);
		prev_end = max(prev_end, range_start_pfn);
		if (start > range_start_pfn) {
			BUG_ON(prev_end > start);
			holes += start - prev_end;
		}
		prev_end = early_node_map[i].end_pfn;
	}
	if (range_end_pfn > prev_end)
		holes += range_end_pfn - max(range_start_pfn, prev_end);
	return holes;
}

static unsigned long zone_absent_pages_in_node(int nid,
					       unsigned long zone_type)
{
	unsigned long node_start, node_end, zone_start, zone_end;

	get_pfn_range_for_nid((unsigned)nid, &node_start, &node_end);
	zone_start = max(arch_zone_lowest_possible_pfn[zone_type], node_start);
	zone_end = min(arch_zone_highest_possible_pfn[zone_type], node_end);
	if (zone_end <= zone_start)
		return 0;
	return __absent_pages_in_range(nid, zone_start, zone_end);
}

/**
 * @brief \~english Count the node's spanned and present frames.
 *        \~chinese 统计节点跨越的页框数与实际存在的页框数。 \~
 * @param pgdat the node
 * @kernel{mm/page_alloc.c,3222}
 * @seenotes{chapter-zone,zone-init}
 */
static void calculate_node_totalpages(struct pglist_data *pgdat)
{
	unsigned long total = 0, real;
	int i;

	for (i = 0; i < MAX_NR_ZONES; i++)
		total += zone_spanned_pages_in_node(pgdat->node_id,
						    (unsigned long)i);
	pgdat->node_spanned_pages = total;
	real = total;
	for (i = 0; i < MAX_NR_ZONES; i++)
		real -= zone_absent_pages_in_node(pgdat->node_id,
						  (unsigned long)i);
	pgdat->node_present_pages = real;
	printk(KERN_DEBUG "On node %d totalpages: %lu\n", pgdat->node_id, real);
}

/* Bytes of pageblock bitmap for @zonesize frames, in whole i386 longs. */
static unsigned long usemap_size(unsigned long zonesize)
{
	unsigned long bits;

	bits = (roundup(zonesize, pageblock_nr_pages) >> pageblock_order) *
	       NR_PAGEBLOCK_BITS;
	return roundup(bits, 8UL * 4) / 8;
}

static void setup_usemap(struct pglist_data *pgdat, struct zone *zone,
			 unsigned long zonesize)
{
	unsigned long size = usemap_size(zonesize);

	zone->pageblock_flags = NULL;
	if (size)
		zone->pageblock_flags = alloc_bootmem_node(pgdat, size);
}

/* pages / 256 rounded up to a power of two, between 4 and 4096. */
static unsigned long wait_table_hash_nr_entries(unsigned long pages)
{
	unsigned long want = pages / PAGES_PER_WAITQUEUE;
	unsigned long entries = 1;

	while (entries < want)
		entries <<= 1;
	/* a few thousand heads are plenty however many waiters there are */
	entries = min(entries, 4096UL);
	return max(entries, 4UL);
}

/**
 * @brief \~english Allocate the zone's page wait-queue hash from bootmem.
 *        \~chinese 从引导内存为管理区分配页等待队列散列表。 \~
 * @param zone the zone
 * @param zone_size_pages its spanned frames
 * @return 0
 * @kernel{mm/page_alloc.c,2757}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english A wait_queue_head_t is 24 bytes on the host, 12 on i386.
 *         \~chinese 宿主机上 wait_queue_head_t 占 24 字节，i386 上是 12 字节。 \~
 */
static int zone_wait_table_init(struct zone *zone,
				unsigned long zone_size_pages)
{
	unsigned long entries, n;

	entries = wait_table_hash_nr_entries(zone_size_pages);
	zone->wait_table_hash_nr_entries = entries;
	/* entries is a power of two: its bit number is the hash width */
	zone->wait_table_bits = (unsigned long)ffs((int)entries) - 1;
	zone->wait_table = alloc_bootmem_node(zone->zone_pgdat,
					      entries * sizeof(wait_queue_head_t));
	for (n = 0; n < entries; n++)
		init_waitqueue_head(&zone->wait_table[n]);
	return 0;
}

/**
 * @brief \~english Empty every free list of the zone.
 *        \~chinese 把管理区的所有空闲链表置空。 \~
 * @param pgdat the node
 * @param zone the zone
 * @param size its spanned frames
 * @kernel{mm/page_alloc.c,2554}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
static void zone_init_free_lists(struct pglist_data *pgdat, struct zone *zone,
				 unsigned long size)
{
	int order, t;

	(void)pgdat;
	(void)size;
	for_each_migratetype_order(order, t) {
		struct free_area *area = &zone->free_area[order];

		INIT_LIST_HEAD(&area->free_list[t]);
		area->nr_free = 0;
	}
}

/**
 * @brief \~english The per-cpu batch: about 1/4096 of the zone, 2^n - 1.
 *        \~chinese 计算每CPU页框高速缓存的批量值：约为管理区大小的 1/4096，取 2^n-1。 \~
 * @param zone the zone
 * @return the batch
 * @kernel{mm/page_alloc.c,2569}
 * @seenotes{chapter-zone,zone-pcp}
 */
static int zone_batchsize(struct zone *zone)
{
	/* a thousandth of the zone, but not above half a megabyte */
	int pages = (int)(zone->present_pages / 1024);

	if ((unsigned long)pages * PAGE_SIZE > 512 * 1024)
		pages = (512 * 1024) / PAGE_SIZE;
	pages /= 4;			/* high is 6 * batch below */
	if (pages < 1)
		pages = 1;
	/* 2^n - 1: a power of two aliases badly in the CPU caches */
	return (1 << (fls(pages + pages / 2) - 1)) - 1;
}

/**
 * @brief \~english Set the hot and cold lists' high marks and batches.
 *        \~chinese 设置热、冷两条每CPU链表的上限（high）和批量（batch）。 \~
 * @param p the pageset
 * @param batch from zone_batchsize()
 * @kernel{mm/page_alloc.c,2601}
 * @seenotes{chapter-zone,zone-pcp}
 */
void setup_pageset(struct per_cpu_pageset *p, unsigned long batch)
{
	struct per_cpu_pages *hot = &p->pcp[0], *cold = &p->pcp[1];

	__builtin_memset(p, 0, sizeof(*p));
	hot->count = 0;
	hot->high = (int)(6 * batch);
	hot->batch = (int)max(1UL, batch);
	INIT_LIST_HEAD(&hot->list);
	cold->count = 0;
	cold->high = (int)(2 * batch);
	cold->batch = (int)max(1UL, batch / 2);
	INIT_LIST_HEAD(&cold->list);
}

/**
 * @brief \~english Set up every CPU's pageset of the zone.
 *        \~chinese 为管理区设置所有 CPU 的每CPU页框高速缓存。 \~
 * @param zone the zone
 * @kernel{mm/page_alloc.c,2799}
 * @seenotes{chapter-zone,zone-pcp}
 */
static void zone_pcp_init(struct zone *zone)
{
	unsigned long batch = (unsigned long)zone_batchsize(zone);
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		setup_pageset(zone_pcp(zone, cpu), batch);
	if (zone->present_pages)
		printk(KERN_DEBUG "  %s zone: %lu pages, LIFO batch:%lu\n",
		       zone->name, zone->present_pages, batch);
}

/**
 * @brief \~english Give a zone its wait table, struct pages and empty lists.
 *        \~chinese 为管理区建立等待队列表、初始化页描述符并清空空闲链表。 \~
 * @param zone the zone
 * @param zone_start_pfn its first frame
 * @param size its spanned frames
 * @param context MEMMAP_EARLY at boot
 * @return 0
 * @kernel{mm/page_alloc.c,2818}
 * @seenotes{chapter-zone,zone-init}
 */
static int init_currently_empty_zone(struct zone *zone,
				     unsigned long zone_start_pfn,
				     unsigned long size,
				     enum memmap_context context)
{
	struct pglist_data *node = zone->zone_pgdat;

	zone_wait_table_init(zone, size);
	/* zones come up in index order: this one is the highest so far */
	node->nr_zones = zone_idx(zone) + 1;
	zone->zone_start_pfn = zone_start_pfn;
	memmap_init_zone(size, node->node_id, (unsigned long)zone_idx(zone),
			 zone_start_pfn, context);
	zone_init_free_lists(node, zone, zone->spanned_pages);
	return 0;
}

/**
 * @brief \~english Fill in every zone of a node.
 *        \~chinese 初始化节点中的每一个管理区。 \~
 * @param pgdat the node
 * @kernel{mm/page_alloc.c,3324}
 * @seenotes{chapter-zone,zone-init}
 */
static void free_area_init_core(struct pglist_data *pgdat)
{
	unsigned long next_pfn = pgdat->node_start_pfn;
	const int node = pgdat->node_id;
	struct zone *z = pgdat->node_zones;
	int type;

	/* no zone is up yet and kswapd has nothing asked of it */
	pgdat->kswapd_max_order = pgdat->nr_zones = 0;
	init_waitqueue_head(&pgdat->kswapd_wait);

	for (type = 0; type < MAX_NR_ZONES; type++, z++) {
		unsigned long spanned, present, map_pages;

		spanned = zone_spanned_pages_in_node(node, (unsigned long)type);
		present = spanned -
			  zone_absent_pages_in_node(node, (unsigned long)type);

		/* the zone's share of mem_map is not free memory */
		map_pages = spanned * sizeof(struct page) / PAGE_SIZE;
		if (present >= map_pages) {
			present -= map_pages;
			printk(KERN_DEBUG "  %s zone: %lu pages used for memmap\n",
			       zone_names[type], map_pages);
		} else {
			printk(KERN_WARNING "  %s zone: %lu pages exceeds "
			       "realsize %lu\n", zone_names[type], map_pages,
			       present);
		}
		/* dma_reserve is taken from the first zone only */
		if (type == 0 && present > dma_reserve) {
			present -= dma_reserve;
			printk(KERN_DEBUG "  %s zone: %lu pages reserved\n",
			       zone_names[0], dma_reserve);
		}
		if (!is_highmem_idx(type))
			nr_kernel_pages += present;
		nr_all_pages += present;

		z->spanned_pages = spanned;
		z->present_pages = present;
		z->name = zone_names[type];
		spin_lock_init(&z->lock);
		spin_lock_init(&z->lru_lock);
		z->zone_pgdat = pgdat;
		z->prev_priority = DEF_PRIORITY;
		zone_pcp_init(z);
		INIT_LIST_HEAD(&z->active_list);
		INIT_LIST_HEAD(&z->inactive_list);
		z->nr_scan_active = z->nr_scan_inactive = 0;
		zap_zone_vm_stats(z);
		z->flags = 0;
		/* an empty zone gets its name and locks, but no memory map */
		if (!spanned)
			continue;
		setup_usemap(pgdat, z, spanned);
		init_currently_empty_zone(z, next_pfn, spanned, MEMMAP_EARLY);
		next_pfn += spanned;
	}
}

/**
 * @brief \~english Size a node, give it a mem_map, set up its zones.
 *        \~chinese 计算节点大小、为其分配 mem_map 并初始化其管理区。 \~
 * @param nid the node
 * @param pgdat its pg_data_t
 * @param node_start_pfn its first frame
 * @kernel{mm/page_alloc.c,3448}
 * @seenotes{chapter-zone,zone-init}
 */
static void free_area_init_node(int nid, struct pglist_data *pgdat,
				unsigned long node_start_pfn)
{
	/* who and where the node is: all the sizing below starts from it */
	pgdat->node_id = nid, pgdat->node_start_pfn = node_start_pfn;
	calculate_node_totalpages(pgdat);
	alloc_node_mem_map(pgdat);
	free_area_init_core(pgdat);
}

/**
 * @brief \~english Set up all nodes and zones from the zone end pfns.
 *        \~chinese 根据各管理区的结束页框号建立所有节点和管理区。 \~
 * @param max_zone_pfn end pfn of each zone type
 * @kernel{mm/page_alloc.c,3839}
 * @seenotes{chapter-zone,zone-init}
 */
void free_area_init_nodes(unsigned long *max_zone_pfn)
{
	unsigned long *lo = arch_zone_lowest_possible_pfn;
	unsigned long *hi = arch_zone_highest_possible_pfn;
	const struct node_active_region *r;
	int t, entries;

	sort_node_map();
	__builtin_memset(lo, 0, sizeof(arch_zone_lowest_possible_pfn));
	__builtin_memset(hi, 0, sizeof(arch_zone_highest_possible_pfn));
	/* zone 0 starts at the first active pfn, each next one where the
	 * previous ended */
	lo[0] = find_min_pfn_with_active_regions();
	hi[0] = max_zone_pfn[0];
	for (t = 1; t < MAX_NR_ZONES; t++) {
		if (t == ZONE_MOVABLE)	/* taken out of the others below */
			continue;
		lo[t] = hi[t - 1];
		hi[t] = max(max_zone_pfn[t], lo[t]);
	}
	lo[ZONE_MOVABLE] = hi[ZONE_MOVABLE] = 0;
	zone_movable_pfn[0] = 0;	/* no kernelcore=: no ZONE_MOVABLE */

	printk("Zone PFN ranges:\n");
	for (t = 0; t < MAX_NR_ZONES; t++) {
		if (t == ZONE_MOVABLE)
			continue;
		printk("  %-8s %8lu -> %8lu\n", zone_names[t], lo[t], hi[t]);
	}
	printk("Movable zone start PFN for each node\n");
	if (zone_movable_pfn[0])
		printk("  Node %d: %lu\n", 0, zone_movable_pfn[0]);
	entries = nr_nodemap_entries;
	printk("early_node_map[%d] active PFN ranges\n", entries);
	for (r = early_node_map; r < early_node_map + entries; r++)
		printk("  %3d: %8lu -> %8lu\n", r->nid, r->start_pfn, r->end_pfn);

	free_area_init_node(0, NODE_DATA(0), find_min_pfn_for_node(0));
}

/**
 * @brief \~english Append the node's populated zones, from @p zone_type down.
 *        \~chinese 把节点中从 zone_type 往下的非空管理区依次加入 zonelist。 \~
 * @param pgdat the node
 * @param zonelist the list being built
 * @param nr_zones entries already in it
 * @param zone_type the highest zone to add
 * @return the new number of entries
 * @kernel{mm/page_alloc.c,1890}
 * @seenotes{chapter-zone,zone-zonelists}
 */
static int build_zonelists_node(pg_data_t *pgdat, struct zonelist *zonelist,
				int nr_zones, enum zone_type zone_type)
{
	struct zone **slot = zonelist->zones + nr_zones;
	int t;

	BUG_ON(MAX_NR_ZONES <= zone_type);
	/* highest first: an allocation falls back to ever lower zones */
	for (t = (int)zone_type; t >= 0; t--) {
		struct zone *candidate = &pgdat->node_zones[t];

		if (populated_zone(candidate))
			*slot++ = candidate;
	}
	return (int)(slot - zonelist->zones);
}

/**
 * @brief \~english Build one zonelist per zone type (!NUMA).
 *        \~chinese 为每种管理区类型建立一条 zonelist（非 NUMA 版本）。 \~
 * @param pgdat the node
 * @kernel{mm/page_alloc.c,2283}
 * @seenotes{chapter-zone,zone-zonelists}
 */
static void build_zonelists(pg_data_t *pgdat)
{
	struct zonelist *list = pgdat->node_zonelists;
	int type;

	/* one list per zone type, each starting from that type */
	for (type = 0; type < MAX_NR_ZONES; type++, list++) {
		int used = build_zonelists_node(pgdat, list, 0,
						(enum zone_type)type);

		list->zones[used] = NULL;	/* single node: nothing more */
		list->zlcache_ptr = NULL;
	}
}

/* Sum of present - pages_high over the zonelist for gfp_zone @offset. */
static unsigned int nr_free_zone_pages(int offset)
{
	struct zonelist *zonelist = NODE_DATA(0)->node_zonelists + offset;
	struct zone **zonep = zonelist->zones, *zone;
	unsigned int sum = 0;

	for (zone = *zonep++; zone; zone = *zonep++)
		if (zone->present_pages > zone->pages_high)
			sum += (unsigned int)(zone->present_pages -
					      zone->pages_high);
	return sum;
}

/**
 * @brief \~english Free-able frames in DMA and Normal (GFP_USER zones).
 *        \~chinese GFP_USER 可用管理区（DMA 与 Normal）中超出 pages_high 的页框总数。 \~
 * @return frames
 * @kernel{mm/page_alloc.c,1728}
 * @seenotes{chapter-zone,zone-watermarks}
 */
unsigned int nr_free_buffer_pages(void)
{
	return nr_free_zone_pages(gfp_zone(GFP_USER));
}

/**
 * @brief \~english Free-able frames in all zones.
 *        \~chinese 所有管理区中超出 pages_high 的页框总数。 \~
 * @return frames
 * @kernel{mm/page_alloc.c,1737}
 * @seenotes{chapter-zone,zone-zonelists}
 */
unsigned int nr_free_pagecache_pages(void)
{
	return nr_free_zone_pages(gfp_zone(GFP_HIGHUSER_MOVABLE));
}

/**
 * @brief \~english Build the zonelists and decide on mobility grouping.
 *        \~chinese 建立 zonelist，并决定是否启用按可移动性分组。 \~
 * @kernel{mm/page_alloc.c,2343}
 * @seenotes{chapter-zone,zone-zonelists}
 */
void build_all_zonelists(void)
{
	build_zonelists(NODE_DATA(0));
	vm_total_pages = (unsigned long)nr_free_pagecache_pages();
	/* too little memory for MIGRATE_TYPES blocks each: do not group */
	page_group_by_mobility_disabled =
		vm_total_pages < pageblock_nr_pages * MIGRATE_TYPES;
	printk("Built %i zonelists in %s order, mobility grouping %s.  "
	       "Total pages: %ld\n", 1, "Zone",
	       page_group_by_mobility_disabled ? "off" : "on",
	       (long)vm_total_pages);
}

/**
 * @brief \~english Is the zone above @p mark for an order-@p order request?
 *        \~chinese 判断管理区的空闲页是否高于水位线 mark，足以满足 order 阶的请求。 \~
 *
 * free = NR_FREE_PAGES - 2^order + 1 must exceed min + lowmem_reserve,
 * min being mark halved for ALLOC_HIGH and cut by a quarter for
 * ALLOC_HARDER; then for each order o below the request, the blocks of
 * order o do not count and min halves.
 *
 * @param z the zone
 * @param order the request
 * @param mark pages_min, pages_low or pages_high
 * @param classzone_idx the zone the request started from
 * @param alloc_flags ALLOC_HIGH / ALLOC_HARDER
 * @return 1 if allocation may proceed
 * @kernel{mm/page_alloc.c,1219}
 * @seenotes{chapter-zone,zone-watermarks}
 */
int zone_watermark_ok(struct zone *z, int order, unsigned long mark,
		      int classzone_idx, int alloc_flags)
{
	long need = (long)mark;
	long avail = (long)zone_page_state(z, NR_FREE_PAGES) -
		     (1 << order) + 1;	/* may go negative */
	int o;

	if (alloc_flags & ALLOC_HIGH)
		need -= need / 2;
	if (alloc_flags & ALLOC_HARDER)
		need -= need / 4;
	if (avail <= need + (long)z->lowmem_reserve[classzone_idx])
		return 0;
	for (o = 0; o < order; o++) {
		/* blocks of order o are too small for the request ... */
		avail -= (long)(z->free_area[o].nr_free << o);
		/* ... and each order up, half as many free pages will do */
		need >>= 1;
		if (avail <= need)
			return 0;
	}
	return 1;
}

/**
 * @brief \~english Move the free blocks of [start_page, end_page] to the
 *        lists of @p migratetype.
 *        \~chinese 把 [start_page, end_page] 中的空闲块移到 migratetype 类型的空闲链表上。 \~
 * @param zone the zone
 * @param start_page first page
 * @param end_page last page
 * @param migratetype the new list
 * @return pages moved
 * @context zone->lock held
 * @kernel{mm/page_alloc.c,690}
 * @seenotes{chapter-buddy,buddy-fallback}
 */
int move_freepages(struct zone *zone, struct page *start_page,
		   struct page *end_page, int migratetype)
{
	struct page *cur = start_page;
	int moved = 0;

	BUG_ON(page_zone(start_page) != page_zone(end_page));
	while (cur <= end_page) {
		unsigned long blk_order;

		/* only the head of a free block is on a list */
		if (!PageBuddy(cur)) {
			cur++;
			continue;
		}
		blk_order = page_order(cur);
		list_move(&cur->lru,
			  &zone->free_area[blk_order].free_list[migratetype]);
		cur += 1UL << blk_order;
		moved += 1 << blk_order;
	}
	return moved;
}

/**
 * @brief \~english move_freepages() over the whole pageblock of @p page.
 *        \~chinese 对 page 所在的整个页块调用 move_freepages()。 \~
 * @param zone the zone
 * @param page any page of the block
 * @param migratetype the new list
 * @return pages moved (0 if the block crosses the zone's end)
 * @context zone->lock held
 * @kernel{mm/page_alloc.c,731}
 * @seenotes{chapter-buddy,buddy-fallback}
 */
int move_freepages_block(struct zone *zone, struct page *page, int migratetype)
{
	unsigned long first, last;
	struct page *from, *to;

	/* the pageblock holding @page, first to last page */
	first = page_to_pfn(page);
	first -= first % pageblock_nr_pages;
	last = first + pageblock_nr_pages - 1;
	from = pfn_to_page(first);
	to = pfn_to_page(last);
	if (first < zone->zone_start_pfn)
		from = page;	/* do not cross the zone's start */
	if (last >= zone->zone_start_pfn + zone->spanned_pages)
		return 0;
	return move_freepages(zone, from, to, migratetype);
}

/**
 * @brief \~english Turn the first pages_min-worth of movable blocks into
 *        MIGRATE_RESERVE, and give back reserve blocks beyond that.
 *        \~chinese 把相当于 pages_min 的最前面若干可移动页块设为 MIGRATE_RESERVE，多余的保留页块还原。 \~
 * @param zone the zone
 * @kernel{mm/page_alloc.c,2455}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static void setup_zone_migrate_reserve(struct zone *zone)
{
	unsigned long block_pfn = zone->zone_start_pfn;
	unsigned long end = block_pfn + zone->spanned_pages;
	/* pages_min, in whole pageblocks */
	unsigned long blocks = roundup(zone->pages_min, pageblock_nr_pages) >>
			       pageblock_order;

	for (; block_pfn < end; block_pfn += pageblock_nr_pages) {
		struct page *head;
		int mt;

		if (!pfn_valid(block_pfn))
			continue;
		head = pfn_to_page(block_pfn);
		if (PageReserved(head))		/* never freed: useless */
			continue;
		mt = get_pageblock_migratetype(head);
		if (blocks > 0 && mt == MIGRATE_RESERVE) {
			blocks--;	/* already one of ours */
			continue;
		}
		if (blocks > 0 && mt == MIGRATE_MOVABLE) {
			set_pageblock_migratetype(head, MIGRATE_RESERVE);
			move_freepages_block(zone, head, MIGRATE_RESERVE);
			blocks--;
			continue;
		}
		/* enough reserved: any further reserve block goes back */
		if (mt == MIGRATE_RESERVE) {
			set_pageblock_migratetype(head, MIGRATE_MOVABLE);
			move_freepages_block(zone, head, MIGRATE_MOVABLE);
		}
	}
}

/**
 * @brief \~english Total pages kept back: per zone the largest
 *        lowmem_reserve plus pages_high, at most the zone's size.
 *        \~chinese 计算总保留页数：每个管理区取最大的 lowmem_reserve 加 pages_high，不超过其大小。 \~
 * @kernel{mm/page_alloc.c,3999}
 * @seenotes{chapter-zone,zone-lowmem-reserve}
 */
static void calculate_totalreserve_pages(void)
{
	unsigned long sum = 0;
	struct zone *z;

	for_each_zone(z) {
		unsigned long keep = 0;
		int up;

		/* the largest amount higher-zone allocations must leave
		 * free here */
		for (up = zone_idx(z); up < MAX_NR_ZONES; up++)
			if (z->lowmem_reserve[up] > keep)
				keep = z->lowmem_reserve[up];
		keep += z->pages_high;
		if (keep > z->present_pages)
			keep = z->present_pages;
		sum += keep;
	}
	totalreserve_pages = sum;
}

/**
 * @brief \~english Compute every zone's lowmem_reserve[] from the ratios.
 *        \~chinese 按 sysctl_lowmem_reserve_ratio 计算每个管理区的 lowmem_reserve[]。 \~
 * @kernel{mm/page_alloc.c,4033}
 * @seenotes{chapter-zone,zone-lowmem-reserve}
 */
static void setup_per_zone_lowmem_reserve(void)
{
	struct zone *zones = NODE_DATA(0)->node_zones;
	int upper, lower;

	for (upper = 0; upper < MAX_NR_ZONES; upper++) {
		/* present pages from the zone above lower up to upper: what
		 * an allocation for upper had before falling back */
		unsigned long above = zones[upper].present_pages;

		zones[upper].lowmem_reserve[upper] = 0;
		for (lower = upper - 1; lower >= 0; lower--) {
			int *ratio = &sysctl_lowmem_reserve_ratio[lower];

			if (*ratio < 1)
				*ratio = 1;
			zones[lower].lowmem_reserve[upper] =
				above / (unsigned long)*ratio;
			above += zones[lower].present_pages;
		}
	}
	calculate_totalreserve_pages();
}

/**
 * @brief \~english Derive pages_min/low/high of every zone from min_free_kbytes.
 *        \~chinese 由 min_free_kbytes 计算每个管理区的 pages_min/low/high 水位线。 \~
 * @kernel{mm/page_alloc.c,4072}
 * @seenotes{chapter-zone,zone-watermarks}
 */
void setup_per_zone_pages_min(void)
{
	unsigned long min_pages = (unsigned long)min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem = 0, irqflags;
	struct zone *z;

	for_each_zone(z)
		if (!is_highmem(z))
			lowmem += z->present_pages;

	for_each_zone(z) {
		u64 share;

		spin_lock_irqsave(&z->lru_lock, irqflags);
		/* this zone's part of min_pages, by its part of lowmem */
		share = (u64)min_pages * z->present_pages / lowmem;
		if (is_highmem(z)) {
			/* highmem serves no emergency allocations: keep it small */
			long floor = (long)(z->present_pages / 1024);

			if (floor < SWAP_CLUSTER_MAX)
				floor = SWAP_CLUSTER_MAX;
			if (floor > 128)
				floor = 128;
			z->pages_min = (unsigned long)floor;
		} else {
			z->pages_min = (unsigned long)share;
		}
		/* low and high sit a quarter and a half of the share above
		 * min, in highmem too */
		z->pages_low = z->pages_min + (unsigned long)(share >> 2);
		z->pages_high = z->pages_min + (unsigned long)(share >> 1);
		setup_zone_migrate_reserve(z);
		spin_unlock_irqrestore(&z->lru_lock, irqflags);
	}
	calculate_totalreserve_pages();
}

/**
 * @brief \~english Size min_free_kbytes from low memory, then the
 *        watermarks and reserves.
 *        \~chinese 按低端内存大小确定 min_free_kbytes，再计算水位线与保留页。 \~
 * @kernel{mm/page_alloc.c,4151}
 * @seenotes{chapter-zone,zone-watermarks}
 */
void init_per_zone_pages_min(void)
{
	unsigned long lowmem_kbytes = nr_free_buffer_pages() * (PAGE_SIZE >> 10);
	/* 4 * sqrt(lowmem): grows much slower than the memory does */
	int kbytes = (int)int_sqrt(16 * lowmem_kbytes);

	if (kbytes < 128)
		kbytes = 128;
	if (kbytes > 65536)
		kbytes = 65536;
	min_free_kbytes = kbytes;
	setup_per_zone_pages_min();
	setup_per_zone_lowmem_reserve();
}
