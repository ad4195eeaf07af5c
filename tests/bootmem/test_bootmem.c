/*
 * test_bootmem.c - the boot-time allocator: the bitmap setup_memory()
 * leaves, first-fit allocation with goal and alignment, small allocations
 * sharing a page, the fall-back to the bottom, frees of partial frames,
 * bad frees and exhaustion.
 *
 * The machine is booted through paging_init(), as in 2.6.24 most bootmem
 * users run after it: before it only head.S's first 8 MiB are mapped.
 * pagetable_init() has then taken frames 2 and 3 for the page tables of
 * the fixmap and of the pkmap window.
 */
#include <string.h>
#include "mm24_test.h"
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <asm/dma.h>
#include <asm/pgtable.h>
#include <asm/sections.h>
#include <asm/setup.h>

static bootmem_data_t *bdata;

static int setup(void **state)
{
	(void)state;
	test_boot_paging("mem=64M");
	bdata = &contig_bootmem_data;
	return 0;
}

static int reserved(unsigned long pfn)
{
	return test_bit(pfn, bdata->node_bootmem_map);
}

static unsigned long free_frames(void)
{
	unsigned long pfn, n = 0;

	for (pfn = 0; pfn < max_low_pfn; pfn++)
		n += !reserved(pfn);
	return n;
}

static void test_bitmap_after_setup_memory(void **state)
{
	unsigned long map_bytes = ALIGN((max_low_pfn + 7) / 8, 4UL);
	unsigned long kernel_first = __pa(_text) >> PAGE_SHIFT;
	/* setup_bootmem_allocator() adds PAGE_SIZE - 1 before reserving,
	 * and reserving rounds up again: one frame more than the map needs */
	unsigned long kernel_end = PFN_UP(PFN_PHYS(min_low_pfn) + map_bytes +
					  PAGE_SIZE - 1);

	(void)state;
	assert_int_equal(max_low_pfn, 16384);
	assert_int_equal(min_low_pfn, PFN_UP(init_pg_tables_end));
	assert_ptr_equal(bdata->node_bootmem_map, __va(PFN_PHYS(min_low_pfn)));
	/* page 0 (BIOS), page 1 (SMP trampoline), the e820 hole, the image */
	assert_int_equal(kernel_end, min_low_pfn + 2);
	assert_true(reserved(0));
	assert_true(reserved(1));
	/* the page tables of the fixmap (PDE 1023) and pkmap (PDE 1022) */
	assert_true(reserved(2));
	assert_true(reserved(3));
	assert_int_equal(pgd_val(swapper_pg_dir[1023]) & PAGE_MASK, 2 * PAGE_SIZE);
	assert_int_equal(pgd_val(swapper_pg_dir[1022]) & PAGE_MASK, 3 * PAGE_SIZE);
	assert_false(reserved(4));
	assert_false(reserved(0x9e));
	assert_true(reserved(0x9f));
	assert_true(reserved(0xff));
	assert_true(reserved(kernel_first));
	assert_true(reserved(kernel_end - 1));
	assert_false(reserved(kernel_end));
	/* usable e820 frames minus what was reserved */
	assert_int_equal(free_frames(),
			 (0x9f - 4) + (max_low_pfn - 0x100) -
			 (kernel_end - kernel_first));
}

static void test_bootmap_pages_rounds_up(void **state)
{
	(void)state;
	assert_int_equal(bootmem_bootmap_pages(1), 1);
	assert_int_equal(bootmem_bootmap_pages(8 * 4096), 1);
	assert_int_equal(bootmem_bootmap_pages(8 * 4096 + 1), 2);
	assert_int_equal(bootmem_bootmap_pages(229376), 7);
}

static void test_alloc_honours_goal_and_zeroes(void **state)
{
	unsigned long before = free_frames();
	u8 *p;

	(void)state;
	/* dirty the frame first: the allocator must hand it back zeroed */
	memset(phys_ram + 0x1000000, 0x5a, PAGE_SIZE);
	p = alloc_bootmem_pages(PAGE_SIZE);
	assert_int_equal(__pa(p), 0x1000000);	/* goal: MAX_DMA_ADDRESS */
	assert_int_equal(p[0], 0);
	assert_int_equal(p[PAGE_SIZE - 1], 0);
	assert_true(reserved(0x1000));
	assert_int_equal(free_frames(), before - 1);
}

static void test_low_alloc_takes_the_lowest_free_frame(void **state)
{
	void *p;

	(void)state;
	p = alloc_bootmem_low_pages(PAGE_SIZE);
	assert_int_equal(__pa(p), 4 * PAGE_SIZE);
	p = alloc_bootmem_low_pages(2 * PAGE_SIZE);
	assert_int_equal(__pa(p), 5 * PAGE_SIZE);
}

static void test_small_allocations_share_a_page(void **state)
{
	char *a, *b, *c;

	(void)state;
	a = __alloc_bootmem(40, SMP_CACHE_BYTES, 0x2000000);
	b = __alloc_bootmem(40, SMP_CACHE_BYTES, 0x2000000);
	assert_int_equal(__pa(a), 0x2000000);
	/* right after the first, at the next 32-byte boundary */
	assert_int_equal(b - a, 64);
	/* one bigger than what is left spills into the next page */
	c = __alloc_bootmem(PAGE_SIZE, SMP_CACHE_BYTES, 0x2000000);
	assert_int_equal(__pa(c), 0x2000000 + 128);
	assert_true(reserved(0x2001));
}

static void test_alignment_is_respected(void **state)
{
	void *p;

	(void)state;
	p = __alloc_bootmem(PAGE_SIZE, 64 * PAGE_SIZE, 0x2100000);
	assert_int_equal(__pa(p) & (64 * PAGE_SIZE - 1), 0);
	assert_true(__pa(p) >= 0x2100000);

	/* the first free frame after an aligned goal is not aligned itself:
	 * the search rounds it up to the next boundary of the alignment, so
	 * the block starts 64 pages on, not one page on */
	reserve_bootmem(0x2200000, PAGE_SIZE);
	p = __alloc_bootmem(PAGE_SIZE, 64 * PAGE_SIZE, 0x2200000);
	assert_int_equal(__pa(p), 0x2200000 + 64 * PAGE_SIZE);
	assert_false(reserved(0x2201));
}

static void test_goal_past_free_memory_wraps_to_bottom(void **state)
{
	void *p;

	(void)state;
	reserve_bootmem(0x3f00000, 0x100000);		/* the last 1 MiB */
	p = __alloc_bootmem(PAGE_SIZE, PAGE_SIZE, 0x3f00000);
	assert_true(__pa(p) < 0x3f00000);
	free_bootmem(0x3f00000, 0x100000);
	assert_false(reserved(0x3f00));
}

/* free_bootmem() of a range that starts or ends inside a frame: a frame
 * becomes free only if the range covers all of it (2.6.24 rounds the
 * start up and the end down); the expectation is worked out per frame */
static void test_partial_frames_stay_reserved(void **state)
{
	const unsigned long first = 0x2800, nr = 8;
	const unsigned long start = PFN_PHYS(first) + 0x800;
	const unsigned long end = PFN_PHYS(first + nr) - 0x400;
	unsigned long pfn, before;

	(void)state;
	reserve_bootmem(PFN_PHYS(first), PFN_PHYS(nr));
	before = free_frames();
	free_bootmem(start, end - start);
	for (pfn = first; pfn < first + nr; pfn++) {
		int whole = PFN_PHYS(pfn) >= start && PFN_PHYS(pfn + 1) <= end;

		assert_int_equal(reserved(pfn), !whole);
	}
	assert_true(reserved(first));
	assert_true(reserved(first + nr - 1));
	assert_int_equal(free_frames(), before + nr - 2);
}

static void free_unreserved(void *arg)
{
	(void)arg;
	free_bootmem(0x3000000, PAGE_SIZE);	/* never reserved */
}

static void test_freeing_a_free_frame_is_a_bug(void **state)
{
	(void)state;
	test_capture_console(1);
	assert_int_equal(machine_run(free_unreserved, NULL), MACHINE_BUG);
	assert_non_null(strstr(test_console_text(), "kernel BUG at "));
	test_capture_console(0);
}

static void alloc_too_much(void *arg)
{
	(void)arg;
	alloc_bootmem(128UL << 20);
}

static void test_exhaustion_panics(void **state)
{
	(void)state;
	test_capture_console(1);
	assert_int_equal(machine_run(alloc_too_much, NULL), MACHINE_PANIC);
	assert_non_null(strstr(test_console_text(),
			       "bootmem alloc of 134217728 bytes failed!"));
	assert_non_null(strstr(test_console_text(),
			       "Kernel panic - not syncing: Out of memory"));
	test_capture_console(0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_bitmap_after_setup_memory),
		cmocka_unit_test(test_bootmap_pages_rounds_up),
		cmocka_unit_test(test_alloc_honours_goal_and_zeroes),
		cmocka_unit_test(test_low_alloc_takes_the_lowest_free_frame),
		cmocka_unit_test(test_small_allocations_share_a_page),
		cmocka_unit_test(test_alignment_is_respected),
		cmocka_unit_test(test_goal_past_free_memory_wraps_to_bottom),
		cmocka_unit_test(test_partial_frames_stay_reserved),
		cmocka_unit_test(test_freeing_a_free_frame_is_a_bug),
		cmocka_unit_test(test_exhaustion_panics),
	};

	return cmocka_run_group_tests_name("bootmem", tests, setup, NULL);
}
