/**
 * @file
 * @brief \~english The zoned buddy allocator: allocation, freeing, per-cpu lists, mobility.
 *        \~chinese 分区伙伴分配器：分配、释放、每CPU页框高速缓存与按可移动性分组。 \~
 *
 * page_alloc.c (buddy unit) - the zoned buddy allocator (mm/page_alloc.c).
 *
 * Free memory of a zone is kept as blocks of 2^order pages (order 0..10)
 * on zone->free_area[order].free_list[migratetype].  A block's first
 * page carries PG_buddy and its order in page->private.
 *
 * Allocation, __alloc_pages(gfp, order, zonelist):
 *  1. fast path: walk the zonelist; take the first zone whose free pages
 *     stay above pages_low (zone_watermark_ok), get a block there
 *     (buffered_rmqueue);
 *  2. slow path: wake kswapd, retry against pages_min, deeper for
 *     __GFP_HIGH and atomic callers; PF_MEMALLOC ignores watermarks;
 *     callers that may sleep try direct reclaim, then the OOM killer;
 *  3. buffered_rmqueue: order 0 comes from this CPU's hot or cold list,
 *     refilled with a batch from the buddy lists when empty; larger
 *     orders come from __rmqueue() under zone->lock;
 *  4. __rmqueue: the smallest block of the wanted migrate type that is
 *     big enough, split down by expand(); failing that, the largest block
 *     of a fallback type, possibly stealing its whole pageblock.
 *
 * Freeing, __free_pages(page, order): order 0 goes to this CPU's hot list
 * (a batch returns to the buddy lists when the list reaches high);
 * larger blocks go straight to __free_one_page(), which merges with the
 * buddy at index ^ (1 << order) while that buddy is free, of the same
 * order and in the same zone.
 */
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/vmstat.h>
#include <mm/internal.h>

#define WRITE	1
#define HZ	100

/**
 * @brief \~english CONFIG_DEBUG_VM: does @p page lie outside @p zone's span,
 *        or belong to another zone?
 *        \~chinese CONFIG_DEBUG_VM 调试检查：page 是否落在管理区 zone 的跨度之外，
 *        或者属于别的管理区？ \~
 * @param zone \~english the zone the caller believes the page is in
 *             \~chinese 调用者认为该页所在的管理区 \~
 * @param page \~english the page \~chinese 页 \~
 * @return \~english 1 if the page is out of place, 0 if it is where it should be
 *         \~chinese 页不在该管理区内返回 1，位置正确返回 0 \~
 * @kernel{mm/page_alloc.c,205}
 * @seenotes{chapter-buddy,buddy-checks}
 * @kquirk \~english 2.6.24's two helpers are written in line, as what is
 *         left of them in this configuration: page_outside_zone_boundaries()
 *         rereads the span under zone_span_seqbegin() for memory hot-plug,
 *         which mm24 does not have, and page_is_consistent() asks
 *         pfn_valid_within(), always true when a zone has no holes.  What
 *         remains is the test of ->zone_start_pfn and ->spanned_pages, then
 *         the page_zone() comparison.
 *         \~chinese 2.6.24 的两个辅助函数按它们在这个配置下剩下的部分直接写在这里：
 *         page_outside_zone_boundaries() 为内存热插拔在 zone_span_seqbegin() 保护下
 *         重读跨度，mm24 没有热插拔；page_is_consistent() 调用 pfn_valid_within()，
 *         管理区内没有空洞时它总是为真。剩下的就是对 ->zone_start_pfn 和
 *         ->spanned_pages 的检查，以及 page_zone() 的比较。 \~
 */
static int bad_range(struct zone *zone, struct page *page)
{
	unsigned long pfn = page_to_pfn(page);

	if (pfn >= zone->zone_start_pfn + zone->spanned_pages ||
	    pfn < zone->zone_start_pfn)
		return 1;
	return zone != page_zone(page);
}

/**
 * @brief \~english Report a page in an impossible state and clean it up.
 *        \~chinese 报告处于非法状态的页（Bad page state），并把它的状态清理干净。 \~
 * @param pg \~english the page \~chinese 页 \~
 * @kernel{mm/page_alloc.c,221}
 * @seenotes{chapter-buddy,buddy-checks}
 * @kquirk \~english The page and its mapping are printed as the emulated
 *         machine's 32-bit addresses, i386_addr() with %08lx, where 2.6.24
 *         prints the pointers with %p: here %p would show host addresses.
 *         \~chinese 页描述符和它的 mapping 以模拟机器上的 32 位地址打印（i386_addr()
 *         配合 %08lx），而 2.6.24 用 %p 打印指针：在 mm24 里 %p 打出的是宿主机地址。 \~
 */
static void bad_page(struct page *pg)
{
	/* marks of an owner (LRU, page cache, slab, I/O, the free lists):
	 * after the report the page belongs to nobody */
	const unsigned long owner_marks = 1UL << PG_lru | 1UL << PG_private |
		1UL << PG_locked | 1UL << PG_active | 1UL << PG_dirty |
		1UL << PG_reclaim | 1UL << PG_slab | 1UL << PG_swapcache |
		1UL << PG_writeback | 1UL << PG_buddy;

	printk(KERN_EMERG "Bad page state in process '%s'\n"
	       KERN_EMERG "page:%08lx flags:0x%0*lx mapping:%08lx "
	       "mapcount:%d count:%d\n"
	       KERN_EMERG "Trying to fix it up, but a reboot is needed\n"
	       KERN_EMERG "Backtrace:\n", current->comm, i386_addr(pg),
	       8, pg->flags & 0xffffffffUL, i386_addr(pg->mapping),
	       page_mapcount(pg), page_count(pg));
	dump_stack();
	pg->flags &= ~owner_marks;
	pg->mapping = NULL;
	set_page_count(pg, 0);
	reset_page_mapcount(pg);
	add_taint(TAINT_BAD_PAGE);
}

static void __free_pages_ok(struct page *page, unsigned int order);

/**
 * @brief \~english The destructor of a compound page: free the whole block
 *        at the order its head records.
 *        \~chinese 复合页的析构函数：按首页记录的阶把整个块释放掉。 \~
 * @param page \~english the head page \~chinese 首页 \~
 * @kernel{mm/page_alloc.c,262}
 * @seenotes{chapter-buddy,buddy-prep}
 */
static void free_compound_page(struct page *page)
{
	__free_pages_ok(page, (unsigned int)compound_order(page));
}

/**
 * @brief \~english Mark 2^order pages as one compound page.
 *        \~chinese 把 2^order 个页标记为一个复合页（head 与 tail）。 \~
 * @param page \~english the first page \~chinese 第一个页 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @kernel{mm/page_alloc.c,267}
 * @seenotes{chapter-buddy,buddy-prep}
 */
static void prep_compound_page(struct page *page, unsigned long order)
{
	struct page *head = page, *tail;
	struct page *const end = head + (1UL << order);

	/* the head carries the order and the destructor; each tail only
	 * knows its head */
	set_compound_page_dtor(head, free_compound_page);
	set_compound_order(head, order);
	__SetPageHead(head);
	for (tail = head + 1; tail < end; tail++) {
		__SetPageTail(tail);
		tail->first_page = head;
	}
}

/**
 * @brief \~english Undo prep_compound_page() on a block being freed,
 *        reporting any page whose head or tail marks are wrong.
 *        \~chinese 释放块时撤销 prep_compound_page() 的标记；首页或尾页标记不对的
 *        页报告为 Bad page state。 \~
 * @param head \~english the head page \~chinese 首页 \~
 * @param order \~english the order the block is freed at
 *              \~chinese 释放该块时的阶 \~
 * @kernel{mm/page_alloc.c,283}
 * @seenotes{chapter-buddy,buddy-coalesce}
 */
static void destroy_compound_page(struct page *head, unsigned long order)
{
	const int nr = 1 << order;
	int k;

	/* the head must carry the order it is freed at, and its mark */
	if (unlikely(compound_order(head) != order))
		bad_page(head);
	if (unlikely(!PageHead(head)))
		bad_page(head);
	__ClearPageHead(head);
	/* every tail must be marked and point back at this head */
	for (k = 1; k < nr; k++) {
		struct page *tail = head + k;

		if (unlikely(!PageTail(tail) || tail->first_page != head))
			bad_page(head);
		__ClearPageTail(tail);
	}
}

/**
 * @brief \~english Zero the 2^order pages of a new block.
 *        \~chinese 把新分配块的 2^order 个页清零（高端内存页经 kmap_atomic 映射后清零）。 \~
 * @param page \~english the first page \~chinese 第一个页 \~
 * @param order \~english the block's order \~chinese 块的阶 \~
 * @param gfp_flags \~english the allocation flags \~chinese 分配标志 \~
 * @kernel{mm/page_alloc.c,304}
 * @seenotes{chapter-buddy,buddy-prep}
 */
static void prep_zero_page(struct page *page, int order, gfp_t gfp_flags)
{
	struct page *p = page;
	int left = 1 << order;

	/* clear_highpage() maps the page in the KM_USER0 kmap_atomic slot,
	 * which interrupt code must not use */
	VM_BUG_ON((gfp_flags & __GFP_HIGHMEM) != 0 && in_interrupt());
	while (left-- > 0)
		clear_highpage(p++);
}

/**
 * @brief \~english Make @p page the head of a free block of @p order.
 *        \~chinese 把 page 标记为 order 阶空闲块的首页（设 PG_buddy，private 记阶）。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param order \~english the order \~chinese 阶 \~
 * @kernel{mm/page_alloc.c,317}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
static void set_page_order(struct page *page, int order)
{
	set_page_private(page, (unsigned long)order);
	__SetPageBuddy(page);
}

/**
 * @brief \~english Take the free-block marks off @p page.
 *        \~chinese 清除 page 的空闲块标记（PG_buddy 与阶）。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{mm/page_alloc.c,323}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
static void rmv_page_order(struct page *page)
{
	__ClearPageBuddy(page);
	set_page_private(page, 0);
}

/**
 * @brief \~english The buddy of the block at @p page_idx: index XOR 2^order.
 *        \~chinese 求伙伴块：下标异或 2^order。 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param page_idx \~english its index within its MAX_ORDER block
 *                 \~chinese 它在所在 MAX_ORDER 块中的下标 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @return \~english the buddy's first page \~chinese 伙伴块的第一个页 \~
 * @kernel{mm/page_alloc.c,347}
 * @seenotes{chapter-buddy,buddy-xor}
 */
static struct page *__page_find_buddy(struct page *page,
				      unsigned long page_idx,
				      unsigned int order)
{
	unsigned long buddy_idx = page_idx ^ (1UL << order);
	/* signed: the buddy may lie below the page, and an unsigned
	 * difference would wrap round the host's address space */
	long step = (long)buddy_idx - (long)page_idx;

	return page + step;
}

/**
 * @brief \~english Index of the merged block: clear bit @p order.
 *        \~chinese 合并后块的下标：把第 order 位清零。 \~
 * @param page_idx \~english index of either buddy
 *                 \~chinese 两个伙伴中任一个的下标 \~
 * @param order \~english their order \~chinese 它们的阶 \~
 * @return \~english index of the order+1 block
 *         \~chinese 合并后 order+1 阶块的下标 \~
 * @kernel{mm/page_alloc.c,355}
 * @seenotes{chapter-buddy,buddy-xor}
 */
static unsigned long __find_combined_index(unsigned long page_idx,
					   unsigned int order)
{
	return page_idx & ~(1UL << order);
}

/**
 * @brief \~english May @p page merge with @p buddy at @p order?
 *        \~chinese 判断 page 能否与 buddy 在 order 阶合并：同一管理区、buddy 空闲且阶相同。 \~
 * @param page \~english the block being freed \~chinese 正在释放的块 \~
 * @param buddy \~english its candidate buddy \~chinese 候选的伙伴块 \~
 * @param order \~english the order \~chinese 阶 \~
 * @return \~english 1 if @p buddy is a free block of that order in the same zone
 *         \~chinese @p buddy 是同一管理区中同阶的空闲块时返回 1 \~
 * @kernel{mm/page_alloc.c,373}
 * @seenotes{chapter-buddy,buddy-xor}
 */
static int page_is_buddy(struct page *page, struct page *buddy, int order)
{
	if (page_zone_id(page) != page_zone_id(buddy))
		return 0;
	if (PageBuddy(buddy) && page_order(buddy) == (unsigned long)order) {
		BUG_ON(page_count(buddy));	/* a free block has no users */
		return 1;
	}
	return 0;
}

/**
 * @brief \~english Put a block back, merging with free buddies upwards.
 *        \~chinese 把块放回伙伴系统，并与空闲的伙伴逐级向上合并。 \~
 * @param page \~english the block's first page \~chinese 块的第一个页 \~
 * @param zone \~english its zone \~chinese 它所在的管理区 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
 * @kernel{mm/page_alloc.c,413}
 * @seenotes{chapter-buddy,buddy-coalesce}
 */
static void __free_one_page(struct page *page, struct zone *zone,
			    unsigned int order)
{
	const int mtype = get_pageblock_migratetype(page);
	const int nr_pages = 1 << order;
	struct free_area *area;
	unsigned long idx;	/* the block's index in its MAX_ORDER block */

	if (unlikely(PageCompound(page)))
		destroy_compound_page(page, order);
	idx = page_to_pfn(page) & ((1UL << MAX_ORDER) - 1);
	/* a block starts on a multiple of its own size */
	VM_BUG_ON((idx & (unsigned long)(nr_pages - 1)) != 0);
	VM_BUG_ON(bad_range(zone, page));

	__mod_zone_page_state(zone, NR_FREE_PAGES, nr_pages);
	for (; order < MAX_ORDER - 1; order++) {
		struct page *buddy = __page_find_buddy(page, idx, order);
		unsigned long merged;

		if (!page_is_buddy(page, buddy, (int)order))
			break;
		/* the buddy leaves its list; the pair becomes one block */
		area = zone->free_area + order;
		list_del(&buddy->lru);
		area->nr_free--;
		rmv_page_order(buddy);
		merged = __find_combined_index(idx, order);
		/* the lower of the two, which may be the buddy below */
		page += (long)merged - (long)idx;
		idx = merged;
	}
	set_page_order(page, (int)order);
	area = zone->free_area + order;
	list_add(&page->lru, &area->free_list[mtype]);
	area->nr_free++;
}

/**
 * @brief \~english Check a page being freed; report it if it is in use.
 *        \~chinese 检查将被释放的页；若它仍在使用中就报告 Bad page state。 \~
 * @param page \~english the page \~chinese 页 \~
 * @return \~english nonzero if it is PG_reserved and must not be freed
 *         \~chinese 该页带 PG_reserved、不得释放时返回非 0 \~
 * @kernel{mm/page_alloc.c,451}
 * @seenotes{chapter-buddy,buddy-checks}
 */
static int free_pages_check(struct page *page)
{
	if (unlikely(page_mapcount(page) | (page->mapping != NULL) |
		     (page_count(page) != 0) |
		     (page->flags & (1UL << PG_lru | 1UL << PG_private |
				     1UL << PG_locked | 1UL << PG_active |
				     1UL << PG_slab | 1UL << PG_swapcache |
				     1UL << PG_writeback | 1UL << PG_reserved |
				     1UL << PG_buddy))))
		bad_page(page);
	if (PageDirty(page))
		__ClearPageDirty(page);
	return PageReserved(page);
}

/* Pages are coming back to @zone: reclaim may find it worth scanning again. */
static inline void zone_pages_returned(struct zone *zone)
{
	zone->pages_scanned = 0;
	zone_clear_flag(zone, ZONE_ALL_UNRECLAIMABLE);
}

/**
 * @brief \~english Return @p count pages from the tail of @p list to the buddy lists.
 *        \~chinese 从链表尾部取 count 个页还给伙伴系统（先回收最冷的页）。 \~
 * @param zone \~english their zone \~chinese 它们所在的管理区 \~
 * @param count \~english how many \~chinese 页数 \~
 * @param list \~english a per-cpu list \~chinese 每 CPU 页框高速缓存的链表 \~
 * @param order \~english their order (0) \~chinese 它们的阶（0） \~
 * @kernel{mm/page_alloc.c,488}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static void free_pages_bulk(struct zone *zone, int count,
			    struct list_head *list, int order)
{
	spinlock_t *lock = &zone->lock;
	struct page *victim;

	spin_lock(lock);
	zone_pages_returned(zone);
	for (; count != 0; count--) {
		VM_BUG_ON(list_empty(list));
		/* the tail holds the coldest page */
		victim = list_entry(list->prev, struct page, lru);
		list_del(&victim->lru);
		__free_one_page(victim, zone, (unsigned int)order);
	}
	spin_unlock(lock);
}

/**
 * @brief \~english Free one block under the zone lock.
 *        \~chinese 在管理区锁保护下释放一个块。 \~
 * @param zone \~english its zone \~chinese 它所在的管理区 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @kernel{mm/page_alloc.c,506}
 * @seenotes{chapter-buddy,buddy-free}
 */
static void free_one_page(struct zone *zone, struct page *page, int order)
{
	spinlock_t *lock = &zone->lock;

	spin_lock(lock);
	zone_pages_returned(zone);
	__free_one_page(page, zone, (unsigned int)order);
	spin_unlock(lock);
}

/**
 * @brief \~english Free a block of order > 0 straight to the buddy lists.
 *        \~chinese 把大于 0 阶的块直接释放回伙伴系统。 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @kernel{mm/page_alloc.c,515}
 * @seenotes{chapter-buddy,buddy-free}
 * @kquirk \~english The debugging hooks between the checks and the free
 *         (debug_check_no_locks_freed, arch_free_page, kernel_map_pages)
 *         are left out: mm24 has no lock validator and no DEBUG_PAGEALLOC.
 *         \~chinese 检查与释放之间的调试钩子（debug_check_no_locks_freed、
 *         arch_free_page、kernel_map_pages）省略了：mm24 没有锁验证器，也没有
 *         DEBUG_PAGEALLOC。 \~
 */
static void __free_pages_ok(struct page *page, unsigned int order)
{
	const int nr_pages = 1 << order;
	unsigned long irqflags;
	int nr_reserved = 0;
	int k;

	/* every page is checked (and reported) before any is freed */
	for (k = 0; k < nr_pages; k++)
		nr_reserved += free_pages_check(page + k);
	if (nr_reserved)
		return;
	local_irq_save(irqflags);
	__count_vm_events(PGFREE, nr_pages);
	free_one_page(page_zone(page), page, (int)order);
	local_irq_restore(irqflags);
}

/**
 * @brief \~english Give a boot-time free block to the buddy allocator.
 *        \~chinese 把引导期的空闲块交给伙伴系统（绕过高阶块的逐页检查）。 \~
 * @param head \~english the first page (PG_reserved, count 1)
 *             \~chinese 第一个页（PG_reserved，引用计数为 1） \~
 * @param order \~english 0, or 5 for a whole word of the bootmem bitmap
 *              \~chinese 0；或 5，对应 bootmem 位图中的一整个字 \~
 * @kernel{mm/page_alloc.c,540}
 * @seenotes{chapter-boot,boot-mem-init}
 * @kquirk \~english The loop over a bitmap word does not prefetchw() the
 *         page descriptors ahead of it: a cache hint, and the emulated
 *         machine has no caches for it to warm.
 *         \~chinese 遍历位图一个字的循环没有用 prefetchw() 预取后面的页描述符：
 *         那只是缓存提示，而模拟的机器没有可预热的缓存。 \~
 */
void __free_pages_bootmem(struct page *head, unsigned int order)
{
	if (!order) {
		__ClearPageReserved(head);
		set_page_count(head, 0);
		set_page_refcounted(head);
		__free_page(head);
	} else {
		/* one bootmem bitmap word: every page loses its boot-time
		 * reservation and its count; the first then gets the one
		 * reference that __free_pages() drops */
		int k;

		for (k = 0; k < BITS_PER_LONG; k++) {
			__ClearPageReserved(head + k);
			set_page_count(head + k, 0);
		}
		set_page_refcounted(head);
		__free_pages(head, order);
	}
}

/**
 * @brief \~english Split a block of order @p high down to @p low, returning
 *        the upper halves to the free lists.
 *        \~chinese 把 high 阶的块逐级对半拆分到 low 阶，把每次拆出的后一半放回空闲链表。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param low \~english the order wanted \~chinese 请求的阶 \~
 * @param high \~english the order found \~chinese 找到的块的阶 \~
 * @param area \~english &zone->free_area[high]
 *             \~chinese &zone->free_area[high] \~
 * @param migratetype \~english the list the halves go to
 *                    \~chinese 拆出的一半放入的迁移类型链表 \~
 * @kernel{mm/page_alloc.c,580}
 * @seenotes{chapter-buddy,buddy-split}
 */
static void expand(struct zone *zone, struct page *page, int low, int high,
		   struct free_area *area, int migratetype)
{
	unsigned long half = 1UL << high;
	struct page *upper;

	/* keep the lower half, give the upper half back, one order down
	 * each time */
	while (low < high) {
		half >>= 1;
		high--;
		area--;
		upper = page + half;
		VM_BUG_ON(bad_range(zone, upper));
		list_add(&upper->lru, &area->free_list[migratetype]);
		area->nr_free++;
		set_page_order(upper, high);
	}
}

/**
 * @brief \~english Check and initialise a block leaving the allocator.
 *        \~chinese 检查并初始化即将交给调用者的块（引用计数、清零、复合页）。 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @param gfp_flags \~english the allocation flags \~chinese 分配标志 \~
 * @return \~english 1 if the page is PG_reserved and another must be taken
 *         \~chinese 该页带 PG_reserved、必须换一个页时返回 1 \~
 * @kernel{mm/page_alloc.c,600}
 * @seenotes{chapter-buddy,buddy-prep}
 */
static int prep_new_page(struct page *page, int order, gfp_t gfp_flags)
{
	/* a free page has no users, no mapping and none of these flags */
	const unsigned long in_use = 1UL << PG_lru | 1UL << PG_private |
		1UL << PG_locked | 1UL << PG_active | 1UL << PG_dirty |
		1UL << PG_slab | 1UL << PG_swapcache | 1UL << PG_writeback |
		1UL << PG_reserved | 1UL << PG_buddy;
	/* state left over from the page's previous owner */
	const unsigned long stale = 1UL << PG_uptodate | 1UL << PG_error |
		1UL << PG_readahead | 1UL << PG_referenced | 1UL << PG_arch_1 |
		1UL << PG_owner_priv_1 | 1UL << PG_mappedtodisk;
	const int want_zero = (gfp_flags & __GFP_ZERO) != 0;
	const int want_compound = order > 0 && (gfp_flags & __GFP_COMP);

	if (unlikely(page_mapcount(page) | (page->mapping != NULL) |
		     (page_count(page) != 0) | ((page->flags & in_use) != 0)))
		bad_page(page);
	if (unlikely(PageReserved(page)))
		return 1;	/* a safety net: never hand it out */

	page->flags &= ~stale;
	set_page_private(page, 0);
	set_page_refcounted(page);
	if (want_zero)
		prep_zero_page(page, order, gfp_flags);
	if (want_compound)
		prep_compound_page(page, (unsigned long)order);
	return 0;
}

/**
 * @brief \~english Take the smallest big-enough block of @p migratetype.
 *        \~chinese 在指定迁移类型的链表中取出足够大的最小块，并拆分到所需大小。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english the order wanted \~chinese 请求的阶 \~
 * @param migratetype \~english the list type \~chinese 迁移类型 \~
 * @return \~english the block, or NULL \~chinese 页框块；失败返回 NULL \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
 * @kernel{mm/page_alloc.c,647}
 * @seenotes{chapter-buddy,buddy-split}
 */
static struct page *__rmqueue_smallest(struct zone *zone, unsigned int order,
				       int migratetype)
{
	struct free_area *area = zone->free_area + order;
	unsigned int found;

	/* the first non-empty list at or above @order has the smallest
	 * block that is big enough */
	for (found = order; found < MAX_ORDER; found++, area++) {
		struct list_head *head = &area->free_list[migratetype];
		struct page *block;

		if (list_empty(head))
			continue;
		block = list_entry(head->next, struct page, lru);
		list_del(&block->lru);
		rmv_page_order(block);
		area->nr_free--;
		__mod_zone_page_state(zone, NR_FREE_PAGES, -(1 << order));
		expand(zone, block, (int)order, (int)found, area, migratetype);
		return block;
	}
	return NULL;
}

/**
 * @brief \~english Which migrate types a request may raid, in order,
 *        when its own free lists are empty.
 *        \~chinese 某迁移类型的空闲链表为空时，依次可以借用的其他迁移类型。 \~
 * @kernel{mm/page_alloc.c,678}
 * @seenotes{chapter-buddy,buddy-fallback}
 */
static const int fallbacks[MIGRATE_TYPES][MIGRATE_TYPES - 1] = {
	/* each type tries the others in this order, the reserve last */
	[MIGRATE_UNMOVABLE]	= { MIGRATE_RECLAIMABLE, MIGRATE_MOVABLE,
				    MIGRATE_RESERVE },
	[MIGRATE_RECLAIMABLE]	= { MIGRATE_UNMOVABLE, MIGRATE_MOVABLE,
				    MIGRATE_RESERVE },
	[MIGRATE_MOVABLE]	= { MIGRATE_RECLAIMABLE, MIGRATE_UNMOVABLE,
				    MIGRATE_RESERVE },
	/* never used: the reserve is taken only by __rmqueue() itself */
	[MIGRATE_RESERVE]	= { MIGRATE_RESERVE, MIGRATE_RESERVE,
				    MIGRATE_RESERVE },
};

/**
 * @brief \~english Take a block from another migrate type: the largest
 *        first, stealing the pageblock when the block is big.
 *        \~chinese 从其他迁移类型“借”块：先取最大的块；块足够大时把整个页块据为己有。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english the order wanted \~chinese 请求的阶 \~
 * @param start_migratetype \~english the type asked for
 *                          \~chinese 请求的迁移类型 \~
 * @return \~english the block, or NULL (MIGRATE_RESERVE is the last resort)
 *         \~chinese 页框块；失败返回 NULL（MIGRATE_RESERVE 是最后的后备） \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
 * @kernel{mm/page_alloc.c,752}
 * @seenotes{chapter-buddy,buddy-fallback}
 */
static struct page *__rmqueue_fallback(struct zone *zone, int order,
				       int start_migratetype)
{
	const int *const others = fallbacks[start_migratetype];
	int o, k;

	/* largest blocks first: one big steal, which may take over its
	 * pageblock, mixes fewer of the other type's pageblocks than many
	 * small ones would */
	for (o = MAX_ORDER - 1; o >= order; o--) {
		struct free_area *area = zone->free_area + o;

		for (k = 0; k < MIGRATE_TYPES - 1; k++) {
			int mt = others[k];
			struct page *block;

			if (mt == MIGRATE_RESERVE)
				continue;	/* only when all else fails */
			if (list_empty(&area->free_list[mt]))
				continue;
			block = list_entry(area->free_list[mt].next,
					   struct page, lru);
			area->nr_free--;

			/* A big block, or a reclaimable request: move the
			 * whole pageblock's free pages to our type, and take
			 * the block itself over if half of it was free. */
			if (unlikely(o >= (pageblock_order >> 1)) ||
			    start_migratetype == MIGRATE_RECLAIMABLE) {
				const int half = 1 << (pageblock_order - 1);
				int moved = move_freepages_block(zone, block,
							start_migratetype);

				if (moved >= half)
					set_pageblock_migratetype(block,
							start_migratetype);
				mt = start_migratetype;
			}

			list_del(&block->lru);
			rmv_page_order(block);
			__mod_zone_page_state(zone, NR_FREE_PAGES, -(1 << order));
			if (o == pageblock_order)
				set_pageblock_migratetype(block,
							  start_migratetype);
			expand(zone, block, order, o, area, mt);
			return block;
		}
	}
	return __rmqueue_smallest(zone, (unsigned int)order, MIGRATE_RESERVE);
}

/**
 * @brief \~english Take a block of @p order, preferring @p migratetype.
 *        \~chinese 从伙伴系统取一个 order 阶的块，优先使用指定的迁移类型。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english the order \~chinese 阶 \~
 * @param migratetype \~english the preferred type \~chinese 首选的迁移类型 \~
 * @return \~english the block, or NULL \~chinese 页框块；失败返回 NULL \~
 * @context \~english zone->lock held \~chinese 持有 zone->lock \~
 * @kernel{mm/page_alloc.c,821}
 * @seenotes{chapter-buddy,buddy-split}
 */
static struct page *__rmqueue(struct zone *zone, unsigned int order,
			      int migratetype)
{
	struct page *page = __rmqueue_smallest(zone, order, migratetype);

	if (unlikely(!page))
		page = __rmqueue_fallback(zone, (int)order, migratetype);
	return page;
}

/**
 * @brief \~english Move up to @p count blocks onto @p list under one lock hold.
 *        \~chinese 在一次持锁期间从伙伴系统取最多 count 个块放到 list 上。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english their order \~chinese 它们的阶 \~
 * @param count \~english how many \~chinese 页数 \~
 * @param list \~english the per-cpu list \~chinese 每 CPU 页框高速缓存的链表 \~
 * @param migratetype \~english the type asked for (recorded in page->private)
 *                    \~chinese 请求的迁移类型（记在 page->private 中） \~
 * @return \~english blocks moved \~chinese 移动的块数 \~
 * @kernel{mm/page_alloc.c,839}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static int rmqueue_bulk(struct zone *zone, unsigned int order,
			unsigned long count, struct list_head *list,
			int migratetype)
{
	struct list_head *tail = list;
	unsigned long got = 0;

	spin_lock(&zone->lock);
	while (got < count) {
		struct page *pg = __rmqueue(zone, order, migratetype);

		if (unlikely(!pg))
			break;
		/* each page goes after the previous one: physical order */
		list_add(&pg->lru, tail);
		set_page_private(pg, (unsigned long)migratetype);
		tail = &pg->lru;
		got++;
	}
	spin_unlock(&zone->lock);
	return (int)got;
}

/**
 * @brief \~english Empty @p cpu's per-cpu lists of every zone.
 *        \~chinese 把 cpu 在每个管理区上的每CPU链表全部清空，页框还给伙伴系统。 \~
 * @param cpu \~english the CPU \~chinese CPU 编号 \~
 * @kernel{mm/page_alloc.c,893}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static void __drain_pages(unsigned int cpu)
{
	unsigned long irqflags;
	struct zone *z;
	int which;

	for_each_zone(z) {
		struct per_cpu_pageset *set;

		if (!populated_zone(z))
			continue;
		set = zone_pcp(z, cpu);
		/* the hot list, then the cold one, each emptied whole */
		for (which = 0; which < ARRAY_SIZE(set->pcp); which++) {
			struct per_cpu_pages *pp = &set->pcp[which];

			local_irq_save(irqflags);
			free_pages_bulk(z, pp->count, &pp->list, 0);
			pp->count = 0;
			local_irq_restore(irqflags);
		}
	}
}

/**
 * @brief \~english Spill this CPU's per-cpu pages back to the buddy lists.
 *        \~chinese 把当前 CPU 的每CPU页框全部还给伙伴系统。 \~
 * @kernel{mm/page_alloc.c,957}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
void drain_local_pages(void)
{
	unsigned long irqflags;

	local_irq_save(irqflags);
	__drain_pages((unsigned int)smp_processor_id());
	local_irq_restore(irqflags);
}

/**
 * @brief \~english drain_local_pages() as a cross-CPU call: what each other
 *        CPU runs for drain_all_local_pages().
 *        \~chinese 以跨 CPU 调用的形式执行 drain_local_pages()：
 *        drain_all_local_pages() 让其他每个 CPU 都运行它。 \~
 * @param arg \~english unused \~chinese 未使用 \~
 * @kernel{mm/page_alloc.c,966}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static void smp_drain_local_pages(void *arg)
{
	(void)arg;
	drain_local_pages();
}

/**
 * @brief \~english Spill every CPU's per-cpu pages back to the buddy lists.
 *        \~chinese 把所有 CPU 的每CPU页框还给伙伴系统。 \~
 * @kernel{mm/page_alloc.c,974}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
void drain_all_local_pages(void)
{
	unsigned long irqflags;

	local_irq_save(irqflags);
	__drain_pages((unsigned int)smp_processor_id());
	local_irq_restore(irqflags);
	smp_call_function(smp_drain_local_pages, NULL, 0, 1);
}

/**
 * @brief \~english Free one page to this CPU's hot (or cold) list.
 *        \~chinese 把一个页释放到当前 CPU 的热（或冷）链表上；链表满时归还一批。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param cold \~english 0: head of the list (reused first), 1: the cold list
 *             \~chinese 0：放进热页链表的头部（最先被重用）；1：放进冷页链表 \~
 * @kernel{mm/page_alloc.c,988}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static void free_hot_cold_page(struct page *page, int cold)
{
	struct zone *home = page_zone(page);
	struct per_cpu_pages *cache;
	unsigned long irqflags;

	if (PageAnon(page))
		page->mapping = NULL;
	if (free_pages_check(page))
		return;

	cache = zone_pcp(home, get_cpu())->pcp + cold;
	local_irq_save(irqflags);
	__count_vm_event(PGFREE);
	/* at the head: the next order-0 allocation reuses it first */
	list_add(&page->lru, &cache->list);
	set_page_private(page, (unsigned long)get_pageblock_migratetype(page));
	cache->count++;
	if (cache->high <= cache->count) {
		free_pages_bulk(home, cache->batch, &cache->list, 0);
		cache->count -= cache->batch;
	}
	local_irq_restore(irqflags);
	put_cpu();
}

/**
 * @brief \~english Free a page that is likely still in the CPU cache.
 *        \~chinese 释放一个很可能仍在 CPU 缓存中的“热”页。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{mm/page_alloc.c,1018}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
void free_hot_page(struct page *page)
{
	free_hot_cold_page(page, 0);
}

/**
 * @brief \~english Free a page that is not in the CPU cache.
 *        \~chinese 释放一个不在 CPU 缓存中的“冷”页。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{mm/page_alloc.c,1023}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
void free_cold_page(struct page *page)
{
	free_hot_cold_page(page, 1);
}

/**
 * @brief \~english Take a block of @p order from @p zone: order 0 through
 *        the per-cpu lists, larger orders from the buddy lists.
 *        \~chinese 从管理区取一个 order 阶的块：0 阶经由每CPU链表，更大的直接从伙伴系统取。 \~
 * @param zonelist \~english the zonelist (for statistics)
 *                 \~chinese 管理区链表（用于统计） \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english the order \~chinese 阶 \~
 * @param gfp_flags \~english the allocation flags \~chinese 分配标志 \~
 * @return \~english the block, or NULL \~chinese 页框块；失败返回 NULL \~
 * @kernel{mm/page_alloc.c,1051}
 * @seenotes{chapter-buddy,buddy-pcp}
 */
static struct page *buffered_rmqueue(struct zonelist *zonelist,
				     struct zone *zone, int order,
				     gfp_t gfp_flags)
{
	const int list_idx = (gfp_flags & __GFP_COLD) != 0;	/* 1: cold */
	const int mtype = allocflags_to_migratetype(gfp_flags);
	unsigned long irqflags;
	struct page *pg;
	int this_cpu;

	(void)zonelist;
again:
	this_cpu = get_cpu();
	if (likely(!order)) {
		struct per_cpu_pages *cache;

		cache = zone_pcp(zone, this_cpu)->pcp + list_idx;
		local_irq_save(irqflags);
		if (!cache->count) {
			cache->count = rmqueue_bulk(zone, 0,
						    (unsigned long)cache->batch,
						    &cache->list, mtype);
			if (unlikely(!cache->count))
				goto failed;
		}
		/* the first page of the wanted migrate type */
		list_for_each_entry(pg, &cache->list, lru)
			if (page_private(pg) == (unsigned long)mtype)
				break;
		/* none of that type: a fresh batch goes to the head */
		if (unlikely(&pg->lru == &cache->list)) {
			cache->count += rmqueue_bulk(zone, 0,
						     (unsigned long)cache->batch,
						     &cache->list, mtype);
			pg = list_entry(cache->list.next, struct page, lru);
		}
		list_del(&pg->lru);
		cache->count--;
	} else {
		spin_lock_irqsave(&zone->lock, irqflags);
		pg = __rmqueue(zone, (unsigned int)order, mtype);
		spin_unlock(&zone->lock);
		if (!pg)
			goto failed;
	}
	__count_zone_vm_events(PGALLOC, zone, 1 << order);
	local_irq_restore(irqflags);
	put_cpu();

	VM_BUG_ON(bad_range(zone, pg));
	if (prep_new_page(pg, order, gfp_flags))
		goto again;	/* a reserved page stays out: take another */
	return pg;

failed:
	local_irq_restore(irqflags);
	put_cpu();
	return NULL;
}

/**
 * @brief \~english Walk the zonelist and allocate from the first zone that
 *        passes the watermark test of @p alloc_flags.
 *        \~chinese 遍历 zonelist，从第一个通过 alloc_flags 水位线检查的管理区分配。 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @param order \~english the order \~chinese 阶 \~
 * @param zonelist \~english the zones, preferred first
 *                 \~chinese 可用的管理区，首选的在前 \~
 * @param alloc_flags \~english ALLOC_WMARK_* and ALLOC_HIGH/HARDER/NO_WATERMARKS
 *                    \~chinese ALLOC_WMARK_* 以及 ALLOC_HIGH/HARDER/NO_WATERMARKS \~
 * @return \~english the block, or NULL \~chinese 页框块；失败返回 NULL \~
 * @kernel{mm/page_alloc.c,1372}
 * @seenotes{chapter-buddy,buddy-fast-path}
 * @kquirk \~english What only a NUMA kernel does is left out: the filter
 *         of policy zonelists (alloc_should_filter_zonelist() is 0), the
 *         zonelist cache (zlc_setup(), zlc_active, zlc_mark_zone_full()) and
 *         the second scan from zonelist_scan that runs without it;
 *         zone_reclaim_mode is 0, so a zone below its watermark goes
 *         straight to this_zone_full.
 *         \~chinese 只有 NUMA 内核才做的事省略了：策略 zonelist 的过滤
 *         （alloc_should_filter_zonelist() 为 0）、zonelist 缓存（zlc_setup()、
 *         zlc_active、zlc_mark_zone_full()），以及不用缓存、从 zonelist_scan
 *         重新扫描的第二遍；zone_reclaim_mode 为 0，低于水位线的管理区直接
 *         跳到 this_zone_full。 \~
 * @kquirk \~english No cpusets: cpuset_zone_allowed_softwall() allows every
 *         zone, nothing jumps to try_next_zone, and the label is left out
 *         (an unused label does not compile here).
 *         \~chinese 没有 cpuset：cpuset_zone_allowed_softwall() 允许所有管理区，
 *         没有跳转到 try_next_zone 的语句，这个标号也就省略了（未使用的标号在
 *         这里无法通过编译）。 \~
 */
static struct page *get_page_from_freelist(gfp_t gfp_mask, unsigned int order,
					   struct zonelist *zonelist,
					   int alloc_flags)
{
	struct zone **zp = zonelist->zones;
	/* lowmem_reserve is indexed by the zone the caller prefers */
	const int class_idx = zone_idx(*zp);
	struct page *got = NULL;

	do {
		struct zone *zone = *zp;

		if ((alloc_flags & ALLOC_NO_WATERMARKS) == 0) {
			unsigned long wmark;

			if (alloc_flags & ALLOC_WMARK_MIN)
				wmark = zone->pages_min;
			else if (alloc_flags & ALLOC_WMARK_LOW)
				wmark = zone->pages_low;
			else
				wmark = zone->pages_high;
			if (!zone_watermark_ok(zone, (int)order, wmark,
					       class_idx, alloc_flags))
				goto this_zone_full;
		}
		got = buffered_rmqueue(zonelist, zone, (int)order, gfp_mask);
		if (got)
			break;
this_zone_full:
		;	/* !NUMA: no zonelist cache to mark the zone full in */
	} while (*++zp);
	return got;
}

/* mm24: nothing can free memory while an allocation waits. */
static void alloc_would_hang(const char *why, gfp_t gfp_mask,
			     unsigned int order)
{
	printk(KERN_ERR "mm24: task %s: order:%u, mode:0x%x %s, and nothing "
	       "in mm24 can free memory meanwhile: the task would hang here\n",
	       current->comm, order, gfp_mask, why);
	machine_halt(MACHINE_STUCK);
}

/**
 * @brief \~english The heart of the zoned buddy allocator: fast path, then
 *        the slow path of reserves, reclaim and the OOM killer.
 *        \~chinese 分区伙伴分配器的核心：先走快速路径，失败后进入动用保留页、回收内存和 OOM 的慢速路径。 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @param order \~english log2 of the pages wanted
 *              \~chinese 所需页数的以 2 为底的对数 \~
 * @param zonelist \~english the zones allowed, preferred first
 *                 \~chinese 允许使用的管理区，首选的在前 \~
 * @return \~english the first page of the block, or NULL
 *         \~chinese 页框块的第一个页；失败返回 NULL \~
 * @context \~english may sleep when gfp_mask has __GFP_WAIT
 *          \~chinese gfp_mask 含 __GFP_WAIT 时可能睡眠 \~
 * @kernel{mm/page_alloc.c,1455}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english Reclaim does not exist yet: try_to_free_pages() makes
 *         no progress.  A retry that 2.6.24 would repeat for ever (nothing
 *         else runs to free memory in mm24) stops the machine instead: on
 *         the second pass alloc_would_hang() prints why and calls
 *         machine_halt().
 *         \~chinese 还没有内存回收：try_to_free_pages() 不会有进展。2.6.24 会无限重试
 *         的情形（mm24 中没有别的执行流能释放内存）改为停机报告：第二次重试时
 *         alloc_would_hang() 打印原因并调用 machine_halt()。 \~
 * @kquirk \~english When try_set_zone_oom() finds another OOM kill under way,
 *         2.6.24 sleeps a jiffy in schedule_timeout_uninterruptible() before
 *         going back to restart; mm24 has no scheduler to sleep in, runs
 *         one task at a time, never finds that, and goes back without the
 *         sleep.
 *         \~chinese try_set_zone_oom() 发现另一次 OOM 处理正在进行时，2.6.24 先在
 *         schedule_timeout_uninterruptible() 里睡眠一个 jiffy 再回到 restart；
 *         mm24 没有能让进程睡眠的调度器，同一时刻只运行一个进程，遇不到这种情况，
 *         直接回到 restart，不睡眠。 \~
 */
struct page *__alloc_pages(gfp_t gfp_mask, unsigned int order,
			   struct zonelist *zonelist)
{
	const gfp_t wait = gfp_mask & __GFP_WAIT;
	const int nofail = (gfp_mask & __GFP_NOFAIL) != 0;
	const int no_retry = (gfp_mask & __GFP_NORETRY) != 0;
	struct task_struct *tsk = current;
	struct reclaim_state rs;
	struct zone **zp;
	struct page *pg;
	int how;	/* the ALLOC_* flags of the watermark tests */
	int progress, retry, passes = 0;

restart:
	zp = zonelist->zones;
	if (unlikely(!*zp))
		return NULL;	/* an empty zonelist */

	pg = get_page_from_freelist(gfp_mask | __GFP_HARDWALL, order,
				    zonelist, ALLOC_WMARK_LOW | ALLOC_CPUSET);
	if (pg)
		goto got_pg;

	/* slow path: below pages_low somewhere */
	for (zp = zonelist->zones; *zp; zp++)
		wakeup_kswapd(*zp, (int)order);

	/* a second try at pages_min, lower still for callers that cannot
	 * wait or must not wait long, and for __GFP_HIGH */
	how = ALLOC_WMARK_MIN;
	if ((unlikely(rt_task(tsk)) && !in_interrupt()) || !wait)
		how |= ALLOC_HARDER;
	if (gfp_mask & __GFP_HIGH)
		how |= ALLOC_HIGH;
	if (wait)
		how |= ALLOC_CPUSET;
	pg = get_page_from_freelist(gfp_mask, order, zonelist, how);
	if (pg)
		goto got_pg;

rebalance:
	if (((tsk->flags & PF_MEMALLOC) ||
	     unlikely(test_thread_flag(TIF_MEMDIE))) && !in_interrupt()) {
		if ((gfp_mask & __GFP_NOMEMALLOC) == 0) {
nofail_alloc:
			/* the reclaimer itself: ignore the watermarks */
			pg = get_page_from_freelist(gfp_mask, order, zonelist,
						    ALLOC_NO_WATERMARKS);
			if (pg)
				goto got_pg;
			if (nofail) {
				if (passes++)
					alloc_would_hang("__GFP_NOFAIL under "
							 "PF_MEMALLOC", gfp_mask,
							 order);
				congestion_wait(WRITE, HZ / 50);
				goto nofail_alloc;
			}
		}
		goto nopage;
	}

	if (!wait)
		goto nopage;	/* atomic: nothing more to try */
	cond_resched();

	/* PF_MEMALLOC while reclaiming: its own allocations may dig into
	 * the reserves, and do not recurse into reclaim; slab pages freed
	 * meanwhile are counted in rs */
	tsk->flags |= PF_MEMALLOC;
	rs.reclaimed_slab = 0;
	tsk->reclaim_state = &rs;
	progress = (int)try_to_free_pages(zonelist->zones, (int)order,
					  gfp_mask);
	tsk->reclaim_state = NULL;
	tsk->flags &= ~PF_MEMALLOC;
	cond_resched();

	if (order)
		drain_all_local_pages();

	if (likely(progress)) {
		pg = get_page_from_freelist(gfp_mask, order, zonelist, how);
		if (pg)
			goto got_pg;
	} else if ((gfp_mask & __GFP_FS) && !no_retry) {
		if (!try_set_zone_oom(zonelist))
			goto restart;
		/* a last look with a high watermark, in case of a parallel kill */
		pg = get_page_from_freelist(gfp_mask | __GFP_HARDWALL, order,
					    zonelist,
					    ALLOC_WMARK_HIGH | ALLOC_CPUSET);
		if (pg) {
			clear_zonelist_oom(zonelist);
			goto got_pg;
		}
		/* killing a task rarely yields a large contiguous block */
		if (PAGE_ALLOC_COSTLY_ORDER < order) {
			clear_zonelist_oom(zonelist);
			goto nopage;
		}
		out_of_memory(zonelist, gfp_mask, (int)order);
		clear_zonelist_oom(zonelist);
		goto restart;
	}

	/* small orders, __GFP_REPEAT and __GFP_NOFAIL retry */
	retry = 0;
	if (!no_retry) {
		if (order <= PAGE_ALLOC_COSTLY_ORDER || (gfp_mask & __GFP_REPEAT))
			retry = 1;
		if (nofail)
			retry = 1;
	}
	if (retry) {
		if (passes++)
			alloc_would_hang("is retried until memory is freed",
					 gfp_mask, order);
		congestion_wait(WRITE, HZ / 50);
		goto rebalance;
	}

nopage:
	if ((gfp_mask & __GFP_NOWARN) == 0 && printk_ratelimit()) {
		printk(KERN_WARNING "%s: page allocation failure."
		       " order:%d, mode:0x%x\n", tsk->comm, order, gfp_mask);
		dump_stack();
		show_mem();
	}
got_pg:
	return pg;
}

/**
 * @brief \~english Allocate 2^order pages and return their kernel address.
 *        \~chinese 分配 2^order 个页并返回其内核虚拟地址（不能是高端内存）。 \~
 * @param gfp_mask \~english allocation flags \~chinese 分配标志 \~
 * @param order \~english the order \~chinese 阶 \~
 * @return \~english the address, or 0 \~chinese 线性地址；失败返回 0 \~
 * @kernel{mm/page_alloc.c,1646}
 * @seenotes{chapter-buddy,buddy-alloc}
 */
unsigned long __get_free_pages(gfp_t gfp_mask, unsigned int order)
{
	struct page *pg = alloc_pages(gfp_mask, order);

	if (!pg)
		return 0;
	return (unsigned long)page_address(pg);
}

/**
 * @brief \~english Allocate one zeroed lowmem page; return its address.
 *        \~chinese 分配一个已清零的低端内存页，返回其内核虚拟地址。 \~
 * @param gfp_mask \~english allocation flags (no __GFP_HIGHMEM)
 *                 \~chinese 分配标志（不能含 __GFP_HIGHMEM） \~
 * @return \~english the address, or 0 \~chinese 线性地址；失败返回 0 \~
 * @kernel{mm/page_alloc.c,1657}
 * @seenotes{chapter-buddy,buddy-alloc}
 */
unsigned long get_zeroed_page(gfp_t gfp_mask)
{
	struct page *pg;

	/* the page must have a kernel address: lowmem only */
	VM_BUG_ON(gfp_mask & __GFP_HIGHMEM);
	pg = alloc_pages(gfp_mask | __GFP_ZERO, 0);
	if (pg)
		return (unsigned long)page_address(pg);
	return 0;
}

/**
 * @brief \~english Drop a reference to a block; free it on the last one.
 *        \~chinese 释放对一个块的引用；最后一个引用释放时把块还给分配器。 \~
 * @param page \~english the block \~chinese 页框块 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @kernel{mm/page_alloc.c,1683}
 * @seenotes{chapter-buddy,buddy-free}
 */
void __free_pages(struct page *page, unsigned int order)
{
	if (put_page_testzero(page)) {
		if (!order)
			free_hot_page(page);
		else
			__free_pages_ok(page, order);
	}
}

/**
 * @brief \~english __free_pages() by kernel virtual address.
 *        \~chinese 按内核虚拟地址释放页（调用 __free_pages()）。 \~
 * @param addr \~english the address (0 is ignored)
 *             \~chinese 线性地址（为 0 时什么也不做） \~
 * @param order \~english the order \~chinese 阶 \~
 * @kernel{mm/page_alloc.c,1695}
 * @seenotes{chapter-buddy,buddy-free}
 */
void free_pages(unsigned long addr, unsigned int order)
{
	if (addr != 0) {
		VM_BUG_ON(!virt_addr_valid(addr));
		__free_pages(virt_to_page(addr), order);
	}
}

/**
 * @brief \~english Fill in the memory totals of a struct sysinfo.
 *        \~chinese 填写 sysinfo 结构中的内存统计（总量、空闲量、高端内存）。 \~
 * @param val \~english the result \~chinese 存放结果 \~
 * @kernel{mm/page_alloc.c,1748}
 * @seenotes{chapter-buddy,buddy-proc}
 */
void si_meminfo(struct sysinfo *val)
{
	*val = (struct sysinfo){
		.totalram	= totalram_pages,
		.sharedram	= 0,
		.freeram	= global_page_state(NR_FREE_PAGES),
		.bufferram	= 0,		/* no block devices */
		.totalhigh	= totalhigh_pages,
		.freehigh	= nr_free_highpages(),
		.mem_unit	= PAGE_SIZE,
	};
}

#define K(x) ((x) << (PAGE_SHIFT - 10))

/**
 * @brief \~english Print per-cpu lists, counters and free blocks of every zone.
 *        \~chinese 打印各管理区的每CPU链表、计数器和各阶空闲块（SysRq-M 与分配失败时）。 \~
 * @kernel{mm/page_alloc.c,1787}
 * @seenotes{chapter-buddy,buddy-failure}
 */
void show_free_areas(void)
{
	struct zone *z;
	int id;

	for_each_zone(z) {
		if (!populated_zone(z))
			continue;
		printk("%s per-cpu:\n", z->name);
		for_each_online_cpu(id) {
			const struct per_cpu_pages *hot = zone_pcp(z, id)->pcp;
			const struct per_cpu_pages *cold = hot + 1;

			printk("CPU %4d: Hot: hi:%5d, btch:%4d usd:%4d   "
			       "Cold: hi:%5d, btch:%4d usd:%4d\n", id,
			       hot->high, hot->batch, hot->count,
			       cold->high, cold->batch, cold->count);
		}
	}
	printk("Active:%lu inactive:%lu dirty:%lu writeback:%lu unstable:%lu\n"
	       " free:%lu slab:%lu mapped:%lu pagetables:%lu bounce:%lu\n",
	       global_page_state(NR_ACTIVE), global_page_state(NR_INACTIVE),
	       global_page_state(NR_FILE_DIRTY),
	       global_page_state(NR_WRITEBACK), global_page_state(NR_UNSTABLE_NFS),
	       global_page_state(NR_FREE_PAGES),
	       global_page_state(NR_SLAB_UNRECLAIMABLE) +
			global_page_state(NR_SLAB_RECLAIMABLE),
	       global_page_state(NR_FILE_MAPPED),
	       global_page_state(NR_PAGETABLE), global_page_state(NR_BOUNCE));
	for_each_zone(z) {
		int idx;

		if (!populated_zone(z))
			continue;
		printk("%s free:%lukB min:%lukB low:%lukB high:%lukB "
		       "active:%lukB inactive:%lukB present:%lukB "
		       "pages_scanned:%lu all_unreclaimable? %s\n", z->name,
		       K(zone_page_state(z, NR_FREE_PAGES)), K(z->pages_min),
		       K(z->pages_low), K(z->pages_high),
		       K(zone_page_state(z, NR_ACTIVE)),
		       K(zone_page_state(z, NR_INACTIVE)),
		       K(z->present_pages), z->pages_scanned,
		       zone_is_all_unreclaimable(z) ? "yes" : "no");
		printk("lowmem_reserve[]:");
		for (idx = 0; idx < MAX_NR_ZONES; idx++)
			printk(" %lu", z->lowmem_reserve[idx]);
		printk("\n");
	}
	for_each_zone(z) {
		unsigned long blocks[MAX_ORDER], irqflags, pages = 0;
		int o;

		if (!populated_zone(z))
			continue;
		printk("%s: ", z->name);
		/* copy the counts under the lock, print them after */
		spin_lock_irqsave(&z->lock, irqflags);
		for (o = 0; o < MAX_ORDER; o++) {
			blocks[o] = z->free_area[o].nr_free;
			pages += blocks[o] << o;
		}
		spin_unlock_irqrestore(&z->lock, irqflags);
		for (o = 0; o < MAX_ORDER; o++)
			printk("%lu*%lukB ", blocks[o], K(1UL << o));
		printk("= %lukB\n", K(pages));
	}
}
