/*
 * frames - where the bytes of a 64 KiB buffer are, for three ways of
 * getting one on a 1 GiB machine: kmalloc(), vmalloc() and vmalloc_32().
 * For each: its address, and the page frame behind each of its 16 pages
 * as the MMU finds it through swapper_pg_dir, with the frame's zone.
 * Last, the same byte seen through the vmalloc address and in physical
 * memory.
 *
 * Questions (answered in the vmalloc chapter, section "Exercises"):
 *  1. How are the kmalloc() buffer's address and its first pfn related,
 *     and why are its pfns consecutive?
 *  2. Why are the vmalloc() buffer's frames in HighMem, and why do their
 *     pfns run the way they do?
 *  3. Where do vmalloc_32()'s frames come from, and why not HighMem?
 *  4. kmalloc() needed one block of which order?  What would a machine
 *     whose free memory is all in small blocks do with each request?
 *  5. The byte written at buffer + 5 * 4096 + 7: where is it in
 *     physical memory, for each buffer?
 */
#include "exercise.h"

#define SIZE	(64UL << 10)
#define CHURN	40

static void show(const char *how, char *buf)
{
	unsigned long i, pages = SIZE >> PAGE_SHIFT;
	long pfn;

	printf("%-12s = 0x%08lx\n", how, i386_addr(buf));
	for (i = 0; i < pages; i++) {
		pfn = frame_of(buf + i * PAGE_SIZE);
		printf("%s%7ld %-7s", i % 4 ? "  " : "    pfns:", pfn,
		       zone_of((unsigned long)pfn));
		if (i % 4 == 3)
			putchar('\n');
	}
	buf[5 * PAGE_SIZE + 7] = 0x5a;
	pfn = frame_of(buf + 5 * PAGE_SIZE);
	printf("    byte 0x%02x written at 0x%08lx; physical 0x%08lx holds "
	       "0x%02x\n\n", (unsigned char)buf[5 * PAGE_SIZE + 7],
	       i386_addr(buf + 5 * PAGE_SIZE + 7),
	       ((unsigned long)pfn << PAGE_SHIFT) + 7,
	       phys_ram[((unsigned long)pfn << PAGE_SHIFT) + 7]);
}

int main(void)
{
	struct page *used[CHURN];
	char *k, *v, *v32, *again;
	unsigned int i;

	boot(1UL << 30);
	k = kmalloc(SIZE, GFP_KERNEL);
	v = vmalloc(SIZE);
	v32 = vmalloc_32(SIZE);
	show("kmalloc", k);
	show("vmalloc", v);
	show("vmalloc_32", v32);
	for (i = 0; i < CHURN; i++)
		used[i] = alloc_page(GFP_HIGHUSER);
	printf("%u HighMem pages allocated (pfn %lu ... %lu), every second "
	       "one freed\n", CHURN, page_to_pfn(used[0]),
	       page_to_pfn(used[CHURN - 1]));
	for (i = 1; i < CHURN; i += 2)
		__free_page(used[i]);
	again = vmalloc(SIZE);
	show("vmalloc", again);
	printf("ksize(kmalloc buffer) = %zu, PAGE_OFFSET = 0x%08lx\n",
	       ksize(k), i386_addr((void *)PAGE_OFFSET));
	return 0;
}
