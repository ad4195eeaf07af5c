/**
 * @file
 * @brief \~english The page cache: a file's pages, found by their index in the file.
 *        \~chinese 页高速缓存：按页在文件中的索引查找文件的页。 \~
 *
 * filemap.c (vma unit) - find_get_page(), add_to_page_cache(),
 * filemap_fault() and generic_file_mmap() of mm/filemap.c.
 *
 * Each file's pages are in its address_space's radix tree, keyed by page
 * index (file offset >> PAGE_SHIFT); a page there has page->mapping and
 * page->index set, holds a reference for the cache and counts in
 * NR_FILE_PAGES.  A fault on a file mapping (the fault unit's
 * __do_fault()) asks filemap_fault() for the page and maps it.
 */
#include <linux/mman.h>
#include <linux/vmstat.h>

/**
 * @brief \~english ->fault() of file VMAs: the page-cache page at @c vmf->pgoff, locked.
 *        \~chinese 文件线性区的 ->fault()：返回页高速缓存中 vmf->pgoff 处的页（已加锁）。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param vmf \~english the page asked for; the page is put in @c vmf->page \~chinese 所请求的页；找到的页放在 vmf->page 中 \~
 * @return \~english VM_FAULT_LOCKED, or VM_FAULT_SIGBUS beyond the end of the file \~chinese VM_FAULT_LOCKED；超出文件末尾时为 VM_FAULT_SIGBUS \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/filemap.c,1301}
 * @seenotes{chapter-fault,fault-file}
 * @kquirk \~english A ramfs file's pages are all in its page cache, up to
 *         date, for as long as the file exists: the lookup always finds
 *         the page, so the readahead hints and state
 *         (VM_RandomReadHint(), VM_SequentialReadHint(), mmap_miss,
 *         page_cache_sync_readahead(), do_page_cache_readahead()), the
 *         major-fault path that reads a missing page (no_cached_page,
 *         page_cache_read(), count_vm_event() of PGMAJFAULT) and the
 *         re-read of a page that is not up to date (page_not_uptodate,
 *         readpage()) are left out: a page that is not there is a BUG().
 *         find_lock_page() is find_get_page() and SetPageLocked() (no
 *         one sleeps on a page lock); i_size_read() is a plain read of
 *         i_size, which cannot change under the
 *         fault, so the second size check is left out;
 *         mark_page_accessed() is SetPageReferenced() (no LRU).
 *         \~chinese ramfs 文件的页在文件存在期间全部在页高速缓存中且都是最新的：查找
 *         总能找到页，因此省略了预读提示与状态（VM_RandomReadHint()、
 *         VM_SequentialReadHint()、mmap_miss、page_cache_sync_readahead()、
 *         do_page_cache_readahead()）、读入缺失页的主缺页路径（no_cached_page、
 *         page_cache_read()、对 PGMAJFAULT 的 count_vm_event()）以及对非最新页的
 *         重读（page_not_uptodate、readpage()）：找不到页就是 BUG()。
 *         find_lock_page() 即 find_get_page() 加 SetPageLocked()（没有谁在页锁上
 *         睡眠）；i_size_read() 就是直接读 i_size，缺页期间它不会改变，所以省略了第二次大小检查；
 *         mark_page_accessed() 即 SetPageReferenced()（没有 LRU）。 \~
 */
static int filemap_fault(struct vm_area_struct *area, struct vm_fault *vmf)
{
	struct address_space *map = area->vm_file->f_mapping;
	unsigned long npages;
	struct page *pg;

	/* the pages of the file, the last one partial */
	npages = (unsigned long)((map->host->i_size + PAGE_SIZE - 1) >>
				 PAGE_SHIFT);
	if (vmf->pgoff >= npages)
		return VM_FAULT_SIGBUS;

	pg = find_get_page(map, vmf->pgoff);
	BUG_ON(!pg || !PageUptodate(pg));
	SetPageLocked(pg);
	SetPageReferenced(pg);
	vmf->page = pg;
	return VM_FAULT_LOCKED;
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
