/**
 * @file
 * @brief \~english Allocating and hanging page tables.
 *        \~chinese 页表的分配与挂接。 \~
 *
 * asm/pgalloc.h - page tables of the kernel's own mappings
 * (include/asm-x86/pgalloc_32.h).
 *
 * A kernel page table is one zeroed lowmem page; the directory entry
 * that points at it is _PAGE_TABLE, present, writable and user, as i386
 * gives every page table (the PTEs below decide the real rights).
 */
#ifndef _ASM_PGALLOC_H
#define _ASM_PGALLOC_H

#include <linux/gfp.h>
#include <asm/pgtable.h>

/* Hang page table @pte under directory entry @pmd of @mm. */
#define pmd_populate_kernel(mm, pmd, pte) \
	set_pmd(pmd, __pmd(_PAGE_TABLE + __pa(pte)))

pte_t *pte_alloc_one_kernel(struct mm_struct *mm, unsigned long address);

/* Give a kernel page table back to the page allocator. */
static inline void pte_free_kernel(pte_t *pte)
{
	free_page((unsigned long)pte);
}

#endif /* _ASM_PGALLOC_H */
