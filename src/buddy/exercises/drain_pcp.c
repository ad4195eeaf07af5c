/*
 * drain_pcp - the per-cpu page lists of two CPUs in the Normal zone,
 * filled by allocations and frees, emptied by drain_local_pages() and
 * drain_all_local_pages().
 *
 * Questions:
 *  1. CPU 0 allocated one page, yet its hot list holds batch - 1 pages.
 *     Where did they come from?
 *  2. CPU 1 freed 299 pages.  Why does its hot list hold fewer than
 *     "high"?  Where did the others go?
 *  3. drain_local_pages() on CPU 1 leaves CPU 0's list alone.  When does
 *     2.6.24 call drain_all_local_pages(), and why there?
 */
#include "exercise.h"

static struct page *pages[300];

static void pagesets(const char *what)
{
	struct zone *z = &NODE_DATA(0)->node_zones[ZONE_NORMAL];
	int cpu;

	printf("\n%s\n", what);
	for (cpu = 0; cpu < 2; cpu++) {
		struct per_cpu_pageset *ps = zone_pcp(z, cpu);

		printf("  Normal cpu %d: hot count %3d (high %d, batch %d), "
		       "cold count %d\n", cpu, ps->pcp[0].count, ps->pcp[0].high,
		       ps->pcp[0].batch, ps->pcp[1].count);
	}
}

int main(void)
{
	int i;

	boot(1UL << 30, 2);
	drain_all_local_pages();
	pagesets("after boot and drain_all_local_pages():");

	mm24_cpu = 1;
	for (i = 1; i < 300; i++)
		pages[i] = alloc_page(GFP_KERNEL);
	drain_local_pages();
	mm24_cpu = 0;
	pages[0] = alloc_page(GFP_KERNEL);
	pagesets("CPU 0 allocated 1 page:");

	mm24_cpu = 1;
	for (i = 1; i < 300; i++)
		__free_page(pages[i]);
	pagesets("CPU 1 freed 299 pages:");

	drain_local_pages();
	pagesets("drain_local_pages() on CPU 1:");

	drain_all_local_pages();
	pagesets("drain_all_local_pages():");
	mm24_cpu = 0;
	__free_page(pages[0]);
	return 0;
}
