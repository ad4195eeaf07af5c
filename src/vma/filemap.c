/**
 * @file
 * @brief \~english The page cache: a file's pages, found by their index in the file.
 *        \~chinese 页高速缓存：按页在文件中的索引查找文件的页。 \~
 *
 * filemap.c (vma unit) - find_get_page(), add_to_page_cache(),
 * remove_from_page_cache(), page_cache_read(), filemap_fault(),
 * read_mapping_page() and generic_file_mmap() of mm/filemap.c and
 * linux/pagemap.h.
 *
 * Each file's pages are in its address_space's radix tree, keyed by page
 * index (file offset >> PAGE_SHIFT); a page there has page->mapping and
 * page->index set, holds a reference for the cache and counts in
 * NR_FILE_PAGES.  A fault on a file mapping (the fault unit's
 * __do_fault()) asks filemap_fault() for the page and maps it.  A ramfs
 * file has every page in its cache; a file on mm24's emulated disk
 * (ramfs.c) may not: filemap_fault() then counts a major fault
 * (PGMAJFAULT) and page_cache_read() reads the page in through the
 * file's ->readpage; read(2) and write(2) go through
 * read_mapping_page().  drop_caches takes clean, unmapped pages out
 * again (truncate.c, remove_from_page_cache()).
 */
#include <linux/err.h>
#include <linux/mman.h>
#include <linux/vmstat.h>

/**
 * @brief \~english Read page @p index of @p filp's file into the page cache (a new page, through ->readpage), unless it is there already.
 *        \~chinese 把 filp 所指文件的第 index 页读入页高速缓存（经 ->readpage 读入一个新页），除非它已经在那里。 \~
 * @param filp \~english the file \~chinese 文件 \~
 * @param index \~english the page index \~chinese 页在文件中的索引 \~
 * @return \~english 0 (read, or found there), -ENOMEM, or ->readpage()'s error \~chinese 0（已读入，或者页已经在缓存中）、-ENOMEM，或 ->readpage() 返回的错误 \~
 * @kernel{mm/filemap.c,1263}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english No LRU lists and no cold pages: page_cache_alloc_cold()
 *         is page_cache_alloc() and add_to_page_cache_lru() is
 *         add_to_page_cache().  ->readpage() never truncates the page under
 *         the read, so the loop on AOP_TRUNCATED_PAGE is left out.
 *         \~chinese 没有 LRU 链表，也没有冷页：page_cache_alloc_cold() 就是
 *         page_cache_alloc()，add_to_page_cache_lru() 就是 add_to_page_cache()。
 *         ->readpage() 读页期间页不会被截断，所以省略了对 AOP_TRUNCATED_PAGE 的循环。 \~
 */
static int page_cache_read(struct file *filp, pgoff_t index)
{
	struct address_space *map = filp->f_mapping;
	struct page *pg = page_cache_alloc(map);
	int rc;

	if (pg == NULL)
		return -ENOMEM;
	rc = add_to_page_cache(pg, map, index, GFP_KERNEL);
	if (!rc)
		rc = map->a_ops->readpage(filp, pg);	/* unlocks it */
	else if (rc == -EEXIST)
		rc = 0;		/* someone read it first: just as good */
	page_cache_release(pg);	/* the cache holds its own reference */
	return rc;
}

/**
 * @brief \~english ->fault() of file VMAs: the page-cache page at @c vmf->pgoff, locked; a page not in the cache is read in first (a major fault).
 *        \~chinese 文件线性区的 ->fault()：返回页高速缓存中 vmf->pgoff 处的页（已加锁）；页不在缓存中时先把它读入（主缺页）。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param vmf \~english the page asked for; the page is put in @c vmf->page \~chinese 所请求的页；找到的页放在 vmf->page 中 \~
 * @return \~english VM_FAULT_LOCKED (with VM_FAULT_MAJOR if the page was read), VM_FAULT_SIGBUS beyond the end of the file or on a read error, VM_FAULT_OOM \~chinese VM_FAULT_LOCKED（页是读入的则再加 VM_FAULT_MAJOR）；超出文件末尾或读出错时为 VM_FAULT_SIGBUS；内存不足时为 VM_FAULT_OOM \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/filemap.c,1301}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english No readahead: no madvise() hints (VM_RandomReadHint(),
 *         VM_SequentialReadHint(), page_cache_sync_readahead(),
 *         PageReadahead(), page_cache_async_readahead()), no mmap_miss
 *         and no read-around (max_sane_readahead(),
 *         do_page_cache_readahead(), the second find_lock_page() and
 *         prev_pos): a missing page is counted as a major fault and read
 *         alone, by page_cache_read().  A ramfs page is always there, so
 *         a ramfs fault is never major.  The emulated disk never fails and
 *         its read is synchronous, so a page in the cache is up to date:
 *         the page_not_uptodate re-read (ClearPageError(), ->readpage(),
 *         shrink_readahead_size_eio()) is a BUG_ON().  find_lock_page() is
 *         find_get_page() and SetPageLocked() (no one sleeps on a page
 *         lock); i_size_read() is a plain read of i_size, which cannot
 *         change under the fault, so the second size check (with
 *         unlock_page()) is left out; mark_page_accessed() is
 *         SetPageReferenced() (no LRU).
 *         \~chinese 没有预读：没有 madvise() 提示（VM_RandomReadHint()、
 *         VM_SequentialReadHint()、page_cache_sync_readahead()、PageReadahead()、
 *         page_cache_async_readahead()），没有 mmap_miss，也没有围绕缺页处的预读
 *         （max_sane_readahead()、do_page_cache_readahead()、第二次
 *         find_lock_page() 以及 prev_pos）：缺失的页计为一次主缺页，由
 *         page_cache_read() 单独读入。ramfs 的页总在缓存中，所以 ramfs 的缺页从来不是
 *         主缺页。模拟磁盘从不出错，读操作是同步的，所以缓存中的页都是最新的：重读
 *         非最新页的 page_not_uptodate 路径（ClearPageError()、->readpage()、
 *         shrink_readahead_size_eio()）换成了 BUG_ON()。find_lock_page() 即
 *         find_get_page() 加 SetPageLocked()（没有谁在页锁上睡眠）；i_size_read()
 *         就是直接读 i_size，缺页期间它不会改变，所以省略了第二次大小检查（及其
 *         unlock_page()）；mark_page_accessed() 即 SetPageReferenced()（没有 LRU）。 \~
 */
static int filemap_fault(struct vm_area_struct *area, struct vm_fault *vmf)
{
	struct file *filp = area->vm_file;
	struct address_space *map = filp->f_mapping;
	int did_read = 0, rc = 0, err;
	unsigned long npages;
	struct page *pg;

	/* the pages of the file, the last one partial */
	npages = (unsigned long)((map->host->i_size + PAGE_SIZE - 1) >>
				 PAGE_SHIFT);
	if (vmf->pgoff >= npages)
		return VM_FAULT_SIGBUS;

retry_find:
	pg = find_get_page(map, vmf->pgoff);
	if (pg == NULL) {
		/* it must come from the disk: a major fault, counted once
		 * however often the page is looked for again */
		if (!did_read) {
			rc = VM_FAULT_MAJOR;
			count_vm_event(PGMAJFAULT);
		}
		did_read = 1;
		goto no_cached_page;
	}

	SetPageLocked(pg);
	BUG_ON(!PageUptodate(pg));
	SetPageReferenced(pg);
	vmf->page = pg;
	return rc | VM_FAULT_LOCKED;

no_cached_page:
	err = page_cache_read(filp, vmf->pgoff);
	/* in the cache now (unless it went again): look it up */
	if (err >= 0)
		goto retry_find;
	if (err == -ENOMEM)
		return VM_FAULT_OOM;
	return VM_FAULT_SIGBUS;
}

/**
 * @brief \~english What a file VMA does on a fault: filemap_fault().
 *        \~chinese 文件线性区在缺页时的操作：filemap_fault()。 \~
 * @kernel{mm/filemap.c,1453}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english It has no .close, so file VMAs can merge.
 *         \~chinese 它没有 .close，所以文件线性区可以合并。 \~
 */
const struct vm_operations_struct generic_file_vm_ops = {
	.fault = filemap_fault,
};

/**
 * @brief \~english The page cache page of @p map at @p index, with a reference, or NULL.
 *        \~chinese 取得 mapping 中偏移 offset 处的页高速缓存页并增加其引用计数，没有则为 NULL。 \~
 * @param map \~english the file's address_space
 *            \~chinese 文件的 address_space \~
 * @param index \~english the page index \~chinese 页在文件中的索引 \~
 * @return \~english the page (put_page() it when done), or NULL
 *         \~chinese 找到的页（用完后要 put_page()）；没有则返回 NULL \~
 * @kernel{mm/filemap.c,611}
 * @seenotes{chapter-vma,vma-pagecache}
 */
struct page *find_get_page(struct address_space *map, pgoff_t index)
{
	struct page *pg;

	read_lock_irq(&map->tree_lock);
	pg = radix_tree_lookup(&map->page_tree, index);
	if (pg)
		page_cache_get(pg);
	read_unlock_irq(&map->tree_lock);
	return pg;
}

/**
 * @brief \~english Put a new, locked page into @p map's cache at @p index.
 *        \~chinese 把一个新的、加锁的页放入 mapping 的页高速缓存，位置为 offset。 \~
 * @param pg \~english the page \~chinese 页描述符 \~
 * @param map \~english the file's address_space
 *            \~chinese 文件的 address_space \~
 * @param index \~english the page index \~chinese 页在文件中的索引 \~
 * @param gfp_mask \~english for the radix-tree nodes
 *                 \~chinese 分配基树节点时使用的分配标志 \~
 * @return \~english 0, -ENOMEM or -EEXIST
 *         \~chinese 成功返回 0，否则返回 -ENOMEM 或 -EEXIST \~
 * @kernel{mm/filemap.c,453}
 * @seenotes{chapter-vma,vma-pagecache}
 */
int add_to_page_cache(struct page *pg, struct address_space *map,
		      pgoff_t index, gfp_t gfp_mask)
{
	int rc = radix_tree_preload(gfp_mask & ~__GFP_HIGHMEM);

	if (rc == 0) {
		write_lock_irq(&map->tree_lock);
		rc = radix_tree_insert(&map->page_tree, index, pg);
		if (!rc) {
			page_cache_get(pg);
			SetPageLocked(pg);
			pg->mapping = map;
			pg->index = index;
			map->nrpages++;
			__inc_zone_page_state(pg, NR_FILE_PAGES);
		}
		write_unlock_irq(&map->tree_lock);
		radix_tree_preload_end();
	}
	return rc;
}

/**
 * @brief \~english ->mmap() of ordinary files: the VMA faults its pages from the page cache.
 *        \~chinese 普通文件的 ->mmap()：线性区从页高速缓存中调入它的页。 \~
 * @param filp \~english the file \~chinese 文件 \~
 * @param area \~english the new VMA \~chinese 新线性区 \~
 * @return \~english 0, or -ENOEXEC if the file cannot read pages
 *         \~chinese 成功返回 0；文件无法读页时返回 -ENOEXEC \~
 * @kernel{mm/filemap.c,1459}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english No access time to update (file_accessed()).
 *         \~chinese 没有访问时间需要更新（file_accessed()）。 \~
 */
int generic_file_mmap(struct file *filp, struct vm_area_struct *area)
{
	struct address_space *map = filp->f_mapping;

	if (!map->a_ops->readpage)
		return -ENOEXEC;
	area->vm_ops = &generic_file_vm_ops;
	area->vm_flags |= VM_CAN_NONLINEAR;
	return 0;
}

/**
 * @brief \~english Take a page out of its file's page cache (the caller holds the mapping's tree_lock).
 *        \~chinese 把页从其文件的页高速缓存中移除（调用者持有该 mapping 的 tree_lock）。 \~
 * @param pg \~english the page, locked and mapped by no PTE \~chinese 页描述符，已加锁且没有页表项映射它 \~
 * @kernel{mm/filemap.c,118}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english No dirty accounting (mapping_cap_account_dirty() is
 *         0: no NR_FILE_DIRTY, no backing_dev_info), so the final dirty
 *         check (dec_zone_page_state(), dec_bdi_stat()) is left out.
 *         page_mapped() is page_mapcount() > 0.
 *         \~chinese 没有脏页记账（mapping_cap_account_dirty() 为 0：没有
 *         NR_FILE_DIRTY，也没有 backing_dev_info），所以省略了最后的脏页检查
 *         （dec_zone_page_state()、dec_bdi_stat()）。page_mapped() 就是
 *         page_mapcount() > 0。 \~
 */
void __remove_from_page_cache(struct page *pg)
{
	struct address_space *map = pg->mapping;

	radix_tree_delete(&map->page_tree, pg->index);
	pg->mapping = NULL;
	map->nrpages--;
	__dec_zone_page_state(pg, NR_FILE_PAGES);
	BUG_ON(page_mapcount(pg) > 0);
}

/**
 * @brief \~english Take a locked page out of its file's page cache.
 *        \~chinese 把一个已加锁的页从其文件的页高速缓存中移除。 \~
 * @param pg \~english the page, locked and mapped by no PTE \~chinese 页描述符，已加锁且没有页表项映射它 \~
 * @kernel{mm/filemap.c,141}
 * @seenotes{chapter-fault,fault-major}
 */
void remove_from_page_cache(struct page *pg)
{
	struct address_space *map = pg->mapping;

	BUG_ON(!PageLocked(pg));
	write_lock_irq(&map->tree_lock);
	__remove_from_page_cache(pg);
	write_unlock_irq(&map->tree_lock);
}

/**
 * @brief \~english The page-cache page of @p map at @p index, read in through ->readpage if it is not there, with a reference.
 *        \~chinese 取得 map 中 index 处的页高速缓存页（不在缓存中时经 ->readpage 读入），并增加其引用计数。 \~
 * @param map \~english the file's address_space \~chinese 文件的 address_space \~
 * @param index \~english the page index \~chinese 页在文件中的索引 \~
 * @param data \~english the file, for ->readpage (may be NULL) \~chinese 传给 ->readpage 的文件（可为 NULL） \~
 * @return \~english the page, up to date (put_page() it when done), or an ERR_PTR: -ENOMEM, -EIO \~chinese 最新的页（用完后要 put_page()），或 ERR_PTR：-ENOMEM、-EIO \~
 * @kernel{include/linux/pagemap.h,129}
 * @seenotes{chapter-fault,fault-major}
 * @kquirk \~english read_cache_page(), read_cache_page_async() and
 *         __read_cache_page() of mm/filemap.c are folded into this one
 *         function, whose filler is always the mapping's ->readpage (no
 *         cast to filler_t).  The read is synchronous: the page is
 *         unlocked when ->readpage returns, so there is nothing to wait
 *         for (lock_page(), wait_on_page_locked(), unlock_page()) and the
 *         retry of a page truncated meanwhile (the page->mapping check,
 *         the @c retry label) is left out; no LRU (add_to_page_cache_lru()
 *         is add_to_page_cache(), mark_page_accessed() is
 *         SetPageReferenced()), no cold pages (page_cache_alloc_cold()).
 *         \~chinese mm/filemap.c 中的 read_cache_page()、read_cache_page_async() 与
 *         __read_cache_page() 合并成这一个函数，其填充函数总是该 mapping 的 ->readpage
 *         （不转换成 filler_t）。读操作是同步的：->readpage 返回时页已解锁，所以没有
 *         什么要等待（lock_page()、wait_on_page_locked()、unlock_page()），也省略了
 *         对期间被截断的页的重试（对 page->mapping 的检查、retry 标号）；没有 LRU
 *         （add_to_page_cache_lru() 就是 add_to_page_cache()，mark_page_accessed()
 *         就是 SetPageReferenced()），也没有冷页（page_cache_alloc_cold()）。 \~
 */
struct page *read_mapping_page(struct address_space *map, pgoff_t index,
			       void *data)
{
	struct page *pg;
	int err;

repeat:
	pg = find_get_page(map, index);
	if (pg == NULL) {
		pg = page_cache_alloc(map);
		if (pg == NULL)
			return ERR_PTR(-ENOMEM);
		err = add_to_page_cache(pg, map, index, GFP_KERNEL);
		if (unlikely(err)) {
			page_cache_release(pg);
			if (err == -EEXIST)
				goto repeat;	/* someone was quicker */
			return ERR_PTR(err);
		}
		err = map->a_ops->readpage(data, pg);
		if (err < 0) {
			page_cache_release(pg);
			return ERR_PTR(err);
		}
	}
	if (!PageUptodate(pg)) {
		page_cache_release(pg);
		return ERR_PTR(-EIO);
	}
	SetPageReferenced(pg);
	return pg;
}
