/**
 * @file
 * @brief \~english The kernel address of a page frame.
 *        \~chinese 页框的内核虚拟地址。 \~
 *
 * highmem.c (page unit) - the kernel address of a page frame (mm/highmem.c).
 *
 * A lowmem frame's address is computed from its pfn.  A highmem frame
 * has one only while kmap() maps it; that lookup (the page_address_htable
 * hash) belongs to the persistent kmaps and comes with the highmem unit.
 */
#include <linux/mm.h>
#include <linux/swap.h>
#include <linux/vmstat.h>

/**
 * @brief \~english The kernel virtual address of a page frame.
 *        \~chinese 求页框的内核虚拟地址。 \~
 * @param page the frame
 * @return its direct-map address, or NULL for a highmem frame
 * @kernel{mm/highmem.c,262}
 * @seenotes{chapter-page,page-address}
 * @kquirk \~english No persistent kmap exists yet, so no highmem frame has
 *         an address: the search of page_address_htable (the slot from
 *         page_slot(), its lock taken with spin_lock_irqsave(), its list
 *         walked with list_for_each_entry()) is left out, and a highmem
 *         frame gives NULL, as an unmapped one does in 2.6.24.
 *         \~chinese 目前还没有永久内核映射，没有哪个高端页框有地址：因此省去了对
 *         page_address_htable 的查找（由 page_slot() 取得散列槽，用
 *         spin_lock_irqsave() 加锁，再用 list_for_each_entry() 遍历其链表），
 *         高端页框返回 NULL，与 2.6.24 中未映射的高端页框一致。 \~
 */
void *page_address(struct page *page)
{
	if (!PageHighMem(page))
		return lowmem_page_address(page);
	return NULL;
}

/**
 * @brief \~english Free frames in the highmem zones.
 *        \~chinese 高端内存管理区中的空闲页框数。 \~
 * @return frames
 * @kernel{mm/highmem.c,44}
 * @seenotes{chapter-page,page-address}
 */
unsigned int nr_free_highpages(void)
{
	unsigned int sum = 0;
	pg_data_t *node;

	for_each_online_pgdat(node) {
		struct zone *zones = node->node_zones;

		sum += (unsigned int)zone_page_state(&zones[ZONE_HIGHMEM],
						     NR_FREE_PAGES);
		/* ZONE_MOVABLE is highmem too when it was carved from it */
		if (zone_movable_is_highmem())
			sum += (unsigned int)zone_page_state(&zones[ZONE_MOVABLE],
							     NR_FREE_PAGES);
	}
	return sum;
}
