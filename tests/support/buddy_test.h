/*
 * buddy_test.h - reading the buddy allocator's state in tests: free
 * blocks per order (buddyinfo) and per migrate type (pagetypeinfo).
 */
#ifndef _BUDDY_TEST_H
#define _BUDDY_TEST_H

#include <linux/gfp.h>
#include <linux/mm.h>
#include "mm24_test.h"

struct buddy_state {
	unsigned long nr_free[MAX_ORDER];
	unsigned long by_type[MIGRATE_TYPES][MAX_ORDER];
};

/* Group set-up: boot test_config with the console captured, then empty
 * the per-cpu lists so that every free page is on a buddy list. */
static inline int buddy_setup_drained(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	drain_all_local_pages();
	return 0;
}

static inline struct zone *zone_of(int idx)
{
	return &contig_page_data.node_zones[idx];
}

static inline void buddy_snapshot(struct zone *zone, struct buddy_state *s)
{
	int o, t;

	for (o = 0; o < MAX_ORDER; o++) {
		s->nr_free[o] = zone->free_area[o].nr_free;
		for (t = 0; t < MIGRATE_TYPES; t++) {
			struct list_head *p;

			s->by_type[t][o] = 0;
			list_for_each(p, &zone->free_area[o].free_list[t])
				s->by_type[t][o]++;
		}
	}
}

static inline unsigned long pcp_pages(struct zone *zone)
{
	unsigned long n = 0;
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		n += (unsigned long)(zone_pcp(zone, cpu)->pcp[0].count +
				     zone_pcp(zone, cpu)->pcp[1].count);
	return n;
}

#endif /* _BUDDY_TEST_H */
