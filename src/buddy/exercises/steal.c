/*
 * steal - watch the first unmovable allocation take a whole movable
 * pageblock over, in /proc/pagetypeinfo.
 *
 * Questions:
 *  1. Which "Number of blocks type" counts change, and by how much?
 *  2. The request was for one page.  Why did a 1024-page block change
 *     type?  (__rmqueue_fallback(): which order is tried first, and what
 *     does move_freepages_block() do with the rest?)
 *  3. A second GFP_KERNEL page: does it steal again?  Why not?
 */
#include "exercise.h"

int main(void)
{
	struct page *p;

	boot(64UL << 20, 1);
	drain_all_local_pages();
	cat(pagetypeinfo_show, "Normal");

	p = alloc_pages(GFP_KERNEL, 0);
	printf("\nalloc_pages(GFP_KERNEL, 0) = pfn %lu, pageblock %lu\n\n",
	       page_to_pfn(p), page_to_pfn(p) >> pageblock_order);
	cat(pagetypeinfo_show, "Normal");

	p = alloc_pages(GFP_KERNEL, 0);
	printf("\nalloc_pages(GFP_KERNEL, 0) = pfn %lu, pageblock %lu\n\n",
	       page_to_pfn(p), page_to_pfn(p) >> pageblock_order);
	cat(pagetypeinfo_show, "Normal");
	return 0;
}
