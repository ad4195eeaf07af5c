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
 * @param str the kind of failure ("Oops")
 * @param regs the registers at the fault
 * @param err the error code
 * @kernel{arch/x86/kernel/traps_32.c,358}
 * @seenotes{chapter-intro,intro-faults}
 * @kquirk \~english There are no general registers, stack words or code
 *         bytes to print; the process is not killed but the machine
 *         stops, since mm24 runs one scenario process.
 *         \~chinese 模拟机没有通用寄存器、栈内容和指令字节可打印；不是杀掉进程，
 *         而是停止整台模拟机，因为 mm24 只运行一个场景进程。 \~
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
