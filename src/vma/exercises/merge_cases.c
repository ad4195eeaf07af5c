/*
 * merge_cases - each case of vma_merge()'s table in mm/mmap.c, caused
 * on purpose.  Every case has its own 64 KiB stretch of the address
 * space (at 0x10000000, 0x10010000 ...): the program maps the
 * neighbours there with MAP_FIXED, prints the stretch's lines of
 * /proc/self/maps, makes the call, and prints them again with the
 * number of VMAs of the process (map_count).  P, N and X are the
 * neighbours the table names: the VMA before the new range, the one
 * after, and the one after that.
 *
 * Questions (answered in the vma chapter, section "Exercises"):
 *  1. For each call, which case of the table is it, and which VMAs are
 *     left (which vm_area_struct grew, which was freed)?
 *  2. Why does the mprotect of case 5 make N's first pages writable
 *     rather than P's last pages read-only?  What would happen the
 *     other way round?
 *  3. In the last step the new r-- pages lie between two r-- VMAs and
 *     touch both.  Which one do they join, and why not the other?
 */
#include "exercise.h"

#define PG	4096UL
#define RW	(PROT_READ | PROT_WRITE)
#define RO	PROT_READ
#define RX	(PROT_READ | PROT_EXEC)

static unsigned long base;

static void fixed(unsigned long page, unsigned long pages, unsigned long prot)
{
	long rc = map(base + page * PG, pages * PG, prot, MAP_FIXED);

	if (rc != (long)(base + page * PG))
		printf("    mmap failed: %s\n", result(rc));
}

/* The lines of /proc/self/maps inside this case's stretch. */
static void show(const char *when)
{
	struct vm_area_struct *v;

	printf("  %s (%d VMAs):\n", when, current->mm->map_count);
	for (v = current->mm->mmap; v; v = v->vm_next)
		if (v->vm_start >= base && v->vm_end <= base + 16 * PG)
			printf("    %08lx-%08lx %c%c%c%c\n", v->vm_start,
			       v->vm_end,
			       v->vm_flags & VM_READ ? 'r' : '-',
			       v->vm_flags & VM_WRITE ? 'w' : '-',
			       v->vm_flags & VM_EXEC ? 'x' : '-',
			       v->vm_flags & VM_SHARED ? 's' : 'p');
}

static void next_case(const char *what)
{
	base = base ? base + 16 * PG : 0x10000000UL;
	printf("%s\n", what);
}

int main(void)
{
	boot(64UL << 20);
	run("/bin/prog");

	next_case("mmap of 2 pages between P (rw-) and N (rw-), no gap left");
	fixed(0, 4, RW);
	fixed(6, 4, RW);
	show("before");
	fixed(4, 2, RW);
	show("after");

	next_case("mmap of 2 pages right after P (rw-), N (rw-) 2 pages further");
	fixed(0, 4, RW);
	fixed(8, 4, RW);
	show("before");
	fixed(4, 2, RW);
	show("after");

	next_case("mmap of 2 pages right before N (rw-), P (rw-) 2 pages lower");
	fixed(0, 4, RW);
	fixed(8, 4, RW);
	show("before");
	fixed(6, 2, RW);
	show("after");

	next_case("mprotect rw- of P's last 2 pages; P r--, N rw- after it");
	fixed(0, 4, RO);
	fixed(4, 4, RW);
	show("before");
	printf("  mprotect = %s\n", result(sys_mprotect(base + 2 * PG, 2 * PG, RW)));
	show("after");

	next_case("mprotect rw- of N's first 2 pages; P rw-, N r-- after it");
	fixed(0, 4, RW);
	fixed(4, 4, RO);
	show("before");
	printf("  mprotect = %s\n", result(sys_mprotect(base + 4 * PG, 2 * PG, RW)));
	show("after");

	next_case("mprotect rw- of all of N; P rw-, N r--, X rw-");
	fixed(0, 4, RW);
	fixed(4, 4, RO);
	fixed(8, 4, RW);
	show("before");
	printf("  mprotect = %s\n", result(sys_mprotect(base + 4 * PG, 4 * PG, RW)));
	show("after");

	next_case("mprotect rw- of all of N; P rw-, N r--, X r-x");
	fixed(0, 4, RW);
	fixed(4, 4, RO);
	fixed(8, 4, RX);
	show("before");
	printf("  mprotect = %s\n", result(sys_mprotect(base + 4 * PG, 4 * PG, RW)));
	show("after");

	next_case("mprotect rw- of all of N; P r-x, N r--, X rw-");
	fixed(0, 4, RX);
	fixed(4, 4, RO);
	fixed(8, 4, RW);
	show("before");
	printf("  mprotect = %s\n", result(sys_mprotect(base + 4 * PG, 4 * PG, RW)));
	show("after");

	next_case("mmap r-- of 2 pages between P (r--) and N (r--, made rw- and back)");
	fixed(0, 4, RO);
	fixed(6, 4, RW);
	sys_mprotect(base + 6 * PG, 4 * PG, RO);
	show("before");
	fixed(4, 2, RO);
	show("after");
	return 0;
}
