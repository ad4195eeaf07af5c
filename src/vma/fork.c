/**
 * @file
 * @brief \~english Tasks and address spaces are born and die: mm_alloc(), mmput(), copy_process().
 *        \~chinese 进程与地址空间的创建和消亡：mm_alloc()、mmput()、copy_process()。 \~
 *
 * fork.c (vma unit) - the address-space side of kernel/fork.c.
 *
 * An mm_struct is counted twice: mm_users is the number of tasks that
 * run in it (threads, a vfork child until it execs), mm_count the
 * number of references to the structure, all the users counting as one
 * (a kernel thread borrowing it in lazy TLB mode holds one too).
 *  - mm_alloc(): a zeroed mm from the mm_struct cache; mm_init() sets
 *    the counts to 1, the search caches to their empty state and gives
 *    it a page directory (pgd_alloc());
 *  - mmput(): the last user tears the mappings down (exit_mmap()) and
 *    drops the users' reference;
 *  - mmdrop(): the last reference frees the page directory and the mm
 *    (__mmdrop()).
 *
 * Tasks: mm24's programs are started as a shell starts them, with
 * vfork() and execve(): copy_process(CLONE_VM | CLONE_VFORK) makes a
 * child that shares its parent's mm (or, from a kernel thread, has
 * none) until do_execve() gives it its own.  fork() without CLONE_VM
 * copies the address space (dup_mm(), dup_mmap()); the copy of the page
 * tables, copy-on-write, is the fault unit's copy_page_range().
 *
 * The caches, created by proc_caches_init() and fork_init() at boot:
 * "task_struct", "signal_cache", "vm_area_struct" and "mm_struct".
 */
#include <string.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <asm/mmu_context.h>

static struct kmem_cache *task_struct_cachep;
static struct kmem_cache *signal_cachep;

/**
 * @brief \~english The slab cache of struct vm_area_struct ("vm_area_struct").
 *        \~chinese struct vm_area_struct 的 slab 高速缓存（"vm_area_struct"）。 \~
 * @kernel{kernel/fork.c,104}
 * @seenotes{chapter-vma,vma-caches}
 */
struct kmem_cache *vm_area_cachep;

/**
 * @brief \~english The slab cache of struct mm_struct ("mm_struct").
 *        \~chinese struct mm_struct 的 slab 高速缓存（"mm_struct"）。 \~
 * @kernel{kernel/fork.c,107}
 * @seenotes{chapter-vma,vma-caches}
 */
struct kmem_cache *mm_cachep;

/* tasks get the pid after the last one given (kernel/pid.c keeps a
 * bitmap; mm24 never wraps); 100 is the scenario's own task */
static int last_pid = 100;

/* i386's alignments: 16 bytes for the task (include/asm-x86/
 * processor_32.h), none of its own for the mm, which asks for the
 * cache line with SLAB_HWCACHE_ALIGN (kernel/fork.c's default) */
#define ARCH_MIN_TASKALIGN	16
#define ARCH_MIN_MMSTRUCT_ALIGN	0

#define alloc_task_struct()	kmem_cache_alloc(task_struct_cachep, GFP_KERNEL)
#define free_task_struct(tsk)	kmem_cache_free(task_struct_cachep, (tsk))
#define allocate_mm()		(kmem_cache_alloc(mm_cachep, GFP_KERNEL))
#define free_mm(mm)		(kmem_cache_free(mm_cachep, (mm)))

/**
 * @brief \~english Free a task structure.
 *        \~chinese 释放进程描述符。 \~
 * @param task \~english the task \~chinese 进程 \~
 * @kernel{kernel/fork.c,109}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english No kernel stack (thread_info, free_thread_info()), no
 *         dirty-page proportion (prop_local_destroy_single()) and no
 *         rt-mutex debugging.
 *         \~chinese 没有内核栈（thread_info、free_thread_info()），没有脏页比例
 *         （prop_local_destroy_single()），也没有实时互斥锁调试。 \~
 */
void free_task(struct task_struct *task)
{
	free_task_struct(task);
}

/**
 * @brief \~english The last reference to a dead task is gone: free it.
 *        \~chinese 指向已死进程的最后一个引用消失：释放它。 \~
 * @param task \~english the task \~chinese 进程 \~
 * @kernel{kernel/fork.c,118}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english No LSM, uid, groups, delay accounting or profiling to
 *         release (free_uid(), put_group_info()); the signal_struct, which
 *         2.6.24 releases in __exit_signal(), is freed here with
 *         kmem_cache_free().
 *         \~chinese 没有需要释放的安全模块数据、用户、组、延迟统计或性能剖析数据；
 *         2.6.24 在 __exit_signal() 中释放的 signal_struct 在这里释放。 \~
 */
void __put_task_struct(struct task_struct *task)
{
	WARN_ON(!task->exit_state);
	WARN_ON(atomic_read(&task->usage));
	WARN_ON(task == current);

	kmem_cache_free(signal_cachep, task->signal);
	free_task(task);
}

/**
 * @brief \~english Create the task_struct cache (start_kernel()).
 *        \~chinese 创建 task_struct 高速缓存（由 start_kernel() 调用）。 \~
 * @param mempages \~english pages of RAM \~chinese 物理内存的页数 \~
 * @kernel{kernel/fork.c,133}
 * @seenotes{chapter-vma,vma-caches}
 * @kquirk \~english mm24 has no process limit: max_threads and the
 *         RLIMIT_NPROC/RLIMIT_SIGPENDING defaults it sets are left out.
 *         \~chinese mm24 不限制进程数：省略了 max_threads 以及据此设置的
 *         RLIMIT_NPROC/RLIMIT_SIGPENDING 默认值。 \~
 */
void fork_init(unsigned long mempages)
{
	(void)mempages;
	task_struct_cachep = kmem_cache_create("task_struct",
					       sizeof(struct task_struct),
					       ARCH_MIN_TASKALIGN, SLAB_PANIC,
					       NULL);
}

/**
 * @brief \~english A copy of @p parent's task structure, for a new task.
 *        \~chinese 复制 orig 的进程描述符，用于新进程。 \~
 * @param parent \~english the parent \~chinese 父进程 \~
 * @return \~english the copy (with two references), or NULL
 *         \~chinese 复制出的进程描述符（引用计数为 2）；失败返回 NULL \~
 * @kernel{kernel/fork.c,164}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english No kernel stack (alloc_thread_info(),
 *         setup_thread_stack()), no FPU state to save (prepare_to_copy()),
 *         no dirty-page proportion, stack canary, ->fs_excl count
 *         (atomic_set()) or splice pipe.
 *         \~chinese 没有内核栈（alloc_thread_info()、setup_thread_stack()），
 *         没有要保存的 FPU 状态（prepare_to_copy()），也没有脏页比例、栈金丝雀、->fs_excl 计数
 *         （atomic_set()）和 splice 管道。 \~
 */
struct task_struct *dup_task_struct(struct task_struct *parent)
{
	struct task_struct *task = alloc_task_struct();

	if (!task)
		return NULL;

	*task = *parent;
	/* one for being current, one for whoever reaps it */
	atomic_set(&task->usage, 2);
	return task;
}

/**
 * @brief \~english Create the caches of signal_struct, vm_area_struct and mm_struct.
 *        \~chinese 创建 signal_struct、vm_area_struct 与 mm_struct 的高速缓存。 \~
 * @kernel{kernel/fork.c,1490}
 * @seenotes{chapter-vma,vma-caches}
 * @kquirk \~english No signal handlers, open files or fs context:
 *         sighand_cache, files_cache and fs_cache are left out (three
 *         kmem_cache_create() calls fewer).  The
 *         structures are host ones (64-bit pointers), so the object sizes
 *         in /proc/slabinfo are the host's: 84 bytes for vm_area_struct
 *         and 416 for mm_struct on an i386 SMP kernel; and their alignment
 *         is the host's too: vm_area_struct's cache gets
 *         __alignof__(struct vm_area_struct) where 2.6.24 passes 0 (the
 *         i386 word would leave 8-byte pointers misaligned).
 *         \~chinese 没有信号处理函数、打开的文件和文件系统上下文：省略了
 *         sighand_cache、files_cache 与 fs_cache。这些结构是宿主机结构（64 位指针），
 *         所以 /proc/slabinfo 中的对象大小是宿主机上的；在 i386 SMP 内核中，
 *         vm_area_struct 为 84 字节，mm_struct 为 416 字节；对齐也按宿主机的要求：
 *         vm_area_struct 的高速缓存用 __alignof__(struct vm_area_struct)，而
 *         2.6.24 传的是 0（按 i386 的字对齐会使 8 字节的指针不对齐）。 \~
 */
void proc_caches_init(void)
{
	signal_cachep = kmem_cache_create("signal_cache",
					  sizeof(struct signal_struct), 0,
					  SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
	vm_area_cachep = kmem_cache_create("vm_area_struct",
					   sizeof(struct vm_area_struct),
					   __alignof__(struct vm_area_struct),
					   SLAB_PANIC, NULL);
	mm_cachep = kmem_cache_create("mm_struct", sizeof(struct mm_struct),
				      ARCH_MIN_MMSTRUCT_ALIGN,
				      SLAB_HWCACHE_ALIGN | SLAB_PANIC, NULL);
}

/**
 * @brief \~english Give a new mm its page directory.
 *        \~chinese 为新的 mm 分配页全局目录。 \~
 * @param space \~english the new mm; its pgd is set \~chinese 新的 mm；设置其 pgd \~
 * @return \~english 0, or -ENOMEM if pgd_alloc() found no page \~chinese 0；pgd_alloc() 分配不到页时为 -ENOMEM \~
 * @kernel{kernel/fork.c,317}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline int mm_alloc_pgd(struct mm_struct *space)
{
	space->pgd = pgd_alloc(space);
	if (unlikely(!space->pgd))
		return -ENOMEM;
	return 0;
}

/**
 * @brief \~english Give the page directory of an mm back.
 *        \~chinese 归还 mm 的页全局目录。 \~
 * @param space \~english the mm that is going away \~chinese 即将释放的 mm \~
 * @kernel{kernel/fork.c,325}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void mm_free_pgd(struct mm_struct *space)
{
	pgd_free(space->pgd);
}

/**
 * @brief \~english Initialise a zeroed mm: one user, one reference, empty caches, a page directory.
 *        \~chinese 初始化一个清零的 mm：一个使用者、一个引用、空的搜索缓存和一个页全局目录。 \~
 * @param space \~english the zeroed structure \~chinese 已清零的内存描述符 \~
 * @return \~english @p space, or NULL (freed) if no page directory could be had
 *         \~chinese 成功返回 @p space；分配不到页全局目录时返回 NULL
 *         （@p space 已释放） \~
 * @kernel{kernel/fork.c,342}
 * @seenotes{chapter-vma,vma-mm}
 * @kquirk \~english No core dumps and no AIO: core_waiters and the
 *         ioctx_list members are not in mm24's mm_struct (no rwlock_init()
 *         of ioctx_list_lock).
 *         \~chinese 没有核心转储，也没有 AIO：mm24 的 mm_struct 中没有 core_waiters
 *         与 ioctx_list 等成员。 \~
 */
static struct mm_struct *mm_init(struct mm_struct *space)
{
	atomic_set(&space->mm_users, 1);
	atomic_set(&space->mm_count, 1);
	init_rwsem(&space->mmap_sem);
	INIT_LIST_HEAD(&space->mmlist);
	/* a child keeps its parent's core-dump filter */
	space->flags = current->mm ? current->mm->flags : MMF_DUMP_FILTER_DEFAULT;
	space->nr_ptes = 0;
	set_mm_counter(space, file_rss, 0);
	set_mm_counter(space, anon_rss, 0);
	spin_lock_init(&space->page_table_lock);
	space->free_area_cache = TASK_UNMAPPED_BASE;
	space->cached_hole_size = ~0UL;

	if (likely(!mm_alloc_pgd(space))) {
		space->def_flags = 0;
		return space;
	}
	free_mm(space);
	return NULL;
}

/**
 * @brief \~english A new, empty address space.
 *        \~chinese 分配一个新的空地址空间。 \~
 * @return \~english the mm, or NULL \~chinese 新的内存描述符；失败返回 NULL \~
 * @kernel{kernel/fork.c,371}
 * @seenotes{chapter-vma,vma-mm}
 */
struct mm_struct *mm_alloc(void)
{
	struct mm_struct *space = allocate_mm();

	if (space) {
		memset(space, 0, sizeof(*space));
		space = mm_init(space);
	}
	return space;
}

/**
 * @brief \~english The last reference to the structure is gone: free its directory and it.
 *        \~chinese 指向该结构的最后一个引用消失：释放其页全局目录以及它本身。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @kernel{kernel/fork.c,388}
 * @seenotes{chapter-vma,vma-mm}
 */
void __mmdrop(struct mm_struct *space)
{
	BUG_ON(space == &init_mm);
	mm_free_pgd(space);
	destroy_context(space);
	free_mm(space);
}

/**
 * @brief \~english A task stops using @p space; the last user tears its mappings down.
 *        \~chinese 一个进程不再使用 mm；最后一个使用者拆除其全部映射。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @kernel{kernel/fork.c,399}
 * @seenotes{chapter-vma,vma-mm}
 * @kquirk \~english No AIO contexts (exit_aio()) and no swap token
 *         (put_swap_token()).  mm24 never puts an mm on init_mm's mmlist
 *         (nothing is swapped), so mmlist_lock is not taken (spin_lock(),
 *         spin_unlock()).
 *         \~chinese 没有 AIO 上下文（exit_aio()），也没有交换令牌
 *         （put_swap_token()）。mm24 不会把 mm 挂到 init_mm 的 mmlist 上（没有页被
 *         换出），所以也不取 mmlist_lock。 \~
 */
void mmput(struct mm_struct *space)
{
	might_sleep();

	if (atomic_dec_and_test(&space->mm_users)) {
		exit_mmap(space);
		if (!list_empty(&space->mmlist))
			list_del(&space->mmlist);
		mmdrop(space);
	}
}

/**
 * @brief \~english @p task lets go of @p space (exec or exit); a vfork parent may go on.
 *        \~chinese 进程 tsk 放开 mm（exec 或 exit 时）；vfork 的父进程可以继续运行。 \~
 * @param task \~english the task \~chinese 进程 \~
 * @param space \~english the mm it leaves (may be NULL)
 *              \~chinese 它要放弃的 mm（可能为 NULL） \~
 * @kernel{kernel/fork.c,456}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english mm24's vfork parent does not sleep (the scenario just
 *         switches to the child), so there is no vfork_done completion to
 *         signal; no thread has a clear_child_tid to clear.
 *         \~chinese mm24 中 vfork 的父进程并不睡眠（场景只是切换到子进程），所以没有
 *         vfork_done 需要通知；也没有线程设置了 clear_child_tid。 \~
 */
void mm_release(struct task_struct *task, struct mm_struct *space)
{
	deactivate_mm(task, space);
}

/* upward: fork's copy of the page tables is the fault unit's (the vma
 * unit's own binaries fork only with CLONE_VM and never reach it) */
extern int copy_page_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
			   struct vm_area_struct *vma) __attribute__((weak));

/**
 * @brief \~english fork: give the new mm a copy of each of the old mm's VMAs, and of their page tables.
 *        \~chinese fork：为新 mm 复制旧 mm 的每个线性区及其页表。 \~
 * @param space \~english the new mm (a copy of the old one's fields) \~chinese 新的 mm（旧 mm 各字段的副本） \~
 * @param oldmm \~english the parent's mm \~chinese 父进程的 mm \~
 * @return \~english 0 or -ENOMEM \~chinese 0 或 -ENOMEM \~
 * @kernel{kernel/fork.c,209}
 * @seenotes{chapter-fault,fault-fork}
 * @kquirk \~english !NUMA: no memory policy to copy (mpol_copy(),
 *         vma_policy(), vma_set_policy(), so no fail_nomem_policy label);
 *         the file's VMAs are on a list, so vma_prio_tree_add() is a
 *         list_add() after the parent's VMA; flush_cache_dup_mm(),
 *         flush_dcache_mmap_lock(), flush_dcache_mmap_unlock() and
 *         arch_dup_mmap() do nothing on i386; down_write_nested() is
 *         down_write().
 *         \~chinese 未配置 NUMA：没有内存策略需要复制（mpol_copy()、vma_policy()、
 *         vma_set_policy()，因此也没有 fail_nomem_policy 标号）；文件的线性区挂在
 *         链表上，所以 vma_prio_tree_add() 是在父进程线性区之后的 list_add()；
 *         flush_cache_dup_mm()、flush_dcache_mmap_lock()、
 *         flush_dcache_mmap_unlock() 与 arch_dup_mmap() 在 i386 上什么也不做；
 *         down_write_nested() 即 down_write()。 \~
 */
static int dup_mmap(struct mm_struct *space, struct mm_struct *oldmm)
{
	struct vm_area_struct *old, *copy, **pprev;
	struct rb_node **rb_link, *rb_parent;
	unsigned long charge;
	int rc;

	down_write(&oldmm->mmap_sem);
	down_write(&space->mmap_sem);

	/* the copied fields that describe the old VMAs start over */
	space->locked_vm = 0;
	space->mmap = NULL;
	space->mmap_cache = NULL;
	space->free_area_cache = oldmm->mmap_base;
	space->cached_hole_size = ~0UL;
	space->map_count = 0;
	cpus_clear(space->cpu_vm_mask);
	space->mm_rb = RB_ROOT;
	rb_link = &space->mm_rb.rb_node;
	rb_parent = NULL;
	pprev = &space->mmap;

	for (old = oldmm->mmap; old; old = old->vm_next) {
		struct file *filp;

		if (old->vm_flags & VM_DONTCOPY) {
			long gone = (long)vma_pages(old);

			space->total_vm -= (unsigned long)gone;
			vm_stat_account(space, old->vm_flags, old->vm_file,
					-gone);
			continue;
		}
		charge = 0;
		if (old->vm_flags & VM_ACCOUNT) {
			unsigned int want = (unsigned int)((old->vm_end -
						    old->vm_start) >> PAGE_SHIFT);

			if (security_vm_enough_memory(want))
				goto fail_nomem;
			charge = want;
		}
		copy = kmem_cache_alloc(vm_area_cachep, GFP_KERNEL);
		if (!copy)
			goto fail_nomem;
		*copy = *old;
		copy->vm_flags &= ~VM_LOCKED;	/* mlock is not inherited */
		copy->vm_mm = space;
		copy->vm_next = NULL;
		anon_vma_link(copy);
		filp = copy->vm_file;
		if (filp) {
			struct address_space *map = filp->f_mapping;

			get_file(filp);
			if (copy->vm_flags & VM_DENYWRITE)
				atomic_dec(&filp->f_path.dentry->d_inode->i_writecount);
			spin_lock(&map->i_mmap_lock);
			copy->vm_truncate_count = old->vm_truncate_count;
			list_add(&copy->shared.vm_set.list,
				 &old->shared.vm_set.list);
			spin_unlock(&map->i_mmap_lock);
		}

		/* the VMAs come in address order: each is the rightmost */
		*pprev = copy;
		pprev = &copy->vm_next;
		__vma_link_rb(space, copy, rb_link, rb_parent);
		rb_link = &copy->vm_rb.rb_right;
		rb_parent = &copy->vm_rb;

		space->map_count++;
		rc = copy_page_range(space, oldmm, old);

		if (copy->vm_ops && copy->vm_ops->open)
			copy->vm_ops->open(copy);
		if (rc)
			goto out;
	}
	rc = 0;
out:
	up_write(&space->mmap_sem);
	/* the parent's PTEs lost write permission: its TLBs must see it */
	flush_tlb_mm(oldmm);
	up_write(&oldmm->mmap_sem);
	return rc;
fail_nomem:
	rc = -ENOMEM;
	vm_unacct_memory((long)charge);
	goto out;
}

/**
 * @brief \~english fork without CLONE_VM: a new mm, a copy of the current one, pages shared copy-on-write.
 *        \~chinese 不带 CLONE_VM 的 fork：复制当前 mm 得到一个新 mm，页以写时复制方式共享。 \~
 * @param task \~english the new task \~chinese 新进程 \~
 * @return \~english the new mm, or NULL \~chinese 新的 mm，或 NULL \~
 * @kernel{kernel/fork.c,494}
 * @seenotes{chapter-fault,fault-fork}
 * @kquirk \~english No swap token (token_priority, last_interval are not
 *         in mm24's mm_struct).
 *         \~chinese 没有交换令牌（mm24 的 mm_struct 中没有 token_priority 与
 *         last_interval）。 \~
 */
static struct mm_struct *dup_mm(struct task_struct *task)
{
	struct mm_struct *space, *oldmm = current->mm;

	if (!oldmm)
		return NULL;
	space = allocate_mm();
	if (!space)
		goto fail_nomem;
	memcpy(space, oldmm, sizeof(*space));
	if (!mm_init(space))
		goto fail_nomem;
	if (init_new_context(task, space))
		goto fail_nocontext;
	if (dup_mmap(space, oldmm))
		goto free_pt;

	space->hiwater_rss = get_mm_rss(space);
	space->hiwater_vm = space->total_vm;
	return space;

free_pt:
	mmput(space);
fail_nomem:
	return NULL;
fail_nocontext:
	mm_free_pgd(space);
	free_mm(space);
	return NULL;
}

/**
 * @brief \~english The new task's address space: its parent's with CLONE_VM.
 *        \~chinese 新进程的地址空间：带 CLONE_VM 时与父进程共享。 \~
 * @param cflags \~english the clone flags \~chinese clone 标志 \~
 * @param task \~english the new task \~chinese 新进程 \~
 * @return \~english 0 \~chinese 总是返回 0 \~
 * @kernel{kernel/fork.c,543}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english No context-switch counts to reset (nvcsw, nivcsw).
 *         \~chinese 没有需要清零的上下文切换计数（nvcsw、nivcsw）。 \~
 */
static int copy_mm(unsigned long cflags, struct task_struct *task)
{
	struct mm_struct *space, *parent_mm;

	task->min_flt = task->maj_flt = 0;
	task->mm = NULL;
	task->active_mm = NULL;

	/* a kernel thread's child has no mm either */
	parent_mm = current->mm;
	if (!parent_mm)
		return 0;

	if (cflags & CLONE_VM) {
		/* a thread or vfork: the very same space */
		atomic_inc(&parent_mm->mm_users);
		space = parent_mm;
		goto good_mm;
	}
	space = dup_mm(task);
	if (!space)
		goto fail_nomem;

good_mm:
	task->mm = space;
	task->active_mm = space;
	return 0;

fail_nomem:
	return -ENOMEM;
}

/**
 * @brief \~english The new task's resource limits: a copy of its parent's.
 *        \~chinese 新进程的资源限制：复制父进程的。 \~
 * @param cflags \~english the clone flags \~chinese clone 标志 \~
 * @param task \~english the new task \~chinese 新进程 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{kernel/fork.c,845}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english mm24's signal_struct only holds the rlimits: no
 *         threads (CLONE_THREAD), keys (copy_thread_group_keys(), so no
 *         failure to undo), live count, wait queue, pending signals,
 *         timers (posix_timers, RLIMIT_CPU, secs_to_cputime()), job
 *         control or accounting to set up; no task_lock() of the group
 *         leader around the copy.
 *         \~chinese mm24 的 signal_struct 只含资源限制：没有线程
 *         （CLONE_THREAD）、密钥、定时器、作业控制或统计信息需要建立。 \~
 */
static int copy_signal(unsigned long cflags, struct task_struct *task)
{
	struct signal_struct *sigs;

	(void)cflags;
	sigs = kmem_cache_alloc(signal_cachep, GFP_KERNEL);
	task->signal = sigs;
	if (!sigs)
		return -ENOMEM;

	atomic_set(&sigs->count, 1);
	memcpy(sigs->rlim, current->signal->rlim, sizeof(sigs->rlim));
	return 0;
}

/**
 * @brief \~english A new task, a copy of the current one: what fork(), vfork() and clone() share.
 *        \~chinese 复制当前进程，生成一个新进程：fork()、vfork() 与 clone() 的共同部分。 \~
 * @param cflags \~english CLONE_VM | CLONE_VFORK for mm24's exec
 *               \~chinese CLONE_VM | CLONE_VFORK（供 mm24 的 exec 使用） \~
 * @return \~english the task (not running yet), or an ERR_PTR
 *         \~chinese 新进程（尚未运行）；失败返回 ERR_PTR \~
 * @kernel{kernel/fork.c,973}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english Only the steps about memory and identity are kept:
 *         dup_task_struct(), the pid, copy_signal(), copy_mm() and the
 *         link on the task list (list_add_tail() for attach_pid() and the
 *         tasks list under tasklist_lock).  Credentials, files, fs, signal
 *         handlers, namespaces, keys (copy_keys(), copy_namespaces()), the
 *         thread and its stack (copy_thread()), ptrace, cgroups and the
 *         scheduler's set-up (sched_fork()) are left out, with their
 *         cleanup labels (bad_fork_free_pid, free_pid(), cleanup_signal(),
 *         __cleanup_sighand(), put_group_info(), free_uid(),
 *         bad_fork_free: what cleanup_signal() undoes is a
 *         kmem_cache_free() of the signal_struct); the checks of CLONE_NEWNS, CLONE_FS,
 *         CLONE_THREAD and CLONE_SIGHAND do not apply to the flags mm24
 *         passes.
 *         \~chinese 只保留与内存和身份有关的步骤：dup_task_struct()、进程号、
 *         copy_signal()、copy_mm() 以及链入进程链表。凭证、文件、文件系统、信号处理
 *         函数、命名空间、密钥、线程及其栈（copy_thread()）、ptrace、cgroup 与调度器
 *         的初始化（sched_fork()）都省略了，连同它们的清理标号（cleanup_signal()
 *         要撤销的只是对 signal_struct 的一次 kmem_cache_free()）；对线程与命名空间标志的检查不适用于 mm24
 *         传入的标志。 \~
 */
struct task_struct *copy_process(unsigned long cflags)
{
	int rc;
	struct task_struct *child;

	rc = -ENOMEM;
	child = dup_task_struct(current);
	if (!child)
		goto fork_out;

	child->flags &= ~PF_MEMALLOC;
	child->flags |= PF_FORKNOEXEC;
	child->pid = ++last_pid;
	child->parent = current;
	child->exit_state = 0;
	child->state = TASK_RUNNING;
	child->pending = 0;
	child->memdie = 0;
	child->reclaim_state = NULL;
	child->waiting_on = NULL;
	child->mm24_name[0] = '\0';

	rc = copy_signal(cflags, child);
	if (rc)
		goto bad_fork_cleanup_count;
	rc = copy_mm(cflags, child);
	if (rc)
		goto bad_fork_cleanup_signal;

	list_add_tail(&child->tasks, &init_task.tasks);
	return child;

bad_fork_cleanup_signal:
	kmem_cache_free(signal_cachep, child->signal);
bad_fork_cleanup_count:
	free_task(child);
fork_out:
	return ERR_PTR(rc);
}

/**
 * @brief \~english The task with pid @p nr, or NULL.
 *        \~chinese 进程号为 nr 的进程，没有则为 NULL。 \~
 * @param nr \~english the pid \~chinese 进程号 \~
 * @return \~english the task on the task list with that pid, or NULL \~chinese 进程链表上带有该进程号的进程，没有则为 NULL \~
 * @kernel{kernel/pid.c,383}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english A walk of the task list (list_for_each_entry()) instead
 *         of the pid hash (find_task_by_pid_type_ns()).
 *         \~chinese 遍历进程链表，而不是查进程号散列表（find_pid()、pid_task()）。 \~
 */
struct task_struct *find_task_by_pid(int nr)
{
	struct task_struct *child;

	list_for_each_entry(child, &init_task.tasks, tasks)
		if (child->pid == nr)
			return child;
	return NULL;
}
