/*
 * split_coalesce - split an order-3 block off a bigger one and put it
 * back, watching /proc/buddyinfo for the Normal zone.
 *
 * Questions (answers in the buddy chapter):
 *  1. The first request took a block that was already of order 3 and
 *     split nothing.  Why that one, and not a piece of a bigger block?
 *  2. The second request split an order-4 block.  Which orders changed?
 *     Which pfn holds the other half, and how is it computed from the
 *     pfn that was handed out?
 *  3. After both frees, is buddyinfo exactly as before?  Which free
 *     merged with its buddy, and which could not?
 */
#include "exercise.h"

static void state(const char *what)
{
	printf("\n%s\n", what);
	cat(frag_show, "Normal");
}

int main(void)
{
	struct page *a, *b, *half;

	boot(64UL << 20, 1);
	drain_all_local_pages();
	state("before:");

	a = alloc_pages(GFP_HIGHUSER_MOVABLE, 3);
	printf("\na = alloc_pages(GFP_HIGHUSER_MOVABLE, 3) = pfn %lu\n",
	       page_to_pfn(a));
	state("an order-3 block was free: taken as it is");

	b = alloc_pages(GFP_HIGHUSER_MOVABLE, 3);
	half = pfn_to_page(page_to_pfn(b) ^ (1UL << 3));
	printf("\nb = alloc_pages(GFP_HIGHUSER_MOVABLE, 3) = pfn %lu\n",
	       page_to_pfn(b));
	printf("the other half of the order-4 block: pfn %lu = %lu ^ (1 << 3), "
	       "free at order %lu\n", page_to_pfn(half), page_to_pfn(b),
	       PageBuddy(half) ? page_private(half) : 99UL);
	state("none left at order 3: an order-4 block was split");

	__free_pages(b, 3);
	state("__free_pages(b, 3): b and its free buddy merge into order 4");

	__free_pages(a, 3);
	state("__free_pages(a, 3): back where we started");
	return 0;
}
