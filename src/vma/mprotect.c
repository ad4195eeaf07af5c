/**
 * @file
 * @brief \~english mprotect(): new protections for a range, splitting and merging VMAs.
 *        \~chinese mprotect()：为一段区间设置新的保护，必要时拆分与合并线性区。 \~
 *
 * mprotect.c - sys_mprotect(), mprotect_fixup() and change_protection()
 * (mm/mprotect.c).
 *
 * sys_mprotect(start, len, prot):
 *  1. check the arguments; the range must be mapped without a hole
 *     (-ENOMEM otherwise, for the first hole found);
 *  2. VMA by VMA: the new flags are the VMA's with VM_READ/WRITE/EXEC
 *     replaced; each must be allowed by the VMA's VM_MAY* bit (-EACCES:
 *     a read-only file mapped shared can never become writable);
 *  3. mprotect_fixup() on the part of the VMA inside the range: making a
 *     private mapping writable commits its pages (VM_ACCOUNT); the part
 *     merges with a neighbour (vma_merge(), cases 4 to 8 of its table) or
 *     is split off (split_vma() at the start and at the end) so that it
 *     is one VMA; it gets the flags and vm_page_prot, and
 *     change_protection() rewrites the PTEs already there.
 * A failure half way leaves the VMAs done so far changed, as in 2.6.24.
 */
#include <linux/mman.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english New protection bits for the present PTEs of one page table.
 *        \~chinese 为一张页表中存在的页表项设置新的保护位。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param dir \~english the directory entry of the page table \~chinese 该页表的目录项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range in this table \~chinese 本页表内区间的结束地址 \~
 * @param newprot \~english the new protection bits \~chinese 新的保护位 \~
 * @param dirty_accountable \~english nonzero: a dirty PTE may stay writable (dirty tracking) \~chinese 非零：脏页表项可以保持可写（脏页跟踪） \~
 * @kernel{mm/mprotect.c,29}
 * @seenotes{chapter-vma,vma-mprotect}
 * @kquirk \~english No page migration (!CONFIG_MIGRATION): the branch for
 *         migration entries (pte_file(), is_write_migration_entry()) is
 *         left out; arch_enter_lazy_mmu_mode() does nothing without
 *         paravirt.
 *         \~chinese 没有页迁移（未配置 CONFIG_MIGRATION）：省略了处理迁移表项的分支
 *         （pte_file()、is_write_migration_entry()）；没有半虚拟化时
 *         arch_enter_lazy_mmu_mode() 什么也不做。 \~
 */
static void change_pte_range(struct mm_struct *space, pmd_t *dir,
			     unsigned long at, unsigned long end,
			     pgprot_t newprot, int dirty_accountable)
{
	pte_t *ptep, was;
	spinlock_t *ptl;

	ptep = pte_offset_map_lock(space, dir, at, &ptl);
	do {
		was = *ptep;
		if (pte_present(was)) {
			pte_t now;

			/* clear it first: the MMU may set A/D meanwhile */
			now = ptep_get_and_clear(space, at, ptep);
			now = pte_modify(now, newprot);
			/* a dirty page of a dirty-tracking mapping may stay
			 * writable: its first write was seen already */
			if (dirty_accountable && pte_dirty(now))
				now = pte_mkwrite(now);
			set_pte_at(space, at, ptep, now);
		}
	} while (ptep++, at += PAGE_SIZE, at != end);
	pte_unmap_unlock(ptep - 1, ptl);
}

/**
 * @brief \~english change_protection() for the page tables under [@p at, @p end).
 *        \~chinese 对 [addr, end) 下的各页表调用 change_pte_range()。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param upper \~english the (folded) pud entry \~chinese （被折叠的）pud 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param newprot \~english the new protection bits \~chinese 新的保护位 \~
 * @param dirty_accountable \~english as for change_pte_range() \~chinese 同 change_pte_range() \~
 * @kernel{mm/mprotect.c,77}
 * @seenotes{chapter-vma,vma-mprotect}
 */
static inline void change_pmd_range(struct mm_struct *space, pud_t *upper,
				    unsigned long at, unsigned long end,
				    pgprot_t newprot, int dirty_accountable)
{
	pmd_t *dir = pmd_offset(upper, at);
	unsigned long stop;

	do {
		stop = pmd_addr_end(at, end);
		if (pmd_none_or_clear_bad(dir))
			continue;	/* no page table: nothing mapped */
		change_pte_range(space, dir, at, stop, newprot,
				 dirty_accountable);
	} while (dir++, at = stop, at != end);
}

/**
 * @brief \~english The pud level of change_protection(): folded on i386.
 *        \~chinese change_protection() 的 pud 层：在 i386 上被折叠。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param top \~english the pgd entry \~chinese pgd 表项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param newprot \~english the new protection bits \~chinese 新的保护位 \~
 * @param dirty_accountable \~english as for change_pte_range() \~chinese 同 change_pte_range() \~
 * @kernel{mm/mprotect.c,93}
 * @seenotes{chapter-vma,vma-mprotect}
 */
static inline void change_pud_range(struct mm_struct *space, pgd_t *top,
				    unsigned long at, unsigned long end,
				    pgprot_t newprot, int dirty_accountable)
{
	pud_t *upper = pud_offset(top, at);
	unsigned long stop;

	do {
		stop = pud_addr_end(at, end);
		if (pud_none_or_clear_bad(upper))
			continue;
		change_pmd_range(space, upper, at, stop, newprot,
				 dirty_accountable);
	} while (upper++, at = stop, at != end);
}

/**
 * @brief \~english Rewrite the PTEs of [@p at, @p end) with @p newprot, then flush the TLBs.
 *        \~chinese 用 newprot 重写 [addr, end) 的页表项，然后刷新 TLB。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param at, end \~english the range \~chinese 要修改的区间 \~
 * @param newprot \~english the new protection \~chinese 新的页表项保护位 \~
 * @param dirty_accountable \~english dirty pages may keep write access
 *                          \~chinese 为真时，脏页可以保留写权限 \~
 * @kernel{mm/mprotect.c,109}
 * @seenotes{chapter-vma,vma-mprotect}
 * @kquirk \~english flush_cache_range() does nothing on x86 and is left
 *         out.
 *         \~chinese flush_cache_range() 在 x86 上什么也不做，予以省略。 \~
 */
static void change_protection(struct vm_area_struct *area, unsigned long at,
			      unsigned long end, pgprot_t newprot,
			      int dirty_accountable)
{
	struct mm_struct *space = area->vm_mm;
	unsigned long first = at, stop;
	pgd_t *top;

	BUG_ON(at >= end);
	top = pgd_offset(space, at);
	do {
		stop = pgd_addr_end(at, end);
		if (pgd_none_or_clear_bad(top))
			continue;
		change_pud_range(space, top, at, stop, newprot,
				 dirty_accountable);
	} while (top++, at = stop, at != end);
	flush_tlb_range(area, first, end);
}

/**
 * @brief \~english Give [@p start, @p end) of @p area the flags @p want_flags: merge or split, then change the PTEs.
 *        \~chinese 把 vma 中的 [start, end) 设为 newflags：先合并或拆分，再修改页表项。 \~
 * @param area \~english the VMA the range is in \~chinese 区间所在的线性区 \~
 * @param pprev \~english in: the VMA before the range; out: the VMA now
 *              covering it
 *              \~chinese 输入：区间之前的线性区；输出：现在覆盖该区间的线性区 \~
 * @param start, end \~english the range, inside @p area
 *                   \~chinese 区间，位于 @p area 之内 \~
 * @param want_flags \~english the new flags \~chinese 新的标志 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mprotect.c,131}
 * @seenotes{chapter-vma,vma-mprotect}
 * @kquirk \~english No hugetlb VMAs: is_vm_hugetlb_page() is 0 and
 *         hugetlb_change_protection() is left out; no NUMA policy
 *         (vma_policy()).
 *         \~chinese 没有大页线性区：is_vm_hugetlb_page() 为 0，省略了
 *         hugetlb_change_protection()；没有 NUMA 内存策略（vma_policy()）。 \~
 */
int mprotect_fixup(struct vm_area_struct *area, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end,
		   unsigned long want_flags)
{
	struct mm_struct *space = area->vm_mm;
	unsigned long had_flags = area->vm_flags;
	long npages = (long)((end - start) >> PAGE_SHIFT);
	unsigned long committed = 0;
	pgoff_t poff;
	int error;
	int dirty_accountable = 0;

	if (want_flags == had_flags) {
		*pprev = area;
		return 0;
	}

	/* a private mapping that becomes writable commits its pages; the
	 * commitment stays when it becomes read-only again */
	if (want_flags & VM_WRITE) {
		if (!(had_flags & (VM_ACCOUNT | VM_WRITE | VM_SHARED))) {
			committed = (unsigned long)npages;
			if (security_vm_enough_memory((long)committed))
				return -ENOMEM;
			want_flags |= VM_ACCOUNT;
		}
	}

	/* join prev and/or next if the new flags allow it */
	poff = area->vm_pgoff + ((start - area->vm_start) >> PAGE_SHIFT);
	*pprev = vma_merge(space, *pprev, start, end, want_flags, area->anon_vma,
			   area->vm_file, poff, NULL);
	if (*pprev) {
		area = *pprev;
		goto success;
	}

	*pprev = area;

	/* else cut the range out of vma */
	if (start != area->vm_start) {
		error = split_vma(space, area, start, 1);
		if (error)
			goto fail;
	}

	if (end != area->vm_end) {
		error = split_vma(space, area, end, 0);
		if (error)
			goto fail;
	}

success:
	area->vm_flags = want_flags;
	area->vm_page_prot = vm_get_page_prot(want_flags);
	if (vma_wants_writenotify(area)) {
		area->vm_page_prot = vm_get_page_prot(want_flags & ~VM_SHARED);
		dirty_accountable = 1;
	}

	change_protection(area, start, end, area->vm_page_prot,
			  dirty_accountable);
	vm_stat_account(space, had_flags, area->vm_file, -npages);
	vm_stat_account(space, want_flags, area->vm_file, npages);
	return 0;

fail:
	vm_unacct_memory((long)committed);
	return error;
}

/**
 * @brief \~english mprotect(): set the protection of [@p start, @p start + @p len).
 *        \~chinese mprotect() 系统调用：设置 [start, start + len) 的保护。 \~
 * @param start \~english page-aligned address \~chinese 按页对齐的起始地址 \~
 * @param len \~english the length \~chinese 长度（字节） \~
 * @param prot \~english PROT_* bits, maybe with PROT_GROWSDOWN or PROT_GROWSUP
 *             \~chinese PROT_* 标志位，可带 PROT_GROWSDOWN 或 PROT_GROWSUP \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @kernel{mm/mprotect.c,215}
 * @seenotes{chapter-vma,vma-mprotect}
 * @kquirk \~english No LSM: security_file_mprotect() always allows and is
 *         left out.  The end of the range wraps at 32 bits, as on i386
 *         ((u32) casts: the host's longs are 64 bits).
 *         \~chinese 没有安全模块：security_file_mprotect() 总是允许，予以省略。区间的
 *         末端按 32 位回绕，与 i386 相同（用 (u32) 强制转换：宿主机的 long 是
 *         64 位）。 \~
 */
long sys_mprotect(unsigned long start, size_t len, unsigned long prot)
{
	unsigned long vm_flags, from, end, upto;
	struct vm_area_struct *area, *before;
	int error = -EINVAL;
	const int grows = (int)(prot & (PROT_GROWSDOWN | PROT_GROWSUP));

	prot &= ~(unsigned long)(PROT_GROWSDOWN | PROT_GROWSUP);
	if (grows == (PROT_GROWSDOWN | PROT_GROWSUP))	/* not both */
		return -EINVAL;

	if (start & ~PAGE_MASK)
		return -EINVAL;
	if (!len)
		return 0;
	len = (u32)PAGE_ALIGN(len);
	end = (u32)(start + len);
	if (end <= start)
		return -ENOMEM;
	if (prot & ~(unsigned long)(PROT_READ | PROT_WRITE | PROT_EXEC |
				    PROT_SEM))
		return -EINVAL;

	/* PROT_READ means PROT_EXEC for some old programs */
	if ((prot & PROT_READ) && (current->personality & READ_IMPLIES_EXEC))
		prot |= PROT_EXEC;

	vm_flags = calc_vm_prot_bits(prot);

	down_write(&current->mm->mmap_sem);

	area = find_vma_prev(current->mm, start, &before);
	error = -ENOMEM;
	if (!area)
		goto out;
	if (unlikely(grows & PROT_GROWSDOWN)) {
		/* from the stack's own start up to end */
		if (area->vm_start >= end)
			goto out;
		start = area->vm_start;
		error = -EINVAL;
		if (!(area->vm_flags & VM_GROWSDOWN))
			goto out;
	} else {
		if (area->vm_start > start)
			goto out;	/* start is in a hole */
		if (unlikely(grows & PROT_GROWSUP)) {
			end = area->vm_end;
			error = -EINVAL;
			if (!(area->vm_flags & VM_GROWSUP))
				goto out;
		}
	}
	if (start > area->vm_start)
		before = area;

	for (from = start;;) {
		unsigned long want_flags;

		/* here vma->vm_start <= nstart < vma->vm_end */
		want_flags = vm_flags |
			   (area->vm_flags & ~(VM_READ | VM_WRITE | VM_EXEC));

		/* each of READ/WRITE/EXEC needs its MAY bit, four places up */
		if ((want_flags & ~(want_flags >> 4)) &
		    (VM_READ | VM_WRITE | VM_EXEC)) {
			error = -EACCES;
			goto out;
		}

		upto = area->vm_end;
		if (upto > end)
			upto = end;
		error = mprotect_fixup(area, &before, from, upto, want_flags);
		if (error)
			goto out;
		from = upto;

		if (from < before->vm_end)
			from = before->vm_end;
		if (from >= end)
			goto out;

		/* the next VMA must follow without a hole */
		area = before->vm_next;
		if (!area || area->vm_start != from) {
			error = -ENOMEM;
			goto out;
		}
	}
out:
	up_write(&current->mm->mmap_sem);
	return error;
}
