/**
 * @file
 * @brief \~english The first task, the kernel's mm, and CPU-wide TLB flushes.
 *        \~chinese 第一个进程、内核自己的 mm，以及作用于所有 CPU 的 TLB 刷新。 \~
 *
 * init_task.c - the first task and the kernel's own mm
 * (arch/x86/kernel/init_task.c), and the CPU-wide helpers that act on
 * every emulated CPU (set_in_cr4, flush_tlb_all).
 */
#include <linux/sched.h>
#include <linux/mm_types.h>
#include <asm/tlbflush.h>

/* an Intel family-6 CPU (the M686 build's target) with PSE and PGE */
struct cpuinfo_x86 boot_cpu_data = {
	.x86 = 6,
	.x86_vendor = X86_VENDOR_INTEL,
	.has_pse = 1,
	.has_pge = 1,
	.wp_works_ok = -1,
};

struct mm_struct init_mm = {
	.mm_rb = RB_ROOT,
	.mm_users = ATOMIC_INIT(2),
	.mm_count = ATOMIC_INIT(1),
	.mmlist = LIST_HEAD_INIT(init_mm.mmlist),
	.cpu_vm_mask = CPU_MASK_ALL,
};

/* The limits every task starts from (INIT_RLIMITS of
 * asm-generic/resource.h, the ones mm code reads). */
struct signal_struct init_signals = {
	.count = ATOMIC_INIT(1),
	.rlim = {
		[RLIMIT_DATA] = { RLIM_INFINITY, RLIM_INFINITY },
		[RLIMIT_STACK] = { _STK_LIM, RLIM_INFINITY },
		[RLIMIT_MEMLOCK] = { MLOCK_LIMIT, MLOCK_LIMIT },
		[RLIMIT_AS] = { RLIM_INFINITY, RLIM_INFINITY },
	},
};

struct task_struct init_task = {
	.pid = 0,
	.comm = "swapper",
	.mm = NULL,
	.active_mm = &init_mm,
	.tasks = LIST_HEAD_INIT(init_task.tasks),
	.signal = &init_signals,
	.parent = &init_task,
	.usage = ATOMIC_INIT(2),
};

struct task_struct *current_task_of[NR_CPUS] = {
	&init_task, &init_task, &init_task, &init_task,
	&init_task, &init_task, &init_task, &init_task,
};

void set_in_cr4(unsigned long mask)
{
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		i386_cpus[cpu].cr4 |= (u32)mask;
}

/**
 * @brief \~english Flush every TLB entry, global ones too, on all CPUs.
 *        \~chinese 刷新所有 CPU 的全部 TLB 表项（包括全局表项）。 \~
 * @kernel{arch/x86/kernel/smp_32.c,462}
 * @seenotes{chapter-intro,intro-tlb}
 * @kquirk \~english The emulated CPUs take no interrupts, so there is no
 *         IPI to make each of them run do_flush_tlb_all() (on_each_cpu()):
 *         the TLB of every online CPU is flushed from here, global entries
 *         too (i386_tlb_flush()).  No CPU is in lazy TLB mode, so none has
 *         an mm to leave (leave_mm()).
 *         \~chinese 模拟的 CPU 不接收中断，所以无法用处理器间中断让每个 CPU 执行
 *         do_flush_tlb_all()（on_each_cpu()）：这里直接刷新每个在线 CPU 的 TLB，
 *         包括全局表项（i386_tlb_flush()）。没有 CPU 处于惰性 TLB 模式，也就没有
 *         需要离开的 mm（leave_mm()）。 \~
 */
void flush_tlb_all(void)
{
	int cpu;

	for (cpu = 0; cpu < num_online_cpus(); cpu++)
		i386_tlb_flush(&i386_cpus[cpu], 0);
}
