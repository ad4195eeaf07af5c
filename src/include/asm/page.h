/**
 * @file
 * @brief \~english Page size, the 3G/1G split and kernel address conversions.
 *        \~chinese 页大小、3G/1G 地址空间划分与内核地址转换。 \~
 *
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
 * PAGE_OFFSET therefore is i386_linear_base + 0xC0000000, and __pa()/__va()
 * stay one subtraction/addition kept to 32 bits, as on i386: __va() of
 * 1 GiB is linear address 0 (i386_linear_base), not a host address past
 * the linear space.  User addresses (below
 * TASK_SIZE) are kept as plain i386 values: the kernel never dereferences
 * them, every user access goes through the emulated MMU.
 */
#ifndef _ASM_PAGE_H
#define _ASM_PAGE_H

#include <linux/types.h>

/**
 * @brief \~english log2 of the page size: 4 KiB pages.
 *        \~chinese 页大小的以 2 为底的对数：页大小为 4 KiB。 \~
 * @kernel{include/asm-x86/page_32.h,5}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define PAGE_SHIFT	12
#define PAGE_SIZE	(1UL << PAGE_SHIFT)
#define PAGE_MASK	(~(PAGE_SIZE - 1))
#define PAGE_ALIGN(a)	(((a) + PAGE_SIZE - 1) & PAGE_MASK)

/** @brief Host address of i386 linear address 0 (4 GiB aligned). */
extern unsigned long i386_linear_base;

#define __PAGE_OFFSET		0xC0000000UL
/**
 * @brief \~english Where the kernel's direct map starts: 0xC0000000 (3G/1G split).
 *        \~chinese 内核直接映射区的起始线性地址：0xC0000000（3G/1G 划分）。 \~
 * @kernel{include/asm-x86/page_32.h,179}
 * @seenotes{chapter-intro,intro-linear}
 */
#define PAGE_OFFSET		(i386_linear_base + __PAGE_OFFSET)
#define __VMALLOC_RESERVE_DEFAULT	(128UL << 20)
extern unsigned int __VMALLOC_RESERVE;
#define VMALLOC_RESERVE		((unsigned long)__VMALLOC_RESERVE)
/*
 * 4 GiB - 3 GiB - vmalloc reserve, in the 32 bits of an i386 unsigned
 * long: a reserve above 1 GiB (vmalloc=2G) wraps around as it does there.
 */
/**
 * @brief \~english Most memory the kernel can map directly: 4G - 3G - VMALLOC_RESERVE = 896 MiB.
 *        \~chinese 内核能直接映射的最大内存：4G - 3G - VMALLOC_RESERVE = 896 MiB。 \~
 * @kernel{include/asm-x86/page_32.h,181}
 * @seenotes{chapter-boot,boot-setup-memory}
 */
#define MAXMEM			((u32)(-__PAGE_OFFSET - __VMALLOC_RESERVE))

/**
 * @brief \~english Physical address of a direct-mapped kernel address.
 *        \~chinese 直接映射区内核虚拟地址对应的物理地址。 \~
 * @param x \~english a kernel address below high_memory
 *          \~chinese 一个低于 high_memory 的内核线性地址 \~
 * @kernel{include/asm-x86/page_32.h,182}
 * @seenotes{chapter-page,page-memmap}
 */
#define __pa(x)		((unsigned long)(u32)((unsigned long)(x) - PAGE_OFFSET))
/**
 * @brief \~english Kernel address of a low physical address.
 *        \~chinese 低端物理地址对应的内核虚拟地址。 \~
 * @param x \~english a physical address below 896 MiB
 *          \~chinese 一个低于 896 MiB 的物理地址 \~
 * @kernel{include/asm-x86/page_32.h,186}
 * @seenotes{chapter-page,page-memmap}
 * @kquirk \~english The sum is taken in 32 bits and put back into the
 *         emulated linear space (+ i386_linear_base) instead of being
 *         added to the host value of PAGE_OFFSET, as an i386 pointer
 *         wraps: __va() of 1 GiB is address 0 there, not a host address
 *         past the linear space, so high_memory and a direct map that a
 *         wrapping MAXMEM made too long behave as on i386.
 *         \~chinese 加法按 32 位进行，再放回模拟的线性地址空间
 *         （+ i386_linear_base），而不是直接加上 PAGE_OFFSET 的宿主机值，与 i386
 *         指针的回绕一致：物理地址 1 GiB 的 __va() 在那里是地址 0，而不是线性空间
 *         之外的宿主机地址。这样 high_memory，以及 MAXMEM 回绕后过长的直接映射，
 *         表现都与 i386 相同。 \~
 */
#define __va(x)		((void *)(i386_linear_base + \
				  (u32)((unsigned long)(x) + __PAGE_OFFSET)))
/* M686 has no 3DNow!: a plain memset and memcpy (rep stosl, rep movsl),
 * done as the CPU does them, through its kernel TLB (machine.c) */
void i386_clear_page(void *page);
void i386_copy_page(void *to, const void *from);
#define clear_page(page)	i386_clear_page((void *)(page))
#define copy_page(to, from)	i386_copy_page((void *)(to), (const void *)(from))
/* i386 caches are physically tagged: the user address changes nothing */
#define clear_user_page(page, vaddr, pg)	clear_page(page)
#define copy_user_page(to, from, vaddr, pg)	copy_page(to, from)
#define __pa_symbol(x)	__pa(x)
#define virt_to_phys(x)	__pa(x)
#define phys_to_virt(x)	__va(x)

#define PFN_UP(x)	(((x) + PAGE_SIZE - 1) >> PAGE_SHIFT)
#define PFN_DOWN(x)	((x) >> PAGE_SHIFT)
#define PFN_PHYS(x)	((unsigned long)(x) << PAGE_SHIFT)

extern unsigned long max_mapnr;
#define pfn_valid(pfn)		((pfn) < max_mapnr)
/**
 * @brief \~english The struct page of a direct-mapped kernel address.
 *        \~chinese 直接映射区内核地址所在页框的 struct page。 \~
 * @param kaddr \~english a kernel address below high_memory
 *              \~chinese 一个低于 high_memory 的内核线性地址 \~
 * @kernel{include/asm-x86/page_32.h,191}
 * @seenotes{chapter-page,page-memmap}
 */
#define virt_to_page(kaddr)	pfn_to_page(__pa(kaddr) >> PAGE_SHIFT)
#define virt_addr_valid(kaddr)	pfn_valid(__pa(kaddr) >> PAGE_SHIFT)

/* Non-PAE i386: one 32-bit word per entry at both levels. */
/**
 * @brief \~english A page-table entry: frame address and flag bits in 32 bits.
 *        \~chinese 页表项：32 位中存放页框地址和标志位。 \~
 * @kernel{include/asm-x86/page_32.h,90}
 * @seenotes{chapter-intro,intro-pagetables}
 */
typedef struct { u32 pte_low; } pte_t;
/**
 * @brief \~english A page-directory entry (non-PAE: the only upper level).
 *        \~chinese 页目录项（非 PAE 时是唯一的上层页表）。 \~
 * @kernel{include/asm-x86/page_32.h,91}
 * @seenotes{chapter-intro,intro-pagetables}
 */
typedef struct { u32 pgd; } pgd_t;
typedef struct { u32 pgprot; } pgprot_t;

#define pte_val(x)	((x).pte_low)
#define pgd_val(x)	((x).pgd)
#define pgprot_val(x)	((x).pgprot)
#define __pte(x)	((pte_t) { (u32)(x) })
#define __pgd(x)	((pgd_t) { (u32)(x) })
#define __pgprot(x)	((pgprot_t) { (u32)(x) })

#endif /* _ASM_PAGE_H */
