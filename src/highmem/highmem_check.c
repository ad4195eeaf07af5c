/**
 * @file
 * @brief \~english mm24's invariant checker for the kmap windows.
 *        \~chinese mm24 为 kmap 映射窗口编写的不变式检查器。 \~
 *
 * highmem_check.c - the invariants of the pkmap window and the
 * kmap_atomic() slots (mm24's own; no 2.6.24 counterpart).
 *
 * For every pkmap slot nr:
 *  1. pkmap_count[nr] is never negative;
 *  2. count 0: the PTE is empty (a flush unmapped it, or it was never
 *     used);
 *  3. count 1 or more: the PTE maps a HighMem frame, page_address() of
 *     that frame is PKMAP_ADDR(nr), and no other slot maps the frame;
 *  4. a slot in use is never stale in the kernel TLB (the host mapping,
 *     arch/i386/machine.c): the flush that lets a slot be reused comes
 *     before it is mapped again.
 * For every kmap_atomic() slot of every CPU: a mapped slot is not stale
 * in the kernel TLB either (kunmap_atomic() flushed it before the map).
 */
#include <linux/highmem.h>
#include <linux/printk.h>
#include <asm/machine.h>

static int problems;

static void complain(const char *what, unsigned long nr, unsigned long pfn)
{
	if (problems++ < 10)
		printk(KERN_ERR "highmem_check: %s %lu (pfn %lu)\n", what, nr,
		       pfn);
}

/* The pkmap slots: counts, PTEs and the page_address() hash agree. */
static void check_pkmap(void)
{
	unsigned int nr, other;

	for (nr = 0; nr < LAST_PKMAP; nr++) {
		pte_t pte = pkmap_page_table[nr];
		int count = pkmap_slot_count(nr);
		struct page *page;

		if (count < 0)
			complain("negative count in pkmap slot", nr, 0);
		if (count <= 0) {
			if (!pte_none(pte))
				complain("a free pkmap slot still mapped", nr,
					 pte_pfn(pte));
			continue;
		}
		if (!pte_present(pte)) {
			complain("a used pkmap slot not mapped", nr, 0);
			continue;
		}
		page = pte_page(pte);
		if (!PageHighMem(page))
			complain("a lowmem frame in pkmap slot", nr, pte_pfn(pte));
		if (page_address(page) != (void *)PKMAP_ADDR(nr))
			complain("page_address() disagrees with pkmap slot", nr,
				 pte_pfn(pte));
		if (i386_ktlb_stale((u32)PKMAP_ADDR(nr)))
			complain("stale translation of used pkmap slot", nr,
				 pte_pfn(pte));
		for (other = nr + 1; other < LAST_PKMAP; other++)
			if (pkmap_slot_count(other) > 0 &&
			    pte_val(pkmap_page_table[other]) == pte_val(pte))
				complain("frame in two pkmap slots", nr,
					 pte_pfn(pte));
	}
}

/* The kmap_atomic() slots of every CPU. */
static void check_atomic(void)
{
	unsigned int slot;

	for (slot = 0; slot < (unsigned int)(KM_TYPE_NR * NR_CPUS); slot++) {
		pte_t pte = *(kmap_pte - slot);
		unsigned long addr = __fix_to_virt(FIX_KMAP_BEGIN + slot);

		if (pte_none(pte))
			continue;
		if (i386_ktlb_stale((u32)addr))
			complain("stale translation of mapped kmap_atomic slot",
				 slot, pte_pfn(pte));
	}
}

int highmem_check(void)
{
	problems = 0;
	check_pkmap();
	check_atomic();
	return problems;
}
