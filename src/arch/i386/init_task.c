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

struct cpuinfo_x86 boot_cpu_data = {
	.has_pse = 1,
	.has_pge = 1,
	.wp_works_ok = -1,
};

struct mm_struct init_mm = {
	.mm_users = ATOMIC_INIT(2),
	.mm_count = ATOMIC_INIT(1),
};

struct task_struct init_task = {
	.pid = 0,
	.comm = "swapper",
	.mm = NULL,
	.active_mm = &init_mm,
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
 */
void flush_tlb_all(void)
{
	int cpu;

	for (cpu = 0; cpu < num_online_cpus(); cpu++)
		i386_tlb_flush(&i386_cpus[cpu], 0);
}
