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
 * @param who \~english the source named at the start of each line ("BIOS-e820")
 *            \~chinese 每行开头显示的来源名（"BIOS-e820"） \~
 * @kernel{arch/x86/kernel/e820_32.c,762}
 * @seenotes{chapter-boot,boot-e820}
 * @kquirk \~english The emulated BIOS has no ACPI tables and reports only
 *         E820_RAM and E820_RESERVED ranges, so the cases for E820_ACPI
 *         ("ACPI data") and E820_NVS ("ACPI NVS") are left out; another
 *         type would print as "type N".
 *         \~chinese 模拟的 BIOS 没有 ACPI 表，只报告 E820_RAM 和 E820_RESERVED
 *         两种区间，所以省略了 E820_ACPI（"ACPI data"）和 E820_NVS（"ACPI NVS"）
 *         两个分支；其他类型会打印成 "type N"。 \~
 */
void print_memory_map(const char *who)
{
	int k;

	for (k = 0; k < e820.nr_map; k++) {
		const struct e820entry *r = &e820.map[k];

		printk(" %s: %016llx - %016llx ", who,
		       (unsigned long long)r->addr,
		       (unsigned long long)(r->addr + r->size));
		switch (r->type) {
		case E820_RAM:
			printk("(usable)\n");
			break;
		case E820_RESERVED:
			printk("(reserved)\n");
			break;
		default:
			printk("type %u\n", r->type);
			break;
		}
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
	int k;

	max_pfn = 0;
	for (k = 0; k < e820.nr_map; k++) {
		const struct e820entry *r = &e820.map[k];
		unsigned long lo, hi;	/* whole frames only */

		if (r->type != E820_RAM)
			continue;
		lo = PFN_UP(r->addr);
		hi = PFN_DOWN(r->addr + r->size);
		if (lo >= hi)		/* not even one whole frame */
			continue;
		if (hi > max_pfn)
			max_pfn = hi;
	}
}

/**
 * @brief \~english Free every whole usable low page in the bootmem bitmap.
 *        \~chinese 把 max_low_pfn 以下所有完整的可用页在引导内存位图中释放。 \~
 * @param max_low_pfn \~english end of the directly mapped frames
 *                    \~chinese 直接映射页框的结束页框号 \~
 * @kernel{arch/x86/kernel/e820_32.c,673}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void register_bootmem_low_pages(unsigned long max_low_pfn)
{
	int k;

	for (k = 0; k < e820.nr_map; k++) {
		const struct e820entry *r = &e820.map[k];
		unsigned long lo, hi;

		if (r->type != E820_RAM)
			continue;
		/* round inwards: a partial frame at an end stays reserved */
		lo = PFN_UP(r->addr);
		if (lo >= max_low_pfn)		/* all of it is highmem */
			continue;
		hi = PFN_DOWN(r->addr + r->size);
		if (hi > max_low_pfn)
			hi = max_low_pfn;
		if (hi <= lo)
			continue;
		free_bootmem(PFN_PHYS(lo), PFN_PHYS(hi - lo));
	}
}
