/**
 * @file
 * @brief \~english The page cache: a file's pages, found by their index in the file.
 *        \~chinese 页高速缓存：按页在文件中的索引查找文件的页。 \~
 *
 * filemap.c (vma unit) - find_get_page(), add_to_page_cache() and
 * generic_file_mmap() of mm/filemap.c.
 *
 * Each file's pages are in its address_space's radix tree, keyed by page
 * index (file offset >> PAGE_SHIFT); a page there has page->mapping and
 * page->index set, holds a reference for the cache and counts in
 * NR_FILE_PAGES.  A fault on a file mapping (the fault unit) looks the
 * page up here (find_get_page()) and maps it.
 */
#include <linux/mman.h>
#include <linux/vmstat.h>

/**
 * @brief \~english What a file VMA does on a fault (filemap_fault(), with the fault unit).
 *        \~chinese 文件线性区在缺页时的操作（filemap_fault()，随缺页单元加入）。 \~
 * @kernel{mm/filemap.c,1453}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english Empty until the fault unit fills in .fault
 *         (filemap_fault()); it has no .close, so file VMAs can merge.
 *         \~chinese 在缺页单元填入 .fault（filemap_fault()）之前为空；它没有 .close，
 *         所以文件线性区可以合并。 \~
 */
const struct vm_operations_struct generic_file_vm_ops = {
	.fault = NULL,
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
