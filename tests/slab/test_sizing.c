/*
 * test_sizing.c - the size, objects per slab, pages per slab and tunables
 * of every general cache and of caches created across sizes, alignments
 * and flags, as /proc/slabinfo shows them, against the 2.6.24 rules
 * worked out here on their own (i386: a word is 4 bytes, struct slab 28,
 * a bufctl 4, an L1 line 32):
 *
 *  1. DEBUG (slab_debug): red zone and user word unless a big object
 *     would cross a power of two; poison unless SLAB_DESTROY_BY_RCU;
 *  2. the size is rounded to a word; the alignment is a cache line,
 *     halved while two objects fit in half of it (SLAB_HWCACHE_ALIGN), or
 *     a word; debugging takes a word (user) or 8 (red zone); the caller's
 *     alignment wins when larger; above 8, no red zone and no user word;
 *  3. DEBUG adds 16 bytes of red zones and the user word (8 after a red
 *     zone, else 4);
 *  4. objects of 512 bytes and more keep their descriptor off the slab
 *     (not the first two general caches); the size goes up to the
 *     alignment;
 *  5. the order is the first that holds an object and either is
 *     reclaimable, reaches the break order (1 above 32 MiB of memory,
 *     else 0) or wastes at most an eighth; an off-slab cache stops before
 *     num exceeds (size - 28) / 4;
 *  6. limit 1/8/24/54/120 for sizes above 128K/4K/1K/256/else (at most 32
 *     with DEBUG), batchcount (limit + 1) / 2, shared 8 on SMP for objects
 *     up to a page.
 */
#include <limits.h>
#include <stdlib.h>
#include "mm24_test.h"
#include "slab_test.h"
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/slab.h>

struct figures {
	unsigned long objsize, num, pages, limit, batch, shared;
};

static int cpus, debug, big_memory;

static size_t round_up(size_t x, size_t to)
{
	return (x + to - 1) / to * to;
}

static int top_bit(unsigned long x)
{
	int n = 0;

	while (x) {
		n++;
		x >>= 1;
	}
	return n;
}

/* The 2.6.24 figures of a cache of @size, @align, @flags. */
static struct figures expected(size_t size, size_t align, unsigned long flags,
			       int early)
{
	struct figures f = { 0, 0, 0, 0, 0, 0 };
	size_t want = 4, slab, left, n, mgmt;
	int off, order;

	if (debug) {
		if (size < 4096 || top_bit(size - 1) == top_bit(size - 1 + 8 + 16))
			flags |= SLAB_RED_ZONE | SLAB_STORE_USER;
		if (!(flags & SLAB_DESTROY_BY_RCU))
			flags |= SLAB_POISON;
	}
	size = round_up(size, 4);
	if (flags & SLAB_HWCACHE_ALIGN)
		for (want = 32; size <= want / 2; want /= 2)
			;
	if (flags & SLAB_STORE_USER)
		want = 4;
	if (flags & SLAB_RED_ZONE) {
		want = 8;
		size = round_up(size, 8);
	}
	if (align > want)
		want = align;
	if (want > 8)
		flags &= ~(SLAB_RED_ZONE | SLAB_STORE_USER);
	if (flags & SLAB_RED_ZONE)
		size += 16;
	if (flags & SLAB_STORE_USER)
		size += flags & SLAB_RED_ZONE ? 8 : 4;
	off = size >= 512 && !early;
	size = round_up(size, want);

	for (order = 0; order <= 10; order++) {
		slab = 4096UL << order;
		if (off) {
			n = slab / size;
			mgmt = 0;
		} else {
			n = (slab - 28) / (size + 4);
			if (round_up(28 + 4 * n, want) + n * size > slab)
				n--;
			mgmt = round_up(28 + 4 * n, want);
		}
		if (!n)
			continue;
		if (off && n > (size - 28) / 4)
			break;
		left = slab - n * size - mgmt;
		f.num = n;
		f.pages = 1UL << order;
		if ((flags & SLAB_RECLAIM_ACCOUNT) || order >= big_memory ||
		    8 * left <= slab)
			break;
	}
	f.objsize = size;
	f.limit = size > 131072 ? 1 : size > 4096 ? 8 : size > 1024 ? 24 :
		  size > 256 ? 54 : 120;
	if (debug && f.limit > 32)
		f.limit = 32;
	f.batch = (f.limit + 1) / 2;
	f.shared = size <= 4096 && cpus > 1 ? 8 : 0;
	return f;
}

static void check_row(const char *name, struct figures want)
{
	struct slabinfo_row r = slabinfo_row(name);

	if (r.objsize != want.objsize || r.objperslab != want.num ||
	    r.pagesperslab != want.pages || r.limit != want.limit ||
	    r.batchcount != want.batch || r.sharedfactor != want.shared)
		fail_msg("%s [%s]: objsize %lu objperslab %lu pagesperslab %lu "
			 "tunables %lu %lu %lu, expected %lu %lu %lu tunables "
			 "%lu %lu %lu", name, test_config, r.objsize,
			 r.objperslab, r.pagesperslab, r.limit, r.batchcount,
			 r.sharedfactor, want.objsize, want.num, want.pages,
			 want.limit, want.batch, want.shared);
}

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	cpus = num_online_cpus();
	debug = strstr(test_config, "slab_debug") != NULL;
	big_memory = num_physpages > (32UL << 20) >> PAGE_SHIFT;
	return 0;
}

static void test_general_caches_have_the_2_6_24_figures(void **state)
{
	static const unsigned long sizes[] = {
		32, 64, 96, 128, 192, 256, 512, 1024, 2048, 4096, 8192, 16384,
		32768, 65536, 131072, 262144, 524288, 1048576, 2097152, 4194304,
	};
	char name[32];
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(sizes); i++) {
		/* size-32 and size-64 are made while off-slab is not yet allowed */
		struct figures f = expected(sizes[i], 8, SLAB_HWCACHE_ALIGN, i < 2);

		snprintf(name, sizeof(name), "size-%lu", sizes[i]);
		check_row(name, f);
		snprintf(name, sizeof(name), "size-%lu(DMA)", sizes[i]);
		check_row(name, f);
	}
	assert_int_equal(malloc_sizes[ARRAY_SIZE(sizes)].cs_size, ULONG_MAX);
}

static void test_kmem_cache_row_is_the_i386_descriptor(void **state)
{
	/* offsetof(struct kmem_cache, nodelists) + one pointer, 32-aligned;
	 * the statistics and debug fields add 56 + 8 bytes */
	size_t bytes = round_up(debug ? 104 + 56 + 8 + 4 : 104 + 4, 32);
	struct figures f = { bytes, (4096 - 28) / (bytes + 4), 1, 0, 0, 0 };

	(void)state;
	if (round_up(28 + 4 * f.num, 32) + f.num * bytes > 4096)
		f.num--;
	f.limit = debug ? 32 : 120;
	f.batch = (f.limit + 1) / 2;
	f.shared = cpus > 1 ? 8 : 0;
	check_row("kmem_cache", f);
	assert_int_equal(bytes, debug ? 192 : 128);
}

static void test_created_caches_have_the_2_6_24_figures(void **state)
{
	static const size_t sizes[] = {
		4, 8, 12, 20, 24, 32, 33, 48, 60, 64, 100, 120, 128, 129, 200,
		250, 256, 300, 400, 500, 508, 511, 512, 513, 700, 1000, 1024,
		1100, 1500, 2000, 2048, 2500, 3000, 3500, 4000, 4096, 4100, 5000,
		6000, 8192, 10000, 20000, 40000, 65536, 100000, 131072, 131073,
		200000, 500000, 1048576, 3000000, 4194304,
	};
	static const size_t aligns[] = { 0, 8, 16, 64, 256 };
	static const unsigned long flag_sets[] = {
		0, SLAB_HWCACHE_ALIGN, SLAB_RECLAIM_ACCOUNT,
		SLAB_HWCACHE_ALIGN | SLAB_CACHE_DMA,
		SLAB_HWCACHE_ALIGN | SLAB_RECLAIM_ACCOUNT,
	};
	size_t s, a, f;
	int made = 0;

	(void)state;
	for (s = 0; s < ARRAY_SIZE(sizes); s++)
		for (a = 0; a < ARRAY_SIZE(aligns); a++)
			for (f = 0; f < ARRAY_SIZE(flag_sets); f++) {
				char *name = malloc(48);
				struct kmem_cache *c;

				assert_non_null(name);
				snprintf(name, 48, "t-%zu-%zu-%lx", sizes[s],
					 aligns[a], flag_sets[f]);
				c = kmem_cache_create(name, sizes[s], aligns[a],
						      flag_sets[f], NULL);
				assert_non_null(c);
				check_row(name, expected(sizes[s], aligns[a],
							 flag_sets[f], 0));
				kmem_cache_destroy(c);
				made++;
			}
	assert_int_equal(made, 52 * 5 * 5);
}

/* The examples the literature quotes for i386. */
static void test_known_i386_figures(void **state)
{
	(void)state;
	if (debug)
		return;
	assert_int_equal(slabinfo_row("size-32").objperslab, 113);
	assert_int_equal(slabinfo_row("size-64").objperslab, 59);
	assert_int_equal(slabinfo_row("size-128").objperslab, 30);
	assert_int_equal(slabinfo_row("size-512").objperslab, 8);
	assert_int_equal(slabinfo_row("size-4096").pagesperslab, 1);
}

int main(void)
{
	static const char *const configs[] = {
		"mem=64M cpus=1", "mem=64M cpus=2", "mem=24M cpus=1",
		"mem=64M cpus=2 slab_debug", "mem=24M cpus=1 slab_debug",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_general_caches_have_the_2_6_24_figures),
		cmocka_unit_test(test_kmem_cache_row_is_the_i386_descriptor),
		cmocka_unit_test(test_created_caches_have_the_2_6_24_figures),
		cmocka_unit_test(test_known_i386_figures),
	};

	return run_group_per_config("sizing", tests, ARRAY_SIZE(tests), setup,
				    configs, ARRAY_SIZE(configs));
}
