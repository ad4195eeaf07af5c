/*
 * mmap_addresses - where mmap() puts anonymous mappings in the top-down
 * layout of a program with the default 8 MiB stack limit: a sequence of
 * mmaps of several sizes and protections, two munmaps that leave holes,
 * and more mmaps.  Before each call the program prints mm->mmap_base,
 * free_area_cache and cached_hole_size; after it, the address returned.
 * At the end, /proc/self/maps.
 *
 * Questions (answered in the vma chapter, section "Exercises"):
 *  1. Predict each address before reading it.  Which calls merge with
 *     a neighbour instead of making a new VMA?
 *  2. After the munmap of b, where does free_area_cache point, and why
 *     does the next 1-page mmap go into b's hole?
 *  3. Which call is the first to walk down past a hole that is too small,
 *     and what does cached_hole_size then remember?
 *  4. Where would the same sequence put each mapping with the legacy
 *     layout (bottom-up from 0x40000000)?
 */
#include "exercise.h"

static const struct step {
	const char *name;	/* a call that maps: its name; else NULL */
	unsigned long len;
	unsigned long prot;
	const char *unmap;	/* munmap of this earlier mapping */
} steps[] = {
	{ "a", 2 * 4096, PROT_READ | PROT_WRITE, NULL },
	{ "b", 3 * 4096, PROT_READ, NULL },
	{ "c", 1 * 4096, PROT_READ, NULL },
	{ "d", 4 * 4096, PROT_READ | PROT_WRITE, NULL },
	{ NULL, 0, 0, "b" },
	{ "e", 1 * 4096, PROT_READ | PROT_WRITE, NULL },
	{ "f", 4 * 4096, PROT_READ | PROT_EXEC, NULL },
	{ "g", 2 * 4096, PROT_READ | PROT_WRITE, NULL },
	{ NULL, 0, 0, "a" },
	{ "h", 1 * 4096, PROT_READ, NULL },
	{ "i", 3 * 4096, PROT_READ, NULL },
};

int main(void)
{
	unsigned long addr[sizeof(steps) / sizeof(steps[0])];
	unsigned int i, j;

	boot(64UL << 20);
	run("/bin/prog");
	printf("mmap_base %#lx\n", current->mm->mmap_base);
	for (i = 0; i < sizeof(steps) / sizeof(steps[0]); i++) {
		const struct step *st = &steps[i];
		struct mm_struct *mm = current->mm;
		long rc;

		printf("free_area_cache %#lx, cached_hole_size %#lx: ",
		       mm->free_area_cache, mm->cached_hole_size);
		if (st->name) {
			rc = map(0, st->len, st->prot, 0);
			addr[i] = (unsigned long)rc;
			printf("%s = mmap(%lu page%s, %s) = %s\n", st->name,
			       st->len / 4096, st->len == 4096 ? "" : "s",
			       st->prot == PROT_READ ? "r--" :
			       st->prot & PROT_EXEC ? "r-x" : "rw-", result(rc));
			continue;
		}
		for (j = 0; j < i; j++)
			if (steps[j].name && !strcmp(steps[j].name, st->unmap))
				break;
		rc = sys_munmap(addr[j], steps[j].len);
		printf("munmap(%s) = %s\n", st->unmap, result(rc));
	}
	printf("/proc/self/maps:\n");
	maps();
	return 0;
}
