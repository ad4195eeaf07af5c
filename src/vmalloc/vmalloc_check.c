/**
 * @file
 * @brief \~english mm24's invariant checker for the vmalloc area.
 *        \~chinese mm24 为 vmalloc 区编写的不变式检查器。 \~
 *
 * vmalloc_check.c - the invariants of vmlist and the vmalloc area's page
 * tables (mm24's own; no 2.6.24 counterpart).
 *
 *  1. vmlist is sorted by address, its areas do not overlap, and each
 *     lies in [VMALLOC_START, VMALLOC_END), whole pages, at least one page
 *     and the guard page long;
 *  2. a VM_ALLOC area has one frame per page, each in use (page_count()
 *     at least 1), and its page i is mapped, in swapper_pg_dir, to frame
 *     pages[i]; every page of a vmap() area (which keeps no page array)
 *     is mapped;
 *  3. page i of a VM_IOREMAP area is mapped to phys_addr + i pages;
 *  4. no PTE of the vmalloc area is present outside the mapped pages of
 *     an area: guard pages, holes and freed areas are unmapped;
 *  5. no page of the vmalloc area is stale in the kernel TLB (the host
 *     mapping, arch/i386/machine.c): every unmap was followed by its
 *     flush.
 * The page tables are read the way the MMU reads them (i386_walk()), not
 * through the code under test.
 */
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/vmalloc.h>
#include <asm/machine.h>

static int problems;

static void complain(const char *what, const void *addr)
{
	if (problems++ < 10)
		printk(KERN_ERR "vmalloc_check: %s at %08lx\n", what,
		       i386_addr(addr));
}

/* The frame the kernel page tables map at @addr, or -1. */
static long mapped_pfn(unsigned long addr)
{
	struct i386_walk w;

	i386_walk((u32)__pa(swapper_pg_dir), (u32)addr, &w);
	return w.present ? (long)(w.phys >> PAGE_SHIFT) : -1;
}

#define ANY_FRAME	(-2L)

/* The frame page @i of @area must be mapped to: -1 if none, ANY_FRAME
 * for a vmap() area, which keeps no page array. */
static long expected_pfn(const struct vm_struct *area, unsigned long i)
{
	if (area->flags & VM_IOREMAP)
		return (long)((area->phys_addr >> PAGE_SHIFT) + i);
	if (i < area->nr_pages && area->pages)
		return (long)page_to_pfn(area->pages[i]);
	if (!area->pages)
		return ANY_FRAME;
	return -1;
}

static void check_area(const struct vm_struct *area)
{
	unsigned long i, pages = area->size >> PAGE_SHIFT;
	char *base = area->addr;

	if ((unsigned long)base & ~PAGE_MASK || area->size & ~PAGE_MASK ||
	    area->size < 2 * PAGE_SIZE)
		complain("area not whole pages", base);
	if ((unsigned long)base < VMALLOC_START ||
	    (unsigned long)base + area->size > VMALLOC_END)
		complain("area outside the vmalloc space", base);
	if ((area->flags & VM_ALLOC) && area->nr_pages != pages - 1)
		complain("VM_ALLOC area with the wrong number of pages", base);
	for (i = 0; i < area->nr_pages && area->pages; i++)
		if (page_count(area->pages[i]) < 1)
			complain("a free frame in an area", base + i * PAGE_SIZE);
	for (i = 0; i < pages; i++) {
		long want = i + 1 < pages ? expected_pfn(area, i) : -1;
		long got = mapped_pfn((unsigned long)base + i * PAGE_SIZE);

		if (want == ANY_FRAME ? got < 0 : got != want)
			complain(i + 1 < pages ? "page mapped to the wrong frame" :
				 "guard page mapped", base + i * PAGE_SIZE);
	}
}

int vmalloc_check(void)
{
	const struct vm_struct *area, *below = NULL;
	unsigned long addr;

	problems = 0;
	read_lock(&vmlist_lock);
	for (area = vmlist; area; below = area, area = area->next) {
		if (below && (char *)below->addr + below->size > (char *)area->addr)
			complain("vmlist out of order or overlapping", area->addr);
		check_area(area);
	}
	/* what lies outside the areas is unmapped; nothing is stale (where
	 * a directory entry has no page table, nothing can be either) */
	area = vmlist;
	for (addr = VMALLOC_START; addr < VMALLOC_END; addr += PAGE_SIZE) {
		if (!pmd_present(*(pmd_t *)pgd_offset_k(addr))) {
			addr = (addr | (PGDIR_SIZE - 1)) - PAGE_SIZE + 1;
			continue;
		}
		while (area && addr >= (unsigned long)area->addr + area->size)
			area = area->next;
		if (i386_ktlb_stale((u32)addr))
			complain("stale translation in the vmalloc area",
				 (void *)addr);
		if (area && addr >= (unsigned long)area->addr)
			continue;
		if (mapped_pfn(addr) >= 0)
			complain("mapped outside every area", (void *)addr);
	}
	read_unlock(&vmlist_lock);
	return problems;
}
