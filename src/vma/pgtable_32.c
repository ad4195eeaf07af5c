/**
 * @file
 * @brief \~english A process's page directory: pgd_alloc() from the quicklist, with the kernel's entries.
 *        \~chinese 进程的页全局目录：从 quicklist 分配，并带有内核部分的目录项。 \~
 *
 * pgtable_32.c (vma unit) - the page directories of user address spaces
 * (arch/x86/mm/pgtable_32.c: pgd_alloc(), pgd_free(), pte_alloc_one())
 * and the quicklist they come from (mm/quicklist.c,
 * include/linux/quicklist.h).
 *
 * Every page directory maps the kernel the same way: entries 768..1023
 * (0xC0000000 and up) are copies of swapper_pg_dir's, so a system call
 * or an interrupt finds the kernel whatever CR3 holds.  Entries 0..767
 * are the process's own and start empty.
 *
 *     pgd:  [0 ........................ 767][768 ............... 1023]
 *            user: empty, filled by faults   kernel: swapper_pg_dir's
 *
 * pgd_alloc():
 *  1. quicklist_alloc(0, GFP_KERNEL, pgd_ctor): a page from this CPU's
 *     quicklist, already in the state the constructor leaves (freed pgds
 *     keep their kernel half and have an empty user half, since
 *     free_pgtables() cleared it); else a zeroed page from the buddy
 *     allocator, which pgd_ctor() fills: user half zero, kernel half
 *     copied, the page put on pgd_list (non-PAE: so that a change of a
 *     kernel entry can reach every directory);
 *  2. pgd_free() puts the page back on the quicklist; check_pgt_cache()
 *     (from tlb_finish_mmu()) trims the list to its bound, running
 *     pgd_dtor() (off pgd_list) before the page goes to the allocator.
 *
 * A vmalloc area created after a directory was copied reaches it lazily:
 * the first kernel access through that directory faults and
 * vmalloc_fault() copies the entry.
 */
#include <linux/mman.h>
#include <linux/percpu.h>
#include <linux/vmstat.h>
#include <asm/pgalloc.h>

/* ==== include/linux/quicklist.h, mm/quicklist.c ========================= */

#define CONFIG_NR_QUICK		1	/* one list: page directories */
#define FRACTION_OF_NODE_MEM	16

/**
 * @brief \~english A per-CPU list of free pages kept in a known state.
 *        \~chinese 每 CPU 一个的空闲页链表，其中的页保持在已知状态。 \~
 * @kernel{include/linux/quicklist.h,16}
 * @seenotes{chapter-vma,vma-pgd}
 */
struct quicklist {
	void *page;		/**< first page; its first word links the next */
	int nr_pages;		/**< pages on the list */
};

static struct quicklist per_cpu__quicklist[NR_CPUS][CONFIG_NR_QUICK];

/**
 * @brief \~english A page from quicklist @p list, or a new zeroed one given to @p ctor.
 *        \~chinese 从第 nr 个 quicklist 取一页；若为空，则分配一个清零的新页并交给 ctor。 \~
 * @param list \~english the list \~chinese quicklist 的序号 \~
 * @param flags \~english gfp flags of a new page
 *              \~chinese 分配新页时使用的 gfp 标志 \~
 * @param ctor \~english constructor of a new page \~chinese 新页的构造函数 \~
 * @return \~english the page's address, or NULL
 *         \~chinese 页的线性地址；失败返回 NULL \~
 * @kernel{include/linux/quicklist.h,33}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void *quicklist_alloc(int list, gfp_t flags, void (*ctor)(void *))
{
	struct quicklist *ql;
	void **pg = NULL;

	ql = &get_cpu_var(quicklist)[list];
	pg = ql->page;
	if (likely(pg)) {
		/* unlink it; the link word is the only one not in the
		 * constructed state */
		ql->page = pg[0];
		pg[0] = NULL;
		ql->nr_pages--;
	}
	put_cpu_var(quicklist);
	if (likely(pg))
		return pg;

	pg = (void **)__get_free_page(flags | __GFP_ZERO);
	if (ctor && pg)
		ctor(pg);
	return pg;
}

/**
 * @brief \~english Put a page, in its constructed state, on quicklist @p list.
 *        \~chinese 把处于构造后状态的页放回第 nr 个 quicklist。 \~
 * @param list \~english the quicklist's index (0: page directories) \~chinese quicklist 的序号（0：页目录） \~
 * @param dtor \~english destructor (unused: pages on a quicklist keep their constructed state) \~chinese 析构函数（未用到：quicklist 上的页保持构造后的状态） \~
 * @param pg \~english the page's kernel address; its first word links the list \~chinese 页的内核地址；其第一个字用来链接链表 \~
 * @param page \~english its struct page (unused without NUMA) \~chinese 它的 struct page（没有 NUMA 时未用到） \~
 * @kernel{include/linux/quicklist.h,55}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void __quicklist_free(int list, void (*dtor)(void *), void *pg,
				    struct page *page)
{
	struct quicklist *ql = &get_cpu_var(quicklist)[list];

	(void)dtor;
	(void)page;
	*(void **)pg = ql->page;
	ql->page = pg;
	ql->nr_pages++;
	put_cpu_var(quicklist);
}

/**
 * @brief \~english Put the page at @p pp on quicklist @p list.
 *        \~chinese 把地址为 pp 的页放回第 nr 个 quicklist。 \~
 * @param list \~english the quicklist's index (0: page directories) \~chinese quicklist 的序号（0：页目录） \~
 * @param dtor \~english destructor (unused, see __quicklist_free()) \~chinese 析构函数（未用到，见 __quicklist_free()） \~
 * @param pp \~english the page's kernel address \~chinese 页的内核地址 \~
 * @kernel{include/linux/quicklist.h,67}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void quicklist_free(int list, void (*dtor)(void *), void *pp)
{
	__quicklist_free(list, dtor, pp, virt_to_page(pp));
}

/**
 * @brief \~english How many pages a quicklist may keep: 1/16 of the free lowmem, at least @p min_pages.
 *        \~chinese quicklist 最多可保留的页数：空闲低端内存的 1/16，至少 min_pages。 \~
 * @param min_pages \~english the floor \~chinese 下限 \~
 * @return \~english max(free pages of ZONE_DMA and ZONE_NORMAL / 16, @p min_pages) \~chinese max(ZONE_DMA 与 ZONE_NORMAL 的空闲页数 / 16, min_pages) \~
 * @kernel{mm/quicklist.c,26}
 * @seenotes{chapter-vma,vma-pgd}
 */
static unsigned long max_pages(unsigned long min_pages)
{
	pg_data_t *node = NODE_DATA(numa_node_id());
	unsigned long low_free, max;	/* a local named like the macro, as in 2.6.24 */

	/* i386 has no ZONE_DMA32: the low zones are DMA and Normal */
	low_free = zone_page_state(&node->node_zones[ZONE_DMA], NR_FREE_PAGES) +
		   zone_page_state(&node->node_zones[ZONE_NORMAL], NR_FREE_PAGES);
	max = low_free / FRACTION_OF_NODE_MEM;
	return max(max, min_pages);
}

/**
 * @brief \~english How many pages of @p ql to free now: its excess, at most @p max_free.
 *        \~chinese 现在应从 q 释放的页数：超出部分，最多 max_free 个。 \~
 * @param ql \~english this CPU's quicklist \~chinese 本 CPU 的 quicklist \~
 * @param min_pages \~english the floor passed to max_pages() \~chinese 传给 max_pages() 的下限 \~
 * @param max_free \~english the most pages to free in one trim \~chinese 一次修剪最多释放的页数 \~
 * @return \~english how many pages to free: nr_pages - max_pages(), at most @p max_free; 0 or negative: none \~chinese 应释放的页数：nr_pages - max_pages()，至多 max_free；为 0 或负数时不释放 \~
 * @kernel{mm/quicklist.c,44}
 * @seenotes{chapter-vma,vma-pgd}
 */
static long min_pages_to_free(struct quicklist *ql, unsigned long min_pages,
			      long max_free)
{
	long excess = ql->nr_pages - (long)max_pages(min_pages);

	return min(excess, max_free);
}

/**
 * @brief \~english Give the pages of quicklist @p list beyond its bound back to the buddy allocator.
 *        \~chinese 把第 nr 个 quicklist 中超出上限的页还给伙伴系统。 \~
 * @param list \~english the list \~chinese quicklist 的序号 \~
 * @param dtor \~english run on each page before it goes
 *             \~chinese 每个页在释放前都要调用的析构函数 \~
 * @param min_pages \~english keep at least these \~chinese 至少保留这么多页 \~
 * @param max_free \~english free at most these \~chinese 最多释放这么多页 \~
 * @kernel{mm/quicklist.c,57}
 * @seenotes{chapter-vma,vma-pgd}
 */
static void quicklist_trim(int list, void (*dtor)(void *),
			   unsigned long min_pages, unsigned long max_free)
{
	struct quicklist *ql = &get_cpu_var(quicklist)[list];
	long count;

	if (ql->nr_pages > (int)min_pages) {
		count = min_pages_to_free(ql, min_pages, (long)max_free);

		while (count > 0) {
			/* gfp 0: the list is not empty, so no allocation */
			void *pg = quicklist_alloc(list, 0, NULL);

			if (dtor)
				dtor(pg);
			free_page((unsigned long)pg);
			count--;
		}
	}
	put_cpu_var(quicklist);
}

/* ==== arch/x86/mm/pgtable_32.c ========================================== */

/**
 * @brief \~english The page directories not shared with the kernel (every one, non-PAE).
 *        \~chinese 不与内核共享的页全局目录链表（非 PAE 时即全部页目录）。 \~
 * @kernel{arch/x86/mm/pgtable_32.c,214}
 * @seenotes{chapter-vma,vma-pgd}
 */
struct page *pgd_list;
static DEFINE_SPINLOCK(pgd_lock);

/**
 * @brief \~english Put the page of @p dir at the head of pgd_list.
 *        \~chinese 把 pgd 所在的页放到 pgd_list 的表头。 \~
 * @param dir \~english a new page directory \~chinese 新的页目录 \~
 * @kernel{arch/x86/mm/pgtable_32.c,216}
 * @seenotes{chapter-vma,vma-pgd}
 * @kquirk \~english The links are kept in page->index and page->private
 *         as in 2.6.24, where they are 32-bit words holding pointers; in
 *         mm24 they are host words, wide enough for a host pointer.
 *         \~chinese 与 2.6.24 一样，链接保存在 page->index 与 page->private 中；
 *         2.6.24 里它们是存放指针的 32 位字，mm24 里是宿主机的字，足以容纳宿主机指针。 \~
 */
static inline void pgd_list_add(pgd_t *dir)
{
	struct page *pg = virt_to_page(dir);

	/* index: the next page; private: where the pointer to us is */
	pg->index = (unsigned long)pgd_list;
	if (pgd_list)
		set_page_private(pgd_list, (unsigned long)&pg->index);
	pgd_list = pg;
	set_page_private(pg, (unsigned long)&pgd_list);
}

/**
 * @brief \~english Take the page of @p dir off pgd_list.
 *        \~chinese 把 pgd 所在的页从 pgd_list 上摘下。 \~
 * @param dir \~english a page directory on pgd_list \~chinese pgd_list 上的一个页目录 \~
 * @kernel{arch/x86/mm/pgtable_32.c,226}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void pgd_list_del(pgd_t *dir)
{
	struct page *pg = virt_to_page(dir);
	struct page *after = (struct page *)pg->index;
	struct page **link = (struct page **)page_private(pg);

	*link = after;
	if (after)
		set_page_private(after, (unsigned long)link);
}

/**
 * @brief \~english Construct a page directory: no user entries, the kernel's copied.
 *        \~chinese 构造页全局目录：用户部分为空，内核部分从 swapper_pg_dir 复制。 \~
 * @param page_va \~english the zeroed page \~chinese 已清零的页（线性地址） \~
 * @kernel{arch/x86/mm/pgtable_32.c,240}
 * @seenotes{chapter-vma,vma-pgd}
 * @kquirk \~english No paravirt: paravirt_alloc_pd_clone() is left out.
 *         \~chinese 没有半虚拟化：省略了 paravirt_alloc_pd_clone()。 \~
 */
static void pgd_ctor(void *page_va)
{
	pgd_t *dir = page_va;
	unsigned long irqflags;

	memset(dir, 0, USER_PTRS_PER_PGD * sizeof(pgd_t));

	/* copied under pgd_lock, so that a kernel entry changed meanwhile
	 * reaches this directory too (it is on pgd_list from here) */
	spin_lock_irqsave(&pgd_lock, irqflags);
	clone_pgd_range(dir + USER_PTRS_PER_PGD,
			swapper_pg_dir + USER_PTRS_PER_PGD, KERNEL_PGD_PTRS);
	pgd_list_add(dir);
	spin_unlock_irqrestore(&pgd_lock, irqflags);
}

/**
 * @brief \~english Undo pgd_ctor() before the page goes back to the allocator.
 *        \~chinese 在页归还给分配器之前撤销 pgd_ctor() 的工作。 \~
 * @param dir \~english the directory \~chinese 页全局目录 \~
 * @kernel{arch/x86/mm/pgtable_32.c,281}
 * @seenotes{chapter-vma,vma-pgd}
 * @kquirk \~english Non-PAE: SHARED_KERNEL_PMD is 0, so the early return
 *         is never taken and is left out; no paravirt_release_pd().
 *         \~chinese 非 PAE：SHARED_KERNEL_PMD 为 0，提前返回的分支永远不会执行，
 *         予以省略；也没有 paravirt_release_pd()。 \~
 */
static void pgd_dtor(void *dir)
{
	unsigned long irqflags;

	spin_lock_irqsave(&pgd_lock, irqflags);
	pgd_list_del(dir);
	spin_unlock_irqrestore(&pgd_lock, irqflags);
}

/**
 * @brief \~english A page directory for a new address space.
 *        \~chinese 为新的地址空间分配一个页全局目录。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @return \~english the directory, or NULL
 *         \~chinese 页全局目录；失败返回 NULL \~
 * @kernel{arch/x86/mm/pgtable_32.c,325}
 * @seenotes{chapter-vma,vma-pgd}
 * @kquirk \~english Non-PAE: PTRS_PER_PMD is 1, so the directory is all
 *         there is; the PAE loop that gives each entry a pmd page
 *         (pmd_cache_alloc(), set_pgd(), the out_oom path) is left out.
 *         \~chinese 非 PAE：PTRS_PER_PMD 为 1，页全局目录就是全部；省略了 PAE 下为
 *         每个表项分配 pmd 页的循环（pmd_cache_alloc()、set_pgd() 以及 out_oom
 *         路径）。 \~
 */
pgd_t *pgd_alloc(struct mm_struct *space)
{
	(void)space;
	return quicklist_alloc(0, GFP_KERNEL, pgd_ctor);
}

/**
 * @brief \~english Give a page directory back (to the quicklist).
 *        \~chinese 归还页全局目录（放回 quicklist）。 \~
 * @param dir \~english the directory, whose user half free_pgtables() emptied
 *            \~chinese 页全局目录，其用户态部分已由 free_pgtables() 清空 \~
 * @kernel{arch/x86/mm/pgtable_32.c,355}
 * @seenotes{chapter-vma,vma-pgd}
 * @kquirk \~english Non-PAE: PTRS_PER_PMD is 1, so the PAE loop that frees
 *         each entry's pmd page (pmd_cache_free()) is left out.
 *         \~chinese 非 PAE：PTRS_PER_PMD 为 1，因此省略了 PAE 下逐项释放 pmd 页的循环
 *         （pmd_cache_free()）。 \~
 */
void pgd_free(pgd_t *dir)
{
	quicklist_free(0, pgd_dtor, dir);
}

/**
 * @brief \~english Keep the page-directory quicklist within bounds.
 *        \~chinese 把页全局目录的 quicklist 限制在上限之内。 \~
 * @kernel{arch/x86/mm/pgtable_32.c,371}
 * @seenotes{chapter-vma,vma-pgd}
 */
void check_pgt_cache(void)
{
	quicklist_trim(0, pgd_dtor, 25, 16);
}

/**
 * @brief \~english A zeroed page for a user page table (lowmem: !CONFIG_HIGHPTE).
 *        \~chinese 为用户页表分配一个清零的页（低端内存：未配置 CONFIG_HIGHPTE）。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param at \~english an address it will map
 *           \~chinese 该页表将要映射的某个线性地址 \~
 * @return \~english the page, or NULL \~chinese 页描述符；失败返回 NULL \~
 * @kernel{arch/x86/mm/pgtable_32.c,186}
 * @seenotes{chapter-vma,vma-pgd}
 */
struct page *pte_alloc_one(struct mm_struct *space, unsigned long at)
{
	(void)space;
	(void)at;
	return alloc_pages(GFP_KERNEL | __GFP_REPEAT | __GFP_ZERO, 0);
}

/* The quicklist's pages on this CPU's list (for the checker). */
int quicklist_pages(int cpu)
{
	return per_cpu(quicklist, cpu)[0].nr_pages;
}
