/**
 * @file
 * @brief \~english The i386 page-fault handler.
 *        \~chinese i386 的缺页异常处理程序。 \~
 *
 * fault_32.c - the page-fault handler (arch/x86/mm/fault_32.c).
 *
 * do_page_fault(regs, error_code), address from CR2:
 *  1. address >= TASK_SIZE: a kernel-mode, not-present fault may be a
 *     vmalloc area this page directory has not seen yet; copy the PDE
 *     from init_mm (vmalloc_fault()).  Anything else there is bad.
 *  2. no mm, or faults disabled (in_atomic): nothing can be mapped.
 *  3. the VMA walk and handle_mm_fault() (vma and fault units).
 *  bad_area: user mode gets SIGSEGV with the "segfault at" line;
 *  no_context: a kernel access is fixed up through the exception table,
 *  or it is an oops.
 */
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/sched.h>
#include <asm/traps.h>
#include <asm/uaccess.h>

/**
 * @brief \~english Queue a fault signal for @p tsk.
 *        \~chinese 向进程 tsk 发送缺页异常引起的信号。 \~
 * @param si_signo SIGSEGV or SIGBUS
 * @param si_code SEGV_MAPERR, SEGV_ACCERR, ...
 * @param address the faulting address
 * @param tsk the task
 * @kernel{arch/x86/mm/fault_32.c,205}
 * @seenotes{chapter-intro,intro-faults}
 * @kquirk \~english mm24 has no signal queue and no handlers: instead of
 *         filling a siginfo and calling force_sig_info(), the signal's bit
 *         is set in @c pending, where the scenario reads it; the code and
 *         address are not kept.
 *         \~chinese mm24 没有信号队列，也没有信号处理函数：这里不填写 siginfo、
 *         不调用 force_sig_info()，只在 @c pending 中置上该信号对应的位，由场景
 *         读取；si_code 和出错地址都不保存。 \~
 */
static void force_sig_info_fault(int si_signo, int si_code,
				 unsigned long address, struct task_struct *tsk)
{
	(void)si_code;
	(void)address;
	tsk->pending |= 1UL << (si_signo - 1);
}

/**
 * @brief \~english Copy the kernel PDE of @p address from init_mm into @p pgd.
 *        \~chinese 把 address 对应的内核页目录项从 init_mm 复制到 pgd 中。 \~
 * @param pgd the page directory that faulted
 * @param address a kernel address
 * @return the reference (init_mm) entry, or NULL if it is not present
 * @kernel{arch/x86/mm/fault_32.c,219}
 * @seenotes{chapter-intro,intro-faults}
 */
static pmd_t *vmalloc_sync_one(pgd_t *pgd, unsigned long address)
{
	unsigned slot = (unsigned)pgd_index(address);
	pgd_t *ref_pgd = init_mm.pgd + slot;	/* the reference table */
	pud_t *pud, *ref_pud;
	pmd_t *pde, *ref;

	pgd += slot;
	if (!pgd_present(*ref_pgd))
		return NULL;
	/* the pud and pmd levels are folded into the pgd on non-PAE: the
	 * level below is the same entry, always present */
	pud = pud_offset(pgd, address);
	ref_pud = pud_offset(ref_pgd, address);
	if (!pud_present(*ref_pud))
		return NULL;
	pde = pmd_offset(pud, address);
	ref = pmd_offset(ref_pud, address);
	if (!pmd_present(*ref))
		return NULL;
	if (!pmd_present(*pde))
		set_pmd(pde, *ref);
	else	/* copied before: it must still name the same page table */
		BUG_ON(pmd_page(*pde) != pmd_page(*ref));
	return ref;
}

/**
 * @brief \~english Resolve a kernel fault in an area mapped only in init_mm.
 *        \~chinese 处理访问只在 init_mm 中映射的内核区域（如 vmalloc 区）引起的缺页。 \~
 * @param address the faulting kernel address (i386 value)
 * @return 0 if the page directory now maps it, -1 if not
 * @context any; takes no locks
 * @kernel{arch/x86/mm/fault_32.c,260}
 * @seenotes{chapter-intro,intro-faults}
 */
static int vmalloc_fault(unsigned long address)
{
	/* CR3 holds the directory of whoever faulted: do not trust
	 * current, a task switch may be half done */
	unsigned long dir = read_cr3();
	pmd_t *ref = vmalloc_sync_one(__va(dir), address);
	pte_t *pte;

	if (ref == NULL)
		return -1;
	pte = pte_offset_kernel(ref, address);
	if (!pte_present(*pte))
		return -1;
	return 0;
}

/**
 * @brief \~english Handle a page fault: fix it, signal the task, fix up
 *        the kernel access, or oops.
 *        \~chinese 缺页异常处理程序：修复缺页、向进程发信号、通过异常表修正内核访问，或者 oops。 \~
 * @param regs the registers at the fault
 * @param error_code bit 0 protection (else not present), bit 1 write,
 *        bit 2 user mode
 * @kernel{arch/x86/mm/fault_32.c,296}
 * @seenotes{chapter-intro,intro-faults}
 * @kquirk \~english Until the vma and fault units land, no task has VMAs:
 *         a user fault with an mm goes straight to bad_area.
 *         \~chinese 在 vma 与 fault 单元加入之前，进程没有线性区：有 mm 的用户态
 *         缺页直接进入 bad_area。 \~
 * @kquirk \~english The emulated CPUs take no interrupts and run no
 *         instructions: there is no IRQ state to trace or re-enable
 *         (trace_hardirqs_fixup(), local_irq_enable() when X86_EFLAGS_IF
 *         was set), no instruction bytes for is_prefetch() to decode, and
 *         no console lock for bust_spinlocks() to break or oops to pause
 *         for (oops_may_print()).  No task has a signal handler and there
 *         is no clock, so the "segfault at" line is always printed: the
 *         show_unhandled_signals, unhandled_signal() and
 *         printk_ratelimit() tests would all pass.
 *         \~chinese 模拟的 CPU 不接收中断，也不执行指令：没有要跟踪或重新打开的中断
 *         状态（trace_hardirqs_fixup()，以及 X86_EFLAGS_IF 置位时的
 *         local_irq_enable()），没有指令字节可供 is_prefetch() 解码，也没有需要
 *         bust_spinlocks() 打破的控制台锁或要为之暂停的 oops（oops_may_print()）。
 *         进程都没有信号处理函数，也没有时钟，所以总是打印 "segfault at" 那一行：
 *         show_unhandled_signals、unhandled_signal() 与 printk_ratelimit() 这三项
 *         检查在这里都会通过。 \~
 * @kquirk \~english die() stops the machine and does not return, so nothing
 *         follows it (bust_spinlocks(0), do_exit() with SIGKILL).  The paths
 *         that come with handle_mm_fault() (good_area, survive,
 *         out_of_memory, do_sigbus, and the jumps back to no_context) are
 *         left for the fault unit; the oops code falls through to where
 *         no_context is.
 *         \~chinese die() 停止整台模拟机，不再返回，所以其后的 bust_spinlocks(0)
 *         与以 SIGKILL 调用的 do_exit() 都没有了。随 handle_mm_fault() 而来的路径
 *         （good_area、survive、out_of_memory、do_sigbus，以及跳回 no_context 的
 *         goto）留给 fault 单元；oops 代码直接顺序执行到 no_context 所在的位置。 \~
 */
void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	struct task_struct *me;
	struct mm_struct *mm;
	unsigned long addr, entry;
	int code;

	addr = read_cr2();	/* before another fault can overwrite it */
	me = current;
	code = SEGV_MAPERR;

	/* the kernel half: a kernel-mode, not-present, non-reserved-bit
	 * fault may only be a vmalloc PDE this directory has not copied yet;
	 * no locks may be taken on the way */
	if (unlikely(addr >= TASK_SIZE)) {
		if ((error_code & 0xd) == 0 && vmalloc_fault(addr) >= 0)
			return;
		goto bad_area_nosemaphore;
	}
	/* no user context, or faults disabled: nothing may be mapped now */
	mm = me->mm;
	if (in_atomic() || mm == NULL)
		goto bad_area_nosemaphore;
	/* find_vma() / handle_mm_fault(): see the first kquirk */

bad_area_nosemaphore:
	if (error_code & 4) {		/* from user mode: a signal */
		printk("%s%s[%d]: segfault at %08lx eip %08lx esp %08lx "
		       "error %lx\n", task_pid_nr(me) > 1 ? KERN_INFO : KERN_EMERG,
		       me->comm, task_pid_nr(me), addr, regs->eip,
		       regs->esp, error_code);
		me->thread.cr2 = addr;
		/* an access to the kernel half is a protection fault */
		me->thread.error_code = error_code | (addr >= TASK_SIZE);
		me->thread.trap_no = 14;
		force_sig_info_fault(SIGSEGV, code, addr, me);
		return;
	}

	/* no_context: a kernel access resumes at its fixup if it has one */
	if (fixup_exception(regs))
		return;

	/* else it is an oops */
	if (addr < PAGE_SIZE)
		printk(KERN_ALERT "BUG: unable to handle kernel NULL pointer "
		       "dereference");
	else
		printk(KERN_ALERT "BUG: unable to handle kernel paging request");
	printk(" at virtual address %08lx\n", addr);
	printk(KERN_ALERT "printing eip: %08lx ", regs->eip);
	/* the entries of the walk, read through the direct map: first the
	 * PDE, then the PTE below it unless the table is not in lowmem (or
	 * there is no table: not present, or a 4 MiB page) */
	entry = read_cr3();
	entry = ((u32 *)__va(entry))[addr >> PGDIR_SHIFT];
	printk("*pde = %08lx ", entry);
	if ((entry >> PAGE_SHIFT) < max_low_pfn && (entry & _PAGE_PRESENT) &&
	    !(entry & _PAGE_PSE)) {
		u32 *table = __va(entry & PAGE_MASK);

		entry = table[(addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
		printk("*pte = %08lx ", entry);
	}
	printk("\n");
	me->thread.cr2 = addr;
	me->thread.trap_no = 14;
	me->thread.error_code = error_code;
	die("Oops", regs, (long)error_code);
}
