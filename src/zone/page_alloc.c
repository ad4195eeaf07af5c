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
#include <errno.h>	/* ENOMEM: the host's number is Linux's */
#include <limits.h>	/* ULONG_MAX, which 2.6.24 has from linux/kernel.h */
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/lib.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <asm/div64.h>
#include <mm/internal.h>

#define MAX_ACTIVE_REGIONS	256
#define SWAP_CLUSTER_MAX	32
#define DEF_PRIORITY		12
#define PAGES_PER_WAITQUEUE	256

/* memmap_init_zone() for the frames a zone has at boot (an architecture
 * without a memmap_init of its own) */
#define memmap_init(size, nid, zone, start_pfn) \
	memmap_init_zone(size, nid, zone, start_pfn, MEMMAP_EARLY)

struct node_active_region {
	unsigned long start_pfn;
	unsigned long end_pfn;
	int nid;
};

static struct node_active_region early_node_map[MAX_ACTIVE_REGIONS];
static int nr_nodemap_entries;
static unsigned long arch_zone_lowest_possible_pfn[MAX_NR_ZONES];
static unsigned long arch_zone_highest_possible_pfn[MAX_NR_ZONES];
static unsigned long zone_movable_pfn[MAX_NUMNODES];
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
 * @param nid \~english the node \~chinese 节点号 \~
 * @param start_pfn \~english first frame \~chinese 第一个页框号 \~
 * @param end_pfn \~english first frame past the range
 *                \~chinese 区间之后的第一个页框号 \~
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

/**
 * @brief \~english Index of the first early_node_map[] entry of node @p nid.
 *        \~chinese 返回 early_node_map[] 中属于节点 nid 的第一项的下标。 \~
 * @param nid \~english the node; MAX_NUMNODES matches every node
 *            \~chinese 节点号；MAX_NUMNODES 匹配所有节点 \~
 * @return \~english the index, or -1 when the node has no range
 *         \~chinese 区间下标；该节点没有区间时返回 -1 \~
 * @kernel{mm/page_alloc.c,2844}
 * @seenotes{chapter-zone,zone-init}
 */
static int first_active_region_index_in_nid(int nid)
{
	int slot = 0;

	while (slot < nr_nodemap_entries) {
		if (nid == MAX_NUMNODES || early_node_map[slot].nid == nid)
			return slot;
		slot++;
	}
	return -1;
}

/**
 * @brief \~english Index of the next early_node_map[] entry of node @p nid after @p index.
 *        \~chinese 返回 early_node_map[] 中下标 index 之后属于节点 nid 的下一项的下标。 \~
 * @param index \~english the entry found last \~chinese 上一次找到的表项 \~
 * @param nid \~english the node; MAX_NUMNODES matches every node
 *            \~chinese 节点号；MAX_NUMNODES 匹配所有节点 \~
 * @return \~english the index, or -1 past the node's last range
 *         \~chinese 区间下标；已越过该节点的最后一个区间时返回 -1 \~
 * @kernel{mm/page_alloc.c,2859}
 * @seenotes{chapter-zone,zone-init}
 */
static int next_active_region_index_in_nid(int index, int nid)
{
	while (++index < nr_nodemap_entries)
		if (nid == MAX_NUMNODES || early_node_map[index].nid == nid)
			return index;
	return -1;
}

/* i walks the indexes of node nid's entries in map order; -1 ends it */
#define for_each_active_range_index_in_nid(i, nid) \
	for ((i) = first_active_region_index_in_nid(nid); (i) >= 0; \
	     (i) = next_active_region_index_in_nid((i), (nid)))

/**
 * @brief \~english Sort early_node_map[] by start frame.
 *        \~chinese 将 early_node_map[] 按起始页框号排序。 \~
 * @kernel{mm/page_alloc.c,3599}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english 2.6.24 passes the map to the library heapsort sort()
 *         with cmp_node_active_region() comparing start_pfn; mm24 has no
 *         lib/sort.c, so an insertion sort orders the few entries here.
 *         The order is the same: no two ranges start on one frame.
 *         \~chinese 2.6.24 把映射表交给库函数 sort()（堆排序），由
 *         cmp_node_active_region() 比较 start_pfn；mm24 没有 lib/sort.c，
 *         这里对寥寥几项做插入排序。结果相同：不会有两个区间起于同一页框。 \~
 */
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

/**
 * @brief \~english The lowest frame of node @p nid's RAM.
 *        \~chinese 求节点 nid 的内存中最低的页框号。 \~
 * @param nid \~english the node; MAX_NUMNODES for any node
 *            \~chinese 节点号；MAX_NUMNODES 表示任意节点 \~
 * @return \~english that frame, or 0 with a warning when the node has no range
 *         \~chinese 该页框号；节点没有区间时返回 0 并打印警告 \~
 * @kernel{mm/page_alloc.c,3607}
 * @seenotes{chapter-zone,zone-init}
 */
static unsigned long find_min_pfn_for_node(unsigned long nid)
{
	unsigned long lowest = ULONG_MAX;
	int r;

	/* the map is sorted, but take the minimum anyway */
	for_each_active_range_index_in_nid(r, (int)nid)
		lowest = min(lowest, early_node_map[r].start_pfn);
	/* still the start value: the node has no range at all */
	if (lowest == ULONG_MAX) {
		printk(KERN_WARNING "Could not find start_pfn for node %lu\n", nid);
		return 0;
	}
	return lowest;
}

/**
 * @brief \~english The lowest frame of RAM on any node.
 *        \~chinese 求所有节点的内存中最低的页框号。 \~
 * @return \~english that frame \~chinese 该页框号 \~
 * @kernel{mm/page_alloc.c,3631}
 * @seenotes{chapter-zone,zone-init}
 */
static unsigned long find_min_pfn_with_active_regions(void)
{
	return find_min_pfn_for_node(MAX_NUMNODES);	/* "any node" */
}

/**
 * @brief \~english First frame and end frame of node @p nid's RAM.
 *        \~chinese 求节点 nid 内存的起始页框号与结束页框号。 \~
 * @param nid \~english the node \~chinese 节点号 \~
 * @param start_pfn \~english set to its lowest frame, 0 when it has no range
 *                  \~chinese 置为其最低的页框号；节点没有区间时为 0 \~
 * @param end_pfn \~english set to the frame past its highest, 0 when it has no range
 *                \~chinese 置为其最高页框号的下一个；节点没有区间时为 0 \~
 * @kernel{mm/page_alloc.c,3012}
 * @seenotes{chapter-zone,zone-init}
 */
static void get_pfn_range_for_nid(unsigned int nid, unsigned long *start_pfn,
				  unsigned long *end_pfn)
{
	unsigned long lo = -1UL, hi = 0;
	int r;

	for_each_active_range_index_in_nid(r, (int)nid) {
		lo = min(lo, early_node_map[r].start_pfn);
		hi = max(hi, early_node_map[r].end_pfn);
	}
	/* a node without any range is reported as [0, 0) */
	*start_pfn = lo == -1UL ? 0 : lo;
	*end_pfn = hi;
}

/**
 * @brief \~english Frames zone @p zone_type spans on node @p nid.
 *        \~chinese 计算管理区在节点上跨越的页框数（含空洞）。 \~
 * @param nid \~english the node \~chinese 节点号 \~
 * @param zone_type \~english the zone \~chinese 管理区类型 \~
 * @return \~english spanned frames \~chinese 管理区跨越的页框数 \~
 * @kernel{mm/page_alloc.c,3092}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english kernelcore=/movablecore= are not offered: ZONE_MOVABLE
 *         is always empty, as on a 2.6.24 boot without them, so the
 *         adjust_zone_range_for_zone_movable() that would carve it out of
 *         the highest zone is left out (zone_movable_pfn[] is all 0).
 *         \~chinese 不提供 kernelcore=/movablecore= 参数：ZONE_MOVABLE 总为空，与不带
 *         这些参数启动的 2.6.24 一致；因此省去了从最高管理区划出 ZONE_MOVABLE 的
 *         adjust_zone_range_for_zone_movable()（zone_movable_pfn[] 全为 0）。 \~
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
 * @param nid \~english the node \~chinese 节点号 \~
 * @param range_start_pfn \~english first frame \~chinese 第一个页框号 \~
 * @param range_end_pfn \~english end frame \~chinese 结束页框号 \~
 * @return \~english frames in holes \~chinese 落在空洞中的页框数 \~
 * @kernel{mm/page_alloc.c,3123}
 * @seenotes{chapter-zone,zone-init}
 */
static unsigned long __absent_pages_in_range(int nid,
					     unsigned long range_start_pfn,
					     unsigned long range_end_pfn)
{
	unsigned long prev_end, holes = 0;
	int r = first_active_region_index_in_nid(nid);

	if (r == -1)
		return 0;	/* no RAM on the node: nothing to subtract */
	/* what lies before the node's first range is a hole of the range */
	prev_end = min(early_node_map[r].start_pfn, range_end_pfn);
	if (early_node_map[r].start_pfn > range_start_pfn)
		holes = prev_end - range_start_pfn;
	/* then every gap between one range's end and the next one's start */
	for (; r != -1; r = next_active_region_index_in_nid(r, nid)) {
		unsigned long start;

		if (prev_end >= range_end_pfn)
			break;
		start = min(early_node_map[r].start_pfn, range_end_pfn);
		prev_end = max(prev_end, range_start_pfn);
		if (start > range_start_pfn) {
			BUG_ON(prev_end > start);
			holes += start - prev_end;
		}
		prev_end = early_node_map[r].end_pfn;
	}
	/* and what is left after the node's last range */
	if (range_end_pfn > prev_end)
		holes += range_end_pfn - max(range_start_pfn, prev_end);
	return holes;
}

/**
 * @brief \~english Frames of zone @p zone_type on node @p nid that are holes.
 *        \~chinese 计算节点 nid 上管理区 zone_type 范围内空洞的页框数。 \~
 * @param nid \~english the node \~chinese 节点号 \~
 * @param zone_type \~english the zone \~chinese 管理区类型 \~
 * @return \~english frames in holes \~chinese 落在空洞中的页框数 \~
 * @kernel{mm/page_alloc.c,3183}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english As in zone_spanned_pages_in_node(), there is no
 *         ZONE_MOVABLE to carve out: adjust_zone_range_for_zone_movable()
 *         is left out.
 *         \~chinese 与 zone_spanned_pages_in_node() 一样，没有需要划出的
 *         ZONE_MOVABLE：省去了 adjust_zone_range_for_zone_movable()。 \~
 */
static unsigned long zone_absent_pages_in_node(int nid,
					       unsigned long zone_type)
{
	unsigned long node_start, node_end, zone_start, zone_end;

	get_pfn_range_for_nid((unsigned)nid, &node_start, &node_end);
	/* the zone's part of the node; it may be empty (start >= end) */
	zone_start = max(arch_zone_lowest_possible_pfn[zone_type], node_start);
	zone_end = min(arch_zone_highest_possible_pfn[zone_type], node_end);
	return __absent_pages_in_range(nid, zone_start, zone_end);
}

/**
 * @brief \~english Count the node's spanned and present frames.
 *        \~chinese 统计节点跨越的页框数与实际存在的页框数。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
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

/**
 * @brief \~english Bytes of pageblock bitmap for a zone of @p zonesize frames.
 *        \~chinese 计算 zonesize 个页框的管理区需要多少字节的页块位图。 \~
 * @param zonesize \~english the zone's spanned frames
 *                 \~chinese 管理区跨越的页框数 \~
 * @return \~english NR_PAGEBLOCK_BITS bits per pageblock, in whole longs, as bytes
 *         \~chinese 每个页块 NR_PAGEBLOCK_BITS 位，取整到整个 long 后的字节数 \~
 * @kernel{mm/page_alloc.c,3251}
 * @seenotes{chapter-buddy,buddy-migrate}
 * @kquirk \~english The bits are rounded up to whole i386 longs of 4
 *         bytes, not to the host's 8-byte sizeof(unsigned long), so the
 *         bitmap takes from bootmem what it takes on i386.
 *         \~chinese 位数按 i386 上 4 字节的 long 取整，而不是按宿主机 8 字节的
 *         sizeof(unsigned long)，因此位图从引导内存分得的大小与 i386 相同。 \~
 */
static unsigned long usemap_size(unsigned long zonesize)
{
	unsigned long bits;

	bits = (roundup(zonesize, pageblock_nr_pages) >> pageblock_order) *
	       NR_PAGEBLOCK_BITS;
	return roundup(bits, 8UL * 4) / 8;
}

/**
 * @brief \~english Give the zone its pageblock bitmap from bootmem, all clear.
 *        \~chinese 从引导内存为管理区分配页块位图，并全部清零。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param zonesize \~english its spanned frames \~chinese 它跨越的页框数 \~
 * @kernel{mm/page_alloc.c,3263}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static void setup_usemap(struct pglist_data *pgdat, struct zone *zone,
			 unsigned long zonesize)
{
	unsigned long bytes = usemap_size(zonesize);

	zone->pageblock_flags = NULL;
	if (bytes) {
		zone->pageblock_flags = alloc_bootmem_node(pgdat, bytes);
		/* every block starts with type 0 until memmap_init_zone() */
		__builtin_memset(zone->pageblock_flags, 0, bytes);
	}
}

/**
 * @brief \~english How many wait-queue heads a zone of @p pages frames gets.
 *        \~chinese 计算有 pages 个页框的管理区应有多少个等待队列头。 \~
 * @param pages \~english the zone's spanned frames
 *              \~chinese 管理区跨越的页框数 \~
 * @return \~english pages / PAGES_PER_WAITQUEUE up to a power of two, within 4 .. 4096
 *         \~chinese pages / PAGES_PER_WAITQUEUE 向上取整到 2 的幂，限制在 4 到 4096 之间 \~
 * @kernel{mm/page_alloc.c,2394}
 * @seenotes{chapter-zone,zone-init}
 */
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
 * @brief \~english The hash width of a wait table of @p size heads.
 *        \~chinese 求有 size 个队列头的等待队列表的散列位数。 \~
 * @param size \~english a power of two \~chinese 2 的幂 \~
 * @return \~english log2(size) \~chinese log2(size) \~
 * @kernel{mm/page_alloc.c,2441}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english 2.6.24 takes ffz() of the complement; mm24's bitops
 *         have no ffz(), and for a power of two ffs() - 1 is the same bit.
 *         \~chinese 2.6.24 对取反后的值调用 ffz()；mm24 的位操作没有 ffz()，而对
 *         2 的幂，ffs() - 1 正是同一位。 \~
 */
static inline unsigned long wait_table_bits(unsigned long size)
{
	return (unsigned long)ffs((int)size) - 1;
}

/**
 * @brief \~english Allocate the zone's page wait-queue hash from bootmem.
 *        \~chinese 从引导内存为管理区分配页等待队列散列表。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param zone_size_pages \~english its spanned frames
 *                        \~chinese 它跨越的页框数 \~
 * @return \~english 0, or -ENOMEM when there is no memory for the table
 *         \~chinese 成功返回 0；没有内存存放等待队列表时返回 -ENOMEM \~
 * @kernel{mm/page_alloc.c,2757}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english A wait_queue_head_t is 24 bytes on the host, 12 on i386.
 *         \~chinese 宿主机上 wait_queue_head_t 占 24 字节，i386 上是 12 字节。 \~
 * @kquirk \~english Only the boot-time branch: there is no memory hot-add
 *         (and no vmalloc() yet), so the table always comes from
 *         alloc_bootmem_node() and the test of system_state against
 *         SYSTEM_BOOTING is left out.
 *         \~chinese 只保留启动时的分支：没有内存热插拔（也还没有 vmalloc()），
 *         等待队列表总是由 alloc_bootmem_node() 分配，因此省去了
 *         system_state 是否为 SYSTEM_BOOTING 的判断。 \~
 */
static int zone_wait_table_init(struct zone *zone,
				unsigned long zone_size_pages)
{
	const unsigned long entries = wait_table_hash_nr_entries(zone_size_pages);
	unsigned long n;

	zone->wait_table_hash_nr_entries = entries;
	zone->wait_table_bits = wait_table_bits(entries);
	zone->wait_table = alloc_bootmem_node(zone->zone_pgdat,
					      entries * sizeof(wait_queue_head_t));
	if (!zone->wait_table)
		return -ENOMEM;
	for (n = 0; n < zone->wait_table_hash_nr_entries; n++)
		init_waitqueue_head(&zone->wait_table[n]);
	return 0;
}

/**
 * @brief \~english Empty every free list of the zone.
 *        \~chinese 把管理区的所有空闲链表置空。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param size \~english its spanned frames \~chinese 它跨越的页框数 \~
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
 * @param zone \~english the zone \~chinese 管理区 \~
 * @return \~english the batch
 *         \~chinese 每 CPU 页框高速缓存一次批量移动的页数（batch） \~
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
 * @param p \~english the pageset
 *          \~chinese 每 CPU 页框高速缓存（per_cpu_pageset） \~
 * @param batch \~english from zone_batchsize()
 *              \~chinese zone_batchsize() 的结果 \~
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
 * @param zone \~english the zone \~chinese 管理区 \~
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
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param zone_start_pfn \~english its first frame \~chinese 它的第一个页框号 \~
 * @param size \~english its spanned frames \~chinese 它跨越的页框数 \~
 * @param context \~english MEMMAP_EARLY at boot
 *                \~chinese 引导时为 MEMMAP_EARLY \~
 * @return \~english 0, or the error of zone_wait_table_init()
 *         \~chinese 成功返回 0，否则返回 zone_wait_table_init() 的错误码 \~
 * @kernel{mm/page_alloc.c,2818}
 * @seenotes{chapter-zone,zone-init}
 */
static int init_currently_empty_zone(struct zone *zone,
				     unsigned long zone_start_pfn,
				     unsigned long size,
				     enum memmap_context context)
{
	struct pglist_data *node = zone->zone_pgdat;
	int err = zone_wait_table_init(zone, size);

	if (err)
		return err;
	/* zones come up in index order: this one is the highest so far */
	node->nr_zones = zone_idx(zone) + 1;
	zone->zone_start_pfn = zone_start_pfn;
	memmap_init(size, node->node_id, (unsigned long)zone_idx(zone),
		    zone_start_pfn);
	zone_init_free_lists(node, zone, zone->spanned_pages);
	return 0;
}

/**
 * @brief \~english Fill in every zone of a node.
 *        \~chinese 初始化节点中的每一个管理区。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @kernel{mm/page_alloc.c,3324}
 * @seenotes{chapter-zone,zone-init}
 */
static void free_area_init_core(struct pglist_data *pgdat)
{
	unsigned long next_pfn = pgdat->node_start_pfn;
	const int node = pgdat->node_id;
	struct zone *z = pgdat->node_zones;
	int type, err;

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
		err = init_currently_empty_zone(z, next_pfn, spanned,
						MEMMAP_EARLY);
		BUG_ON(err);	/* a zone without its wait table is no zone */
		next_pfn += spanned;
	}
}

/**
 * @brief \~english Size a node, give it a mem_map, set up its zones.
 *        \~chinese 计算节点大小、为其分配 mem_map 并初始化其管理区。 \~
 * @param nid \~english the node \~chinese 节点号 \~
 * @param pgdat \~english its pg_data_t \~chinese 它的 pg_data_t \~
 * @param node_start_pfn \~english its first frame \~chinese 它的第一个页框号 \~
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
 * @param max_zone_pfn \~english end pfn of each zone type
 *                     \~chinese 每种管理区类型的结束页框号 \~
 * @kernel{mm/page_alloc.c,3839}
 * @seenotes{chapter-zone,zone-init}
 * @kquirk \~english kernelcore=/movablecore= are not offered, so
 *         find_zone_movable_pfns_for_nodes(), which sizes ZONE_MOVABLE
 *         from them, is not called: zone_movable_pfn[] stays all 0, as it
 *         does on a 2.6.24 boot without them.
 *         \~chinese 不提供 kernelcore=/movablecore= 参数，所以不调用根据它们确定
 *         ZONE_MOVABLE 大小的 find_zone_movable_pfns_for_nodes()：zone_movable_pfn[]
 *         全为 0，与不带这些参数启动的 2.6.24 相同。 \~
 * @kquirk \~english With one node there are no node states to record:
 *         node_set_state() does nothing, so check_for_regular_memory(),
 *         which only calls it, is left out.
 *         \~chinese 只有一个节点，无需记录节点状态：node_set_state() 什么也不做，
 *         因此省去了只调用它的 check_for_regular_memory()。 \~
 */
void free_area_init_nodes(unsigned long *max_zone_pfn)
{
	unsigned long *lo = arch_zone_lowest_possible_pfn;
	unsigned long *hi = arch_zone_highest_possible_pfn;
	unsigned long nid;
	int t, n;

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
	/* no kernelcore=: no node has a ZONE_MOVABLE */
	__builtin_memset(zone_movable_pfn, 0, sizeof(zone_movable_pfn));

	printk("Zone PFN ranges:\n");
	for (t = 0; t < MAX_NR_ZONES; t++) {
		if (t == ZONE_MOVABLE)
			continue;
		printk("  %-8s %8lu -> %8lu\n", zone_names[t], lo[t], hi[t]);
	}
	printk("Movable zone start PFN for each node\n");
	for (n = 0; n < MAX_NUMNODES; n++) {
		if (zone_movable_pfn[n])
			printk("  Node %d: %lu\n", n, zone_movable_pfn[n]);
	}
	printk("early_node_map[%d] active PFN ranges\n", nr_nodemap_entries);
	for (n = 0; n < nr_nodemap_entries; n++) {
		const struct node_active_region *r = early_node_map + n;

		printk("  %3d: %8lu -> %8lu\n", r->nid, r->start_pfn, r->end_pfn);
	}

	for_each_online_node(nid)
		free_area_init_node((int)nid, NODE_DATA(nid),
				    find_min_pfn_for_node(nid));
}

/**
 * @brief \~english Append the node's populated zones, from @p zone_type down.
 *        \~chinese 把节点中从 zone_type 往下的非空管理区依次加入 zonelist。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zonelist \~english the list being built
 *                 \~chinese 正在构造的管理区链表 \~
 * @param nr_zones \~english entries already in it \~chinese 链表中已有的项数 \~
 * @param zone_type \~english the highest zone to add
 *                  \~chinese 要加入的最高管理区类型 \~
 * @return \~english the new number of entries \~chinese 新的项数 \~
 * @kernel{mm/page_alloc.c,1890}
 * @seenotes{chapter-zone,zone-zonelists}
 */
static int build_zonelists_node(pg_data_t *pgdat, struct zonelist *zonelist,
				int nr_zones, enum zone_type zone_type)
{
	int t;

	BUG_ON(MAX_NR_ZONES <= zone_type);
	/* highest first: an allocation falls back to ever lower zones */
	for (t = (int)zone_type; t >= 0; t--) {
		struct zone *candidate = &pgdat->node_zones[t];

		if (populated_zone(candidate))
			zonelist->zones[nr_zones++] = candidate;
	}
	return nr_zones;
}

/**
 * @brief \~english Build one zonelist per zone type (!NUMA).
 *        \~chinese 为每种管理区类型建立一条 zonelist（非 NUMA 版本）。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @kernel{mm/page_alloc.c,2283}
 * @seenotes{chapter-zone,zone-zonelists}
 */
static void build_zonelists(pg_data_t *pgdat)
{
	const int here = pgdat->node_id;
	int type, peer, used;

	/* one list per zone type, each starting from that type */
	for (type = 0; type < MAX_NR_ZONES; type++) {
		struct zonelist *list = pgdat->node_zonelists + type;
		const enum zone_type top = (enum zone_type)type;

		used = build_zonelists_node(pgdat, list, 0, top);
		/* then the other nodes, from the one after this round to the
		 * one before it; with a single node both walks are empty */
		for (peer = here + 1; peer < MAX_NUMNODES; peer++) {
			if (!node_online(peer))
				continue;
			used = build_zonelists_node(NODE_DATA(peer), list,
						    used, top);
		}
		for (peer = 0; peer < here; peer++) {
			if (!node_online(peer))
				continue;
			used = build_zonelists_node(NODE_DATA(peer), list,
						    used, top);
		}
		list->zones[used] = NULL;	/* the end of the list */
		list->zlcache_ptr = NULL;
	}
}

/**
 * @brief \~english Frames above pages_high in the zones of zonelist @p offset.
 *        \~chinese 统计第 offset 条 zonelist 中各管理区超出 pages_high 的页框数之和。 \~
 * @param offset \~english the zonelist, a gfp_zone() value
 *               \~chinese 所用的管理区链表，即一个 gfp_zone() 值 \~
 * @return \~english the sum over the zonelist of present_pages - pages_high
 *         \~chinese 对管理区链表中各管理区的 present_pages - pages_high 求和 \~
 * @kernel{mm/page_alloc.c,1705}
 * @seenotes{chapter-zone,zone-watermarks}
 */
static unsigned int nr_free_zone_pages(int offset)
{
	/* any node will do: every node's lists reach every zone */
	pg_data_t *node = NODE_DATA(numa_node_id());
	struct zonelist *zonelist = node->node_zonelists + offset;
	struct zone **zonep = zonelist->zones, *zone;
	unsigned int above_high = 0;

	for (zone = *zonep++; zone; zone = *zonep++)
		if (zone->present_pages > zone->pages_high)
			above_high += (unsigned int)(zone->present_pages -
						     zone->pages_high);
	return above_high;
}

/**
 * @brief \~english Free-able frames in DMA and Normal (GFP_USER zones).
 *        \~chinese GFP_USER 可用管理区（DMA 与 Normal）中超出 pages_high 的页框总数。 \~
 * @return \~english frames \~chinese 页框数 \~
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
 * @return \~english frames \~chinese 页框数 \~
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
 * @kquirk \~english The zonelists are built once, at boot, in zone order:
 *         set_zonelist_order() (always "Zone" without NUMA), the test of
 *         system_state and the stop_machine_run() that rebuilds them after
 *         memory hot-add are left out, and what __build_all_zonelists()
 *         does is written here: a for_each_online_node() loop calling
 *         build_zonelists(), which also clears the zlcache_ptr that
 *         build_zonelist_cache() clears in 2.6.24.
 *         \~chinese zonelist 只在启动时按管理区顺序建立一次：省去了
 *         set_zonelist_order()（非 NUMA 时总是 "Zone" 顺序）、对 system_state
 *         的判断以及内存热插拔后重建时用的 stop_machine_run()；
 *         __build_all_zonelists() 的工作直接写在这里：用 for_each_online_node()
 *         对每个在线节点调用 build_zonelists()，它同时清空 2.6.24 中由
 *         build_zonelist_cache() 清空的 zlcache_ptr。 \~
 */
void build_all_zonelists(void)
{
	int nid;

	for_each_online_node(nid)
		build_zonelists(NODE_DATA(nid));
	vm_total_pages = (unsigned long)nr_free_pagecache_pages();
	/* too little memory for MIGRATE_TYPES blocks each: do not group */
	page_group_by_mobility_disabled =
		vm_total_pages < pageblock_nr_pages * MIGRATE_TYPES;
	printk("Built %i zonelists in %s order, mobility grouping %s.  "
	       "Total pages: %ld\n", num_online_nodes(), "Zone",
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
 * @param z \~english the zone \~chinese 管理区 \~
 * @param order \~english the request \~chinese 请求的阶 \~
 * @param mark \~english pages_min, pages_low or pages_high
 *             \~chinese pages_min、pages_low 或 pages_high \~
 * @param classzone_idx \~english the zone the request started from
 *                      \~chinese 分配请求最初指定的管理区 \~
 * @param alloc_flags \~english ALLOC_HIGH / ALLOC_HARDER
 *                    \~chinese ALLOC_HIGH / ALLOC_HARDER \~
 * @return \~english 1 if allocation may proceed
 *         \~chinese 可以继续分配时返回 1 \~
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
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param start_page \~english first page \~chinese 第一个页 \~
 * @param end_page \~english last page \~chinese 最后一个页（包含在内） \~
 * @param migratetype \~english the new list \~chinese 新的迁移类型链表 \~
 * @return \~english pages moved \~chinese 移动的页数 \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
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
		list_del(&cur->lru);
		list_add(&cur->lru,
			 &zone->free_area[blk_order].free_list[migratetype]);
		cur += 1UL << blk_order;
		moved += 1 << blk_order;
	}
	return moved;
}

/**
 * @brief \~english move_freepages() over the whole pageblock of @p page.
 *        \~chinese 对 page 所在的整个页块调用 move_freepages()。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param page \~english any page of the block \~chinese 页块中的任意一页 \~
 * @param migratetype \~english the new list \~chinese 新的迁移类型链表 \~
 * @return \~english pages moved (0 if the block crosses the zone's end)
 *         \~chinese 移动的页数（页块越过管理区末尾时为 0） \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
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
	to = from + (pageblock_nr_pages - 1);
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
 * @param zone \~english the zone \~chinese 管理区 \~
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
	struct pglist_data *node;
	int idx, up;

	for_each_online_pgdat(node) {
		for (idx = 0; idx < MAX_NR_ZONES; idx++) {
			const struct zone *z = &node->node_zones[idx];
			unsigned long keep = 0;

			/* the largest amount higher-zone allocations must
			 * leave free here */
			for (up = idx; up < MAX_NR_ZONES; up++)
				if (z->lowmem_reserve[up] > keep)
					keep = z->lowmem_reserve[up];
			keep += z->pages_high;
			if (keep > z->present_pages)
				keep = z->present_pages;
			sum += keep;
		}
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
	struct pglist_data *node;
	int upper, lower;

	for_each_online_pgdat(node) {
		struct zone *zones = node->node_zones;

		for (upper = 0; upper < MAX_NR_ZONES; upper++) {
			/* present pages from the zone above lower up to
			 * upper: what an allocation for upper had before
			 * falling back */
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
		share = (u64)min_pages * z->present_pages;
		do_div(share, lowmem);
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
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/page_alloc.c,4151}
 * @seenotes{chapter-zone,zone-watermarks}
 */
int init_per_zone_pages_min(void)
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
	return 0;
}
