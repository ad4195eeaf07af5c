/*
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

#define PGDIR_SHIFT	22
#define PTRS_PER_PGD	1024
#define PTRS_PER_PTE	1024
#define PTRS_PER_PMD	1
#define PTRS_PER_PUD	1
#define PGDIR_SIZE	(1UL << PGDIR_SHIFT)
#define PGDIR_MASK	(~(PGDIR_SIZE - 1))
#define PMD_SHIFT	PGDIR_SHIFT
#define PMD_SIZE	(1UL << PMD_SHIFT)
#define PMD_MASK	(~(PMD_SIZE - 1))

#define TASK_SIZE		__PAGE_OFFSET	/* user addresses are i386 values */
#define USER_PTRS_PER_PGD	(TASK_SIZE / PGDIR_SIZE)
#define KERNEL_PGD_PTRS		(PTRS_PER_PGD - USER_PTRS_PER_PGD)

#define _PAGE_BIT_PRESENT	0
#define _PAGE_BIT_RW		1
#define _PAGE_BIT_USER		2
#define _PAGE_BIT_ACCESSED	5
#define _PAGE_BIT_DIRTY		6
#define _PAGE_BIT_PSE		7
#define _PAGE_BIT_GLOBAL	8

#define _PAGE_PRESENT	0x001
#define _PAGE_RW	0x002
#define _PAGE_USER	0x004
#define _PAGE_PWT	0x008
#define _PAGE_PCD	0x010
#define _PAGE_ACCESSED	0x020
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
typedef struct { pud_t pud; } pmd_t;
#define pud_val(x)	pgd_val((x).pgd)
#define pmd_val(x)	pud_val((x).pud)
#define __pmd(x)	((pmd_t) { { __pgd(x) } })

struct mm_struct;
struct page;

extern pgd_t *swapper_pg_dir;

#define pgd_index(a)		(((a) >> PGDIR_SHIFT) & (PTRS_PER_PGD - 1))
#define pgd_offset(mm, a)	((mm)->pgd + pgd_index(a))
#define pgd_offset_k(a)		pgd_offset(&init_mm, a)
#define pmd_index(a)		0
#define pte_index(a)		(((a) >> PAGE_SHIFT) & (PTRS_PER_PTE - 1))

static inline int pgd_none(pgd_t pgd) { (void)pgd; return 0; }
static inline int pgd_present(pgd_t pgd) { (void)pgd; return 1; }
static inline int pud_none(pud_t pud) { (void)pud; return 0; }
static inline int pud_present(pud_t pud) { (void)pud; return 1; }

static inline pud_t *pud_offset(pgd_t *pgd, unsigned long addr)
{
	(void)addr;
	return (pud_t *)pgd;
}

static inline pmd_t *pmd_offset(pud_t *pud, unsigned long addr)
{
	(void)addr;
	return (pmd_t *)pud;
}

#define pmd_none(x)	(!pmd_val(x))
#define pmd_present(x)	(pmd_val(x) & _PAGE_PRESENT)
#define pmd_bad(x)	((pmd_val(x) & (~PAGE_MASK & ~_PAGE_USER)) != _KERNPG_TABLE)
#define pmd_large(x)	((pmd_val(x) & (_PAGE_PSE | _PAGE_PRESENT)) == \
			 (_PAGE_PSE | _PAGE_PRESENT))
#define pmd_page_vaddr(x) ((unsigned long)__va(pmd_val(x) & PAGE_MASK))
#define pmd_page(x)	(pfn_to_page(pmd_val(x) >> PAGE_SHIFT))

#define pte_offset_kernel(dir, a) \
	((pte_t *)pmd_page_vaddr(*(dir)) + pte_index(a))
/* !CONFIG_HIGHPTE: page tables are lowmem pages, no kmap needed */
#define pte_offset_map(dir, a) \
	((pte_t *)page_address(pmd_page(*(dir))) + pte_index(a))
#define pte_unmap(pte)	do { (void)(pte); } while (0)

#define pte_none(x)	(!(x).pte_low)
#define pte_present(x)	((x).pte_low & (_PAGE_PRESENT | _PAGE_PROTNONE))
#define pte_pfn(x)	((unsigned long)(pte_val(x) >> PAGE_SHIFT))
#define pte_page(x)	pfn_to_page(pte_pfn(x))
#define pfn_pte(pfn, prot) __pte(((pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define pfn_pmd(pfn, prot) __pmd(((pfn) << PAGE_SHIFT) | pgprot_val(prot))
#define mk_pte(page, prot) pfn_pte(page_to_pfn(page), (prot))

static inline int pte_write(pte_t p)	{ return p.pte_low & _PAGE_RW; }
static inline int pte_dirty(pte_t p)	{ return p.pte_low & _PAGE_DIRTY; }
static inline int pte_young(pte_t p)	{ return p.pte_low & _PAGE_ACCESSED; }
static inline int pte_user(pte_t p)	{ return p.pte_low & _PAGE_USER; }
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
static inline pte_t pte_mkdirty(pte_t p)
{
	p.pte_low |= _PAGE_DIRTY;
	return p;
}
static inline pte_t pte_mkyoung(pte_t p)
{
	p.pte_low |= _PAGE_ACCESSED;
	return p;
}
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

#define set_pte(ptep, v)		native_set_pte(ptep, v)
#define set_pte_at(mm, a, ptep, v)	native_set_pte(ptep, v)
#define set_pmd(pmdp, v)		native_set_pmd(pmdp, v)
#define set_pgd(pgdp, v)		native_set_pmd((pmd_t *)(pgdp), __pmd(pgd_val(v)))
#define pte_clear(mm, a, ptep)		native_set_pte(ptep, __pte(0))

static inline pte_t ptep_get_and_clear(struct mm_struct *mm,
				       unsigned long addr, pte_t *ptep)
{
	pte_t old = *ptep;

	(void)mm;
	(void)addr;
	native_set_pte(ptep, __pte(0));
	return old;
}

static inline void ptep_set_wrprotect(struct mm_struct *mm,
				      unsigned long addr, pte_t *ptep)
{
	(void)mm;
	(void)addr;
	native_set_pte(ptep, pte_wrprotect(*ptep));
}

extern struct mm_struct init_mm;

#endif /* _ASM_PGTABLE_H */
