/*
 * stack_grow - grow the stack until it stops, three ways.  Each run is
 * a new program whose stack VMA exec made 21 pages long.
 *  a. %esp follows the writes down a page at a time (a program that
 *     recurses), with RLIMIT_STACK 8 MiB and then 1 MiB;
 *  b. %esp is put at the bottom of that VMA and stays there while the
 *     writes go down a page at a time (a program that indexes a large
 *     local array from its far end).
 * For each: how far the stack grew, how many faults that took, and the
 * kernel's report of the access that stopped it.
 *
 * Questions (answered in the fault chapter, section "Exercises"):
 *  1. Why does run a stop where it does with each limit, and what is
 *     the stack VMA's size then?
 *  2. Why does run b stop so much earlier, at the address it does?
 *  3. Which si_code does each stop get, and why the same one?
 */
#include "fault_exercise.h"

static void grow(const char *what, unsigned long limit, int follow)
{
	struct rlimit lim = { limit, RLIM_INFINITY };
	struct vm_area_struct *stack;
	unsigned long addr, f0, start, esp;
	int sig = 0;

	sys_setrlimit(RLIMIT_STACK, &lim);
	run("/bin/prog");
	stack = find_vma(current->mm, current->mm->start_stack);
	start = stack->vm_start;
	if (!follow)
		current->user_regs.esp = start;
	esp = current->user_regs.esp;
	f0 = pgfaults();
	printf("%s, RLIMIT_STACK %lu KiB: stack %08lx-%08lx, esp %08lx\n",
	       what, limit >> 10, stack->vm_start, stack->vm_end, esp);
	for (addr = start - 4; !sig; addr -= PG) {
		if (follow)
			current->user_regs.esp = addr;
		sig = uwrite(addr, 1);
	}
	stack = find_vma(current->mm, current->mm->start_stack);
	printf("    stopped by %s at %08lx, si_code %s; stack %08lx-%08lx "
	       "(%lu KiB), %lu faults\n", signame(sig), current->thread.cr2,
	       current->mm24_si_code == SEGV_ACCERR ? "SEGV_ACCERR" :
	       "SEGV_MAPERR", stack->vm_start, stack->vm_end,
	       (stack->vm_end - stack->vm_start) >> 10, pgfaults() - f0);
	end_by_signal(sig);
}

int main(void)
{
	boot(64UL << 20);
	grow("a. esp follows", 8UL << 20, 1);
	grow("a. esp follows", 1UL << 20, 1);
	grow("b. esp stays", 8UL << 20, 0);
	return 0;
}
