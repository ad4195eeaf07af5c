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
	enum fixed_addresses idx;
	unsigned long vaddr;

	pagefault_disable();
	if (!PageHighMem(page))
		return page_address(page);
	idx = type + KM_TYPE_NR * smp_processor_id();
	vaddr = __fix_to_virt(FIX_KMAP_BEGIN + idx);
	BUG_ON(!pte_none(*(kmap_pte - idx)));
	set_pte(kmap_pte - idx, mk_pte(page, prot));
	return (void *)vaddr;
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
	unsigned long vaddr = (unsigned long)kvaddr & PAGE_MASK;
	enum fixed_addresses idx = type + KM_TYPE_NR * smp_processor_id();

	if (vaddr == __fix_to_virt(FIX_KMAP_BEGIN + idx)) {
		pte_clear(&init_mm, vaddr, kmap_pte - idx);
		__flush_tlb_one(vaddr);
	}
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
	unsigned long vaddr = (unsigned long)ptr;
	unsigned long idx;

	if (vaddr < FIXADDR_START)
		return virt_to_page(ptr);
	idx = __virt_to_fix(vaddr);
	return pte_page(*(kmap_pte - (idx - FIX_KMAP_BEGIN)));
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
	void *kaddr = kmap_atomic(page, KM_USER0);

	__builtin_memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr, KM_USER0);
}
