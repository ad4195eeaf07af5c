/**
 * @file
 * @brief \~english TLB shootdown: flushing an address space on every CPU that may cache it.
 *        \~chinese TLB 击落：在每个可能缓存某地址空间的 CPU 上刷新其 TLB 表项。 \~
 *
 * smp_32.c - the TLB flushes of an mm on an SMP i386
 * (arch/x86/kernel/smp_32.c).
 *
 * flush_tlb_mm(mm) / flush_tlb_page(vma, va):
 *  1. the CPUs to reach are mm->cpu_vm_mask without this one;
 *  2. this CPU: if it runs in the mm, flush (all, or the one page); a kernel
 *     thread that only borrows the mm leaves it instead (leave_mm());
 *  3. the others get the flush IPI: each one that still has the mm in
 *     cpu_tlbstate flushes if it runs a task of the mm (TLBSTATE_OK) or
 *     leaves the mm if it is lazy (smp_invalidate_interrupt()).
 * A CPU in lazy TLB mode is thus flushed at most once: after leave_mm()
 * it runs on swapper_pg_dir and is out of cpu_vm_mask.
 */
#include <linux/mm_types.h>
#include <asm/mmu_context.h>
#include <asm/tlbflush.h>

#define TLB_FLUSH_ALL	0xffffffffUL

/* What each CPU runs in: the boot CPUs start in init_mm, neither
 * running a task of it nor lazy. */
struct tlb_state per_cpu__cpu_tlbstate[NR_CPUS] = {
	[0 ... NR_CPUS - 1] = { &init_mm, 0 },
};

/**
 * @brief \~english A lazy CPU stops using the mm it borrowed: CR3 = swapper_pg_dir.
 *        \~chinese 处于惰性模式的 CPU 不再使用借来的 mm：CR3 改为 swapper_pg_dir。 \~
 * @param id \~english the CPU, this one \~chinese CPU 编号，即当前 CPU \~
 * @kernel{arch/x86/kernel/smp_32.c,259}
 * @seenotes{chapter-vma,vma-switch}
 */
void leave_mm(unsigned long id)
{
	if (per_cpu(cpu_tlbstate, id).state == TLBSTATE_OK)
		BUG();		/* only a lazy CPU may leave */
	cpu_clear(id, per_cpu(cpu_tlbstate, id).active_mm->cpu_vm_mask);
	load_cr3(swapper_pg_dir);
}

/**
 * @brief \~english The flush IPI's handler, on the CPU that receives it.
 *        \~chinese 刷新 TLB 的处理器间中断在接收 CPU 上的处理函数。 \~
 * @param flush_mm \~english the mm being flushed \~chinese 正在刷新的 mm \~
 * @param flush_va \~english the page, or TLB_FLUSH_ALL
 *                 \~chinese 要刷新的页，或 TLB_FLUSH_ALL \~
 * @kernel{arch/x86/kernel/smp_32.c,313}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english Called directly with the flush's mm and address on
 *         the target CPU (mm24 has no interrupts): the flush_cpumask
 *         handshake with the sender (cpu_isset(), cpu_clear()), the
 *         register frame, ack_APIC_irq() and the irq_tlb_count statistic
 *         are left out.  The CPU's cpu_tlbstate is looked up once
 *         (per_cpu()) into a local, whose ->active_mm and ->state are
 *         then tested around the TLB_FLUSH_ALL test.
 *         \~chinese 直接在目标 CPU 上以要刷新的 mm 和地址调用（mm24 没有中断）：
 *         与发送方之间通过 flush_cpumask 的握手（cpu_isset()、cpu_clear()）、
 *         寄存器现场、ack_APIC_irq() 以及 irq_tlb_count 统计都省略了。本 CPU 的
 *         cpu_tlbstate 只用 per_cpu() 取一次，放在局部变量中，随后在 TLB_FLUSH_ALL 检查前后
 *         检查它的 ->active_mm 与 ->state。 \~
 */
static void smp_invalidate_interrupt(struct mm_struct *flush_mm,
				     unsigned long flush_va)
{
	int id = get_cpu();
	struct tlb_state *st = &per_cpu(cpu_tlbstate, id);

	/* another mm since the IPI was sent: nothing of ours to flush */
	if (flush_mm == st->active_mm) {
		if (st->state == TLBSTATE_OK) {
			if (flush_va == TLB_FLUSH_ALL)
				local_flush_tlb();
			else
				__flush_tlb_one(flush_va);
		} else
			leave_mm((unsigned long)id);
	}
	put_cpu();
}

/**
 * @brief \~english Make the CPUs of @p cpumaskp flush @p space (one page, or all).
 *        \~chinese 让 cpumaskp 中的 CPU 刷新 mm 的 TLB 表项（一页或全部）。 \~
 * @param cpumaskp \~english the other CPUs to reach
 *                 \~chinese 需要通知的其他 CPU \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @param page_va \~english the page, or TLB_FLUSH_ALL
 *                \~chinese 要刷新的页，或 TLB_FLUSH_ALL \~
 * @kernel{arch/x86/kernel/smp_32.c,348}
 * @seenotes{chapter-vma,vma-switch}
 * @kquirk \~english Instead of publishing flush_mm/flush_va under
 *         tlbstate_lock and send_IPI_mask() with a wait for every CPU to
 *         answer, each CPU of the mask runs smp_invalidate_interrupt() in
 *         turn, as the executing CPU (as smp_call_function() does here).
 *         No CPU hotplug, so no cpus_and() with the online map, and no
 *         lock to take or release (spin_lock(), spin_unlock()); this CPU's
 *         id (smp_processor_id()) is read first, to come back to it.
 *         \~chinese 不是在 tlbstate_lock 保护下发布 flush_mm/flush_va，再用
 *         send_IPI_mask() 发中断并等待每个 CPU 应答，而是让掩码中的每个 CPU 依次
 *         （切换为当前执行的 CPU，与这里的 smp_call_function() 相同）执行
 *         smp_invalidate_interrupt()。没有 CPU 热插拔，所以也不与在线 CPU 图做
 *         cpus_and()，也没有要获取或释放的锁（spin_lock()、spin_unlock()）；本 CPU 的
 *         编号（smp_processor_id()）最先读取，以便最后切换回来。 \~
 */
static void native_flush_tlb_others(const cpumask_t *cpumaskp,
				    struct mm_struct *space, unsigned long page_va)
{
	cpumask_t targets = *cpumaskp;
	int self = smp_processor_id(), id;

	BUG_ON(cpus_empty(targets));
	BUG_ON(cpu_isset(self, targets));
	BUG_ON(!space);

	for_each_cpu_mask(id, targets) {
		mm24_cpu = id;		/* "the IPI arrives" */
		smp_invalidate_interrupt(space, page_va);
	}
	mm24_cpu = self;
}

#define flush_tlb_others(mask, mm, va)	native_flush_tlb_others(&(mask), mm, va)

/**
 * @brief \~english Flush every TLB entry of @p space on every CPU that may hold one.
 *        \~chinese 在每个可能缓存 mm 的 CPU 上刷新它的全部 TLB 表项。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @kernel{arch/x86/kernel/smp_32.c,410}
 * @seenotes{chapter-vma,vma-switch}
 */
void flush_tlb_mm(struct mm_struct *space)
{
	cpumask_t others;
	int me;

	preempt_disable();
	me = smp_processor_id();
	others = space->cpu_vm_mask;
	cpu_clear(me, others);

	if (current->active_mm == space) {
		if (current->mm)
			local_flush_tlb();
		else
			leave_mm((unsigned long)smp_processor_id());
	}
	if (!cpus_empty(others))
		flush_tlb_others(others, space, TLB_FLUSH_ALL);

	preempt_enable();
}

/**
 * @brief \~english Flush the TLB entry of one page of @p area on every CPU that may hold it.
 *        \~chinese 在每个可能缓存的 CPU 上刷新 vma 中某一页的 TLB 表项。 \~
 * @param area \~english the VMA of the page \~chinese 该页所在的线性区 \~
 * @param page_va \~english the page's address \~chinese 该页的线性地址 \~
 * @kernel{arch/x86/kernel/smp_32.c,430}
 * @seenotes{chapter-vma,vma-switch}
 */
void flush_tlb_page(struct vm_area_struct *area, unsigned long page_va)
{
	struct mm_struct *space = area->vm_mm;
	cpumask_t others;
	int me;

	preempt_disable();
	me = smp_processor_id();
	others = space->cpu_vm_mask;
	cpu_clear(me, others);

	if (current->active_mm == space) {
		if (current->mm)
			__flush_tlb_one(page_va);
		else
			leave_mm((unsigned long)smp_processor_id());
	}

	if (!cpus_empty(others))
		flush_tlb_others(others, space, page_va);

	preempt_enable();
}
