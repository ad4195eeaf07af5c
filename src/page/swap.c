/**
 * @file
 * @brief \~english Dropping a page reference.
 *        \~chinese 释放对页的引用。 \~
 *
 * swap.c (page unit) - dropping a page reference (mm/swap.c).
 *
 * put_page(): a compound page is released through its head and the
 * destructor stored in its first tail; an ordinary page goes back to the
 * page allocator as a hot page when its count reaches zero.
 */
#include <linux/gfp.h>
#include <linux/mm.h>

/**
 * @brief \~english Drop a reference to a compound page; on the last one, run its destructor.
 *        \~chinese 释放对复合页的一个引用；最后一个引用释放时调用它的析构函数。 \~
 * @param page \~english the head or any tail of the compound page
 *             \~chinese 复合页的首页或任意一个尾页 \~
 * @kernel{mm/swap.c,59}
 * @seenotes{chapter-page,page-refcount}
 */
static void put_compound_page(struct page *page)
{
	page = compound_head(page);
	if (put_page_testzero(page))
		(*get_compound_page_dtor(page))(page);
}

/**
 * @brief \~english Free a page whose last reference is gone.
 *        \~chinese 释放引用计数已降到 0 的页。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{mm/swap.c,44}
 * @seenotes{chapter-page,page-refcount}
 * @kquirk \~english No page is on an LRU list before the reclaim unit, so
 *         where 2.6.24 takes a PageLRU() page off its list (under
 *         zone->lru_lock, with del_page_from_lru()), mm24 has a BUG_ON().
 *         \~chinese 在回收单元加入之前没有页位于 LRU 链表上，所以 2.6.24 对
 *         PageLRU() 为真的页持 zone->lru_lock 调用 del_page_from_lru() 将其摘下的
 *         地方，mm24 是一条 BUG_ON()。 \~
 */
static void __page_cache_release(struct page *page)
{
	BUG_ON(PageLRU(page));
	free_hot_page(page);
}

/**
 * @brief \~english Drop one reference; free the page on the last one.
 *        \~chinese 释放对页的一个引用；最后一个引用释放时归还该页。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{mm/swap.c,70}
 * @seenotes{chapter-page,page-refcount}
 */
void put_page(struct page *page)
{
	if (unlikely(PageCompound(page)))
		put_compound_page(page);
	else if (put_page_testzero(page))
		__page_cache_release(page);
}
