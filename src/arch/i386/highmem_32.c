/**
 * @file
 * @brief \~english Atomic kernel mappings of page frames (kmap_atomic) and
 *        the page helpers built on them.
 *        \~chinese 页框的原子临时映射（kmap_atomic），以及建立在其上的页操作函数。 \~
 *
 * highmem_32.c - atomic kernel mappings of highmem frames
 * (arch/x86/mm/highmem_32.c; clear_highpage() and friends of
 * include/linux/highmem.h).
 *
 * Every CPU owns KM_TYPE_NR fixmap slots, one per km_type, so code that
 * nests (an interrupt mapping KM_IRQ0 while a task holds KM_USER0) never
 * shares one:
 *
 *   slot(type, cpu) = FIX_KMAP_BEGIN + type + KM_TYPE_NR * cpu
 *   address         = __fix_to_virt(slot) = FIXADDR_TOP - slot * PAGE_SIZE
 *   PTE             = kmap_pte - (type + KM_TYPE_NR * cpu)
 *
 * The PTE is found by subtraction because the fixmap grows downwards from
 * FIXADDR_TOP: a larger slot number is a lower address, an earlier entry
 * of the same page table.  All the slots lie in the fixmap's one page
 * table, whose first kmap entry paging_init()'s kmap_init() remembers in
 * kmap_pte.
 *
 * The protocol:
 *  1. kmap_atomic() disables page faults (the caller may not sleep until
 *     kunmap_atomic(), and do_page_fault() sees in_atomic());
 *  2. a lowmem frame is returned at its direct-map address, nothing else
 *     happens;
 *  3. a highmem frame's PTE goes into the slot, which must be empty: a
 *     slot still mapped means a kunmap_atomic() was forgotten (BUG);
 *  4. kunmap_atomic() clears the slot's PTE and flushes that one TLB
 *     entry (invlpg), so the next kmap_atomic() of the slot may map
 *     another frame.
 * Step 4's flush is real in mm24: the host mapping of a kernel page plays
 * the TLB and keeps the old frame until the flush (see machine.c), so a
 * kunmap_atomic() without it would leave the slot reading the old frame.
 */
#include <linux/highmem.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english Map @p page for a moment in this CPU's slot @p type.
 *        \~chinese 把页框临时映射到当前 CPU 的 type 号 kmap_atomic 槽位。 \~
 * @param page \~english the frame (lowmem frames are returned at their direct address)
 *             \~chinese 页框（低端内存页框直接返回其直接映射地址） \~
 * @param type \~english the km_type slot \~chinese km_type 槽位 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english the kernel address of the frame
 *         \~chinese 该页框的内核线性地址 \~
 * @context \~english disables page faults until kunmap_atomic(); never sleeps
 *          \~chinese 在 kunmap_atomic() 之前禁止缺页异常；从不睡眠 \~
 * @kernel{arch/x86/mm/highmem_32.c,29}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void *kmap_atomic_prot(struct page *page, enum km_type type, pgprot_t prot)
{
	enum fixed_addresses slot;
	unsigned long addr;

	/* a lowmem page too: the caller may not sleep until kunmap_atomic(),
	 * and do_page_fault() sees in_atomic() meanwhile */
	pagefault_disable();
	if (PageHighMem(page) == 0)
		return page_address(page);
	/* KM_TYPE_NR slots per CPU, so nesting users never share one */
	slot = type + KM_TYPE_NR * smp_processor_id();
	addr = __fix_to_virt(FIX_KMAP_BEGIN + slot);
	/* the fixmap grows downwards: slot n is n entries before kmap_pte */
	BUG_ON(!pte_none(*(kmap_pte - slot)));	/* the last user did not unmap */
	set_pte(kmap_pte - slot, mk_pte(page, prot));
	return (void *)addr;
}

/**
 * @brief \~english kmap_atomic_prot() with the kernel's default protection.
 *        \~chinese 以内核默认保护属性调用 kmap_atomic_prot()。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @param type \~english the km_type slot \~chinese km_type 槽位 \~
 * @return \~english the kernel address of the frame
 *         \~chinese 该页框的内核线性地址 \~
 * @context \~english disables page faults until kunmap_atomic(); never sleeps
 *          \~chinese 在 kunmap_atomic() 之前禁止缺页异常；从不睡眠 \~
 * @kernel{arch/x86/mm/highmem_32.c,49}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void *kmap_atomic(struct page *page, enum km_type type)
{
	return kmap_atomic_prot(page, type, kmap_prot);
}

/**
 * @brief \~english Undo kmap_atomic(): clear the slot and flush its TLB entry.
 *        \~chinese 撤销 kmap_atomic()：清除槽位页表项并刷新对应的 TLB 项。 \~
 * @param kvaddr \~english the address kmap_atomic() returned
 *               \~chinese kmap_atomic() 返回的地址 \~
 * @param type \~english the same km_type
 *             \~chinese 与 kmap_atomic() 相同的 km_type \~
 * @context \~english enables page faults again \~chinese 重新允许缺页异常 \~
 * @kernel{arch/x86/mm/highmem_32.c,54}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void kunmap_atomic(void *kvaddr, enum km_type type)
{
	unsigned long addr = (unsigned long)kvaddr & PAGE_MASK;
	enum fixed_addresses slot = type + KM_TYPE_NR * smp_processor_id();

	/* a lowmem page was returned at its direct address: no slot to
	 * clear; a stale slot entry would let a later access go unnoticed */
	if (addr == __fix_to_virt(FIX_KMAP_BEGIN + slot))
		kpte_clear_flush(kmap_pte - slot, addr);
	pagefault_enable();
}

/**
 * @brief \~english Map frame @p pfn, which may have no struct page, in this CPU's slot @p type.
 *        \~chinese 把页框号为 pfn 的页框（可以没有 struct page）映射到当前 CPU 的 type 号槽位。 \~
 * @param pfn \~english the frame number \~chinese 页框号 \~
 * @param type \~english the km_type slot \~chinese km_type 槽位 \~
 * @return \~english the slot's address \~chinese 该槽位的线性地址 \~
 * @context \~english disables page faults until kunmap_atomic(); never sleeps
 *          \~chinese 在 kunmap_atomic() 之前禁止缺页异常；从不睡眠 \~
 * @kernel{arch/x86/mm/highmem_32.c,81}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void *kmap_atomic_pfn(unsigned long pfn, enum km_type type)
{
	enum fixed_addresses slot;
	unsigned long addr;

	pagefault_disable();
	/* always the slot, lowmem or not, and no check that it is free */
	slot = type + KM_TYPE_NR * smp_processor_id();
	addr = __fix_to_virt(FIX_KMAP_BEGIN + slot);
	set_pte(kmap_pte - slot, pfn_pte(pfn, kmap_prot));
	return (void *)addr;
}

/**
 * @brief \~english The frame behind a kmap_atomic() address.
 *        \~chinese 求 kmap_atomic() 返回地址所对应的页框。 \~
 * @param ptr \~english an address from kmap_atomic() or the direct map
 *            \~chinese kmap_atomic() 返回的地址，或直接映射区中的地址 \~
 * @return \~english its struct page \~chinese 它的 struct page \~
 * @kernel{arch/x86/mm/highmem_32.c,96}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
struct page *kmap_atomic_to_page(void *ptr)
{
	unsigned long addr = (unsigned long)ptr, slot;
	pte_t *ptep;

	/* below the fixmap it can only be a direct-mapped address */
	if (addr < FIXADDR_START)
		return virt_to_page(ptr);
	slot = virt_to_fix(addr);
	ptep = kmap_pte - (slot - FIX_KMAP_BEGIN);
	return pte_page(*ptep);
}

/**
 * @brief \~english Zero a page frame that will be mapped at user address @p vaddr.
 *        \~chinese 清零一个将映射到用户地址 vaddr 的页框。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @param vaddr \~english the user address (it matters only to virtually indexed caches)
 *              \~chinese 用户态线性地址（只对虚拟索引的高速缓存有意义） \~
 * @kernel{include/linux/highmem.h,66}
 * @seenotes{chapter-highmem,highmem-atomic}
 * @kquirk \~english smp_wmb() is left out: one emulated CPU runs at a
 *         time, and its stores are seen by the next at once.
 *         \~chinese 省去了 smp_wmb()：模拟的 CPU 同一时刻只有一个在运行，它的写操作
 *         立即对下一个可见。 \~
 */
void clear_user_highpage(struct page *page, unsigned long vaddr)
{
	void *kaddr = kmap_atomic(page, KM_USER0);

	clear_user_page(kaddr, vaddr, page);
	kunmap_atomic(kaddr, KM_USER0);
}

/**
 * @brief \~english Zero a page frame through a temporary mapping.
 *        \~chinese 通过临时映射把一个页框清零。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @kernel{include/linux/highmem.h,120}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void clear_highpage(struct page *page)
{
	void *va = kmap_atomic(page, KM_USER0);

	clear_page(va);
	kunmap_atomic(va, KM_USER0);
}

/**
 * @brief \~english Copy a frame for a copy-on-write fault at user address @p vaddr.
 *        \~chinese 为用户地址 vaddr 处的写时复制缺页复制一个页框。 \~
 * @param to \~english the new frame \~chinese 新页框 \~
 * @param from \~english the shared frame \~chinese 共享的页框 \~
 * @param vaddr \~english the faulting user address
 *              \~chinese 引起缺页的用户态线性地址 \~
 * @param vma \~english its area \~chinese 它所在的线性区 \~
 * @kernel{include/linux/highmem.h,153}
 * @seenotes{chapter-highmem,highmem-atomic}
 * @kquirk \~english smp_wmb() is left out: one emulated CPU runs at a
 *         time, and its stores are seen by the next at once.
 *         \~chinese 省去了 smp_wmb()：模拟的 CPU 同一时刻只有一个在运行，它的写操作
 *         立即对下一个可见。 \~
 */
void copy_user_highpage(struct page *to, struct page *from,
			unsigned long vaddr, struct vm_area_struct *vma)
{
	char *src, *dst;

	(void)vma;
	/* two slots: both frames are mapped at once */
	src = kmap_atomic(from, KM_USER0);
	dst = kmap_atomic(to, KM_USER1);
	copy_user_page(dst, src, vaddr, to);
	kunmap_atomic(src, KM_USER0);
	kunmap_atomic(dst, KM_USER1);
}

/**
 * @brief \~english Copy one page frame to another through two atomic mappings.
 *        \~chinese 通过两个原子映射把一个页框复制到另一个页框。 \~
 * @param to \~english the destination frame \~chinese 目标页框 \~
 * @param from \~english the source frame \~chinese 源页框 \~
 * @kernel{include/linux/highmem.h,169}
 * @seenotes{chapter-highmem,highmem-atomic}
 */
void copy_highpage(struct page *to, struct page *from)
{
	char *src = kmap_atomic(from, KM_USER0);
	char *dst = kmap_atomic(to, KM_USER1);

	copy_page(dst, src);
	kunmap_atomic(src, KM_USER0);
	kunmap_atomic(dst, KM_USER1);
}
