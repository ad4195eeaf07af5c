/**
 * @file
 * @brief \~english A task exits: it lets go of its address space and is reaped.
 *        \~chinese 进程退出：放开它的地址空间并被回收。 \~
 *
 * exit.c (vma unit) - exit_mm() and the memory side of do_exit()
 * (kernel/exit.c).
 *
 * exit_mm(): the task keeps a reference to the structure (mm_count) and
 * runs on as a kernel thread in lazy TLB mode, while mmput() drops its
 * use (mm_users); if it was the last user, exit_mmap() tears the
 * mappings down.  The borrowed reference goes when the CPU switches to
 * the next task (finish_task_switch()).
 */
#include <linux/mman.h>
#include <asm/mmu_context.h>

void mm_release(struct task_struct *tsk, struct mm_struct *mm);

/**
 * @brief \~english The exiting task gives up its mm: lazy TLB, then mmput().
 *        \~chinese 退出中的进程放弃它的 mm：进入惰性 TLB 模式，然后 mmput()。 \~
 * @param task \~english the task (current) \~chinese 进程（即 current） \~
 * @kernel{kernel/exit.c,557}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english No core dumps: the core_waiters rendezvous is left
 *         out, and there is no freezer (clear_freeze_flag()); task_lock()
 *         and task_unlock() protect nothing on one CPU at a time.
 *         \~chinese 没有核心转储：省略了与 core_waiters 的会合；也没有冻结器
 *         （clear_freeze_flag()）。 \~
 */
static void exit_mm(struct task_struct *task)
{
	struct mm_struct *space = task->mm;

	mm_release(task, space);
	if (!space)
		return;
	down_read(&space->mmap_sem);
	/* the task stays in mm, lazily, until it is switched away from */
	atomic_inc(&space->mm_count);
	BUG_ON(space != task->active_mm);
	task->mm = NULL;
	up_read(&space->mmap_sem);
	enter_lazy_tlb(space, current);
	mmput(space);
}

/**
 * @brief \~english Give the exiting task's children to its own parent.
 *        \~chinese 把退出进程的子进程交给它自己的父进程。 \~
 * @param dying \~english the exiting task \~chinese 正在退出的进程 \~
 * @kernel{kernel/exit.c,669}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english The children go to the exiting task's parent (a
 *         subreaper, as later kernels call it) rather than to a reaper
 *         found with next_thread() or task_child_reaper() (init, pid 1,
 *         which mm24 does not have); mm24 has no children lists (a walk of
 *         all tasks with list_for_each_entry() for father->children and
 *         reparent_thread()), no tasklist_lock, no ptraced children
 *         (ptrace_dead), no zombies to notify about and no process groups
 *         to orphan.
 *         \~chinese 子进程交给退出进程的父进程（后来的内核称之为 subreaper），而不是
 *         init（进程号 1，mm24 中没有）；没有被跟踪的子进程，没有需要通知的僵死进程，
 *         也没有会变成孤儿的进程组。 \~
 */
static void forget_original_parent(struct task_struct *dying)
{
	struct task_struct *t;

	list_for_each_entry(t, &init_task.tasks, tasks)
		if (t->parent == dying)
			t->parent = dying->parent;
}

/**
 * @brief \~english The current task exits: its mm goes, it is reaped, the CPU moves on.
 *        \~chinese 当前进程退出：释放其 mm，被回收，CPU 转而运行下一个进程。 \~
 * @param code \~english the exit status \~chinese 退出状态码 \~
 * @kernel{kernel/exit.c,910}
 * @seenotes{chapter-vma,vma-tasks}
 * @kquirk \~english Only the memory steps are kept: PF_EXITING,
 *         exit_mm(), the exit state, TASK_DEAD and the final switch; the
 *         idle task may not exit (a BUG_ON() for the panic() of pid 0, and
 *         no in_interrupt(), fs_excl or PT_TRACE_EXIT checks).  No
 *         semaphores, files, fs, threads or namespaces to release
 *         (exit_sem(), __exit_files(), __exit_fs(), exit_thread()), no
 *         accounting, no exit_notify() to the parent and no zombie state:
 *         the task is reaped at once (release_task() takes it off the task
 *         list with list_del() and drops the reaper's reference with
 *         atomic_dec()), children go to its parent
 *         (forget_original_parent()), no splice_pipe to free, and
 *         schedule() is a context_switch() to the parent (or idle).
 *         \~chinese 只保留与内存有关的步骤：PF_EXITING、exit_mm()、退出状态、
 *         TASK_DEAD 以及最后的切换。没有信号、文件、文件系统、命名空间、统计、对父进程
 *         的通知，也没有僵死状态：进程立即被回收（release_task() 把它从进程链表上摘下并
 *         放掉父进程持有的引用），下一个运行的进程选它的父进程。 \~
 */
void do_exit(long code)
{
	struct task_struct *task = current;

	(void)code;
	BUG_ON(!task->pid);	/* the idle task does not exit */
	task->flags |= PF_EXITING;
	exit_mm(task);
	forget_original_parent(task);
	task->exit_state = EXIT_ZOMBIE;

	/* release_task(): reaped by nobody but us */
	list_del(&task->tasks);
	atomic_dec(&task->usage);

	/* schedule(): the parent runs next, or the idle task */
	task->state = TASK_DEAD;
	if (task->parent == &init_task)
		context_switch(task, idle_task(smp_processor_id()));
	else
		context_switch(task, task->parent);
}
