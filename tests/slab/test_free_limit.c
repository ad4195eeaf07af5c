/*
 * test_free_limit.c - when free_block() keeps an empty slab and when it
 * gives it back.  The 2.6.24 rule: a node keeps free objects up to
 * free_limit = (1 + CPUs of the node) * batchcount + objects per slab;
 * a slab that becomes empty goes back to the buddy allocator only when the
 * node then holds *more* than free_limit free objects.
 *
 * The cache is tuned to limit 1, batchcount 1, shared 0, so that each
 * kmem_cache_free() pushes the object freed before it through
 * cache_flusharray() into free_block(): the test knows the node's free
 * count at every step and puts it exactly on free_limit when a slab empties.
 */
#include <stdio.h>
#include "mm24_test.h"
#include "slab_test.h"
#include <linux/buddy_check.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/slab_check.h>
#include <mm/slab.h>

#define OBJ_SIZE	256
#define NR_SLABS	3

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

static void test_empty_slab_kept_at_free_limit(void **state)
{
	static const char tune[] = "fl-test 1 1 0\n";
	void *obj[NR_SLABS][64];
	int filled[NR_SLABS] = { 0 };
	unsigned long slab_page[NR_SLABS] = { 0 };
	struct kmem_cache *c;
	unsigned int num, limit, keep, i;
	int s, nr_pages = 0;

	(void)state;
	c = kmem_cache_create("fl-test", OBJ_SIZE, 0, 0, NULL);
	assert_non_null(c);
	assert_int_equal(slabinfo_write(NULL, tune, sizeof(tune) - 1, NULL),
			 (ssize_t)(sizeof(tune) - 1));
	num = (unsigned int)slabinfo_row("fl-test").objperslab;
	assert_int_equal(slabinfo_row("fl-test").batchcount, 1);
	assert_true(num <= 64);
	limit = (1 + (unsigned int)num_online_cpus()) * 1 + num;
	assert_int_equal(c->nodelists[0]->free_limit, limit);
	keep = limit - num;		/* free objects of slab 0 to start with */
	assert_true(keep + 2 <= num);

	/* fill three slabs, grouping the objects by their slab's page */
	for (i = 0; i < NR_SLABS * num; i++) {
		void *p = kmem_cache_alloc(c, GFP_KERNEL);
		unsigned long pg;

		assert_non_null(p);
		pg = page_to_pfn(virt_to_page(p));
		for (s = 0; s < nr_pages && slab_page[s] != pg; s++)
			;
		if (s == nr_pages) {
			assert_true(nr_pages < NR_SLABS);
			slab_page[nr_pages++] = pg;
		}
		obj[s][filled[s]++] = p;
	}
	for (s = 0; s < NR_SLABS; s++)
		assert_int_equal(filled[s], num);
	assert_int_equal(slabinfo_row("fl-test").num_slabs, NR_SLABS);

	/* keep objects of slab 0 reach the lists, then all of slab 1: its
	 * last one arrives with free_objects == free_limit exactly (it is
	 * pushed by the next free, of slab 0) and slab 1 stays, empty */
	for (i = 0; i < keep; i++)
		kmem_cache_free(c, obj[0][i]);
	for (i = 0; i < num; i++)
		kmem_cache_free(c, obj[1][i]);
	kmem_cache_free(c, obj[0][keep]);
	assert_int_equal(c->nodelists[0]->free_objects, limit);
	assert_int_equal(slabinfo_row("fl-test").num_slabs, NR_SLABS);
	assert_int_equal(slabinfo_row("fl-test").active_slabs, NR_SLABS - 1);

	/* slab 2 empties above free_limit: it goes back to the buddy
	 * allocator, and its objects leave the count with it */
	for (i = 0; i < num; i++)
		kmem_cache_free(c, obj[2][i]);
	kmem_cache_free(c, obj[0][keep + 1]);
	assert_int_equal(c->nodelists[0]->free_objects, limit + 1);
	assert_int_equal(slabinfo_row("fl-test").num_slabs, NR_SLABS - 1);

	for (i = keep + 2; i < num; i++)
		kmem_cache_free(c, obj[0][i]);
	kmem_cache_destroy(c);
	assert_int_equal(slab_check(), 0);
	assert_int_equal(buddy_check(), 0);
}

int main(void)
{
	static const char *const configs[] = {
		"mem=32M cpus=1", "mem=64M cpus=2", "mem=64M cpus=4",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_empty_slab_kept_at_free_limit),
	};

	return run_group_per_config("free_limit", tests, 1, setup, configs,
				    ARRAY_SIZE(configs));
}
