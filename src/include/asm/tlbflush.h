/**
 * @file
 * @brief \~english TLB invalidation.
 *        \~chinese TLB 刷新。 \~
 *
 * asm/tlbflush.h - TLB invalidation (include/asm-x86/tlbflush_32.h).
 *
 * __flush_tlb() reloads CR3 (global entries survive), __flush_tlb_global()
 * toggles CR4.PGE (everything goes), __flush_tlb_one() is invlpg.  The
 * flush_tlb_*() forms act on every CPU, as the IPI-based SMP versions do.
 */
#ifndef _ASM_TLBFLUSH_H
#define _ASM_TLBFLUSH_H

#include <asm/processor.h>

#define __flush_tlb()		write_cr3(read_cr3())
/* this CPU's TLB, global entries kept */
#define local_flush_tlb()	__flush_tlb()
#define __flush_tlb_global()	i386_tlb_flush(this_i386_cpu(), 0)
#define __flush_tlb_all() \
	do { if (cpu_has_pge) __flush_tlb_global(); else __flush_tlb(); } while (0)
#define __flush_tlb_one(addr)	i386_tlb_flush_one(this_i386_cpu(), (u32)(addr))

void flush_tlb_all(void);

/* An address space's entries on every CPU that may cache them
 * (smp_32.c); i386 has no ranged flush: a range flushes the whole mm. */
struct mm_struct;
struct vm_area_struct;
void flush_tlb_mm(struct mm_struct *mm);
void flush_tlb_page(struct vm_area_struct *vma, unsigned long va);
#define flush_tlb_range(vma, start, end) \
	do { (void)(start); (void)(end); flush_tlb_mm((vma)->vm_mm); } while (0)

/**
 * @brief \~english Flush the TLB entries of kernel addresses [start, end): all of them.
 *        \~chinese 刷新内核地址区间 [start, end) 的 TLB 表项：i386 上就是全部刷新。 \~
 * @param start \~english first address of the range
 *              \~chinese 区间的起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @context \~english every CPU's TLB is flushed (an IPI on SMP)
 *          \~chinese 刷新所有 CPU 的 TLB（SMP 上发送处理器间中断） \~
 * @kernel{include/asm-x86/tlbflush_32.h,162}
 * @seenotes{chapter-highmem,highmem-tlb}
 */
static inline void flush_tlb_kernel_range(unsigned long start,
					  unsigned long end)
{
	/* no ranged flush on i386: the range only documents the caller */
	(void)start;
	(void)end;
	flush_tlb_all();
}

#endif /* _ASM_TLBFLUSH_H */
