/**
 * @file
 * @brief \~english anon_vma: the groups of private VMAs whose anonymous pages may be shared.
 *        \~chinese anon_vma：其匿名页可能被共享的私有线性区组。 \~
 *
 * rmap.c (vma unit) - the anon_vma side of mm/rmap.c.
 *
 * An anonymous page records one anon_vma (page->mapping); the anon_vma
 * lists every VMA that may map the page (after a fork, the parent's and
 * the child's copies of a VMA), so the reverse map can find the page's
 * PTEs.  A VMA gets its anon_vma on its first anonymous page
 * (anon_vma_prepare()), borrowing a neighbour's when the two could be
 * merged later (find_mergeable_anon_vma() in mmap.c); the anon_vma goes
 * when its last VMA is unlinked.
 *
 * Of the reverse map itself, page_remove_rmap() is here (the zap walk of
 * memory.c needs it); the fault unit adds new pages to it
 * (page_add_new_anon_rmap(), page_add_file_rmap()), and try_to_unmap()
 * comes with reclaim.  The rest is what VMA linking, merging, splitting
 * and stack growth need.
 */
#include <linux/mman.h>
#include <linux/slab.h>

/**
 * @brief \~english The slab cache of struct anon_vma ("anon_vma").
 *        \~chinese struct anon_vma 的 slab 高速缓存（"anon_vma"）。 \~
 * @kernel{mm/rmap.c,55}
 * @seenotes{chapter-vma,vma-anon}
 */
struct kmem_cache *anon_vma_cachep;

/**
 * @brief \~english A new, empty anon_vma.
 *        \~chinese 分配一个新的、空的 anon_vma。 \~
 * @return \~english an anon_vma with an empty list (the constructor's state), or NULL if the slab allocator has no memory \~chinese 一个链表为空的 anon_vma（构造函数的状态）；slab 分配器没有内存时为 NULL \~
 * @kernel{include/linux/rmap.h,35}
 * @seenotes{chapter-vma,vma-anon}
 */
static inline struct anon_vma *anon_vma_alloc(void)
{
	return kmem_cache_alloc(anon_vma_cachep, GFP_KERNEL);
}

/**
 * @brief \~english Give an empty anon_vma back to its cache.
 *        \~chinese 把空的 anon_vma 归还给它的高速缓存。 \~
 * @param av \~english the anon_vma, no VMA left on its list \~chinese anon_vma，其链表上已没有线性区 \~
 * @kernel{include/linux/rmap.h,40}
 * @seenotes{chapter-vma,vma-anon}
 */
static inline void anon_vma_free(struct anon_vma *av)
{
	kmem_cache_free(anon_vma_cachep, av);
}

/**
 * @brief \~english Give @p area an anon_vma: a mergeable neighbour's, or a new one.
 *        \~chinese 为 vma 配上 anon_vma：可合并邻居的那个，或者新分配一个。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @context \~english mmap_sem held \~chinese 调用者持有 mmap_sem \~
 * @kernel{mm/rmap.c,58}
 * @seenotes{chapter-vma,vma-anon}
 */
int anon_vma_prepare(struct vm_area_struct *area)
{
	struct anon_vma *av = area->anon_vma;

	might_sleep();
	if (unlikely(!av)) {
		struct mm_struct *space = area->vm_mm;
		struct anon_vma *fresh, *held;

		av = find_mergeable_anon_vma(area);
		if (av) {
			/* share the neighbour's: hold it while we link */
			fresh = NULL;
			held = av;
			spin_lock(&held->lock);
		} else {
			av = anon_vma_alloc();
			if (unlikely(!av))
				return -ENOMEM;
			fresh = av;
			held = NULL;
		}

		/* another thread of the mm may have set one meanwhile */
		spin_lock(&space->page_table_lock);
		if (likely(!area->anon_vma)) {
			area->anon_vma = av;
			list_add_tail(&area->anon_vma_node, &av->head);
			fresh = NULL;
		}
		spin_unlock(&space->page_table_lock);

		if (held)
			spin_unlock(&held->lock);
		if (unlikely(fresh))
			anon_vma_free(fresh);
	}
	return 0;
}

/**
 * @brief \~english @p gone was merged into @p area: take it off their common anon_vma.
 *        \~chinese next 已并入 vma：把它从两者共同的 anon_vma 上摘下。 \~
 * @param area \~english the VMA that stays \~chinese 保留下来的线性区 \~
 * @param gone \~english the VMA merged into it, with the same anon_vma (a BUG otherwise) \~chinese 并入其中的线性区，须有相同的 anon_vma（否则 BUG） \~
 * @context \~english the anon_vma's lock held
 *          \~chinese 调用者持有 anon_vma 的锁 \~
 * @kernel{mm/rmap.c,97}
 * @seenotes{chapter-vma,vma-anon}
 */
void __anon_vma_merge(struct vm_area_struct *area, struct vm_area_struct *gone)
{
	BUG_ON(area->anon_vma != gone->anon_vma);
	list_del(&gone->anon_vma_node);
}

/**
 * @brief \~english Put @p area on its anon_vma's list, if it has one (lock held).
 *        \~chinese 若 vma 有 anon_vma，则把它挂到其链表上（调用者已持锁）。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @kernel{mm/rmap.c,103}
 * @seenotes{chapter-vma,vma-anon}
 */
void __anon_vma_link(struct vm_area_struct *area)
{
	struct anon_vma *av = area->anon_vma;

	if (av)
		list_add_tail(&area->anon_vma_node, &av->head);
}

/**
 * @brief \~english Put @p area on its anon_vma's list, taking the lock.
 *        \~chinese 持锁把 vma 挂到其 anon_vma 的链表上。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @kernel{mm/rmap.c,111}
 * @seenotes{chapter-vma,vma-anon}
 */
void anon_vma_link(struct vm_area_struct *area)
{
	struct anon_vma *av = area->anon_vma;

	if (av) {
		spin_lock(&av->lock);
		list_add_tail(&area->anon_vma_node, &av->head);
		spin_unlock(&av->lock);
	}
}

/**
 * @brief \~english Take @p area off its anon_vma; free the anon_vma when it is the last.
 *        \~chinese 把 vma 从其 anon_vma 上摘下；若它是最后一个，则释放该 anon_vma。 \~
 * @param area \~english the VMA that goes away \~chinese 将要删除的线性区 \~
 * @kernel{mm/rmap.c,122}
 * @seenotes{chapter-vma,vma-anon}
 */
void anon_vma_unlink(struct vm_area_struct *area)
{
	struct anon_vma *av = area->anon_vma;
	int last;

	if (!av)
		return;

	spin_lock(&av->lock);
	list_del(&area->anon_vma_node);
	/* no VMA left means no page can point at it any more */
	last = list_empty(&av->head);
	spin_unlock(&av->lock);

	if (last)
		anon_vma_free(av);
}

/**
 * @brief \~english The constructor of anon_vma objects: an unlocked lock, an empty list.
 *        \~chinese anon_vma 对象的构造函数：未加锁的锁与空链表。 \~
 * @param cachep \~english the anon_vma cache (unused) \~chinese anon_vma 高速缓存（未用到） \~
 * @param data \~english the new object \~chinese 新对象 \~
 * @kernel{mm/rmap.c,141}
 * @seenotes{chapter-vma,vma-anon}
 */
static void anon_vma_ctor(struct kmem_cache *cachep, void *data)
{
	struct anon_vma *av = data;

	(void)cachep;
	spin_lock_init(&av->lock);
	INIT_LIST_HEAD(&av->head);
}

/**
 * @brief \~english Create the anon_vma cache (start_kernel()).
 *        \~chinese 创建 anon_vma 高速缓存（由 start_kernel() 调用）。 \~
 * @kernel{mm/rmap.c,149}
 * @seenotes{chapter-vma,vma-anon}
 * @kquirk \~english The anon_vma is a host structure: kmem_cache_create()
 *         gets its host alignment, __alignof__(struct anon_vma), where
 *         2.6.24 passes 0.
 *         \~chinese anon_vma 是宿主机结构：kmem_cache_create() 得到的是宿主机上的
 *         对齐 __alignof__(struct anon_vma)，而 2.6.24 传的是 0。 \~
 */
void anon_vma_init(void)
{
	anon_vma_cachep = kmem_cache_create("anon_vma", sizeof(struct anon_vma),
					    __alignof__(struct anon_vma),
					    SLAB_DESTROY_BY_RCU | SLAB_PANIC,
					    anon_vma_ctor);
}

/**
 * @brief \~english A PTE that mapped @p pg is gone: drop a mapping, and the page's count in the zone's mapped counters with the last one.
 *        \~chinese 映射 page 的一个页表项已清除：映射计数减一；最后一个映射消失时，减少管理区的已映射页计数。 \~
 * @param pg \~english the page \~chinese 页描述符 \~
 * @param area \~english the VMA it was mapped in \~chinese 原来映射它的线性区 \~
 * @context \~english the page-table lock held \~chinese 调用者持有页表锁 \~
 * @kernel{mm/rmap.c,615}
 * @seenotes{chapter-fault,fault-rmap}
 * @kquirk \~english A negative mapcount is reported with one printk()
 *         line and BUG() (2.6.24 prints the page's fields and the VMA's
 *         operations with print_symbol() first).  No storage key to test
 *         (page_test_dirty(), page_clear_dirty(): s390 only).
 *         \~chinese 映射计数变为负数时，打印一行 printk() 后 BUG()（2.6.24 先用
 *         print_symbol() 打印页的各字段和线性区的操作函数）。没有存储键要检查
 *         （page_test_dirty()、page_clear_dirty() 只属于 s390）。 \~
 */
void page_remove_rmap(struct page *pg, struct vm_area_struct *area)
{
	(void)area;
	if (atomic_add_negative(-1, &pg->_mapcount)) {
		/* that was the last PTE: below -1 is a broken count */
		if (unlikely(page_mapcount(pg) < 0)) {
			printk(KERN_EMERG "Eeek! page_mapcount(page) went "
			       "negative! (%d) pfn %lx\n", page_mapcount(pg),
			       page_to_pfn(pg));
			BUG();
		}
		__dec_zone_page_state(pg, PageAnon(pg) ? NR_ANON_PAGES :
				      NR_FILE_MAPPED);
	}
}
