/*
 * test_tune.c - how far /proc/slabinfo can tune a cache.  The 2.6.24
 * rules: slabinfo_write() has no upper bound; do_tune_cpucache() asks
 * alloc_arraycache() for one array per CPU of 20 + 4 * limit i386 bytes,
 * from kmalloc(), whose largest cache on i386 is 4 MiB (an order-10
 * block).  A limit past that fails with ENOMEM and leaves the cache as it
 * was.  The shared array (shared * batchcount entries) comes later, from
 * alloc_kmemlist(), after the new per-CPU arrays and the new tunables are
 * in place: its failure is ENOMEM with the tunables already changed.
 * A size 2.6.24 would wrap in 32 bits (4 * 2^30 bytes and more) fails in
 * mm24 as one that does not fit (@kquirk of alloc_arraycache()).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "mm24_test.h"
#include "slab_test.h"
#include <linux/buddy_check.h>
#include <linux/slab.h>
#include <linux/slab_check.h>
#include <mm/slab.h>

#define I386_KMALLOC_LARGEST	(4UL << 20)	/* size-4194304 */
#define I386_ARRAY_HEAD		20UL		/* struct array_cache */
#define I386_ENTRY		4UL		/* void * */

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

/* 0 when the whole line is taken, else slabinfo_write()'s error */
static ssize_t tune(const char *name, unsigned long limit,
		    unsigned long batch, unsigned long shared)
{
	char line[96];
	int n = snprintf(line, sizeof(line), "%s %lu %lu %lu\n", name, limit,
			 batch, shared);
	ssize_t r = slabinfo_write(NULL, line, (size_t)n, NULL);

	return r == n ? 0 : r;
}

static void assert_tunables(const char *name, unsigned long limit,
			    unsigned long batch, unsigned long shared)
{
	struct slabinfo_row r = slabinfo_row(name);

	assert_int_equal(r.limit, limit);
	assert_int_equal(r.batchcount, batch);
	assert_int_equal(r.sharedfactor, shared);
}

static void test_limit_up_to_the_largest_kmalloc(void **state)
{
	const unsigned long most = (I386_KMALLOC_LARGEST - I386_ARRAY_HEAD) /
				   I386_ENTRY;
	static const unsigned long too_big[] = {
		0,			/* most + 1, filled in below */
		(0x80000000UL - I386_ARRAY_HEAD) / I386_ENTRY + 1, /* > INT_MAX */
		(1UL << 30) + 1,	/* wraps to 24 bytes in 32 bits */
		0x7fffffffUL,		/* the largest int */
	};
	unsigned long limits[ARRAY_SIZE(too_big)];
	struct kmem_cache *c;
	unsigned int i;

	(void)state;
	memcpy(limits, too_big, sizeof(limits));
	limits[0] = most + 1;
	c = kmem_cache_create("tune-test", 200, 0, 0, NULL);
	assert_non_null(c);

	assert_int_equal(tune("tune-test", most, 1, 0), 0);
	assert_tunables("tune-test", most, 1, 0);
	assert_int_equal(cpu_cache_get(c)->limit, most);
	for (i = 0; i < ARRAY_SIZE(limits); i++) {
		assert_int_equal(tune("tune-test", limits[i], 1, 0), -ENOMEM);
		assert_tunables("tune-test", most, 1, 0);
	}

	/* the arrays work at the new limit */
	assert_int_equal(tune("tune-test", 6, 3, 0), 0);
	assert_tunables("tune-test", 6, 3, 0);
	kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	kmem_cache_destroy(c);
	assert_int_equal(slab_check(), 0);
	assert_int_equal(buddy_check(), 0);
}

static void test_shared_array_fails_after_the_tunables(void **state)
{
	struct kmem_cache *c;

	(void)state;
	c = kmem_cache_create("tune-shared", 200, 0, 0, NULL);
	assert_non_null(c);
	assert_int_equal(tune("tune-shared", 120, 60, 8), 0);
	assert_tunables("tune-shared", 120, 60, 8);

	/* 60 * 100000000 entries: past 2^32, the shared array cannot be
	 * had; the per-CPU arrays and the tunables have changed by then */
	assert_int_equal(tune("tune-shared", 120, 60, 100000000), -ENOMEM);
	assert_tunables("tune-shared", 120, 60, 100000000);
	/* and the node kept its old shared array of 8 * 60 entries */
	assert_non_null(c->nodelists[0]->shared);
	assert_int_equal(c->nodelists[0]->shared->limit, 8 * 60);

	kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	kmem_cache_destroy(c);
	assert_int_equal(slab_check(), 0);
	assert_int_equal(buddy_check(), 0);
}

int main(void)
{
	static const char *const configs[] = {
		"mem=256M cpus=1", "mem=256M cpus=2",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_limit_up_to_the_largest_kmalloc),
		cmocka_unit_test(test_shared_array_fails_after_the_tunables),
	};

	return run_group_per_config("tune", tests, 2, setup, configs,
				    ARRAY_SIZE(configs));
}
