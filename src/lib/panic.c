/**
 * @file
 * @brief \~english Fatal kernel errors and the halt of the emulated machine.
 *        \~chinese 致命内核错误与模拟机的停机。 \~
 *
 * panic.c - fatal kernel errors and the halt of the emulated machine
 * (kernel/panic.c, the BUG() report of arch/x86/kernel/traps_32.c).
 *
 * A real kernel stops the CPU or kills the current process; mm24 stops
 * the emulated machine and returns to the innermost machine_run() frame,
 * so the host program reports the halt and exits cleanly.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/spinlock.h>
#include <asm/machine.h>

unsigned long tainted;
enum machine_halt machine_state;
static sigjmp_buf *halt_frame;

void add_taint(unsigned flag)
{
	tainted |= flag;
}

const char *print_tainted(void)
{
	static char buf[20];

	if (!tainted)
		return "Not tainted";
	snprintf(buf, sizeof(buf), "Tainted: G    %c  ",
		 tainted & TAINT_BAD_PAGE ? 'B' : ' ');
	return buf;
}

enum machine_halt machine_run(void (*fn)(void *), void *arg)
{
	sigjmp_buf frame, *outer = halt_frame;
	struct ftrace_mark mark;
	volatile int why;

	halt_frame = &frame;
	ftrace_mark(&mark);
	why = sigsetjmp(frame, 1);
	if (why == MACHINE_RUNNING)
		fn(arg);
	else
		ftrace_unwind(&mark);	/* the calls the jump left */
	halt_frame = outer;
	return (enum machine_halt)why;
}

void machine_halt(enum machine_halt why)
{
	machine_state = why;
	fflush(stdout);
	if (halt_frame)
		siglongjmp(*halt_frame, why);
	_exit(1);
}

void machine_unwind(void)
{
	BUG_ON(!halt_frame);
	siglongjmp(*halt_frame, MACHINE_UNWOUND);
}

void panic(const char *fmt, ...)
{
	char buf[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	printk(KERN_EMERG "Kernel panic - not syncing: %s\n", buf);
	machine_halt(MACHINE_PANIC);
}

void __bug(const char *file, int line)
{
	printk(KERN_EMERG "------------[ cut here ]------------\n");
	printk(KERN_EMERG "kernel BUG at %s:%d!\n", file, line);
	/* the stack from the BUG's own site, in the function where BUG()
	 * is written or inlined: a call to a noreturn function may be its
	 * last instruction, so the byte before the return address */
	dump_stack_from((char *)__builtin_return_address(0) - 1);
	machine_halt(MACHINE_BUG);
}

void spin_bug(spinlock_t *lock, const char *msg)
{
	printk(KERN_EMERG "BUG: spinlock %s on CPU#%d, lock: %p\n", msg,
	       smp_processor_id(), (void *)lock);
	dump_stack();
	machine_halt(MACHINE_BUG);
}
