/*
 * atomic_percpu - kmap_atomic() on a machine with two CPUs: the address
 * of every km_type slot of each CPU, two CPUs using the same type at the
 * same time, one frame seen through two slots, a lowmem frame, and what
 * kunmap_atomic() leaves in the slot's page-table entry.
 *
 * Questions (answered in the highmem chapter, section "Exercises"):
 *  1. How far apart are two types of one CPU, and the same type on the
 *     two CPUs?  Why do the addresses go down as the numbers go up?
 *  2. Both CPUs hold KM_USER0 at once: why is that no BUG, and which
 *     frame does each CPU reach through it?
 *  3. Why does page_address() say nothing about a frame kmap_atomic()
 *     maps, and how does kmap_atomic_to_page() find the frame anyway?
 *  4. CPU 0's KM_USER0 is in use when the lowmem frame is mapped in it:
 *     why is that allowed, and what address comes back?
 *  5. What did kunmap_atomic() do to the TLB, and what would a second
 *     kmap_atomic() in a slot whose kunmap_atomic() was forgotten do?
 */
#include <string.h>
#include "exercise.h"

static const char *const names[KM_TYPE_NR] = {
	"KM_BOUNCE_READ", "KM_SKB_SUNRPC_DATA", "KM_SKB_DATA_SOFTIRQ",
	"KM_USER0", "KM_USER1", "KM_BIO_SRC_IRQ", "KM_BIO_DST_IRQ",
	"KM_PTE0", "KM_PTE1", "KM_IRQ0", "KM_IRQ1", "KM_SOFTIRQ0",
	"KM_SOFTIRQ1",
};

/* The page-table entry of slot @type of CPU @cpu. */
static unsigned long slot_pte(int cpu, int type)
{
	return pte_val(*(kmap_pte - (type + KM_TYPE_NR * cpu)));
}

/* The first bytes of frame @page as physical memory holds them. */
static const char *frame_text(struct page *page)
{
	return (const char *)phys_ram + (page_to_pfn(page) << PAGE_SHIFT);
}

int main(void)
{
	struct page *h0, *h1, *low;
	char *a, *b, *c, *d;
	unsigned long before;
	int type, cpu;

	boot(1UL << 30, 2);
	h0 = highmem_frame();
	h1 = highmem_frame();
	low = alloc_page(GFP_KERNEL);
	printf("frames: h0 pfn %lu, h1 pfn %lu (HighMem), low pfn %lu "
	       "(Normal)\n\n", page_to_pfn(h0), page_to_pfn(h1),
	       page_to_pfn(low));

	printf("type                    n   CPU 0 address  CPU 1 address\n");
	for (type = 0; type < KM_TYPE_NR; type++) {
		printf("%-20s  %3d", names[type], type);
		for (cpu = 0; cpu < 2; cpu++) {
			mm24_cpu = cpu;
			a = kmap_atomic(h0, (enum km_type)type);
			printf("     0x%08lx", i386_addr(a));
			kunmap_atomic(a, (enum km_type)type);
		}
		putchar('\n');
	}
	mm24_cpu = 0;

	printf("\nCPU 0: a = kmap_atomic(h0, KM_USER0)\n");
	a = kmap_atomic(h0, KM_USER0);
	strcpy(a, "written by CPU 0");
	printf("       a = 0x%08lx, preempt count %d, page_address(h0) %s, "
	       "kmap_atomic_to_page(a) pfn %lu\n", i386_addr(a), preempt_count(),
	       page_address(h0) ? "set" : "NULL",
	       page_to_pfn(kmap_atomic_to_page(a)));
	mm24_cpu = 1;
	printf("CPU 1: b = kmap_atomic(h1, KM_USER0)\n");
	b = kmap_atomic(h1, KM_USER0);
	strcpy(b, "written by CPU 1");
	printf("       b = 0x%08lx\n", i386_addr(b));
	printf("CPU 1: c = kmap_atomic(h0, KM_USER1)\n");
	c = kmap_atomic(h0, KM_USER1);
	printf("       c = 0x%08lx reads \"%s\"\n", i386_addr(c), c);
	printf("physical memory: h0 \"%s\", h1 \"%s\"\n", frame_text(h0),
	       frame_text(h1));
	printf("slot PTEs: CPU 0 KM_USER0 0x%08lx, CPU 1 KM_USER0 0x%08lx, "
	       "CPU 1 KM_USER1 0x%08lx\n", slot_pte(0, KM_USER0),
	       slot_pte(1, KM_USER0), slot_pte(1, KM_USER1));
	kunmap_atomic(c, KM_USER1);
	kunmap_atomic(b, KM_USER0);

	mm24_cpu = 0;
	printf("\nCPU 0: d = kmap_atomic(low, KM_USER0) while a is mapped\n");
	d = kmap_atomic(low, KM_USER0);
	printf("       d = 0x%08lx, page_address(low) 0x%08lx, "
	       "preempt count %d\n", i386_addr(d), i386_addr(page_address(low)),
	       preempt_count());
	kunmap_atomic(d, KM_USER0);

	before = tlb_flushes(0);
	printf("\nCPU 0: kunmap_atomic(a, KM_USER0)\n");
	kunmap_atomic(a, KM_USER0);
	printf("slot PTE now 0x%08lx, preempt count %d, whole-TLB flushes +%lu\n",
	       slot_pte(0, KM_USER0), preempt_count(), tlb_flushes(0) - before);
	return 0;
}
