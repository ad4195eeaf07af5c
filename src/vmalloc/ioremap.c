/**
 * @file
 * @brief \~english Mapping a physical range in the kernel page tables (ioremap_page_range).
 *        \~chinese 在内核页表中映射一段物理地址（ioremap_page_range）。 \~
 *
 * ioremap.c - lib/ioremap.c: the walk pgd -> pud -> pmd -> pte that maps
 * consecutive physical pages at consecutive kernel addresses, for
 * __ioremap().  It is map_vm_area() with a physical address that grows by
 * a page per PTE instead of an array of pages; each level is given the
 * physical address that goes with its own first address.  Page tables
 * come from pte_alloc_kernel(), in init_mm only, as for vmalloc().
 */
#include <errno.h>	/* ENOMEM: the host's number is Linux's */
#include <linux/mm.h>
#include <linux/vmalloc.h>

/**
 * @brief \~english Map [addr, end) under one directory entry to the frames from @p phys_addr on.
 *        \~chinese 在同一页目录项下把 [addr, end) 映射到从 phys_addr 起的页框。 \~
 * @param pmd \~english the directory entry \~chinese 页中间目录项（pmd） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param phys_addr \~english the physical address for @p addr
 *                  \~chinese @p addr 对应的物理地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{lib/ioremap.c,15}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
static int ioremap_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end, unsigned long phys_addr,
			     pgprot_t prot)
{
	unsigned long frame = phys_addr >> PAGE_SHIFT;
	pte_t *entry = pte_alloc_kernel(pmd, addr);

	if (!entry)
		return -ENOMEM;
	do {
		/* a new area: nothing can be mapped there */
		BUG_ON(!pte_none(*entry));
		set_pte_at(&init_mm, addr, entry, pfn_pte(frame, prot));
		frame++;
	} while (entry++, addr += PAGE_SIZE, addr != end);
	return 0;
}

/**
 * @brief \~english The pmd level of ioremap_page_range(): folded, one entry.
 *        \~chinese ioremap_page_range() 的 pmd 层：已折叠，只有一项。 \~
 * @param pud \~english the pud entry \~chinese 页上级目录项（pud） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param phys_addr \~english the physical address for @p addr
 *                  \~chinese @p addr 对应的物理地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{lib/ioremap.c,33}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
static int ioremap_pmd_range(pud_t *pud, unsigned long addr,
			     unsigned long end, unsigned long phys_addr,
			     pgprot_t prot)
{
	const unsigned long offset = phys_addr - addr;	/* phys - virt */
	unsigned long stop;
	pmd_t *dir;

	dir = pmd_alloc(&init_mm, pud, addr);
	if (!dir)
		return -ENOMEM;
	do {
		stop = pmd_addr_end(addr, end);
		if (ioremap_pte_range(dir, addr, stop, addr + offset, prot))
			return -ENOMEM;
	} while (dir++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english The pud level of ioremap_page_range(): folded, one entry.
 *        \~chinese ioremap_page_range() 的 pud 层：已折叠，只有一项。 \~
 * @param pgd \~english the pgd entry \~chinese 页全局目录项（pgd） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param phys_addr \~english the physical address for @p addr
 *                  \~chinese @p addr 对应的物理地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{lib/ioremap.c,51}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
static int ioremap_pud_range(pgd_t *pgd, unsigned long addr,
			     unsigned long end, unsigned long phys_addr,
			     pgprot_t prot)
{
	const unsigned long offset = phys_addr - addr;
	unsigned long stop;
	pud_t *dir;

	dir = pud_alloc(&init_mm, pgd, addr);
	if (!dir)
		return -ENOMEM;
	do {
		stop = pud_addr_end(addr, end);
		if (ioremap_pmd_range(dir, addr, stop, addr + offset, prot))
			return -ENOMEM;
	} while (dir++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english Map kernel addresses [addr, end) to the physical range from @p phys_addr on.
 *        \~chinese 把内核地址区间 [addr, end) 映射到从 phys_addr 开始的物理地址区间。 \~
 * @param addr \~english first address (page aligned)
 *             \~chinese 起始线性地址（按页对齐） \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param phys_addr \~english the physical address for @p addr
 *                  \~chinese @p addr 对应的物理地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @context \~english may sleep (page tables)
 *          \~chinese 可能睡眠（要分配页表） \~
 * @kernel{lib/ioremap.c,69}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
int ioremap_page_range(unsigned long addr, unsigned long end,
		       unsigned long phys_addr, pgprot_t prot)
{
	const unsigned long offset = phys_addr - addr;
	unsigned long stop;
	pgd_t *dir;
	int ret;

	BUG_ON(addr >= end);
	dir = pgd_offset_k(addr);
	do {
		stop = pgd_addr_end(addr, end);
		ret = ioremap_pud_range(dir, addr, stop, addr + offset, prot);
		if (ret)
			break;
	} while (dir++, addr = stop, addr != end);
	return ret;
}
