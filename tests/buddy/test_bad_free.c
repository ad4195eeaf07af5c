/*
 * test_bad_free.c - what 2.6.24 does with frees that are wrong, and the
 * invariant checker catching a corrupted free list.
 *
 *  - freeing a PG_reserved frame: "Bad page state", the frame is kept;
 *  - freeing a frame that still has a mapping count: "Bad page state";
 *  - a double free: put_page_testzero()'s VM_BUG_ON (mm24 runs with the
 *    CONFIG_DEBUG_VM checks on) stops the machine;
 *  - freeing an order-2 block as order 0: only one frame comes back,
 *    silently, exactly as 2.6.24 does;
 *  - a frame with a second reference survives one free.
 */
#include <stdlib.h>
#include <string.h>
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/buddy_check.h>
#include <linux/ftrace.h>
#include <linux/vmstat.h>

static long free_now(void)
{
	return zone_page_state_exact(zone_of(ZONE_NORMAL), NR_FREE_PAGES) +
	       zone_page_state_exact(zone_of(ZONE_DMA), NR_FREE_PAGES) +
	       (long)pcp_pages(zone_of(ZONE_NORMAL)) +
	       (long)pcp_pages(zone_of(ZONE_DMA));
}

static void test_freeing_a_reserved_frame_reports_bad_page(void **state)
{
	struct page *kernel = pfn_to_page(0x120);	/* inside the image */
	long before = free_now();

	(void)state;
	test_capture_console(1);
	assert_true(PageReserved(kernel));
	__free_pages(kernel, 0);
	assert_non_null(strstr(test_console_text(),
			       "Bad page state in process 'swapper'"));
	assert_non_null(strstr(test_console_text(), "flags:0x00000400"));
	assert_non_null(strstr(test_console_text(), "Trying to fix it up"));
	assert_true(PageReserved(kernel));
	assert_false(PageBuddy(kernel));
	assert_int_equal(free_now(), before);
	assert_true(tainted & TAINT_BAD_PAGE);
	assert_int_equal(buddy_check(), 0);
}

static void test_freeing_a_mapped_frame_reports_bad_page(void **state)
{
	struct page *p = alloc_page(GFP_KERNEL);

	(void)state;
	test_capture_console(1);
	atomic_set(&p->_mapcount, 0);		/* as if one PTE mapped it */
	__free_pages(p, 0);
	assert_non_null(strstr(test_console_text(), "mapcount:1 count:0"));
	assert_int_equal(page_mapcount(p), 0);	/* bad_page() reset it */
	assert_int_equal(buddy_check(), 0);
}

static int count_lines(const char *text, const char *what)
{
	int n = 0;

	for (; (text = strstr(text, what)) != NULL; text++)
		n++;
	return n;
}

static void double_free(void *arg)
{
	struct page *p = arg;

	__free_pages(p, 0);
	__free_pages(p, 0);
}

static void test_double_free_is_a_bug(void **state)
{
	struct ftrace_options opt = { .deterministic = 1 };
	char *trace;
	size_t len;
	FILE *out = open_memstream(&trace, &len);

	(void)state;
	test_capture_console(1);
	ftrace_start(out, &opt);
	assert_int_equal(machine_run(double_free, alloc_page(GFP_KERNEL)),
			 MACHINE_BUG);
	assert_non_null(strstr(test_console_text(), "kernel BUG at "));
	assert_non_null(strstr(test_console_text(), "include/linux/mm.h"));

	/* machine_run() forgot the calls the BUG jumped out of: the next
	 * free is traced at the top level again, like the two before it */
	__free_pages(alloc_page(GFP_KERNEL), 0);
	ftrace_stop();
	fclose(out);
	assert_int_equal(count_lines(trace, "|  __free_pages() {"), 3);
	free(trace);
}

static void test_wrong_order_frees_only_what_it_says(void **state)
{
	struct page *p = alloc_pages(GFP_KERNEL, 2);
	long before = free_now();

	(void)state;
	__free_pages(p, 0);
	assert_int_equal(free_now(), before + 1);
	assert_int_equal(page_count(p + 1), 0);	/* lost to the allocator */
	assert_false(PageBuddy(p + 1));
	assert_int_equal(buddy_check(), 0);
}

static void test_extra_reference_keeps_the_frame(void **state)
{
	struct page *p = alloc_page(GFP_KERNEL);
	long before = free_now();

	(void)state;
	get_page(p);
	__free_pages(p, 0);
	assert_int_equal(page_count(p), 1);
	assert_int_equal(free_now(), before);
	put_page(p);
	assert_int_equal(free_now(), before + 1);
}

static void test_checker_catches_a_corrupted_list(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	struct page *head = list_entry(
		z->free_area[MAX_ORDER - 1].free_list[MIGRATE_MOVABLE].next,
		struct page, lru);

	(void)state;
	test_capture_console(1);
	__ClearPageBuddy(head);
	assert_true(buddy_check() > 0);
	assert_non_null(strstr(test_console_text(), "without PG_buddy"));
	__SetPageBuddy(head);
	z->free_area[3].nr_free++;
	assert_true(buddy_check() > 0);
	z->free_area[3].nr_free--;
	assert_int_equal(buddy_check(), 0);
}

int main(void)
{
	int (*setup)(void **) = buddy_setup_drained;
	static const char *const configs[] = { "mem=64M" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_freeing_a_reserved_frame_reports_bad_page),
		cmocka_unit_test(test_freeing_a_mapped_frame_reports_bad_page),
		cmocka_unit_test(test_wrong_order_frees_only_what_it_says),
		cmocka_unit_test(test_extra_reference_keeps_the_frame),
		cmocka_unit_test(test_checker_catches_a_corrupted_list),
	};
	const struct CMUnitTest fatal[] = {
		cmocka_unit_test(test_double_free_is_a_bug),
	};

	return run_group_per_config("bad_free", tests, ARRAY_SIZE(tests), setup,
				    configs, 1) +
	       run_group_per_config("double_free", fatal, 1, setup, configs, 1);
}
