/*
 * sparse_tables - what page tables cost for sparse data.  A program maps
 * 1 GiB of anonymous memory (MAP_NORESERVE) and writes one byte in 64
 * pages, spaced by a stride from 4 KiB to 16 MiB; a new program for each
 * stride.  For each: VmRSS, VmPTE, the mm's nr_ptes, PageTables in
 * /proc/meminfo (nr_page_table_pages), and the page directory entries in
 * use.
 *
 * Questions (answered in the fault chapter, section "Exercises"):
 *  1. Why is VmPTE the same for the strides of 4 KiB and 64 KiB?
 *  2. From which stride on does each page cost a page table of its own,
 *     and what is the overhead then?
 *  3. Where are the page tables freed, and would munmap of the mapping
 *     free them?
 */
#include "fault_exercise.h"

#define TOUCH	64

static unsigned long used_pdes(struct mm_struct *mm)
{
	unsigned long i, n = 0;

	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (pgd_val(mm->pgd[i]) & _PAGE_PRESENT)
			n++;
	return n;
}

int main(void)
{
	static const unsigned long strides[] = {
		4UL << 10, 64UL << 10, 1UL << 20, 4UL << 20, 16UL << 20,
	};
	unsigned long buf, i, k, pt0, pt1, pt2;

	boot(64UL << 20);
	for (k = 0; k < sizeof(strides) / sizeof(strides[0]); k++) {
		pt0 = exact(NR_PAGETABLE);
		run("/bin/prog");
		buf = (unsigned long)map(0, 1UL << 30, PROT_READ | PROT_WRITE,
					 MAP_NORESERVE);
		for (i = 0; i < TOUCH; i++)
			uwrite(buf + i * strides[k], 1);
		pt1 = exact(NR_PAGETABLE);
		printf("stride %5lu KiB: VmRSS %4lu kB, VmPTE %4lu kB, "
		       "nr_ptes %2lu, PageTables +%2lu pages, PDEs in use %lu\n",
		       strides[k] >> 10,
		       get_mm_rss(current->mm) << (PAGE_SHIFT - 10),
		       current->mm->nr_ptes << (PAGE_SHIFT - 10),
		       current->mm->nr_ptes, pt1 - pt0,
		       used_pdes(current->mm));
		sys_munmap(buf, 1UL << 30);
		pt2 = exact(NR_PAGETABLE);
		printf("    after munmap: VmRSS %lu kB, nr_ptes %lu, "
		       "PageTables +%lu pages\n",
		       get_mm_rss(current->mm) << (PAGE_SHIFT - 10),
		       current->mm->nr_ptes, pt2 - pt0);
		end();
	}
	return 0;
}
