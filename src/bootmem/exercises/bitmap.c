/*
 * bitmap - the boot-time allocator's bitmap just after paging_init(), and
 * what a few allocations do to it.  Build and run: make ex-bootmem-bitmap
 *
 * Questions (answers in the boot chapter):
 *  1. Name every reserved run of frames below and who reserved it.  Why
 *     is the run that starts at 1 MiB one frame longer than the kernel
 *     image, its page tables and the bitmap need?
 *  2. The two small allocations share a frame.  Which fields of
 *     bootmem_data make that possible, and what stops a third one from
 *     sharing it?
 *  3. alloc_bootmem_pages() returned 16 MiB although lower frames are
 *     free.  Why does bootmem aim there, and what asks for the lowest?
 */
#include <stdio.h>
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/printk.h>
#include <asm/machine.h>
#include <asm/setup.h>

static void show_runs(void)
{
	void *map = contig_bootmem_data.node_bootmem_map;
	unsigned long pfn = 0, start;

	while (pfn < max_low_pfn) {
		int bit = test_bit(pfn, map);

		for (start = pfn; pfn < max_low_pfn && test_bit(pfn, map) == bit;)
			pfn++;
		printf("  frames %5lu - %5lu  (%#9lx - %#9lx)  %s\n", start,
		       pfn - 1, PFN_PHYS(start), PFN_PHYS(pfn) - 1,
		       bit ? "reserved" : "free");
	}
}

int main(void)
{
	struct machine_config cfg = { .mem = 64UL << 20, .cpus = 1 };
	char *a, *b;
	void *p;

	machine_power_on(&cfg);
	register_console_writer(console_silent);
	setup_memory();
	paging_init();
	register_console_writer(NULL);

	printf("bitmap at pfn %lu, %lu frames tracked:\n", min_low_pfn,
	       max_low_pfn);
	show_runs();

	a = alloc_bootmem(40);
	b = alloc_bootmem(40);
	printf("\nalloc_bootmem(40) = %#lx, then %#lx\n", __pa(a), __pa(b));
	p = alloc_bootmem_pages(PAGE_SIZE);
	printf("alloc_bootmem_pages(4096) = %#lx\n", __pa(p));
	p = alloc_bootmem_low_pages(PAGE_SIZE);
	printf("alloc_bootmem_low_pages(4096) = %#lx\n\n", __pa(p));
	show_runs();
	return 0;
}
