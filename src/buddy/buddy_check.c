/**
 * @file
 * @brief \~english mm24's invariant checker for the buddy allocator.
 *        \~chinese mm24 为伙伴系统编写的不变式检查器。 \~
 *
 * buddy_check.c - the buddy allocator's invariants, checked by walking
 * every free list and per-cpu list (mm24's own; no 2.6.24 counterpart).
 *
 * For every populated zone:
 *  1. every block on free_area[o].free_list[t] has PG_buddy, order o,
 *     count 0, no mappings, no PG_reserved, is 2^o-aligned, lies wholly in
 *     the zone, and its other pages are not block heads;
 *  2. no block is on two lists, and no PG_buddy page is on none;
 *  3. no block has a free buddy of the same order in the same zone left
 *     unmerged (buddies in another zone may stay apart, as in 2.6.24);
 *  4. the blocks of each order add up to nr_free, and all free pages to
 *     NR_FREE_PAGES with every CPU's unfolded delta;
 *  5. each per-cpu list holds count free pages of the zone, none PG_buddy.
 */
#include <stdlib.h>
#include <linux/bitops.h>
#include <linux/buddy_check.h>
#include <linux/mm.h>
#include <linux/vmstat.h>

static int problems;

static void complain(struct zone *zone, unsigned long pfn, const char *what)
{
	if (problems++ < 10)
		printk(KERN_ERR "buddy_check: zone %s pfn %lu: %s\n",
		       zone->name, pfn, what);
}

static void check_block(struct zone *zone, struct page *page,
			unsigned int order, u8 *seen)
{
	unsigned long pfn = page_to_pfn(page), i;
	unsigned long start = zone->zone_start_pfn;
	unsigned long end = start + zone->spanned_pages;

	if (pfn < start || pfn + (1UL << order) > end) {
		complain(zone, pfn, "block outside the zone");
		return;
	}
	if (!PageBuddy(page) || page_private(page) != order)
		complain(zone, pfn, "listed block without PG_buddy/its order");
	if (page_count(page) || page_mapcount(page) || PageReserved(page))
		complain(zone, pfn, "free block in use or reserved");
	if (pfn & ((1UL << order) - 1))
		complain(zone, pfn, "block not aligned to its order");
	if (test_and_set_bit(pfn - start, seen))
		complain(zone, pfn, "block on two lists");
	for (i = 1; i < (1UL << order); i++)
		if (PageBuddy(page + i))
			complain(zone, pfn + i, "block head inside a free block");
	if (order < MAX_ORDER - 1) {
		unsigned long bpfn = pfn ^ (1UL << order);
		struct page *buddy = pfn_to_page(bpfn);

		if (bpfn >= start && bpfn < end && PageBuddy(buddy) &&
		    page_private(buddy) == order &&
		    page_zone_id(buddy) == page_zone_id(page))
			complain(zone, pfn, "free buddy of the same order not merged");
	}
}

static void check_zone(struct zone *zone)
{
	unsigned long nfree = 0, pfn;
	u8 *seen = calloc(zone->spanned_pages / 8 + 1, 1);
	int order, t, cpu;

	if (!seen)
		panic("buddy_check: out of host memory");
	for (order = 0; order < MAX_ORDER; order++) {
		unsigned long blocks = 0;

		for (t = 0; t < MIGRATE_TYPES; t++) {
			struct page *page;

			list_for_each_entry(page,
				&zone->free_area[order].free_list[t], lru) {
				check_block(zone, page, (unsigned)order, seen);
				blocks++;
			}
		}
		if (blocks != zone->free_area[order].nr_free)
			complain(zone, zone->zone_start_pfn,
				 "nr_free differs from the lists");
		nfree += blocks << order;
	}
	if ((long)nfree != zone_page_state_exact(zone, NR_FREE_PAGES))
		complain(zone, zone->zone_start_pfn,
			 "free blocks differ from NR_FREE_PAGES");
	for (pfn = zone->zone_start_pfn;
	     pfn < zone->zone_start_pfn + zone->spanned_pages; pfn++)
		if (PageBuddy(pfn_to_page(pfn)) &&
		    !test_bit(pfn - zone->zone_start_pfn, seen))
			complain(zone, pfn, "PG_buddy page on no list");
	for_each_online_cpu(cpu) {
		for (t = 0; t < 2; t++) {
			struct per_cpu_pages *pcp = &zone_pcp(zone, cpu)->pcp[t];
			struct page *page;
			int n = 0;

			list_for_each_entry(page, &pcp->list, lru) {
				n++;
				if (page_zone(page) != zone || PageBuddy(page) ||
				    page_count(page))
					complain(zone, page_to_pfn(page),
						 "bad page on a per-cpu list");
			}
			if (n != pcp->count)
				complain(zone, zone->zone_start_pfn,
					 "per-cpu count differs from its list");
		}
	}
	free(seen);
}

int buddy_check(void)
{
	struct zone *zone;

	problems = 0;
	for_each_zone(zone)
		if (populated_zone(zone))
			check_zone(zone);
	return problems;
}
