/**
 * @file
 * @brief \~english The reverse map of new user pages: which anon_vma or file a mapped page belongs to, and how many PTEs map it (mm/rmap.c).
 *        \~chinese 新用户页的反向映射：被映射的页属于哪个 anon_vma 或文件，以及有多少页表项映射它（mm/rmap.c）。 \~
 *
 * rmap.c (fault unit) - the page side of mm/rmap.c that the fault paths
 * use; the VMA side (anon_vma_prepare(), anon_vma_link(), ...) and
 * page_remove_rmap() are the vma unit's (src/vma/rmap.c).
 *
 * page->_mapcount counts the PTEs that map a page, from -1 (none):
 *  - a new anonymous page starts at 0 (one PTE) and its ->mapping points
 *    at the VMA's anon_vma with the low bit set (PAGE_MAPPING_ANON), its
 *    ->index is its linear index in the VMA: NR_ANON_PAGES counts it;
 *  - a page-cache page keeps its file's ->mapping; the first PTE that
 *    maps it counts it in NR_FILE_MAPPED ("Mapped" in /proc/meminfo);
 *  - fork adds one per copied PTE (page_dup_rmap()), zap and COW take
 *    one away (page_remove_rmap()), and the last one uncounts the page.
 * Reclaim, which walks these maps backwards (try_to_unmap()), comes later.
 */
#include <linux/fault.h>
#include <linux/vmstat.h>

#define PAGE_MAPPING_ANON	1

/**
 * @brief \~english Point a new anonymous @p pg at @p area's anon_vma and count it in NR_ANON_PAGES.
 *        \~chinese 让新的匿名页 page 指向 vma 的 anon_vma，并计入 NR_ANON_PAGES。 \~
 * @param pg \~english the page \~chinese 页描述符 \~
 * @param area \~english the VMA it is mapped in \~chinese 映射它的线性区 \~
 * @param uaddr \~english the user address \~chinese 用户地址 \~
 * @kernel{mm/rmap.c,493}
 * @seenotes{chapter-fault,fault-rmap}
 */
static void __page_set_anon_rmap(struct page *pg,
				 struct vm_area_struct *area,
				 unsigned long uaddr)
{
	unsigned long tagged = (unsigned long)area->anon_vma;

	BUG_ON(!tagged);
	/* the low bit tells an anon_vma from an address_space */
	tagged |= PAGE_MAPPING_ANON;
	pg->mapping = (struct address_space *)tagged;
	pg->index = linear_page_index(area, uaddr);
	__inc_zone_page_state(pg, NR_ANON_PAGES);
}

/**
 * @brief \~english The first mapping of a new anonymous @p pg (one PTE: _mapcount 0).
 *        \~chinese 新匿名页 page 的第一次映射（一个页表项：_mapcount 为 0）。 \~
 * @param pg \~english the page \~chinese 页描述符 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the user address, inside @p area \~chinese 用户地址，在 vma 之内 \~
 * @context \~english the page-table lock held \~chinese 调用者持有页表锁 \~
 * @kernel{mm/rmap.c,569}
 * @seenotes{chapter-fault,fault-rmap}
 */
void page_add_new_anon_rmap(struct page *pg, struct vm_area_struct *area,
			    unsigned long uaddr)
{
	BUG_ON(uaddr < area->vm_start || uaddr >= area->vm_end);
	atomic_set(&pg->_mapcount, 0);	/* from -1: one mapping */
	__page_set_anon_rmap(pg, area, uaddr);
}

/**
 * @brief \~english One more PTE maps the page-cache @p pg; the first one counts it in NR_FILE_MAPPED.
 *        \~chinese 又一个页表项映射了页高速缓存页 page；第一次映射时计入 NR_FILE_MAPPED。 \~
 * @param pg \~english the page \~chinese 页描述符 \~
 * @context \~english the page-table lock held \~chinese 调用者持有页表锁 \~
 * @kernel{mm/rmap.c,583}
 * @seenotes{chapter-fault,fault-rmap}
 */
void page_add_file_rmap(struct page *pg)
{
	if (atomic_inc_and_test(&pg->_mapcount))
		__inc_zone_page_state(pg, NR_FILE_MAPPED);
}
