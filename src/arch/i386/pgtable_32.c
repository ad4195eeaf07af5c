/**
 * @file
 * @brief \~english Fixmap slots, kernel page tables and the show_mem() summary.
 *        \~chinese 固定映射槽位、内核页表的分配，以及 show_mem() 的内存概况。 \~
 *
 * pgtable_32.c - fixmap slots, the page tables of kernel mappings and the
 * memory summary of show_mem() (arch/x86/mm/pgtable_32.c).
 */
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>

void show_free_areas(void);

/* pgdat_page_nr() of include/linux/mmzone.h (FLAT_NODE_MEM_MAP), until
 * mm24's mmzone.h has it */
#ifndef pgdat_page_nr
#define pgdat_page_nr(pgdat, pagenr)	((pgdat)->node_mem_map + (pagenr))
#endif

/* One count of show_mem()'s summary. */
static void show_count(unsigned long n, const char *what)
{
	printk(KERN_INFO "%lu %s\n", n, what);
}

/**
 * @brief \~english Print the memory summary of a failure report (SysRq-M).
 *        \~chinese 打印内存概况（分配失败报告和 SysRq-M 中的 Mem-info）。 \~
 * @kernel{arch/x86/mm/pgtable_32.c,27}
 * @seenotes{chapter-buddy,buddy-failure}
 * @kquirk \~english There is no swap: "Free swap" is 0kB rather than
 *         nr_swap_pages, and no page is in the swap cache, so the
 *         PageSwapCache() count of "pages swap cached" is always 0.  No NMI
 *         watchdog runs, so the long walk does not call
 *         touch_nmi_watchdog() every MAX_ORDER_NR_PAGES pages.
 *         \~chinese 模拟机没有交换区："Free swap" 是 0kB 而不是 nr_swap_pages；
 *         也没有页在交换缓存中，所以按 PageSwapCache() 统计的 "pages swap cached"
 *         总是 0。没有 NMI 看门狗，所以长长的遍历不必每 MAX_ORDER_NR_PAGES 页调用一次
 *         touch_nmi_watchdog()。 \~
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
			struct page *pg = pgdat_page_nr(node, n);

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
	show_count(frames, "pages of RAM");
	show_count(high, "pages of HIGHMEM");
	show_count(resv, "reserved pages");
	show_count(extra_refs, "pages shared");
	show_count(0, "pages swap cached");
	show_count(global_page_state(NR_FILE_DIRTY), "pages dirty");
	show_count(global_page_state(NR_WRITEBACK), "pages writeback");
	show_count(global_page_state(NR_FILE_MAPPED), "pages mapped");
	show_count(global_page_state(NR_SLAB_RECLAIMABLE) +
		   global_page_state(NR_SLAB_UNRECLAIMABLE), "pages slab");
	show_count(global_page_state(NR_PAGETABLE), "pages pagetables");
}

/**
 * @brief \~english Point the kernel PTE of @p vaddr at frame @p pfn.
 *        \~chinese 让内核线性地址 vaddr 的页表项指向页框 pfn（flags 为 0 时清除映射）。 \~
 * @param vaddr \~english a kernel address whose page table exists
 *              \~chinese 一个页表已经存在的内核线性地址 \~
 * @param pfn \~english the frame \~chinese 页框号 \~
 * @param flags \~english protection; 0 clears the entry
 *              \~chinese 保护位；为 0 时清除该页表项 \~
 * @kernel{arch/x86/mm/pgtable_32.c,79}
 * @seenotes{chapter-boot,boot-paging}
 */
static void set_pte_pfn(unsigned long vaddr, unsigned long pfn, pgprot_t flags)
{
	pgd_t *dir = swapper_pg_dir + pgd_index(vaddr);
	pud_t *pud;
	pmd_t *pde;
	pte_t *ptep;

	/* the page tables were built at boot: a missing level is a bug */
	if (pgd_none(*dir)) {
		BUG();
		return;
	}
	pud = pud_offset(dir, vaddr);
	if (pud_none(*pud)) {
		BUG();
		return;
	}
	pde = pmd_offset(pud, vaddr);
	if (pmd_none(*pde)) {
		BUG();
		return;
	}
	ptep = pte_offset_kernel(pde, vaddr);
	if (pgprot_val(flags))
		set_pte_present(&init_mm, vaddr, ptep, pfn_pte(pfn, flags));
	else
		pte_clear(&init_mm, vaddr, ptep);
	/* invlpg drops the entry even when it is global */
	__flush_tlb_one(vaddr);
}

static int fixmaps;	/* how many times a fixmap slot was set */

/**
 * @brief \~english Map physical address @p phys at fixmap slot @p idx.
 *        \~chinese 把物理地址 phys 映射到固定映射槽位 idx。 \~
 * @param idx \~english the slot \~chinese 固定映射的槽位 \~
 * @param phys \~english page-aligned physical address
 *             \~chinese 按页对齐的物理地址 \~
 * @param flags \~english protection; __pgprot(0) clears the slot
 *              \~chinese 保护位；__pgprot(0) 清除该槽位 \~
 * @kernel{arch/x86/mm/pgtable_32.c,153}
 * @seenotes{chapter-boot,boot-paging}
 */
void __set_fixmap(enum fixed_addresses idx, unsigned long phys, pgprot_t flags)
{
	unsigned long slot_va = __fix_to_virt(idx);

	if (idx >= __end_of_fixed_addresses) {
		BUG();
		return;
	}
	set_pte_pfn(slot_va, phys >> PAGE_SHIFT, flags);
	fixmaps++;
}

/**
 * @brief \~english A zeroed page for a kernel page table (vmalloc, ioremap).
 *        \~chinese 为内核页表（vmalloc、ioremap 使用）分配一个清零的页。 \~
 * @param mm \~english the address space (init_mm)
 *           \~chinese 地址空间（init_mm） \~
 * @param address \~english an address the table will map (unused)
 *                \~chinese 该页表将要映射的一个地址（未使用） \~
 * @return \~english the table, a lowmem page, or NULL
 *         \~chinese 新页表（一个低端内存页）；失败返回 NULL \~
 * @context \~english may sleep (GFP_KERNEL) \~chinese 可能睡眠（GFP_KERNEL） \~
 * @kernel{arch/x86/mm/pgtable_32.c,181}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
pte_t *pte_alloc_one_kernel(struct mm_struct *mm, unsigned long address)
{
	(void)mm;
	(void)address;
	/* lowmem: the table is reached through the direct map */
	return (pte_t *)__get_free_page(GFP_KERNEL | __GFP_REPEAT | __GFP_ZERO);
}
