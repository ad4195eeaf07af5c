/*
 * test_stress.c - random allocations and frees (fixed seeds) over
 * created caches of several sizes and flags and over kmalloc(), on all
 * CPUs, with ticks (reap timers), shrinks, tunings through
 * /proc/slabinfo and cache destroys, and slab_check() and buddy_check()
 * after every step.  Every object holds a pattern derived from its
 * address while it is held, so an object handed out twice, or written by
 * the allocator while in use, shows up when it is freed.
 */
#include <stdio.h>
#include <string.h>
#include "mm24_test.h"
#include <linux/buddy_check.h>
#include <linux/slab.h>
#include <linux/slab_check.h>
#include <linux/vmstat.h>
#include <linux/workqueue.h>

#define MAX_HELD	1500
#define NR_CACHES	5

struct held {
	void *obj;
	size_t size;			/* bytes the pattern covers */
	struct kmem_cache *cache;	/* NULL: from kmalloc() */
};

static struct held held[MAX_HELD];
static int nr_held;
static unsigned long long rng;

static const struct {
	const char *name;
	size_t size, align;
	unsigned long flags;
} kinds[NR_CACHES] = {
	{ "st-small", 20, 0, 0 },
	{ "st-line", 100, 0, SLAB_HWCACHE_ALIGN },
	{ "st-off", 700, 0, SLAB_RECLAIM_ACCOUNT },
	{ "st-dma", 300, 64, SLAB_CACHE_DMA },
	{ "st-big", 5000, 0, 0 },
};
static struct kmem_cache *caches[NR_CACHES];

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

/* Fill (or check) every word of an object with its address's pattern. */
static int pattern(void *obj, size_t size, int check)
{
	u32 *w = obj, want = (u32)i386_addr(obj) * 2654435761u;
	size_t i;

	for (i = 0; i < size / 4; i++, want += 0x9e3779b9u) {
		if (check && w[i] != want)
			return 0;
		w[i] = want;
	}
	return 1;
}

static void one_second(void)
{
	int cpu;

	jiffies += HZ;
	for_each_online_cpu(cpu)
		refresh_cpu_vm_stats(cpu);
	run_delayed_work();
}

static int cache_in_use(struct kmem_cache *c)
{
	int i;

	for (i = 0; i < nr_held; i++)
		if (held[i].cache == c)
			return 1;
	return 0;
}

static void release(int i)
{
	assert_true(pattern(held[i].obj, held[i].size, 1));
	if (held[i].cache)
		kmem_cache_free(held[i].cache, held[i].obj);
	else
		kfree(held[i].obj);
	held[i] = held[--nr_held];
}

static void step(void)
{
	unsigned int op = rnd(1000);

	if (op < 480 && nr_held < MAX_HELD) {
		int k = (int)rnd(NR_CACHES + 1);
		gfp_t gfp = (rnd(4) ? GFP_KERNEL : GFP_ATOMIC) | __GFP_NORETRY |
			    __GFP_NOWARN;
		struct held h = { NULL, 0, NULL };

		if (k == NR_CACHES) {	/* kmalloc of a random size */
			h.size = 1 + rnd(rnd(8) ? 600 : 70000);
			if (!rnd(10))
				gfp |= GFP_DMA;
			h.obj = rnd(3) ? kmalloc(h.size, gfp) : kzalloc(h.size, gfp);
			if (h.obj && (gfp & __GFP_ZERO)) {
				size_t i;

				for (i = 0; i < h.size; i++)
					assert_int_equal(((u8 *)h.obj)[i], 0);
			}
			if (h.obj)
				assert_true(ksize(h.obj) >= h.size);
		} else {
			h.cache = caches[k];
			h.size = kinds[k].size;
			if (kinds[k].flags & SLAB_CACHE_DMA)
				gfp |= GFP_DMA;
			h.obj = kmem_cache_alloc(h.cache, gfp);
			if (h.obj && kinds[k].align)
				assert_int_equal(i386_addr(h.obj) % kinds[k].align, 0);
		}
		if (!h.obj)
			return;
		assert_false(ZERO_OR_NULL_PTR(h.obj));
		pattern(h.obj, h.size, 0);
		held[nr_held++] = h;
	} else if (op < 930 && nr_held) {
		release((int)rnd((unsigned)nr_held));
	} else if (op < 960) {
		mm24_cpu = (int)rnd((unsigned)num_online_cpus());
	} else if (op < 980) {
		one_second();
	} else if (op < 988) {
		kmem_cache_shrink(caches[rnd(NR_CACHES)]);
	} else if (op < 994) {
		/* tune a cache as echo "NAME L B S" > /proc/slabinfo does */
		int k = (int)rnd(NR_CACHES);
		unsigned int limit = 1 + rnd(150), batch = 1 + rnd(limit);
		char line[96];
		int n = snprintf(line, sizeof(line), "%s %u %u %u\n",
				 kinds[k].name, limit, batch, rnd(10));

		assert_int_equal(slabinfo_write(NULL, line, (size_t)n, NULL), n);
	} else {
		/* an unused cache goes and comes back */
		int k = (int)rnd(NR_CACHES);

		if (cache_in_use(caches[k]))
			return;
		kmem_cache_destroy(caches[k]);
		caches[k] = kmem_cache_create(kinds[k].name, kinds[k].size,
					      kinds[k].align, kinds[k].flags,
					      NULL);
		assert_non_null(caches[k]);
	}
}

static void run(unsigned long long seed, int steps)
{
	int i, k;

	rng = seed;
	for (k = 0; k < NR_CACHES; k++) {
		caches[k] = kmem_cache_create(kinds[k].name, kinds[k].size,
					      kinds[k].align, kinds[k].flags,
					      NULL);
		assert_non_null(caches[k]);
	}
	for (i = 1; i <= steps; i++) {
		step();
		if (slab_check() || buddy_check())
			fail_msg("broken invariant after step %d (seed %llu)", i,
				 seed);
	}
	while (nr_held)
		release(nr_held - 1);
	for (k = 0; k < NR_CACHES; k++)
		kmem_cache_destroy(caches[k]);
	assert_int_equal(slab_check(), 0);
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
	run(1, 60000);
	run(20071024, 45000);
}

int main(void)
{
	static const char *const configs[] = {
		"mem=24M cpus=3", "mem=20M cpus=1 slab_debug",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_ops_keep_invariants_each_step),
	};

	return run_group_per_config("slab stress", tests, 1, setup, configs,
				    ARRAY_SIZE(configs));
}
