/*
 * test_ram_sizes.c - machines whose RAM does not end on a 4 MiB boundary
 * (issue 14, defect 2).
 *
 * With PSE, kernel_physical_mapping_init() maps low memory in 4 MiB
 * pages, so the last directory entry of a 17 MiB machine covers 16-20
 * MiB although only 16-17 MiB exist.  2.6.24 boots on any size: the frames
 * past the end are simply never used.  The emulator once made the whole
 * 4 MiB inaccessible, and the first touch of frame 4096 (mem_map, at
 * 0xc1000000) stopped the machine.  Here every frame of such machines is
 * low memory, is read and written through the direct map after
 * paging_init(), and the very last one can be handed out by bootmem.
 */
#include <string.h>
#include "mm24_test.h"
#include <linux/bootmem.h>
#include <asm/pgtable.h>
#include <asm/setup.h>

static int setup(void **state)
{
	(void)state;
	test_boot_paging(test_config);
	return 0;
}

static void test_every_frame_is_low_memory(void **state)
{
	(void)state;
	/* the e820 map ends at mem=, below 896 MiB: all of it is lowmem */
	assert_int_equal(max_pfn, phys_ram_size >> PAGE_SHIFT);
	assert_int_equal(max_low_pfn, max_pfn);
	assert_int_equal(highstart_pfn, highend_pfn);
}

static void test_every_page_is_reachable_through_the_direct_map(void **state)
{
	static unsigned char copy[PAGE_SIZE];
	unsigned long pfn;

	(void)state;
	for (pfn = 0; pfn < max_low_pfn; pfn++) {
		unsigned char *kaddr = __va(PFN_PHYS(pfn));
		unsigned char *ram = phys_ram + PFN_PHYS(pfn);
		volatile u32 *first = (u32 *)kaddr;
		volatile u32 *last = (u32 *)(kaddr + PAGE_SIZE) - 1;
		u32 a = *first, b = *last;

		/* the whole page reads as the frame's RAM ... */
		memcpy(copy, kaddr, PAGE_SIZE);
		assert_memory_equal(copy, ram, PAGE_SIZE);
		/* ... and writes reach it; the words are put back, this is
		 * live kernel memory */
		*first = (u32)pfn ^ 0xa5a5a5a5u;
		*last = ~(u32)pfn;
		assert_int_equal(*(u32 *)ram, (u32)pfn ^ 0xa5a5a5a5u);
		assert_int_equal(*(u32 *)(ram + PAGE_SIZE - 4), ~(u32)pfn);
		*first = a;
		*last = b;
	}
}

static void test_the_last_frame_can_be_allocated(void **state)
{
	unsigned long last = max_low_pfn - 1;
	void *p;

	(void)state;
	/* bootmem zeroes what it hands out: that touches the frame */
	p = __alloc_bootmem(PAGE_SIZE, PAGE_SIZE, PFN_PHYS(last));
	assert_ptr_equal(p, __va(PFN_PHYS(last)));
	assert_int_equal(((u32 *)p)[PAGE_SIZE / 4 - 1], 0);
}

int main(void)
{
	/* 17M, 19M: strictly between 16 and 20 MiB; 21M: one MiB into the
	 * sixth 4 MiB; 65540K and 16388K: one page past a whole MiB */
	static const char *const configs[] = {
		"mem=17M", "mem=19M", "mem=21M", "mem=65540K", "mem=16388K",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_frame_is_low_memory),
		cmocka_unit_test(test_every_page_is_reachable_through_the_direct_map),
		cmocka_unit_test(test_the_last_frame_can_be_allocated),
	};

	return run_group_per_config("ram_sizes", tests, ARRAY_SIZE(tests),
				    setup, configs, ARRAY_SIZE(configs));
}
