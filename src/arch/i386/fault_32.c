/**
 * @file
 * @brief \~english The i386 page-fault handler.
 *        \~chinese i386 的缺页异常处理程序。 \~
 *
 * fault_32.c - the page-fault handler (arch/x86/mm/fault_32.c).
 *
 * do_page_fault(regs, error_code), address from CR2; the error code's
 * bits are tested with literal masks, as 2.6.24's i386 file does:
 *
 *      bit 2          bit 1           bit 0
 *   0x4 user mode   0x2 write      0x1 protection (else not present)
 *
 *  1. address >= TASK_SIZE: a kernel-mode, not-present fault may be a
 *     vmalloc area this page directory has not seen yet; copy the PDE
 *     from init_mm (vmalloc_fault()).  Anything else there is bad.
 *  2. no mm, or faults disabled (in_atomic): nothing can be mapped.
 *  3. find_vma(): no VMA at or above the address is bad; one that
 *     starts above it is a stack only if VM_GROWSDOWN, and a user access
 *     may be at most 65536 + 32 * sizeof(long) bytes below %esp (what
 *     "enter $65535, $31" can push) before expand_stack() grows it.
 *  4. good_area: the access must be one the VMA allows (a write needs
 *     VM_WRITE; a protection fault on a read is never allowed; a read
 *     needs any of VM_READ, VM_EXEC, VM_WRITE), then handle_mm_fault()
 *     maps the page; min_flt or maj_flt counts it.
 *  bad_area: user mode gets SIGSEGV with the "segfault at" line;
 *  no_context: a kernel access is fixed up through the exception table,
 *  or it is an oops; out_of_memory kills the task; do_sigbus (a page
 *  beyond the end of a file) sends SIGBUS.
 *
 * The calls of step 3 and 4 go up to the vma and fault units.  The MMU,
 * and with it this handler, is in every binary from the boot's WP test
 * on, while a binary built up to a unit below vma has no VMA code: those
 * calls are weak references there (a task with an mm has VMAs only in
 * the binaries that have the vma unit).
 */
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <asm/traps.h>
#include <asm/uaccess.h>

/* upward: the vma and fault units (see the file comment) */
extern struct vm_area_struct *find_vma(struct mm_struct *mm,
				       unsigned long addr) __attribute__((weak));
extern int expand_stack(struct vm_area_struct *vma,
			unsigned long address) __attribute__((weak));
extern int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
			   unsigned long address,
			   int write_access) __attribute__((weak));

/**
 * @brief \~english Queue a fault signal for @p tsk.
 *        \~chinese 向进程 tsk 发送缺页异常引起的信号。 \~
 * @param si_signo \~english SIGSEGV or SIGBUS \~chinese SIGSEGV 或 SIGBUS \~
 * @param si_code \~english SEGV_MAPERR, SEGV_ACCERR, ...
 *                \~chinese SEGV_MAPERR、SEGV_ACCERR 等 \~
 * @param address \~english the faulting address \~chinese 引发异常的地址 \~
 * @param tsk \~english the task \~chinese 收到信号的进程 \~
 * @kernel{arch/x86/mm/fault_32.c,205}
 * @seenotes{chapter-intro,intro-faults}
 * @kquirk \~english mm24 has no signal queue and no handlers: instead of
 *         filling a siginfo and calling force_sig_info(), the signal's bit
 *         is set in @c pending and the si_code kept in @c mm24_si_code,
 *         where the command that made the access reads them (the address
 *         is in thread.cr2); the task is then killed, as a task without
 *         a handler is.
 *         \~chinese mm24 没有信号队列，也没有信号处理函数：这里不填写 siginfo、
 *         不调用 force_sig_info()，而是在 @c pending 中置上该信号对应的位，把
 *         si_code 存入 @c mm24_si_code，由发出该访问的命令读取（地址在
 *         thread.cr2 中）；随后进程被杀死，与没有信号处理函数的进程一样。 \~
 */
static void force_sig_info_fault(int si_signo, int si_code,
				 unsigned long address, struct task_struct *tsk)
{
	(void)address;
	tsk->mm24_si_code = si_code;
	tsk->pending |= 1UL << (si_signo - 1);
}

/**
 * @brief \~english Copy the kernel PDE of @p address from init_mm into @p pgd.
 *        \~chinese 把 address 对应的内核页目录项从 init_mm 复制到 pgd 中。 \~
 * @param pgd \~english the page directory that faulted
 *            \~chinese 发生缺页的页目录 \~
 * @param address \~english a kernel address \~chinese 一个内核地址 \~
 * @return \~english the reference (init_mm) entry, or NULL if it is not present
 *         \~chinese 参考页目录（init_mm）中的表项；该表项不存在时为 NULL \~
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
 * @param address \~english the faulting kernel address (i386 value)
 *                \~chinese 引发异常的内核地址（i386 的值） \~
 * @return \~english 0 if the page directory now maps it, -1 if not
 *         \~chinese 页目录现在已映射该地址时为 0，否则为 -1 \~
 * @context \~english any; takes no locks \~chinese 任何上下文；不获取任何锁 \~
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
 * @brief \~english Handle a page fault: map the page, grow the stack,
 *        signal the task, fix up the kernel access, or oops.
 *        \~chinese 缺页异常处理程序：映射页、扩展栈、向进程发信号、通过异常表修正内核访问，或者 oops。 \~
 * @param regs \~english the registers at the fault \~chinese 缺页时的寄存器 \~
 * @param error_code \~english bit 0 protection (else not present), bit 1 write, bit 2 user mode \~chinese 第 0 位：保护错误（否则为页不存在）；第 1 位：写；第 2 位：用户态 \~
 * @kernel{arch/x86/mm/fault_32.c,296}
 * @seenotes{chapter-fault,fault-handler}
 * @kquirk \~english The emulated CPUs take no interrupts and run no
 *         instructions: there is no IRQ state to trace or re-enable
 *         (trace_hardirqs_fixup(), local_irq_enable() when X86_EFLAGS_IF
 *         was set), no kprobes (notify_page_fault()), no instruction
 *         bytes for is_prefetch() to decode, no vm86 mode (VM_MASK,
 *         screen_bitmap), no F00F bug, and no console lock for
 *         bust_spinlocks() to break or oops to pause for
 *         (oops_may_print()).  No task has a signal handler and there
 *         is no clock, so the "segfault at" line is always printed: the
 *         show_unhandled_signals, unhandled_signal() and
 *         printk_ratelimit() tests would all pass.
 *         \~chinese 模拟的 CPU 不接收中断，也不执行指令：没有要跟踪或重新打开的中断
 *         状态（trace_hardirqs_fixup()，以及 X86_EFLAGS_IF 置位时的
 *         local_irq_enable()），没有 kprobes（notify_page_fault()），没有指令字节
 *         可供 is_prefetch() 解码，没有 vm86 模式（VM_MASK、screen_bitmap），
 *         没有 F00F 错误，也没有需要 bust_spinlocks() 打破的控制台锁或要为之暂停
 *         的 oops（oops_may_print()）。进程都没有信号处理函数，也没有时钟，所以
 *         总是打印 "segfault at" 那一行：show_unhandled_signals、
 *         unhandled_signal() 与 printk_ratelimit() 这三项检查在这里都会通过。 \~
 * @kquirk \~english One task runs at a time and nothing holds mmap_sem
 *         across a fault, so down_read_trylock() always succeeds and the
 *         exception-table test for a kernel fault with the semaphore
 *         taken (search_exception_tables(), down_read()) is left out.
 *         die() stops the machine and does not return, so nothing
 *         follows it (bust_spinlocks(0), do_exit() with SIGKILL).  mm24
 *         has no init task (is_global_init() is never true), so
 *         out_of_memory never retries (yield(), the @c survive label); a
 *         user task is
 *         killed with SIGKILL (do_group_exit(): the bit is set and the
 *         command that made the access ends the task).
 *         The stack check against regs->esp counts 32 saved words as
 *         32 * sizeof(u32): an
 *         i386 `unsigned` `long` is 4 bytes (the host's is 8).
 *         \~chinese 同一时刻只有一个进程运行，也没有谁跨越缺页持有 mmap_sem，所以
 *         down_read_trylock() 总会成功，省略了内核缺页时信号量已被占用情况下对异常
 *         表的检查（search_exception_tables()、down_read()）。die() 停止整台模拟机，
 *         不再返回，所以其后的 bust_spinlocks(0) 与以 SIGKILL 调用的 do_exit() 都
 *         没有了。mm24 没有 init 进程（is_global_init() 永不为真），所以
 *         out_of_memory 不会重试（yield()、survive 标号）；用户进程以 SIGKILL 杀死
 *         （do_group_exit()：置上该信号位，由发出访问的命令结束该进程）。栈检查把 32 个
 *         保存的字按 32 * sizeof(u32) 计算：i386 上 sizeof(unsigned long) 为 4
 *         （宿主机上为 8）。 \~
 */
void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	struct task_struct *me;
	struct mm_struct *mm;
	struct vm_area_struct *area;
	unsigned long addr, entry;
	int code, write, fault;

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
	down_read(&mm->mmap_sem);

	area = find_vma(mm, addr);
	if (area == NULL)
		goto bad_area;
	if (addr >= area->vm_start)
		goto good_area;
	if (!(area->vm_flags & VM_GROWSDOWN))
		goto bad_area;
	if (error_code & 4) {
		/* below the stack pointer by more than one "enter" can push
		 * (65535 bytes of frame, 32 saved frame pointers): a bug */
		if (addr + 65536 + 32 * sizeof(u32) < regs->esp)
			goto bad_area;
	}
	if (expand_stack(area, addr))
		goto bad_area;

good_area:
	code = SEGV_ACCERR;
	write = 0;
	switch (error_code & 3) {
	default:	/* a write to a present page */
	case 2:		/* a write to a missing page */
		if (!(area->vm_flags & VM_WRITE))
			goto bad_area;
		write = 1;
		break;
	case 1:		/* a protection fault on a read: never allowed */
		goto bad_area;
	case 0:		/* a read of a missing page */
		if (!(area->vm_flags & (VM_READ | VM_EXEC | VM_WRITE)))
			goto bad_area;
	}

	fault = handle_mm_fault(mm, area, addr, write);
	if (unlikely(fault & VM_FAULT_ERROR)) {
		if (fault & VM_FAULT_OOM)
			goto out_of_memory;
		else if (fault & VM_FAULT_SIGBUS)
			goto do_sigbus;
		BUG();
	}
	if (fault & VM_FAULT_MAJOR)
		me->maj_flt++;
	else
		me->min_flt++;
	up_read(&mm->mmap_sem);
	return;

bad_area:
	up_read(&mm->mmap_sem);

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

no_context:
	/* a kernel access resumes at its fixup if it has one */
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

out_of_memory:
	up_read(&mm->mmap_sem);
	printk("VM: killing process %s\n", me->comm);
	if (error_code & 4) {
		/* do_group_exit(SIGKILL) does not return */
		me->pending |= 1UL << (SIGKILL - 1);
		return;
	}
	goto no_context;

do_sigbus:
	up_read(&mm->mmap_sem);
	/* a kernel access: its fixup, or an oops */
	if (!(error_code & 4))
		goto no_context;
	me->thread.cr2 = addr;
	me->thread.error_code = error_code;
	me->thread.trap_no = 14;
	force_sig_info_fault(SIGBUS, BUS_ADRERR, addr, me);
}
