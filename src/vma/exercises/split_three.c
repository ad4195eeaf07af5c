/*
 * split_three - one VMA of 8 pages made into three by an mprotect() of
 * its middle, then made one again; and a munmap() that cuts a hole in
 * the middle of another.  After each call, the lines of
 * /proc/self/maps, map_count, and the VMA that mm->mmap_cache points to.
 *
 * Questions (answered in the vma chapter, section "Exercises"):
 *  1. How many times does mprotect_fixup() call split_vma() for the
 *     first mprotect, and which part keeps the original vm_area_struct?
 *  2. Why does the second mprotect give one VMA again, and which
 *     vma_merge() case joins the three?
 *  3. Why is the middle of the read-write VMA still accounted in
 *     Committed_AS after the first mprotect made it read-only?
 *  4. The munmap in the middle: how many VMAs before and after, and
 *     what could make it fail with ENOMEM although it frees memory?
 *  5. Why does mmap_cache point where it does after each call?
 */
#include "exercise.h"

#define PG	4096UL

static void show(const char *call, long rc)
{
	struct vm_area_struct *v, *cache = current->mm->mmap_cache;

	printf("%s = %s\n", call, result(rc));
	for (v = current->mm->mmap; v; v = v->vm_next)
		if (v->vm_start >= 0x10000000UL && v->vm_end <= 0x20000000UL)
			printf("    %08lx-%08lx %c%c%c%c pgoff %#lx%s\n",
			       v->vm_start, v->vm_end,
			       v->vm_flags & VM_READ ? 'r' : '-',
			       v->vm_flags & VM_WRITE ? 'w' : '-',
			       v->vm_flags & VM_EXEC ? 'x' : '-',
			       v->vm_flags & VM_SHARED ? 's' : 'p',
			       v->vm_pgoff, v == cache ? "  <- mmap_cache" : "");
	printf("    map_count %d, Committed_AS %lu kB, mmap_cache ",
	       current->mm->map_count,
	       (unsigned long)atomic_read(&vm_committed_space) * 4);
	if (cache)
		printf("%08lx-%08lx\n", cache->vm_start, cache->vm_end);
	else
		printf("NULL\n");
}

int main(void)
{
	unsigned long a = 0x10000000UL, b = 0x18000000UL;

	boot(64UL << 20);
	run("/bin/prog");
	show("mmap(0x10000000, 8 pages, rw-, MAP_FIXED)",
	     map(a, 8 * PG, PROT_READ | PROT_WRITE, MAP_FIXED));
	show("mprotect(0x10003000, 2 pages, r--)",
	     sys_mprotect(a + 3 * PG, 2 * PG, PROT_READ));
	show("mprotect(0x10003000, 2 pages, rw-)",
	     sys_mprotect(a + 3 * PG, 2 * PG, PROT_READ | PROT_WRITE));
	show("mmap(0x18000000, 8 pages, r--, MAP_FIXED)",
	     map(b, 8 * PG, PROT_READ, MAP_FIXED));
	show("munmap(0x18002000, 3 pages)", sys_munmap(b + 2 * PG, 3 * PG));
	return 0;
}
