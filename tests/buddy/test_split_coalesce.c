/*
 * test_split_coalesce.c - the buddy algorithm itself.
 *
 *  - an order-k request takes the first block of the smallest non-empty
 *    order j >= k of its migrate type, and leaves one block on each of the
 *    orders k .. j-1 (expand); freeing it merges back to the same state;
 *  - the halves of a split are buddies: pfn(B) = pfn(A) ^ 2^k;
 *  - a compound page's tail pages count as their head (page_count(),
 *    get_page(), put_page());
 *  - blocks on two sides of a zone boundary are never merged, even when
 *    their pfns are buddies (vmalloc=129M puts the Normal/HighMem boundary
 *    at pfn 229120, inside a 1024-page block).
 */
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/buddy_check.h>
#include <linux/bootmem.h>

static void test_alloc_takes_predicted_block_and_free_restores(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	unsigned int k;

	(void)state;
	for (k = 1; k < MAX_ORDER; k++) {
		struct buddy_state before, after, want;
		struct page *expect, *page;
		unsigned int j, o;

		buddy_snapshot(z, &before);
		for (j = k; j < MAX_ORDER; j++)
			if (before.by_type[MIGRATE_MOVABLE][j])
				break;
		if (j == MAX_ORDER)
			continue;	/* would fall back: another test */
		expect = list_entry(z->free_area[j].free_list[MIGRATE_MOVABLE].next,
				    struct page, lru);
		want = before;
		want.nr_free[j]--;
		want.by_type[MIGRATE_MOVABLE][j]--;
		for (o = k; o < j; o++) {
			want.nr_free[o]++;
			want.by_type[MIGRATE_MOVABLE][o]++;
		}

		page = alloc_pages(GFP_HIGHUSER_MOVABLE, k);
		assert_ptr_equal(page, expect);
		buddy_snapshot(z, &after);
		assert_memory_equal(&after, &want, sizeof(want));
		assert_int_equal(page_count(page), 1);
		assert_false(PageBuddy(page));

		__free_pages(page, k);
		buddy_snapshot(z, &after);
		assert_memory_equal(&after, &before, sizeof(before));
		assert_int_equal(buddy_check(), 0);
	}
}

static void test_split_halves_are_xor_buddies(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	struct buddy_state before, after;
	struct page *a, *b;
	unsigned int k;

	(void)state;
	buddy_snapshot(z, &before);
	/* an order with no free block of its own: the pair comes from a split */
	for (k = 1; k < MAX_ORDER - 1; k++)
		if (!before.by_type[MIGRATE_MOVABLE][k])
			break;
	assert_true(k < MAX_ORDER - 1);
	a = alloc_pages(GFP_HIGHUSER_MOVABLE, k);
	b = alloc_pages(GFP_HIGHUSER_MOVABLE, k);
	assert_int_equal(page_to_pfn(b), page_to_pfn(a) ^ (1UL << k));

	__free_pages(a, k);		/* its buddy is in use: no merge */
	buddy_snapshot(z, &after);
	assert_true(PageBuddy(a));
	assert_int_equal(page_private(a), k);
	assert_int_equal(after.nr_free[k], before.nr_free[k] + 1);

	__free_pages(b, k);		/* now the pair merges all the way up */
	buddy_snapshot(z, &after);
	assert_false(PageBuddy(b) && page_private(b) == k);
	assert_memory_equal(&after, &before, sizeof(before));
	assert_int_equal(buddy_check(), 0);
}

static void test_no_merge_across_a_zone_boundary(void **state)
{
	struct page *low = pfn_to_page(0x37e00), *high = pfn_to_page(0x37f00);

	(void)state;
	/* vmalloc=129M: MAXMEM = 4G - PAGE_OFFSET - 129M, all of it low */
	assert_int_equal(max_low_pfn, ((1UL << 30) - (129UL << 20)) >> PAGE_SHIFT);
	assert_ptr_equal(page_zone(low), zone_of(ZONE_NORMAL));
	assert_ptr_equal(page_zone(high), zone_of(ZONE_HIGHMEM));
	/* both halves free, of the same order, XOR buddies - and apart */
	assert_true(PageBuddy(low));
	assert_true(PageBuddy(high));
	assert_int_equal(page_private(low), 8);
	assert_int_equal(page_private(high), 8);
	/* __page_find_buddy(): the order-8 buddy of low, by the index in its
	 * MAX_ORDER block, is high ... */
	assert_ptr_equal(low + (long)(((page_to_pfn(low) & ((1UL << MAX_ORDER) - 1)) ^
				       (1UL << 8)) -
				      (page_to_pfn(low) & ((1UL << MAX_ORDER) - 1))),
			 high);
	/* ... but page_is_buddy() refuses a buddy of another zone: no
	 * order-9 block straddles max_low_pfn */
	assert_int_not_equal(page_zone_id(low), page_zone_id(high));
	assert_false(PageBuddy(low) && page_private(low) > 8);
	assert_int_equal(buddy_check(), 0);
}

/* 2.6.24's mm.h: page_count() and get_page() of a compound page's tail
 * page are those of its head (compound_head()); a tail's own _count is
 * never used */
static void test_tail_pages_count_as_their_head(void **state)
{
	struct page *head = alloc_pages(GFP_KERNEL | __GFP_COMP, 2);
	int i;

	(void)state;
	assert_non_null(head);
	for (i = 1; i < 4; i++) {
		assert_true(PageTail(head + i));
		assert_ptr_equal(compound_head(head + i), head);
		assert_int_equal(page_count(head + i), 1);
	}
	get_page(head + 3);
	assert_int_equal(page_count(head), 2);
	assert_int_equal(page_count(head + 1), 2);
	put_page(head + 1);
	assert_int_equal(page_count(head + 2), 1);
	__free_pages(head, 2);
	assert_int_equal(buddy_check(), 0);
}

int main(void)
{
	int (*setup)(void **) = buddy_setup_drained;
	static const char *const small[] = { "mem=64M" };
	static const char *const split[] = { "mem=1G vmalloc=129M" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_alloc_takes_predicted_block_and_free_restores),
		cmocka_unit_test(test_split_halves_are_xor_buddies),
		cmocka_unit_test(test_tail_pages_count_as_their_head),
	};
	const struct CMUnitTest boundary[] = {
		cmocka_unit_test(test_no_merge_across_a_zone_boundary),
	};

	return run_group_per_config("split_coalesce", tests, ARRAY_SIZE(tests),
				    setup, small, 1) +
	       run_group_per_config("zone_boundary", boundary, 1, setup, split, 1);
}
