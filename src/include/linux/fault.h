/**
 * @file
 * @brief \~english The fault unit's interface: page faults, copy-on-write, fork's copy of an address space.
 *        \~chinese 缺页单元的接口：缺页处理、写时复制、fork 对地址空间的复制。 \~
 *
 * linux/fault.h - the public header of the fault unit (src/fault).
 *
 * 2.6.24 spreads these over several headers; mm24 keeps the unit's
 * interface in one, in sections named after where 2.6.24 has them:
 *   linux/mm.h      handle_mm_fault(), copy_page_range(), pte_alloc_map(),
 *                   follow_page(), get_user_pages() and the FOLL_* flags
 *   linux/rmap.h    the rmap of new user pages (page_add_*_rmap())
 *   linux/swap.h    lru_cache_add_active()
 *   asm/pgtable.h   pte_same(), ptep_set_access_flags(), update_mmu_cache(),
 *                   ZERO_PAGE()
 * The fields the unit uses live in existing headers: struct vm_fault and
 * the VM_FAULT_* bits, is_cow_mapping(), vm_normal_page(),
 * page_remove_rmap() and the rss counters (linux/mman.h, because the vma
 * unit's zap walk and ->fault() of its files need them too).
 */
#ifndef _LINUX_FAULT_H
#define _LINUX_FAULT_H

#include <linux/mman.h>
#include <asm/sections.h>

/* ==== asm-x86/pgtable_32.h, pgtable-2level.h ============================ */
#define pte_same(a, b)		((a).pte_low == (b).pte_low)
/* the page of zeroes in the kernel image's .bss (one for every address) */
#define ZERO_PAGE(vaddr)	((void)(vaddr), virt_to_page(empty_zero_page))
/* the MMU reads PTEs from memory: nothing to tell it after a change */
#define update_mmu_cache(vma, address, pte)	do { } while (0)

/**
 * @brief \~english Set the accessed/dirty bits of a PTE; flush its TLB entry when a write made it change.
 *        \~chinese 设置页表项的访问位与脏位；若写访问使它改变，则刷新其 TLB 表项。 \~
 * @param vma \~english the VMA \~chinese 线性区 \~
 * @param address \~english the address \~chinese 地址 \~
 * @param ptep \~english the PTE \~chinese 页表项 \~
 * @param entry \~english the new value \~chinese 新值 \~
 * @param dirty \~english a write access \~chinese 是否为写访问 \~
 * @return \~english nonzero if the entry differed \~chinese 表项有变化时非零 \~
 * @kernel{include/asm-x86/pgtable_32.h,278}
 * @seenotes{chapter-fault,fault-pte}
 */
#define ptep_set_access_flags(vma, address, ptep, entry, dirty)	\
({									\
	int _differs = !pte_same(*(ptep), entry);			\
	if (_differs && (dirty)) {					\
		(ptep)->pte_low = (entry).pte_low;			\
		flush_tlb_page(vma, address);				\
	}								\
	_differs;							\
})

/* ==== linux/gfp.h, asm-x86/page_32.h, linux/highmem.h ==================== */
/**
 * @brief \~english A page for a user VMA (!NUMA: no policy, any node).
 *        \~chinese 为用户线性区分配一个页（未配置 NUMA：没有内存策略，任一节点）。 \~
 * @param gfp_mask \~english the allocation flags \~chinese 分配标志 \~
 * @param vma \~english the VMA \~chinese 线性区 \~
 * @param addr \~english the user address \~chinese 用户地址 \~
 * @return \~english the page, or NULL \~chinese 页描述符，或 NULL \~
 * @kernel{include/linux/gfp.h,208}
 * @seenotes{chapter-fault,fault-anon}
 */
#define alloc_page_vma(gfp_mask, vma, addr) alloc_pages(gfp_mask, 0)
/**
 * @brief \~english i386: a zeroed user page straight from the allocator (__GFP_ZERO clears it through kmap_atomic()).
 *        \~chinese i386：直接从分配器取得清零的用户页（__GFP_ZERO 经 kmap_atomic() 清零）。 \~
 * @param movableflags \~english __GFP_MOVABLE or 0 \~chinese __GFP_MOVABLE 或 0 \~
 * @param vma \~english the VMA \~chinese 线性区 \~
 * @param vaddr \~english the user address \~chinese 用户地址 \~
 * @return \~english the page, or NULL \~chinese 页描述符，或 NULL \~
 * @kernel{include/asm-x86/page_32.h,37}
 * @seenotes{chapter-fault,fault-anon}
 */
#define __alloc_zeroed_user_highpage(movableflags, vma, vaddr) \
	alloc_page_vma(GFP_HIGHUSER | __GFP_ZERO | (movableflags), vma, vaddr)

/**
 * @brief \~english A zeroed user page that may live in HighMem and may move.
 *        \~chinese 分配一个清零的用户页，可位于高端内存，也可迁移。 \~
 * @param vma \~english the VMA \~chinese 线性区 \~
 * @param vaddr \~english the user address \~chinese 用户地址 \~
 * @return \~english the page, or NULL \~chinese 页描述符，或 NULL \~
 * @kernel{include/linux/highmem.h,114}
 * @seenotes{chapter-fault,fault-anon}
 */
static inline struct page *
alloc_zeroed_user_highpage_movable(struct vm_area_struct *vma,
				   unsigned long vaddr)
{
	return __alloc_zeroed_user_highpage(__GFP_MOVABLE, vma, vaddr);
}

/* ==== linux/mm.h ======================================================== */

/**
 * @brief \~english The PTE of @p address under @p pmd, hanging a new page table first if there is none.
 *        \~chinese 取 pmd 下 address 的页表项；若还没有页表，先挂上一张新的。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param pmd \~english the directory entry \~chinese 页目录项 \~
 * @param address \~english the user address \~chinese 用户地址 \~
 * @return \~english the PTE, or NULL without memory \~chinese 页表项；内存不足时为 NULL \~
 * @kernel{include/linux/mm.h,876}
 * @seenotes{chapter-fault,fault-pte}
 */
#define pte_alloc_map(mm, pmd, address)				\
	((unlikely(!pmd_present(*(pmd))) && __pte_alloc(mm, pmd, address)) ? \
	 NULL : pte_offset_map(pmd, address))
#define pte_alloc_map_lock(mm, pmd, address, ptlp)		\
	((unlikely(!pmd_present(*(pmd))) && __pte_alloc(mm, pmd, address)) ? \
	 NULL : pte_offset_map_lock(mm, pmd, address, ptlp))

/* the index in the file (or anon_vma) of @address in @vma */
static inline pgoff_t linear_page_index(struct vm_area_struct *vma,
					unsigned long address)
{
	return ((address - vma->vm_start) >> PAGE_SHIFT) + vma->vm_pgoff;
}

int handle_mm_fault(struct mm_struct *mm, struct vm_area_struct *vma,
		    unsigned long address, int write_access);
int copy_page_range(struct mm_struct *dst_mm, struct mm_struct *src_mm,
		    struct vm_area_struct *vma);

/* what follow_page() is asked for (get_user_pages() builds them) */
#define FOLL_WRITE	0x01	/* the PTE must be writable */
#define FOLL_TOUCH	0x02	/* mark the page accessed (and dirty) */
#define FOLL_GET	0x04	/* take a reference on the page */
#define FOLL_ANON	0x08	/* no page table: the zero page will do */

struct page *follow_page(struct vm_area_struct *vma, unsigned long address,
			 unsigned int foll_flags);
int get_user_pages(struct task_struct *tsk, struct mm_struct *mm,
		   unsigned long start, int len, int write, int force,
		   struct page **pages, struct vm_area_struct **vmas);

/* ==== linux/rmap.h ====================================================== */
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
void page_add_file_rmap(struct page *page);

/**
 * @brief \~english fork copied a PTE that maps @p page: one more mapping.
 *        \~chinese fork 复制了映射 page 的页表项：映射计数加一。 \~
 * @param page \~english the page \~chinese 页描述符 \~
 * @param vma \~english the parent's VMA \~chinese 父进程的线性区 \~
 * @param address \~english the address \~chinese 地址 \~
 * @kernel{include/linux/rmap.h,80}
 * @seenotes{chapter-fault,fault-rmap}
 * @kquirk \~english With CONFIG_DEBUG_VM 2.6.24 uses the out-of-line
 *         page_dup_rmap() of mm/rmap.c, which checks the page
 *         (BUG_ON(), __page_check_anon_rmap()) before its atomic_inc();
 *         mm24 keeps this inline form, without the checks.
 *         \~chinese 配置 CONFIG_DEBUG_VM 时 2.6.24 使用 mm/rmap.c 中非内联的
 *         page_dup_rmap()，它在 atomic_inc() 之前先检查该页（BUG_ON()、
 *         __page_check_anon_rmap()）；mm24 保留这个内联形式，不做检查。 \~
 */
static inline void page_dup_rmap(struct page *page, struct vm_area_struct *vma,
				 unsigned long address)
{
	(void)vma;
	(void)address;
	atomic_inc(&page->_mapcount);
}

/* ==== linux/swap.h ====================================================== */
void lru_cache_add_active(struct page *page);


#endif /* _LINUX_FAULT_H */
