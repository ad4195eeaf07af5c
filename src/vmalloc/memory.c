/**
 * @file
 * @brief \~english Page tables for kernel mappings (the mm/memory.c part the vmalloc unit needs).
 *        \~chinese 内核映射的页表（vmalloc 单元用到的 mm/memory.c 部分）。 \~
 *
 * memory.c (vmalloc unit) - __pte_alloc_kernel() and pmd_clear_bad() of
 * mm/memory.c.
 *
 * The kernel's page tables below PAGE_OFFSET + 896 MiB are built at boot;
 * the vmalloc area gets its page tables when something is first mapped
 * in each 4 MiB of it: pte_alloc_kernel() finds the directory entry of
 * init_mm (swapper_pg_dir) empty and __pte_alloc_kernel() hangs a zeroed
 * page there.  Only init_mm gets it: another page directory copies the
 * entry when it first faults on the address (vmalloc_fault()).  Such page
 * tables are never freed, and they are not counted in NR_PAGETABLE, which
 * counts the page tables of user address spaces.
 *
 * The rest of mm/memory.c (faults, copy-on-write, unmapping user ranges)
 * is the fault unit's.
 */
#include <errno.h>	/* ENOMEM: the host's number is Linux's */
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/spinlock.h>
#include <asm/pgalloc.h>

/**
 * @brief \~english Report a directory entry that points at nothing sensible, and clear it.
 *        \~chinese 报告一个内容不合理的页目录项，并把它清除。 \~
 * @param pmd \~english the entry \~chinese 页中间目录项 \~
 * @kernel{mm/memory.c,113}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
void pmd_clear_bad(pmd_t *pmd)
{
	pmd_ERROR(*pmd);
	pmd_clear(pmd);
}

/**
 * @brief \~english Give directory entry @p pmd of init_mm a page table.
 *        \~chinese 为 init_mm 的页目录项 pmd 挂上一张页表。 \~
 * @param pmd \~english the empty entry \~chinese 空的页中间目录项 \~
 * @param address \~english an address it covers
 *                \~chinese 它覆盖的一个线性地址 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @context \~english may sleep; takes init_mm.page_table_lock
 *          \~chinese 可能睡眠；获取 init_mm.page_table_lock \~
 * @kernel{mm/memory.c,318}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
int __pte_alloc_kernel(pmd_t *pmd, unsigned long address)
{
	struct mm_struct *const mm = &init_mm;
	pte_t *table = pte_alloc_one_kernel(mm, address);

	if (!table)
		return -ENOMEM;
	/* the allocation may have slept: somebody may have been quicker */
	spin_lock(&mm->page_table_lock);
	if (pmd_present(*pmd))
		pte_free_kernel(table);
	else
		pmd_populate_kernel(mm, pmd, table);
	spin_unlock(&mm->page_table_lock);
	return 0;
}
