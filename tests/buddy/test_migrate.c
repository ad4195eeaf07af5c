/*
 * test_migrate.c - grouping pages by mobility.
 *
 *  - a request whose migrate type has no free block takes the largest
 *    block of a fallback type; a block of order >= pageblock_order/2
 *    drags its whole pageblock over (move_freepages_block) and, with half
 *    of it free, changes the pageblock's type;
 *  - a small fallback block changes nothing about its pageblock;
 *  - move_freepages_block() moves every free block of the pageblock, an
 *    order-0 block on its very last page included;
 *  - MIGRATE_RESERVE blocks are handed out only when nothing else is left;
 *  - below 5 pageblocks of memory grouping is off: everything unmovable.
 * Each case runs on a freshly booted machine.
 */
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/buddy_check.h>
#include <linux/sched.h>
#include <linux/vmstat.h>
#include <mm/internal.h>

static unsigned long blocks_of(struct zone *z, int mt)
{
	unsigned long pfn, n = 0;

	for (pfn = z->zone_start_pfn; pfn < z->zone_start_pfn + z->spanned_pages;
	     pfn += pageblock_nr_pages)
		n += get_pageblock_migratetype(pfn_to_page(pfn)) == mt;
	return n;
}

static void test_big_fallback_steals_the_pageblock(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	struct buddy_state s;
	unsigned long movable = blocks_of(z, MIGRATE_MOVABLE);
	unsigned long unmovable = blocks_of(z, MIGRATE_UNMOVABLE);
	struct page *victim, *p;

	(void)state;
	buddy_snapshot(z, &s);
	assert_int_equal(s.by_type[MIGRATE_UNMOVABLE][0] +
			 s.by_type[MIGRATE_UNMOVABLE][MAX_ORDER - 1], 0);
	victim = list_entry(z->free_area[MAX_ORDER - 1].free_list[MIGRATE_MOVABLE].next,
			    struct page, lru);
	p = alloc_pages(GFP_KERNEL, 0);		/* unmovable */
	assert_int_equal(page_to_pfn(p) & ~(pageblock_nr_pages - 1),
			 page_to_pfn(victim));
	assert_int_equal(get_pageblock_migratetype(victim), MIGRATE_UNMOVABLE);
	assert_int_equal(blocks_of(z, MIGRATE_MOVABLE), movable - 1);
	assert_int_equal(blocks_of(z, MIGRATE_UNMOVABLE), unmovable + 1);
	/* the rest of the split block now sits on unmovable lists */
	buddy_snapshot(z, &s);
	assert_int_equal(s.by_type[MIGRATE_UNMOVABLE][9], 1);
	assert_int_equal(buddy_check(), 0);
}

static void test_small_fallback_leaves_the_pageblock_alone(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	struct buddy_state s;
	struct page *p;
	int o, left;

	(void)state;
	/* use up every movable block of order >= 5 */
	do {
		buddy_snapshot(z, &s);
		left = 0;
		for (o = pageblock_order / 2; o < MAX_ORDER; o++)
			left += (int)s.by_type[MIGRATE_MOVABLE][o];
		if (left)
			assert_non_null(alloc_pages(GFP_HIGHUSER_MOVABLE,
						    pageblock_order / 2));
	} while (left);
	for (o = 0; o < pageblock_order / 2; o++)
		if (s.by_type[MIGRATE_MOVABLE][o])
			break;
	assert_true(o < pageblock_order / 2);
	assert_int_equal(s.by_type[MIGRATE_UNMOVABLE][o], 0);

	p = alloc_pages(GFP_KERNEL, 0);
	assert_int_equal(get_pageblock_migratetype(p), MIGRATE_MOVABLE);
	/* a small block: its halves stay on the movable lists */
	buddy_snapshot(z, &s);
	assert_int_equal(s.by_type[MIGRATE_UNMOVABLE][0], 0);
	assert_int_equal(buddy_check(), 0);
}

/* is @page the head of a free block of @order on the @mt list? */
static int on_free_list(struct zone *z, struct page *page, int order, int mt)
{
	struct list_head *pos;

	list_for_each(pos, &z->free_area[order].free_list[mt])
		if (list_entry(pos, struct page, lru) == page)
			return 1;
	return 0;
}

static void test_move_reaches_the_last_page_of_the_block(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	unsigned long last = pageblock_nr_pages - 1, mid = pageblock_nr_pages / 2;
	unsigned long i, want;
	unsigned long flags;
	struct page *blk;
	int moved;

	(void)state;
	/* a whole movable pageblock, cut into order-0 pages by hand as
	 * split_page() does, so that single pages can be given back */
	blk = alloc_pages(GFP_HIGHUSER_MOVABLE, pageblock_order);
	assert_non_null(blk);
	assert_int_equal(page_to_pfn(blk) % pageblock_nr_pages, 0);
	assert_int_equal(get_pageblock_migratetype(blk), MIGRATE_MOVABLE);
	for (i = 1; i <= last; i++)
		set_page_count(blk + i, 1);
	/* free: the first page, a quarter from the middle (it merges into
	 * one order pageblock_order-2 block) and the very last page */
	__free_page(blk);
	for (i = mid; i < mid + pageblock_nr_pages / 4; i++)
		__free_page(blk + i);
	__free_page(blk + last);
	drain_all_local_pages();
	want = 1 + pageblock_nr_pages / 4 + 1;
	assert_true(PageBuddy(blk + last));
	assert_true(on_free_list(z, blk + last, 0, MIGRATE_MOVABLE));
	assert_true(on_free_list(z, blk + mid, pageblock_order - 2,
				 MIGRATE_MOVABLE));

	spin_lock_irqsave(&z->lock, flags);
	moved = move_freepages_block(z, blk + 3, MIGRATE_UNMOVABLE);
	spin_unlock_irqrestore(&z->lock, flags);
	assert_int_equal(moved, want);
	assert_true(on_free_list(z, blk, 0, MIGRATE_UNMOVABLE));
	assert_true(on_free_list(z, blk + mid, pageblock_order - 2,
				 MIGRATE_UNMOVABLE));
	assert_true(on_free_list(z, blk + last, 0, MIGRATE_UNMOVABLE));
	assert_false(on_free_list(z, blk + last, 0, MIGRATE_MOVABLE));
	assert_int_equal(buddy_check(), 0);
}

static void test_reserve_blocks_are_used_last(void **state)
{
	struct zone *z = zone_of(ZONE_NORMAL);
	unsigned long from_normal = 0, first_reserve = 0, free_other;
	struct buddy_state s;
	struct page *p;
	int o, t;

	(void)state;
	buddy_snapshot(z, &s);
	free_other = 0;
	for (t = 0; t < MIGRATE_TYPES; t++)
		for (o = 0; o < MAX_ORDER; o++)
			if (t != MIGRATE_RESERVE)
				free_other += s.by_type[t][o] << o;
	assert_true(s.by_type[MIGRATE_RESERVE][MAX_ORDER - 1] > 0);

	current->flags |= PF_MEMALLOC;		/* no watermarks */
	while ((p = alloc_pages(GFP_KERNEL | __GFP_NOWARN, 0)) != NULL) {
		if (page_zone(p) != z)
			continue;
		from_normal++;
		if (!first_reserve &&
		    get_pageblock_migratetype(p) == MIGRATE_RESERVE)
			first_reserve = from_normal;
	}
	current->flags &= ~PF_MEMALLOC;
	assert_true(first_reserve > 0);
	/* every other free page of the zone was handed out first */
	assert_true(first_reserve > free_other);
	assert_int_equal(zone_page_state_exact(z, NR_FREE_PAGES), 0);
}

static void test_small_machine_does_not_group(void **state)
{
	(void)state;
	assert_true(page_group_by_mobility_disabled);
	assert_int_equal(allocflags_to_migratetype(GFP_HIGHUSER_MOVABLE),
			 MIGRATE_UNMOVABLE);
	assert_int_equal(get_pageblock_migratetype(pfn_to_page(2048)),
			 MIGRATE_UNMOVABLE);
}

int main(void)
{
	int (*setup)(void **) = buddy_setup_drained;
	static const char *const mid[] = { "mem=64M" };
	static const char *const tiny[] = { "mem=16M" };
	const struct CMUnitTest steal[] = {
		cmocka_unit_test(test_big_fallback_steals_the_pageblock) };
	const struct CMUnitTest small[] = {
		cmocka_unit_test(test_small_fallback_leaves_the_pageblock_alone) };
	const struct CMUnitTest move[] = {
		cmocka_unit_test(test_move_reaches_the_last_page_of_the_block) };
	const struct CMUnitTest reserve[] = {
		cmocka_unit_test(test_reserve_blocks_are_used_last) };
	const struct CMUnitTest nogroup[] = {
		cmocka_unit_test(test_small_machine_does_not_group) };

	return run_group_per_config("steal", steal, 1, setup, mid, 1) +
	       run_group_per_config("small_fallback", small, 1, setup, mid, 1) +
	       run_group_per_config("move_block", move, 1, setup, mid, 1) +
	       run_group_per_config("reserve_last", reserve, 1, setup, mid, 1) +
	       run_group_per_config("no_grouping", nogroup, 1, setup, tiny, 1);
}
