/**
 * @file
 * @brief \~english mremap(): grow, shrink or move a mapping.
 *        \~chinese mremap()：扩大、缩小或移动一个映射。 \~
 *
 * mremap.c - sys_mremap(), do_mremap(), move_vma() and the page-table
 * move (mm/mremap.c).
 *
 * do_mremap(addr, old_len, new_len, flags, new_addr):
 *  1. shrinking is an munmap of the tail (new_len <= old_len);
 *  2. growing in place: the range must be the whole tail of its VMA and
 *     the hole after it large enough: vma_adjust() moves vm_end;
 *  3. else, with MREMAP_MAYMOVE, move_vma(): a new VMA elsewhere
 *     (copy_vma(): get_unmapped_area() chooses, vma_merge() may join a
 *     neighbour), the page tables moved across (move_page_tables()),
 *     the old range unmapped.  VM_ACCOUNT is hidden during that munmap
 *     so the pages stay committed: they moved, they did not go.
 * MREMAP_FIXED moves to new_addr, unmapping what is there first.
 */
#include <linux/mman.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english The directory entry of @p at if a page table hangs there, else NULL.
 *        \~chinese 若 addr 所在的目录项下挂有页表，返回该目录项，否则返回 NULL。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param at \~english a user address \~chinese 用户地址 \~
 * @return \~english the pmd entry of @p at, or NULL if no page table covers it \~chinese at 的 pmd 表项；若没有页表覆盖它则为 NULL \~
 * @kernel{mm/mremap.c,26}
 * @seenotes{chapter-vma,vma-mremap}
 */
static pmd_t *get_old_pmd(struct mm_struct *space, unsigned long at)
{
	pgd_t *top = pgd_offset(space, at);
	pud_t *upper;
	pmd_t *dir;

	if (pgd_none_or_clear_bad(top))
		return NULL;

	upper = pud_offset(top, at);
	if (pud_none_or_clear_bad(upper))
		return NULL;

	dir = pmd_offset(upper, at);
	if (pmd_none_or_clear_bad(dir))
		return NULL;

	return dir;
}

/**
 * @brief \~english The directory entry of @p at, with a page table under it (allocated if need be).
 *        \~chinese 返回 addr 所在的目录项，并保证其下挂有页表（必要时分配）。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param at \~english a user address \~chinese 用户地址 \~
 * @return \~english the pmd entry of @p at with a page table under it, or NULL if no page could be had for the table \~chinese at 的 pmd 表项（其下已挂有页表）；分配不到页表页时为 NULL \~
 * @kernel{mm/mremap.c,47}
 * @seenotes{chapter-vma,vma-mremap}
 */
static pmd_t *alloc_new_pmd(struct mm_struct *space, unsigned long at)
{
	pgd_t *top = pgd_offset(space, at);
	pud_t *upper;
	pmd_t *dir;

	upper = pud_alloc(space, top, at);
	if (!upper)
		return NULL;

	dir = pmd_alloc(space, upper, at);
	if (!dir)
		return NULL;

	if (!pmd_present(*dir) && __pte_alloc(space, dir, at))
		return NULL;

	return dir;
}

/**
 * @brief \~english Move the PTEs of [@p from, @p from_end) to the page table at @p to.
 *        \~chinese 把 [old_addr, old_end) 的页表项移到 new_addr 处的页表中。 \~
 * @param area \~english the old VMA \~chinese 原线性区 \~
 * @param src_dir \~english the directory entry of the old page table \~chinese 旧页表的目录项 \~
 * @param from \~english first old address \~chinese 旧区间的起始地址 \~
 * @param from_end \~english end of the old range (within one page table) \~chinese 旧区间的结束地址（在同一张页表之内） \~
 * @param dest \~english the new VMA \~chinese 新线性区 \~
 * @param dst_dir \~english the directory entry of the new page table \~chinese 新页表的目录项 \~
 * @param to \~english first new address \~chinese 新区间的起始地址 \~
 * @kernel{mm/mremap.c,68}
 * @seenotes{chapter-vma,vma-mremap}
 * @kquirk \~english One lock for both page tables (pte_lockptr() is the
 *         mm's page_table_lock: see pte_offset_map_lock()), so the second
 *         one is never taken; lockdep's spin_lock_nested() is a plain
 *         spin_lock().  move_pte() is the identity on i386 and is left out;
 *         lazy MMU mode does nothing without paravirt.
 *         \~chinese 两张页表共用一把锁（pte_lockptr() 就是 mm 的 page_table_lock：
 *         参见 pte_offset_map_lock()），所以永远不会去取第二把锁；锁依赖检查用的
 *         spin_lock_nested() 就是普通的 spin_lock()。move_pte() 在 i386 上原样返回，
 *         予以省略；没有半虚拟化时惰性 MMU 模式什么也不做。 \~
 */
static void move_ptes(struct vm_area_struct *area, pmd_t *src_dir,
		      unsigned long from, unsigned long from_end,
		      struct vm_area_struct *dest, pmd_t *dst_dir,
		      unsigned long to)
{
	struct address_space *map = NULL;
	struct mm_struct *space = area->vm_mm;
	pte_t *src, *dst, moving;
	spinlock_t *src_lock, *dst_lock;

	if (area->vm_file) {
		/* keep truncation out: it could clear the new range before
		 * the old and miss the pages in flight */
		map = area->vm_file->f_mapping;
		spin_lock(&map->i_mmap_lock);
		if (dest->vm_truncate_count &&
		    dest->vm_truncate_count != area->vm_truncate_count)
			dest->vm_truncate_count = 0;
	}

	src = pte_offset_map_lock(space, src_dir, from, &src_lock);
	dst = pte_offset_map_nested(dst_dir, to);
	dst_lock = pte_lockptr(space, dst_dir);
	if (dst_lock != src_lock)
		spin_lock(dst_lock);

	for (; from < from_end; src++, from += PAGE_SIZE,
				   dst++, to += PAGE_SIZE) {
		if (pte_none(*src))
			continue;
		moving = ptep_clear_flush(area, from, src);
		set_pte_at(space, to, dst, moving);
	}

	if (dst_lock != src_lock)
		spin_unlock(dst_lock);
	pte_unmap_nested(dst - 1);
	pte_unmap_unlock(src - 1, src_lock);
	if (map)
		spin_unlock(&map->i_mmap_lock);
}

/* PTEs moved under one lock hold */
#define LATENCY_LIMIT	(64 * PAGE_SIZE)

/**
 * @brief \~english Move the page tables of @p len bytes from @p from to @p to.
 *        \~chinese 把从 old_addr 开始的 len 字节的页表项移到 new_addr。 \~
 * @param area \~english the old VMA \~chinese 原线性区 \~
 * @param from \~english first old address \~chinese 旧区间的起始地址 \~
 * @param dest \~english the new VMA \~chinese 新线性区 \~
 * @param to \~english first new address \~chinese 新区间的起始地址 \~
 * @param len \~english bytes to move, a multiple of PAGE_SIZE \~chinese 要移动的字节数，PAGE_SIZE 的整数倍 \~
 * @return \~english how many bytes were moved (less than @p len if a table could
 *         not be allocated)
 *         \~chinese 实际移动的字节数（若某个页表分配不到，则小于 @p len） \~
 * @kernel{mm/mremap.c,123}
 * @seenotes{chapter-vma,vma-mremap}
 * @kquirk \~english move_pte() is the identity on i386 and
 *         flush_cache_range() does nothing on x86: both are left out.
 *         \~chinese 在 i386 上 move_pte() 原样返回，flush_cache_range() 在 x86 上
 *         什么也不做：两者都省略了。 \~
 */
unsigned long move_page_tables(struct vm_area_struct *area,
			       unsigned long from,
			       struct vm_area_struct *dest,
			       unsigned long to, unsigned long len)
{
	unsigned long chunk, stop, from_end = from + len;
	pmd_t *src_dir, *dst_dir;

	for (; from < from_end; from += chunk, to += chunk) {
		cond_resched();
		/* no further than the end of the old page table ... */
		stop = (from + PMD_SIZE) & PMD_MASK;
		if (stop - 1 > from_end)
			stop = from_end;
		chunk = stop - from;
		src_dir = get_old_pmd(area->vm_mm, from);
		if (!src_dir)
			continue;
		dst_dir = alloc_new_pmd(area->vm_mm, to);
		if (!dst_dir)
			break;
		/* ... nor of the new one, nor past the latency limit */
		stop = (to + PMD_SIZE) & PMD_MASK;
		if (chunk > stop - to)
			chunk = stop - to;
		if (chunk > LATENCY_LIMIT)
			chunk = LATENCY_LIMIT;
		move_ptes(area, src_dir, from, from + chunk,
			  dest, dst_dir, to);
	}

	return len + from - from_end;
}

/**
 * @brief \~english Move [@p from, +@p oldsz) of @p area to @p to, @p newsz long.
 *        \~chinese 把 vma 中的 [old_addr, +old_len) 移到 new_addr，新长度为 new_len。 \~
 * @param area \~english the VMA that holds the old range \~chinese 包含旧区间的线性区 \~
 * @param from \~english start of the old range \~chinese 旧区间的起始地址 \~
 * @param oldsz \~english its length in bytes \~chinese 旧区间的长度（字节） \~
 * @param newsz \~english the new length in bytes \~chinese 新的长度（字节） \~
 * @param to \~english the new address, free for @p newsz bytes \~chinese 新地址，其后 newsz 字节是空闲的 \~
 * @return \~english @p to, or a negative errno
 *         \~chinese 成功返回 @p to，否则返回负的错误码 \~
 * @kernel{mm/mremap.c,157}
 * @seenotes{chapter-vma,vma-mremap}
 */
static unsigned long move_vma(struct vm_area_struct *area,
			      unsigned long from, unsigned long oldsz,
			      unsigned long newsz, unsigned long to)
{
	struct mm_struct *space = area->vm_mm;
	struct vm_area_struct *dest;
	unsigned long vmflags = area->vm_flags;
	unsigned long poff, done, peak;
	unsigned long spare = 0;
	int cut = 0;

	/* the munmap below may split one VMA into three: fail now rather
	 * than half way */
	if (space->map_count >= sysctl_max_map_count - 3)
		return -ENOMEM;

	poff = area->vm_pgoff + ((from - area->vm_start) >> PAGE_SHIFT);
	dest = copy_vma(&area, to, newsz, poff);
	if (!dest)
		return -ENOMEM;

	done = move_page_tables(area, from, dest, to, oldsz);
	if (done < oldsz) {
		/* out of memory half way: move what went back and unmap
		 * the new area instead of the old */
		move_page_tables(dest, to, area, from, done);
		area = dest;
		oldsz = newsz;
		from = to;
		to = -ENOMEM;
	}

	/* hide VM_ACCOUNT so the munmap keeps the commitment */
	if (vmflags & VM_ACCOUNT) {
		area->vm_flags &= ~VM_ACCOUNT;
		spare = area->vm_end - area->vm_start - oldsz;
		if (from > area->vm_start &&
		    from + oldsz < area->vm_end)
			cut = 1;
	}

	/* the munmap takes old_len off total_vm: count new_len first, and
	 * keep the peak from showing both */
	peak = space->hiwater_vm;
	space->total_vm += newsz >> PAGE_SHIFT;
	vm_stat_account(space, area->vm_flags, area->vm_file,
			(long)(newsz >> PAGE_SHIFT));

	if (do_munmap(space, from, oldsz) < 0) {
		/* could not split: at least the accounts stay right */
		vm_unacct_memory((long)(spare >> PAGE_SHIFT));
		spare = 0;
	}
	space->hiwater_vm = peak;

	/* VM_ACCOUNT back on what is left of the old VMA */
	if (spare) {
		area->vm_flags |= VM_ACCOUNT;
		if (cut)
			area->vm_next->vm_flags |= VM_ACCOUNT;
	}

	if (vmflags & VM_LOCKED) {
		space->locked_vm += newsz >> PAGE_SHIFT;
		if (newsz > oldsz)
			make_pages_present(to + oldsz,
					   to + newsz);
	}

	return to;
}

/**
 * @brief \~english Grow, shrink or move the mapping at @p at.
 *        \~chinese 扩大、缩小或移动位于 addr 的映射。 \~
 * @param at \~english page-aligned start \~chinese 按页对齐的起始地址 \~
 * @param oldsz, newsz \~english the sizes \~chinese 原大小与新大小（字节） \~
 * @param flags \~english MREMAP_MAYMOVE, MREMAP_FIXED
 *              \~chinese MREMAP_MAYMOVE、MREMAP_FIXED \~
 * @param to \~english the target with MREMAP_FIXED
 *           \~chinese 带 MREMAP_FIXED 时的目标地址 \~
 * @return \~english the mapping's address, or a negative errno
 *         \~chinese 映射的地址；失败返回负的错误码 \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mremap.c,249}
 * @seenotes{chapter-vma,vma-mremap}
 * @kquirk \~english No LSM (security_file_mmap() allows) and no hugetlb
 *         VMAs (is_vm_hugetlb_page() is 0): both tests are left out.  The
 *         sizes are 32-bit values: PAGE_ALIGN() wraps as on i386.
 *         \~chinese 没有安全模块（security_file_mmap() 总是允许），也没有大页线性区
 *         （is_vm_hugetlb_page() 为 0）：两项检查都省略了。长度是 32 位的值：
 *         PAGE_ALIGN() 与 i386 一样会回绕。 \~
 */
unsigned long do_mremap(unsigned long at, unsigned long oldsz,
			unsigned long newsz, unsigned long flags,
			unsigned long to)
{
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area;
	unsigned long res = -EINVAL;
	unsigned long committed = 0;

	if (flags & ~(MREMAP_FIXED | MREMAP_MAYMOVE))
		goto out;

	if (at & ~PAGE_MASK)
		goto out;

	oldsz = (u32)PAGE_ALIGN(oldsz);
	newsz = (u32)PAGE_ALIGN(newsz);

	/* old_len 0 is allowed (DOS emulation duplicates shm that way);
	 * new_len 0 is not */
	if (!newsz)
		goto out;

	if (flags & MREMAP_FIXED) {
		if (to & ~PAGE_MASK)
			goto out;
		if (!(flags & MREMAP_MAYMOVE))
			goto out;

		if (newsz > TASK_SIZE || to > TASK_SIZE - newsz)
			goto out;

		/* old and new ranges may not overlap */
		if ((to <= at) && (to + newsz) > at)
			goto out;

		if ((at <= to) && (at + oldsz) > to)
			goto out;

		res = (unsigned long)(long)do_munmap(space, to, newsz);
		if (res)
			goto out;
	}

	/* shrinking always works: munmap the tail, which also gives back
	 * its commitment */
	if (oldsz >= newsz) {
		res = (unsigned long)(long)do_munmap(space, at + newsz,
						     oldsz - newsz);
		if (res && oldsz != newsz)
			goto out;
		res = at;
		if (!(flags & MREMAP_FIXED) || (to == at))
			goto out;
		oldsz = newsz;
	}

	/* growing, or moving */
	res = -EFAULT;
	area = find_vma(space, at);
	if (!area || area->vm_start > at)
		goto out;
	/* the old range must be inside one VMA */
	if (oldsz > area->vm_end - at)
		goto out;
	if (area->vm_flags & (VM_DONTEXPAND | VM_PFNMAP)) {
		if (newsz > oldsz)
			goto out;
	}
	if (area->vm_flags & VM_LOCKED) {
		unsigned long locked, lock_limit;

		locked = (space->locked_vm << PAGE_SHIFT) + newsz - oldsz;
		lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur;
		res = -EAGAIN;
		if (locked > lock_limit && !capable(CAP_IPC_LOCK))
			goto out;
	}
	if (!may_expand_vm(space, (newsz - oldsz) >> PAGE_SHIFT)) {
		res = -ENOMEM;
		goto out;
	}

	if (area->vm_flags & VM_ACCOUNT) {
		committed = (newsz - oldsz) >> PAGE_SHIFT;
		if (security_vm_enough_memory((long)committed))
			goto out_nc;
	}

	/* the range is the tail of its VMA and stays where it is: grow in
	 * place if the hole after it is large enough */
	if (oldsz == area->vm_end - at &&
	    !((flags & MREMAP_FIXED) && (at != to)) &&
	    (oldsz != newsz || !(flags & MREMAP_MAYMOVE))) {
		unsigned long max_addr = TASK_SIZE;

		if (area->vm_next)
			max_addr = area->vm_next->vm_start;
		if (max_addr - at >= newsz) {
			int pages = (int)((newsz - oldsz) >> PAGE_SHIFT);

			vma_adjust(area, area->vm_start, at + newsz,
				   area->vm_pgoff, NULL);

			space->total_vm += (unsigned long)pages;
			vm_stat_account(space, area->vm_flags, area->vm_file, pages);
			if (area->vm_flags & VM_LOCKED) {
				space->locked_vm += (unsigned long)pages;
				make_pages_present(at + oldsz,
						   at + newsz);
			}
			res = at;
			goto out;
		}
	}

	/* it has to move */
	res = -ENOMEM;
	if (flags & MREMAP_MAYMOVE) {
		if (!(flags & MREMAP_FIXED)) {
			unsigned long map_flags = 0;

			if (area->vm_flags & VM_MAYSHARE)
				map_flags |= MAP_SHARED;

			to = get_unmapped_area(area->vm_file, 0, newsz,
						     area->vm_pgoff, map_flags);
			if (to & ~PAGE_MASK) {
				res = to;
				goto out;
			}
		}
		res = move_vma(area, at, oldsz, newsz, to);
	}
out:
	if (res & ~PAGE_MASK)
		vm_unacct_memory((long)committed);
out_nc:
	return res;
}

/**
 * @brief \~english mremap(): do_mremap() under mmap_sem.
 *        \~chinese mremap() 系统调用：持有 mmap_sem 调用 do_mremap()。 \~
 * @param at \~english page-aligned start of the mapping \~chinese 映射的起始地址，按页对齐 \~
 * @param oldsz \~english its old length in bytes \~chinese 原长度（字节） \~
 * @param newsz \~english the new length in bytes \~chinese 新长度（字节） \~
 * @param flags \~english MREMAP_MAYMOVE, MREMAP_FIXED \~chinese MREMAP_MAYMOVE、MREMAP_FIXED \~
 * @param to \~english the target with MREMAP_FIXED \~chinese 带 MREMAP_FIXED 时的目标地址 \~
 * @return \~english the mapping's new address, or a negative errno cast to unsigned long (-EINVAL, -EFAULT, -ENOMEM, -EAGAIN) \~chinese 映射的新地址，或转换成 unsigned long 的负错误码（-EINVAL、-EFAULT、-ENOMEM、-EAGAIN） \~
 * @kernel{mm/mremap.c,415}
 * @seenotes{chapter-vma,vma-mremap}
 */
unsigned long sys_mremap(unsigned long at, unsigned long oldsz,
			 unsigned long newsz, unsigned long flags,
			 unsigned long to)
{
	unsigned long res;

	down_write(&current->mm->mmap_sem);
	res = do_mremap(at, oldsz, newsz, flags, to);
	up_write(&current->mm->mmap_sem);
	return res;
}
