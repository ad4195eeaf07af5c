/*
 * test_watermarks.c - how many order-0 allocations succeed before the
 * zones refuse, predicted from the 2.6.24 rules and the numbers
 * /proc/zoneinfo shows (min, low, protection, batch, vm stats threshold).
 *
 * The model follows one request through __alloc_pages():
 *  1. fast path: each zone of the Normal zonelist (Normal, DMA) is tried
 *     against pages_low; slow path: against pages_min, halved for
 *     __GFP_HIGH, cut by a quarter more for callers that cannot sleep;
 *  2. a zone passes when its *folded* free count (what zone_page_state()
 *     reads) exceeds the mark plus lowmem_reserve[ZONE_NORMAL];
 *  3. a passing zone serves from this CPU's hot list, refilled with
 *     `batch` pages when empty; each page leaving the buddy lists moves
 *     the CPU's delta by -1, folded into the zone when it passes the
 *     threshold.
 * GFP_KERNEL carries __GFP_NORETRY here: without it the last failure
 * would go to the OOM killer, which finds nobody to kill and panics.
 */
#include <string.h>
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/vmstat.h>
#include <mm/internal.h>

struct model_zone {
	long folded, diff, free, pcp;
	long min, low, reserve, batch, threshold;
};

static int setup(void **state)
{
	int cpu;

	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	drain_all_local_pages();
	for_each_online_cpu(cpu)
		refresh_cpu_vm_stats(cpu);
	return 0;
}

static void model_init(struct model_zone *m, struct zone *z)
{
	struct per_cpu_pageset *ps = zone_pcp(z, smp_processor_id());

	m->folded = m->free = (long)zone_page_state(z, NR_FREE_PAGES);
	m->diff = ps->vm_stat_diff[NR_FREE_PAGES];
	m->pcp = ps->pcp[0].count;
	m->min = (long)z->pages_min;
	m->low = (long)z->pages_low;
	m->reserve = (long)z->lowmem_reserve[ZONE_NORMAL];
	m->batch = ps->pcp[0].batch;
	m->threshold = ps->stat_threshold;
}

/* __mod_zone_page_state(zone, NR_FREE_PAGES, -1) */
static void model_take_one(struct model_zone *m)
{
	long x = m->diff - 1;

	m->free--;
	if (x > m->threshold || x < -m->threshold) {
		m->folded += x;
		x = 0;
	}
	m->diff = x;
}

static int model_zone_alloc(struct model_zone *m, long mark, int flags)
{
	long min = mark, n;

	if (flags & ALLOC_HIGH)
		min -= min / 2;
	if (flags & ALLOC_HARDER)
		min -= min / 4;
	if ((m->folded > 0 ? m->folded : 0) <= min + m->reserve)
		return 0;
	if (!m->pcp) {
		for (n = 0; n < m->batch && m->free > 0; n++)
			model_take_one(m);
		m->pcp = n;
		if (!n)
			return 0;
	}
	m->pcp--;
	return 1;
}

/* One request through the Normal zonelist: 1 if it is served. */
static int model_alloc(struct model_zone *zl[2], gfp_t gfp)
{
	int slow = ALLOC_WMARK_MIN, i;

	for (i = 0; i < 2; i++)
		if (model_zone_alloc(zl[i], zl[i]->low, 0))
			return 1;
	if (!(gfp & __GFP_WAIT))
		slow |= ALLOC_HARDER;
	if (gfp & __GFP_HIGH)
		slow |= ALLOC_HIGH;
	for (i = 0; i < 2; i++)
		if (model_zone_alloc(zl[i], zl[i]->min, slow))
			return 1;
	return 0;
}

static void check_count(gfp_t gfp)
{
	struct model_zone normal, dma, *zl[2] = { &normal, &dma };
	unsigned long predicted = 0, got = 0;

	model_init(&normal, zone_of(ZONE_NORMAL));
	model_init(&dma, zone_of(ZONE_DMA));
	assert_int_equal(normal.pcp + dma.pcp, 0);
	while (model_alloc(zl, gfp))
		predicted++;

	while (alloc_pages(gfp, 0))
		got++;
	assert_int_equal(got, predicted);
	assert_int_equal(zone_page_state(zone_of(ZONE_NORMAL), NR_FREE_PAGES),
			 normal.folded);
	assert_int_equal(zone_page_state(zone_of(ZONE_DMA), NR_FREE_PAGES),
			 dma.folded);
	/* the count really stops at a watermark, with pages still free */
	assert_true(normal.free > 0 && dma.free > 0);
}

static void test_gfp_atomic_count_matches_formula(void **state)
{
	(void)state;
	check_count(GFP_ATOMIC | __GFP_NOWARN);
}

static void test_gfp_kernel_count_matches_formula(void **state)
{
	(void)state;
	check_count(GFP_KERNEL | __GFP_NORETRY | __GFP_NOWARN);
}

int main(void)
{
	static const char *const configs[] = {
		"mem=64M cpus=2", "mem=512M", "mem=1G cpus=3",
	};
	const struct CMUnitTest atomic[] = {
		cmocka_unit_test(test_gfp_atomic_count_matches_formula),
	};
	const struct CMUnitTest kernel[] = {
		cmocka_unit_test(test_gfp_kernel_count_matches_formula),
	};

	return run_group_per_config("watermarks_atomic", atomic, 1, setup,
				    configs, ARRAY_SIZE(configs)) +
	       run_group_per_config("watermarks_kernel", kernel, 1, setup,
				    configs, ARRAY_SIZE(configs));
}
