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
	int i;

	printk(KERN_DEBUG "Entering add_active_range(%d, %lu, %lu) "
	       "%d entries of %d used\n", nid, start_pfn, end_pfn,
	       nr_nodemap_entries, MAX_ACTIVE_REGIONS);
	for (i = 0; i < nr_nodemap_entries; i++) {
		struct node_active_region *r = &early_node_map[i];

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
	if (i >= MAX_ACTIVE_REGIONS) {
		printk(KERN_CRIT "More than %d memory regions, truncating\n",
		       MAX_ACTIVE_REGIONS);
		return;
	}
	early_node_map[i].nid = (int)nid;
	early_node_map[i].start_pfn = start_pfn;
	early_node_map[i].end_pfn = end_pfn;
	nr_nodemap_entries = i + 1;
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
	unsigned long min_pfn = ~0UL;
	int i;

	for (i = 0; i < nr_nodemap_entries; i++)
		if (nid == MAX_NUMNODES || early_node_map[i].nid == (int)nid)
			min_pfn = min(min_pfn, early_node_map[i].start_pfn);
	if (min_pfn == ~0UL) {
		printk(KERN_WARNING "Could not find start_pfn for node %lu\n", nid);
		return 0;
	}
	return min_pfn;
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
	unsigned long size = 1;

	pages /= PAGES_PER_WAITQUEUE;
	while (size < pages)
		size <<= 1;
	size = min(size, 4096UL);
	return max(size, 4UL);
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
	unsigned long i, size;

	zone->wait_table_hash_nr_entries =
		wait_table_hash_nr_entries(zone_size_pages);
	zone->wait_table_bits =
		(unsigned long)ffs((int)zone->wait_table_hash_nr_entries) - 1;
	size = zone->wait_table_hash_nr_entries * sizeof(wait_queue_head_t);
	zone->wait_table = alloc_bootmem_node(zone->zone_pgdat, size);
	for (i = 0; i < zone->wait_table_hash_nr_entries; i++)
		init_waitqueue_head(zone->wait_table + i);
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
	int batch = (int)(zone->present_pages / 1024);

	if ((unsigned long)batch * PAGE_SIZE > 512 * 1024)
		batch = (512 * 1024) / PAGE_SIZE;
	batch /= 4;			/* high is 6 * batch below */
	if (batch < 1)
		batch = 1;
	/* 2^n - 1: a power of two aliases badly in the CPU caches */
	return (1 << (fls(batch + batch / 2) - 1)) - 1;
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
	struct pglist_data *pgdat = zone->zone_pgdat;

	zone_wait_table_init(zone, size);
	pgdat->nr_zones = zone_idx(zone) + 1;
	zone->zone_start_pfn = zone_start_pfn;
	memmap_init_zone(size, pgdat->node_id, (unsigned long)zone_idx(zone),
			 zone_start_pfn, context);
	zone_init_free_lists(pgdat, zone, zone->spanned_pages);
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
	unsigned long zone_start_pfn = pgdat->node_start_pfn;
	int nid = pgdat->node_id, j;

	pgdat->nr_zones = 0;
	init_waitqueue_head(&pgdat->kswapd_wait);
	pgdat->kswapd_max_order = 0;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = &pgdat->node_zones[j];
		unsigned long size, realsize, memmap_pages;

		size = zone_spanned_pages_in_node(nid, (unsigned long)j);
		realsize = size - zone_absent_pages_in_node(nid, (unsigned long)j);

		/* the zone's share of mem_map is not free memory */
		memmap_pages = (size * sizeof(struct page)) >> PAGE_SHIFT;
		if (realsize >= memmap_pages) {
			realsize -= memmap_pages;
			printk(KERN_DEBUG "  %s zone: %lu pages used for memmap\n",
			       zone_names[j], memmap_pages);
		} else {
			printk(KERN_WARNING "  %s zone: %lu pages exceeds "
			       "realsize %lu\n", zone_names[j], memmap_pages,
			       realsize);
		}
		if (j == 0 && realsize > dma_reserve) {
			realsize -= dma_reserve;
			printk(KERN_DEBUG "  %s zone: %lu pages reserved\n",
			       zone_names[0], dma_reserve);
		}
		if (!is_highmem_idx(j))
			nr_kernel_pages += realsize;
		nr_all_pages += realsize;

		zone->spanned_pages = size;
		zone->present_pages = realsize;
		zone->name = zone_names[j];
		spin_lock_init(&zone->lock);
		spin_lock_init(&zone->lru_lock);
		zone->zone_pgdat = pgdat;
		zone->prev_priority = DEF_PRIORITY;
		zone_pcp_init(zone);
		INIT_LIST_HEAD(&zone->active_list);
		INIT_LIST_HEAD(&zone->inactive_list);
		zone->nr_scan_active = 0;
		zone->nr_scan_inactive = 0;
		zap_zone_vm_stats(zone);
		zone->flags = 0;
		if (!size)
			continue;
		setup_usemap(pgdat, zone, size);
		init_currently_empty_zone(zone, zone_start_pfn, size,
					  MEMMAP_EARLY);
		zone_start_pfn += size;
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
	pgdat->node_id = nid;
	pgdat->node_start_pfn = node_start_pfn;
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
	int i;

	sort_node_map();
	__builtin_memset(arch_zone_lowest_possible_pfn, 0,
			 sizeof(arch_zone_lowest_possible_pfn));
	__builtin_memset(arch_zone_highest_possible_pfn, 0,
			 sizeof(arch_zone_highest_possible_pfn));
	/* zone 0 starts at the first active pfn, each next one where the
	 * previous ended */
	arch_zone_lowest_possible_pfn[0] = find_min_pfn_with_active_regions();
	arch_zone_highest_possible_pfn[0] = *max_zone_pfn;
	for (i = 1; i < MAX_NR_ZONES; i++) {
		if (i == ZONE_MOVABLE)	/* taken out of the others below */
			continue;
		arch_zone_lowest_possible_pfn[i] =
			arch_zone_highest_possible_pfn[i - 1];
		arch_zone_highest_possible_pfn[i] =
			max(max_zone_pfn[i], arch_zone_lowest_possible_pfn[i]);
	}
	arch_zone_lowest_possible_pfn[ZONE_MOVABLE] = 0;
	arch_zone_highest_possible_pfn[ZONE_MOVABLE] = 0;
	zone_movable_pfn[0] = 0;	/* no kernelcore=: no ZONE_MOVABLE */

	printk("Zone PFN ranges:\n");
	for (i = 0; i < MAX_NR_ZONES; i++) {
		if (i == ZONE_MOVABLE)
			continue;
		printk("  %-8s %8lu -> %8lu\n", zone_names[i],
		       arch_zone_lowest_possible_pfn[i],
		       arch_zone_highest_possible_pfn[i]);
	}
	printk("Movable zone start PFN for each node\n");
	if (zone_movable_pfn[0])
		printk("  Node %d: %lu\n", 0, zone_movable_pfn[0]);
	printk("early_node_map[%d] active PFN ranges\n", nr_nodemap_entries);
	for (i = 0; i < nr_nodemap_entries; i++) {
		struct node_active_region *r = &early_node_map[i];

		printk("  %3d: %8lu -> %8lu\n", r->nid, r->start_pfn, r->end_pfn);
	}

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
	int t = (int)zone_type;

	BUG_ON(zone_type >= MAX_NR_ZONES);
	for (; t >= 0; t--) {
		struct zone *zone = pgdat->node_zones + t;

		if (populated_zone(zone))
			zonelist->zones[nr_zones++] = zone;
	}
	return nr_zones;
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
	int i, j;

	for (i = 0; i < MAX_NR_ZONES; i++) {
		struct zonelist *zonelist = pgdat->node_zonelists + i;

		j = build_zonelists_node(pgdat, zonelist, 0, (enum zone_type)i);
		zonelist->zones[j] = NULL;	/* single node: nothing more */
		zonelist->zlcache_ptr = NULL;
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
	vm_total_pages = nr_free_pagecache_pages();
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
	long min = (long)mark;
	long free_pages = (long)zone_page_state(z, NR_FREE_PAGES) -
			  (1 << order) + 1;	/* may go negative */
	int o;

	if (alloc_flags & ALLOC_HIGH)
		min -= min / 2;
	if (alloc_flags & ALLOC_HARDER)
		min -= min / 4;
	if (free_pages <= min + (long)z->lowmem_reserve[classzone_idx])
		return 0;
	for (o = 0; o < order; o++) {
		free_pages -= (long)(z->free_area[o].nr_free << o);
		min >>= 1;
		if (free_pages <= min)
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
	struct page *page;
	int moved = 0;

	BUG_ON(page_zone(start_page) != page_zone(end_page));
	for (page = start_page; page <= end_page;) {
		unsigned long order;

		if (!PageBuddy(page)) {
			page++;
			continue;
		}
		order = page_order(page);
		list_move(&page->lru,
			  &zone->free_area[order].free_list[migratetype]);
		page += 1UL << order;
		moved += 1 << order;
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
	unsigned long start_pfn, end_pfn;
	struct page *start_page, *end_page;

	/* the pageblock holding @page, first to last page */
	start_pfn = page_to_pfn(page);
	start_pfn -= start_pfn % pageblock_nr_pages;
	end_pfn = start_pfn + pageblock_nr_pages - 1;
	start_page = pfn_to_page(start_pfn);
	end_page = pfn_to_page(end_pfn);
	if (start_pfn < zone->zone_start_pfn)
		start_page = page;	/* do not cross the zone's start */
	if (end_pfn >= zone->zone_start_pfn + zone->spanned_pages)
		return 0;
	return move_freepages(zone, start_page, end_page, migratetype);
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
	unsigned long start_pfn = zone->zone_start_pfn, pfn;
	unsigned long end_pfn = start_pfn + zone->spanned_pages;
	unsigned long reserve;

	reserve = roundup(zone->pages_min, pageblock_nr_pages) >> pageblock_order;
	for (pfn = start_pfn; pfn < end_pfn; pfn += pageblock_nr_pages) {
		struct page *page;
		int mt;

		if (!pfn_valid(pfn))
			continue;
		page = pfn_to_page(pfn);
		if (PageReserved(page))		/* never freed: useless */
			continue;
		mt = get_pageblock_migratetype(page);
		if (reserve > 0 && mt == MIGRATE_RESERVE) {
			reserve--;
			continue;
		}
		if (reserve > 0 && mt == MIGRATE_MOVABLE) {
			set_pageblock_migratetype(page, MIGRATE_RESERVE);
			move_freepages_block(zone, page, MIGRATE_RESERVE);
			reserve--;
			continue;
		}
		if (mt == MIGRATE_RESERVE) {
			set_pageblock_migratetype(page, MIGRATE_MOVABLE);
			move_freepages_block(zone, page, MIGRATE_MOVABLE);
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
	unsigned long reserve = 0;
	struct zone *zone;

	for_each_zone(zone) {
		unsigned long max = 0;
		int j;

		for (j = zone_idx(zone); j < MAX_NR_ZONES; j++)
			if (zone->lowmem_reserve[j] > max)
				max = zone->lowmem_reserve[j];
		max += zone->pages_high;
		if (max > zone->present_pages)
			max = zone->present_pages;
		reserve += max;
	}
	totalreserve_pages = reserve;
}

/**
 * @brief \~english Compute every zone's lowmem_reserve[] from the ratios.
 *        \~chinese 按 sysctl_lowmem_reserve_ratio 计算每个管理区的 lowmem_reserve[]。 \~
 * @kernel{mm/page_alloc.c,4033}
 * @seenotes{chapter-zone,zone-lowmem-reserve}
 */
static void setup_per_zone_lowmem_reserve(void)
{
	struct pglist_data *pgdat = NODE_DATA(0);
	int j, idx;

	for (j = 0; j < MAX_NR_ZONES; j++) {
		struct zone *zone = pgdat->node_zones + j;
		unsigned long present = zone->present_pages;

		zone->lowmem_reserve[j] = 0;
		for (idx = j - 1; idx >= 0; idx--) {
			struct zone *lower = pgdat->node_zones + idx;

			if (sysctl_lowmem_reserve_ratio[idx] < 1)
				sysctl_lowmem_reserve_ratio[idx] = 1;
			lower->lowmem_reserve[j] = present /
				(unsigned long)sysctl_lowmem_reserve_ratio[idx];
			present += lower->present_pages;
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
	unsigned long pages_min = (unsigned long)min_free_kbytes >> (PAGE_SHIFT - 10);
	unsigned long lowmem_pages = 0, flags;
	struct zone *zone;

	for_each_zone(zone)
		if (!is_highmem(zone))
			lowmem_pages += zone->present_pages;

	for_each_zone(zone) {
		u64 tmp;

		spin_lock_irqsave(&zone->lru_lock, flags);
		tmp = (u64)pages_min * zone->present_pages / lowmem_pages;
		if (is_highmem(zone)) {
			/* highmem serves no emergency allocations: keep it small */
			long floor = (long)(zone->present_pages / 1024);

			if (floor < SWAP_CLUSTER_MAX)
				floor = SWAP_CLUSTER_MAX;
			if (floor > 128)
				floor = 128;
			zone->pages_min = (unsigned long)floor;
		} else {
			zone->pages_min = (unsigned long)tmp;
		}
		zone->pages_low = zone->pages_min + (unsigned long)(tmp >> 2);
		zone->pages_high = zone->pages_min + (unsigned long)(tmp >> 1);
		setup_zone_migrate_reserve(zone);
		spin_unlock_irqrestore(&zone->lru_lock, flags);
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

	min_free_kbytes = (int)int_sqrt(lowmem_kbytes * 16);
	if (min_free_kbytes < 128)
		min_free_kbytes = 128;
	if (min_free_kbytes > 65536)
		min_free_kbytes = 65536;
	setup_per_zone_pages_min();
	setup_per_zone_lowmem_reserve();
}
