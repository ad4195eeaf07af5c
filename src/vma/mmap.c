/**
 * @file
 * @brief \~english VMAs: lookup, linking, merging, splitting; mmap, munmap, brk and the stack.
 *        \~chinese 线性区：查找、链接、合并与拆分；mmap、munmap、brk 与栈的增长。 \~
 *
 * mmap.c - the address space of a process (mm/mmap.c).
 *
 * An mm_struct holds its VMAs twice, both ordered by address: on the
 * list mm->mmap (vm_next) and in the red-black tree mm->mm_rb, keyed by
 * vm_end, so "the first VMA that ends above addr" is one descent
 * (find_vma(); mm->mmap_cache keeps the last answer).  map_count counts
 * them; list, tree and count always agree (vma_check()).
 *
 * mmap, do_mmap_pgoff() -> mmap_region():
 *  1. check the length, the offset and map_count; get_unmapped_area()
 *     picks the address: mm->get_unmapped_area, bottom-up from
 *     TASK_UNMAPPED_BASE (arch_get_unmapped_area()) or top-down from
 *     mmap_base (arch_get_unmapped_area_topdown()), both starting at
 *     mm->free_area_cache and skipping the search when a request is no
 *     larger than cached_hole_size, a hole known to exist below it;
 *  2. turn PROT_* and MAP_* into vm_flags; check the file's mode;
 *  3. mmap_region(): unmap what is there already (MAP_FIXED), check
 *     RLIMIT_AS (may_expand_vm()) and, for private writable mappings,
 *     the commit limit (security_vm_enough_memory(), VM_ACCOUNT);
 *  4. an anonymous private mapping may just extend a neighbour
 *     (vma_merge()); else a new VMA is linked into list and tree
 *     (vma_link()), a file one after its ->mmap() and a second merge try;
 *  5. total_vm and the other counters grow; MAP_LOCKED/MAP_POPULATE
 *     ask make_pages_present() to fault the pages in.
 *
 * munmap, do_munmap(): split the VMA the range starts in and the one it
 * ends in (split_vma()), take the VMAs in between off list and tree
 * (detach_vmas_to_be_unmapped()), clear their page tables
 * (unmap_region()), then free them (remove_vma_list()).
 *
 * brk, sys_brk() -> do_brk(): the heap is an anonymous VMA after the
 * program's data; growing it is a small mmap at the old break that
 * usually merges with the heap VMA; shrinking it is a do_munmap().
 *
 * The stack grows down on demand: expand_stack() lowers vm_start of the
 * VM_GROWSDOWN VMA within RLIMIT_STACK and RLIMIT_AS
 * (acct_stack_growth()).
 *
 * vma_merge() is the heart of it: a range [addr, end) with the flags,
 * file, offset and anon_vma of its would-be VMA, between prev and next,
 * becomes part of prev, of next, or of both (the table above
 * vma_merge()); vma_adjust() moves the boundaries and removes a VMA
 * that a merge swallowed.
 *
 * The pages themselves come with the fault unit (src/fault), which
 * fills the page tables on the first touch: unmap_region() then zaps
 * them and change_protection() rewrites them; make_pages_present()
 * faults a range in through the fault unit's get_user_pages().
 */
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/vmstat.h>
#include <mm/internal.h>
#include <asm/tlb.h>

static void unmap_region(struct mm_struct *mm, struct vm_area_struct *vma,
			 struct vm_area_struct *prev, unsigned long start,
			 unsigned long end);

/**
 * @brief \~english The PTE protection of each combination of read, write, exec and shared.
 *        \~chinese 读、写、执行与共享各种组合所对应的页表项保护位。 \~
 *
 * Index vm_flags & (VM_READ|VM_WRITE|VM_EXEC|VM_SHARED).  i386 cannot
 * forbid reading a present page nor executing a readable one, and a
 * private writable page starts read-only (PAGE_COPY) so that the first
 * write faults and copies it.
 * @kernel{mm/mmap.c,64}
 * @seenotes{chapter-vma,vma-flags}
 */
pgprot_t protection_map[16] = {
	__P000, __P001, __P010, __P011, __P100, __P101, __P110, __P111,
	__S000, __S001, __S010, __S011, __S100, __S101, __S110, __S111
};

/**
 * @brief \~english The PTE protection for a VMA with @p vmflags.
 *        \~chinese 标志为 vm_flags 的线性区中页表项应有的保护位。 \~
 * @param vmflags \~english the VMA's flags \~chinese 线性区的标志 \~
 * @return \~english the pgprot \~chinese 页表项的保护位（pgprot） \~
 * @kernel{mm/mmap.c,69}
 * @seenotes{chapter-vma,vma-flags}
 */
pgprot_t vm_get_page_prot(unsigned long vmflags)
{
	unsigned long rwxs = vmflags & (VM_READ | VM_WRITE | VM_EXEC |
					 VM_SHARED);

	return protection_map[rwxs];
}

/**
 * @brief \~english vm.overcommit_memory: 0 heuristic, 1 always, 2 never.
 *        \~chinese vm.overcommit_memory：0 启发式，1 总是允许，2 从不过量提交。 \~
 * @kernel{mm/mmap.c,76}
 * @seenotes{chapter-vma,vma-overcommit}
 */
int sysctl_overcommit_memory = OVERCOMMIT_GUESS;

/**
 * @brief \~english vm.max_map_count: the most VMAs one address space may have.
 *        \~chinese vm.max_map_count：一个地址空间最多可拥有的线性区个数。 \~
 * @kernel{mm/mmap.c,78}
 * @seenotes{chapter-vma,vma-limits}
 */
int sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;

/**
 * @brief \~english May @p npages more pages be committed?  Charges them if so.
 *        \~chinese 能否再提交 pages 个页？可以则把它们记入已提交量。 \~
 * @param space \~english the address space asking
 *              \~chinese 提出申请的地址空间 \~
 * @param npages \~english the pages \~chinese 页数 \~
 * @param cap_sys_admin \~english 1 for a privileged caller (no 3% reserve)
 *                      \~chinese 特权调用者为 1（不保留 3% 的余量） \~
 * @return \~english 0 (charged to vm_committed_space) or -ENOMEM (not charged)
 *         \~chinese 返回 0（已计入 vm_committed_space）或 -ENOMEM（未计入） \~
 * @kernel{mm/mmap.c,97}
 * @seenotes{chapter-vma,vma-overcommit}
 * @kquirk \~english No swap and no hugetlb pool: nr_swap_pages,
 *         total_swap_pages and hugetlb_total_pages() are 0 and are left
 *         out of the sums.
 *         \~chinese 没有交换区，也没有大页池：nr_swap_pages、total_swap_pages 与
 *         hugetlb_total_pages() 都为 0，不参与求和。 \~
 */
int __vm_enough_memory(struct mm_struct *space, long npages, int cap_sys_admin)
{
	unsigned long spare, ceiling;

	/* charge first: concurrent callers then see each other */
	vm_acct_memory(npages);

	if (sysctl_overcommit_memory == OVERCOMMIT_ALWAYS)
		return 0;

	if (sysctl_overcommit_memory == OVERCOMMIT_GUESS) {
		unsigned long nfree;

		/* what could be reclaimed: page cache and reclaimable slab */
		spare = global_page_state(NR_FILE_PAGES) +
		       global_page_state(NR_SLAB_RECLAIMABLE);

		/* an ordinary user leaves 1/32 for root */
		if (!cap_sys_admin)
			spare -= spare / 32;

		if (spare > (unsigned long)npages)
			return 0;

		/* the expensive count only when about to fail */
		nfree = nr_free_pages();

		/* the reserves are not for user pages */
		if (nfree <= totalreserve_pages)
			goto error;
		else
			nfree -= totalreserve_pages;

		if (!cap_sys_admin)
			nfree -= nfree / 32;
		spare += nfree;

		if (spare > (unsigned long)npages)
			return 0;

		goto error;
	}

	/* in i386's 32 bits, as /proc/meminfo's CommitLimit: a huge ratio
	 * wraps the product round to a small ceiling */
	ceiling = (u32)(totalram_pages * (unsigned long)sysctl_overcommit_ratio) /
		  100;
	if (!cap_sys_admin)
		ceiling -= ceiling / 32;

	/* leave 1/32 of this process's size to the others */
	ceiling -= space->total_vm / 32;

	/* the global count may be below zero for a while: compare signed */
	if (atomic_read(&vm_committed_space) < (long)ceiling)
		return 0;
error:
	vm_unacct_memory(npages);

	return -ENOMEM;
}

/**
 * @brief \~english The commit check of a privileged or ordinary caller (no LSM).
 *        \~chinese 按调用者是否有特权做提交检查（未启用安全模块时）。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param npages \~english the pages to commit \~chinese 要提交的页数 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{security/commoncap.c,601}
 * @seenotes{chapter-vma,vma-overcommit}
 * @kquirk \~english mm24's tasks have no capabilities: capable() (always 0)
 *         stands for cap_capable(current, CAP_SYS_ADMIN) == 0.
 *         \~chinese mm24 的进程没有权能：用 capable()（总为 0）代替
 *         cap_capable(current, CAP_SYS_ADMIN) == 0。 \~
 */
static int cap_vm_enough_memory(struct mm_struct *space, long npages)
{
	int admin = 0;

	if (capable(CAP_SYS_ADMIN))
		admin = 1;
	return __vm_enough_memory(space, npages, admin);
}

/**
 * @brief \~english Commit @p npages for the current task's mm.
 *        \~chinese 为当前进程的 mm 提交 pages 个页。 \~
 * @param npages \~english the pages \~chinese 页数 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{include/linux/security.h,1685}
 * @seenotes{chapter-vma,vma-overcommit}
 */
int security_vm_enough_memory(long npages)
{
	return cap_vm_enough_memory(current->mm, npages);
}

/**
 * @brief \~english Commit @p npages for @p space.
 *        \~chinese 为 mm 提交 pages 个页。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param npages \~english the pages \~chinese 页数 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{include/linux/security.h,1690}
 * @seenotes{chapter-vma,vma-overcommit}
 */
int security_vm_enough_memory_mm(struct mm_struct *space, long npages)
{
	return cap_vm_enough_memory(space, npages);
}

/**
 * @brief \~english Take a file VMA off its file's list of mappings.
 *        \~chinese 把文件线性区从该文件的映射链表上摘下。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param filp \~english its file \~chinese 线性区所映射的文件 \~
 * @param mapping \~english the file's address_space
 *                \~chinese 文件的 address_space \~
 * @context \~english mapping->i_mmap_lock held
 *          \~chinese 调用者持有 mapping->i_mmap_lock \~
 * @kernel{mm/mmap.c,187}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english i_mmap is a list: list_del_init() replaces
 *         vma_prio_tree_remove(), and there is no VM_NONLINEAR list.
 *         flush_dcache_mmap_lock() does nothing on x86.
 *         \~chinese i_mmap 是普通链表：用 list_del_init() 代替
 *         vma_prio_tree_remove()，也没有 VM_NONLINEAR 链表。
 *         flush_dcache_mmap_lock() 在 x86 上什么也不做。 \~
 */
static void __remove_shared_vm_struct(struct vm_area_struct *area,
				      struct file *filp,
				      struct address_space *mapping)
{
	if (area->vm_flags & VM_DENYWRITE)
		atomic_inc(&filp->f_path.dentry->d_inode->i_writecount);
	if (area->vm_flags & VM_SHARED)
		mapping->i_mmap_writable--;

	list_del_init(&area->shared.vm_set.list);
}

/**
 * @brief \~english Unlink a file VMA from its file before its page tables go.
 *        \~chinese 在释放页表之前，把文件线性区从其文件上解除链接。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @kernel{mm/mmap.c,207}
 * @seenotes{chapter-vma,vma-files}
 */
void unlink_file_vma(struct vm_area_struct *area)
{
	struct file *filp = area->vm_file;

	if (filp) {
		struct address_space *mapping = filp->f_mapping;

		spin_lock(&mapping->i_mmap_lock);
		__remove_shared_vm_struct(area, filp, mapping);
		spin_unlock(&mapping->i_mmap_lock);
	}
}

/**
 * @brief \~english Close and free a VMA; return the one after it.
 *        \~chinese 关闭并释放一个线性区，返回它后面的线性区。 \~
 * @param area \~english the VMA, already off list and tree
 *             \~chinese 线性区，已从链表和红黑树中摘下 \~
 * @return \~english vma->vm_next \~chinese vma->vm_next \~
 * @kernel{mm/mmap.c,222}
 * @seenotes{chapter-vma,vma-unmap}
 */
static struct vm_area_struct *remove_vma(struct vm_area_struct *area)
{
	struct vm_area_struct *after = area->vm_next;

	might_sleep();
	if (area->vm_ops && area->vm_ops->close)
		area->vm_ops->close(area);
	if (area->vm_file)
		fput(area->vm_file);
	kmem_cache_free(vm_area_cachep, area);
	return after;
}

/**
 * @brief \~english brk(): move the end of the heap; answer the break now in force.
 *        \~chinese brk()：移动堆的末端，返回当前生效的 break 值。 \~
 * @param brk \~english the break wanted \~chinese 想要的 break 值 \~
 * @return \~english the new break, or the old one if the move was refused
 *         \~chinese 新的 break 值；移动被拒绝时返回原来的 break 值 \~
 * @context \~english takes mmap_sem for writing
 *          \~chinese 以写方式获取 mmap_sem \~
 * @kernel{mm/mmap.c,236}
 * @seenotes{chapter-vma,vma-brk}
 * @kquirk \~english The arguments are 32-bit values, and PAGE_ALIGN()
 *         of a break near 4 GiB wraps to 0 as on i386: it is cut to 32
 *         bits with (u32) casts, as the host's longs are 64 bits.
 *         \~chinese 参数是 32 位的值，靠近 4 GiB 的 break 经 PAGE_ALIGN() 后会像
 *         在 i386 上一样回绕到 0：宿主机的 long 是 64 位的，所以用 (u32) 强制转换
 *         截成 32 位。 \~
 */
unsigned long sys_brk(unsigned long brk)
{
	struct mm_struct *space = current->mm;
	unsigned long limit, answer, want, have;

	down_write(&space->mmap_sem);

	if (brk < space->end_code)
		goto out;

	/* against RLIMIT_DATA before the page rounding, so an unaligned
	 * limit cannot be overshot by rounding */
	limit = current->signal->rlim[RLIMIT_DATA].rlim_cur;
	if (limit < RLIM_INFINITY && brk - space->start_data > limit)
		goto out;

	want = (u32)PAGE_ALIGN(brk);
	have = (u32)PAGE_ALIGN(space->brk);
	if (want == have)
		goto set_brk;

	/* shrinking is always allowed */
	if (brk <= space->brk) {
		if (!do_munmap(space, want, have - want))
			goto set_brk;
		goto out;
	}

	/* the new pages, and one guard page, must be free */
	if (find_vma_intersection(space, have, (u32)(want + PAGE_SIZE)))
		goto out;

	if (do_brk(have, want - have) != have)
		goto out;
set_brk:
	space->brk = brk;
out:
	answer = space->brk;
	up_write(&space->mmap_sem);
	return answer;
}

/**
 * @brief \~english Find where a VMA starting at @p where would go in list and tree.
 *        \~chinese 查找起始于 addr 的线性区应插入链表和红黑树的位置。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param where \~english the address \~chinese 线性地址 \~
 * @param pprev \~english the VMA before @p where, or NULL
 *              \~chinese @p where 之前的线性区，或 NULL \~
 * @param rb_link \~english the tree link to fill
 *                \~chinese 要填写的红黑树链接 \~
 * @param rb_parent \~english its parent node \~chinese 该链接的父节点 \~
 * @return \~english the first VMA ending above @p where (may overlap), or NULL
 *         \~chinese 第一个结束地址大于 @p where 的线性区（可能与之重叠）；没有则返回 NULL \~
 * @kernel{mm/mmap.c,335}
 * @seenotes{chapter-vma,vma-find}
 */
static struct vm_area_struct *
find_vma_prepare(struct mm_struct *space, unsigned long where,
		 struct vm_area_struct **pprev, struct rb_node ***rb_link,
		 struct rb_node **rb_parent)
{
	struct vm_area_struct *found = NULL;
	struct rb_node **link = &space->mm_rb.rb_node;
	struct rb_node *up = NULL, *below = NULL;

	while (*link) {
		struct vm_area_struct *here;

		up = *link;
		here = rb_entry(up, struct vm_area_struct, vm_rb);

		if (here->vm_end > where) {
			found = here;
			if (here->vm_start <= where)
				return found;	/* @addr is inside */
			link = &up->rb_left;
		} else {
			below = up;	/* the best predecessor so far */
			link = &up->rb_right;
		}
	}

	*pprev = NULL;
	if (below)
		*pprev = rb_entry(below, struct vm_area_struct, vm_rb);
	*rb_link = link;
	*rb_parent = up;
	return found;
}

/**
 * @brief \~english Put @p area on the mm's list, after @p before.
 *        \~chinese 把 vma 插入 mm 的线性区链表，位于 prev 之后。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the new VMA \~chinese 新线性区 \~
 * @param before \~english its predecessor, NULL if it becomes the first
 *               \~chinese 它的前驱；若它成为第一个线性区则为 NULL \~
 * @param rb_parent \~english the tree parent find_vma_prepare() found
 *                  \~chinese find_vma_prepare() 找到的红黑树父节点 \~
 * @kernel{mm/mmap.c,372}
 * @seenotes{chapter-vma,vma-link}
 */
static inline void __vma_link_list(struct mm_struct *space,
				   struct vm_area_struct *area,
				   struct vm_area_struct *before,
				   struct rb_node *rb_parent)
{
	if (before) {
		area->vm_next = before->vm_next;
		before->vm_next = area;
	} else {
		space->mmap = area;
		/* the first VMA: its tree parent, if any, comes after it */
		if (rb_parent)
			area->vm_next = rb_entry(rb_parent,
						struct vm_area_struct, vm_rb);
		else
			area->vm_next = NULL;
	}
}

/**
 * @brief \~english Put @p area in the mm's red-black tree where the search ended.
 *        \~chinese 把 vma 挂到 mm 红黑树中查找结束的位置并重新平衡。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the new VMA \~chinese 新线性区 \~
 * @param rb_link \~english the link to fill \~chinese 要填写的红黑树链接 \~
 * @param rb_parent \~english its parent \~chinese 该链接的父节点 \~
 * @kernel{mm/mmap.c,388}
 * @seenotes{chapter-vma,vma-link}
 */
void __vma_link_rb(struct mm_struct *space, struct vm_area_struct *area,
		   struct rb_node **rb_link, struct rb_node *rb_parent)
{
	rb_link_node(&area->vm_rb, rb_parent, rb_link);
	rb_insert_color(&area->vm_rb, &space->mm_rb);
}

/**
 * @brief \~english Put a file VMA on its file's list of mappings.
 *        \~chinese 把文件线性区挂到其文件的映射链表上。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @kernel{mm/mmap.c,395}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english i_mmap is a list: list_add_tail() replaces
 *         vma_prio_tree_insert(), and there is no VM_NONLINEAR list
 *         (vma_nonlinear_insert()).
 *         \~chinese i_mmap 是普通链表：用 list_add_tail() 代替
 *         vma_prio_tree_insert()，也没有 VM_NONLINEAR 链表（vma_nonlinear_insert()）。 \~
 */
static inline void __vma_link_file(struct vm_area_struct *area)
{
	struct file *filp = area->vm_file;
	struct address_space *mapping;

	if (!filp)
		return;
	mapping = filp->f_mapping;
	/* a denied writer: i_writecount goes negative, one per VMA */
	if (area->vm_flags & VM_DENYWRITE)
		atomic_dec(&filp->f_path.dentry->d_inode->i_writecount);
	if (area->vm_flags & VM_SHARED)
		mapping->i_mmap_writable++;

	list_add_tail(&area->shared.vm_set.list, &mapping->i_mmap);
}

/**
 * @brief \~english Link @p area into list, tree and its anon_vma.
 *        \~chinese 把 vma 链入线性区链表、红黑树以及它的 anon_vma。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the new VMA \~chinese 新线性区 \~
 * @param before \~english the VMA before it in the list, or NULL if it is the first \~chinese 链表中位于它前面的线性区；若它是第一个则为 NULL \~
 * @param rb_link \~english the empty child link in the tree where it goes \~chinese 红黑树中它要挂上去的空子链接 \~
 * @param rb_parent \~english the node that link belongs to (NULL for the root) \~chinese 该链接所属的节点（作为根时为 NULL） \~
 * @kernel{mm/mmap.c,418}
 * @seenotes{chapter-vma,vma-link}
 */
static void __vma_link(struct mm_struct *space, struct vm_area_struct *area,
		       struct vm_area_struct *before, struct rb_node **rb_link,
		       struct rb_node *rb_parent)
{
	__vma_link_list(space, area, before, rb_parent);
	__vma_link_rb(space, area, rb_link, rb_parent);
	__anon_vma_link(area);
}

/**
 * @brief \~english Link a new VMA everywhere it belongs and count it.
 *        \~chinese 把新线性区链接到它所属的所有结构中，并计入 map_count。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the new VMA \~chinese 新线性区 \~
 * @param before, rb_link, rb_parent \~english what find_vma_prepare() found
 *                                   \~chinese find_vma_prepare() 找到的前驱、链接与父节点 \~
 * @kernel{mm/mmap.c,427}
 * @seenotes{chapter-vma,vma-link}
 */
static void vma_link(struct mm_struct *space, struct vm_area_struct *area,
		     struct vm_area_struct *before, struct rb_node **rb_link,
		     struct rb_node *rb_parent)
{
	struct address_space *mapping = NULL;

	if (area->vm_file)
		mapping = area->vm_file->f_mapping;

	if (mapping) {
		spin_lock(&mapping->i_mmap_lock);
		area->vm_truncate_count = mapping->truncate_count;
	}
	anon_vma_lock(area);

	__vma_link(space, area, before, rb_link, rb_parent);
	__vma_link_file(area);

	anon_vma_unlock(area);
	if (mapping)
		spin_unlock(&mapping->i_mmap_lock);

	space->map_count++;
}

/**
 * @brief \~english vma_adjust()'s split case: link @p area into list, tree and anon_vma.
 *        \~chinese vma_adjust() 拆分时使用：把 vma 链入链表、红黑树与 anon_vma。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA, which overlaps none of @p space (a BUG otherwise) \~chinese 线性区，不得与 space 中的任何线性区重叠（否则 BUG） \~
 * @kernel{mm/mmap.c,459}
 * @seenotes{chapter-vma,vma-split}
 */
static void __insert_vm_struct(struct mm_struct *space, struct vm_area_struct *area)
{
	struct vm_area_struct *hit, *before = NULL;
	struct rb_node **rb_link = NULL, *rb_parent = NULL;

	hit = find_vma_prepare(space, area->vm_start, &before, &rb_link, &rb_parent);
	BUG_ON(hit && hit->vm_start < area->vm_end);	/* no overlap */
	__vma_link(space, area, before, rb_link, rb_parent);
	space->map_count++;
}

/**
 * @brief \~english Take @p area, which follows @p before, off list and tree.
 *        \~chinese 把紧跟在 prev 之后的 vma 从链表和红黑树中摘除。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA to take off \~chinese 要摘除的线性区 \~
 * @param before \~english the VMA before it (not NULL: the first VMA is never unlinked here) \~chinese 它前面的线性区（不为 NULL：这里不会摘除第一个线性区） \~
 * @kernel{mm/mmap.c,471}
 * @seenotes{chapter-vma,vma-merge}
 */
static inline void __vma_unlink(struct mm_struct *space,
				struct vm_area_struct *area,
				struct vm_area_struct *before)
{
	before->vm_next = area->vm_next;
	rb_erase(&area->vm_rb, &space->mm_rb);
	if (space->mmap_cache == area)
		space->mmap_cache = before;
}

/**
 * @brief \~english Move the bounds of @p area (and of its successor); remove or insert one.
 *        \~chinese 调整 vma（及其后继）的边界；必要时删除被合并的线性区或插入新的线性区。 \~
 *
 * Without @p insert, @p end decides what happens to the next VMA:
 * end >= next->vm_end swallows it (and, in mprotect's case 6, the one
 * after: remove_next 2), end inside next moves next's start up, end
 * below vm_end hands the tail of @p area to next.  With @p insert
 * (split_vma()) the new piece is linked in.
 *
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param start, end, poff \~english its new bounds and offset
 *                         \~chinese 新的起始地址、结束地址与文件偏移量（页） \~
 * @param insert \~english a VMA to link in, or NULL
 *               \~chinese 要链入的线性区，或 NULL \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mmap.c,487}
 * @seenotes{chapter-vma,vma-merge}
 * @kquirk \~english The file's VMAs are on a list, whose order does not
 *         depend on the bounds: vma_prio_tree_remove() and
 *         vma_prio_tree_insert() around the change of bounds are left out,
 *         and with them the `root` of the prio tree.  No NUMA policy to
 *         free (mpol_free()).
 *         \~chinese 文件的线性区挂在普通链表上，其顺序与边界无关：省略了边界修改前后
 *         的 vma_prio_tree_remove() 与 vma_prio_tree_insert()，以及优先搜索树的
 *         root。没有 NUMA 内存策略需要释放（mpol_free()）。 \~
 */
void vma_adjust(struct vm_area_struct *area, unsigned long start,
		unsigned long end, pgoff_t poff, struct vm_area_struct *insert)
{
	struct mm_struct *space = area->vm_mm;
	struct vm_area_struct *after = area->vm_next;
	struct vm_area_struct *gainer = NULL;
	struct address_space *map = NULL;
	struct file *filp = area->vm_file;
	struct anon_vma *av = NULL;
	long shift_pages = 0;	/* pages next's start moves by */
	int swallow = 0;	/* VMAs after vma to swallow */

	if (after && !insert) {
		if (end >= after->vm_end) {
			/* next disappears into vma (mprotect case 6: maybe
			 * the one after it too) */
again:			swallow = (end > after->vm_end) ? 2 : 1;
			end = after->vm_end;
			av = after->anon_vma;
			gainer = area;
		} else if (end > after->vm_start) {
			/* the boundary moves up into next (case 5) */
			shift_pages = (long)((end - after->vm_start) >> PAGE_SHIFT);
			av = after->anon_vma;
			gainer = area;
		} else if (end < area->vm_end) {
			/* the boundary moves down into vma (case 4): only
			 * mprotect shrinks without inserting */
			shift_pages = -(long)((area->vm_end - end) >> PAGE_SHIFT);
			av = after->anon_vma;
			gainer = after;
		}
	}

	if (filp) {
		map = filp->f_mapping;
		spin_lock(&map->i_mmap_lock);
		/* a truncation may be under way: make it rescan */
		if (gainer &&
		    area->vm_truncate_count != after->vm_truncate_count)
			gainer->vm_truncate_count = 0;
		if (insert) {
			insert->vm_truncate_count = area->vm_truncate_count;
			__vma_link_file(insert);
		}
	}

	if (area->anon_vma)
		av = area->anon_vma;
	if (av) {
		spin_lock(&av->lock);
		/* pages may move between the two: the one that grows
		 * needs the anon_vma of the one that shrinks */
		if (gainer && !gainer->anon_vma) {
			gainer->anon_vma = av;
			__anon_vma_link(gainer);
		}
	}

	area->vm_start = start;
	area->vm_end = end;
	area->vm_pgoff = poff;
	if (shift_pages) {
		after->vm_start += (unsigned long)shift_pages << PAGE_SHIFT;
		after->vm_pgoff += (unsigned long)shift_pages;
	}

	if (swallow) {
		/* vma_merge() made vma cover next: next goes now, under
		 * the locks */
		__vma_unlink(space, after, area);
		if (filp)
			__remove_shared_vm_struct(after, filp, map);
		if (after->anon_vma)
			__anon_vma_merge(area, after);
	} else if (insert) {
		/* split_vma()'s new piece, before or after vma */
		__insert_vm_struct(space, insert);
	}

	if (av)
		spin_unlock(&av->lock);
	if (map)
		spin_unlock(&map->i_mmap_lock);

	if (swallow) {
		if (filp)
			fput(filp);
		space->map_count--;
		kmem_cache_free(vm_area_cachep, after);
		/* case 6: the VMA after next goes too, the same way */
		if (swallow == 2) {
			after = area->vm_next;
			goto again;
		}
	}
}

/* A VMA with these flags is never merged: its driver may keep state
 * per VMA. */
#define VM_SPECIAL (VM_IO | VM_DONTEXPAND | VM_RESERVED | VM_PFNMAP)

/**
 * @brief \~english Do @p area's flags and file allow it to grow over a new range?
 *        \~chinese vma 的标志和文件是否允许它扩展到新的区间？ \~
 * @param area \~english the neighbour that would grow \~chinese 将要扩展的相邻线性区 \~
 * @param filp \~english the new range's file, or NULL \~chinese 新区间的文件，或 NULL \~
 * @param vmflags \~english the new range's VM_* flags \~chinese 新区间的 VM_* 标志 \~
 * @return \~english 1 if the flags and the file are the same and no ->close() is set, else 0 \~chinese 标志与文件都相同且没有 ->close() 时为 1，否则为 0 \~
 * @kernel{mm/mmap.c,646}
 * @seenotes{chapter-vma,vma-merge}
 */
static inline int is_mergeable_vma(struct vm_area_struct *area,
				   struct file *filp, unsigned long vmflags)
{
	if (area->vm_flags != vmflags)
		return 0;
	if (area->vm_file != filp)
		return 0;
	/* a ->close() may free per-VMA state: keep such VMAs apart */
	if (area->vm_ops && area->vm_ops->close)
		return 0;
	return 1;
}

/**
 * @brief \~english Can two anon_vmas be one (either unset, or the same)?
 *        \~chinese 两个 anon_vma 能否合而为一（有一个未设置，或两者相同）？ \~
 * @param anon_vma1 \~english one anon_vma, or NULL \~chinese 一个 anon_vma，或 NULL \~
 * @param anon_vma2 \~english the other, or NULL \~chinese 另一个，或 NULL \~
 * @return \~english 1 if either is NULL or both are the same, else 0 \~chinese 任一为 NULL 或两者相同时为 1，否则为 0 \~
 * @kernel{mm/mmap.c,658}
 * @seenotes{chapter-vma,vma-merge}
 */
static inline int is_mergeable_anon_vma(struct anon_vma *anon_vma1,
					struct anon_vma *anon_vma2)
{
	/* an unset one joins anything */
	return !anon_vma1 || !anon_vma2 || anon_vma2 == anon_vma1;
}

/**
 * @brief \~english Can a range with these attributes join @p area at its start?
 *        \~chinese 具有这些属性的区间能否并入 vma 的前端？ \~
 * @param area \~english the VMA after the range \~chinese 区间之后的线性区 \~
 * @param vmflags, anon_vma, filp \~english the range's attributes
 *                                \~chinese 该区间的属性：标志、anon_vma 与文件 \~
 * @param vm_pgoff \~english the file offset, in pages, the range's end would
 *                 have
 *                 \~chinese 该区间末端应有的文件偏移量（以页为单位） \~
 * @return \~english 1 if it can \~chinese 可以合并时返回 1 \~
 * @kernel{mm/mmap.c,676}
 * @seenotes{chapter-vma,vma-merge}
 */
static int can_vma_merge_before(struct vm_area_struct *area,
				unsigned long vmflags,
				struct anon_vma *anon_vma, struct file *filp,
				pgoff_t vm_pgoff)
{
	if (is_mergeable_vma(area, filp, vmflags) &&
	    is_mergeable_anon_vma(anon_vma, area->anon_vma)) {
		/* the file pages must follow on without a gap */
		if (area->vm_pgoff == vm_pgoff)
			return 1;
	}
	return 0;
}

/**
 * @brief \~english Can a range with these attributes join @p area at its end?
 *        \~chinese 具有这些属性的区间能否并入 vma 的尾端？ \~
 * @param area \~english the VMA before the range \~chinese 区间之前的线性区 \~
 * @param vmflags, anon_vma, filp \~english the range's attributes
 *                                \~chinese 该区间的属性：标志、anon_vma 与文件 \~
 * @param vm_pgoff \~english the file offset, in pages, of the range's start
 *                 \~chinese 该区间起始处的文件偏移量（以页为单位） \~
 * @return \~english 1 if it can \~chinese 可以合并时返回 1 \~
 * @kernel{mm/mmap.c,695}
 * @seenotes{chapter-vma,vma-merge}
 */
static int can_vma_merge_after(struct vm_area_struct *area,
			       unsigned long vmflags,
			       struct anon_vma *anon_vma, struct file *filp,
			       pgoff_t vm_pgoff)
{
	if (is_mergeable_vma(area, filp, vmflags) &&
	    is_mergeable_anon_vma(anon_vma, area->anon_vma)) {
		pgoff_t span = (area->vm_end - area->vm_start) >> PAGE_SHIFT;

		if (vm_pgoff == area->vm_pgoff + span)
			return 1;
	}
	return 0;
}

/**
 * @brief \~english Make [@p where, @p end) part of a neighbouring VMA if the rules allow.
 *        \~chinese 在规则允许时，让区间 [addr, end) 成为相邻线性区的一部分。 \~
 *
 * For mmap, brk and mremap the range is not mapped yet; for mprotect it
 * is, inside prev or at the start of next, and about to get vm_flags.
 * AAAA is the range, PPPP prev, NNNN next, XXXX the VMA after next:
 *
 *     mmap/brk/mremap:      PPPP    NNNN   -> case 1: PPPPPPPPPPPP
 *                               AAAA          case 2: PPPPPPPPNNNN
 *                                             case 3: PPPPNNNNNNNN
 *     mprotect:             PPPPPPNNNNNN   -> case 4: PPNNNNNNNNNN
 *                             AAAA (in P)     case 5: PPPPPPPPPPNN (A in N)
 *                           PPPPNNNNXXXX   -> case 6: PPPPPPPPPPPP
 *                               AAAA (= N)    case 7: PPPPPPPPXXXX
 *                                             case 8: PPPPNNNNNNNN
 * (Cases 4 and 5 have the range at the end of prev, resp. the start of
 * next; case 8 extends XXXX with the flags mprotect_fixup() then gives.)
 *
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param before \~english the VMA before @p where (NULL: none)
 *               \~chinese @p where 之前的线性区（NULL：没有） \~
 * @param where, end \~english the range \~chinese 区间 \~
 * @param vmflags, anon_vma, filp, poff \~english the range's attributes
 *                                      \~chinese 该区间的属性：标志、anon_vma、文件与文件偏移量 \~
 * @param policy \~english NUMA policy (NULL) \~chinese NUMA 策略（NULL） \~
 * @return \~english the VMA that now covers the range, or NULL if none could
 *         \~chinese 现在覆盖该区间的线性区；无法合并时返回 NULL \~
 * @kernel{mm/mmap.c,737}
 * @seenotes{chapter-vma,vma-merge}
 * @kquirk \~english !NUMA: every policy is equal, so the mpol_equal() and
 *         vma_policy() tests always pass and are left out.
 *         \~chinese 未配置 NUMA：所有内存策略都相等，所以 mpol_equal() 与
 *         vma_policy() 的检查总是通过，予以省略。 \~
 */
struct vm_area_struct *vma_merge(struct mm_struct *space,
				 struct vm_area_struct *before,
				 unsigned long where, unsigned long end,
				 unsigned long vmflags,
				 struct anon_vma *anon_vma, struct file *filp,
				 pgoff_t poff, struct mempolicy *policy)
{
	pgoff_t npages = (end - where) >> PAGE_SHIFT;
	struct vm_area_struct *area, *after;

	(void)policy;
	/* vm_flags must equal the VMA's, so this rules out special ones */
	if (vmflags & VM_SPECIAL)
		return NULL;

	after = before ? before->vm_next : space->mmap;
	area = after;
	if (after && after->vm_end == end)		/* cases 6, 7, 8 */
		after = after->vm_next;

	/* can the range join prev? */
	if (before && before->vm_end == where &&
	    can_vma_merge_after(before, vmflags, anon_vma, filp, poff)) {
		/* and next as well, filling the hole? */
		if (after && end == after->vm_start &&
		    can_vma_merge_before(after, vmflags, anon_vma, filp,
					 poff + npages) &&
		    is_mergeable_anon_vma(before->anon_vma, after->anon_vma)) {
			/* cases 1, 6 */
			vma_adjust(before, before->vm_start, after->vm_end,
				   before->vm_pgoff, NULL);
		} else					/* cases 2, 5, 7 */
			vma_adjust(before, before->vm_start, end, before->vm_pgoff,
				   NULL);
		return before;
	}

	/* can the range join next? */
	if (after && end == after->vm_start &&
	    can_vma_merge_before(after, vmflags, anon_vma, filp,
				 poff + npages)) {
		if (before && where < before->vm_end)	/* case 4 */
			vma_adjust(before, before->vm_start, where, before->vm_pgoff,
				   NULL);
		else					/* cases 3, 8 */
			vma_adjust(area, where, after->vm_end,
				   after->vm_pgoff - npages, NULL);
		return area;
	}

	return NULL;
}

/**
 * @brief \~english A neighbour's anon_vma that @p area could share, so they may merge later.
 *        \~chinese 找一个 vma 可以共用的相邻线性区的 anon_vma，以便日后合并。 \~
 * @param area \~english a VMA without an anon_vma
 *             \~chinese 还没有 anon_vma 的线性区 \~
 * @return \~english the anon_vma, or NULL
 *         \~chinese 可共享的 anon_vma；没有则返回 NULL \~
 * @kernel{mm/mmap.c,813}
 * @seenotes{chapter-vma,vma-anon}
 * @kquirk \~english !NUMA: the mpol_equal() tests always pass and are left
 *         out.
 *         \~chinese 未配置 NUMA：mpol_equal() 检查总是通过，予以省略。 \~
 */
struct anon_vma *find_mergeable_anon_vma(struct vm_area_struct *area)
{
	struct vm_area_struct *near = area->vm_next;
	const unsigned long rwx = VM_READ | VM_WRITE | VM_EXEC;
	unsigned long vmflags;

	if (!near)
		goto try_prev;

	/* mprotect() may make their protections equal later */
	vmflags = (area->vm_flags & ~rwx) | (near->vm_flags & rwx);

	if (near->anon_vma && area->vm_end == near->vm_start &&
	    can_vma_merge_before(near, vmflags, NULL, area->vm_file,
				 area->vm_pgoff + ((area->vm_end - area->vm_start) >>
						   PAGE_SHIFT)))
		return near->anon_vma;
try_prev:
	BUG_ON(find_vma_prev(area->vm_mm, area->vm_start, &near) != area);
	if (!near)
		goto none;

	vmflags = (area->vm_flags & ~rwx) | (near->vm_flags & rwx);

	if (near->anon_vma && near->vm_end == area->vm_start &&
	    can_vma_merge_after(near, vmflags, NULL, area->vm_file,
				area->vm_pgoff))
		return near->anon_vma;
none:
	return NULL;
}

/**
 * @brief \~english Count @p npages of a VMA in the mm's shared, exec, stack and reserved totals.
 *        \~chinese 把线性区的 pages 个页计入 mm 的共享、可执行、栈与保留统计。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param mflags \~english the VMA's flags \~chinese 线性区的标志 \~
 * @param filp \~english its file \~chinese 线性区所映射的文件 \~
 * @param npages \~english how many (negative to uncount)
 *               \~chinese 页数（为负时表示扣除） \~
 * @kernel{mm/mmap.c,870}
 * @seenotes{chapter-vma,vma-counters}
 */
void vm_stat_account(struct mm_struct *space, unsigned long mflags,
		     struct file *filp, long npages)
{
	const unsigned long stack_flags =
		VM_STACK_FLAGS & (VM_GROWSUP | VM_GROWSDOWN);

	if (filp) {
		space->shared_vm += npages;
		/* executable and not writable: program text, libraries */
		if ((mflags & (VM_EXEC | VM_WRITE)) == VM_EXEC)
			space->exec_vm += npages;
	} else if (mflags & stack_flags)
		space->stack_vm += npages;
	if (mflags & (VM_RESERVED | VM_IO))
		space->reserved_vm += npages;
}

/**
 * @brief \~english May the current task lock pages in memory at all?
 *        \~chinese 当前进程是否有权锁定内存页？ \~
 * @return \~english 1 with CAP_IPC_LOCK or a nonzero RLIMIT_MEMLOCK
 *         \~chinese 有 CAP_IPC_LOCK 或 RLIMIT_MEMLOCK 不为 0 时返回 1 \~
 * @kernel{mm/mlock.c,16}
 * @seenotes{chapter-vma,vma-limits}
 */
static int can_do_mlock(void)
{
	if (capable(CAP_IPC_LOCK))
		return 1;
	if (current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur != 0)
		return 1;
	return 0;
}

/**
 * @brief \~english mmap() after its arguments are checked: pick the address, make the VMA.
 *        \~chinese 检查参数后执行 mmap()：选定地址并建立线性区。 \~
 * @param filp \~english the file, or NULL for an anonymous mapping
 *             \~chinese 文件；匿名映射为 NULL \~
 * @param where \~english a hint, or the address (MAP_FIXED)
 *              \~chinese 建议地址；带 MAP_FIXED 时即为映射地址 \~
 * @param bytes \~english the length in bytes \~chinese 长度（字节） \~
 * @param prot \~english PROT_* bits \~chinese PROT_* 标志位 \~
 * @param mflags \~english MAP_* bits \~chinese MAP_* 标志位 \~
 * @param poff \~english the file offset in pages
 *             \~chinese 文件内的偏移量，以页为单位 \~
 * @return \~english the address, or a negative errno (a value with low bits
 *         set)
 *         \~chinese 映射的线性地址；失败返回负的错误码（低位不为 0 的值） \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mmap.c,891}
 * @seenotes{chapter-vma,vma-mmap}
 * @kquirk \~english No LSM and no mmap_min_addr: round_hint_to_min() and
 *         security_file_mmap() always let the call through and are left
 *         out; arch_mmap_check() is 0 on i386.  Files cannot be
 *         append-only, mandatory-locked or on a noexec mount, and there is
 *         no hugetlbfs: the IS_APPEND(), locks_verify_locked(), MNT_NOEXEC
 *         and is_file_hugepages() tests always pass and are left out.
 *         Lengths are 32-bit values: PAGE_ALIGN() is cut with (u32) so
 *         that a length near 4 GiB becomes 0 as on i386.
 *         \~chinese 没有安全模块，也没有 mmap_min_addr：round_hint_to_min() 与
 *         security_file_mmap() 总是放行，予以省略；i386 上 arch_mmap_check() 为 0。
 *         文件不会是只可追加的、带强制锁的或位于 noexec 挂载点上的，也没有
 *         hugetlbfs：IS_APPEND()、locks_verify_locked()、MNT_NOEXEC 与
 *         is_file_hugepages() 的检查总是通过，予以省略。长度是 32 位的值：
 *         PAGE_ALIGN() 的结果用 (u32) 截断，使接近 4 GiB 的长度像在 i386 上一样
 *         变成 0。 \~
 */
unsigned long do_mmap_pgoff(struct file *filp, unsigned long where,
			    unsigned long bytes, unsigned long prot,
			    unsigned long mflags, unsigned long poff)
{
	struct mm_struct *space = current->mm;
	unsigned int vmflags;
	int accountable = 1;

	/* programs that expect PROT_READ to mean PROT_EXEC */
	if ((prot & PROT_READ) && (current->personality & READ_IMPLIES_EXEC))
		prot |= PROT_EXEC;

	if (!bytes)
		return -EINVAL;

	/* the page-rounded length may wrap or exceed the user space */
	bytes = (u32)PAGE_ALIGN(bytes);
	if (!bytes || bytes > TASK_SIZE)
		return -ENOMEM;

	/* the file offset of the last page may not wrap */
	if ((u32)(poff + (bytes >> PAGE_SHIFT)) < poff)
		return -EOVERFLOW;

	if (space->map_count > sysctl_max_map_count)
		return -ENOMEM;

	/* choose the address, or check the one asked for */
	where = get_unmapped_area(filp, where, bytes, poff, mflags);
	if (where & ~PAGE_MASK)
		return where;

	vmflags = (unsigned int)(calc_vm_prot_bits(prot) |
				  calc_vm_flag_bits(mflags) | space->def_flags |
				  VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC);

	if (mflags & MAP_LOCKED) {
		if (!can_do_mlock())
			return -EPERM;
		vmflags |= VM_LOCKED;
	}
	/* locked pages count against RLIMIT_MEMLOCK */
	if (vmflags & VM_LOCKED) {
		unsigned long locked, lock_limit;

		locked = space->locked_vm + (bytes >> PAGE_SHIFT);
		lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur >>
			     PAGE_SHIFT;
		if (locked > lock_limit && !capable(CAP_IPC_LOCK))
			return -EAGAIN;
	}

	if (filp) {
		switch (mflags & MAP_TYPE) {
		case MAP_SHARED:
			/* writes reach the file: it must be open for them */
			if ((prot & PROT_WRITE) && !(filp->f_mode & FMODE_WRITE))
				return -EACCES;

			vmflags |= VM_SHARED | VM_MAYSHARE;
			/* read-only open: may never become writable */
			if (!(filp->f_mode & FMODE_WRITE))
				vmflags &= ~(VM_MAYWRITE | VM_SHARED);

			/* fall through */
		case MAP_PRIVATE:
			if (!(filp->f_mode & FMODE_READ))
				return -EACCES;

			if (!filp->f_op || !filp->f_op->mmap)
				return -ENODEV;
			break;

		default:
			return -EINVAL;
		}
	} else {
		switch (mflags & MAP_TYPE) {
		case MAP_SHARED:
			vmflags |= VM_SHARED | VM_MAYSHARE;
			break;
		case MAP_PRIVATE:
			/* the offset of anonymous memory is its address,
			 * so merging works as for a file */
			poff = where >> PAGE_SHIFT;
			break;
		default:
			return -EINVAL;
		}
	}

	return mmap_region(filp, where, bytes, mflags, vmflags, poff,
			   accountable);
}

/**
 * @brief \~english Should a shared writable VMA map its pages read-only, to see the first write?
 *        \~chinese 共享可写线性区是否应把页映射为只读，以便捕获第一次写？ \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @return \~english 1 if so \~chinese 需要时返回 1 \~
 * @kernel{mm/mmap.c,1040}
 * @seenotes{chapter-vma,vma-mmap}
 * @kquirk \~english No file system of mm24 accounts dirty pages
 *         (mapping_cap_account_dirty() is 0 for ramfs and tmpfs, which
 *         have no backing device to write to), so the last test always
 *         answers 0 and is written as that.
 *         \~chinese mm24 的文件系统都不统计脏页（ramfs 与 tmpfs 没有可写回的后备
 *         设备，mapping_cap_account_dirty() 为 0），所以最后一项检查总是为 0，
 *         直接写成 0。 \~
 */
int vma_wants_writenotify(struct vm_area_struct *area)
{
	unsigned int vmflags = (unsigned int)area->vm_flags;

	/* private or read-only: no write bit in the PTEs anyway */
	if ((vmflags & (VM_WRITE | VM_SHARED)) != (VM_WRITE | VM_SHARED))
		return 0;

	/* the mapper wants to hear of the first write */
	if (area->vm_ops && area->vm_ops->page_mkwrite)
		return 1;

	/* ->mmap() changed the protection already */
	if (pgprot_val(area->vm_page_prot) !=
	    pgprot_val(vm_get_page_prot(vmflags)))
		return 0;

	if (vmflags & (VM_PFNMAP | VM_INSERTPAGE))
		return 0;

	return 0;
}

/**
 * @brief \~english Make the VMA of a checked mmap: unmap the old, account, merge or link.
 *        \~chinese 为已检查过的 mmap 建立线性区：解除旧映射、记账，然后合并或链入。 \~
 * @param filp \~english the file, or NULL \~chinese 文件，或 NULL \~
 * @param where \~english page-aligned address \~chinese 按页对齐的起始地址 \~
 * @param bytes \~english page-aligned length \~chinese 按页对齐的长度 \~
 * @param mflags \~english MAP_* bits \~chinese MAP_* 标志位 \~
 * @param vmflags \~english the VMA's flags \~chinese 线性区的标志 \~
 * @param poff \~english file offset in pages (anonymous: addr >> PAGE_SHIFT)
 *             \~chinese 文件内的偏移量，以页为单位（匿名映射为 addr >> PAGE_SHIFT） \~
 * @param accountable \~english 0 for hugetlbfs, which accounts on its own
 *                    \~chinese hugetlbfs 传 0，它自己做提交记账 \~
 * @return \~english @p where, or a negative errno
 *         \~chinese 成功返回 @p where，否则返回负的错误码 \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mmap.c,1067}
 * @seenotes{chapter-vma,vma-mmap}
 * @kquirk \~english No NUMA policy (vma_policy(), mpol_free()): the second
 *         vma_merge() gets NULL as the policy.  A file's
 *         ->mmap() never moves the VMA, so "addr = vma->vm_start" is a
 *         no-op kept for the shape.
 *         \~chinese 没有 NUMA 内存策略（vma_policy()、mpol_free()）。文件的
 *         ->mmap() 从不移动线性区，所以 "addr = vma->vm_start" 只是为保持结构而
 *         保留的空操作。 \~
 */
unsigned long mmap_region(struct file *filp, unsigned long where,
			  unsigned long bytes, unsigned long mflags,
			  unsigned int vmflags, unsigned long poff,
			  int accountable)
{
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area, *before = NULL;
	int correct_wcount = 0;
	int error;
	struct rb_node **rb_link = NULL, *rb_parent = NULL;
	unsigned long charged = 0;
	struct inode *inode = filp ? filp->f_path.dentry->d_inode : NULL;

	/* whatever is mapped in the range goes first */
	error = -ENOMEM;
munmap_back:
	area = find_vma_prepare(space, where, &before, &rb_link, &rb_parent);
	if (area && area->vm_start < where + bytes) {
		if (do_munmap(space, where, bytes))
			return -ENOMEM;
		goto munmap_back;
	}

	if (!may_expand_vm(space, bytes >> PAGE_SHIFT))
		return -ENOMEM;

	if (accountable && (!(mflags & MAP_NORESERVE) ||
			    sysctl_overcommit_memory == OVERCOMMIT_NEVER)) {
		if (vmflags & VM_SHARED) {
			/* shmem_zero_setup() charges the shared object */
			vmflags |= VM_ACCOUNT;
		} else if (vmflags & VM_WRITE) {
			/* private writable: every page may be copied */
			charged = bytes >> PAGE_SHIFT;
			if (security_vm_enough_memory((long)charged))
				return -ENOMEM;
			vmflags |= VM_ACCOUNT;
		}
	}

	/* anonymous private memory may just extend a neighbour (not a
	 * shared one: shmem_zero_setup() gives that a file below) */
	if (!filp && !(vmflags & VM_SHARED) &&
	    vma_merge(space, before, where, where + bytes, vmflags, NULL, NULL, poff,
		      NULL))
		goto out;

	area = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL);
	if (!area) {
		error = -ENOMEM;
		goto unacct_error;
	}

	area->vm_mm = space;
	area->vm_start = where;
	area->vm_end = where + bytes;
	area->vm_flags = vmflags;
	area->vm_page_prot = vm_get_page_prot(vmflags);
	area->vm_pgoff = poff;

	if (filp) {
		error = -EINVAL;
		if (vmflags & (VM_GROWSDOWN | VM_GROWSUP))
			goto free_vma;
		if (vmflags & VM_DENYWRITE) {
			error = deny_write_access(filp);
			if (error)
				goto free_vma;
			correct_wcount = 1;
		}
		area->vm_file = filp;
		get_file(filp);
		error = filp->f_op->mmap(filp, area);
		if (error)
			goto unmap_and_free_vma;
	} else if (vmflags & VM_SHARED) {
		error = shmem_zero_setup(area);
		if (error)
			goto free_vma;
	}

	/* the reservation of a shared mapping belongs to its shmem object,
	 * not to the VMA */
	if ((vmflags & (VM_SHARED | VM_ACCOUNT)) == (VM_SHARED | VM_ACCOUNT))
		area->vm_flags &= ~VM_ACCOUNT;

	where = area->vm_start;
	poff = area->vm_pgoff;
	vmflags = (unsigned int)area->vm_flags;

	if (vma_wants_writenotify(area))
		area->vm_page_prot = vm_get_page_prot(vmflags & ~VM_SHARED);

	if (!filp || !vma_merge(space, before, where, area->vm_end, area->vm_flags,
				NULL, filp, poff, NULL)) {
		filp = area->vm_file;
		vma_link(space, area, before, rb_link, rb_parent);
		if (correct_wcount)
			atomic_inc(&inode->i_writecount);
	} else {
		/* merged into a neighbour: this VMA is not needed */
		if (filp) {
			if (correct_wcount)
				atomic_inc(&inode->i_writecount);
			fput(filp);
		}
		kmem_cache_free(vm_area_cachep, area);
	}
out:
	space->total_vm += bytes >> PAGE_SHIFT;
	vm_stat_account(space, vmflags, filp, (long)(bytes >> PAGE_SHIFT));
	if (vmflags & VM_LOCKED) {
		space->locked_vm += bytes >> PAGE_SHIFT;
		make_pages_present(where, where + bytes);
	}
	if ((mflags & MAP_POPULATE) && !(mflags & MAP_NONBLOCK))
		make_pages_present(where, where + bytes);
	return where;

unmap_and_free_vma:
	if (correct_wcount)
		atomic_inc(&inode->i_writecount);
	area->vm_file = NULL;
	fput(filp);

	/* a driver's ->mmap() may have mapped part of it */
	unmap_region(space, area, before, area->vm_start, area->vm_end);
	charged = 0;
free_vma:
	kmem_cache_free(vm_area_cachep, area);
unacct_error:
	if (charged)
		vm_unacct_memory((long)charged);
	return (unsigned long)(long)error;
}

/**
 * @brief \~english Bottom-up search for a hole of @p bytes bytes, from free_area_cache.
 *        \~chinese 自底向上查找 len 字节的空洞，从 free_area_cache 开始。 \~
 * @param filp \~english the file (unused) \~chinese 文件（未使用） \~
 * @param where \~english a hint \~chinese 建议地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @param poff \~english the file offset (unused)
 *             \~chinese 文件偏移量（未使用） \~
 * @param mflags \~english MAP_FIXED returns @p where as it is
 *               \~chinese 带 MAP_FIXED 时原样返回 @p where \~
 * @return \~english the address, or -ENOMEM
 *         \~chinese 找到的线性地址；没有空洞时返回 -ENOMEM \~
 * @kernel{mm/mmap.c,1235}
 * @seenotes{chapter-vma,vma-layout}
 */
unsigned long arch_get_unmapped_area(struct file *filp, unsigned long where,
				     unsigned long bytes, unsigned long poff,
				     unsigned long mflags)
{
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area;
	unsigned long start_addr;

	(void)filp;
	(void)poff;
	if (bytes > TASK_SIZE)
		return -ENOMEM;

	if (mflags & MAP_FIXED)
		return where;

	if (where) {
		where = (u32)PAGE_ALIGN(where);	/* wraps to 0 as on i386 */
		area = find_vma(space, where);
		/* the hint is taken if the hole there is big enough */
		if (TASK_SIZE - bytes >= where &&
		    (!area || where + bytes <= area->vm_start))
			return where;
	}
	/* a request no larger than a hole known below the cache may fit
	 * there: search from the bottom */
	if (bytes > space->cached_hole_size) {
		start_addr = space->free_area_cache;
		where = start_addr;
	} else {
		start_addr = TASK_UNMAPPED_BASE;
		where = start_addr;
		space->cached_hole_size = 0;
	}

full_search:
	for (area = find_vma(space, where); ; area = area->vm_next) {
		/* here !vma || addr < vma->vm_end */
		if (TASK_SIZE - bytes < where) {
			/* past the top: once more from the bottom, for the
			 * holes below where this search began */
			if (start_addr != TASK_UNMAPPED_BASE) {
				start_addr = TASK_UNMAPPED_BASE;
				where = start_addr;
				space->cached_hole_size = 0;
				goto full_search;
			}
			return -ENOMEM;
		}
		if (!area || where + bytes <= area->vm_start) {
			/* the next search starts after this mapping */
			space->free_area_cache = where + bytes;
			return where;
		}
		if (where + space->cached_hole_size < area->vm_start)
			space->cached_hole_size = area->vm_start - where;
		where = area->vm_end;
	}
}

/**
 * @brief \~english After an unmap at @p where: move the bottom-up search start down to it.
 *        \~chinese 在 addr 处解除映射之后：把自底向上搜索的起点下移到这里。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param where \~english the lowest address freed
 *              \~chinese 被释放区间的最低地址 \~
 * @kernel{mm/mmap.c,1292}
 * @seenotes{chapter-vma,vma-layout}
 */
void arch_unmap_area(struct mm_struct *space, unsigned long where)
{
	/* a new hole below where the search would start */
	if (where >= TASK_UNMAPPED_BASE && where < space->free_area_cache) {
		space->free_area_cache = where;
		space->cached_hole_size = ~0UL;
	}
}

/**
 * @brief \~english Top-down search for a hole of @p bytes bytes, below mmap_base.
 *        \~chinese 自顶向下查找 len 字节的空洞，从 mmap_base 之下开始。 \~
 * @param filp \~english the file (passed to the bottom-up fallback)
 *             \~chinese 文件（传给自底向上的后备查找） \~
 * @param addr0 \~english a hint \~chinese 建议地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @param poff \~english the file offset \~chinese 文件偏移量 \~
 * @param mflags \~english MAP_FIXED returns @p addr0 as it is
 *               \~chinese 带 MAP_FIXED 时原样返回 @p addr0 \~
 * @return \~english the address, or -ENOMEM
 *         \~chinese 找到的线性地址；没有空洞时返回 -ENOMEM \~
 * @kernel{mm/mmap.c,1309}
 * @seenotes{chapter-vma,vma-layout}
 */
unsigned long arch_get_unmapped_area_topdown(struct file *filp,
					     unsigned long addr0,
					     unsigned long bytes,
					     unsigned long poff,
					     unsigned long mflags)
{
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area;
	unsigned long where = addr0;

	if (bytes > TASK_SIZE)
		return -ENOMEM;

	if (mflags & MAP_FIXED)
		return where;

	if (where) {
		where = (u32)PAGE_ALIGN(where);
		area = find_vma(space, where);
		if (TASK_SIZE - bytes >= where &&
		    (!area || where + bytes <= area->vm_start))
			return where;
	}

	/* a hole big enough is known above the cache: restart at the
	 * base */
	if (bytes <= space->cached_hole_size) {
		space->cached_hole_size = 0;
		space->free_area_cache = space->mmap_base;
	}

	where = space->free_area_cache;

	/* just below the cache, if the area there is free */
	if (where > bytes) {
		area = find_vma(space, where - bytes);
		if (!area || where <= area->vm_start) {
			return (space->free_area_cache = where - bytes);
		}
	}

	if (space->mmap_base < bytes)
		goto bottomup;

	where = space->mmap_base - bytes;

	do {
		/* no VMA above, or room below the one found: done */
		area = find_vma(space, where);
		if (!area || where + bytes <= area->vm_start) {
			space->free_area_cache = where;
			return where;
		}

		if (where + space->cached_hole_size < area->vm_start)
			space->cached_hole_size = area->vm_start - where;

		/* just below this VMA next */
		where = area->vm_start - bytes;
	} while (bytes < area->vm_start);

bottomup:
	/* nothing below mmap_base: try bottom-up from TASK_UNMAPPED_BASE
	 * (a huge stack rlimit leaves little room), then restore the
	 * top-down state */
	space->cached_hole_size = ~0UL;
	space->free_area_cache = TASK_UNMAPPED_BASE;
	where = arch_get_unmapped_area(filp, addr0, bytes, poff, mflags);
	space->free_area_cache = space->mmap_base;
	space->cached_hole_size = ~0UL;

	return where;
}

/**
 * @brief \~english After an unmap ending at @p where: raise the top-down search start.
 *        \~chinese 在 addr 处解除映射之后：把自顶向下搜索的起点上移。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param where \~english the start of what follows the freed range
 *              \~chinese 被释放区间之后那部分的起始地址 \~
 * @kernel{mm/mmap.c,1394}
 * @seenotes{chapter-vma,vma-layout}
 */
void arch_unmap_area_topdown(struct mm_struct *space, unsigned long where)
{
	/* a new hole above where the search would start */
	if (where > space->free_area_cache)
		space->free_area_cache = where;

	/* but never above mmap_base */
	if (space->free_area_cache > space->mmap_base)
		space->free_area_cache = space->mmap_base;
}

/**
 * @brief \~english The address for a mapping: the file's or the mm's search, then checks.
 *        \~chinese 为映射选定地址：调用文件或 mm 的搜索函数，再做检查。 \~
 * @param filp \~english the file, or NULL \~chinese 文件，或 NULL \~
 * @param where \~english a hint or the fixed address
 *              \~chinese 建议地址，或固定地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @param poff \~english the file offset in pages
 *             \~chinese 文件内的偏移量，以页为单位 \~
 * @param mflags \~english MAP_* bits \~chinese MAP_* 标志位 \~
 * @return \~english the address, or a negative errno
 *         \~chinese 找到的线性地址；失败返回负的错误码 \~
 * @kernel{mm/mmap.c,1408}
 * @seenotes{chapter-vma,vma-layout}
 */
unsigned long get_unmapped_area(struct file *filp, unsigned long where,
				unsigned long bytes, unsigned long poff,
				unsigned long mflags)
{
	unsigned long (*search)(struct file *, unsigned long, unsigned long,
				  unsigned long, unsigned long);

	search = current->mm->get_unmapped_area;
	if (filp && filp->f_op && filp->f_op->get_unmapped_area)
		search = filp->f_op->get_unmapped_area;
	where = search(filp, where, bytes, poff, mflags);
	if (IS_ERR_VALUE(where))
		return where;

	if (where > TASK_SIZE - bytes)
		return -ENOMEM;
	if (where & ~PAGE_MASK)
		return -EINVAL;

	return where;
}

/**
 * @brief \~english The first VMA that ends above @p where (it may start above it too).
 *        \~chinese 查找第一个结束地址大于 addr 的线性区（它也可能起始于 addr 之上）。 \~
 * @param space \~english the address space (NULL: none)
 *              \~chinese 地址空间（NULL：没有） \~
 * @param where \~english the address \~chinese 线性地址 \~
 * @return \~english the VMA, or NULL if every VMA ends at or below @p where
 *         \~chinese 找到的线性区；若所有线性区都结束于 @p where 或其下，返回 NULL \~
 * @kernel{mm/mmap.c,1432}
 * @seenotes{chapter-vma,vma-find}
 */
struct vm_area_struct *find_vma(struct mm_struct *space, unsigned long where)
{
	struct vm_area_struct *area = NULL;

	if (space) {
		/* the last answer is often the right one again */
		area = space->mmap_cache;
		if (!(area && area->vm_end > where && area->vm_start <= where)) {
			struct rb_node *walk = space->mm_rb.rb_node;

			area = NULL;
			while (walk) {
				struct vm_area_struct *here =
					rb_entry(walk, struct vm_area_struct,
						 vm_rb);

				if (here->vm_end > where) {
					area = here;
					if (here->vm_start <= where)
						break;
					walk = walk->rb_left;
				} else
					walk = walk->rb_right;
			}
			if (area)
				space->mmap_cache = area;
		}
	}
	return area;
}

/**
 * @brief \~english find_vma(), and the VMA before the one it returns.
 *        \~chinese 与 find_vma() 相同，另外返回其结果之前的那个线性区。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param where \~english the address \~chinese 线性地址 \~
 * @param pprev \~english the predecessor (NULL: none)
 *              \~chinese 前驱线性区（NULL：没有） \~
 * @return \~english the first VMA ending above @p where, or NULL
 *         \~chinese 第一个结束地址大于 @p where 的线性区；没有则返回 NULL \~
 * @kernel{mm/mmap.c,1471}
 * @seenotes{chapter-vma,vma-find}
 */
struct vm_area_struct *find_vma_prev(struct mm_struct *space, unsigned long where,
				     struct vm_area_struct **pprev)
{
	struct vm_area_struct *area = NULL, *before = NULL;
	struct rb_node *walk;

	if (!space)
		goto out;

	/* when addr is below every VMA, the answer is the first */
	area = space->mmap;

	walk = space->mm_rb.rb_node;
	while (walk) {
		struct vm_area_struct *here =
			rb_entry(walk, struct vm_area_struct, vm_rb);

		if (where < here->vm_end) {
			walk = walk->rb_left;
		} else {
			before = here;
			/* the one after prev ends above addr: found */
			if (!before->vm_next || where < before->vm_next->vm_end)
				break;
			walk = walk->rb_right;
		}
	}

out:
	*pprev = before;
	return before ? before->vm_next : area;
}

/**
 * @brief \~english May the stack VMA grow to @p size bytes, by @p grow pages?  Count them.
 *        \~chinese 栈线性区能否增长到 size 字节（增加 grow 个页）？可以则计入统计。 \~
 * @param area \~english the stack VMA \~chinese 栈线性区 \~
 * @param size \~english its size after growing
 *             \~chinese 增长后的大小（字节） \~
 * @param grow \~english the pages added \~chinese 增加的页数 \~
 * @return \~english 0, -ENOMEM (a limit) or -EFAULT
 *         \~chinese 成功返回 0；超出某项限制时返回 -ENOMEM；-EFAULT 在 mm24 中不会出现（见下） \~
 * @kernel{mm/mmap.c,1509}
 * @seenotes{chapter-vma,vma-stack}
 * @kquirk \~english No hugetlb-only ranges on i386: is_hugepage_only_range()
 *         is 0 and the test that would return -EFAULT is left out.
 *         \~chinese i386 上没有只能用于大页的区间：is_hugepage_only_range() 为 0，
 *         因此省略了会返回 -EFAULT 的那项检查。 \~
 */
static int acct_stack_growth(struct vm_area_struct *area, unsigned long size,
			     unsigned long grow)
{
	struct mm_struct *space = area->vm_mm;
	struct rlimit *lim = current->signal->rlim;

	if (!may_expand_vm(space, grow))
		return -ENOMEM;

	if (size > lim[RLIMIT_STACK].rlim_cur)
		return -ENOMEM;

	if (area->vm_flags & VM_LOCKED) {
		unsigned long locked = space->locked_vm + grow;
		unsigned long limit = lim[RLIMIT_MEMLOCK].rlim_cur >>
				      PAGE_SHIFT;

		if (locked > limit && !capable(CAP_IPC_LOCK))
			return -ENOMEM;
	}

	/* last: a successful check charges the pages */
	if (security_vm_enough_memory((long)grow))
		return -ENOMEM;

	space->total_vm += grow;
	if (area->vm_flags & VM_LOCKED)
		space->locked_vm += grow;
	vm_stat_account(space, area->vm_flags, area->vm_file, (long)grow);
	return 0;
}

/**
 * @brief \~english Lower the start of a stack VMA to cover @p address.
 *        \~chinese 降低栈线性区的起始地址，使之覆盖 address。 \~
 * @param area \~english the VM_GROWSDOWN VMA \~chinese VM_GROWSDOWN 线性区 \~
 * @param address \~english the address to cover \~chinese 要覆盖的线性地址 \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @kernel{mm/mmap.c,1610}
 * @seenotes{chapter-vma,vma-stack}
 * @kquirk \~english No LSM: security_file_mmap() always allows and is
 *         left out.
 *         \~chinese 没有安全模块：security_file_mmap() 总是允许，予以省略。 \~
 */
static inline int expand_downwards(struct vm_area_struct *area,
				   unsigned long address)
{
	int error;

	/* an anon_vma, so that its lock below is a real one */
	if (unlikely(anon_vma_prepare(area)))
		return -ENOMEM;

	address &= PAGE_MASK;

	anon_vma_lock(area);

	/* another thread may have grown it already */
	error = 0;
	if (address < area->vm_start) {
		unsigned long size = area->vm_end - address;
		unsigned long grow = (area->vm_start - address) >> PAGE_SHIFT;

		error = acct_stack_growth(area, size, grow);
		if (!error) {
			area->vm_start = address;
			area->vm_pgoff -= grow;
		}
	}
	anon_vma_unlock(area);
	return error;
}

/**
 * @brief \~english Grow a stack VMA (downwards on i386) to cover @p address.
 *        \~chinese 让栈线性区增长（i386 上向下）以覆盖 address。 \~
 * @param area \~english the VM_GROWSDOWN VMA above @p address
 *             \~chinese @p address 之上的 VM_GROWSDOWN 线性区 \~
 * @param address \~english the address to cover \~chinese 要覆盖的线性地址 \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @kernel{mm/mmap.c,1679}
 * @seenotes{chapter-vma,vma-stack}
 */
int expand_stack(struct vm_area_struct *area, unsigned long address)
{
	return expand_downwards(area, address);
}

/**
 * @brief \~english The VMA that covers @p where, growing a stack down to it if needed.
 *        \~chinese 找到覆盖 addr 的线性区；必要时让栈向下增长以覆盖它。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param where \~english the address \~chinese 线性地址 \~
 * @return \~english the VMA, or NULL \~chinese 找到的线性区；没有则返回 NULL \~
 * @kernel{mm/mmap.c,1685}
 * @seenotes{chapter-vma,vma-stack}
 */
struct vm_area_struct *find_extend_vma(struct mm_struct *space,
				       unsigned long where)
{
	struct vm_area_struct *area;
	unsigned long start;

	where &= PAGE_MASK;
	area = find_vma(space, where);
	if (!area)
		return NULL;
	if (area->vm_start <= where)
		return area;
	if (!(area->vm_flags & VM_GROWSDOWN))
		return NULL;
	start = area->vm_start;
	if (expand_stack(area, where))
		return NULL;
	if (area->vm_flags & VM_LOCKED)
		make_pages_present(where, start);
	return area;
}

/**
 * @brief \~english Uncount and free the detached VMAs of an unmap.
 *        \~chinese 把解除映射摘下的线性区从统计中扣除并逐个释放。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the first of the detached list
 *             \~chinese 已摘下链表中的第一个线性区 \~
 * @kernel{mm/mmap.c,1713}
 * @seenotes{chapter-vma,vma-unmap}
 */
static void remove_vma_list(struct mm_struct *space, struct vm_area_struct *area)
{
	/* the peak, before total_vm comes down */
	update_hiwater_vm(space);
	do {
		long nrpages = (long)vma_pages(area);

		space->total_vm -= (unsigned long)nrpages;
		if (area->vm_flags & VM_LOCKED)
			space->locked_vm -= (unsigned long)nrpages;
		vm_stat_account(space, area->vm_flags, area->vm_file, -nrpages);
		area = remove_vma(area);
	} while (area);
}

/**
 * @brief \~english Clear the page tables of [@p start, @p end), and free the empty ones.
 *        \~chinese 清除 [start, end) 的页表项，并释放已空的页表。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the first detached VMA
 *             \~chinese 第一个已摘下的线性区 \~
 * @param before \~english the VMA before the range (NULL: none)
 *               \~chinese 区间之前的线性区（NULL：没有） \~
 * @param start, end \~english the range \~chinese 区间 \~
 * @kernel{mm/mmap.c,1734}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No LRU pagevecs: lru_add_drain() is left out (see
 *         free_pages_and_swap_cache()).
 *         \~chinese 没有 LRU 的 pagevec：省略了 lru_add_drain()（参见
 *         free_pages_and_swap_cache()）。 \~
 */
static void unmap_region(struct mm_struct *space, struct vm_area_struct *area,
			 struct vm_area_struct *before, unsigned long start,
			 unsigned long end)
{
	struct vm_area_struct *after = before ? before->vm_next : space->mmap;
	struct mmu_gather *tlb;
	unsigned long nr_accounted = 0;

	tlb = tlb_gather_mmu(space, 0);
	update_hiwater_rss(space);
	unmap_vmas(&tlb, area, start, end, &nr_accounted, NULL);
	vm_unacct_memory((long)nr_accounted);
	/* page tables may go up to the neighbours, not into them */
	free_pgtables(&tlb, area, before ? before->vm_end : FIRST_USER_ADDRESS,
		      after ? after->vm_start : 0);
	tlb_finish_mmu(tlb, start, end);
}

/**
 * @brief \~english Take the VMAs from @p area up to @p end off list and tree.
 *        \~chinese 把从 vma 开始、直到 end 的线性区从链表和红黑树中摘下。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the first VMA to go \~chinese 第一个要摘下的线性区 \~
 * @param before \~english the one before it (NULL: none)
 *               \~chinese 它前面的线性区（NULL：没有） \~
 * @param end \~english the end of the range \~chinese 区间的结束地址 \~
 * @kernel{mm/mmap.c,1757}
 * @seenotes{chapter-vma,vma-unmap}
 */
static void detach_vmas_to_be_unmapped(struct mm_struct *space,
				       struct vm_area_struct *area,
				       struct vm_area_struct *before,
				       unsigned long end)
{
	struct vm_area_struct **insertion_point;
	struct vm_area_struct *tail_vma = NULL;
	unsigned long where;

	insertion_point = before ? &before->vm_next : &space->mmap;
	do {
		rb_erase(&area->vm_rb, &space->mm_rb);
		space->map_count--;
		tail_vma = area;
		area = area->vm_next;
	} while (area && area->vm_start < end);
	/* the list skips them; they form a list of their own */
	*insertion_point = area;
	tail_vma->vm_next = NULL;
	if (space->unmap_area == arch_unmap_area)
		where = before ? before->vm_end : space->mmap_base;
	else
		where = area ? area->vm_start : space->mmap_base;
	space->unmap_area(space, where);
	space->mmap_cache = NULL;		/* it may point at one of them */
}

/**
 * @brief \~english Split @p area in two at @p where; a new VMA takes one of the pieces.
 *        \~chinese 在 addr 处把 vma 一分为二，由新的线性区承担其中一段。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param where \~english the page-aligned address inside it
 *              \~chinese 线性区内按页对齐的拆分地址 \~
 * @param new_below \~english 1: the new VMA is the lower piece; 0: the upper
 *                  \~chinese 1：新线性区取低的一段；0：取高的一段 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/mmap.c,1785}
 * @seenotes{chapter-vma,vma-split}
 * @kquirk \~english No hugetlb VMAs (is_vm_hugetlb_page() is 0) and no NUMA
 *         policy to copy (mpol_copy(), vma_set_policy()), so no failed copy
 *         to undo (IS_ERR(), PTR_ERR() of pol).
 *         \~chinese 没有大页线性区（is_vm_hugetlb_page() 为 0），也没有要复制的
 *         NUMA 内存策略（mpol_copy()、vma_set_policy()）。 \~
 */
int split_vma(struct mm_struct *space, struct vm_area_struct *area,
	      unsigned long where, int new_below)
{
	struct vm_area_struct *piece;

	if (space->map_count >= sysctl_max_map_count)
		return -ENOMEM;

	piece = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
	if (!piece)
		return -ENOMEM;

	/* a copy, then the bounds of the piece it takes */
	*piece = *area;

	if (new_below)
		piece->vm_end = where;
	else {
		piece->vm_start = where;
		piece->vm_pgoff += (where - area->vm_start) >> PAGE_SHIFT;
	}

	if (piece->vm_file)
		get_file(piece->vm_file);

	if (piece->vm_ops && piece->vm_ops->open)
		piece->vm_ops->open(piece);

	if (new_below) {
		unsigned long moved = (where - piece->vm_start) >> PAGE_SHIFT;

		vma_adjust(area, where, area->vm_end, area->vm_pgoff + moved, piece);
	} else
		vma_adjust(area, area->vm_start, where, area->vm_pgoff, piece);

	return 0;
}

/**
 * @brief \~english Unmap [@p start, @p start + @p bytes): split, detach, clear, free.
 *        \~chinese 解除 [start, start + len) 的映射：拆分、摘下、清页表、释放。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param start \~english page-aligned address \~chinese 按页对齐的起始地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mmap.c,1838}
 * @seenotes{chapter-vma,vma-unmap}
 */
int do_munmap(struct mm_struct *space, unsigned long start, size_t bytes)
{
	unsigned long end;
	struct vm_area_struct *area, *before, *last;

	if ((start & ~PAGE_MASK) || start > TASK_SIZE || bytes > TASK_SIZE - start)
		return -EINVAL;

	bytes = (u32)PAGE_ALIGN(bytes);
	if (bytes == 0)
		return -EINVAL;

	/* the first VMA that ends above start */
	area = find_vma_prev(space, start, &before);
	if (!area)
		return 0;

	end = start + bytes;
	if (area->vm_start >= end)
		return 0;	/* a hole: nothing to do */

	/* split first, so the rest deals in whole VMAs; the lower split
	 * keeps the original VMA below (mremap's move_vma() relies on it) */
	if (start > area->vm_start) {
		int error = split_vma(space, area, start, 0);

		if (error)
			return error;
		before = area;
	}

	last = find_vma(space, end);
	if (last && end > last->vm_start) {
		int error = split_vma(space, last, end, 1);

		if (error)
			return error;
	}
	area = before ? before->vm_next : space->mmap;

	detach_vmas_to_be_unmapped(space, area, before, end);
	unmap_region(space, area, before, start, end);

	remove_vma_list(space, area);

	return 0;
}

/**
 * @brief \~english munmap(): do_munmap() on the current mm under mmap_sem.
 *        \~chinese munmap() 系统调用：持有 mmap_sem 对当前 mm 调用 do_munmap()。 \~
 * @param where \~english the address \~chinese 线性地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @kernel{mm/mmap.c,1897}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No profiling: profile_munmap() is left out.
 *         \~chinese 没有性能剖析：省略了 profile_munmap()。 \~
 */
long sys_munmap(unsigned long where, size_t bytes)
{
	struct mm_struct *space = current->mm;
	int err;

	down_write(&space->mmap_sem);
	err = do_munmap(space, where, bytes);
	up_write(&space->mmap_sem);
	return err;
}

/**
 * @brief \~english CONFIG_DEBUG_VM: warn if mmap_sem is not held for writing.
 *        \~chinese CONFIG_DEBUG_VM：若未以写方式持有 mmap_sem 则发出警告。 \~
 * @param space \~english the address space whose mmap_sem must be held for writing \~chinese 必须以写方式持有其 mmap_sem 的地址空间 \~
 * @kernel{mm/mmap.c,1910}
 * @seenotes{chapter-vma,vma-brk}
 */
static inline void verify_mm_writelocked(struct mm_struct *space)
{
	if (unlikely(down_read_trylock(&space->mmap_sem))) {
		WARN_ON(1);
		up_read(&space->mmap_sem);
	}
}

/**
 * @brief \~english An anonymous mapping at a fixed address, for brk and exec: a short mmap.
 *        \~chinese 在固定地址建立匿名映射（供 brk 与 exec 使用）：简化的 mmap。 \~
 * @param where \~english page-aligned address \~chinese 按页对齐的起始地址 \~
 * @param bytes \~english the length \~chinese 长度（字节） \~
 * @return \~english @p where, or a negative errno
 *         \~chinese 成功返回 @p where，否则返回负的错误码 \~
 * @context \~english mmap_sem held for writing
 *          \~chinese 调用者以写方式持有 mmap_sem \~
 * @kernel{mm/mmap.c,1925}
 * @seenotes{chapter-vma,vma-brk}
 * @kquirk \~english No LSM and no hugetlb-only ranges:
 *         security_file_mmap() and is_hugepage_only_range() always allow
 *         and are left out; arch_mmap_check() is 0 on i386.  The overflow
 *         test of addr + len wraps at 32 bits, as on i386.
 *         \~chinese 没有安全模块，也没有只能用于大页的区间：security_file_mmap() 与
 *         is_hugepage_only_range() 总是放行，予以省略；i386 上 arch_mmap_check()
 *         为 0。对 addr + len 的溢出检查按 32 位回绕，与 i386 相同。 \~
 */
unsigned long do_brk(unsigned long where, unsigned long bytes)
{
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area, *before = NULL;
	unsigned long mflags;
	struct rb_node **rb_link = NULL, *rb_parent = NULL;
	pgoff_t poff = where >> PAGE_SHIFT;
	unsigned long npages;

	bytes = PAGE_ALIGN(bytes);
	if (!bytes)
		return where;

	if ((where + bytes) > TASK_SIZE || (u32)(where + bytes) < where)
		return -EINVAL;

	mflags = VM_DATA_DEFAULT_FLAGS | VM_ACCOUNT | space->def_flags;

	/* mlockall(MCL_FUTURE) locks the heap too */
	if (space->def_flags & VM_LOCKED) {
		unsigned long locked, lock_limit;

		locked = space->locked_vm + (bytes >> PAGE_SHIFT);
		lock_limit = current->signal->rlim[RLIMIT_MEMLOCK].rlim_cur >>
			     PAGE_SHIFT;
		if (locked > lock_limit && !capable(CAP_IPC_LOCK))
			return -EAGAIN;
	}

	verify_mm_writelocked(space);

	/* whatever is there goes first */
munmap_back:
	area = find_vma_prepare(space, where, &before, &rb_link, &rb_parent);
	if (area && area->vm_start < where + bytes) {
		if (do_munmap(space, where, bytes))
			return -ENOMEM;
		goto munmap_back;
	}

	npages = bytes >> PAGE_SHIFT;
	/* limits only after the old mappings are gone */
	if (!may_expand_vm(space, npages))
		return -ENOMEM;

	if (space->map_count > sysctl_max_map_count)
		return -ENOMEM;

	if (security_vm_enough_memory((long)npages))
		return -ENOMEM;

	/* usually the heap VMA below just grows */
	if (vma_merge(space, before, where, where + bytes, mflags, NULL, NULL, poff,
		      NULL))
		goto out;

	area = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL);
	if (!area) {
		vm_unacct_memory((long)npages);
		return -ENOMEM;
	}

	area->vm_mm = space;
	area->vm_start = where;
	area->vm_end = where + bytes;
	area->vm_pgoff = poff;
	area->vm_flags = mflags;
	area->vm_page_prot = vm_get_page_prot(mflags);
	vma_link(space, area, before, rb_link, rb_parent);
out:
	space->total_vm += npages;
	if (mflags & VM_LOCKED) {
		space->locked_vm += npages;
		make_pages_present(where, where + bytes);
	}
	return where;
}

/**
 * @brief \~english Tear down every mapping of an mm whose last user is gone.
 *        \~chinese 拆除最后一个使用者已离开的 mm 的全部映射。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @kernel{mm/mmap.c,2027}
 * @seenotes{chapter-vma,vma-mm}
 * @kquirk \~english No arch hook (arch_exit_mmap() is empty on i386), no
 *         LRU pagevecs to drain (lru_add_drain()), and flush_cache_mm()
 *         does nothing on x86.
 *         \~chinese 没有体系结构钩子（arch_exit_mmap() 在 i386 上为空），没有要排空
 *         的 LRU pagevec（lru_add_drain()），而 flush_cache_mm() 在 x86 上什么也
 *         不做。 \~
 */
void exit_mmap(struct mm_struct *space)
{
	struct mmu_gather *tlb;
	struct vm_area_struct *area = space->mmap;
	unsigned long nr_accounted = 0;
	unsigned long end;

	tlb = tlb_gather_mmu(space, 1);
	/* end -1: every VMA of the list */
	end = unmap_vmas(&tlb, area, 0, -1UL, &nr_accounted, NULL);
	vm_unacct_memory((long)nr_accounted);
	free_pgtables(&tlb, area, FIRST_USER_ADDRESS, 0);
	tlb_finish_mmu(tlb, 0, end);

	/* now close and free them */
	while (area)
		area = remove_vma(area);

	BUG_ON(space->nr_ptes > (FIRST_USER_ADDRESS + PMD_SIZE - 1) >> PMD_SHIFT);
}

/**
 * @brief \~english Link a VMA built by the caller (exec's stack) into the mm.
 *        \~chinese 把调用者构造好的线性区（如 exec 的栈）链入 mm。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @return \~english 0, or -ENOMEM if it overlaps or cannot be committed
 *         \~chinese 成功返回 0；与已有线性区重叠或无法提交时返回 -ENOMEM \~
 * @kernel{mm/mmap.c,2061}
 * @seenotes{chapter-vma,vma-link}
 */
int insert_vm_struct(struct mm_struct *space, struct vm_area_struct *area)
{
	struct vm_area_struct *hit, *before = NULL;
	struct rb_node **rb_link = NULL, *rb_parent = NULL;

	/* anonymous memory's offset is its address, as in do_mmap_pgoff(),
	 * so /proc/PID/maps and the merge rules see what they expect */
	if (!area->vm_file) {
		BUG_ON(area->anon_vma);
		area->vm_pgoff = area->vm_start >> PAGE_SHIFT;
	}
	hit = find_vma_prepare(space, area->vm_start, &before, &rb_link, &rb_parent);
	if (hit && hit->vm_start < area->vm_end)
		return -ENOMEM;
	if ((area->vm_flags & VM_ACCOUNT) &&
	    security_vm_enough_memory_mm(space, (long)vma_pages(area)))
		return -ENOMEM;
	vma_link(space, area, before, rb_link, rb_parent);
	return 0;
}

/**
 * @brief \~english A copy of @p *vmap's VMA at @p where, for mremap's move; merged if it can be.
 *        \~chinese 为 mremap 的移动在 addr 处复制 *vmap 所指的线性区；能合并则合并。 \~
 * @param vmap \~english the VMA being moved (updated if it was merged into the
 *             copy)
 *             \~chinese 正在移动的线性区（若它被并入副本，则更新为副本） \~
 * @param where, bytes, poff \~english where the copy goes
 *                           \~chinese 副本的位置：起始地址、长度与文件偏移量 \~
 * @return \~english the new VMA, or NULL \~chinese 新线性区；失败返回 NULL \~
 * @kernel{mm/mmap.c,2096}
 * @seenotes{chapter-vma,vma-mremap}
 * @kquirk \~english No NUMA policy to copy (mpol_copy(), vma_set_policy()),
 *         so no failed copy to undo (IS_ERR() of pol).
 *         \~chinese 没有要复制的 NUMA 内存策略（mpol_copy()、vma_set_policy()），
 *         因此也没有需要撤销的复制失败（对 pol 的 IS_ERR()）。 \~
 */
struct vm_area_struct *copy_vma(struct vm_area_struct **vmap,
				unsigned long where, unsigned long bytes,
				pgoff_t poff)
{
	struct vm_area_struct *area = *vmap;
	unsigned long vma_start = area->vm_start;
	struct mm_struct *space = area->vm_mm;
	struct vm_area_struct *copy, *before = NULL;
	struct rb_node **rb_link = NULL, *rb_parent = NULL;

	/* never faulted anonymous memory: its offset follows it, so it
	 * merges at its new place */
	if (!area->vm_file && !area->anon_vma)
		poff = where >> PAGE_SHIFT;

	find_vma_prepare(space, where, &before, &rb_link, &rb_parent);
	copy = vma_merge(space, before, where, where + bytes, area->vm_flags,
			    area->anon_vma, area->vm_file, poff, NULL);
	if (copy) {
		/* the source may have been merged into it */
		if (vma_start >= copy->vm_start &&
		    vma_start < copy->vm_end)
			*vmap = copy;
	} else {
		copy = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
		if (copy) {
			*copy = *area;
			copy->vm_start = where;
			copy->vm_end = where + bytes;
			copy->vm_pgoff = poff;
			if (copy->vm_file)
				get_file(copy->vm_file);
			if (copy->vm_ops && copy->vm_ops->open)
				copy->vm_ops->open(copy);
			vma_link(space, copy, before, rb_link, rb_parent);
		}
	}
	return copy;
}

/**
 * @brief \~english May the address space grow by @p npages within RLIMIT_AS?
 *        \~chinese 地址空间能否在 RLIMIT_AS 限制内再增加 npages 个页？ \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param npages \~english the growth \~chinese 增长的页数 \~
 * @return \~english 1 if it may \~chinese 在 RLIMIT_AS 之内可以增长时返回 1 \~
 * @kernel{mm/mmap.c,2150}
 * @seenotes{chapter-vma,vma-limits}
 */
int may_expand_vm(struct mm_struct *space, unsigned long npages)
{
	unsigned long limit = current->signal->rlim[RLIMIT_AS].rlim_cur >>
			      PAGE_SHIFT;

	if (space->total_vm + npages > limit)
		return 0;
	return 1;
}
