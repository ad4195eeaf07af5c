/*
 * struct_page - mem_map just after free_area_init_nodes(): every frame
 * has a struct page, reserved, with one reference and its zone in the
 * top bits of flags.  Run: make ex-zone-struct_page
 *
 * Questions (answers in the page-frames chapter):
 *  1. Where in RAM does mem_map live, and how many frames does it take
 *     here?  Why would a real i386 machine need fewer?
 *  2. Decode the flags word of the three frames below by hand.
 *  3. virt_to_page() of a kernel address and pfn_to_page() of its frame
 *     give the same struct page.  Write out the arithmetic of both.
 */
#include <stdio.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <asm/machine.h>
#include <asm/setup.h>

static void show(unsigned long pfn)
{
	struct page *page = pfn_to_page(pfn);

	printf("pfn %6lu: struct page at %#lx, flags %#010lx (zone %s%s), "
	       "_count %d, _mapcount %d\n", pfn, i386_addr(page),
	       page->flags & 0xffffffffUL, page_zone(page)->name,
	       PageReserved(page) ? ", PG_reserved" : "",
	       atomic_read(&page->_count), atomic_read(&page->_mapcount));
}

int main(void)
{
	struct machine_config cfg = { .mem = 1UL << 30, .cpus = 1 };
	void *kaddr;

	machine_power_on(&cfg);
	register_console_writer(console_silent);
	start_kernel_until(BOOT_SETUP_ARCH);
	register_console_writer(NULL);

	printf("mem_map at %#lx, %lu struct pages of %zu bytes = %lu frames\n",
	       i386_addr(mem_map), max_mapnr, sizeof(struct page),
	       (max_mapnr * sizeof(struct page) + PAGE_SIZE - 1) >> PAGE_SHIFT);
	show(0);
	show(5000);
	show(240000);
	kaddr = __va(5000UL << PAGE_SHIFT);
	printf("virt_to_page(%#lx) = %#lx, pfn_to_page(5000) = %#lx\n",
	       i386_addr(kaddr), i386_addr(virt_to_page(kaddr)),
	       i386_addr(pfn_to_page(5000)));
	return 0;
}
