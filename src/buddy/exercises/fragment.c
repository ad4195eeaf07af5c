/*
 * fragment - fragment the Normal zone until an order-4 request fails
 * while hundreds of pages are free.
 *
 * Every free page is taken (as PF_MEMALLOC, the reclaimer's flag, which
 * ignores the watermarks), then every other page of the Normal zone is
 * freed: half the zone is free again, but no two free pages are buddies.
 *
 * Questions:
 *  1. zone_watermark_ok() passes the order-0 test.  Which part of it
 *     turns the order-4 request down?  Work it through with the numbers
 *     printed from /proc/zoneinfo and /proc/buddyinfo.
 *  2. Follow the failure report down the slow path: what does 2.6.24 try
 *     before giving up, and why does __GFP_NORETRY stop it before the
 *     OOM killer?
 *  3. What would mobility grouping have done if the pages had been
 *     unmovable kernel allocations mixed with movable ones?
 */
#include <linux/sched.h>
#include "exercise.h"

#define MAX_PAGES 20000

static struct page *held[MAX_PAGES];

int main(void)
{
	struct zone *normal = &NODE_DATA(0)->node_zones[ZONE_NORMAL];
	unsigned long n = 0, i, freed = 0;
	struct page *p;

	boot(64UL << 20, 1);
	current->flags |= PF_MEMALLOC;
	while (n < MAX_PAGES &&
	       (p = alloc_pages(GFP_HIGHUSER_MOVABLE | __GFP_NORETRY |
				__GFP_NOWARN, 0)) != NULL)
		held[n++] = p;
	current->flags &= ~PF_MEMALLOC;
	for (i = 0; i < n; i++)
		if (page_zone(held[i]) == normal && !(page_to_pfn(held[i]) & 1)) {
			__free_page(held[i]);
			freed++;
		}
	drain_all_local_pages();
	printf("allocated %lu pages, freed the %lu with an even pfn in Normal\n",
	       n, freed);
	cat(frag_show, "Normal");
	cat(zoneinfo_show, "pages free");

	printf("\nalloc_pages(GFP_KERNEL | __GFP_NORETRY, 4):\n");
	p = alloc_pages(GFP_KERNEL | __GFP_NORETRY, 4);
	printf("= %s\n", p ? "a block" : "NULL");
	return 0;
}
