/**
 * @file
 * @brief \~english New user pages and the LRU lists (mm/swap.c).
 *        \~chinese 新的用户页与 LRU 链表（mm/swap.c）。 \~
 *
 * swap.c (fault unit) - lru_cache_add_active() of mm/swap.c.
 *
 * 2.6.24 puts every page it maps into a process on its zone's active
 * list, through a per-CPU pagevec, so that reclaim can age it later.
 * mm24 has no reclaim of user pages yet (no kswapd scan of the LRU): the
 * call is made where 2.6.24 makes it, and the page stays off the lists.
 */
#include <linux/fault.h>

/**
 * @brief \~english A new user page joins the active LRU list (in mm24: nothing yet).
 *        \~chinese 新的用户页加入活动 LRU 链表（在 mm24 中暂时什么也不做）。 \~
 * @param page \~english the page \~chinese 页描述符 \~
 * @kernel{mm/swap.c,215}
 * @seenotes{chapter-fault,fault-quirks}
 * @kquirk \~english Reclaim of user pages comes later: the page is not
 *         added to the per-CPU pagevec (get_cpu_var(),
 *         pagevec_add(), __pagevec_lru_add_active(), put_cpu_var()), so
 *         it never gets PG_lru or PG_active, and freeing it needs no
 *         del_page_from_lru().
 *         \~chinese 用户页的回收以后才有：页不加入每 CPU 的 pagevec
 *         （get_cpu_var()、pagevec_add()、__pagevec_lru_add_active()、
 *         put_cpu_var()），所以它不会有 PG_lru 或 PG_active，释放时也不需要
 *         del_page_from_lru()。 \~
 */
void lru_cache_add_active(struct page *page)
{
	(void)page;
}
