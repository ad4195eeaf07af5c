/**
 * @file
 * @brief \~english Mapping device memory into the kernel: __ioremap() and iounmap().
 *        \~chinese 把设备内存映射进内核：__ioremap() 与 iounmap()。 \~
 *
 * ioremap_32.c - __ioremap() and iounmap() of arch/x86/mm/ioremap_32.c.
 *
 * __ioremap(phys, size, flags):
 *  1. refuse size 0 and a range that wraps;
 *  2. the PC's ISA hole, 640 KiB to 1 MiB (video memory, the BIOS ROMs),
 *     lies inside the direct map: its direct address is returned, no area
 *     is made;
 *  3. below the end of the direct map only reserved frames may be mapped
 *     (RAM the page allocator owns must not get a second, uncached
 *     alias); above it, anything;
 *  4. the page-aligned range gets an area with get_vm_area(VM_IOREMAP),
 *     aligned to its size, and ioremap_page_range() maps it; the offset
 *     of @p phys in its page is added to the address returned.
 *
 * mm24's PC has no device registers: its "device memory" is what lies in
 * the physical address space, which is RAM throughout (the 640 KiB - 1 MiB
 * hole is RAM that e820 reports as reserved, standing for the video
 * memory and ROMs).  So an ioremap() of the hole returns its direct
 * address, as on a real PC, and an ioremap() that goes through the
 * vmalloc area maps reserved RAM (the kernel image, the page tables of
 * boot) or HighMem frames.
 */
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <mm/slab.h>

#define ISA_START_ADDRESS	0xa0000
#define ISA_END_ADDRESS		0x100000

/**
 * @brief \~english Map @p size bytes of physical memory from @p phys_addr into the kernel.
 *        \~chinese 把从 phys_addr 开始的 size 字节物理内存映射到内核地址空间。 \~
 * @param phys \~english first physical byte \~chinese 第一个物理字节的地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param flags \~english extra PTE bits (_PAGE_PCD, _PAGE_PWT): 0 for ioremap()
 *              \~chinese 额外的页表项标志位（_PAGE_PCD、_PAGE_PWT）：ioremap() 传 0 \~
 * @return \~english the kernel address of @p phys, or NULL
 *         \~chinese @p phys 对应的内核线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{arch/x86/mm/ioremap_32.c,37}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
void *__ioremap(unsigned long phys, unsigned long size, unsigned long flags)
{
	const unsigned long last = phys + size - 1;	/* the last byte */
	unsigned long in_page, first_page, bytes;
	struct vm_struct *vm;
	struct page *page;
	pgprot_t pte_bits;
	char *va;

	if (size == 0 || last < phys)
		return NULL;	/* nothing, or past 4 GiB */

	/* the ISA hole is in the direct map already */
	if (phys >= ISA_START_ADDRESS && last < ISA_END_ADDRESS)
		return phys_to_virt(phys);

	/* lowmem in use by the kernel must keep its only mapping */
	if (phys <= virt_to_phys((char *)high_memory - 1)) {
		char *const lo = __va(phys), *const hi = lo + (size - 1);

		for (page = virt_to_page(lo); page <= virt_to_page(hi); page++)
			if (PageReserved(page) == 0)
				return NULL;
	}

	pte_bits = __pgprot(flags | _PAGE_PRESENT | _PAGE_RW |
			    _PAGE_ACCESSED | _PAGE_DIRTY);

	/* whole pages: remember where phys is in the first */
	in_page = phys & ~PAGE_MASK;
	first_page = phys - in_page;
	bytes = PAGE_ALIGN(last + 1) - first_page;

	vm = get_vm_area(bytes, (flags << 20) | VM_IOREMAP);
	if (vm == NULL)
		return NULL;
	vm->phys_addr = first_page;
	va = vm->addr;
	if (ioremap_page_range((unsigned long)va, (unsigned long)va + bytes,
			       first_page, pte_bits)) {
		vunmap(va);
		return NULL;
	}
	return va + in_page;
}

/**
 * @brief \~english Undo __ioremap().
 *        \~chinese 撤销 __ioremap() 建立的映射。 \~
 * @param addr \~english the address __ioremap() returned
 *             \~chinese __ioremap() 返回的地址 \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{arch/x86/mm/ioremap_32.c,160}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 * @kquirk \~english The "iounmap: bad address" report prints the i386
 *         address (i386_addr()) and mm24's dump_stack().  Areas with
 *         cache flags (flags >> 20) come only from ioremap_nocache(), which
 *         mm24 does not have (it needs change_page_attr() of pageattr_32.c):
 *         the branch that gives the direct map its attributes back
 *         (change_page_attr(), global_flush_tlb()) is left out.  kfree_fp()
 *         stands for kfree(): it frees the vm_struct and its i386 bytes
 *         (mm/slab.h).
 *         \~chinese “iounmap: bad address”报告打印 i386 地址（i386_addr()）和 mm24 的
 *         dump_stack()。带缓存属性标志（flags >> 20）的区只来自 ioremap_nocache()，
 *         mm24 没有它（它需要 pageattr_32.c 的 change_page_attr()）：因此省去了恢复直接
 *         映射属性的分支（change_page_attr()、global_flush_tlb()）。kfree_fp() 释放
 *         vm_struct 及其 i386 字节（见 mm/slab.h）。 \~
 */
void iounmap(volatile void *addr)
{
	char *const va = (char *)addr;
	struct vm_struct *found, *gone;

	if (va <= (char *)high_memory)
		return;
	/* the ISA hole had no area: nothing to undo */
	if (va >= (char *)phys_to_virt(ISA_START_ADDRESS) &&
	    va < (char *)phys_to_virt(ISA_END_ADDRESS))
		return;

	addr = (volatile void *)((unsigned long)va & PAGE_MASK);

	/* the caller owns the area: no other iounmap() races with us */
	read_lock(&vmlist_lock);
	for (found = vmlist; found != NULL; found = found->next)
		if ((volatile void *)found->addr == addr)
			break;
	read_unlock(&vmlist_lock);

	if (found == NULL) {
		printk("iounmap: bad address %08lx\n", i386_addr(addr));
		dump_stack();
		return;
	}

	gone = remove_vm_area((void *)addr);
	BUG_ON(gone == NULL || gone != found);
	kfree_fp(found);
}
