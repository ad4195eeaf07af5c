/**
 * @file
 * @brief \~english The BIOS memory map and the kernel's reading of it.
 *        \~chinese BIOS 提供的 e820 内存图，以及内核如何读取它。 \~
 *
 * e820_32.c - the BIOS memory map and what the kernel reads from it
 * (arch/x86/kernel/e820_32.c).
 *
 * find_max_pfn() takes the highest usable frame; the boot-time allocator
 * then learns which low frames are RAM from register_bootmem_low_pages(),
 * which frees exactly the usable ranges below max_low_pfn (everything
 * starts reserved).  Partial pages at range edges are never usable.
 */
#include <linux/bootmem.h>
#include <asm/e820.h>

struct e820map e820;

/**
 * @brief \~english Print the e820 map as the boot log shows it.
 *        \~chinese 按启动日志的格式打印 BIOS 提供的 e820 内存图。 \~
 * @param who the source named at the start of each line ("BIOS-e820")
 * @kernel{arch/x86/kernel/e820_32.c,762}
 * @seenotes{chapter-boot,boot-e820}
 */
void print_memory_map(const char *who)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		const struct e820entry *r = &e820.map[i];

		printk(" %s: %016llx - %016llx ", who,
		       (unsigned long long)r->addr,
		       (unsigned long long)(r->addr + r->size));
		if (r->type == E820_RAM)
			printk("(usable)\n");
		else if (r->type == E820_RESERVED)
			printk("(reserved)\n");
		else
			printk("type %u\n", r->type);
	}
}

/**
 * @brief \~english Set max_pfn to the end of the highest usable RAM range.
 *        \~chinese 由 e820 内存图求出最高可用页框号 max_pfn。 \~
 * @kernel{arch/x86/kernel/e820_32.c,626}
 * @seenotes{chapter-boot,boot-setup-memory}
 */
void find_max_pfn(void)
{
	int i;

	max_pfn = 0;
	for (i = 0; i < e820.nr_map; i++) {
		unsigned long first, last;

		if (e820.map[i].type != E820_RAM)
			continue;
		first = PFN_UP(e820.map[i].addr);
		last = PFN_DOWN(e820.map[i].addr + e820.map[i].size);
		if (first < last && last > max_pfn)
			max_pfn = last;
	}
}

/**
 * @brief \~english Free every whole usable low page in the bootmem bitmap.
 *        \~chinese 把 max_low_pfn 以下所有完整的可用页在引导内存位图中释放。 \~
 * @param max_low_pfn end of the directly mapped frames
 * @kernel{arch/x86/kernel/e820_32.c,673}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void register_bootmem_low_pages(unsigned long max_low_pfn)
{
	int i;

	for (i = 0; i < e820.nr_map; i++) {
		unsigned long first, last;

		if (e820.map[i].type != E820_RAM)
			continue;
		first = PFN_UP(e820.map[i].addr);	/* round inwards */
		if (first >= max_low_pfn)
			continue;
		last = PFN_DOWN(e820.map[i].addr + e820.map[i].size);
		if (last > max_low_pfn)
			last = max_low_pfn;
		if (last <= first)
			continue;
		free_bootmem(PFN_PHYS(first), PFN_PHYS(last - first));
	}
}
