/**
 * @file
 * @brief \~english Fixed virtual addresses, the pkmap window and the vmalloc range.
 *        \~chinese 固定映射地址、永久内核映射窗口与 vmalloc 区范围。 \~
 *
 * asm/fixmap.h - compile-time fixed virtual addresses at the top of the
 * linear space (include/asm-x86/fixmap_32.h), and the persistent-kmap
 * window just below them (include/asm-x86/highmem.h).
 *
 * Configuration mirrored: SMP with NR_CPUS = 8, so a local APIC slot and
 * (SMP selects X86_IO_APIC) MAX_IO_APICS = 64 IO-APIC slots; no ACPI,
 * MMCONFIG or paravirt slots.  Slot x sits at FIXADDR_TOP - x * PAGE_SIZE,
 * so the enum grows downwards in memory:
 *
 *   0xfffff000  FIX_HOLE, FIX_VDSO, FIX_DBGP_BASE, FIX_EARLYCON_MEM_BASE,
 *               FIX_APIC_BASE, FIX_IO_APIC_BASE_0 .. FIX_IO_APIC_BASE_END
 *               (64), FIX_KMAP_BEGIN .. FIX_KMAP_END (13 x 8),
 *   FIXADDR_START = 0xfff52000     (end of the 173 permanent slots)
 *               FIX_BTMAP_END .. FIX_BTMAP_BEGIN, FIX_WP_TEST (boot only)
 *   FIXADDR_BOOT_START = 0xfff41000
 *   PKMAP_BASE = 0xff800000        LAST_PKMAP (1024) kmap() slots, 4 MiB
 */
#ifndef _ASM_FIXMAP_H
#define _ASM_FIXMAP_H

#include <asm/pgtable.h>
#include <asm/kmap_types.h>
#include <linux/kernel.h>
#include <linux/smp.h>

#define MAX_IO_APICS	64	/* i386's apicdef_32.h */

enum fixed_addresses {
	FIX_HOLE,
	FIX_VDSO,
	FIX_DBGP_BASE,
	FIX_EARLYCON_MEM_BASE,
	FIX_APIC_BASE,
	FIX_IO_APIC_BASE_0,
	FIX_IO_APIC_BASE_END = FIX_IO_APIC_BASE_0 + MAX_IO_APICS - 1,
	FIX_KMAP_BEGIN,
	FIX_KMAP_END = FIX_KMAP_BEGIN + (KM_TYPE_NR * NR_CPUS) - 1,
	__end_of_permanent_fixed_addresses,
	FIX_BTMAP_END = __end_of_permanent_fixed_addresses,
	FIX_BTMAP_BEGIN = FIX_BTMAP_END + 16 - 1,
	FIX_WP_TEST,
	__end_of_fixed_addresses
};

#define __FIXADDR_TOP		0xfffff000UL
#define FIXADDR_TOP		(i386_linear_base + __FIXADDR_TOP)
/* the permanent slots, and below them the boot-time ones */
#define __FIXADDR_SIZE		(PAGE_SIZE * __end_of_permanent_fixed_addresses)
#define __FIXADDR_BOOT_SIZE	(PAGE_SIZE * __end_of_fixed_addresses)
#define FIXADDR_START		(FIXADDR_TOP - (__FIXADDR_SIZE))
#define FIXADDR_BOOT_START	(FIXADDR_TOP - (__FIXADDR_BOOT_SIZE))

#define __fix_to_virt(x)	(FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))
#define __virt_to_fix(x)	((FIXADDR_TOP - ((x) & PAGE_MASK)) >> PAGE_SHIFT)
#define fix_to_virt(x)		__fix_to_virt(x)

/**
 * @brief \~english The fixmap slot of an address inside the fixmap.
 *        \~chinese 固定映射区内地址所在的槽位号。 \~
 * @param vaddr a fixmap address (host value)
 * @return its slot; an address outside the fixmap is a BUG
 * @kernel{include/asm-x86/fixmap_32.h,150}
 * @seenotes{chapter-boot,boot-paging}
 */
static inline unsigned long virt_to_fix(const unsigned long vaddr)
{
	BUG_ON(vaddr >= FIXADDR_TOP || vaddr < FIXADDR_START);
	return __virt_to_fix(vaddr);
}

void __set_fixmap(enum fixed_addresses idx, unsigned long phys, pgprot_t flags);
#define set_fixmap(idx, phys)	__set_fixmap(idx, phys, PAGE_KERNEL)
#define clear_fixmap(idx)	__set_fixmap(idx, 0, __pgprot(0))

#define LAST_PKMAP		1024
#define LAST_PKMAP_MASK		(LAST_PKMAP - 1)
#define PKMAP_BASE \
	((FIXADDR_BOOT_START - PAGE_SIZE * (LAST_PKMAP + 1)) & PMD_MASK)
#define PKMAP_NR(virt)		(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
#define PKMAP_ADDR(nr)		(PKMAP_BASE + ((unsigned long)(nr) << PAGE_SHIFT))

#define VMALLOC_OFFSET		(8UL * 1024 * 1024)
extern void *high_memory;
/* in 32 bits: past a direct map that ends at 0xff800000 it wraps to 0 */
#define VMALLOC_START	(i386_linear_base + \
			 (u32)((((unsigned long)high_memory) + \
				2 * VMALLOC_OFFSET - 1) & ~(VMALLOC_OFFSET - 1)))
#define VMALLOC_END	(PKMAP_BASE - 2 * PAGE_SIZE)

extern pte_t *kmap_pte;
extern pgprot_t kmap_prot;
extern pte_t *pkmap_page_table;

#endif /* _ASM_FIXMAP_H */
