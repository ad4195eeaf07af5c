/*
 * test_pcp.c - the per-cpu page lists of 2.6.24: each CPU has a hot and
 * a cold list per zone; order-0 requests are served from the hot list
 * (LIFO), refilled with `batch` pages in physical order when empty; a
 * hot free goes to the head, a cold free to the cold list; when a list
 * reaches `high`, `batch` pages leave from its tail (the coldest) for the
 * buddy lists.
 */
#include <stdio.h>
#include <string.h>
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>

static struct zone *normal;

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	normal = zone_of(ZONE_NORMAL);
	return 0;
}

static struct per_cpu_pages *hot(int cpu)
{
	return &zone_pcp(normal, cpu)->pcp[0];
}

static struct per_cpu_pages *cold(int cpu)
{
	return &zone_pcp(normal, cpu)->pcp[1];
}

static struct page *first(struct per_cpu_pages *pcp)
{
	return list_entry(pcp->list.next, struct page, lru);
}

static void test_refill_takes_a_batch_in_physical_order(void **state)
{
	struct page *a, *b, *c;

	(void)state;
	drain_all_local_pages();
	assert_int_equal(hot(0)->count, 0);
	a = alloc_page(GFP_KERNEL);
	assert_int_equal(hot(0)->count, hot(0)->batch - 1);
	b = alloc_page(GFP_KERNEL);
	c = alloc_page(GFP_KERNEL);
	assert_int_equal(page_to_pfn(b), page_to_pfn(a) + 1);
	assert_int_equal(page_to_pfn(c), page_to_pfn(b) + 1);
	assert_int_equal(hot(0)->count, hot(0)->batch - 3);
	__free_page(a);
	__free_page(b);
	__free_page(c);
}

static void test_hot_free_comes_back_first(void **state)
{
	struct page *p, *q;

	(void)state;
	p = alloc_page(GFP_KERNEL);
	q = alloc_page(GFP_KERNEL);
	__free_page(p);
	assert_ptr_equal(first(hot(0)), p);
	assert_ptr_equal(alloc_page(GFP_KERNEL), p);	/* LIFO */
	__free_page(p);
	__free_page(q);
}

static void test_cold_free_goes_to_the_cold_list(void **state)
{
	int before = cold(0)->count;
	struct page *p = alloc_page(GFP_KERNEL);

	(void)state;
	assert_true(put_page_testzero(p));
	free_cold_page(p);
	assert_int_equal(cold(0)->count, before + 1);
	assert_ptr_equal(first(cold(0)), p);
	assert_ptr_not_equal(alloc_page(GFP_KERNEL), p);
	assert_ptr_equal(alloc_page(GFP_KERNEL | __GFP_COLD), p);
	__free_page(p);
}

static void test_reaching_high_returns_a_batch_from_the_tail(void **state)
{
	struct per_cpu_pages *pcp = hot(0);
	struct page *pages[400];
	struct page *oldest, *p;
	long free_before;
	int i, n = pcp->high + 10;

	(void)state;
	assert_true(n <= 400);
	drain_all_local_pages();
	for (i = 0; i < n; i++)
		pages[i] = alloc_page(GFP_KERNEL);
	drain_all_local_pages();		/* the refills' leftovers */
	for (i = 0; i < pcp->high - 1; i++)
		__free_page(pages[i]);
	assert_int_equal(pcp->count, pcp->high - 1);
	oldest = pages[0];			/* freed first: at the tail */
	assert_ptr_equal(list_entry(pcp->list.prev, struct page, lru), oldest);
	free_before = zone_page_state_exact(normal, NR_FREE_PAGES);
	__free_page(pages[pcp->high - 1]);	/* count reaches high */
	assert_int_equal(pcp->count, pcp->high - pcp->batch);
	assert_int_equal(zone_page_state_exact(normal, NR_FREE_PAGES),
			 free_before + pcp->batch);
	list_for_each_entry(p, &pcp->list, lru)	/* the tail went back */
		assert_ptr_not_equal(p, oldest);
	for (i = pcp->high; i < n; i++)
		__free_page(pages[i]);
}

static void test_each_cpu_has_its_own_lists(void **state)
{
	struct page *p;

	(void)state;
	drain_all_local_pages();
	mm24_cpu = 1;
	p = alloc_page(GFP_KERNEL);
	assert_int_equal(hot(1)->count, hot(1)->batch - 1);
	assert_int_equal(hot(0)->count, 0);
	__free_page(p);
	assert_int_equal(hot(1)->count, hot(1)->batch);
	drain_local_pages();			/* this CPU (1) only */
	assert_int_equal(hot(1)->count, 0);
	mm24_cpu = 0;
	p = alloc_page(GFP_KERNEL);
	__free_page(p);
	mm24_cpu = 1;
	drain_all_local_pages();		/* every CPU */
	assert_int_equal(hot(0)->count, 0);
	mm24_cpu = 0;
}

static void test_zoneinfo_shows_the_lists(void **state)
{
	struct seq_file m;
	char want[256];
	struct page *p;

	(void)state;
	drain_all_local_pages();
	p = alloc_page(GFP_KERNEL);
	seq_init(&m);
	zoneinfo_show(&m, NODE_DATA(0));
	snprintf(want, sizeof(want), "\n    cpu: 0 pcp: 0\n              count: %d"
		 "\n              high:  %d\n              batch: %d",
		 hot(0)->count, hot(0)->high, hot(0)->batch);
	assert_non_null(strstr(strstr(m.buf, "zone   Normal"), want));
	seq_release(&m);
	__free_page(p);
}

int main(void)
{
	static const char *const configs[] = { "mem=1G cpus=2" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_refill_takes_a_batch_in_physical_order),
		cmocka_unit_test(test_hot_free_comes_back_first),
		cmocka_unit_test(test_cold_free_goes_to_the_cold_list),
		cmocka_unit_test(test_reaching_high_returns_a_batch_from_the_tail),
		cmocka_unit_test(test_each_cpu_has_its_own_lists),
		cmocka_unit_test(test_zoneinfo_shows_the_lists),
	};

	return run_group_per_config("pcp", tests, ARRAY_SIZE(tests), setup,
				    configs, 1);
}
