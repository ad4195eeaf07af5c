/*
 * asm/page.h - i386 page size, the 3G/1G split and kernel address
 * conversions (include/asm-x86/page_32.h).
 *
 * Kernel addresses are host addresses inside the emulated 4 GiB linear
 * space.  That space is a host reservation aligned to 4 GiB, so the low
 * 32 bits of a kernel pointer are exactly its i386 address:
 *
 *     host address = i386_linear_base | i386 address
 *     i386 address = (u32)host address            (i386_addr())
 *
 * PAGE_OFFSET therefore is i386_linear_base + 0xC0000000 and __pa()/__va()
 * stay one subtraction/addition, as on i386.  User addresses (below
 * TASK_SIZE) are kept as plain i386 values: the kernel never dereferences
 * them, every user access goes through the emulated MMU.
 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <linux/types.h>

#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(a)	(((a) + PAGE_SIZE - 1) & PAGE_MASK)

/** @brief Host address of i386 linear address 0 (4 GiB aligned). */
extern unsigned long i386_linear_base;

#define __PAGE_OFFSET		0xC0000000UL
#define PAGE_OFFSET		(i386_linear_base + __PAGE_OFFSET)
#define __VMALLOC_RESERVE_DEFAULT	(128UL << 20)
extern unsigned int __VMALLOC_RESERVE;
#define VMALLOC_RESERVE		((unsigned long)__VMALLOC_RESERVE)
/* 4 GiB - 3 GiB - vmalloc reserve, computed in 32-bit arithmetic on i386 */
#define MAXMEM			(0x100000000UL - __PAGE_OFFSET - VMALLOC_RESERVE)

#define __pa(x)		((unsigned long)(x) - PAGE_OFFSET)
#define __va(x)		((void *)((unsigned long)(x) + PAGE_OFFSET))
#define __pa_symbol(x)	__pa(x)
#define virt_to_phys(x)	__pa(x)
#define phys_to_virt(x)	__va(x)

#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((unsigned long)(x) << PAGE_SHIFT)

extern unsigned long max_mapnr;
#define pfn_valid(pfn)		((pfn) < max_mapnr)
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define virt_addr_valid(kaddr)	pfn_valid(__pa(kaddr) >> PAGE_SHIFT)

/* Non-PAE i386: one 32-bit word per entry at both levels. */
typedef struct { u32 pte_low; } pte_t;
typedef struct { u32 pgd; } pgd_t;
typedef struct { u32 pgprot; } pgprot_t;

#define pte_val(x)	((x).pte_low)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)
#define __pte(x)	((pte_t) { (u32)(x) })
#define __pgd(x)	((pgd_t) { (u32)(x) })
#define __pgprot(x)	((pgprot_t) { (u32)(x) })

#endif /* _ASM_PAGE_H */
