/**
 * @file
 * @brief \~english Gathering the pages an unmap frees until the TLB is flushed.
 *        \~chinese 在刷新 TLB 之前收集解除映射所释放的页。 \~
 *
 * asm/tlb.h - the mmu_gather of asm-generic/tlb.h with the i386 hooks
 * of asm-x86/tlb.h.
 *
 * A page that a PTE mapped may still be reachable through another CPU's
 * TLB until that TLB is flushed, so an unmap may not free it at once:
 * tlb_remove_page() collects it, tlb_flush_mmu() flushes the TLBs of
 * the mm (flush_tlb_mm()) and only then frees what it collected.  With
 * one CPU online the gather is in "fast mode" (nr == ~0U): no other TLB
 * can hold the entry, so pages are freed as they come.
 */
#ifndef _ASM_TLB_H
#define _ASM_TLB_H

#include <linux/mm.h>
#include <linux/percpu.h>
#include <asm/tlbflush.h>

#define FREE_PTE_NR	506
#define tlb_fast_mode(tlb)	((tlb)->nr == ~0U)

/**
 * @brief \~english The pages of one unmap, held until the TLBs are flushed.
 *        \~chinese 一次解除映射所释放的页，在刷新 TLB 之前暂存于此。 \~
 * @kernel{include/asm-generic/tlb.h,40}
 * @seenotes{chapter-vma,vma-unmap}
 */
struct mmu_gather {
	struct mm_struct *mm;		/**< whose TLB entries go */
	unsigned int nr;		/**< pages held; ~0U: fast mode */
	unsigned int need_flush;	/**< something was unmapped */
	unsigned int fullmm;		/**< the whole mm goes (exit) */
	struct page *pages[FREE_PTE_NR]; /**< freed after the flush */
};
extern struct mmu_gather per_cpu__mmu_gathers[NR_CPUS];

void check_pgt_cache(void);

#define tlb_start_vma(tlb, vma)	do { } while (0)
#define tlb_end_vma(tlb, vma)	do { } while (0)
#define tlb_flush(tlb)		flush_tlb_mm((tlb)->mm)

/**
 * @brief \~english Free the gathered pages: drop the reference each one holds.
 *        \~chinese 释放收集的页：逐个放掉它们持有的引用。 \~
 * @param pages \~english the pages \~chinese 页数组 \~
 * @param nr \~english how many \~chinese 页数 \~
 * @kernel{include/linux/swap.h,289}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english No swap: there is no swap cache to leave (free_swap_cache())
 *         and no page on an LRU list, so release_pages() comes down to
 *         put_page() on each; lru_add_drain() has no per-cpu pagevec to
 *         drain.
 *         \~chinese 没有交换区：既没有需要离开的交换缓存（free_swap_cache()），
 *         也没有页在 LRU 链表上，所以 release_pages() 归结为对每个页调用
 *         put_page()；lru_add_drain() 也没有每 CPU 的 pagevec 可排空。 \~
 */
static inline void free_pages_and_swap_cache(struct page **pages, int nr)
{
	int i;

	for (i = 0; i < nr; i++)
		put_page(pages[i]);
}

/**
 * @brief \~english Start gathering for an unmap of @p mm on this CPU.
 *        \~chinese 在本 CPU 上开始为 mm 的一次解除映射收集页。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param full_mm_flush \~english nonzero when the whole mm goes (exit_mmap())
 *                      \~chinese 整个 mm 都要撤销时（exit_mmap()）为非 0 \~
 * @return \~english this CPU's gather \~chinese 当前 CPU 的 mmu_gather \~
 * @kernel{include/asm-generic/tlb.h,55}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline struct mmu_gather *tlb_gather_mmu(struct mm_struct *mm,
						unsigned int full_mm_flush)
{
	struct mmu_gather *tlb = &get_cpu_var(mmu_gathers);

	tlb->mm = mm;
	/* another CPU's TLB may hold an entry only when there is one */
	tlb->nr = 0U;
	if (num_online_cpus() <= 1)
		tlb->nr = ~0U;
	tlb->fullmm = full_mm_flush;
	return tlb;
}

/**
 * @brief \~english Flush the mm's TLBs, then free the pages gathered so far.
 *        \~chinese 先刷新该 mm 的 TLB，再释放目前收集到的页。 \~
 * @param gather \~english the gather \~chinese mmu_gather \~
 * @param start \~english first address unmapped
 *              \~chinese 撤销映射的起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @kernel{include/asm-generic/tlb.h,70}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline void tlb_flush_mmu(struct mmu_gather *gather,
				 unsigned long start, unsigned long end)
{
	(void)start;
	(void)end;
	if (!gather->need_flush)
		return;
	gather->need_flush = 0;
	tlb_flush(gather);
	/* only now may the pages go: no TLB can reach them any more */
	if (!tlb_fast_mode(gather)) {
		free_pages_and_swap_cache(gather->pages, (int)gather->nr);
		gather->nr = 0;
	}
}

/**
 * @brief \~english End the gather: flush, free, and trim the page-table cache.
 *        \~chinese 结束收集：刷新 TLB、释放页，并修剪页表缓存。 \~
 * @param tlb \~english the gather \~chinese mmu_gather \~
 * @param start \~english first address unmapped
 *              \~chinese 撤销映射的起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @kernel{include/asm-generic/tlb.h,87}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline void tlb_finish_mmu(struct mmu_gather *tlb, unsigned long start,
				  unsigned long end)
{
	tlb_flush_mmu(tlb, start, end);
	check_pgt_cache();	/* quicklists within bounds */
	put_cpu();
}

/**
 * @brief \~english Hand a page over to be freed after the TLB flush.
 *        \~chinese 把一个页交给 mmu_gather，待 TLB 刷新后再释放。 \~
 * @param gather \~english the gather \~chinese mmu_gather \~
 * @param pg \~english the page \~chinese 页 \~
 * @kernel{include/asm-generic/tlb.h,102}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english In fast mode the page goes at once through put_page(),
 *         free_page_and_swap_cache() of a kernel without swap.
 *         \~chinese 快速模式下页立即经由 put_page() 释放，即无交换区内核中的
 *         free_page_and_swap_cache()。 \~
 */
static inline void tlb_remove_page(struct mmu_gather *gather,
				   struct page *pg)
{
	gather->need_flush = 1;
	if (tlb_fast_mode(gather)) {
		put_page(pg);
		return;
	}
	gather->pages[gather->nr] = pg;
	gather->nr++;
	/* a full batch is flushed and freed at once */
	if (gather->nr >= FREE_PTE_NR)
		tlb_flush_mmu(gather, 0, 0);
}

/* a page-table page is freed like any other page (asm-x86/pgalloc_32.h) */
#define pte_free_tlb(tlb, ptep)				\
	do {						\
		(tlb)->need_flush = 1;			\
		tlb_remove_page((tlb), (ptep));		\
	} while (0)

#endif /* _ASM_TLB_H */
