/**
 * @file
 * @brief \~english Switching tasks: the address-space half of the scheduler's context switch.
 *        \~chinese 进程切换：调度器上下文切换中与地址空间有关的那一半。 \~
 *
 * sched.c (vma unit) - context_switch() and finish_task_switch() of
 * kernel/sched.c, the per-CPU idle tasks and what runs on each CPU.
 *
 * context_switch(prev, next) on this CPU:
 *  1. next has an mm: switch_mm(prev->active_mm, next->mm) loads its
 *     page directory (CR3), unless it is already loaded;
 *  2. next is a kernel thread (no mm): it borrows the mm the CPU has
 *     (active_mm = prev->active_mm, one more mm_count) and the CPU goes
 *     lazy (enter_lazy_tlb()): no CR3 reload, no TLB flush;
 *  3. prev was a kernel thread: the mm it borrowed is given back after
 *     the switch (finish_task_switch(): mmdrop());
 *  4. a dead prev drops its last reference (put_task_struct()).
 *
 * mm24 has no scheduler: the scenario decides what runs (exec, task,
 * cpu, exit) and this is the switch it asks for.  Each CPU has its idle
 * task (init_task on CPU 0, a copy for each other CPU) and runs one
 * task at a time.
 */
#include <linux/mman.h>
#include <asm/mmu_context.h>

/**
 * @brief \~english What a CPU runs, and the mm to drop after a switch.
 *        \~chinese 每个 CPU 正在运行的进程，以及切换之后需要释放的 mm。 \~
 * @kernel{kernel/sched.c,278}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english No run queue, load or clock: mm24 does not schedule,
 *         so the fields for it (->lock, ->nr_running, ->cpu_load, ->clock,
 *         ->next_balance and the rest) are left out.
 *         \~chinese 没有运行队列、负载与时钟：mm24 不做调度，相应的字段（->lock、
 *         ->nr_running、->cpu_load、->clock、->next_balance 等）都省去了。 \~
 */
struct rq {
	struct task_struct *curr, *idle;	/**< running, and the idle task */
	struct mm_struct *prev_mm;	/**< a kernel thread's borrowed mm */
};

static struct rq runqueues[NR_CPUS];
#define cpu_rq(cpu)	(&runqueues[(cpu)])
#define this_rq()	cpu_rq(smp_processor_id())

/* the idle tasks of CPUs 1 .. NR_CPUS-1 (CPU 0's is init_task) */
static struct task_struct idle_threads[NR_CPUS];

struct task_struct *idle_task(int cpu)
{
	return cpu_rq(cpu)->idle;
}

/**
 * @brief \~english Drop a reference to a task; free it on the last one.
 *        \~chinese 释放对进程描述符的一个引用；最后一个引用释放时将其释放。 \~
 * @param t \~english the task \~chinese 进程 \~
 * @kernel{include/linux/sched.h,1350}
 * @seenotes{chapter-vma,vma-tasks}
 */
static inline void put_task_struct(struct task_struct *t)
{
	if (atomic_dec_and_test(&t->usage))
		__put_task_struct(t);
}

/**
 * @brief \~english After the switch: give back a kernel thread's borrowed mm, reap a dead task.
 *        \~chinese 切换完成之后：归还内核线程借用的 mm，回收已死的进程。 \~
 * @param here \~english this CPU's \~chinese 本 CPU 的运行队列 \~
 * @param from \~english the task switched away from
 *             \~chinese 被切换下去的进程 \~
 * @kernel{kernel/sched.c,1872}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english No run-queue lock to release (finish_lock_switch()),
 *         no arch hook, preempt notifiers or kprobes.
 *         \~chinese 没有需要释放的运行队列锁（finish_lock_switch()），也没有体系结构
 *         钩子、抢占通知与 kprobes。 \~
 */
static void finish_task_switch(struct rq *here, struct task_struct *from)
{
	struct mm_struct *to_mm = here->prev_mm;
	long was_state;

	here->prev_mm = NULL;

	/* read before anything can free prev */
	was_state = from->state;
	if (to_mm)
		mmdrop(to_mm);
	if (unlikely(was_state == TASK_DEAD))
		put_task_struct(from);
}

/**
 * @brief \~english Switch this CPU from @p from to @p to: the address space, then the task.
 *        \~chinese 把本 CPU 从 prev 切换到 next：先切换地址空间，再切换进程。 \~
 * @param from \~english the task running now (current)
 *             \~chinese 当前正在运行的进程（current） \~
 * @param to \~english the task to run \~chinese 将要运行的进程 \~
 * @kernel{kernel/sched.c,1930}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english switch_to() and its barrier() (registers and kernel
 *         stack) become an update of the CPU's current task, indexed by
 *         smp_processor_id(); the run queue is this_rq() rather than an
 *         argument, and BUG_ON() checks that the switch starts from the
 *         running task since the scenario, not a scheduler, asks for it.
 *         No lockdep or paravirt lazy CPU mode (prepare_task_switch(),
 *         arch_enter_lazy_cpu_mode()).
 *         \~chinese switch_to() 及其后的 barrier()（寄存器与内核栈的切换）变成按
 *         smp_processor_id() 更新该 CPU 的当前进程；运行队列取 this_rq() 而不是参数，
 *         并用 BUG_ON() 检查切换是从正在运行的进程开始的，因为发起切换的是场景脚本
 *         而不是调度器。没有锁依赖检查或半虚拟化的惰性 CPU 模式
 *         （prepare_task_switch()、arch_enter_lazy_cpu_mode()）。 \~
 */
void context_switch(struct task_struct *from, struct task_struct *to)
{
	struct rq *here = this_rq();
	struct mm_struct *to_mm, *from_mm;

	BUG_ON(from != current);
	to_mm = to->mm;
	from_mm = from->active_mm;

	if (unlikely(!to_mm)) {
		/* a kernel thread runs in whatever the CPU has loaded */
		to->active_mm = from_mm;
		atomic_inc(&from_mm->mm_count);
		enter_lazy_tlb(from_mm, to);
	} else
		switch_mm(from_mm, to_mm, to);

	if (unlikely(!from->mm)) {
		from->active_mm = NULL;
		here->prev_mm = from_mm;
	}

	current_task_of[smp_processor_id()] = to;
	here->curr = to;

	finish_task_switch(this_rq(), from);
}

/**
 * @brief \~english Make @p it the task this CPU runs when it has nothing else.
 *        \~chinese 把 idle 设为该 CPU 无事可做时运行的进程。 \~
 * @param it \~english the idle task \~chinese idle 进程 \~
 * @param cpu \~english its CPU \~chinese 它所在的 CPU \~
 * @kernel{kernel/sched.c,4975}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english No scheduling class, priority, CPU mask or preempt
 *         count to set up (__sched_fork(), sched_clock(), cpumask_of_cpu(),
 *         __set_task_cpu(), and the run-queue lock
 *         spin_lock_irqsave()); the lazy borrowing of init_mm that
 *         cpu_init() does on each secondary CPU (atomic_inc() of
 *         ->mm_count, when the task has no ->active_mm yet) is done here.
 *         \~chinese 没有调度类、优先级、CPU 掩码或抢占计数需要设置（__sched_fork()、
 *         sched_clock()、cpumask_of_cpu()、__set_task_cpu()，以及运行队列锁
 *         spin_lock_irqsave()）；每个从 CPU 在 cpu_init() 中惰性借用 init_mm 的工作
 *         （进程还没有 ->active_mm 时对 ->mm_count 做 atomic_inc()）在这里完成。 \~
 */
static void init_idle(struct task_struct *it, int cpu)
{
	struct rq *here = cpu_rq(cpu);

	here->curr = here->idle = it;
	if (!it->active_mm) {
		atomic_inc(&init_mm.mm_count);
		it->active_mm = &init_mm;
	}
}

/**
 * @brief \~english Give every CPU its idle task (start_kernel()).
 *        \~chinese 为每个 CPU 配上空闲进程（由 start_kernel() 调用）。 \~
 * @kernel{kernel/sched.c,6749}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english Of sched_init() only the idle tasks are kept (no run
 *         queues, scheduling classes or load balancing): the boot idle
 *         task's lazy reference to init_mm and the secondary CPUs' idle
 *         tasks, copies of init_task (what fork_idle() makes at SMP boot),
 *         each running on its CPU: the loop runs over num_online_cpus()
 *         calling init_idle(), where 2.6.24 walks for_each_possible_cpu()
 *         setting up each cpu_rq() (spin_lock_init(), atomic_set(), the
 *         MAX_RT_PRIO priority queues with INIT_LIST_HEAD(), __clear_bit()
 *         and __set_bit()); no set_load_weight() or open_softirq().
 *         \~chinese sched_init() 只保留空闲进程部分（没有运行队列、调度类与负载
 *         均衡）：启动 CPU 的空闲进程对 init_mm 的惰性引用，以及各从 CPU 的空闲进程——
 *         init_task 的副本（即 SMP 启动时 fork_idle() 所建的），各自运行在自己的
 *         CPU 上：循环按 num_online_cpus() 调用 init_idle()，而 2.6.24 用
 *         for_each_possible_cpu() 初始化每个 cpu_rq()（spin_lock_init()、atomic_set()、
 *         以 INIT_LIST_HEAD()、__clear_bit() 与 __set_bit() 建立 MAX_RT_PRIO 个优先级
 *         队列）；也没有 set_load_weight() 与 open_softirq()。 \~
 */
void sched_init(void)
{
	int cpu;

	/* the secondary CPUs' idle tasks: copies of init_task */
	for (cpu = 1; cpu < num_online_cpus(); cpu++) {
		struct task_struct *it = &idle_threads[cpu];

		*it = init_task;
		it->active_mm = NULL;
		INIT_LIST_HEAD(&it->tasks);
		init_idle(it, cpu);
		current_task_of[cpu] = it;
	}

	/* the boot idle task borrows init_mm lazily too: a reference of
	 * its own, on top of init_mm's permanent one */
	atomic_inc(&init_mm.mm_count);
	enter_lazy_tlb(&init_mm, current);

	init_idle(current, smp_processor_id());
}
