/**
 * @file
 * @brief \~english Switching the address space a CPU runs in.
 *        \~chinese 切换 CPU 所运行的地址空间。 \~
 *
 * asm/mmu_context.h - switch_mm() and its helpers
 * (include/asm-x86/mmu_context_32.h).
 *
 * A CPU's address space is the page directory in CR3.  switch_mm()
 * loads the next mm's directory (which flushes every non-global TLB
 * entry) and moves the CPU from prev's cpu_vm_mask to next's, so TLB
 * shootdowns of an mm reach exactly the CPUs that may cache it.
 *
 * Lazy TLB: a kernel thread has no mm and borrows the one the CPU had
 * (active_mm); the CPU is then TLBSTATE_LAZY.  A flush of that mm finds
 * the CPU lazy and, instead of flushing, makes it leave the mm
 * (leave_mm(): CR3 = swapper_pg_dir, out of cpu_vm_mask).
 *
 *   cpu_tlbstate[cpu].state    OK: running a task of active_mm
 *                              LAZY: a kernel thread borrows active_mm
 */
#ifndef _ASM_MMU_CONTEXT_H
#define _ASM_MMU_CONTEXT_H

#include <linux/mm_types.h>
#include <linux/percpu.h>
#include <linux/sched.h>
#include <asm/tlbflush.h>

#define TLBSTATE_OK	1
#define TLBSTATE_LAZY	2

/* What a CPU has in CR3, and whether it is lazy about it. */
struct tlb_state {
	struct mm_struct *active_mm;
	int state;
};
extern struct tlb_state per_cpu__cpu_tlbstate[NR_CPUS];

void leave_mm(unsigned long cpu);

/**
 * @brief \~english Set up the arch context of a new address space (the LDT).
 *        \~chinese 为新地址空间建立体系结构相关的上下文（LDT）。 \~
 * @param tsk \~english the task that will run in @p mm \~chinese 将在 mm 中运行的进程 \~
 * @param mm \~english the new address space \~chinese 新的地址空间 \~
 * @return \~english 0: mm24 gives no address space an LDT, so nothing can fail \~chinese 0：mm24 不为任何地址空间建立 LDT，所以不会失败 \~
 * @kernel{arch/x86/kernel/ldt_32.c,90}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english mm24 has no LDT (no segment descriptors at all): there
 *         is nothing to copy from the old mm (mutex_init(), copy_ldt()),
 *         so it always succeeds.
 *         \~chinese mm24 没有 LDT（根本没有段描述符）：无需从旧 mm 复制任何东西
 *         （mutex_init()、copy_ldt()），所以总是成功。 \~
 */
static inline int init_new_context(struct task_struct *tsk,
				   struct mm_struct *mm)
{
	(void)tsk;
	(void)mm;
	return 0;
}

/* no LDT to free */
#define destroy_context(mm)	do { (void)(mm); } while (0)

/**
 * @brief \~english A kernel thread runs on this CPU with a borrowed mm: go lazy.
 *        \~chinese 内核线程借用当前 mm 在本 CPU 上运行：进入惰性 TLB 模式。 \~
 * @param mm \~english the borrowed mm \~chinese 借用的 mm \~
 * @param tsk \~english the kernel thread \~chinese 内核线程 \~
 * @kernel{include/asm-x86/mmu_context_32.h,26}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english The CPU's cpu_tlbstate is looked up once (per_cpu())
 *         into a local.
 *         \~chinese 本 CPU 的 cpu_tlbstate 只用 per_cpu() 取一次，放在局部变量中。 \~
 */
static inline void enter_lazy_tlb(struct mm_struct *mm, struct task_struct *tsk)
{
	struct tlb_state *here = &per_cpu(cpu_tlbstate, smp_processor_id());

	(void)mm;
	(void)tsk;
	if (here->state == TLBSTATE_OK)
		here->state = TLBSTATE_LAZY;
}

/**
 * @brief \~english Make this CPU run in @p next: load its page directory into CR3.
 *        \~chinese 让本 CPU 运行在 next 地址空间中：把它的页全局目录装入 CR3。 \~
 * @param from \~english the mm the CPU runs in now
 *             \~chinese CPU 当前运行所在的 mm \~
 * @param to \~english the mm it switches to \~chinese 要切换到的 mm \~
 * @param tsk \~english the task (unused on i386)
 *            \~chinese 进程（i386 上未使用） \~
 * @kernel{include/asm-x86/mmu_context_32.h,37}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english No LDT: load_LDT_nolock() and the comparison of the
 *         two contexts' ldt are left out.  The CPU's cpu_tlbstate is
 *         looked up once (per_cpu()) into a local.
 *         \~chinese 没有 LDT：省略了 load_LDT_nolock() 以及两个上下文中 ldt 的比较。本 CPU 的
 *         cpu_tlbstate 只用 per_cpu() 取一次，放在局部变量中。 \~
 */
static inline void switch_mm(struct mm_struct *from, struct mm_struct *to,
			     struct task_struct *tsk)
{
	int me = smp_processor_id();
	struct tlb_state *here = &per_cpu(cpu_tlbstate, me);

	(void)tsk;
	if (likely(from != to)) {
		/* shootdowns of the old mm need not reach this CPU now */
		cpu_clear(me, from->cpu_vm_mask);
		here->state = TLBSTATE_OK;
		here->active_mm = to;
		cpu_set(me, to->cpu_vm_mask);
		load_cr3(to->pgd);
	} else {
		here->state = TLBSTATE_OK;
		BUG_ON(here->active_mm != to);
		/* lazy, and a flush made us leave: CR3 is swapper's now */
		if (!cpu_test_and_set(me, to->cpu_vm_mask))
			load_cr3(to->pgd);
	}
}

/* i386 clears %gs here; mm24 has no segment registers */
#define deactivate_mm(tsk, mm)	do { (void)(tsk); (void)(mm); } while (0)

#define activate_mm(prev, next)	switch_mm((prev), (next), NULL)

#endif /* _ASM_MMU_CONTEXT_H */
