/**
 * @file
 * @brief \~english Unmapping user ranges and freeing user page tables (the mm/memory.c part the vma unit needs).
 *        \~chinese 解除用户区间的映射并释放用户页表（vma 单元用到的 mm/memory.c 部分）。 \~
 *
 * memory.c (vma unit) - unmap_vmas(), free_pgtables(), __pte_alloc(),
 * vm_normal_page() and make_pages_present() of mm/memory.c.
 *
 * munmap, exit and a failed mmap all come to unmap_region()/exit_mmap()
 * (mmap.c), which
 *  1. zap the PTEs of each VMA in the range: unmap_vmas() walks the VMAs,
 *     counts the pages of VM_ACCOUNT ones (their commitment is given
 *     back) and walks each range's page directory in blocks of
 *     ZAP_BLOCK_SIZE (unmap_page_range() -> zap_pud_range() ->
 *     zap_pmd_range() -> zap_pte_range());
 *  2. free the page tables no VMA needs any more: free_pgtables() takes
 *     each VMA off its anon_vma and file, and free_pgd_range() frees a
 *     page table whose whole 4 MiB lies between the neighbouring VMAs
 *     (floor and ceiling).
 *
 * The pages themselves are mapped by the fault unit (src/fault); what it
 * maps, zap_pte_range() takes down here: each present PTE is cleared,
 * its page loses a mapping (page_remove_rmap()) and its reference
 * (tlb_remove_page()), and the mm's rss counters drop.
 * make_pages_present() faults a range in through the fault unit's
 * get_user_pages().
 */
#include <linux/init.h>
#include <linux/mman.h>
#include <linux/vmstat.h>
#include <asm/tlb.h>

/**
 * @brief \~english kernel.randomize_va_space: 0 off; otherwise the stack top, the mmap base and the stack pointer move (2 adds nothing in 2.6.24).
 *        \~chinese kernel.randomize_va_space：0 关闭；否则栈顶、mmap 基址与栈指针都随机偏移（在 2.6.24 中取 2 并无额外效果）。 \~
 * @kernel{mm/memory.c,85}
 * @seenotes{chapter-vma,vma-random}
 * @kquirk \~english mm24 starts with 0, as a 2.6.24 kernel booted with
 *         norandmaps, so that every scenario prints the same addresses;
 *         the boot option randomize_va_space=N (mm24's: 2.6.24 sets it
 *         with the sysctl) turns it on, with get_random_int()'s fixed
 *         seed.  (2.6.24 starts it at 1.)
 *         \~chinese mm24 的初值为 0，相当于以 norandmaps 启动的 2.6.24 内核，使每个
 *         场景打印的地址都相同；启动参数 randomize_va_space=N（mm24 自己的；
 *         2.6.24 通过 sysctl 设置）可以打开它，随机数来自 get_random_int() 的固定种子。（2.6.24 的初值为 1。） \~
 */
int randomize_va_space;

/**
 * @brief \~english The norandmaps boot option: no address-space randomization.
 *        \~chinese 启动参数 norandmaps：关闭地址空间随机化。 \~
 * @param s \~english the text after "norandmaps" (ignored) \~chinese "norandmaps" 之后的文本（忽略） \~
 * @return \~english 1: the option is taken \~chinese 1：该选项已被处理 \~
 * @kernel{mm/memory.c,87}
 * @seenotes{chapter-vma,vma-random}
 */
static int disable_randmaps(char *s)
{
	(void)s;
	randomize_va_space = 0;
	return 1;
}
__setup("norandmaps", disable_randmaps);

/* randomize_va_space=0|1|2 on the boot line (mm24's own option) */
static int randomize_va_space_setup(char *s)
{
	if (s[0] != '=' || s[1] < '0' || s[1] > '2' || s[2])
		printk(KERN_WARNING "randomize_va_space: '%s' is not =0, =1 "
		       "or =2, ignored\n", s);
	else
		randomize_va_space = s[1] - '0';
	return 1;
}
__setup("randomize_va_space", randomize_va_space_setup);

/* PTEs zapped between two chances to reschedule (!CONFIG_PREEMPT) */
#define ZAP_BLOCK_SIZE	(1024 * PAGE_SIZE)

/* only truncation (unmap_mapping_range()) waits on i_mmap_lock */
#define need_lockbreak(lock)	((void)(lock), 0)

/* What truncation passes down (unmap_mapping_range()); mm24 never does. */
struct zap_details {
	spinlock_t *i_mmap_lock;
};

/* The per-CPU gathers of unmapped pages (DEFINE_PER_CPU(struct
 * mmu_gather, mmu_gathers) of arch/x86/mm/init_32.c). */
struct mmu_gather per_cpu__mmu_gathers[NR_CPUS];

/**
 * @brief \~english Free the page table under @p dir and clear the entry.
 *        \~chinese 释放 pmd 所指的页表并清除该目录项。 \~
 * @param gather \~english the TLB gather that frees the page table after the flush \~chinese TLB 收集结构，刷新 TLB 之后由它释放页表 \~
 * @param dir \~english the directory entry that points to the page table \~chinese 指向该页表的目录项 \~
 * @kernel{mm/memory.c,123}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No split page-table lock to tear down
 *         (pte_lock_deinit(): see pte_offset_map_lock()).
 *         \~chinese 没有需要拆除的分离页表锁（pte_lock_deinit()：参见
 *         pte_offset_map_lock()）。 \~
 */
static void free_pte_range(struct mmu_gather *gather, pmd_t *dir)
{
	struct page *table = pmd_page(*dir);

	pmd_clear(dir);
	pte_free_tlb(gather, table);
	dec_zone_page_state(table, NR_PAGETABLE);
	gather->mm->nr_ptes--;
}

/**
 * @brief \~english Free the page tables of the directory entries in [@p at, @p end).
 *        \~chinese 释放 [addr, end) 内各目录项下的页表。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param upper \~english the (folded) pud entry \~chinese （被折叠的）pud 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param below \~english the floor (unused: on i386 the checks are in free_pgd_range()) \~chinese 下界 floor（未用到：i386 上的检查在 free_pgd_range() 中） \~
 * @param above \~english the ceiling (unused, as @p below) \~chinese 上界 ceiling（未用到，同 below） \~
 * @kernel{mm/memory.c,133}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english The pmd level is folded into the pgd (two-level i386):
 *         the tests that would free the pmd page itself (start &
 *         PUD_MASK against floor and ceiling, pud_clear(), pmd_free_tlb())
 *         have nothing to free and are left out.
 *         \~chinese 在两级页表的 i386 上 pmd 层折叠进了 pgd：那些用来释放 pmd 页本身
 *         的检查（start & PUD_MASK 与 floor、ceiling 的比较，pud_clear()，
 *         pmd_free_tlb()）无物可释放，予以省略。 \~
 */
static inline void free_pmd_range(struct mmu_gather *gather, pud_t *upper,
				  unsigned long at, unsigned long end,
				  unsigned long below, unsigned long above)
{
	pmd_t *dir = pmd_offset(upper, at);
	unsigned long stop;

	(void)below;
	(void)above;
	do {
		stop = pmd_addr_end(at, end);
		if (pmd_none_or_clear_bad(dir))
			continue;
		free_pte_range(gather, dir);
	} while (dir++, at = stop, at != end);
}

/**
 * @brief \~english The pud level of free_pgd_range(): folded on i386.
 *        \~chinese free_pgd_range() 的 pud 层：在 i386 上被折叠。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param top \~english the pgd entry \~chinese pgd 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param below \~english the end of the VMA below (0: none) \~chinese 下方线性区的结束地址（0：没有） \~
 * @param above \~english the start of the VMA above (0: none) \~chinese 上方线性区的起始地址（0：没有） \~
 * @kernel{mm/memory.c,166}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english Folded: the pud page is the pgd entry, so the tests
 *         that would free it (start & PGDIR_MASK against floor and
 *         ceiling, pgd_clear(), pud_free_tlb()) are left out.
 *         \~chinese 被折叠：pud 页就是 pgd 表项，所以省略了释放它的那些检查（start &
 *         PGDIR_MASK 与 floor、ceiling 的比较，pgd_clear()，pud_free_tlb()）。 \~
 */
static inline void free_pud_range(struct mmu_gather *gather, pgd_t *top,
				  unsigned long at, unsigned long end,
				  unsigned long below, unsigned long above)
{
	pud_t *upper = pud_offset(top, at);
	unsigned long stop;

	do {
		stop = pud_addr_end(at, end);
		if (pud_none_or_clear_bad(upper))
			continue;
		free_pmd_range(gather, upper, at, stop, below, above);
	} while (upper++, at = stop, at != end);
}

/**
 * @brief \~english Free the user page tables of [@p at, @p end) that lie wholly between @p below and @p above.
 *        \~chinese 释放 [addr, end) 中完全位于 floor 与 ceiling 之间的用户页表。 \~
 * @param gather \~english the gather \~chinese mmu_gather 结构 \~
 * @param at, end \~english the range \~chinese 区间 \~
 * @param below \~english the end of the VMA below (0: none)
 *              \~chinese 下方线性区的结束地址（0：没有） \~
 * @param above \~english the start of the VMA above (0: none, the top)
 *              \~chinese 上方线性区的起始地址（0：没有，即到顶） \~
 * @kernel{mm/memory.c,204}
 * @seenotes{chapter-vma,vma-unmap}
 */
void free_pgd_range(struct mmu_gather **gather, unsigned long at,
		    unsigned long end, unsigned long below,
		    unsigned long above)
{
	pgd_t *top;
	unsigned long stop;

	/* 0 means the bottom for addr and floor but the top for end and
	 * ceiling: hence the "- 1" in the comparisons.  A table may go
	 * only if its whole 4 MiB is inside [floor, ceiling). */
	at &= PMD_MASK;
	if (at < below) {
		at += PMD_SIZE;
		if (!(u32)at)
			return;
	}
	if (above) {
		above &= PMD_MASK;
		if (!above)
			return;
	}
	if ((u32)(end - 1) > (u32)(above - 1))
		end -= PMD_SIZE;
	if (at > (u32)(end - 1))
		return;

	top = pgd_offset((*gather)->mm, at);
	do {
		stop = pgd_addr_end(at, end);
		if (pgd_none_or_clear_bad(top))
			continue;
		free_pud_range(*gather, top, at, stop, below, above);
	} while (top++, at = stop, at != end);
}

/**
 * @brief \~english Unlink the VMAs from @p area on from rmap and files, and free their page tables.
 *        \~chinese 把从 vma 开始的线性区从反向映射和文件上解除链接，并释放它们的页表。 \~
 * @param gather \~english the gather \~chinese mmu_gather 结构 \~
 * @param area \~english the first VMA (a detached list, or all of an exiting
 *             mm)
 *             \~chinese 第一个线性区（一条已摘下的链表，或退出中的 mm
 *             的全部线性区） \~
 * @param below \~english the end of the VMA below (0: none)
 *              \~chinese 下方线性区的结束地址（0：没有） \~
 * @param above \~english the start of the VMA above (0: none)
 *              \~chinese 上方线性区的起始地址（0：没有） \~
 * @kernel{mm/memory.c,264}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No hugetlb VMAs: is_vm_hugetlb_page() is 0, so the
 *         hugetlb_free_pgd_range() branch is left out.
 *         \~chinese 没有大页线性区：is_vm_hugetlb_page() 为 0，因此省略了
 *         hugetlb_free_pgd_range() 分支。 \~
 */
void free_pgtables(struct mmu_gather **gather, struct vm_area_struct *area,
		   unsigned long below, unsigned long above)
{
	while (area) {
		struct vm_area_struct *stop = area->vm_next;
		unsigned long at = area->vm_start;

		/* rmap and truncation must not find it any more */
		anon_vma_unlink(area);
		unlink_file_vma(area);

		/* VMAs less than a page table apart: one walk for all */
		while (stop && stop->vm_start <= area->vm_end + PMD_SIZE) {
			area = stop;
			stop = area->vm_next;
			anon_vma_unlink(area);
			unlink_file_vma(area);
		}
		free_pgd_range(gather, at, area->vm_end, below,
			       stop ? stop->vm_start : above);
		area = stop;
	}
}

/**
 * @brief \~english Hang a new, zeroed page table under the empty entry @p dir.
 *        \~chinese 在空的目录项 pmd 下挂一张新的、清零的页表。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param dir \~english the entry \~chinese 空的页中间目录项（pmd） \~
 * @param address \~english an address it covers
 *                \~chinese 该页表覆盖的某个线性地址 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/memory.c,298}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No split page-table lock to set up (pte_lock_init(),
 *         pte_lock_deinit()): see pte_offset_map_lock().
 *         \~chinese 没有需要建立的分离页表锁（pte_lock_init()、
 *         pte_lock_deinit()）：参见 pte_offset_map_lock()。 \~
 */
int __pte_alloc(struct mm_struct *space, pmd_t *dir, unsigned long address)
{
	struct page *table = pte_alloc_one(space, address);

	if (!table)
		return -ENOMEM;

	spin_lock(&space->page_table_lock);
	if (pmd_present(*dir)) {
		/* another thread was quicker */
		pte_free(table);
	} else {
		space->nr_ptes++;
		inc_zone_page_state(table, NR_PAGETABLE);
		pmd_populate(space, dir, table);
	}
	spin_unlock(&space->page_table_lock);
	return 0;
}

/**
 * @brief \~english The struct page that a user PTE maps, or NULL for a raw frame of a VM_PFNMAP mapping.
 *        \~chinese 用户页表项映射的 struct page；若是 VM_PFNMAP 映射中的裸页框则为 NULL。 \~
 * @param area \~english the VMA that holds @p at \~chinese 包含 addr 的线性区 \~
 * @param at \~english the user address \~chinese 用户地址 \~
 * @param pte \~english a present PTE of @p at \~chinese addr 的一个有效页表项 \~
 * @return \~english the page, or NULL \~chinese 页描述符，或 NULL \~
 * @kernel{mm/memory.c,383}
 * @seenotes{chapter-fault,fault-zap}
 * @kquirk \~english mm24 builds no VM_PFNMAP mapping (no remap_pfn_range()),
 *         but the test is kept; the CONFIG_DEBUG_VM check of pfn_valid()
 *         (print_bad_pte()) is not configured.
 *         \~chinese mm24 不建立 VM_PFNMAP 映射（没有 remap_pfn_range()），但保留了
 *         这一检查；未配置 CONFIG_DEBUG_VM，所以没有 pfn_valid() 的检查
 *         （print_bad_pte()）。 \~
 */
struct page *vm_normal_page(struct vm_area_struct *area, unsigned long at,
			    pte_t pte)
{
	unsigned long frame = pte_pfn(pte);

	if (unlikely(area->vm_flags & VM_PFNMAP)) {
		/* the linear part of a remap_pfn_range() mapping is raw;
		 * a COWed page in a private one is a normal page */
		if (frame == area->vm_pgoff + ((at - area->vm_start) >> PAGE_SHIFT))
			return NULL;
		if (!is_cow_mapping(area->vm_flags))
			return NULL;
	}
	return pfn_to_page(frame);
}

/**
 * @brief \~english Zap the PTEs of one page table: each mapped page loses its mapping and reference.
 *        \~chinese 清除一张页表中的页表项：每个被映射的页失去这次映射和一个引用。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param dir \~english the directory entry of the table \~chinese 该页表的目录项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range in this table \~chinese 本页表内区间的结束地址 \~
 * @param budget \~english work left (zap_work) \~chinese 剩余的工作量（zap_work） \~
 * @param details \~english truncation details (NULL) \~chinese 截断信息（总是 NULL） \~
 * @return \~english where it stopped \~chinese 停止处的地址 \~
 * @kernel{mm/memory.c,618}
 * @seenotes{chapter-fault,fault-zap}
 * @kquirk \~english No swap and no nonlinear mappings: a PTE that is not
 *         present is never a swap or file entry, so free_swap_and_cache(),
 *         pgoff_to_pte() and the truncation tests of @p details (always
 *         NULL: check_mapping, nonlinear_vma) are left out;
 *         pte_clear_not_present_full() is pte_clear().  set_page_dirty()
 *         of a ramfs page is SetPageDirty(): it has no writeback.
 *         arch_enter_lazy_mmu_mode() does nothing without paravirt, and
 *         ptep_get_and_clear_full() is ptep_get_and_clear();
 *         tlb_remove_tlb_entry() does nothing on x86.
 *         \~chinese 没有交换，也没有非线性映射：不在内存的页表项不会是交换项或文件项，
 *         因此省略了 free_swap_and_cache()、pgoff_to_pte() 以及对 details 的截断
 *         检查（details 总是 NULL：check_mapping、nonlinear_vma）；
 *         pte_clear_not_present_full() 就是 pte_clear()。ramfs 的页没有回写，
 *         set_page_dirty() 就是 SetPageDirty()。没有半虚拟化时
 *         arch_enter_lazy_mmu_mode() 什么也不做，ptep_get_and_clear_full() 就是
 *         ptep_get_and_clear()；tlb_remove_tlb_entry() 在 x86 上为空。 \~
 */
static unsigned long zap_pte_range(struct mmu_gather *gather,
				   struct vm_area_struct *area, pmd_t *dir,
				   unsigned long at, unsigned long end,
				   long *budget, struct zap_details *details)
{
	struct mm_struct *space = gather->mm;
	int files = 0, anons = 0;
	spinlock_t *ptl;
	pte_t *ptep;

	(void)details;
	ptep = pte_offset_map_lock(space, dir, at, &ptl);
	do {
		pte_t old = *ptep;
		struct page *pg;

		if (pte_none(old)) {
			(*budget)--;	/* an empty slot costs little */
			continue;
		}
		*budget -= PAGE_SIZE;
		if (pte_present(old)) {
			pg = vm_normal_page(area, at, old);
			old = ptep_get_and_clear(space, at, ptep);
			if (unlikely(!pg))
				continue;
			if (PageAnon(pg)) {
				anons--;
			} else {
				/* what the MMU saw goes to the page before
				 * the PTE is lost */
				if (pte_dirty(old))
					SetPageDirty(pg);
				if (pte_young(old))
					SetPageReferenced(pg);
				files--;
			}
			page_remove_rmap(pg, area);
			tlb_remove_page(gather, pg);
			continue;
		}
		pte_clear(space, at, ptep);
	} while (ptep++, at += PAGE_SIZE, at != end && *budget > 0);

	add_mm_rss(space, files, anons);
	pte_unmap_unlock(ptep - 1, ptl);
	return at;
}

/**
 * @brief \~english Zap the page tables under the directory entries of [@p at, @p end).
 *        \~chinese 清除 [addr, end) 内各目录项下的页表。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param upper \~english the (folded) pud entry \~chinese （被折叠的）pud 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param budget \~english work left (zap_work): a mapped PTE costs PAGE_SIZE, an empty slot 1 \~chinese 剩余的工作量（zap_work）：一个有效页表项耗 PAGE_SIZE，一个空槽位耗 1 \~
 * @param details \~english truncation details (always NULL in mm24) \~chinese 截断信息（mm24 中总是 NULL） \~
 * @return \~english where it stopped: @p end, or earlier when @p budget ran out \~chinese 停止处的地址：end，或 budget 用完时更早的地址 \~
 * @kernel{mm/memory.c,703}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline unsigned long zap_pmd_range(struct mmu_gather *gather,
					  struct vm_area_struct *area,
					  pud_t *upper, unsigned long at,
					  unsigned long end, long *budget,
					  struct zap_details *details)
{
	pmd_t *dir = pmd_offset(upper, at);
	unsigned long stop;

	do {
		stop = pmd_addr_end(at, end);
		if (pmd_none_or_clear_bad(dir)) {
			(*budget)--;	/* an empty entry is cheap work */
			continue;
		}
		stop = zap_pte_range(gather, area, dir, at, stop, budget,
				     details);
	} while (dir++, at = stop, (at != end && *budget > 0));

	return at;
}

/**
 * @brief \~english The pud level of the zap walk: folded on i386.
 *        \~chinese 清除遍历中的 pud 层：在 i386 上被折叠。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param top \~english the pgd entry \~chinese pgd 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param budget \~english work left (zap_work) \~chinese 剩余的工作量（zap_work） \~
 * @param details \~english truncation details (always NULL in mm24) \~chinese 截断信息（mm24 中总是 NULL） \~
 * @return \~english where it stopped: @p end, or earlier when @p budget ran out \~chinese 停止处的地址：end，或 budget 用完时更早的地址 \~
 * @kernel{mm/memory.c,725}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline unsigned long zap_pud_range(struct mmu_gather *gather,
					  struct vm_area_struct *area,
					  pgd_t *top, unsigned long at,
					  unsigned long end, long *budget,
					  struct zap_details *details)
{
	pud_t *upper = pud_offset(top, at);
	unsigned long stop;

	do {
		stop = pud_addr_end(at, end);
		if (pud_none_or_clear_bad(upper)) {
			(*budget)--;
			continue;
		}
		stop = zap_pmd_range(gather, area, upper, at, stop, budget,
				     details);
	} while (upper++, at = stop, (at != end && *budget > 0));

	return at;
}

/**
 * @brief \~english Zap the PTEs of [@p at, @p end) in @p area, until @p budget runs out.
 *        \~chinese 清除 vma 中 [addr, end) 的页表项，直到 zap_work 用完。 \~
 * @param gather \~english the TLB gather \~chinese TLB 收集结构 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param at \~english first address, page-aligned \~chinese 起始地址，按页对齐 \~
 * @param end \~english end of the range, above @p at \~chinese 区间的结束地址，大于 at \~
 * @param budget \~english work left (zap_work, ZAP_BLOCK_SIZE at most) \~chinese 剩余的工作量（zap_work，至多 ZAP_BLOCK_SIZE） \~
 * @param details \~english truncation details (always NULL in mm24) \~chinese 截断信息（mm24 中总是 NULL） \~
 * @return \~english where it stopped \~chinese 停下来的地址 \~
 * @kernel{mm/memory.c,747}
 * @seenotes{chapter-vma,vma-unmap}
 */
static unsigned long unmap_page_range(struct mmu_gather *gather,
				      struct vm_area_struct *area,
				      unsigned long at, unsigned long end,
				      long *budget,
				      struct zap_details *details)
{
	pgd_t *top;
	unsigned long stop;

	/* mm24 passes no truncation details: details is always NULL */
	BUG_ON(at >= end);
	tlb_start_vma(gather, area);
	top = pgd_offset(area->vm_mm, at);
	do {
		stop = pgd_addr_end(at, end);
		if (pgd_none_or_clear_bad(top)) {
			(*budget)--;
			continue;
		}
		stop = zap_pud_range(gather, area, top, at, stop, budget,
				     details);
	} while (top++, at = stop, (at != end && *budget > 0));
	tlb_end_vma(gather, area);

	return at;
}

/**
 * @brief \~english Zap the pages of the VMAs from @p area on, within [@p first, @p last).
 *        \~chinese 清除从 vma 起各线性区在 [start_addr, end_addr) 内的页。 \~
 * @param gatherp \~english the gather (restarted every ZAP_BLOCK_SIZE)
 *                \~chinese mmu_gather 结构（每处理 ZAP_BLOCK_SIZE 重新开始一次） \~
 * @param area \~english the first VMA \~chinese 第一个线性区 \~
 * @param first, last \~english the range \~chinese 区间 \~
 * @param naccounted \~english pages of VM_ACCOUNT VMAs in the range
 *                   \~chinese 区间内 VM_ACCOUNT 线性区的页数 \~
 * @param details \~english truncation details (NULL)
 *                \~chinese 截断信息（NULL） \~
 * @return \~english the end address reached \~chinese 处理到的结束地址 \~
 * @kernel{mm/memory.c,808}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No hugetlb VMAs (is_vm_hugetlb_page() is 0:
 *         unmap_hugepage_range() is left out).  Nothing preempts and
 *         nothing waits on a lock, so need_resched() and need_lockbreak()
 *         are 0 and the lockbreak exit is never taken.
 *         \~chinese 没有大页线性区（is_vm_hugetlb_page() 为 0，省略了
 *         unmap_hugepage_range()）。没有抢占，也没有谁在等锁，所以
 *         need_resched() 与 need_lockbreak() 为 0，不会从锁中断处退出。 \~
 */
unsigned long unmap_vmas(struct mmu_gather **gatherp,
			 struct vm_area_struct *area, unsigned long first,
			 unsigned long last, unsigned long *naccounted,
			 struct zap_details *details)
{
	long budget = ZAP_BLOCK_SIZE;
	unsigned long flushed_from = 0;	/* what tlb_finish_mmu() covers */
	int have_from = 0;
	unsigned long from = first;
	spinlock_t *mlock = details ? details->i_mmap_lock : NULL;
	int whole = (int)(*gatherp)->fullmm;

	for (; area && area->vm_start < last; area = area->vm_next) {
		unsigned long end;

		from = max(area->vm_start, first);
		if (from >= area->vm_end)
			continue;
		end = min(area->vm_end, last);
		if (end <= area->vm_start)
			continue;

		/* the commitment these pages held is given back */
		if (area->vm_flags & VM_ACCOUNT)
			*naccounted += (end - from) >> PAGE_SHIFT;

		while (from != end) {
			if (!have_from) {
				flushed_from = from;
				have_from = 1;
			}

			from = unmap_page_range(*gatherp, area, from, end,
						 &budget, details);

			if (budget > 0) {
				BUG_ON(from != end);
				break;
			}

			/* a block done: flush, free, let others run */
			tlb_finish_mmu(*gatherp, flushed_from, from);

			if (need_resched() ||
			    (mlock && need_lockbreak(mlock))) {
				if (mlock) {
					*gatherp = NULL;
					goto out;
				}
				cond_resched();
			}

			*gatherp = tlb_gather_mmu(area->vm_mm, (unsigned int)whole);
			have_from = 0;
			budget = ZAP_BLOCK_SIZE;
		}
	}
out:
	return from;	/* the end, or where to restart */
}

/* upward: the fault unit's get_user_pages() (a binary built up to the
 * vma unit has no fault unit: nothing can be faulted in there) */
extern int get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
			  unsigned long start, int len, int write, int force,
			  struct page **pages,
			  struct vm_area_struct **vmas) __attribute__((weak));

/**
 * @brief \~english Fault in the pages of [@p at, @p end) now (MAP_LOCKED, MAP_POPULATE, a VM_LOCKED VMA that grows).
 *        \~chinese 立即把 [addr, end) 的页调入内存（用于 MAP_LOCKED、MAP_POPULATE 以及增长的 VM_LOCKED 线性区）。 \~
 * @param at, end \~english the range, inside one VMA
 *                \~chinese 区间，位于同一个线性区之内 \~
 * @return \~english 0, -1 if not every page could be faulted in, or get_user_pages()'s error
 *         \~chinese 成功返回 0；若有页未能调入则返回 -1，或返回 get_user_pages() 的错误码 \~
 * @kernel{mm/memory.c,2604}
 * @seenotes{chapter-fault,fault-gup}
 * @kquirk \~english get_user_pages() is the fault unit's, called upward
 *         through a weak reference: in a binary built only up to the vma
 *         unit it is absent and nothing is faulted in (the answer is then
 *         0, as nothing there can map a page anyway).
 *         \~chinese get_user_pages() 属于缺页单元，这里经弱引用向上调用：在只构建到
 *         vma 单元的程序中它不存在，也就什么都不调入（此时返回 0，那样的程序本来就无法
 *         映射任何页）。 \~
 */
int make_pages_present(unsigned long at, unsigned long end)
{
	struct vm_area_struct *area;
	int len, write, got;

	area = find_vma(current->mm, at);
	if (!area)
		return -1;
	write = (area->vm_flags & VM_WRITE) != 0;
	BUG_ON(at >= end);
	BUG_ON(end > area->vm_end);
	len = (int)(DIV_ROUND_UP(end, PAGE_SIZE) - at / PAGE_SIZE);
	if (!get_user_pages)
		return 0;
	got = get_user_pages(current, current->mm, at, len, write, 0,
			     NULL, NULL);
	if (got < 0)
		return got;
	return got == len ? 0 : -1;
}
