/**
 * @file
 * @brief \~english Nodes, zones, free areas and per-cpu pagesets.
 *        \~chinese 内存节点、管理区、空闲区与每CPU页框高速缓存。 \~
 *
 * linux/mmzone.h - nodes, zones, free areas and per-cpu pagesets
 * (include/linux/mmzone.h, include/linux/pageblock-flags.h).
 *
 * One node (contig_page_data, !NUMA) holds four zones on i386 with
 * highmem; each zone owns its buddy free lists, one per order and
 * migrate type:
 *
 *   zone->free_area[order].free_list[migratetype]      order 0 .. 10
 *        |                                             type  0 .. 4
 *        +-> page (first of a 2^order block, PG_buddy, private = order)
 *
 * and a pair of per-cpu lists (hot, cold) of single pages per CPU.
 */
#ifndef _LINUX_MMZONE_H
#define _LINUX_MMZONE_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <linux/smp.h>

/**
 * @brief \~english Number of block orders: 0 .. 10, the largest block is 4 MiB.
 *        \~chinese 块的阶数：0 到 10，最大的块为 4 MiB。 \~
 * @kernel{include/linux/mmzone.h,23}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
#define MAX_ORDER		11
#define MAX_ORDER_NR_PAGES	(1 << (MAX_ORDER - 1))
#define PAGE_ALLOC_COSTLY_ORDER	3

#define MIGRATE_UNMOVABLE	0
#define MIGRATE_RECLAIMABLE	1
#define MIGRATE_MOVABLE		2
#define MIGRATE_RESERVE		3
#define MIGRATE_ISOLATE		4
#define MIGRATE_TYPES		5

#define for_each_migratetype_order(order, type) \
	for ((order) = 0; (order) < MAX_ORDER; (order)++) \
		for ((type) = 0; (type) < MIGRATE_TYPES; (type)++)

/* Pageblocks: 3 bits of migrate type per 2^pageblock_order pages. */
#define PB_migrate		0
#define PB_migrate_end		(PB_migrate + 3 - 1)
#define NR_PAGEBLOCK_BITS	3
#define pageblock_order		(MAX_ORDER - 1)
#define pageblock_nr_pages	(1UL << pageblock_order)

struct page;
struct zone;

extern int page_group_by_mobility_disabled;
unsigned long get_pageblock_flags_group(struct page *page,
					int start_bitidx, int end_bitidx);
void set_pageblock_flags_group(struct page *page, unsigned long flags,
			       int start_bitidx, int end_bitidx);

/**
 * @brief \~english The migrate type of the pageblock holding @p page.
 *        \~chinese 返回页框所在页块的迁移类型。 \~
 * @param page \~english any page of the block \~chinese 页块中的任意一页 \~
 * @return \~english MIGRATE_UNMOVABLE when grouping by mobility is off, else the
 *                   type recorded in the zone's pageblock bitmap
 *         \~chinese 关闭按可移动性分组时返回 MIGRATE_UNMOVABLE，否则返回管理区页块位图中记录的迁移类型 \~
 * @kernel{include/linux/mmzone.h,50}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static inline int get_pageblock_migratetype(struct page *page)
{
	if (unlikely(page_group_by_mobility_disabled))
		return MIGRATE_UNMOVABLE;
	return (int)get_pageblock_flags_group(page, PB_migrate, PB_migrate_end);
}

/**
 * @brief \~english The free blocks of one order, listed by migrate type.
 *        \~chinese 某一阶的空闲块，按迁移类型分链表挂接。 \~
 * @kernel{include/linux/mmzone.h,58}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
struct free_area {
	struct list_head free_list[MIGRATE_TYPES]; /**< blocks by migrate type */
	unsigned long nr_free;		/**< blocks of this order, all types */
};

/** @brief Per-zone counters, printed by /proc/zoneinfo and /proc/vmstat. */
enum zone_stat_item {
	NR_FREE_PAGES,
	NR_INACTIVE,
	NR_ACTIVE,
	NR_ANON_PAGES,
	NR_FILE_MAPPED,
	NR_FILE_PAGES,
	NR_FILE_DIRTY,
	NR_WRITEBACK,
	NR_SLAB_RECLAIMABLE,
	NR_SLAB_UNRECLAIMABLE,
	NR_PAGETABLE,
	NR_UNSTABLE_NFS,
	NR_BOUNCE,
	NR_VMSCAN_WRITE,
	NR_VM_ZONE_STAT_ITEMS
};

/**
 * @brief \~english A per-cpu list of free single pages (hot or cold).
 *        \~chinese 每CPU页框高速缓存中的一条链表（热或冷）。 \~
 *
 *   list.next (hot end: allocations and hot frees)  ...  list.prev (cold end)
 *
 * @kernel{include/linux/mmzone.h,108}
 * @seenotes{chapter-zone,zone-pcp}
 */
struct per_cpu_pages {
	int count;		/**< pages on the list */
	int high;		/**< give back a batch when count reaches this */
	int batch;		/**< pages moved to or from the buddy lists at once */
	struct list_head list;	/**< the pages, private = migrate type */
};

/**
 * @brief \~english One CPU's page caches and counter deltas for a zone.
 *        \~chinese 一个CPU在某管理区上的页框高速缓存与计数器增量。 \~
 * @kernel{include/linux/mmzone.h,115}
 * @seenotes{chapter-zone,zone-pcp}
 */
struct per_cpu_pageset {
	struct per_cpu_pages pcp[2];	/**< [0] hot, [1] cold */
	s8 stat_threshold;		/**< fold deltas beyond +/- this */
	s8 vm_stat_diff[NR_VM_ZONE_STAT_ITEMS]; /**< unfolded counter deltas */
};

#define zone_pcp(z, cpu)	(&(z)->pageset[(cpu)])

/**
 * @brief \~english The zone types of i386: DMA (below 16 MiB), Normal (to 896 MiB), HighMem, Movable.
 *        \~chinese i386 的管理区类型：DMA（16 MiB 以下）、Normal（到 896 MiB）、HighMem、Movable。 \~
 * @kernel{include/linux/mmzone.h,132}
 * @seenotes{chapter-zone,zone-struct}
 */
enum zone_type {
	ZONE_DMA,
	ZONE_NORMAL,
	ZONE_HIGHMEM,
	ZONE_MOVABLE,
	MAX_NR_ZONES
};

#define ZONES_SHIFT	2

typedef enum {
	ZONE_ALL_UNRECLAIMABLE,
	ZONE_RECLAIM_LOCKED,
	ZONE_OOM_LOCKED,
} zone_flags_t;

/**
 * @brief \~english A memory zone: a pfn range with its own free lists,
 *        watermarks and per-cpu caches.
 *        \~chinese 管理区：一段页框号区间，拥有自己的空闲链表、水位线和每CPU页框高速缓存。 \~
 * @kernel{include/linux/mmzone.h,214}
 * @seenotes{chapter-zone,zone-struct}
 */
struct zone {
	unsigned long pages_min;	/**< the min watermark (pages) */
	unsigned long pages_low;	/**< kswapd is woken below this */
	unsigned long pages_high;	/**< kswapd stops above this */
	unsigned long lowmem_reserve[MAX_NR_ZONES]; /**< kept back per class zone */
	struct per_cpu_pageset pageset[NR_CPUS]; /**< per-cpu page caches */
	spinlock_t lock;		/**< guards free_area */
	struct free_area free_area[MAX_ORDER]; /**< buddy lists by order */
	unsigned long *pageblock_flags;	/**< 3 bits per pageblock, bootmem */
	spinlock_t lru_lock;		/**< guards the LRU lists */
	struct list_head active_list;	/**< LRU: recently used */
	struct list_head inactive_list;	/**< LRU: reclaim candidates */
	unsigned long nr_scan_active;	/**< reclaim scan credit */
	unsigned long nr_scan_inactive;	/**< reclaim scan credit */
	unsigned long pages_scanned;	/**< scanned since last reclaim */
	unsigned long flags;		/**< zone_flags_t bits */
	atomic_long_t vm_stat[NR_VM_ZONE_STAT_ITEMS]; /**< folded counters */
	int prev_priority;		/**< reclaim priority last used */
	wait_queue_head_t *wait_table;	/**< page wait hash, bootmem */
	unsigned long wait_table_hash_nr_entries; /**< its size */
	unsigned long wait_table_bits;	/**< log2 of the size */
	struct pglist_data *zone_pgdat;	/**< the node */
	unsigned long zone_start_pfn;	/**< first pfn */
	unsigned long spanned_pages;	/**< pfns covered, holes included */
	unsigned long present_pages;	/**< usable frames (minus memmap) */
	const char *name;		/**< "DMA", "Normal", ... */
};

#define MAX_ZONES_PER_ZONELIST	(1 * MAX_NR_ZONES)
#define MAX_ZONELISTS		MAX_NR_ZONES

/**
 * @brief \~english The zones an allocation may use, best first, NULL-ended.
 *        \~chinese 分配可用的管理区，按优先次序排列，以 NULL 结束。 \~
 * @kernel{include/linux/mmzone.h,481}
 * @seenotes{chapter-zone,zone-zonelists}
 */
struct zonelist {
	void *zlcache_ptr;		/**< NULL: no zonelist cache on !NUMA */
	struct zone *zones[MAX_ZONES_PER_ZONELIST + 1]; /**< the zones */
};

struct bootmem_data;

/**
 * @brief \~english A memory node; i386 !NUMA has exactly one.
 *        \~chinese 内存节点；非 NUMA 的 i386 只有一个。 \~
 * @kernel{include/linux/mmzone.h,532}
 * @seenotes{chapter-zone,zone-struct}
 * @kquirk \~english There is no kswapd thread (wakeup_kswapd() only reports
 *         the wake-up), so the node has no kswapd task pointer; the
 *         queue it would sleep on and the order asked of it are kept.
 *         \~chinese 没有 kswapd 内核线程（wakeup_kswapd() 只报告唤醒），所以节点中
 *         没有指向它的 kswapd 任务指针；它睡眠的等待队列与被要求的阶仍然保留。 \~
 */
typedef struct pglist_data {
	struct zone node_zones[MAX_NR_ZONES];	/**< DMA, Normal, HighMem, Movable */
	struct zonelist node_zonelists[MAX_ZONELISTS]; /**< one per zone type */
	int nr_zones;				/**< zones initialised */
	struct page *node_mem_map;		/**< this node's mem_map */
	struct bootmem_data *bdata;		/**< its boot-time allocator */
	unsigned long node_start_pfn;		/**< first pfn */
	unsigned long node_present_pages;	/**< frames, holes excluded */
	unsigned long node_spanned_pages;	/**< pfns, holes included */
	int node_id;				/**< 0 */
	wait_queue_head_t kswapd_wait;		/**< kswapd sleeps here */
	int kswapd_max_order;			/**< largest order wanted */
} pg_data_t;

extern struct pglist_data contig_page_data;
#define NODE_DATA(nid)		(&contig_page_data)
#define first_online_pgdat()	(&contig_page_data)
#define next_online_pgdat(p)	((struct pglist_data *)0)
#define for_each_online_pgdat(p) \
	for ((p) = first_online_pgdat(); (p); (p) = next_online_pgdat(p))
#define for_each_zone(z) \
	for ((z) = contig_page_data.node_zones; \
	     (z) < contig_page_data.node_zones + MAX_NR_ZONES; (z)++)
#define numa_node_id()		0
/* linux/nodemask.h with MAX_NUMNODES 1: node 0 is the one node online */
#define node_online(nid)	((nid) == 0)
#define num_online_nodes()	1
#define for_each_online_node(nid) \
	for ((nid) = 0; (nid) < 1; (nid)++)
/**
 * @brief \~english The index of a zone within its node: its zone_type.
 *        \~chinese 管理区在节点中的下标，即其类型编号。 \~
 * @param z \~english the zone \~chinese 管理区 \~
 * @kernel{include/linux/mmzone.h,598}
 * @seenotes{chapter-zone,zone-struct}
 */
#define zone_idx(z)		((int)((z) - (z)->zone_pgdat->node_zones))
#define populated_zone(z)	(!!(z)->present_pages)

void build_all_zonelists(void);
/* may this zone give a block of 2^order pages and stay above @mark? */
int zone_watermark_ok(struct zone *z, int order, unsigned long mark,
		      int classzone_idx, int alloc_flags);

extern int movable_zone;
extern const char * const zone_names[MAX_NR_ZONES];

/* ZONE_MOVABLE is highmem when it is carved out of ZONE_HIGHMEM */
static inline int zone_movable_is_highmem(void)
{
	return movable_zone == ZONE_HIGHMEM;
}

static inline int is_highmem_idx(int idx)
{
	return idx == ZONE_HIGHMEM ||
	       (idx == ZONE_MOVABLE && zone_movable_is_highmem());
}

static inline int is_highmem(const struct zone *zone)
{
	return is_highmem_idx((int)(zone - zone->zone_pgdat->node_zones));
}

static inline int zone_is_all_unreclaimable(const struct zone *zone)
{
	return (zone->flags >> ZONE_ALL_UNRECLAIMABLE) & 1;
}

static inline void zone_clear_flag(struct zone *zone, zone_flags_t flag)
{
	zone->flags &= ~(1UL << flag);
}

static inline int zone_test_and_set_flag(struct zone *zone, zone_flags_t flag)
{
	int old = (zone->flags >> flag) & 1;

	zone->flags |= 1UL << flag;
	return old;
}

#endif /* _LINUX_MMZONE_H */
