/**
 * @file
 * @brief \~english mem_map and the per-pageblock migrate types.
 *        \~chinese mem_map 与页块的迁移类型。 \~
 *
 * page_alloc.c (page unit) - mem_map and the per-pageblock migrate types
 * (the struct page parts of mm/page_alloc.c).
 *
 * alloc_node_mem_map() takes mem_map from bootmem, one struct page per
 * frame, the node's span rounded out to MAX_ORDER blocks so that the
 * buddy of any block always has a struct page.  memmap_init_zone() then
 * gives every frame of a zone its zone link, one reference, no mappings,
 * PG_reserved (bootmem frees the usable ones later), and marks its
 * pageblock MIGRATE_MOVABLE.
 *
 * Pageblock bitmap of a zone, 3 bits per 1024-frame block:
 *   bit (pfn - zone_start_pfn) / 1024 * 3 + {0,1,2} = migrate type
 */
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/mm.h>

int page_group_by_mobility_disabled;

/**
 * @brief \~english The pageblock bitmap that holds the bits of frame @p pfn.
 *        \~chinese 返回记录页框 pfn 所在页块标志位的页块位图。 \~
 * @param zone \~english the frame's zone \~chinese 该页框所在的管理区 \~
 * @param pfn \~english the frame \~chinese 页框号 \~
 * @return \~english the zone's bitmap (FLATMEM: one per zone)
 *         \~chinese 管理区的位图（FLATMEM 下每个管理区一个） \~
 * @kernel{mm/page_alloc.c,4382}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static unsigned long *get_pageblock_bitmap(struct zone *zone,
					   unsigned long pfn)
{
	(void)pfn;		/* !SPARSEMEM: one bitmap per zone */
	return zone->pageblock_flags;
}

/**
 * @brief \~english Bit number, in its zone's bitmap, of frame @p pfn's pageblock.
 *        \~chinese 求页框 pfn 所在页块在管理区页块位图中的起始位号。 \~
 * @param zone \~english the frame's zone \~chinese 该页框所在的管理区 \~
 * @param pfn \~english the frame \~chinese 页框号 \~
 * @return \~english NR_PAGEBLOCK_BITS times the block's index in the zone
 *         \~chinese NR_PAGEBLOCK_BITS 乘以该页块在管理区中的序号 \~
 * @kernel{mm/page_alloc.c,4392}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static unsigned long pfn_to_bitidx(struct zone *zone, unsigned long pfn)
{
	return ((pfn - zone->zone_start_pfn) >> pageblock_order) *
	       NR_PAGEBLOCK_BITS;
}

/**
 * @brief \~english Read bits [start_bitidx, end_bitidx] of @p page's pageblock.
 *        \~chinese 读出页框所在页块的第 start_bitidx 到 end_bitidx 位标志。 \~
 * @param page \~english any page of the block \~chinese 页块中的任意一页 \~
 * @param start_bitidx \~english first bit \~chinese 第一位 \~
 * @param end_bitidx \~english last bit \~chinese 最后一位 \~
 * @return \~english the bits, lowest first \~chinese 这些位的值，最低位在前 \~
 * @kernel{mm/page_alloc.c,4410}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
unsigned long get_pageblock_flags_group(struct page *page,
					int start_bitidx, int end_bitidx)
{
	struct zone *zone = page_zone(page);
	unsigned long pfn = page_to_pfn(page);
	unsigned long *bitmap = get_pageblock_bitmap(zone, pfn);
	unsigned long base = pfn_to_bitidx(zone, pfn);
	unsigned long result = 0;
	int bit;

	/* bit start_bitidx of the block lands in bit 0 of the result */
	for (bit = start_bitidx; bit <= end_bitidx; bit++)
		if (test_bit(base + (unsigned long)bit, bitmap))
			result |= 1UL << (bit - start_bitidx);
	return result;
}

/**
 * @brief \~english Write bits [start_bitidx, end_bitidx] of @p page's pageblock.
 *        \~chinese 写入页框所在页块的第 start_bitidx 到 end_bitidx 位标志。 \~
 * @param page \~english any page of the block \~chinese 页块中的任意一页 \~
 * @param flags \~english the value, lowest bit first
 *              \~chinese 要设置的值，最低位在前 \~
 * @param start_bitidx \~english first bit \~chinese 第一位 \~
 * @param end_bitidx \~english last bit \~chinese 最后一位 \~
 * @kernel{mm/page_alloc.c,4438}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
void set_pageblock_flags_group(struct page *page, unsigned long flags,
			       int start_bitidx, int end_bitidx)
{
	struct zone *zone = page_zone(page);
	unsigned long pfn = page_to_pfn(page);
	unsigned long *bitmap = get_pageblock_bitmap(zone, pfn);
	unsigned long base = pfn_to_bitidx(zone, pfn);
	unsigned long mask = 1;	/* the bit of @flags for bit number @bit */
	int bit;

	/* every bit of the group is written, the clear ones as well */
	for (bit = start_bitidx; bit <= end_bitidx; bit++, mask <<= 1) {
		unsigned long nr = base + (unsigned long)bit;

		if (flags & mask)
			__set_bit(nr, bitmap);
		else
			__clear_bit(nr, bitmap);
	}
}

/**
 * @brief \~english Record the migrate type of @p page's pageblock.
 *        \~chinese 设置页框所在页块的迁移类型。 \~
 * @param page \~english any page of the block \~chinese 页块中的任意一页 \~
 * @param migratetype \~english MIGRATE_* \~chinese MIGRATE_* 迁移类型 \~
 * @kernel{mm/page_alloc.c,169}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
void set_pageblock_migratetype(struct page *page, int migratetype)
{
	set_pageblock_flags_group(page, (unsigned long)migratetype,
				  PB_migrate, PB_migrate_end);
}

/**
 * @brief \~english Initialise the struct pages of one zone at boot.
 *        \~chinese 启动时初始化一个管理区中所有页框的 struct page。 \~
 * @param size \~english frames in the zone \~chinese 管理区中的页框数 \~
 * @param nid \~english the node \~chinese 节点号 \~
 * @param zone \~english the zone index \~chinese 管理区下标 \~
 * @param start_pfn \~english its first frame \~chinese 管理区的第一个页框号 \~
 * @param context \~english MEMMAP_EARLY at boot
 *                \~chinese 引导时为 MEMMAP_EARLY \~
 *
 * The test before set_pageblock_migratetype() is "pfn not block-aligned":
 * every frame of a block but its first sets the block's type, which the
 * later frames do anyway.  On FLATMEM the boot mem_map has no holes, so
 * the MEMMAP_EARLY checks of 2.6.24 (early_pfn_valid(), early_pfn_in_nid())
 * are always true and are not written out.
 *
 * @kernel{mm/page_alloc.c,2508}
 * @seenotes{chapter-page,page-memmap}
 */
void memmap_init_zone(unsigned long size, int nid, unsigned long zone,
		      unsigned long start_pfn, enum memmap_context context)
{
	const unsigned long end = start_pfn + size;
	unsigned long pfn;

	(void)context;		/* FLATMEM: no holes in the boot mem_map */
	for (pfn = start_pfn; pfn < end; pfn++) {
		struct page *pg = pfn_to_page(pfn);

		set_page_links(pg, (enum zone_type)zone, (unsigned long)nid,
			       pfn);
		/* one reference and reserved: free_all_bootmem() lets go of
		 * the usable frames later */
		init_page_count(pg);
		reset_page_mapcount(pg);
		SetPageReserved(pg);
		if (pfn & (pageblock_nr_pages - 1))
			set_pageblock_migratetype(pg, MIGRATE_MOVABLE);
		INIT_LIST_HEAD(&pg->lru);
	}
}

/**
 * @brief \~english Allocate the node's mem_map from bootmem.
 *        \~chinese 从引导内存为节点分配 mem_map 数组。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @kernel{mm/page_alloc.c,3407}
 * @seenotes{chapter-page,page-memmap}
 * @kquirk \~english sizeof(struct page) is 56 on the 64-bit host, not 32.
 *         \~chinese 在 64 位宿主机上 sizeof(struct page) 是 56 而不是 32。 \~
 * @kquirk \~english alloc_remap(), the remap area of i386 NUMA nodes, gives
 *         NULL in this configuration, so the map always comes from
 *         alloc_bootmem_node() and the call with its test is left out.
 *         \~chinese alloc_remap()（i386 NUMA 节点的重映射区）在此配置下返回 NULL，
 *         所以 mem_map 总是由 alloc_bootmem_node() 分配，省去了这次调用及其判断。 \~
 */
void alloc_node_mem_map(struct pglist_data *pgdat)
{
	if (pgdat->node_spanned_pages == 0)
		return;			/* an empty node needs no map */
	if (pgdat->node_mem_map == NULL) {
		/* from a MAX_ORDER-aligned start, so every buddy has a page */
		unsigned long first = pgdat->node_start_pfn &
				      ~(MAX_ORDER_NR_PAGES - 1UL);
		unsigned long limit = ALIGN(pgdat->node_start_pfn +
					    pgdat->node_spanned_pages,
					    (unsigned long)MAX_ORDER_NR_PAGES);
		unsigned long bytes = (limit - first) * sizeof(struct page);
		struct page *map = alloc_bootmem_node(pgdat, bytes);

		pgdat->node_mem_map = map + (pgdat->node_start_pfn - first);
	}
	if (pgdat == NODE_DATA(0)) {
		mem_map = NODE_DATA(0)->node_mem_map;
		if (page_to_pfn(mem_map) != pgdat->node_start_pfn)
			mem_map -= pgdat->node_start_pfn - ARCH_PFN_OFFSET;
	}
}
