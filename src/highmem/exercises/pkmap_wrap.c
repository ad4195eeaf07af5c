/*
 * pkmap_wrap - the pkmap window of kmap() on a 1 GiB machine, used until
 * it wraps and then until it is full, with the TLB flushes counted.
 *
 *  1. 2100 HighMem frames, each kmap()ed and at once kunmap()ed: the
 *     slot each one gets, and the kmap() calls that flushed the TLB;
 *  2. kmap() again of frames the first part mapped earlier: their
 *     addresses, and whether a flush happened;
 *  3. H frames kept mapped while 1000 others go through kmap()/kunmap(),
 *     for growing H: the flushes those 1000 calls cost;
 *  4. 1024 frames kept mapped, then one more kmap().
 *
 * Questions (answered in the highmem chapter, section "Exercises"):
 *  1. Which slot does the first kmap() take, and which call takes slot 0?
 *  2. How many flushes did the 2100 kmap() calls cost, and which calls
 *     paid for them?
 *  3. Why does kmap() of frame 2099 again cost nothing, while frame 0
 *     gets a new slot?
 *  4. How do the flushes of part 3 depend on H?
 *  5. What does the last kmap() of part 4 do, and why did it still flush
 *     the TLB once?
 */
#include "exercise.h"

#define FRAMES		2100
#define CYCLE		1000
#define POOL		FRAMES		/* >= 1022 + CYCLE, and LAST_PKMAP + 1 */

static struct page *pool[POOL];

static void kmap_one_more(void *page)
{
	kmap(page);
}

int main(void)
{
	static const unsigned int held_counts[] = { 0, 512, 960, 1016, 1022 };
	unsigned long before, flushes;
	unsigned int i, h, held;
	void *addr;

	boot(1UL << 30, 1);
	for (i = 0; i < POOL; i++)
		pool[i] = highmem_frame();

	printf("part 1: kmap() and kunmap() of %u frames, one after the other\n",
	       FRAMES);
	printf("last_pkmap_nr %u at the start, TLB flushes since boot %lu\n",
	       pkmap_last_nr(), tlb_flushes(0));
	for (i = 0; i < FRAMES; i++) {
		before = tlb_flushes(0);
		addr = kmap(pool[i]);
		kunmap(pool[i]);
		if (i < 2 || i >= FRAMES - 2 || tlb_flushes(0) != before ||
		    i % LAST_PKMAP == LAST_PKMAP - 2 || i % LAST_PKMAP == 0)
			printf("  frame %4u pfn %lu: 0x%08lx slot %4lu%s\n", i,
			       page_to_pfn(pool[i]), i386_addr(addr),
			       slot_of(addr), tlb_flushes(0) != before ?
			       "  <- the TLB was flushed" : "");
	}
	printf("TLB flushes after part 1: %lu; slots at count 1: ",
	       tlb_flushes(0));
	for (i = 0, h = 0; i < LAST_PKMAP; i++)
		h += pkmap_slot_count(i) == 1;
	printf("%u, at count 0: %u\n\n", h, LAST_PKMAP - h);

	printf("part 2: kmap() again of frames part 1 mapped\n");
	for (i = 0; i < 2; i++) {
		unsigned int n = i ? 0 : FRAMES - 1;

		before = tlb_flushes(0);
		addr = kmap(pool[n]);
		printf("  frame %4u: 0x%08lx slot %4lu, count now %d, "
		       "TLB flushes +%lu\n", n, i386_addr(addr), slot_of(addr),
		       pkmap_slot_count(slot_of(addr)),
		       tlb_flushes(0) - before);
		kunmap(pool[n]);
	}

	printf("\npart 3: H frames kept mapped, %u others mapped and "
	       "unmapped\n", CYCLE);
	printf("     H  free slots  TLB flushes during the %u kmap() calls\n",
	       CYCLE);
	for (h = 0; h < ARRAY_SIZE(held_counts); h++) {
		held = held_counts[h];
		kmap_flush_unused();		/* start from an empty window */
		for (i = 0; i < held; i++)
			kmap(pool[i]);
		before = tlb_flushes(0);
		for (i = 0; i < CYCLE; i++) {
			kmap(pool[held + i]);
			kunmap(pool[held + i]);
		}
		flushes = tlb_flushes(0) - before;
		printf("  %4u  %10u  %lu\n", held, LAST_PKMAP - held, flushes);
		for (i = 0; i < held; i++)
			kunmap(pool[i]);
	}

	printf("\npart 4: %u frames kept mapped, then one more\n", LAST_PKMAP);
	kmap_flush_unused();
	for (i = 0; i < LAST_PKMAP; i++)
		kmap(pool[i]);
	for (i = 0, h = 0; i < LAST_PKMAP; i++)
		h += pkmap_slot_count(i) >= 2;
	printf("slots in use: %u of %u, last_pkmap_nr %u, TLB flushes %lu\n",
	       h, LAST_PKMAP, pkmap_last_nr(), tlb_flushes(0));
	before = tlb_flushes(0);
	printf("kmap() of frame %u:\n", LAST_PKMAP);
	fflush(stdout);
	if (machine_run(kmap_one_more, pool[LAST_PKMAP]) != MACHINE_RUNNING)
		printf("the machine stopped; TLB flushes during that kmap(): "
		       "%lu\n", tlb_flushes(0) - before);
	return 0;
}
