/*
 * test_stress.c - random allocations and frees (fixed seeds) of mixed
 * orders, zones, gfp flags and CPUs, with drains and vmstat folds, and
 * buddy_check() after every step.  Every block carries a pattern derived
 * from its pfn while it is held, so a block handed out twice, or memory
 * written by the allocator while in use, shows up at free time.
 */
#include <string.h>
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/buddy_check.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>

#define MAX_HELD 600

struct held {
	struct page *page;
	unsigned int order;
};

static struct held held[MAX_HELD];
static int nr_held;
static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

static const gfp_t flag_mix[] = {
	GFP_KERNEL | __GFP_NORETRY, GFP_ATOMIC, GFP_HIGHUSER_MOVABLE,
	GFP_TEMPORARY | __GFP_NORETRY, GFP_KERNEL | __GFP_COLD | __GFP_NORETRY,
	GFP_DMA | __GFP_NORETRY, GFP_KERNEL | __GFP_ZERO | __GFP_NORETRY,
	GFP_KERNEL | __GFP_COMP | __GFP_NORETRY, GFP_HIGHUSER | __GFP_ZERO,
};

/* Fill (or check) the first and last word of every page of a block. */
static int pattern(struct page *page, unsigned int order, int check)
{
	unsigned long i;

	for (i = 0; i < (1UL << order); i++) {
		u32 *w = kmap_atomic(page + i, KM_USER0);
		u32 want = (u32)(page_to_pfn(page + i) * 2654435761u);
		int ok = !check || (w[0] == want && w[1023] == ~want);

		w[0] = want;
		w[1023] = ~want;
		kunmap_atomic(w, KM_USER0);
		if (!ok)
			return 0;
	}
	return 1;
}

static void step(void)
{
	unsigned int op = rnd(100);

	if (op < 50 && nr_held < MAX_HELD) {
		gfp_t gfp = flag_mix[rnd(ARRAY_SIZE(flag_mix))];
		unsigned int order = rnd(4) ? rnd(3) : rnd(MAX_ORDER - 4);
		struct page *page = alloc_pages(gfp | __GFP_NOWARN, order);

		if (!page)
			return;
		if (gfp & __GFP_ZERO) {
			u32 *w = kmap_atomic(page, KM_USER1);

			assert_int_equal(w[0] | w[512] | w[1023], 0);
			kunmap_atomic(w, KM_USER1);
		}
		assert_int_equal(page_count(page), 1);
		pattern(page, order, 0);
		held[nr_held].page = page;
		held[nr_held++].order = order;
	} else if (op < 92 && nr_held) {
		int i = (int)rnd((unsigned)nr_held);

		assert_true(pattern(held[i].page, held[i].order, 1));
		__free_pages(held[i].page, held[i].order);
		held[i] = held[--nr_held];
	} else if (op < 96) {
		mm24_cpu = (int)rnd((unsigned)num_online_cpus());
	} else if (op < 98) {
		if (rnd(2))
			drain_local_pages();
		else
			drain_all_local_pages();
	} else {
		int cpu;

		for_each_online_cpu(cpu)
			refresh_cpu_vm_stats(cpu);
	}
}

static void run(unsigned long long seed, int steps, int check_every)
{
	int i;

	rng = seed;
	for (i = 1; i <= steps; i++) {
		step();
		if (i % check_every == 0)
			assert_int_equal(buddy_check(), 0);
	}
	while (nr_held) {
		nr_held--;
		assert_true(pattern(held[nr_held].page, held[nr_held].order, 1));
		__free_pages(held[nr_held].page, held[nr_held].order);
	}
	drain_all_local_pages();
	assert_int_equal(buddy_check(), 0);
}

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

static void test_random_ops_keep_invariants_each_step(void **state)
{
	(void)state;
	run(1, 60000, 1);
	run(20071024, 50000, 1);
}

static void test_random_ops_with_highmem(void **state)
{
	(void)state;
	run(42, 40000, 50);
}

int main(void)
{
	static const char *const small[] = { "mem=24M cpus=3" };
	static const char *const high[] = { "mem=1G cpus=2" };
	const struct CMUnitTest each[] = {
		cmocka_unit_test(test_random_ops_keep_invariants_each_step) };
	const struct CMUnitTest hm[] = {
		cmocka_unit_test(test_random_ops_with_highmem) };

	return run_group_per_config("stress", each, 1, setup, small, 1) +
	       run_group_per_config("stress_highmem", hm, 1, setup, high, 1);
}
