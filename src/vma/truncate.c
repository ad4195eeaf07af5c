/**
 * @file
 * @brief \~english Dropping clean page-cache pages: invalidate_mapping_pages() and /proc/sys/vm/drop_caches.
 *        \~chinese 丢弃干净的页高速缓存页：invalidate_mapping_pages() 与 /proc/sys/vm/drop_caches。 \~
 *
 * truncate.c - invalidate_mapping_pages() of mm/truncate.c, with
 * remove_mapping() of mm/vmscan.c and drop_pagecache() of
 * fs/drop_caches.c, which are its callers' and callee's parts that mm24
 * needs.
 *
 * echo 1 > /proc/sys/vm/drop_caches:
 *  1. drop_caches_sysctl_handler() calls drop_pagecache() for bit 0;
 *  2. drop_pagecache() visits each file (drop_pagecache_sb()) and asks
 *     invalidate_mapping_pages() for all its pages (0 to -1);
 *  3. __invalidate_mapping_pages() takes each cached page in turn and
 *     skips it if it is locked, dirty, under writeback or mapped by a
 *     PTE; the rest go to invalidate_complete_page() and remove_mapping(),
 *     which drops it only if no one but the cache and this walk holds a
 *     reference (page_count() == 2) and it is still clean.
 * A ramfs page is dirty from its creation (it has nowhere to be written
 * to), so drop_caches never takes one; the pages of a file on mm24's
 * emulated disk are clean after their read and go, unless a PTE maps
 * them.  The next fault on such a page is a major fault.
 */
#include <linux/mman.h>
#include <linux/vmstat.h>

/**
 * @brief \~english Drop @p pg from the cache if only the cache and the caller hold it and it is clean.
 *        \~chinese 若只有页高速缓存和调用者持有页 pg 且它是干净的，就把它从缓存中丢弃。 \~
 * @param map \~english the page's address_space \~chinese 页所在的 address_space \~
 * @param pg \~english the page, locked \~chinese 页描述符，已加锁 \~
 * @return \~english 1 if the page was dropped, 0 if it is busy or dirty \~chinese 页被丢弃返回 1；页正忙或是脏页则返回 0 \~
 * @kernel{mm/vmscan.c,382}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english No swap cache (the PageSwapCache() branch with
 *         __delete_from_swap_cache() and swap_free() is left out); the
 *         page is unlocked by the caller, and smp_rmb() orders nothing on
 *         one emulated CPU at a time.  page_mapping() of a cache page is
 *         page->mapping; __put_page() of the cache's reference is its
 *         atomic_dec() (the walk's reference keeps the page).
 *         \~chinese 没有交换高速缓存（省略了带 __delete_from_swap_cache() 与
 *         swap_free() 的 PageSwapCache() 分支）；页由调用者解锁；同一时刻只有一个
 *         模拟 CPU 运行，smp_rmb() 无需排序任何东西。页高速缓存页的 page_mapping()
 *         就是 page->mapping；放掉页高速缓存那个引用的 __put_page() 就是它的
 *         atomic_dec()（遍历者持有的引用让页留着）。 \~
 */
static int remove_mapping(struct address_space *map, struct page *pg)
{
	BUG_ON(!PageLocked(pg));
	BUG_ON(map != pg->mapping);

	write_lock_irq(&map->tree_lock);
	/* the count first: a holder may dirty the page, then let go */
	if (unlikely(page_count(pg) != 2))
		goto cannot_free;
	if (unlikely(PageDirty(pg)))
		goto cannot_free;
	__remove_from_page_cache(pg);
	write_unlock_irq(&map->tree_lock);
	atomic_dec(&pg->_count);	/* __put_page(): the cache's */
	return 1;

cannot_free:
	write_unlock_irq(&map->tree_lock);
	return 0;
}

/**
 * @brief \~english Drop a clean, unmapped page of @p map from the cache.
 *        \~chinese 把 map 中一个干净且未被映射的页从页高速缓存中丢弃。 \~
 * @param map \~english the address_space \~chinese 地址空间 \~
 * @param pg \~english the page, locked \~chinese 页描述符，已加锁 \~
 * @return \~english 1 if it was dropped, else 0 \~chinese 丢弃了返回 1，否则返回 0 \~
 * @kernel{mm/truncate.c,121}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english No buffer heads: PagePrivate() is never set, so the
 *         try_to_release_page() check is left out.
 *         \~chinese 没有缓冲区首部：PagePrivate() 从不置位，所以省略了
 *         try_to_release_page() 的检查。 \~
 */
static int invalidate_complete_page(struct address_space *map,
				    struct page *pg)
{
	if (pg->mapping != map)
		return 0;	/* truncated meanwhile */
	return remove_mapping(map, pg);
}

/**
 * @brief \~english Drop the unlocked, clean, unmapped pages of @p map between @p start and @p end from the page cache.
 *        \~chinese 把 map 中索引在 start 与 end 之间、未加锁、干净且未被映射的页从页高速缓存中丢弃。 \~
 * @param map \~english the address_space \~chinese 地址空间 \~
 * @param start \~english the first page index \~chinese 起始页索引 \~
 * @param end \~english the last page index (inclusive; -1: to the end) \~chinese 最后一个页索引（含；-1 表示直到末尾） \~
 * @param be_atomic \~english true: do not reschedule \~chinese 为 true 时不调度 \~
 * @return \~english the number of pages dropped \~chinese 丢弃的页数 \~
 * @kernel{mm/truncate.c,269}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english mm24's radix tree has no gang lookup, so instead of
 *         batches of pagevec_lookup() (pagevec_init(), pagevec_count(),
 *         pagevec_release()) each index is looked up with find_get_page()
 *         and released with page_cache_release(), up to the file's last
 *         page (no page lies beyond it).  TestSetPageLocked() is a test of
 *         PageLocked() and SetPageLocked() (nothing else runs meanwhile);
 *         page_mapped() is page_mapcount() > 0.
 *         \~chinese mm24 的基树没有批量查找，所以不是用 pagevec_lookup() 成批查找
 *         （pagevec_init()、pagevec_count()、pagevec_release()），而是对每个索引
 *         用 find_get_page() 查找、用 page_cache_release() 释放，直到文件的最后一页
 *         （其后不会有页）。TestSetPageLocked() 就是先检查 PageLocked() 再
 *         SetPageLocked()（期间没有别的代码运行）；page_mapped() 就是
 *         page_mapcount() > 0。 \~
 */
static unsigned long __invalidate_mapping_pages(struct address_space *map,
						pgoff_t start, pgoff_t end,
						bool be_atomic)
{
	pgoff_t next = start, last;
	unsigned long dropped = 0;

	last = (pgoff_t)((map->host->i_size + PAGE_SIZE - 1) >> PAGE_SHIFT);
	while (next <= end && next < last) {
		struct page *pg = find_get_page(map, next);
		int busy;

		next++;
		if (pg == NULL)
			continue;
		busy = PageLocked(pg);
		if (!busy)
			SetPageLocked(pg);
		if (busy)
			goto release;
		/* dirty or mapped pages are someone's: they stay */
		if (PageDirty(pg) || PageWriteback(pg))
			goto unlock;
		if (page_mapcount(pg) > 0)
			goto unlock;
		dropped += (unsigned long)invalidate_complete_page(map, pg);
unlock:
		ClearPageLocked(pg);
release:
		page_cache_release(pg);
		if (likely(!be_atomic))
			cond_resched();
	}
	return dropped;
}

/**
 * @brief \~english Drop the unlocked, clean, unmapped pages of @p map between @p start and @p end (inclusive).
 *        \~chinese 丢弃 map 中索引在 start 与 end（含）之间、未加锁、干净且未被映射的页。 \~
 * @param map \~english the address_space \~chinese 地址空间 \~
 * @param start \~english the first page index \~chinese 起始页索引 \~
 * @param end \~english the last page index (-1: to the end) \~chinese 最后一个页索引（-1 表示直到末尾） \~
 * @return \~english the number of pages dropped \~chinese 丢弃的页数 \~
 * @kernel{mm/truncate.c,330}
 * @seenotes{chapter-fault,fault-major}
 */
unsigned long invalidate_mapping_pages(struct address_space *map,
				       pgoff_t start, pgoff_t end)
{
	return __invalidate_mapping_pages(map, start, end, false);
}

/* the value last written to /proc/sys/vm/drop_caches */
int sysctl_drop_caches;

/* ramfs_for_each() callback of drop_pagecache_sb(): one file */
static void drop_file_pages(struct inode *ino, const char *path, void *arg)
{
	(void)path;
	(void)arg;
	__invalidate_mapping_pages(ino->i_mapping, 0, (pgoff_t)-1, true);
}

/**
 * @brief \~english Drop the clean, unused page-cache pages of every file of a super block.
 *        \~chinese 丢弃一个超级块上所有文件中干净且未被使用的页高速缓存页。 \~
 * @kernel{fs/drop_caches.c,15}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english mm24 has one flat rootfs directory (ramfs files and
 *         the files of the emulated disk) and no per-super-block inode
 *         lists: the walk is ramfs_for_each() over the rootfs files, not
 *         list_for_each_entry() over sb->s_inodes under inode_lock
 *         (spin_lock(), spin_unlock()), and no inode is being freed
 *         (I_FREEING, I_WILL_FREE).  So the super block is not a
 *         parameter.  The unlinked tmpfs inodes of shared anonymous
 *         mappings are not visited: their pages are dirty and would stay.
 *         \~chinese mm24 只有一个扁平的 rootfs 目录（ramfs 文件与模拟磁盘上的文件），
 *         也没有按超级块组织的 inode 链表：这里用 ramfs_for_each() 遍历 rootfs 的
 *         文件，而不是在 inode_lock 保护下（spin_lock()、spin_unlock()）用
 *         list_for_each_entry() 遍历 sb->s_inodes，也没有正在释放的 inode
 *         （I_FREEING、I_WILL_FREE）。所以超级块不作为参数。共享匿名映射所用的、
 *         已删除链接的 tmpfs inode 不被访问：它们的页都是脏页，反正会留下。 \~
 */
static void drop_pagecache_sb(void)
{
	ramfs_for_each(drop_file_pages, NULL);
}

/**
 * @brief \~english Drop the clean, unused pages of the page cache (echo 1 > /proc/sys/vm/drop_caches).
 *        \~chinese 丢弃页高速缓存中干净且未被使用的页（echo 1 > /proc/sys/vm/drop_caches）。 \~
 * @kernel{fs/drop_caches.c,28}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english One super block holds every file that has a page
 *         cache to drop (rootfs), so there is no super_blocks list to walk
 *         (spin_lock() of sb_lock, list_for_each_entry(), s_count,
 *         down_read() and up_read() of s_umount, the s_root test,
 *         __put_super_and_need_restart() and the @c restart label).
 *         \~chinese 所有有页高速缓存可丢弃的文件都在同一个超级块（rootfs）上，所以没有
 *         super_blocks 链表要遍历（sb_lock 的 spin_lock()、list_for_each_entry()、
 *         s_count、s_umount 的 down_read() 与 up_read()、对 s_root 的检查、
 *         __put_super_and_need_restart() 以及 restart 标号）。 \~
 */
void drop_pagecache(void)
{
	drop_pagecache_sb();
}

/**
 * @brief \~english A write to /proc/sys/vm/drop_caches: bit 0 drops the page cache's clean pages.
 *        \~chinese 写 /proc/sys/vm/drop_caches：第 0 位丢弃页高速缓存中的干净页。 \~
 * @param write \~english nonzero for a write (the value is in sysctl_drop_caches) \~chinese 写操作时非零（所写的值已在 sysctl_drop_caches 中） \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{fs/drop_caches.c,57}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english mm24 has no sysctl tables: the echo command parses
 *         the number into sysctl_drop_caches (proc_dointvec_minmax()) and
 *         calls this with @p write alone (no table, file, buffer, length
 *         or position).  Nothing in mm24 registers a slab shrinker (no
 *         dentry or inode cache to shrink), so bit 1's drop_slab() is left
 *         out: 2 drops nothing.
 *         \~chinese mm24 没有 sysctl 表：echo 命令把数值解析进 sysctl_drop_caches
 *         （proc_dointvec_minmax()），再只以 write 为参数调用本函数（没有表、文件、
 *         缓冲区、长度与位置）。mm24 中没有谁注册 slab 收缩函数（没有可收缩的 dentry
 *         或 inode 高速缓存），所以省略了第 1 位对应的 drop_slab()：写 2 什么也不丢弃。 \~
 */
int drop_caches_sysctl_handler(int write)
{
	if (write) {
		if (sysctl_drop_caches & 1)
			drop_pagecache();
	}
	return 0;
}
