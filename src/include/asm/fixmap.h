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

/**
 * @brief \~english The fixed virtual addresses, one page each, counted down from FIXADDR_TOP.
 *        \~chinese 固定映射的线性地址，每个一页，从 FIXADDR_TOP 向下编号。 \~
 * @kernel{include/asm-x86/fixmap_32.h,54}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
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

/**
 * @brief \~english The address of fixmap slot @p x: FIXADDR_TOP - x pages.
 *        \~chinese 固定映射槽位 x 的线性地址：FIXADDR_TOP 减去 x 个页。 \~
 * @param x \~english the slot \~chinese 固定映射的槽位 \~
 * @kernel{include/asm-x86/fixmap_32.h,123}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
#define __fix_to_virt(x)	(FIXADDR_TOP - ((unsigned long)(x) << PAGE_SHIFT))
#define __virt_to_fix(x)	((FIXADDR_TOP - ((x) & PAGE_MASK)) >> PAGE_SHIFT)
#define fix_to_virt(x)		__fix_to_virt(x)

/**
 * @brief \~english The fixmap slot of an address inside the fixmap.
 *        \~chinese 固定映射区内地址所在的槽位号。 \~
 * @param vaddr \~english a fixmap address (host value)
 *              \~chinese 一个固定映射区中的地址（宿主机上的值） \~
 * @return \~english its slot; an address outside the fixmap is a BUG
 *         \~chinese 它的槽位；固定映射区之外的地址是 BUG \~
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

/**
 * @brief \~english Slots of the pkmap window: 1024 pages, one page table (non-PAE).
 *        \~chinese 永久内核映射窗口的槽位数：1024 个页，正好一张页表（非 PAE）。 \~
 * @kernel{include/asm-x86/highmem.h,44}
 * @seenotes{chapter-highmem,highmem-pkmap}
 */
#define LAST_PKMAP		1024
#define LAST_PKMAP_MASK		(LAST_PKMAP - 1)
/**
 * @brief \~english The pkmap window: below the boot-time fixmap, on a 4 MiB boundary (0xff800000).
 *        \~chinese 永久内核映射窗口的起点：位于启动期固定映射之下，按 4 MiB 对齐（0xff800000）。 \~
 * @kernel{include/asm-x86/highmem.h,61}
 * @seenotes{chapter-highmem,highmem-pkmap}
 */
#define PKMAP_BASE ((FIXADDR_BOOT_START - PAGE_SIZE * (LAST_PKMAP + 1)) & PMD_MASK)
/**
 * @brief \~english The pkmap slot of an address in the window.
 *        \~chinese 窗口内地址所在的 pkmap 槽位号。 \~
 * @param virt \~english an address in the pkmap window
 *             \~chinese pkmap 窗口中的一个地址 \~
 * @kernel{include/asm-x86/highmem.h,63}
 * @seenotes{chapter-highmem,highmem-pkmap}
 */
#define PKMAP_NR(virt)		(((virt) - PKMAP_BASE) >> PAGE_SHIFT)
/**
 * @brief \~english The address of pkmap slot @p nr.
 *        \~chinese pkmap 槽位 nr 的线性地址。 \~
 * @param nr \~english the slot \~chinese pkmap 槽位 \~
 * @kernel{include/asm-x86/highmem.h,64}
 * @seenotes{chapter-highmem,highmem-pkmap}
 */
#define PKMAP_ADDR(nr)		(PKMAP_BASE + ((unsigned long)(nr) << PAGE_SHIFT))

#define VMALLOC_OFFSET		(8UL * 1024 * 1024)
extern void *high_memory;
/**
 * @brief \~english The vmalloc area starts 8 to 16 MiB above the end of the direct map.
 *        \~chinese vmalloc 区从直接映射区末端之上 8 到 16 MiB 处开始。 \~
 * @kernel{include/asm-x86/pgtable_32.h,79}
 * @seenotes{chapter-vmalloc,vmalloc-area}
 * @kquirk \~english high_memory is a host pointer: the sum is taken on its
 *         i386 value, in 32 bits (a direct map that ends at 0xff800000
 *         wraps to 0, as on i386), and put back in the linear space
 *         (i386_linear_base).
 *         \~chinese high_memory 是宿主机指针：按它的 i386 值做 32 位加法（直接映射区
 *         若在 0xff800000 结束，会像在 i386 上一样回绕到 0），再放回线性地址空间
 *         （加上 i386_linear_base）。 \~
 */
#define VMALLOC_START	(i386_linear_base + \
			 (u32)((((unsigned long)high_memory) + \
				2 * VMALLOC_OFFSET - 1) & ~(VMALLOC_OFFSET - 1)))
/**
 * @brief \~english The vmalloc area ends two pages below the pkmap window.
 *        \~chinese vmalloc 区在永久内核映射窗口之下两页处结束。 \~
 * @kernel{include/asm-x86/pgtable_32.h,82}
 * @seenotes{chapter-vmalloc,vmalloc-area}
 */
#define VMALLOC_END	(PKMAP_BASE - 2 * PAGE_SIZE)

extern pte_t *kmap_pte;
extern pgprot_t kmap_prot;
extern pte_t *pkmap_page_table;

#endif /* _ASM_FIXMAP_H */
