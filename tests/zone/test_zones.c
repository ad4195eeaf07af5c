/*
 * test_zones.c - zones after free_area_init_nodes(), build_all_zonelists()
 * and init_per_zone_pages_min(), for five memory sizes.  Every expected
 * value is computed here from the 2.6.24 rules, not read from mm24:
 *
 *   spans:      DMA [0, 4096), Normal [4096, max_low), HighMem [max_low, max)
 *               max_low = min(mem pages, 896 MiB = 229376)
 *   present  =  spanned - spanned * sizeof(struct page) / 4096
 *   min_free_kbytes = clamp(isqrt(16 * 4 * (DMA + Normal present)), 128, 65536)
 *   tmp      =  min_free_kbytes / 4 * present / (DMA + Normal present)
 *   min      =  tmp, or for highmem clamp(present / 1024, 32, 128)
 *   low/high =  min + tmp / 4, min + tmp / 2
 *   lowmem_reserve[j] of zone i < j = present(i+1 .. j) / {256, 32, 32}[i]
 *   batch    =  2^n - 1 below 1.5 * clamp(present/1024, ..128) / 4
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mm24_test.h"
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/lib.h>
#include <linux/mm.h>
#include <asm/setup.h>

static unsigned long mem_pages;

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_zones(test_config);
	mem_pages = phys_ram_size >> PAGE_SHIFT;
	return 0;
}

static struct zone *Z(int i)
{
	return &contig_page_data.node_zones[i];
}

static unsigned long isqrt(unsigned long x)
{
	unsigned long r = 0;

	while ((r + 1) * (r + 1) <= x)
		r++;
	return r;
}

static unsigned long expect_present(unsigned long spanned)
{
	return spanned - spanned * sizeof(struct page) / PAGE_SIZE;
}

static void test_zone_spans_and_present_pages(void **state)
{
	unsigned long max_low = mem_pages < 229376 ? mem_pages : 229376;
	unsigned long start[3] = { 0, 4096, max_low };
	unsigned long end[3] = { 4096, max_low, mem_pages };
	int i;

	(void)state;
	assert_int_equal(max_low_pfn, max_low);
	for (i = 0; i < 3; i++) {
		unsigned long span = end[i] > start[i] ? end[i] - start[i] : 0;

		assert_int_equal(Z(i)->spanned_pages, span);
		assert_int_equal(Z(i)->present_pages, expect_present(span));
		if (span)
			assert_int_equal(Z(i)->zone_start_pfn, start[i]);
	}
	assert_int_equal(Z(ZONE_MOVABLE)->spanned_pages, 0);
	assert_int_equal(contig_page_data.node_spanned_pages, mem_pages);
}

static void test_watermarks_follow_the_formula(void **state)
{
	unsigned long low = Z(0)->present_pages + Z(1)->present_pages;
	unsigned long mfk = isqrt(low * 4 * 16), pages_min;
	int i;

	(void)state;
	if (mfk < 128)
		mfk = 128;
	if (mfk > 65536)
		mfk = 65536;
	pages_min = mfk / 4;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		unsigned long present = Z(i)->present_pages;
		unsigned long tmp = pages_min * present / low, min = tmp;

		/* is_highmem(): HighMem, even when empty; Movable only when
		 * it is carved from highmem (never here) */
		if (i == ZONE_HIGHMEM) {
			min = present / 1024;
			min = min < 32 ? 32 : min > 128 ? 128 : min;
		}
		assert_int_equal(Z(i)->pages_min, min);
		assert_int_equal(Z(i)->pages_low, min + tmp / 4);
		assert_int_equal(Z(i)->pages_high, min + tmp / 2);
	}
}

static void test_lowmem_reserve_follows_the_ratios(void **state)
{
	static const unsigned long ratio[3] = { 256, 32, 32 };
	int i, j, k;

	(void)state;
	for (j = 0; j < MAX_NR_ZONES; j++) {
		assert_int_equal(Z(j)->lowmem_reserve[j], 0);
		for (i = 0; i < j; i++) {
			unsigned long above = 0;

			for (k = i + 1; k <= j; k++)
				above += Z(k)->present_pages;
			assert_int_equal(Z(i)->lowmem_reserve[j], above / ratio[i]);
		}
	}
}

/* totalreserve_pages (what the overcommit guess keeps back): per zone its
 * largest lowmem_reserve plus pages_high, at most its present pages */
static void test_totalreserve_is_reserve_plus_high(void **state)
{
	unsigned long sum = 0;
	int i, j;

	(void)state;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		unsigned long most = 0, keep;

		for (j = 0; j < MAX_NR_ZONES; j++)
			if (Z(i)->lowmem_reserve[j] > most)
				most = Z(i)->lowmem_reserve[j];
		keep = most + Z(i)->pages_high;
		sum += keep < Z(i)->present_pages ? keep : Z(i)->present_pages;
	}
	assert_int_equal(totalreserve_pages, sum);
}

static void test_pageset_batch_and_high(void **state)
{
	int i, cpu;

	(void)state;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		long b = (long)(Z(i)->present_pages / 1024), batch = 1;

		if (b * 4096 > 512 * 1024)
			b = 128;
		b /= 4;
		if (b < 1)
			b = 1;
		while (batch * 2 <= b + b / 2)	/* largest 2^n <= 1.5 b */
			batch *= 2;
		batch -= 1;
		for (cpu = 0; cpu < NR_CPUS; cpu++) {
			struct per_cpu_pageset *ps = zone_pcp(Z(i), cpu);

			assert_int_equal(ps->pcp[0].high, 6 * batch);
			assert_int_equal(ps->pcp[0].batch, batch > 1 ? batch : 1);
			assert_int_equal(ps->pcp[1].high, 2 * batch);
			assert_int_equal(ps->pcp[1].batch, batch / 2 > 1 ? batch / 2 : 1);
			assert_int_equal(ps->pcp[0].count, 0);
		}
	}
}

static void test_zonelists_fall_back_downwards(void **state)
{
	int i, k, n;

	(void)state;
	for (i = 0; i < MAX_NR_ZONES; i++) {
		struct zonelist *zl = &contig_page_data.node_zonelists[i];

		n = 0;
		for (k = i; k >= 0; k--)
			if (Z(k)->present_pages)
				assert_ptr_equal(zl->zones[n++], Z(k));
		assert_null(zl->zones[n]);
	}
	assert_int_equal(gfp_zone(GFP_HIGHUSER_MOVABLE), ZONE_MOVABLE);
	assert_int_equal(gfp_zone(GFP_HIGHUSER), ZONE_HIGHMEM);
	assert_int_equal(gfp_zone(GFP_KERNEL), ZONE_NORMAL);
	assert_int_equal(gfp_zone(GFP_DMA | __GFP_HIGHMEM), ZONE_DMA);
}

static void test_boot_log_lines(void **state)
{
	unsigned long total = 0;
	char line[160];
	int i;

	(void)state;
	for (i = 0; i < MAX_NR_ZONES; i++)
		total += Z(i)->present_pages;
	snprintf(line, sizeof(line), "On node 0 totalpages: %lu\n", mem_pages);
	assert_non_null(strstr(test_console_text(), line));
	snprintf(line, sizeof(line), "Built 1 zonelists in Zone order, "
		 "mobility grouping %s.  Total pages: %lu\n",
		 total < 5 * 1024 ? "off" : "on", total);
	assert_non_null(strstr(test_console_text(), line));
	snprintf(line, sizeof(line), "  Normal   %8lu -> %8lu\n",
		 4096UL, max_low_pfn > 4096 ? max_low_pfn : 4096);
	assert_non_null(strstr(test_console_text(), line));
	snprintf(line, sizeof(line), "  DMA zone: %lu pages used for memmap\n",
		 4096 * sizeof(struct page) / PAGE_SIZE);
	assert_non_null(strstr(test_console_text(), line));
}

/* int_sqrt(), which sizes min_free_kbytes: the floor of the square root,
 * perfect squares included (where the digit-by-digit method's remainder
 * equals root + bit), checked against isqrt() by counting */
static void test_int_sqrt_is_the_floor_square_root(void **state)
{
	static const unsigned long big[] = { 3670016, 14680064, 16777216,
					     16777215, 4294836225UL,
					     4294967295UL };
	unsigned long x, i;

	(void)state;
	for (x = 0; x <= 70000; x++)
		assert_int_equal(int_sqrt(x), isqrt(x));
	for (i = 0; i < ARRAY_SIZE(big); i++)
		assert_int_equal(int_sqrt(big[i]), isqrt(big[i]));
}

int main(void)
{
	static const char *const configs[] = {
		"mem=16M", "mem=64M", "mem=896M", "mem=1G", "mem=4G cpus=4",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_zone_spans_and_present_pages),
		cmocka_unit_test(test_watermarks_follow_the_formula),
		cmocka_unit_test(test_lowmem_reserve_follows_the_ratios),
		cmocka_unit_test(test_totalreserve_is_reserve_plus_high),
		cmocka_unit_test(test_pageset_batch_and_high),
		cmocka_unit_test(test_zonelists_fall_back_downwards),
		cmocka_unit_test(test_boot_log_lines),
		cmocka_unit_test(test_int_sqrt_is_the_floor_square_root),
	};

	return run_group_per_config("zones", tests, ARRAY_SIZE(tests), setup,
				    configs, ARRAY_SIZE(configs));
}
