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
	pmd_t *pde, *ref;

	pgd += slot;
	if (!pgd_present(*ref_pgd))
		return NULL;
	/* the pud and pmd levels are folded into the pgd on non-PAE */
	pde = pmd_offset(pud_offset(pgd, address), address);
	ref = pmd_offset(pud_offset(ref_pgd, address), address);
	if (!pmd_present(*ref))
		return NULL;
	if (!pmd_present(*pde))
		set_pmd(pde, *ref);
	else	/* already copied: it must not have drifted */
		BUG_ON(pmd_val(*pde) != pmd_val(*ref));
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
	/* CR3 holds the faulting task's page directory */
	pmd_t *ref = vmalloc_sync_one(__va(read_cr3()), address);
	pte_t *pte;

	if (!ref)
		return -1;
	if (pmd_large(*ref))		/* a 4 MiB page: nothing below it */
		return 0;
	pte = pte_offset_kernel(ref, address);
	return pte_present(*pte) ? 0 : -1;
}

/* The entries an oops prints: *pde and, below a page table, *pte. */
static void show_fault_entries(unsigned long address)
{
	u32 pde = ((u32 *)__va(read_cr3()))[address >> PGDIR_SHIFT];

	printk("*pde = %08x ", pde);
	if ((pde >> PAGE_SHIFT) < max_low_pfn &&
	    (pde & _PAGE_PRESENT) && !(pde & _PAGE_PSE)) {
		u32 pte = ((u32 *)__va(pde & PAGE_MASK))
			  [(address >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)];
		printk("*pte = %08x ", pte);
	}
	printk("\n");
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
 */
void do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	struct task_struct *me = current;
	unsigned long addr = read_cr2();	/* before another fault can */
	int code = SEGV_MAPERR;

	/* the kernel half: a kernel-mode, not-present, non-reserved-bit
	 * fault may only be a vmalloc PDE this directory has not copied yet;
	 * no locks may be taken on the way */
	if (unlikely(addr >= TASK_SIZE)) {
		if (!(error_code & 0x0000000d) && vmalloc_fault(addr) >= 0)
			return;
		goto bad_area_nosemaphore;
	}
	/* no user context, or faults disabled: nothing may be mapped now */
	if (in_atomic() || !me->mm)
		goto bad_area_nosemaphore;
	/* find_vma() / handle_mm_fault(): see the kquirk above */

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

	/* a kernel access: resume at its fixup if it has one */
	if (fixup_exception(regs))
		return;

	/* else it is an oops */
	printk(KERN_ALERT "BUG: unable to handle kernel %s",
	       addr < PAGE_SIZE ? "NULL pointer dereference" :
				  "paging request");
	printk(" at virtual address %08lx\n", addr);
	printk(KERN_ALERT "printing eip: %08lx ", regs->eip);
	show_fault_entries(addr);
	me->thread.cr2 = addr;
	me->thread.trap_no = 14;
	me->thread.error_code = error_code;
	die("Oops", regs, (long)error_code);
}
