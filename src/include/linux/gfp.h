/**
 * @file
 * @brief \~english Allocation flags and the page allocator's entry points.
 *        \~chinese 分配标志（gfp）与页分配器的入口。 \~
 *
 * linux/gfp.h - allocation flags and the page allocator's entry points
 * (include/linux/gfp.h).
 *
 * A gfp mask says three things: which zones may be used (__GFP_DMA,
 * __GFP_HIGHMEM, __GFP_MOVABLE pick the first zone of the zonelist), how
 * hard to try (__GFP_WAIT, __GFP_HIGH, __GFP_NORETRY, ...), and, through
 * __GFP_MOVABLE/__GFP_RECLAIMABLE, the migrate type of the block.
 */
#ifndef _LINUX_GFP_H
#define _LINUX_GFP_H

#include <linux/mm.h>

#define __GFP_DMA		0x01u
#define __GFP_HIGHMEM		0x02u
#define __GFP_DMA32		0x04u
#define __GFP_WAIT		0x10u	/* may sleep */
#define __GFP_HIGH		0x20u	/* may use emergency pools */
#define __GFP_IO		0x40u	/* may start physical IO */
#define __GFP_FS		0x80u	/* may call into the filesystem */
#define __GFP_COLD		0x100u	/* cache-cold page wanted */
#define __GFP_NOWARN		0x200u	/* no failure report */
#define __GFP_REPEAT		0x400u	/* retry, may still fail */
#define __GFP_NOFAIL		0x800u	/* retry for ever */
#define __GFP_NORETRY		0x1000u	/* do not retry */
#define __GFP_COMP		0x4000u	/* compound page metadata */
#define __GFP_ZERO		0x8000u	/* zero the page */
#define __GFP_NOMEMALLOC	0x10000u /* never use emergency reserves */
#define __GFP_HARDWALL		0x20000u /* cpuset memory wall */
#define __GFP_THISNODE		0x40000u /* no fallback to other nodes */
#define __GFP_RECLAIMABLE	0x80000u /* page is reclaimable */
#define __GFP_MOVABLE		0x100000u /* page is movable */

#define __GFP_BITS_SHIFT	21
#define __GFP_BITS_MASK		((gfp_t)((1u << __GFP_BITS_SHIFT) - 1))

#define GFP_NOWAIT	(GFP_ATOMIC & ~__GFP_HIGH)
#define GFP_ATOMIC	(__GFP_HIGH)
#define GFP_NOIO	(__GFP_WAIT)
#define GFP_NOFS	(__GFP_WAIT | __GFP_IO)
#define GFP_KERNEL	(__GFP_WAIT | __GFP_IO | __GFP_FS)
#define GFP_TEMPORARY	(GFP_KERNEL | __GFP_RECLAIMABLE)
#define GFP_USER	(GFP_KERNEL | __GFP_HARDWALL)
#define GFP_HIGHUSER	(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_NOFS_PAGECACHE	(__GFP_WAIT | __GFP_IO | __GFP_MOVABLE)
#define GFP_USER_PAGECACHE	(GFP_USER | __GFP_MOVABLE)
#define GFP_HIGHUSER_PAGECACHE	(GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_THISNODE		((gfp_t)0)
#define GFP_MOVABLE_MASK	(__GFP_RECLAIMABLE | __GFP_MOVABLE)
#define GFP_DMA			__GFP_DMA
#define GFP_DMA32		__GFP_DMA32

/**
 * @brief \~english The migrate type an allocation asks for.
 *        \~chinese 由分配标志求出所需的迁移类型。 \~
 * @param gfp_flags \~english the allocation's gfp mask
 *                  \~chinese 该次分配的 gfp 掩码 \~
 * @return \~english MIGRATE_MOVABLE, MIGRATE_RECLAIMABLE or MIGRATE_UNMOVABLE
 *                   (always unmovable when grouping by mobility is off)
 *         \~chinese MIGRATE_MOVABLE、MIGRATE_RECLAIMABLE 或 MIGRATE_UNMOVABLE（关闭按可移动性分组时总是 MIGRATE_UNMOVABLE） \~
 * @kernel{include/linux/gfp.h,108}
 * @seenotes{chapter-buddy,buddy-migrate}
 */
static inline int allocflags_to_migratetype(gfp_t gfp_flags)
{
	WARN_ON((gfp_flags & GFP_MOVABLE_MASK) == GFP_MOVABLE_MASK);
	if (page_group_by_mobility_disabled)
		return MIGRATE_UNMOVABLE;
	/* __GFP_MOVABLE gives bit 1 of the type, __GFP_RECLAIMABLE bit 0 */
	return (!!(gfp_flags & __GFP_MOVABLE) << 1) |
	       !!(gfp_flags & __GFP_RECLAIMABLE);
}

/**
 * @brief \~english The highest zone an allocation may use.
 *        \~chinese 由分配标志求出允许使用的最高管理区。 \~
 * @param flags \~english the allocation's gfp mask
 *              \~chinese 该次分配的 gfp 掩码 \~
 * @return \~english ZONE_DMA, ZONE_MOVABLE, ZONE_HIGHMEM or ZONE_NORMAL
 *         \~chinese ZONE_DMA、ZONE_MOVABLE、ZONE_HIGHMEM 或 ZONE_NORMAL \~
 * @kernel{include/linux/gfp.h,120}
 * @seenotes{chapter-zone,zone-zonelists}
 */
static inline enum zone_type gfp_zone(gfp_t flags)
{
	if (flags & __GFP_DMA)
		return ZONE_DMA;
	if ((flags & (__GFP_HIGHMEM | __GFP_MOVABLE)) ==
	    (__GFP_HIGHMEM | __GFP_MOVABLE))
		return ZONE_MOVABLE;
	if (flags & __GFP_HIGHMEM)
		return ZONE_HIGHMEM;
	return ZONE_NORMAL;
}

struct page *__alloc_pages(gfp_t gfp_mask, unsigned int order,
			   struct zonelist *zonelist);

/**
 * @brief \~english Allocate 2^order pages, preferring node @p node.
 *        \~chinese 在节点 node 上分配 2^order 个连续页框。 \~
 * @param node \~english the node (0, the only one: !NUMA), or -1 for this CPU's
 *             \~chinese 节点号（非 NUMA 下唯一的节点 0），-1 表示当前 CPU 所在节点 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @param order \~english log2 of the number of pages
 *              \~chinese 页数的以 2 为底的对数 \~
 * @return \~english the first page, or NULL
 *         \~chinese 第一个页；失败返回 NULL \~
 * @kernel{include/linux/gfp.h,178}
 * @seenotes{chapter-buddy,buddy-alloc}
 */
static inline struct page *alloc_pages_node(int node, gfp_t gfp_mask,
					    unsigned int order)
{
	if (unlikely(MAX_ORDER <= order))	/* no free list that large */
		return NULL;
	if (node < 0)		/* no preference: the node we run on */
		node = numa_node_id();
	/* the node's zonelist for the highest zone the flags allow */
	return __alloc_pages(gfp_mask, order,
			     &NODE_DATA(node)->node_zonelists[gfp_zone(gfp_mask)]);
}

/**
 * @brief \~english Allocate 2^order contiguous page frames (!NUMA: from node 0).
 *        \~chinese 分配 2^order 个连续的页框（非 NUMA：从 0 号节点）。 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @param order \~english log2 of the number of pages
 *              \~chinese 页数的以 2 为底的对数 \~
 * @kernel{include/linux/gfp.h,206}
 * @seenotes{chapter-buddy,buddy-alloc}
 */
#define alloc_pages(gfp_mask, order) \
	alloc_pages_node(numa_node_id(), gfp_mask, order)
/**
 * @brief \~english Allocate one page frame.
 *        \~chinese 分配一个页框。 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @kernel{include/linux/gfp.h,210}
 * @seenotes{chapter-buddy,buddy-alloc}
 */
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)

unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order);
unsigned long get_zeroed_page(gfp_t gfp_mask);
#define __get_free_page(gfp_mask)	__get_free_pages((gfp_mask), 0)

void __free_pages(struct page *page, unsigned int order);
void free_pages(unsigned long addr, unsigned int order);
void free_hot_page(struct page *page);
void free_cold_page(struct page *page);
/**
 * @brief \~english Free one page frame.
 *        \~chinese 释放一个页框。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{include/linux/gfp.h,226}
 * @seenotes{chapter-buddy,buddy-free}
 */
#define __free_page(page)	__free_pages((page), 0)
#define free_page(addr)		free_pages((addr), 0)

void drain_local_pages(void);
void drain_all_local_pages(void);

/* the flags that say how hard to try, and the ones that restrict where */
#define GFP_RECLAIM_MASK	(__GFP_WAIT | __GFP_HIGH | __GFP_IO | __GFP_FS | \
				 __GFP_NOWARN | __GFP_REPEAT | __GFP_NOFAIL | \
				 __GFP_NORETRY | __GFP_NOMEMALLOC)
#define GFP_CONSTRAINT_MASK	(__GFP_HARDWALL | __GFP_THISNODE)
/* flags a slab cache cannot honour: its objects need a kernel address */
#define GFP_SLAB_BUG_MASK	(__GFP_DMA32 | __GFP_HIGHMEM | ~__GFP_BITS_MASK)

#endif /* _LINUX_GFP_H */
