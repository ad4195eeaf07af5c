/**
 * @file
 * @brief \~english i386 two-level page tables: entry bits and accessors.
 *        \~chinese i386 两级页表：表项各位与访问函数。 \~
 *
 * asm/pgtable.h - i386 two-level (non-PAE) page tables
 * (include/asm-x86/pgtable_32.h, pgtable-2level*.h, asm-generic/pgtable-nop?d.h).
 *
 * A 32-bit linear address splits 10/10/12:
 *
 *   31          22 21          12 11           0
 *  +--------------+--------------+--------------+
 *  |  pgd index   |  pte index   | page offset  |
 *  +--------------+--------------+--------------+
 *        |               |
 *   CR3 -> page directory (1024 PDEs) -> page table (1024 PTEs) -> frame
 *
 * The pud and pmd levels of the generic code are folded into the pgd: a
 * pmd_t * is a pointer to the PDE itself.  PDE/PTE bits:
 *
 *   11..9  8  7   6  5  4   3   2   1  0
 *   avail  G PSE  D  A PCD PWT U/S R/W P
 *
 * Entries live in emulated RAM.  set_pte()/set_pmd() are the only writers
 * of kernel entries, and they tell the emulated machine (as a paravirt
 * hypervisor is told) so the host aliasing of the kernel half of the
 * linear space follows swapper_pg_dir exactly.
 */
#ifndef _ASM_PGTABLE_H
#define _ASM_PGTABLE_H

#include <asm/page.h>

/**
 * @brief \~english Bits mapped by one page-directory entry: 22 (4 MiB).
 *        \~chinese 一个页目录项映射的地址位数：22（4 MiB）。 \~
 * @kernel{include/asm-x86/pgtable-2level-defs.h,10}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define PGDIR_SHIFT	22
/**
 * @brief \~english Entries in a page directory: 1024.
 *        \~chinese 页目录中的表项数：1024。 \~
 * @kernel{include/asm-x86/pgtable-2level-defs.h,11}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define PTRS_PER_PGD	1024
/**
 * @brief \~english Entries in a page table: 1024.
 *        \~chinese 页表中的表项数：1024。 \~
 * @kernel{include/asm-x86/pgtable-2level-defs.h,18}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define PTRS_PER_PTE	1024
#define PTRS_PER_PMD	1
#define PTRS_PER_PUD	1
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))
#define PMD_SHIFT	PGDIR_SHIFT
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))

/**
 * @brief \~english The size of the user part of every address space: 3 GiB, up to PAGE_OFFSET.
 *        \~chinese 每个地址空间中用户部分的大小：3 GiB，直到 PAGE_OFFSET。 \~
 * @kernel{include/asm-x86/processor_32.h,216}
 * @seenotes{chapter-vma,vma-layout}
 * @kquirk \~english The number __PAGE_OFFSET rather than PAGE_OFFSET: in
 *         mm24 PAGE_OFFSET is the host address of the direct mapping,
 *         while user addresses are i386 values.
 *         \~chinese 用的是数值 __PAGE_OFFSET 而不是 PAGE_OFFSET：在 mm24 中
 *         PAGE_OFFSET 是直接映射区在宿主机上的地址，而用户地址是 i386 的值。 \~
 */
#define TASK_SIZE		__PAGE_OFFSET
#define USER_PTRS_PER_PGD	(TASK_SIZE / PGDIR_SIZE)
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - USER_PTRS_PER_PGD)

#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_USER		2
#define _PAGE_BIT_ACCESSED	5
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_PSE		7
#define _PAGE_BIT_GLOBAL	8

/**
 * @brief \~english PTE/PDE bit 0: the entry maps something.
 *        \~chinese 页表项第 0 位：存在位，表示该项有效。 \~
 * @kernel{include/asm-x86/pgtable_32.h,106}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define _PAGE_PRESENT	0x001
/**
 * @brief \~english Bit 1: writable.
 *        \~chinese 第 1 位：可写。 \~
 * @kernel{include/asm-x86/pgtable_32.h,107}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define _PAGE_RW	0x002
/**
 * @brief \~english Bit 2: reachable from user mode.
 *        \~chinese 第 2 位：用户态可访问。 \~
 * @kernel{include/asm-x86/pgtable_32.h,108}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
/**
 * @brief \~english Bit 5: set by the MMU on any access.
 *        \~chinese 第 5 位：访问位，任何访问时由 MMU 置位。 \~
 * @kernel{include/asm-x86/pgtable_32.h,111}
 * @seenotes{chapter-intro,intro-tlb}
 */
#define _PAGE_ACCESSED	0x020
/**
 * @brief \~english Bit 6: set by the MMU on a write.
 *        \~chinese 第 6 位：脏位，写访问时由 MMU 置位。 \~
 * @kernel{include/asm-x86/pgtable_32.h,112}
 * @seenotes{chapter-intro,intro-tlb}
 */
#define _PAGE_DIRTY	0x040
#define _PAGE_PSE	0x080
#define _PAGE_GLOBAL	0x100
#define _PAGE_FILE	0x040	/* only when not present */
#define _PAGE_PROTNONE	0x080	/* only when not present */
#define _PAGE_NX	0

#define PTE_MASK	PAGE_MASK
#define _PAGE_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
			 _PAGE_ACCESSED | _PAGE_DIRTY)
#define _KERNPG_TABLE	(_PAGE_PRESENT | _PAGE_RW | _PAGE_ACCESSED | _PAGE_DIRTY)
#define _PAGE_CHG_MASK	(PTE_MASK | _PAGE_ACCESSED | _PAGE_DIRTY)

#define PAGE_NONE	__pgprot(_PAGE_PROTNONE | _PAGE_ACCESSED)
#define PAGE_SHARED	__pgprot(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER | \
				 _PAGE_ACCESSED)
#define PAGE_COPY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)
#define PAGE_READONLY	__pgprot(_PAGE_PRESENT | _PAGE_USER | _PAGE_ACCESSED)

#define _PAGE_KERNEL	(_PAGE_PRESENT | _PAGE_RW | _PAGE_DIRTY | _PAGE_ACCESSED)
#define _PAGE_KERNEL_EXEC _PAGE_KERNEL
/* Become global when the CPU has PGE (pagetable_init). */
extern u32 __PAGE_KERNEL, __PAGE_KERNEL_EXEC;
#define PAGE_KERNEL		__pgprot(__PAGE_KERNEL)
#define PAGE_KERNEL_EXEC	__pgprot(__PAGE_KERNEL_EXEC)
#define PAGE_KERNEL_RO		__pgprot(__PAGE_KERNEL & ~_PAGE_RW)
#define PAGE_KERNEL_LARGE	__pgprot(__PAGE_KERNEL | _PAGE_PSE)
#define PAGE_KERNEL_LARGE_EXEC	__pgprot(__PAGE_KERNEL_EXEC | _PAGE_PSE)

/* The folded levels: a pud and a pmd are the pgd entry itself. */
typedef struct { pgd_t pgd; } pud_t;
/**
 * @brief \~english The folded middle level: a pmd_t is the page-directory entry itself.
 *        \~chinese 被折叠的中间层：pmd_t 就是页目录项本身。 \~
 * @kernel{include/asm-generic/pgtable-nopmd.h,15}
 * @seenotes{chapter-intro,intro-pagetables}
 */
typedef struct { pud_t pud; } pmd_t;
#define pud_val(x)	pgd_val((x).pgd)
#define pmd_val(x)	pud_val((x).pud)
#define __pmd(x)	((pmd_t) { { __pgd(x) } })

struct mm_struct;
struct page;

extern pgd_t *swapper_pg_dir;

/**
 * @brief \~english Page-directory index of a linear address: bits 31..22.
 *        \~chinese 线性地址的页目录下标：第 31 到 22 位。 \~
 * @param a \~english a linear address \~chinese 线性地址 \~
 * @kernel{include/asm-x86/pgtable_32.h,395}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pgd_index(a)		(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
/**
 * @brief \~english The page-directory entry of address a in mm.
 *        \~chinese 地址 a 在 mm 的页全局目录中对应的表项。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param a \~english a linear address \~chinese 线性地址 \~
 * @kernel{include/asm-x86/pgtable_32.h,402}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pgd_offset(mm, a)	((mm)->pgd + pgd_index(a))
#define pgd_offset_k(a)		pgd_offset(&init_mm, a)
#define pmd_index(a)		0
/**
 * @brief \~english Page-table index of a linear address: bits 21..12.
 *        \~chinese 线性地址的页表下标：第 21 到 12 位。 \~
 * @param a \~english a linear address \~chinese 线性地址 \~
 * @kernel{include/asm-x86/pgtable_32.h,425}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_index(a)		(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

static inline int pgd_none(pgd_t pgd) { (void)pgd; return 0; }
static inline int pgd_present(pgd_t pgd) { (void)pgd; return 1; }
static inline int pud_none(pud_t pud) { (void)pud; return 0; }
static inline int pud_present(pud_t pud) { (void)pud; return 1; }

/**
 * @brief \~english The folded pud level: the pgd entry itself.
 *        \~chinese 被折叠的 pud 层：即 pgd 表项本身。 \~
 * @param pgd \~english the page-directory entry \~chinese 页目录项 \~
 * @param addr \~english the address (unused) \~chinese 线性地址（未使用） \~
 * @return \~english pgd, as a pud_t pointer
 *         \~chinese pgd 本身，转成 pud_t 指针 \~
 * @kernel{include/asm-generic/pgtable-nopud.h,38}
 * @seenotes{chapter-intro,intro-pagetables}
 */
static inline pud_t *pud_offset(pgd_t *pgd, unsigned long addr)
{
	(void)addr;
	return (pud_t *)pgd;
}

/**
 * @brief \~english The folded pmd level: the pud (that is, pgd) entry itself.
 *        \~chinese 被折叠的 pmd 层：即 pud（也就是 pgd）表项本身。 \~
 * @param pud \~english the pud entry \~chinese 页上级目录项（pud） \~
 * @param addr \~english the address (unused) \~chinese 线性地址（未使用） \~
 * @return \~english pud, as a pmd_t pointer
 *         \~chinese pud 本身，转成 pmd_t 指针 \~
 * @kernel{include/asm-generic/pgtable-nopmd.h,41}
 * @seenotes{chapter-intro,intro-pagetables}
 */
static inline pmd_t *pmd_offset(pud_t *pud, unsigned long addr)
{
	(void)addr;
	return (pmd_t *)pud;
}

#define pmd_none(x)	(!pmd_val(x))
/**
 * @brief \~english Does the page-directory entry map a page table (or a 4 MiB page)?
 *        \~chinese 页目录项是否有效（指向页表或 4 MiB 大页）。 \~
 * @param x \~english the entry \~chinese 页目录项 \~
 * @kernel{include/asm-x86/pgtable_32.h,208}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pmd_present(x)	(pmd_val(x) & _PAGE_PRESENT)
#define pmd_bad(x)	((pmd_val(x) & (~PAGE_MASK & ~_PAGE_USER)) != _KERNPG_TABLE)
#define pmd_large(x)	((pmd_val(x) & (_PAGE_PSE | _PAGE_PRESENT)) == \
			 (_PAGE_PSE | _PAGE_PRESENT))
#define pmd_clear(pmdp)	set_pmd(pmdp, __pmd(0))
#define pmd_page_vaddr(x) ((unsigned long)__va(pmd_val(x) & PAGE_MASK))
#define pmd_page(x)	(pfn_to_page(pmd_val(x) >> PAGE_SHIFT))

/**
 * @brief \~english The PTE of address a in the page table of entry dir (lowmem table).
 *        \~chinese 页目录项 dir 所指页表中地址 a 对应的页表项（页表在低端内存）。 \~
 * @param dir \~english the page-directory entry \~chinese 页目录项 \~
 * @param a \~english a linear address \~chinese 线性地址 \~
 * @kernel{include/asm-x86/pgtable_32.h,427}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_offset_kernel(dir, a) \
	((pte_t *)pmd_page_vaddr(*(dir)) + pte_index(a))
/* !CONFIG_HIGHPTE: page tables are lowmem pages, no kmap needed */
/**
 * @brief \~english Map and return the PTE of address a (!HIGHPTE: page tables are lowmem).
 *        \~chinese 映射并返回地址 a 的页表项（未配置 HIGHPTE：页表都在低端内存）。 \~
 * @param dir \~english the page-directory entry \~chinese 页目录项 \~
 * @param a \~english a linear address \~chinese 线性地址 \~
 * @kernel{include/asm-x86/pgtable_32.h,463}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_offset_map(dir, a) \
	((pte_t *)page_address(pmd_page(*(dir))) + pte_index(a))
#define pte_unmap(pte)	do { (void)(pte); } while (0)

/**
 * @brief \~english Is the PTE entirely empty?
 *        \~chinese 页表项是否完全为空。 \~
 * @param x \~english the PTE \~chinese 页表项 \~
 * @kernel{include/asm-x86/pgtable-2level.h,54}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_none(x)	(!(x).pte_low)
/**
 * @brief \~english Is the PTE present (or PROT_NONE)?
 *        \~chinese 页表项是否存在（包括 PROT_NONE 的情形）。 \~
 * @param x \~english the PTE \~chinese 页表项 \~
 * @kernel{include/asm-x86/pgtable_32.h,204}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_present(x)	((x).pte_low & (_PAGE_PRESENT | _PAGE_PROTNONE))
/**
 * @brief \~english The frame number a PTE maps.
 *        \~chinese 页表项所映射的页框号。 \~
 * @param x \~english the PTE \~chinese 页表项 \~
 * @kernel{include/asm-x86/pgtable-2level.h,55}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_pfn(x)	((unsigned long)(pte_val(x) >> PAGE_SHIFT))
/**
 * @brief \~english The struct page a PTE maps.
 *        \~chinese 页表项所映射页框的 struct page。 \~
 * @param x \~english the PTE \~chinese 页表项 \~
 * @kernel{include/asm-x86/pgtable-2level.h,53}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pte_page(x)	pfn_to_page(pte_pfn(x))
/**
 * @brief \~english Build a PTE from a frame number and protection bits.
 *        \~chinese 由页框号和保护位构造页表项。 \~
 * @param pfn \~english the frame \~chinese 页框号 \~
 * @param prot \~english the protection bits \~chinese 保护位 \~
 * @kernel{include/asm-x86/pgtable-2level.h,56}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define pfn_pte(pfn, prot) __pte(((pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pmd(pfn, prot) __pmd(((pfn) << PAGE_SHIFT) | pgprot_val(prot))
/**
 * @brief \~english Build a PTE mapping a struct page with the given protection.
 *        \~chinese 构造一个以给定保护位映射 page 的页表项。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param prot \~english the protection bits \~chinese 保护位 \~
 * @kernel{include/asm-x86/pgtable_32.h,368}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define mk_pte(page, prot) pfn_pte(page_to_pfn(page), (prot))

/**
 * @brief \~english Is the PTE writable?
 *        \~chinese 页表项是否可写。 \~
 * @param p \~english the PTE \~chinese 页表项 \~
 * @return \~english nonzero if _PAGE_RW is set
 *         \~chinese _PAGE_RW 置位时返回非 0 \~
 * @kernel{include/asm-x86/pgtable_32.h,220}
 * @seenotes{chapter-intro,intro-pagetables}
 */
static inline int pte_write(pte_t p)	{ return p.pte_low & _PAGE_RW; }
static inline int pte_dirty(pte_t p)	{ return p.pte_low & _PAGE_DIRTY; }
static inline int pte_young(pte_t p)	{ return p.pte_low & _PAGE_ACCESSED; }
static inline int pte_user(pte_t p)	{ return p.pte_low & _PAGE_USER; }
/**
 * @brief \~english The PTE without write permission (copy-on-write starts here).
 *        \~chinese 去掉写权限后的页表项（写时复制从这里开始）。 \~
 * @param p \~english the PTE \~chinese 页表项 \~
 * @return \~english the new value \~chinese 新的页表项值 \~
 * @kernel{include/asm-x86/pgtable_32.h,230}
 * @seenotes{chapter-intro,intro-pagetables}
 */
static inline pte_t pte_wrprotect(pte_t p)
{
	p.pte_low &= ~_PAGE_RW;
	return p;
}
static inline pte_t pte_mkclean(pte_t p)
{
	p.pte_low &= ~_PAGE_DIRTY;
	return p;
}
static inline pte_t pte_mkold(pte_t p)
{
	p.pte_low &= ~_PAGE_ACCESSED;
	return p;
}
/**
 * @brief \~english The PTE marked dirty.
 *        \~chinese 置上脏位后的页表项。 \~
 * @param p \~english the PTE \~chinese 页表项 \~
 * @return \~english the new value \~chinese 新的页表项值 \~
 * @kernel{include/asm-x86/pgtable_32.h,231}
 * @seenotes{chapter-intro,intro-tlb}
 */
static inline pte_t pte_mkdirty(pte_t p)
{
	p.pte_low |= _PAGE_DIRTY;
	return p;
}
/**
 * @brief \~english The PTE marked accessed.
 *        \~chinese 置上访问位后的页表项。 \~
 * @param p \~english the PTE \~chinese 页表项 \~
 * @return \~english the new value \~chinese 新的页表项值 \~
 * @kernel{include/asm-x86/pgtable_32.h,232}
 * @seenotes{chapter-intro,intro-tlb}
 */
static inline pte_t pte_mkyoung(pte_t p)
{
	p.pte_low |= _PAGE_ACCESSED;
	return p;
}
/**
 * @brief \~english The PTE made writable.
 *        \~chinese 置上写权限后的页表项。 \~
 * @param p \~english the PTE \~chinese 页表项 \~
 * @return \~english the new value \~chinese 新的页表项值 \~
 * @kernel{include/asm-x86/pgtable_32.h,233}
 * @seenotes{chapter-intro,intro-pagetables}
 */
static inline pte_t pte_mkwrite(pte_t p)
{
	p.pte_low |= _PAGE_RW;
	return p;
}
static inline pte_t pte_modify(pte_t p, pgprot_t prot)
{
	p.pte_low = (p.pte_low & _PAGE_CHG_MASK) |
		    (pgprot_val(prot) & ~_PAGE_CHG_MASK);
	return p;
}

/*
 * Walking a range of the page tables (asm-generic/pgtable.h): the end of
 * the part of [addr, end) that one pgd (pud, pmd) entry covers.  The
 * "- 1"s let an end of 0 stand for the top of the address space.  The pud
 * and pmd levels are folded: one entry covers all a pgd entry does.
 */
#define pgd_addr_end(addr, end)						\
({	unsigned long __next = ((addr) + PGDIR_SIZE) & PGDIR_MASK;	\
	(__next - 1 < (end) - 1) ? __next : (end);			\
})
#define pud_addr_end(addr, end)	(end)
#define pmd_addr_end(addr, end)	(end)

/* a directory entry that makes no sense, reported by file and line (the
 * folded levels report it as the pgd entry it is) */
#define pmd_ERROR(e) \
	printk("%s:%d: bad pgd %08lx.\n", __FILE__, __LINE__, \
	       (unsigned long)pmd_val(e))
void pmd_clear_bad(pmd_t *pmd);

/* A walk skips empty entries; a folded level is never empty nor bad. */
static inline int pgd_none_or_clear_bad(pgd_t *pgd)
{
	(void)pgd;
	return 0;
}

static inline int pud_none_or_clear_bad(pud_t *pud)
{
	(void)pud;
	return 0;
}

/* An empty directory entry is skipped; a bad one is reported, cleared
 * and skipped (pmd_clear_bad()). */
static inline int pmd_none_or_clear_bad(pmd_t *pmd)
{
	const pmd_t entry = *pmd;

	if (pmd_none(entry))
		return 1;
	if (likely(!pmd_bad(entry)))
		return 0;
	pmd_clear_bad(pmd);
	return 1;
}

/* Tell the machine that a kernel page-table entry may have changed. */
void i386_shadow_pte(pte_t *ptep);
void i386_shadow_pmd(pmd_t *pmdp);

static inline void native_set_pte(pte_t *ptep, pte_t pte)
{
	*ptep = pte;
	i386_shadow_pte(ptep);
}

static inline void native_set_pmd(pmd_t *pmdp, pmd_t pmd)
{
	*pmdp = pmd;
	i386_shadow_pmd(pmdp);
}

/* mm and address are not needed to write an i386 PTE */
#define native_set_pte_at(mm, a, ptep, v)	native_set_pte(ptep, v)

/**
 * @brief \~english Write a PTE (the machine shadows writes to kernel page tables).
 *        \~chinese 写入页表项（对内核页表的写入会同步到宿主机映射）。 \~
 * @param ptep \~english the entry \~chinese 页表项 \~
 * @param v \~english the new value \~chinese 新值 \~
 * @kernel{include/asm-x86/pgtable-2level.h,28}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define set_pte(ptep, v)		native_set_pte(ptep, v)
/**
 * @brief \~english Write the PTE of address a in mm.
 *        \~chinese 写入 mm 中地址 a 的页表项。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param a \~english the address \~chinese 线性地址 \~
 * @param ptep \~english the entry \~chinese 页表项 \~
 * @param v \~english the new value \~chinese 新值 \~
 * @kernel{include/asm-x86/pgtable-2level.h,29}
 * @seenotes{chapter-intro,intro-pagetables}
 */
#define set_pte_at(mm, a, ptep, v)	native_set_pte_at(mm, a, ptep, v)
/* the same as set_pte_at() on i386: the address space and address matter
 * only to paravirt hooks */
#define set_pte_present(mm, a, ptep, v)	set_pte_at(mm, a, ptep, v)
#define set_pmd(pmdp, v)		native_set_pmd(pmdp, v)
#define set_pgd(pgdp, v)		native_set_pmd((pmd_t *)(pgdp), __pmd(pgd_val(v)))
/* the address is evaluated, as the argument of 2.6.24's inline is */
#define pte_clear(mm, a, ptep) \
	do { (void)(a); native_set_pte(ptep, __pte(0)); } while (0)
/* clear a kernel PTE and drop its TLB entry on this CPU */
#define kpte_clear_flush(ptep, vaddr)	do {				\
		pte_clear(&init_mm, vaddr, ptep);			\
		__flush_tlb_one(vaddr);					\
	} while (0)

static inline pte_t ptep_get_and_clear(struct mm_struct *mm,
				       unsigned long addr, pte_t *ptep)
{
	pte_t old = *ptep;

	(void)mm;
	(void)addr;
	native_set_pte(ptep, __pte(0));
	return old;
}

/**
 * @brief \~english Take write permission away in place (fork's copy-on-write).
 *        \~chinese 就地去掉页表项的写权限（fork 的写时复制）。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param addr \~english the address \~chinese 线性地址 \~
 * @param ptep \~english the entry \~chinese 页表项 \~
 * @kernel{include/asm-x86/pgtable_32.h,335}
 * @seenotes{chapter-intro,intro-pagetables}
 * @kquirk \~english The entry is rewritten with pte_wrprotect() through
 *         native_set_pte() rather than by clear_bit() on _PAGE_BIT_RW, so
 *         that the emulator's shadow of a kernel page table
 *         (i386_shadow_pte()) sees every change of an entry.
 *         \~chinese 用 pte_wrprotect() 经 native_set_pte() 重写整个表项，而不是对
 *         _PAGE_BIT_RW 调用 clear_bit()，这样模拟器对内核页表的影子同步
 *         （i386_shadow_pte()）才能看到表项的每一次改动。 \~
 */
static inline void ptep_set_wrprotect(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	(void)mm;
	(void)addr;
	native_set_pte(ptep, pte_wrprotect(*ptep));
}

extern struct mm_struct init_mm;

#endif /* _ASM_PGTABLE_H */
