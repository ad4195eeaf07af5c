/**
 * @file
 * @brief \~english The BIOS memory map.
 *        \~chinese BIOS 内存图（e820）。 \~
 *
 * asm/e820.h - the BIOS memory map (include/asm-x86/e820.h,
 * arch/x86/kernel/e820_32.c).
 *
 * The emulated BIOS reports three ranges: 0 - 0x9f000 usable (the EBDA
 * and legacy video/ROM area above it is reserved), 0x9f000 - 0x100000
 * reserved, and 1 MiB to the end of RAM usable.
 */
#ifndef _ASM_E820_H
#define _ASM_E820_H

#include <linux/types.h>

#define E820MAX		128
#define E820_RAM	1
#define E820_RESERVED	2

struct e820entry {
	u64 addr;
	u64 size;
	u32 type;
};

struct e820map {
	int nr_map;
	struct e820entry map[E820MAX];
};

extern struct e820map e820;

void print_memory_map(const char *who);
void find_max_pfn(void);
void register_bootmem_low_pages(unsigned long max_low_pfn);
int page_is_ram(unsigned long pagenr);

#endif /* _ASM_E820_H */
