/*
 * split_coalesce - split an order-3 block off a bigger one and put it
 * back, watching /proc/buddyinfo for the Normal zone.
 *
 * It prints what happened, not why: the questions are for the reader.
 * Questions (answers in the buddy chapter, behind a click):
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
	struct page *a, *b, *head;
	struct list_head *list3;

	boot(64UL << 20, 1);
	drain_all_local_pages();
	state("before:");

	a = alloc_pages(GFP_HIGHUSER_MOVABLE, 3);
	printf("\na = alloc_pages(GFP_HIGHUSER_MOVABLE, 3) = pfn %lu\n",
	       page_to_pfn(a));
	state("after a:");

	b = alloc_pages(GFP_HIGHUSER_MOVABLE, 3);
	printf("\nb = alloc_pages(GFP_HIGHUSER_MOVABLE, 3) = pfn %lu\n",
	       page_to_pfn(b));
	list3 = &page_zone(b)->free_area[3].free_list[MIGRATE_MOVABLE];
	if (!list_empty(list3)) {
		head = list_entry(list3->next, struct page, lru);
		printf("the movable order-3 list of Normal starts at pfn %lu\n",
		       page_to_pfn(head));
	}
	state("after b:");

	__free_pages(b, 3);
	state("after __free_pages(b, 3):");

	__free_pages(a, 3);
	state("after __free_pages(a, 3):");
	return 0;
}
