/**
 * @file
 * @brief \~english execve(): a fresh address space with the stack at the top, then the program's loader.
 *        \~chinese execve()：建立全新的地址空间并把栈放在顶端，再交给程序的装载器。 \~
 *
 * exec.c - do_execve() and the address-space steps of fs/exec.c.
 *
 * do_execve(filename, argv, envp):
 *  1. open_exec(): the program's file, denied to writers from now on;
 *  2. bprm_mm_init(): a new mm (mm_alloc()) with a one-page stack VMA at
 *     STACK_TOP_MAX (__bprm_mm_init(), insert_vm_struct()); bprm->p is
 *     the top of it;
 *  3. copy_strings(): the file name, the environment and the arguments
 *     go below bprm->p, growing the stack VMA if they need more pages;
 *  4. the binary's loader (load_elf_binary(), binfmt_elf.c): it calls
 *     flush_old_exec(), where exec_mmap() makes the new mm the task's
 *     (activate_mm(): CR3 now points at its page directory) and lets go
 *     of the old one (mmput()), and setup_arg_pages(), which moves the
 *     stack to its final top, fixes its flags and adds
 *     EXTRA_STACK_VM_PAGES (20) pages below it.
 *
 * The strings are not copied into the new stack: they take their room,
 * the stack VMA grows for them as get_user_pages() makes it, but no page
 * is faulted in and no byte is written (see get_arg_page()).
 */
#include <stdio.h>
#include <string.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <asm/mmu_context.h>
#include <asm/tlb.h>

#define MAX_ARG_STRLEN		(PAGE_SIZE * 32)
#define MAX_ARG_STRINGS		0x7FFFFFFF
#define EXTRA_STACK_VM_PAGES	20	/* room to grow without a fault */

int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs);
void mm_release(struct task_struct *tsk, struct mm_struct *mm);

/**
 * @brief \~english Make room for the strings at @p pos in the new stack; check their size.
 *        \~chinese 在新栈的 pos 处为参数字符串腾出空间，并检查其大小。 \~
 * @param bp \~english the exec in progress \~chinese 正在进行的 exec \~
 * @param pos \~english the address a string byte goes to
 *            \~chinese 字符串的某个字节要写到的地址 \~
 * @param write \~english 1: the strings are being copied
 *              \~chinese 为 1 表示正在复制字符串 \~
 * @return \~english 1, or 0 if it cannot be had (-E2BIG for the caller)
 *         \~chinese 成功返回 1；拿不到页返回 0（调用者据此返回 -E2BIG） \~
 * @kernel{fs/exec.c,157}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english 2.6.24 calls get_user_pages() here to fault the page
 *         in for copy_strings().  mm24 has get_user_pages() (the fault
 *         unit) but does not copy exec's strings yet: a new program would
 *         then start with resident stack pages, which changes VmRSS in
 *         every scenario and test that execs; so only get_user_pages()'s
 *         VMA step is done (find_extend_vma(), which grows the stack VMA
 *         down to @p pos), no page is returned and there is nothing to
 *         put_page().  The limit of a quarter of RLIMIT_STACK for the
 *         strings is checked as in 2.6.24.
 *         \~chinese 2.6.24 在这里调用 get_user_pages() 把页调入，供 copy_strings()
 *         使用。mm24 已经有 get_user_pages()（缺页单元），但还不复制 exec 的参数字符串：
 *         否则新程序一开始就有驻留的栈页，凡是执行 exec 的场景和测试，其 VmRSS 都要改变；
 *         所以这里只做 get_user_pages() 中与线性区有关的一步（find_extend_vma()，让栈
 *         线性区向下增长到 pos），不返回页，因此也无需 put_page()。参数字符串不得超过
 *         RLIMIT_STACK 四分之一的限制照 2.6.24 检查。 \~
 */
static int get_arg_page(struct linux_binprm *bp, unsigned long pos,
			int write)
{
	if (!find_extend_vma(bp->mm, pos))
		return 0;

	if (write) {
		struct rlimit *lim = current->signal->rlim;
		unsigned long size = bp->vma->vm_end - bp->vma->vm_start;

		/* leave three quarters of the stack to the program */
		if (size > lim[RLIMIT_STACK].rlim_cur / 4)
			return 0;
	}

	return 1;
}

/**
 * @brief \~english The new mm's first stack VMA: one page just below STACK_TOP_MAX.
 *        \~chinese 新 mm 的第一个栈线性区：紧贴 STACK_TOP_MAX 之下的一页。 \~
 * @param bp \~english the exec in progress (bprm->mm set)
 *           \~chinese 正在进行的 exec（bprm->mm 已设置） \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{fs/exec.c,214}
 * @seenotes{chapter-vma,vma-exec}
 */
static int __bprm_mm_init(struct linux_binprm *bp)
{
	int rc = -ENOMEM;
	struct vm_area_struct *area = NULL;
	struct mm_struct *space = bp->mm;

	area = kmem_cache_zalloc(vm_area_cachep, GFP_KERNEL);
	bp->vma = area;
	if (!area)
		goto err;

	down_write(&space->mmap_sem);
	area->vm_mm = space;

	/* at the highest stack address; setup_arg_pages() moves it to
	 * the program's STACK_TOP once the personality is known */
	area->vm_end = STACK_TOP_MAX;
	area->vm_start = area->vm_end - PAGE_SIZE;

	area->vm_flags = VM_STACK_FLAGS;
	area->vm_page_prot = vm_get_page_prot(area->vm_flags);
	rc = insert_vm_struct(space, area);
	if (rc) {
		up_write(&space->mmap_sem);
		goto err;
	}

	space->total_vm = 1;
	space->stack_vm = space->total_vm;
	up_write(&space->mmap_sem);

	bp->p = area->vm_end - sizeof(u32);

	return 0;

err:
	if (area) {
		bp->vma = NULL;
		kmem_cache_free(vm_area_cachep, area);
	}

	return rc;
}

/**
 * @brief \~english Is a string of @p len bytes short enough for the new stack?
 *        \~chinese 长度为 len 的字符串是否足够短，可以放进新栈？ \~
 * @param bp \~english the exec in progress (unused: the stack VMA may grow) \~chinese 正在进行的 exec（未用到：栈线性区可以增长） \~
 * @param len \~english the string's length in bytes, with its NUL \~chinese 字符串的长度（字节），包括结尾的 NUL \~
 * @return \~english true if @p len is at most MAX_ARG_STRLEN (32 pages = 128 KiB) \~chinese len 不超过 MAX_ARG_STRLEN（32 页 = 128 KiB）时为 true \~
 * @kernel{fs/exec.c,260}
 * @seenotes{chapter-vma,vma-exec}
 */
static bool valid_arg_len(struct linux_binprm *bp, long len)
{
	(void)bp;
	return len <= (long)MAX_ARG_STRLEN;
}

/**
 * @brief \~english A new mm for the exec, with its first stack VMA.
 *        \~chinese 为 exec 建立新的 mm 及其第一个栈线性区。 \~
 * @param bp \~english the exec in progress \~chinese 正在进行的 exec \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{fs/exec.c,327}
 * @seenotes{chapter-vma,vma-exec}
 */
int bprm_mm_init(struct linux_binprm *bp)
{
	int rc;
	struct mm_struct *space = NULL;

	space = mm_alloc();
	bp->mm = space;
	rc = -ENOMEM;
	if (!space)
		goto err;

	rc = init_new_context(current, space);
	if (rc)
		goto err;

	rc = __bprm_mm_init(bp);
	if (rc)
		goto err;

	return 0;

err:
	if (space) {
		bp->mm = NULL;
		mmdrop(space);
	}

	return rc;
}

/**
 * @brief \~english How many strings @p argv holds (at most @p max).
 *        \~chinese 统计 argv 中有多少个字符串（至多 max 个）。 \~
 * @param argv \~english a NULL-terminated array of strings, or NULL (0 strings) \~chinese 以 NULL 结尾的字符串数组，或 NULL（0 个字符串） \~
 * @param max \~english the most allowed (MAX_ARG_STRINGS) \~chinese 允许的最大个数（MAX_ARG_STRINGS） \~
 * @return \~english the count, or -E2BIG
 *         \~chinese 字符串个数；超过上限返回 -E2BIG \~
 * @kernel{fs/exec.c,359}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english The strings come from the scenario, in kernel memory:
 *         reading a pointer cannot fault (get_user()).
 *         \~chinese 字符串来自场景，位于内核内存中：读取指针不会出错（get_user()）。 \~
 */
static int count(const char *const *argv, int max)
{
	int n = 0;

	if (argv != NULL) {
		for (; argv[n]; ) {
			if (++n > max)
				return -E2BIG;
			cond_resched();
		}
	}
	return n;
}

/**
 * @brief \~english Put @p argc strings below bprm->p, the last one first.
 *        \~chinese 把 argc 个字符串放到 bprm->p 之下，从最后一个开始。 \~
 * @param argc \~english how many strings of @p argv to copy \~chinese 要复制 argv 中的几个字符串 \~
 * @param argv \~english the strings \~chinese 字符串数组 \~
 * @param bp \~english the exec in progress: bprm->p moves down by each string's length \~chinese 正在进行的 exec：bprm->p 随每个字符串的长度向下移动 \~
 * @return \~english 0 or -E2BIG \~chinese 成功返回 0，否则返回 -E2BIG \~
 * @kernel{fs/exec.c,385}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No page of the new stack can be had before the fault
 *         unit (see get_arg_page()), so nothing is kmapped or copied
 *         (kmap(), copy_from_user(), flush_kernel_dcache_page() and
 *         kunmap() are left out): each string takes its room and every
 *         page it spans is asked for, which grows the stack VMA.  The
 *         strings are the scenario's, in kernel memory: get_user() and
 *         strnlen_user() cannot fault, so there is no -EFAULT, and the
 *         length is strnlen() plus the NUL.
 *         \~chinese 在缺页单元加入之前拿不到新栈的页（参见 get_arg_page()），所以不做
 *         映射也不复制（省略了 kmap()、copy_from_user()、
 *         flush_kernel_dcache_page() 与 kunmap()）：每个字符串只占去它的位置，并请求
 *         它跨越的每一页，从而让栈线性区增长。字符串来自场景，位于内核内存中：
 *         get_user() 与 strnlen_user() 不会出错，因此没有 -EFAULT，长度就是
 *         strnlen() 加上结尾的 NUL。 \~
 */
static int copy_strings(int argc, const char *const *argv,
			struct linux_binprm *bp)
{
	unsigned long kpos = 0;
	int have_page = 0;
	int res;

	while (argc-- > 0) {
		const char *str = argv[argc];
		long len = (long)strnlen(str, MAX_ARG_STRLEN) + 1;
		unsigned long pos;

		if (!valid_arg_len(bp, len)) {
			res = -E2BIG;
			goto out;
		}

		/* the strings go downwards, each ending where the last
		 * one began */
		pos = bp->p;
		bp->p -= (unsigned long)len;

		while (len > 0) {
			long offset = (long)(pos % PAGE_SIZE);
			long chunk;

			if (offset == 0)
				offset = PAGE_SIZE;
			chunk = offset;
			if (chunk > len)
				chunk = len;
			pos -= (unsigned long)chunk;
			len -= chunk;

			if (!have_page || kpos != (pos & PAGE_MASK)) {
				if (!get_arg_page(bp, pos, 1)) {
					res = -E2BIG;
					goto out;
				}
				have_page = 1;
				kpos = pos & PAGE_MASK;
			}
		}
	}
	res = 0;
out:
	return res;
}

/**
 * @brief \~english copy_strings() for strings in kernel memory.
 *        \~chinese 对位于内核内存中的字符串调用 copy_strings()。 \~
 * @param argc \~english how many strings of @p argv to copy \~chinese 要复制 argv 中的几个字符串 \~
 * @param argv \~english the strings, in kernel memory \~chinese 位于内核内存中的字符串数组 \~
 * @param bp \~english the exec in progress \~chinese 正在进行的 exec \~
 * @return \~english 0, or -E2BIG for a string over MAX_ARG_STRLEN or a stack page that cannot be had \~chinese 0；字符串超过 MAX_ARG_STRLEN 或得不到栈页时为 -E2BIG \~
 * @kernel{fs/exec.c,468}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english mm24 has no user/kernel segment switch (set_fs()):
 *         copy_strings() takes kernel strings as they are.
 *         \~chinese mm24 没有用户/内核段的切换（set_fs()）：copy_strings() 直接使用
 *         内核字符串。 \~
 */
static int copy_strings_kernel(int argc, const char *const *argv,
			       struct linux_binprm *bp)
{
	return copy_strings(argc, argv, bp);
}

/**
 * @brief \~english Move the stack VMA down by @p shift bytes, with its page tables.
 *        \~chinese 把栈线性区连同其页表向下移动 shift 字节。 \~
 * @param area \~english the stack VMA \~chinese 栈线性区 \~
 * @param shift \~english how far down, in bytes (a multiple of PAGE_SIZE) \~chinese 下移的距离（字节，PAGE_SIZE 的整数倍） \~
 * @return \~english 0, -EFAULT or -ENOMEM
 *         \~chinese 成功返回 0，否则返回 -EFAULT 或 -ENOMEM \~
 * @kernel{fs/exec.c,493}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No LRU pagevecs to drain: lru_add_drain() is left out.
 *         \~chinese 没有要排空的 LRU pagevec：省略了 lru_add_drain()。 \~
 */
static int shift_arg_pages(struct vm_area_struct *area, unsigned long shift)
{
	struct mm_struct *space = area->vm_mm;
	unsigned long from = area->vm_start;
	unsigned long from_end = area->vm_end;
	unsigned long span = from_end - from;
	unsigned long to = from - shift;
	unsigned long to_end = from_end - shift;
	struct mmu_gather *gather;

	BUG_ON(to > to_end);

	/* nothing may lie between the new place and the old */
	if (area != find_vma(space, to))
		return -EFAULT;

	/* cover both, move the tables, then shrink to the new range */
	vma_adjust(area, to, from_end, area->vm_pgoff, NULL);

	if (span != move_page_tables(area, from, area, to, span))
		return -ENOMEM;

	gather = tlb_gather_mmu(space, 0);
	if (to_end > from) {
		/* overlapping: free from new_end up */
		free_pgd_range(&gather, to_end, from_end, to_end,
			       area->vm_next ? area->vm_next->vm_start : 0);
	} else {
		/* apart: free the old range only */
		free_pgd_range(&gather, from, from_end, to_end,
			       area->vm_next ? area->vm_next->vm_start : 0);
	}
	tlb_finish_mmu(gather, to_end, from_end);

	vma_adjust(area, to, to_end, area->vm_pgoff, NULL);

	return 0;
}

/**
 * @brief \~english Put the stack at its final top, set its flags, add the extra pages below.
 *        \~chinese 把栈放到最终的顶端，设置其标志，并在下方加上额外的页。 \~
 * @param bp \~english the exec in progress \~chinese 正在进行的 exec \~
 * @param top \~english the top for this program (maybe randomised)
 *            \~chinese 该程序的栈顶（可能经过随机化） \~
 * @param executable_stack \~english EXSTACK_DEFAULT, _DISABLE_X or _ENABLE_X
 *                         \~chinese EXSTACK_DEFAULT、_DISABLE_X 或 _ENABLE_X \~
 * @return \~english 0, or an errno from moving the stack
 *         \~chinese 成功返回 0，否则返回移动栈时的错误码 \~
 * @kernel{fs/exec.c,559}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No loader (bprm->loader: alpha only).  As in 2.6.24,
 *         a failed expand_stack() for the extra pages is not reported
 *         (the -EFAULT it sets is overwritten by the return 0).
 *         \~chinese 没有 loader（bprm->loader：只用于 alpha）。与 2.6.24 相同，为额外的
 *         页调用 expand_stack() 失败时并不报告（它设置的 -EFAULT 被最后的 return 0
 *         覆盖）。 \~
 */
int setup_arg_pages(struct linux_binprm *bp, unsigned long top,
		    int executable_stack)
{
	unsigned long res;
	unsigned long shift;
	struct mm_struct *space = current->mm;
	struct vm_area_struct *area = bp->vma;
	struct vm_area_struct *before = NULL;
	unsigned long vmflags;
	unsigned long base;

	top = arch_align_stack(top);
	top = PAGE_ALIGN(top);
	shift = area->vm_end - top;

	bp->p -= shift;
	space->arg_start = bp->p;

	bp->exec -= shift;

	down_write(&space->mmap_sem);
	vmflags = area->vm_flags;

	/* PT_GNU_STACK may ask for an executable stack, or forbid one */
	if (unlikely(executable_stack == EXSTACK_ENABLE_X))
		vmflags |= VM_EXEC;
	else if (executable_stack == EXSTACK_DISABLE_X)
		vmflags &= ~VM_EXEC;
	vmflags |= space->def_flags;

	res = (unsigned long)(long)mprotect_fixup(area, &before, area->vm_start,
						  area->vm_end, vmflags);
	if (res)
		goto out_unlock;
	BUG_ON(before != area);

	if (shift) {
		res = (unsigned long)(long)shift_arg_pages(area, shift);
		if (res) {
			up_write(&space->mmap_sem);
			return (int)res;
		}
	}

	base = area->vm_start - EXTRA_STACK_VM_PAGES * PAGE_SIZE;
	res = (unsigned long)(long)expand_stack(area, base);
	if (res)
		res = -EFAULT;

out_unlock:
	up_write(&space->mmap_sem);
	return 0;
}

/**
 * @brief \~english Open the program file for execution; writers are kept out from now on.
 *        \~chinese 以执行方式打开程序文件；从此不允许写者打开它。 \~
 * @param name \~english the path \~chinese 程序文件的路径名 \~
 * @return \~english the file, or an ERR_PTR: -ENOENT, -EACCES, -ETXTBSY
 *         \~chinese 打开的文件；失败返回 ERR_PTR：-ENOENT、-EACCES、-ETXTBSY \~
 * @kernel{fs/exec.c,645}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english mm24's files are one flat directory of paths with no
 *         permission bits: the lookup is ramfs_lookup() (for
 *         path_lookup_open(), a missing file is -ENOENT at once),
 *         vfs_permission(MAY_EXEC) always allows, and the file is opened
 *         with filp_open() (for nameidata_to_filp()).  There is no
 *         nameidata to release (release_open_intent(), path_release()),
 *         so no `out` label to come back to.
 *         \~chinese mm24 的文件是一个由路径组成的扁平目录，没有权限位：查找用
 *         ramfs_lookup()（代替 path_lookup_open()，文件不存在时立即返回
 *         -ENOENT），vfs_permission(MAY_EXEC) 总是允许，文件用 filp_open() 打开
 *         （代替 nameidata_to_filp()）。没有需要释放的 nameidata
 *         （release_open_intent()、path_release()），所以也没有要跳回的 out 标号。 \~
 */
static struct file *open_exec(const char *name)
{
	struct inode *inode = ramfs_lookup(name);
	struct file *filp;
	int rc;

	if (!inode)
		return ERR_PTR(-ENOENT);

	filp = ERR_PTR(-EACCES);
	if (S_ISREG(inode->i_mode)) {
		filp = filp_open(name, 0);
		if (!IS_ERR(filp)) {
			rc = deny_write_access(filp);
			if (rc) {
				fput(filp);
				filp = ERR_PTR(rc);
			}
		}
	}
	return filp;
}

/**
 * @brief \~english The task takes the new mm: CR3 switches to it, the old mm is let go.
 *        \~chinese 进程换用新的 mm：CR3 切换过去，旧的 mm 被放开。 \~
 * @param space \~english the new address space \~chinese 新的地址空间 \~
 * @return \~english 0 \~chinese 总是返回 0 \~
 * @kernel{fs/exec.c,698}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No core dumps: the core_waiters test (-EINTR) is left
 *         out; task_lock() and task_unlock() protect nothing on one CPU at
 *         a time and are left out.
 *         \~chinese 没有核心转储：省略了对 core_waiters 的检查（-EINTR）；在一次只运行
 *         一个 CPU 的 mm24 中 task_lock() 与 task_unlock() 无物可护，予以省略。 \~
 */
static int exec_mmap(struct mm_struct *space)
{
	struct task_struct *task = current;
	struct mm_struct *had_mm, *lazy_mm;

	had_mm = current->mm;
	mm_release(task, had_mm);

	if (had_mm)
		down_read(&had_mm->mmap_sem);
	lazy_mm = task->active_mm;
	task->mm = space;
	task->active_mm = space;
	activate_mm(lazy_mm, space);
	arch_pick_mmap_layout(space);
	if (had_mm) {
		up_read(&had_mm->mmap_sem);
		BUG_ON(lazy_mm != had_mm);
		mmput(had_mm);
		return 0;
	}
	/* a kernel thread gives back the mm it borrowed */
	mmdrop(lazy_mm);
	return 0;
}

/**
 * @brief \~english Set a task's name, as ps shows it.
 *        \~chinese 设置进程名（即 ps 显示的名字）。 \~
 * @param task \~english the task \~chinese 进程 \~
 * @param buf \~english the new name, cut to TASK_COMM_LEN - 1 = 15 characters \~chinese 新名字，截断为 TASK_COMM_LEN - 1 = 15 个字符 \~
 * @kernel{fs/exec.c,958}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english snprintf() for strlcpy(); no task_lock() around it.
 *         \~chinese 用 snprintf() 代替 strlcpy()；也不用 task_lock() 保护。 \~
 */
static void set_task_comm(struct task_struct *task, const char *buf)
{
	snprintf(task->comm, sizeof(task->comm), "%s", buf);
}

/**
 * @brief \~english The point of no return: drop the old program's address space, take the new.
 *        \~chinese 不可返回点：丢弃旧程序的地址空间，换上新的。 \~
 * @param bp \~english the exec in progress \~chinese 正在进行的 exec \~
 * @return \~english 0 or an errno \~chinese 成功返回 0，否则返回错误码 \~
 * @kernel{fs/exec.c,965}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english Only the memory and naming steps are kept:
 *         exec_mmap(), the new comm, PF_RANDOMIZE cleared and task_size.
 *         No threads (de_thread()), files (unshare_files(),
 *         reset_files_struct() at mmap_failed), signal stack, dumpable
 *         flag (set_dumpable(), e_uid), thread state (flush_thread()),
 *         credentials or signal handlers (flush_signal_handlers()) to
 *         reset.
 *         \~chinese 只保留与内存和命名有关的步骤：exec_mmap()、新的 comm、清除
 *         PF_RANDOMIZE 以及 task_size。没有线程（de_thread()）、文件
 *         （unshare_files()，以及 mmap_failed 处的 reset_files_struct()）、信号栈、
 *         dumpable 标志（set_dumpable()、e_uid）、线程状态（flush_thread()）、凭证
 *         或信号处理函数（flush_signal_handlers()）需要重置。 \~
 */
int flush_old_exec(struct linux_binprm *bp)
{
	char tcomm[sizeof(current->comm)];
	const char *name;
	size_t i;
	int rc;

	rc = exec_mmap(bp->mm);
	if (rc)
		goto out;

	bp->mm = NULL;	/* the task's now */

	/* the name after the last slash, as much as fits */
	i = 0;
	for (name = bp->filename; *name; name++) {
		if (*name == '/')
			i = 0;
		else if (i < sizeof(tcomm) - 1)
			tcomm[i++] = *name;
	}
	tcomm[i] = '\0';
	set_task_comm(current, tcomm);

	current->flags &= ~PF_RANDOMIZE;

	current->mm->task_size = TASK_SIZE;
	return 0;

out:
	return rc;
}

/**
 * @brief \~english Hand the exec to the loader of its binary format (ELF only).
 *        \~chinese 把 exec 交给对应二进制格式的装载器（只有 ELF）。 \~
 * @param bp \~english the exec in progress (its file is released on success) \~chinese 正在进行的 exec（成功时释放其文件） \~
 * @param regs \~english the registers the new program starts with (eip, esp) \~chinese 新程序开始运行时的寄存器（eip、esp） \~
 * @return \~english the loader's answer \~chinese 可执行格式装载程序的返回值 \~
 * @kernel{fs/exec.c,1187}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english One format, ELF: load_elf_binary() is called where
 *         2.6.24 calls each format's load_binary; the walk of the formats
 *         list under binfmt_lock (read_lock(), read_unlock(), and the
 *         second pass when every format said -ENOEXEC), the module references, the
 *         request_module() retry, the user segment (set_fs()), LSM and
 *         audit hooks (audit_bprm()) are left out.
 *         \~chinese 只有一种格式 ELF：在 2.6.24 调用各格式 load_binary 的地方直接调用
 *         load_elf_binary()；省略了在 binfmt_lock 保护下对格式链表的遍历（read_lock()、read_unlock()，以及所有格式
 *         都回答 -ENOEXEC 时的第二轮）、模块引用计数、
 *         request_module() 重试、用户段设置（set_fs()）以及安全模块与审计钩子
 *         （audit_bprm()）。 \~
 */
static int search_binary_handler(struct linux_binprm *bp,
				 struct pt_regs *regs)
{
	int rc = load_elf_binary(bp, regs);

	if (rc >= 0) {
		/* the mappings hold the file now */
		allow_write_access(bp->file);
		if (bp->file)
			fput(bp->file);
		bp->file = NULL;
		return rc;
	}
	return rc;
}

/**
 * @brief \~english Execute the program @p filename in the current task.
 *        \~chinese 在当前进程中执行程序 filename。 \~
 * @param filename \~english the program's path \~chinese 程序的路径名 \~
 * @param argv, envp \~english NULL-terminated string arrays (kernel memory)
 *                   \~chinese 以 NULL 结尾的字符串数组（位于内核空间） \~
 * @return \~english 0, or a negative errno (after the point of no return the task
 *         was given SIGKILL)
 *         \~chinese 成功返回 0，否则返回负的错误码
 *         （越过不可返回点之后，进程已收到 SIGKILL） \~
 * @kernel{fs/exec.c,1291}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No LSM or accounting (security_bprm_alloc(),
 *         sched_exec(), acct_update_integrals()), and prepare_binprm(),
 *         which reads the file's first bytes and the credentials, is left
 *         out: mm24's programs keep their headers in the inode.
 *         \~chinese 没有安全模块与统计（security_bprm_alloc()、sched_exec()、
 *         acct_update_integrals()）；省略了读取文件开头字节与凭证的
 *         prepare_binprm()：mm24 的程序把头部放在 inode 中。 \~
 */
int do_execve(const char *filename, const char *const *argv,
	      const char *const *envp)
{
	struct linux_binprm *bp;
	struct file *filp;
	int rc;

	rc = -ENOMEM;
	bp = kzalloc(sizeof(*bp), GFP_KERNEL);
	if (!bp)
		goto out_ret;

	filp = open_exec(filename);
	rc = (int)PTR_ERR(filp);
	if (IS_ERR(filp))
		goto out_kfree;

	bp->file = filp;
	bp->filename = filename;

	rc = bprm_mm_init(bp);
	if (rc)
		goto out_file;

	bp->argc = count(argv, MAX_ARG_STRINGS);
	rc = bp->argc;
	if (rc < 0)
		goto out_mm;

	bp->envc = count(envp, MAX_ARG_STRINGS);
	rc = bp->envc;
	if (rc < 0)
		goto out_mm;

	rc = copy_strings_kernel(1, &bp->filename, bp);
	if (rc < 0)
		goto out;

	bp->exec = bp->p;
	rc = copy_strings(bp->envc, envp, bp);
	if (rc < 0)
		goto out;

	rc = copy_strings(bp->argc, argv, bp);
	if (rc < 0)
		goto out;

	rc = search_binary_handler(bp, &current->user_regs);
	if (rc >= 0) {
		kfree(bp);
		return rc;
	}

out:
out_mm:
	if (bp->mm)
		mmput(bp->mm);

out_file:
	if (bp->file) {
		allow_write_access(bp->file);
		fput(bp->file);
	}

out_kfree:
	kfree(bp);

out_ret:
	return rc;
}
