/*
 * layouts - the same four mmaps in the two layouts of 2.6.24: a program
 * started with an 8 MiB stack limit (top-down, below the stack gap), one
 * with a 1 GiB limit, one with an unlimited stack (legacy, bottom-up
 * from TASK_UNMAPPED_BASE), and one with vm.legacy_va_layout = 1.  For
 * each: mmap_base, the addresses returned, /proc/self/maps, and the
 * biggest mmap() that still succeeds (found by halving).
 *
 * Questions (answered in the vma chapter, section "Exercises"):
 *  1. Where is mmap_base in each case, and how is it computed from the
 *     stack limit?
 *  2. Why is the biggest single mapping so much larger with the
 *     top-down layout?
 *  3. What does the 1 GiB limit change, and what would a limit of
 *     3 GiB do?
 *  4. Why does the legacy layout keep the heap and the mmap area apart
 *     by a fixed distance, and what does that cost a program with a
 *     big heap?
 */
#include "exercise.h"

#define PG	4096UL

static void one(const char *title, unsigned long stack_limit, int legacy)
{
	struct rlimit lim = { stack_limit, RLIM_INFINITY };
	unsigned long len, lo, hi;
	long rc;
	int i;

	printf("%s\n", title);
	sys_setrlimit(RLIMIT_STACK, &lim);
	sysctl_legacy_va_layout = legacy;
	run("/bin/prog");
	printf("  mmap_base %#lx\n", current->mm->mmap_base);
	for (i = 0; i < 4; i++) {
		rc = map(0, (unsigned long)(i + 1) * PG,
			 i % 2 ? PROT_READ : PROT_READ | PROT_WRITE, 0);
		printf("  mmap(%d page%s) = %s\n", i + 1, i ? "s" : "",
		       result(rc));
	}
	maps();
	/* the largest length that still maps, to a page: a failed mmap
	 * changes nothing, a successful one is undone */
	lo = 0;
	hi = 0xc0000000UL;
	while (hi - lo > PG) {
		len = (lo + (hi - lo) / 2) & PAGE_MASK;
		rc = map(0, len, PROT_NONE, MAP_NORESERVE);
		if (rc < 0) {
			hi = len;
		} else {
			sys_munmap((unsigned long)rc, len);
			lo = len;
		}
	}
	printf("  largest mmap: %lu MiB (%#lx bytes)\n", lo >> 20, lo);
	end();
}

int main(void)
{
	boot(64UL << 20);
	one("RLIMIT_STACK 8 MiB", 8UL << 20, 0);
	one("RLIMIT_STACK 1 GiB", 1UL << 30, 0);
	one("RLIMIT_STACK unlimited", RLIM_INFINITY, 0);
	one("RLIMIT_STACK 8 MiB, vm.legacy_va_layout = 1", 8UL << 20, 1);
	return 0;
}
