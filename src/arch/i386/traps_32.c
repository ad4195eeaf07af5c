/**
 * @file
 * @brief \~english The oops report.
 *        \~chinese 内核 oops 报告。 \~
 *
 * traps_32.c - the oops report (arch/x86/kernel/traps_32.c).
 */
#include <linux/sched.h>
#include <asm/traps.h>

#define TAINT_DIE	(1 << 7)

/**
 * @brief \~english Report a fatal kernel fault and stop the machine.
 *        \~chinese 报告致命的内核错误（oops）并停止模拟机。 \~
 * @param str \~english the kind of failure ("Oops")
 *            \~chinese 出错的类型（"Oops"） \~
 * @param regs \~english the registers at the fault
 *             \~chinese 异常发生时的寄存器 \~
 * @param err \~english the error code \~chinese 出错码 \~
 * @kernel{arch/x86/kernel/traps_32.c,358}
 * @seenotes{chapter-intro,intro-faults}
 * @kquirk \~english mm24 runs one CPU at a time and takes no interrupts:
 *         there is no die.lock to take with raw_local_irq_save() and
 *         __raw_spin_lock() (nor the lock_owner and lock_owner_depth test
 *         of raw_smp_processor_id() against a recursive die()), no console
 *         to make verbose or break the locks of (console_verbose(),
 *         bust_spinlocks()), no oops_enter()/oops_exit() hooks, no BUG
 *         table for report_bug() and no die notifier chain (notify_die()).
 *         show_registers() would print general registers, stack words and
 *         code bytes the emulation does not have: the Process line with
 *         task_pid_nr() and mm24's dump_stack() of the calls that led here
 *         stand in for it, and the summary line has no print_symbol() of
 *         the EIP.  The end is machine_halt(): the machine stops instead of
 *         __raw_spin_unlock(), raw_local_irq_restore() and do_exit() of
 *         the task (or panic() in_interrupt() or with panic_on_oops), since
 *         a scenario runs one process.
 *         \~chinese mm24 一次只运行一个 CPU，也不接收中断：没有要用
 *         raw_local_irq_save() 和 __raw_spin_lock() 获取的 die.lock（也就没有用
 *         raw_smp_processor_id() 检查 lock_owner 和 lock_owner_depth、防止 die()
 *         递归的代码），没有需要切换到详细模式或打破其锁的控制台（console_verbose()、
 *         bust_spinlocks()），没有 oops_enter()/oops_exit() 钩子，没有供 report_bug()
 *         查找的 BUG 表，也没有 die 通知链（notify_die()）。show_registers() 要打印的
 *         通用寄存器、栈内容和指令字节，模拟机都没有：由带 task_pid_nr() 的 Process
 *         一行和 mm24 自己的 dump_stack()（列出走到这里的调用）代替；最后的摘要行也
 *         不对 EIP 调用 print_symbol()。结尾是 machine_halt()：整台模拟机停下，而不是
 *         __raw_spin_unlock()、raw_local_irq_restore() 后对进程调用 do_exit()（或在
 *         in_interrupt() 时、设置了 panic_on_oops 时 panic()），因为一个场景只运行一个
 *         进程。 \~
 */
void die(const char *str, struct pt_regs *regs, long err)
{
	static int oopses;	/* numbers the reports: [#1], [#2], ... */

	printk(KERN_EMERG "%s: %04lx [#%d] SMP \n", str, err & 0xffff,
	       ++oopses);
	printk(KERN_EMERG "Process %.*s (pid: %d)\n", TASK_COMM_LEN,
	       current->comm, task_pid_nr(current));
	dump_stack();
	printk(KERN_EMERG "EIP: [<%08lx>] SS:ESP 0068:%08lx\n", regs->eip,
	       regs->esp);
	add_taint(TAINT_DIE);
	machine_halt(MACHINE_BUG);
}
