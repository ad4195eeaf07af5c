/*
 * map_count - a process that runs out of VMAs.  vm.max_map_count is set
 * to 20 (sysctl_max_map_count; 65536 by default), then the program maps
 * one page at a time with alternating protections, so that nothing
 * merges, until mmap() fails; then it tries an mprotect() that would
 * split a VMA, an munmap() that would split one, and an munmap() of a
 * whole VMA.
 *
 * Questions (answered in the vma chapter, section "Exercises"):
 *  1. How many mmaps succeed, and why not 20?
 *  2. Which errno does the failing mmap return, and where in
 *     do_mmap_pgoff() is it decided?
 *  3. Why does the munmap of a page in the middle of a VMA fail while
 *     the munmap of a whole VMA succeeds?
 *  4. Would a mapping with the same protection as its neighbour have
 *     succeeded at the limit?
 */
#include "exercise.h"

#define PG	4096UL

int main(void)
{
	unsigned long at = 0x10000000UL, prot;
	long rc;
	int n = 0;

	boot(64UL << 20);
	run("/bin/prog");
	sysctl_max_map_count = 20;
	printf("max_map_count %d, map_count after exec %d\n",
	       sysctl_max_map_count, current->mm->map_count);
	for (;;) {
		prot = n % 2 ? PROT_READ : PROT_READ | PROT_WRITE;
		rc = map(at + n * 2 * PG, 2 * PG, prot, MAP_FIXED);
		printf("mmap #%d (2 pages, %s) = %s, map_count %d\n", n + 1,
		       prot == PROT_READ ? "r--" : "rw-", result(rc),
		       current->mm->map_count);
		if (rc < 0)
			break;
		n++;
	}
	rc = map(at + n * 2 * PG, 2 * PG, n % 2 ? PROT_READ | PROT_WRITE :
		 PROT_READ, MAP_FIXED);
	printf("mmap of 2 pages next to the last, same protection = %s, "
	       "map_count %d\n", result(rc), current->mm->map_count);
	rc = sys_mprotect(at + PG, PG, PROT_NONE);
	printf("mprotect of the second page of the first VMA = %s, "
	       "map_count %d\n", result(rc), current->mm->map_count);
	rc = sys_munmap(at + 2 * PG + PG, PG);
	printf("munmap of the second page of the second VMA = %s, "
	       "map_count %d\n", result(rc), current->mm->map_count);
	rc = sys_munmap(at + 2 * PG, 2 * PG);
	printf("munmap of all of the second VMA = %s, map_count %d\n",
	       result(rc), current->mm->map_count);
	sysctl_max_map_count = DEFAULT_MAX_MAP_COUNT;
	return 0;
}
