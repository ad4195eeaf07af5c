/**
 * @file
 * @brief \~english Demand paging and copy-on-write: the fault paths and fork's copy of the page tables (mm/memory.c).
 *        \~chinese 请求调页与写时复制：缺页处理路径以及 fork 对页表的复制（mm/memory.c）。 \~
 *
 * memory.c (fault unit) - handle_mm_fault() and what it calls, and
 * copy_page_range() of mm/memory.c.
 *
 * A user page has four states: no VMA (a fault is a SIGSEGV), a VMA but
 * no PTE yet (the first touch faults it in), a present PTE without write
 * permission (a write faults: copy on write), and a present, writable PTE
 * (no fault at all).  The fault path:
 *  1. handle_mm_fault() counts PGFAULT, finds or makes the page table of
 *     the address (__pte_alloc()) and hands the PTE to handle_pte_fault();
 *  2. an empty PTE (pte_none()) is faulted in: a VMA with ->fault() (a
 *     file) goes to do_linear_fault()/__do_fault(), any other to
 *     do_anonymous_page(), which maps a new zeroed page, writable and
 *     dirty when the VMA is writable, even for a read: 2.6.24 has no zero
 *     page, so the following write does not fault again;
 *  3. a present PTE hit by a write it does not allow is do_wp_page(): an
 *     anonymous page that only this PTE maps is made writable in place
 *     (reuse), anything else is copied to a new anonymous page (COW);
 *  4. any other present PTE only gets its accessed/dirty bits.
 * fork: copy_page_range() copies the parent's PTEs of each VMA that has
 * pages (an anon_vma); in a private writable (COW) mapping both the
 * parent's and the child's PTE lose write permission, so the first write
 * of either faults and copies.
 *
 *   i386 PTE (two-level, 4 KiB pages)
 *   31                    12 11  9 8 7 6 5 4 3 2 1 0
 *   +-----------------------+-----+-+-+-+-+-+-+-+-+-+
 *   |     page frame        | avl |G|0|D|A|C|W|U|R|P|
 *   +-----------------------+-----+-+-+-+-+-+-+-+-+-+
 *   P present, R/W writable, U/S user, A accessed, D dirty (set by the MMU)
 */
#include <string.h>
#include <linux/fault.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english Copy one present PTE of the parent into the child, write-protecting both for a COW mapping.
 *        \~chinese 把父进程的一个页表项复制给子进程；对写时复制映射，两者都去掉写权限。 \~
 * @param dst_mm \~english the child's mm \~chinese 子进程的 mm \~
 * @param src_mm \~english the parent's mm \~chinese 父进程的 mm \~
 * @param dst_pte \~english the child's PTE \~chinese 子进程的页表项 \~
 * @param src_pte \~english the parent's PTE \~chinese 父进程的页表项 \~
 * @param area \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @param addr \~english the address \~chinese 地址 \~
 * @param rss \~english file (0) and anonymous (1) pages copied \~chinese 复制的文件页（0）与匿名页（1）计数 \~
 * @kernel{mm/memory.c,425}
 * @seenotes{chapter-fault,fault-fork}
 * @kquirk \~english No swap and no migration: a PTE that is not present
 *         is never a swap entry, so swap_duplicate(), the mmlist link
 *         (list_empty(), list_add(), mmlist_lock) and the migration-entry
 *         change (is_write_migration_entry(), make_migration_entry_read())
 *         are left out; such a PTE is copied as it is.
 *         \~chinese 没有交换，也没有页迁移：不在内存的页表项不会是交换项，因此省略了
 *         swap_duplicate()、mmlist 的链接以及迁移项的修改；这样的页表项原样复制。 \~
 */
static inline void copy_one_pte(struct mm_struct *dst_mm,
				struct mm_struct *src_mm, pte_t *dst_pte,
				pte_t *src_pte, struct vm_area_struct *area,
				unsigned long addr, int *rss)
{
	unsigned long flags = area->vm_flags;
	pte_t val = *src_pte;
	struct page *pg;

	if (unlikely(!pte_present(val)))
		goto out_set_pte;

	/* a private writable page: whoever writes first gets a copy */
	if (is_cow_mapping((unsigned int)flags)) {
		ptep_set_wrprotect(src_mm, addr, src_pte);
		val = pte_wrprotect(val);
	}
	/* the dirty bit stays with the parent's shared page */
	if (flags & VM_SHARED)
		val = pte_mkclean(val);
	val = pte_mkold(val);

	pg = vm_normal_page(area, addr, val);
	if (pg) {
		get_page(pg);
		page_dup_rmap(pg, area, addr);
		rss[PageAnon(pg) ? 1 : 0] += 1;
	}

out_set_pte:
	set_pte_at(dst_mm, addr, dst_pte, val);
}

/**
 * @brief \~english Copy the PTEs of one page table of the parent into the child's.
 *        \~chinese 把父进程一张页表中的页表项复制到子进程的页表中。 \~
 * @param dst_mm \~english the child's mm \~chinese 子进程的 mm \~
 * @param src_mm \~english the parent's mm \~chinese 父进程的 mm \~
 * @param dst_pmd \~english the child's directory entry \~chinese 子进程的页目录项 \~
 * @param src_pmd \~english the parent's directory entry \~chinese 父进程的页目录项 \~
 * @param area \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @param addr \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 结束地址 \~
 * @return \~english 0 or -ENOMEM \~chinese 0 或 -ENOMEM \~
 * @kernel{mm/memory.c,489}
 * @seenotes{chapter-fault,fault-fork}
 * @kquirk \~english Nothing preempts and nobody waits on a lock
 *         (need_resched(), need_lockbreak() are 0), so the progress count
 *         that would let the copy stop and restart (the @c again label
 *         and its goto) is
 *         left out with it; both page tables are guarded by the mm's
 *         page_table_lock (see pte_offset_map_lock()), so the parent's is
 *         not locked a second time (spin_lock_nested(), spin_unlock()).
 *         arch_enter_lazy_mmu_mode() and arch_leave_lazy_mmu_mode() do
 *         nothing without paravirt.
 *         \~chinese 没有抢占，也没有谁在等锁（need_resched()、need_lockbreak() 为
 *         0），因此省略了让复制中途停下再重来的进度计数（again 标号及其 goto）；两张页表都由
 *         各自 mm 的 page_table_lock 保护（参见 pte_offset_map_lock()），父进程的锁
 *         不再另取（spin_lock_nested()、spin_unlock()）。没有半虚拟化时
 *         arch_enter_lazy_mmu_mode() 与 arch_leave_lazy_mmu_mode() 什么也不做。 \~
 */
static int copy_pte_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
			  pmd_t *dst_pmd, pmd_t *src_pmd,
			  struct vm_area_struct *area, unsigned long addr,
			  unsigned long end)
{
	int counts[2] = { 0, 0 };
	pte_t *to, *from;
	spinlock_t *to_lock;

	to = pte_alloc_map_lock(dst_mm, dst_pmd, addr, &to_lock);
	if (!to)
		return -ENOMEM;
	from = pte_offset_map_nested(src_pmd, addr);
	do {
		if (pte_none(*from))
			continue;	/* never touched: nothing to share */
		copy_one_pte(dst_mm, src_mm, to, from, area, addr, counts);
	} while (to++, from++, addr += PAGE_SIZE, addr != end);
	pte_unmap_nested(from - 1);
	add_mm_rss(dst_mm, counts[0], counts[1]);
	pte_unmap_unlock(to - 1, to_lock);
	cond_resched();
	return 0;
}

/**
 * @brief \~english copy_pte_range() for each page table of the parent under [@p addr, @p end).
 *        \~chinese 对父进程 [addr, end) 下的每张页表调用 copy_pte_range()。 \~
 * @param dst_mm \~english the child's mm \~chinese 子进程的 mm \~
 * @param src_mm \~english the parent's mm \~chinese 父进程的 mm \~
 * @param dst_pud \~english the child's (folded) pud \~chinese 子进程的（折叠的）pud \~
 * @param src_pud \~english the parent's (folded) pud \~chinese 父进程的（折叠的）pud \~
 * @param area \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @param addr \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 结束地址 \~
 * @return \~english 0 or -ENOMEM \~chinese 0 或 -ENOMEM \~
 * @kernel{mm/memory.c,539}
 * @seenotes{chapter-fault,fault-fork}
 */
static inline int copy_pmd_range(struct mm_struct *dst_mm,
				 struct mm_struct *src_mm, pud_t *dst_pud,
				 pud_t *src_pud, struct vm_area_struct *area,
				 unsigned long addr, unsigned long end)
{
	pmd_t *from, *to = pmd_alloc(dst_mm, dst_pud, addr);
	unsigned long stop;

	if (!to)
		return -ENOMEM;
	from = pmd_offset(src_pud, addr);
	do {
		stop = pmd_addr_end(addr, end);
		if (pmd_none_or_clear_bad(from))
			continue;	/* no page table there: nothing mapped */
		if (copy_pte_range(dst_mm, src_mm, to, from, area, addr, stop))
			return -ENOMEM;
	} while (to++, from++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english The pud level of copy_page_range(): folded on i386.
 *        \~chinese copy_page_range() 的 pud 层：在 i386 上被折叠。 \~
 * @param dst_mm \~english the child's mm \~chinese 子进程的 mm \~
 * @param src_mm \~english the parent's mm \~chinese 父进程的 mm \~
 * @param dst_pgd \~english the child's pgd entry \~chinese 子进程的页全局目录项 \~
 * @param src_pgd \~english the parent's pgd entry \~chinese 父进程的页全局目录项 \~
 * @param area \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @param addr \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 结束地址 \~
 * @return \~english 0 or -ENOMEM \~chinese 0 或 -ENOMEM \~
 * @kernel{mm/memory.c,561}
 * @seenotes{chapter-fault,fault-fork}
 */
static inline int copy_pud_range(struct mm_struct *dst_mm,
				 struct mm_struct *src_mm, pgd_t *dst_pgd,
				 pgd_t *src_pgd, struct vm_area_struct *area,
				 unsigned long addr, unsigned long end)
{
	pud_t *from, *to = pud_alloc(dst_mm, dst_pgd, addr);
	unsigned long stop;

	if (!to)
		return -ENOMEM;
	from = pud_offset(src_pgd, addr);
	do {
		stop = pud_addr_end(addr, end);
		if (pud_none_or_clear_bad(from))
			continue;
		if (copy_pmd_range(dst_mm, src_mm, to, from, area, addr, stop))
			return -ENOMEM;
	} while (to++, from++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english fork: copy the parent's page tables of @p vma into the child's mm.
 *        \~chinese fork：把父进程线性区 vma 的页表复制到子进程的 mm 中。 \~
 * @param dst_mm \~english the child's mm \~chinese 子进程的 mm \~
 * @param src_mm \~english the parent's mm \~chinese 父进程的 mm \~
 * @param area \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @return \~english 0 or -ENOMEM \~chinese 0 或 -ENOMEM \~
 * @context \~english both mmap_sems held for writing
 *          \~chinese 父子两个进程的 mmap_sem 都以写方式持有 \~
 * @kernel{mm/memory.c,583}
 * @seenotes{chapter-fault,fault-fork}
 * @kquirk \~english No hugetlb VMAs (is_vm_hugetlb_page() is 0:
 *         copy_hugetlb_page_range() is left out).
 *         \~chinese 没有大页线性区（is_vm_hugetlb_page() 为 0，省略了
 *         copy_hugetlb_page_range()）。 \~
 */
int copy_page_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
		    struct vm_area_struct *area)
{
	unsigned long addr = area->vm_start, end = area->vm_end, stop;
	pgd_t *from, *to;

	/* a VMA that never faulted an anonymous page in has no PTE the
	 * child could not make again from the file by faulting */
	if (!(area->vm_flags & (VM_HUGETLB | VM_NONLINEAR | VM_PFNMAP |
			       VM_INSERTPAGE))) {
		if (!area->anon_vma)
			return 0;
	}

	to = pgd_offset(dst_mm, addr);
	from = pgd_offset(src_mm, addr);
	do {
		stop = pgd_addr_end(addr, end);
		if (pgd_none_or_clear_bad(from))
			continue;
		if (copy_pud_range(dst_mm, src_mm, to, from, area, addr, stop))
			return -ENOMEM;
	} while (to++, from++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english The page mapped at @p address of @p vma, if its PTE is present (and writable for FOLL_WRITE), without faulting.
 *        \~chinese 不引发缺页，取 vma 中 address 处映射的页：要求页表项存在（FOLL_WRITE 时还须可写）。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the user address \~chinese 用户地址 \~
 * @param how \~english FOLL_WRITE, FOLL_TOUCH, FOLL_GET, FOLL_ANON \~chinese FOLL_WRITE、FOLL_TOUCH、FOLL_GET、FOLL_ANON 的组合 \~
 * @return \~english the page (with a reference for FOLL_GET), the zero page for FOLL_ANON without a page table, or NULL: the caller faults and asks again \~chinese 页描述符（FOLL_GET 时增加了引用）；没有页表且带 FOLL_ANON 时为零页；否则为 NULL，调用者应先处理缺页再重试 \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/memory.c,900}
 * @seenotes{chapter-fault,fault-gup}
 * @kquirk \~english No hugetlb pages: follow_huge_addr(), pmd_huge() and
 *         follow_huge_pmd() are left out, and the folded pgd and pud
 *         levels are never bad (pgd_bad(), pud_bad()).  mm24 has no
 *         address_space_operations with set_page_dirty: set_page_dirty()
 *         is SetPageDirty() (what anonymous and ramfs pages get in
 *         2.6.24), and mark_page_accessed() is SetPageReferenced() (no
 *         LRU lists to move the page between).
 *         \~chinese 没有大页：省略了 follow_huge_addr()、pmd_huge() 与
 *         follow_huge_pmd()；被折叠的 pgd、pud 两层也不会出错（pgd_bad()、
 *         pud_bad()）。mm24 的 address_space_operations 没有 set_page_dirty
 *         方法：set_page_dirty() 就是 SetPageDirty()（2.6.24 中匿名页与 ramfs 页
 *         得到的也正是这个），mark_page_accessed() 就是 SetPageReferenced()（没有
 *         LRU 链表可供移动）。 \~
 */
struct page *follow_page(struct vm_area_struct *area, unsigned long uaddr,
			 unsigned int how)
{
	struct mm_struct *space = area->vm_mm;
	struct page *pg = NULL;
	spinlock_t *lock;
	pgd_t *top;
	pud_t *upper;
	pmd_t *dir;
	pte_t *ptep, val;

	top = pgd_offset(space, uaddr);
	if (pgd_none(*top))
		goto no_page_table;
	upper = pud_offset(top, uaddr);
	if (pud_none(*upper))
		goto no_page_table;
	dir = pmd_offset(upper, uaddr);
	if (pmd_none(*dir) || unlikely(pmd_bad(*dir)))
		goto no_page_table;

	ptep = pte_offset_map_lock(space, dir, uaddr, &lock);
	if (!ptep)
		goto out;
	val = *ptep;
	/* not mapped, or read-only for a write: the caller must fault */
	if (!pte_present(val))
		goto unlock;
	if ((how & FOLL_WRITE) && !pte_write(val))
		goto unlock;
	pg = vm_normal_page(area, uaddr, val);
	if (unlikely(pg == NULL))
		goto unlock;
	if (how & FOLL_GET)
		get_page(pg);
	if (how & FOLL_TOUCH) {
		/* a write through the kernel dirties the page as the MMU
		 * would have dirtied the PTE */
		if ((how & FOLL_WRITE) && !pte_dirty(val) && !PageDirty(pg))
			SetPageDirty(pg);
		SetPageReferenced(pg);
	}
unlock:
	pte_unmap_unlock(ptep, lock);
out:
	return pg;

no_page_table:
	/* nothing was ever touched in these 4 MiB: a read of untouched
	 * anonymous memory may see the zero page instead of filling tables */
	if (how & FOLL_ANON) {
		pg = ZERO_PAGE(0);
		if (how & FOLL_GET)
			get_page(pg);
		BUG_ON(how & FOLL_WRITE);
	}
	return pg;
}

/**
 * @brief \~english Fault in (if needed) and return the pages of @p len pages of user memory from @p start, as the task's own accesses would.
 *        \~chinese 从 start 起 len 个用户页：必要时像进程自己访问那样先缺页调入，再取得这些页。 \~
 * @param tsk \~english the task whose fault counters count the faults \~chinese 其缺页计数器记录这些缺页的进程 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param start \~english the first user address \~chinese 起始用户地址 \~
 * @param len \~english the number of pages \~chinese 页数 \~
 * @param write \~english 1: the pages are to be written (breaks COW) \~chinese 为 1 表示要写这些页（打破写时复制） \~
 * @param force \~english 1: VM_MAYREAD/VM_MAYWRITE are enough (ptrace) \~chinese 为 1 表示只要求 VM_MAYREAD/VM_MAYWRITE（用于 ptrace） \~
 * @param pages \~english where the pages go (each with a reference), or NULL \~chinese 存放页描述符的数组（每页都增加了引用），或 NULL \~
 * @param vmas \~english where each page's VMA goes, or NULL \~chinese 存放每页所在线性区的数组，或 NULL \~
 * @return \~english the number of pages done; -EFAULT or -ENOMEM if none \~chinese 处理了的页数；一页也没有时为 -EFAULT 或 -ENOMEM \~
 * @context \~english mmap_sem of @p space held for reading
 *          \~chinese 调用者以读方式持有 space 的 mmap_sem \~
 * @kernel{mm/memory.c,976}
 * @seenotes{chapter-fault,fault-gup}
 * @kquirk \~english mm24's i386 has no gate area (no vsyscall page, no
 *         VDSO): the branch for an address with no VMA inside it
 *         (in_gate_area(), get_gate_vma(), pgd_offset_k(),
 *         pgd_offset_gate(), the walk to its PTE) is left out, and such
 *         an address is -EFAULT like any other without a VMA.  No hugetlb
 *         VMAs (is_vm_hugetlb_page(), follow_hugetlb_page()).  No
 *         ->nopage(): FOLL_ANON is decided by ->fault() alone.
 *         flush_anon_page() and flush_dcache_page() do nothing on x86
 *         and are left out.
 *         \~chinese mm24 的 i386 没有门区（没有 vsyscall 页，也没有 VDSO）：省略了
 *         地址不在任何线性区内时的那个分支（in_gate_area()、get_gate_vma()、
 *         pgd_offset_k()、pgd_offset_gate() 以及到页表项的遍历），这样的地址与其他
 *         没有线性区的地址一样返回 -EFAULT。没有大页线性区（is_vm_hugetlb_page()、
 *         follow_hugetlb_page()）。没有 ->nopage()：是否加 FOLL_ANON 只看
 *         ->fault()。flush_anon_page() 与 flush_dcache_page() 在 x86 上什么也不做，
 *         故省略。 \~
 */
int get_user_pages(struct task_struct *tsk, struct mm_struct *space,
		   unsigned long start, int len, int write, int force,
		   struct page **pages, struct vm_area_struct **vmas)
{
	unsigned int need;
	int done = 0;

	/* what the VMA must allow: the access itself, or with @force only
	 * that mprotect() could allow it */
	if (write)
		need = VM_WRITE | VM_MAYWRITE;
	else
		need = VM_READ | VM_MAYREAD;
	need &= force ? (VM_MAYREAD | VM_MAYWRITE) : (VM_READ | VM_WRITE);

	do {
		struct vm_area_struct *area = find_extend_vma(space, start);
		unsigned int how;

		if (area == NULL || (area->vm_flags & (VM_IO | VM_PFNMAP)) ||
		    !(area->vm_flags & need))
			return done ? done : -EFAULT;

		how = FOLL_TOUCH;
		if (pages)
			how |= FOLL_GET;
		/* a read of plain anonymous memory that need not stay in
		 * RAM may be answered by the zero page */
		if (!write && !(area->vm_flags & VM_LOCKED) &&
		    (area->vm_ops == NULL || area->vm_ops->fault == NULL))
			how |= FOLL_ANON;

		do {
			struct page *pg;

			/* the OOM killer chose this task: no more memory */
			if (unlikely(test_tsk_thread_flag(tsk, TIF_MEMDIE)))
				return -ENOMEM;
			if (write)
				how |= FOLL_WRITE;
			cond_resched();
			/* not there (or not writable) yet: fault, look again */
			while ((pg = follow_page(area, start, how)) == NULL) {
				int rc = handle_mm_fault(space, area, start,
							 (how & FOLL_WRITE) != 0);

				if (rc & VM_FAULT_ERROR) {
					if (rc & VM_FAULT_OOM)
						return done ? done : -ENOMEM;
					else if (rc & VM_FAULT_SIGBUS)
						return done ? done : -EFAULT;
					BUG();
				}
				if (rc & VM_FAULT_MAJOR)
					tsk->maj_flt++;
				else
					tsk->min_flt++;
				/* do_wp_page() broke COW: the page is ours
				 * now even if the PTE stays read-only
				 * (no VM_WRITE with @force), so look again
				 * as a read */
				if (rc & VM_FAULT_WRITE)
					how &= ~FOLL_WRITE;
				cond_resched();
			}
			if (pages)
				pages[done] = pg;
			if (vmas)
				vmas[done] = area;
			done++;
			len--;
			start += PAGE_SIZE;
		} while (len && start < area->vm_end);
	} while (len);
	return done;
}

/**
 * @brief \~english Make @p pte writable if the VMA allows writes.
 *        \~chinese 若线性区允许写，则让页表项 pte 可写。 \~
 * @param slot \~english the PTE value \~chinese 页表项的值 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @return \~english the PTE value \~chinese 页表项的值 \~
 * @kernel{mm/memory.c,1492}
 * @seenotes{chapter-fault,fault-cow}
 */
static inline pte_t maybe_mkwrite(pte_t slot, struct vm_area_struct *area)
{
	if (likely(area->vm_flags & VM_WRITE))
		slot = pte_mkwrite(slot);	/* else it stays read-only */
	return slot;
}

/**
 * @brief \~english Fill the new COW page @p dst from @p src.
 *        \~chinese 用 src 的内容填充写时复制的新页 dst。 \~
 * @param dst \~english the new page \~chinese 新页 \~
 * @param src \~english the old page (never NULL in mm24) \~chinese 旧页（在 mm24 中不会为 NULL） \~
 * @param va \~english the user address \~chinese 用户地址 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @kernel{mm/memory.c,1499}
 * @seenotes{chapter-fault,fault-cow}
 * @kquirk \~english The old page is NULL only for a raw frame of a
 *         VM_PFNMAP mapping, which mm24 never builds: the branch that
 *         copies from the user address (kmap_atomic(),
 *         __copy_from_user_inatomic(), memset(), kunmap_atomic(),
 *         flush_dcache_page()) is a BUG_ON().
 *         \~chinese 只有 VM_PFNMAP 映射中的裸页框才会使旧页为 NULL，而 mm24 不建立
 *         这种映射：从用户地址复制的分支（kmap_atomic()、
 *         __copy_from_user_inatomic()、memset()、kunmap_atomic()、
 *         flush_dcache_page()）换成了 BUG_ON()。 \~
 */
static inline void cow_user_page(struct page *dst, struct page *src,
				 unsigned long va, struct vm_area_struct *area)
{
	BUG_ON(!src);
	copy_user_highpage(dst, src, va, area);
}

/**
 * @brief \~english A write to a present, write-protected PTE: reuse the page if only we map it, else copy it (COW).
 *        \~chinese 写一个存在但写保护的页表项：若只有自己映射该页则直接复用，否则复制它（写时复制）。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param ptep \~english the PTE, mapped and locked \~chinese 页表项（已映射并加锁） \~
 * @param dir \~english its directory entry \~chinese 它的页目录项 \~
 * @param lock \~english the lock held \~chinese 持有的锁 \~
 * @param seen \~english the PTE value the fault saw \~chinese 缺页时看到的页表项值 \~
 * @return \~english VM_FAULT_WRITE, 0 or VM_FAULT_OOM \~chinese VM_FAULT_WRITE、0 或 VM_FAULT_OOM \~
 * @context \~english mmap_sem held for reading; returns with @p ptl released
 *          \~chinese 调用者以读方式持有 mmap_sem；返回时 @p ptl 已释放 \~
 * @kernel{mm/memory.c,1545}
 * @seenotes{chapter-fault,fault-cow}
 * @kquirk \~english No swap: can_share_swap_page() is "mapped by one PTE
 *         only" (page_mapcount() == 1), and the page lock around it
 *         (TestSetPageLocked(), unlock_page()) is taken as 2.6.24 does
 *         but nothing else ever holds it.  No file system has
 *         page_mkwrite() (the branch with unwritable_page is left out),
 *         no file times (file_update_time()) or dirty balancing:
 *         set_page_dirty_balance() is SetPageDirty() (ramfs pages have no
 *         writeback, so wait_on_page_locked() does not wait).
 *         flush_cache_page() does nothing on x86.  There is no zero
 *         page in 2.6.24's fault path, so the VM_BUG_ON() that the old
 *         page is not ZERO_PAGE() has nothing to test.
 *         \~chinese 没有交换：can_share_swap_page() 就是“只被一个页表项映射”
 *         （page_mapcount() == 1），外面的页锁（TestSetPageLocked()、
 *         unlock_page()）照 2.6.24 那样取，但别处从不持有它。没有文件系统提供
 *         page_mkwrite()（省略了 unwritable_page 分支），没有文件时间
 *         （file_update_time()），也没有脏页平衡：set_page_dirty_balance() 就是
 *         SetPageDirty()（ramfs 的页没有回写，wait_on_page_locked() 不会等待）。
 *         flush_cache_page() 在 x86 上什么也不做。2.6.24 的缺页路径中没有零页，所以检查旧页
 *         不是 ZERO_PAGE() 的 VM_BUG_ON() 无事可查。 \~
 */
static int do_wp_page(struct mm_struct *space, struct vm_area_struct *area,
		      unsigned long uaddr, pte_t *ptep, pmd_t *dir,
		      spinlock_t *lock, pte_t seen)
{
	struct page *oldpg, *newpg, *dirtied = NULL;
	int mine = 0, rc = 0;
	pte_t val;

	oldpg = vm_normal_page(area, uaddr, seen);
	if (!oldpg)
		goto gotten;

	if (PageAnon(oldpg)) {
		/* ours alone: no one else can see a write to it */
		if (!PageLocked(oldpg)) {
			SetPageLocked(oldpg);
			mine = page_mapcount(oldpg) == 1;
			ClearPageLocked(oldpg);
		}
	} else if (unlikely((area->vm_flags & (VM_WRITE | VM_SHARED)) ==
			    (VM_WRITE | VM_SHARED))) {
		/* a shared writable file mapping writes the page itself */
		get_page(oldpg);
		dirtied = oldpg;
		mine = 1;
	}

	if (mine) {
		val = maybe_mkwrite(pte_mkdirty(pte_mkyoung(seen)), area);
		if (ptep_set_access_flags(area, uaddr, ptep, val, 1))
			update_mmu_cache(area, uaddr, val);
		rc |= VM_FAULT_WRITE;
		goto unlock;
	}

	/* shared: hold the old page while the copy is made unlocked */
	page_cache_get(oldpg);
gotten:
	pte_unmap_unlock(ptep, lock);

	if (unlikely(anon_vma_prepare(area)))
		goto oom;
	newpg = alloc_page_vma(GFP_HIGHUSER_MOVABLE, area, uaddr);
	if (!newpg)
		goto oom;
	cow_user_page(newpg, oldpg, uaddr, area);

	ptep = pte_offset_map_lock(space, dir, uaddr, &lock);
	if (likely(pte_same(*ptep, seen))) {
		if (oldpg) {
			page_remove_rmap(oldpg, area);
			if (!PageAnon(oldpg)) {
				/* a private copy of a file page */
				dec_mm_counter(space, file_rss);
				inc_mm_counter(space, anon_rss);
			}
		} else {
			inc_mm_counter(space, anon_rss);
		}
		val = maybe_mkwrite(pte_mkdirty(mk_pte(newpg,
							 area->vm_page_prot)),
				      area);
		ptep_clear_flush(area, uaddr, ptep);
		set_pte_at(space, uaddr, ptep, val);
		update_mmu_cache(area, uaddr, val);
		lru_cache_add_active(newpg);
		page_add_new_anon_rmap(newpg, area, uaddr);
		/* the old page's reference from the PTE goes below */
		newpg = oldpg;
		rc |= VM_FAULT_WRITE;
	}
	if (newpg)
		page_cache_release(newpg);
	if (oldpg)
		page_cache_release(oldpg);
unlock:
	pte_unmap_unlock(ptep, lock);
	if (dirtied) {
		SetPageDirty(dirtied);
		put_page(dirtied);
	}
	return rc;
oom:
	if (oldpg)
		page_cache_release(oldpg);
	return VM_FAULT_OOM;
}

/**
 * @brief \~english The first touch of an anonymous page: map a new zeroed page, writable and dirty if the VMA is writable.
 *        \~chinese 首次访问匿名页：映射一个新的清零页；若线性区可写，则该页可写且为脏。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param ptep \~english the empty PTE, mapped \~chinese 空的页表项（已映射） \~
 * @param dir \~english its directory entry \~chinese 它的页目录项 \~
 * @param writing \~english a write fault (not used: reads get the same page) \~chinese 是否为写缺页（不使用：读也得到同样的页） \~
 * @return \~english 0 or VM_FAULT_OOM \~chinese 0 或 VM_FAULT_OOM \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/memory.c,2152}
 * @seenotes{chapter-fault,fault-anon}
 */
static int do_anonymous_page(struct mm_struct *space, struct vm_area_struct *area,
			     unsigned long uaddr, pte_t *ptep,
			     pmd_t *dir, int writing)
{
	struct page *fresh;
	spinlock_t *lock;
	pte_t val;

	(void)writing;
	pte_unmap(ptep);

	if (unlikely(anon_vma_prepare(area)))
		goto oom;
	/* no zero page in 2.6.24: a read fault gets its own zeroed page */
	fresh = alloc_zeroed_user_highpage_movable(area, uaddr);
	if (!fresh)
		goto oom;
	val = maybe_mkwrite(pte_mkdirty(mk_pte(fresh, area->vm_page_prot)),
			      area);

	ptep = pte_offset_map_lock(space, dir, uaddr, &lock);
	if (!pte_none(*ptep))
		goto release;	/* someone mapped it meanwhile */
	inc_mm_counter(space, anon_rss);
	lru_cache_add_active(fresh);
	page_add_new_anon_rmap(fresh, area, uaddr);
	set_pte_at(space, uaddr, ptep, val);
	update_mmu_cache(area, uaddr, val);
unlock:
	pte_unmap_unlock(ptep, lock);
	return 0;
release:
	page_cache_release(fresh);
	goto unlock;
oom:
	return VM_FAULT_OOM;
}

/**
 * @brief \~english Fault in a page of a file VMA through ->fault(): map the cache page, or a private copy on a write to a private mapping.
 *        \~chinese 经由 ->fault() 调入文件线性区的页：映射页高速缓存中的页；对私有映射的写则映射一个私有副本。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param dir \~english the directory entry \~chinese 页目录项 \~
 * @param pgoff \~english the page's index in the file \~chinese 页在文件中的索引 \~
 * @param flags \~english FAULT_FLAG_WRITE for a write \~chinese 写访问时为 FAULT_FLAG_WRITE \~
 * @param seen \~english the PTE value the fault saw \~chinese 缺页时看到的页表项值 \~
 * @return \~english 0 or VM_FAULT_* bits \~chinese 0 或 VM_FAULT_* 标志 \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/memory.c,2205}
 * @seenotes{chapter-fault,fault-file}
 * @kquirk \~english Every mapper has ->fault() (no ->nopage(), no
 *         NOPAGE_SIGBUS or NOPAGE_OOM) and none has page_mkwrite(), so
 *         those branches (unlock_page() before it, out_unlocked, the
 *         page->mapping recheck) are left out; lock_page() is
 *         SetPageLocked() and unlock_page() ClearPageLocked(), as nothing
 *         sleeps on a page lock in mm24.  No
 *         file times or dirty balancing: set_page_dirty_balance() is
 *         SetPageDirty() (file_update_time() is left out).
 *         flush_icache_page() does nothing on x86.
 *         \~chinese 每个映射者都提供 ->fault()（没有 ->nopage()、NOPAGE_SIGBUS、
 *         NOPAGE_OOM），也都没有 page_mkwrite()，因此省略了这些分支（其前的
 *         unlock_page()、out_unlocked、对 page->mapping 的复查）；lock_page() 就是
 *         SetPageLocked()，unlock_page() 就是 ClearPageLocked()，因为 mm24 中没有谁在页锁上睡眠。没有文件时间和脏页平衡：
 *         set_page_dirty_balance() 就是 SetPageDirty()（省略了
 *         file_update_time()）。flush_icache_page() 在 x86 上什么也不做。 \~
 */
static int __do_fault(struct mm_struct *space, struct vm_area_struct *area,
		      unsigned long uaddr, pmd_t *dir, pgoff_t pgoff,
		      unsigned int flags, pte_t seen)
{
	struct page *pg, *dirtied = NULL;
	struct vm_fault vmf = {
		.flags = flags,
		.pgoff = pgoff,
		.virtual_address = uaddr & PAGE_MASK,
		.page = NULL,
	};
	pte_t *ptep, val;
	spinlock_t *lock;
	int private_copy = 0, rc;

	BUG_ON(area->vm_flags & VM_PFNMAP);
	rc = area->vm_ops->fault(area, &vmf);
	if (unlikely(rc & (VM_FAULT_ERROR | VM_FAULT_NOPAGE)))
		return rc;
	if (unlikely(!(rc & VM_FAULT_LOCKED)))
		SetPageLocked(vmf.page);
	else
		VM_BUG_ON(!PageLocked(vmf.page));

	pg = vmf.page;
	if (flags & FAULT_FLAG_WRITE) {
		if (!(area->vm_flags & VM_SHARED)) {
			/* a write to a private file mapping: a copy of our own */
			private_copy = 1;
			if (unlikely(anon_vma_prepare(area))) {
				rc = VM_FAULT_OOM;
				goto out;
			}
			pg = alloc_page_vma(GFP_HIGHUSER_MOVABLE, area, uaddr);
			if (!pg) {
				rc = VM_FAULT_OOM;
				goto out;
			}
			copy_user_highpage(pg, vmf.page, uaddr, area);
		}
	}

	ptep = pte_offset_map_lock(space, dir, uaddr, &lock);
	if (likely(pte_same(*ptep, seen))) {
		val = mk_pte(pg, area->vm_page_prot);
		if (flags & FAULT_FLAG_WRITE)
			val = maybe_mkwrite(pte_mkdirty(val), area);
		set_pte_at(space, uaddr, ptep, val);
		if (private_copy) {
			inc_mm_counter(space, anon_rss);
			lru_cache_add_active(pg);
			page_add_new_anon_rmap(pg, area, uaddr);
		} else {
			inc_mm_counter(space, file_rss);
			page_add_file_rmap(pg);
			if (flags & FAULT_FLAG_WRITE) {
				/* a shared mapping dirties the cache page */
				dirtied = pg;
				get_page(dirtied);
			}
		}
		update_mmu_cache(area, uaddr, val);
	} else {
		/* lost a race: drop what we got */
		if (private_copy)
			page_cache_release(pg);
		else
			private_copy = 1;
	}
	pte_unmap_unlock(ptep, lock);

out:
	ClearPageLocked(vmf.page);
	if (private_copy) {
		page_cache_release(vmf.page);
	} else if (dirtied) {
		SetPageDirty(dirtied);
		put_page(dirtied);
	}
	return rc;
}

/**
 * @brief \~english A fault on an empty PTE of a file VMA: __do_fault() at the page's file index.
 *        \~chinese 文件线性区中空页表项上的缺页：以该页在文件中的索引调用 __do_fault()。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param ptep \~english the PTE, mapped \~chinese 页表项（已映射） \~
 * @param dir \~english its directory entry \~chinese 它的页目录项 \~
 * @param writing \~english a write fault \~chinese 是否为写缺页 \~
 * @param seen \~english the PTE value the fault saw \~chinese 缺页时看到的页表项值 \~
 * @return \~english 0 or VM_FAULT_* bits \~chinese 0 或 VM_FAULT_* 标志 \~
 * @kernel{mm/memory.c,2359}
 * @seenotes{chapter-fault,fault-file}
 */
static int do_linear_fault(struct mm_struct *space, struct vm_area_struct *area,
			   unsigned long uaddr, pte_t *ptep,
			   pmd_t *dir, int writing, pte_t seen)
{
	unsigned int why = writing ? FAULT_FLAG_WRITE : 0;
	pgoff_t index = area->vm_pgoff +
			(((uaddr & PAGE_MASK) - area->vm_start) >> PAGE_SHIFT);

	pte_unmap(ptep);
	return __do_fault(space, area, uaddr, dir, index, why, seen);
}

/**
 * @brief \~english Decide what a fault on one PTE needs: fault a page in, copy on write, or only set the A/D bits.
 *        \~chinese 判断一个页表项上的缺页需要做什么：调入页、写时复制，或者只设置访问位与脏位。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param slot \~english the PTE, mapped \~chinese 页表项（已映射） \~
 * @param dir \~english its directory entry \~chinese 它的页目录项 \~
 * @param writing \~english a write fault \~chinese 是否为写缺页 \~
 * @return \~english 0 or VM_FAULT_* bits \~chinese 0 或 VM_FAULT_* 标志 \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/memory.c,2467}
 * @seenotes{chapter-fault,fault-decide}
 * @kquirk \~english No swap and no nonlinear mappings: a PTE that is not
 *         present is always empty (the test of pte_none() is a BUG_ON();
 *         do_swap_page(), pte_file() and do_nonlinear_fault() are left
 *         out), and every mapper has
 *         ->fault() (no ->nopage(), ->nopfn() or do_no_pfn()).
 *         \~chinese 没有交换，也没有非线性映射：不在内存的页表项总是空的（对 pte_none() 的检查换成 BUG_ON()；省略了
 *         do_swap_page()、pte_file() 与 do_nonlinear_fault()）；每个映射者都提供
 *         ->fault()（没有 ->nopage()、->nopfn() 与 do_no_pfn()）。 \~
 */
static inline int handle_pte_fault(struct mm_struct *space,
				   struct vm_area_struct *area,
				   unsigned long uaddr, pte_t *slot,
				   pmd_t *dir, int writing)
{
	pte_t val = *slot;
	spinlock_t *lock;

	if (!pte_present(val)) {
		BUG_ON(!pte_none(val));
		if (area->vm_ops) {
			if (area->vm_ops->fault)
				return do_linear_fault(space, area, uaddr, slot,
						       dir, writing,
						       val);
		}
		return do_anonymous_page(space, area, uaddr, slot, dir,
					 writing);
	}

	lock = pte_lockptr(space, dir);
	spin_lock(lock);
	if (unlikely(!pte_same(*slot, val)))
		goto unlock;
	if (writing) {
		if (!pte_write(val))
			return do_wp_page(space, area, uaddr, slot, dir, lock,
					  val);
		val = pte_mkdirty(val);
	}
	val = pte_mkyoung(val);
	if (ptep_set_access_flags(area, uaddr, slot, val, writing)) {
		update_mmu_cache(area, uaddr, val);
	} else if (writing) {
		/* nothing changed: only a stale TLB val can have
		 * faulted, drop it */
		flush_tlb_page(area, uaddr);
	}
unlock:
	pte_unmap_unlock(slot, lock);
	return 0;
}

/**
 * @brief \~english Resolve a user page fault in @p vma at @p address: find or make the page table, then handle_pte_fault().
 *        \~chinese 处理 vma 中 address 处的用户缺页：找到或建立页表，再交给 handle_pte_fault()。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA that holds @p address \~chinese 包含 address 的线性区 \~
 * @param uaddr \~english the faulting address \~chinese 缺页地址 \~
 * @param writing \~english a write fault \~chinese 是否为写缺页 \~
 * @return \~english 0, or VM_FAULT_* bits (MAJOR, WRITE, OOM, SIGBUS) \~chinese 0，或 VM_FAULT_* 标志（MAJOR、WRITE、OOM、SIGBUS） \~
 * @context \~english mmap_sem held for reading
 *          \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/memory.c,2526}
 * @seenotes{chapter-fault,fault-decide}
 * @kquirk \~english No hugetlb VMAs (is_vm_hugetlb_page() is 0:
 *         hugetlb_fault() is left out).
 *         \~chinese 没有大页线性区（is_vm_hugetlb_page() 为 0，省略了
 *         hugetlb_fault()）。 \~
 */
int handle_mm_fault(struct mm_struct *space, struct vm_area_struct *area,
		    unsigned long uaddr, int writing)
{
	pgd_t *top;
	pud_t *upper;
	pmd_t *dir;
	pte_t *slot;

	__set_current_state(TASK_RUNNING);
	count_vm_event(PGFAULT);

	top = pgd_offset(space, uaddr);
	upper = pud_alloc(space, top, uaddr);
	if (!upper)
		return VM_FAULT_OOM;
	dir = pmd_alloc(space, upper, uaddr);
	if (!dir)
		return VM_FAULT_OOM;
	slot = pte_alloc_map(space, dir, uaddr);
	if (!slot)
		return VM_FAULT_OOM;
	return handle_pte_fault(space, area, uaddr, slot, dir, writing);
}
