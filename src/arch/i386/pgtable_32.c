/**
 * @file
 * @brief \~english Fixmap slots and the show_mem() summary.
 *        \~chinese 固定映射槽位，以及 show_mem() 的内存概况。 \~
 *
 * pgtable_32.c - fixmap slots and the memory summary of show_mem()
 * (arch/x86/mm/pgtable_32.c).
 */
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>

void show_free_areas(void);

/* The page counts at the end of show_mem(), one per line. */
static void show_mem_counts(long total, long highmem, long reserved,
			    long shared)
{
	const struct { long n; const char *what; } line[] = {
		{ total, "pages of RAM" },
		{ highmem, "pages of HIGHMEM" },
		{ reserved, "reserved pages" },
		{ shared, "pages shared" },
		{ 0, "pages swap cached" },	/* no swap */
		{ (long)global_page_state(NR_FILE_DIRTY), "pages dirty" },
		{ (long)global_page_state(NR_WRITEBACK), "pages writeback" },
		{ (long)global_page_state(NR_FILE_MAPPED), "pages mapped" },
		{ (long)(global_page_state(NR_SLAB_RECLAIMABLE) +
			 global_page_state(NR_SLAB_UNRECLAIMABLE)), "pages slab" },
		{ (long)global_page_state(NR_PAGETABLE), "pages pagetables" },
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(line); i++)
		printk(KERN_INFO "%ld %s\n", line[i].n, line[i].what);
}

/**
 * @brief \~english Print the memory summary of a failure report (SysRq-M).
 *        \~chinese 打印内存概况（分配失败报告和 SysRq-M 中的 Mem-info）。 \~
 * @kernel{arch/x86/mm/pgtable_32.c,27}
 * @seenotes{chapter-buddy,buddy-failure}
 * @kquirk \~english There is no swap, so "Free swap" is always 0kB.
 *         \~chinese 模拟机没有交换区，"Free swap" 总是 0kB。 \~
 */
void show_mem(void)
{
	unsigned long n, frames = 0, resv = 0, extra_refs = 0, high = 0;
	pg_data_t *node;

	printk(KERN_INFO "Mem-info:\n");
	show_free_areas();
	printk(KERN_INFO "Free swap:       %6ldkB\n", 0L);
	for_each_online_pgdat(node) {
		for (n = 0; n < node->node_spanned_pages; n++) {
			struct page *pg = node->node_mem_map + n;

			frames++;
			if (PageHighMem(pg))
				high++;
			/* "shared" counts the references beyond the first */
			if (PageReserved(pg))
				resv++;
			else if (page_count(pg))
				extra_refs += (unsigned long)page_count(pg) - 1;
		}
	}
	show_mem_counts((long)frames, (long)high, (long)resv,
			(long)extra_refs);
}

/**
 * @brief \~english Point the kernel PTE of @p vaddr at frame @p pfn.
 *        \~chinese 让内核线性地址 vaddr 的页表项指向页框 pfn（flags 为 0 时清除映射）。 \~
 * @param vaddr a kernel address whose page table exists
 * @param pfn the frame
 * @param flags protection; 0 clears the entry
 * @kernel{arch/x86/mm/pgtable_32.c,79}
 * @seenotes{chapter-boot,boot-paging}
 */
static void set_pte_pfn(unsigned long vaddr, unsigned long pfn, pgprot_t flags)
{
	pgd_t *dir = swapper_pg_dir + pgd_index(vaddr);
	pmd_t *pde = pmd_offset(pud_offset(dir, vaddr), vaddr);
	pte_t *ptep;

	/* the page tables were built at boot: a missing one is a bug */
	BUG_ON(pmd_none(*pde));
	ptep = pte_offset_kernel(pde, vaddr);
	if (pgprot_val(flags))
		set_pte_at(&init_mm, vaddr, ptep, pfn_pte(pfn, flags));
	else
		pte_clear(&init_mm, vaddr, ptep);
	/* invlpg drops the entry even when it is global */
	__flush_tlb_one(vaddr);
}

/**
 * @brief \~english Map physical address @p phys at fixmap slot @p idx.
 *        \~chinese 把物理地址 phys 映射到固定映射槽位 idx。 \~
 * @param idx the slot
 * @param phys page-aligned physical address
 * @param flags protection; __pgprot(0) clears the slot
 * @kernel{arch/x86/mm/pgtable_32.c,153}
 * @seenotes{chapter-boot,boot-paging}
 */
void __set_fixmap(enum fixed_addresses idx, unsigned long phys, pgprot_t flags)
{
	BUG_ON(idx >= __end_of_fixed_addresses);
	set_pte_pfn(__fix_to_virt(idx), phys >> PAGE_SHIFT, flags);
}
