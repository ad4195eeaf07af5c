/**
 * @file
 * @brief \~english Atomic kernel mappings of page frames (kmap_atomic).
 *        \~chinese 页框的原子临时映射（kmap_atomic）。 \~
 *
 * highmem_32.c - atomic kernel mappings of highmem frames
 * (arch/x86/mm/highmem_32.c).
 *
 * Slot of (type, cpu) = FIX_KMAP_BEGIN + type + KM_TYPE_NR * cpu; its PTE
 * is kmap_pte - index, since fixmap addresses grow downwards.  Setting
 * the PTE also maps the frame at that address on the host (set_pte() is
 * shadowed), so the returned pointer is an ordinary C pointer.
 */
#include <linux/highmem.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english Map @p page for a moment in this CPU's slot @p type.
 *        \~chinese 把页框临时映射到当前 CPU 的 type 号 kmap_atomic 槽位。 \~
 * @param page the frame (lowmem frames are returned at their direct address)
 * @param type the km_type slot
 * @param prot PTE protection
 * @return the kernel address of the frame
 * @context disables page faults until kunmap_atomic()
 * @kernel{arch/x86/mm/highmem_32.c,29}
 * @seenotes{chapter-buddy,buddy-zero}
 */
void *kmap_atomic_prot(struct page *page, enum km_type type, pgprot_t prot)
{
	enum fixed_addresses slot;
	unsigned long addr;
	pte_t *ptep;

	/* a lowmem page too: the caller may not sleep until kunmap_atomic(),
	 * and do_page_fault() sees in_atomic() meanwhile */
	pagefault_disable();
	if (PageHighMem(page) == 0)
		return page_address(page);
	/* KM_TYPE_NR slots per CPU, so nesting users never share one */
	slot = type + KM_TYPE_NR * smp_processor_id();
	addr = __fix_to_virt(FIX_KMAP_BEGIN + slot);
	ptep = kmap_pte - slot;		/* the fixmap grows downwards */
	BUG_ON(!pte_none(*ptep));	/* the last user did not unmap */
	set_pte(ptep, mk_pte(page, prot));
	return (void *)addr;
}

/**
 * @brief \~english kmap_atomic_prot() with the kernel's default protection.
 *        \~chinese 以内核默认保护属性调用 kmap_atomic_prot()。 \~
 * @param page the frame
 * @param type the km_type slot
 * @return the kernel address of the frame
 * @kernel{arch/x86/mm/highmem_32.c,49}
 * @seenotes{chapter-buddy,buddy-zero}
 */
void *kmap_atomic(struct page *page, enum km_type type)
{
	return kmap_atomic_prot(page, type, kmap_prot);
}

/**
 * @brief \~english Undo kmap_atomic(): clear the slot and flush its TLB entry.
 *        \~chinese 撤销 kmap_atomic()：清除槽位页表项并刷新对应的 TLB 项。 \~
 * @param kvaddr the address kmap_atomic() returned
 * @param type the same km_type
 * @kernel{arch/x86/mm/highmem_32.c,54}
 * @seenotes{chapter-buddy,buddy-zero}
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
 * @brief \~english The frame behind a kmap_atomic() address.
 *        \~chinese 求 kmap_atomic() 返回地址所对应的页框。 \~
 * @param ptr an address from kmap_atomic() or the direct map
 * @return its struct page
 * @kernel{arch/x86/mm/highmem_32.c,96}
 * @seenotes{chapter-buddy,buddy-zero}
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
 * @brief \~english Zero a page frame through a temporary mapping.
 *        \~chinese 通过临时映射把一个页框清零。 \~
 * @param page the frame
 * @kernel{include/linux/highmem.h,120}
 * @seenotes{chapter-buddy,buddy-zero}
 */
void clear_highpage(struct page *page)
{
	void *va = kmap_atomic(page, KM_USER0);

	clear_page(va);
	kunmap_atomic(va, KM_USER0);
}
