/**
 * @file
 * @brief \~english Where the BIOS's extended data area is.
 *        \~chinese BIOS 扩展数据区（EBDA）的位置。 \~
 *
 * asm/bios_ebda.h - the EBDA pointer in the BIOS data area
 * (include/asm-x86/mach-default/bios_ebda.h).
 *
 * The BIOS keeps the real-mode segment of its extended data area in the
 * word at physical 0x40e; the emulated BIOS puts it at 0x9f000, the start
 * of the reserved e820 range below 640 KiB.
 */
#ifndef _ASM_BIOS_EBDA_H
#define _ASM_BIOS_EBDA_H

#include <linux/types.h>
#include <asm/page.h>

#define BIOS_EBDA_SEGMENT	0x40e	/* physical address of the word */

/**
 * @brief \~english Where the BIOS's extended data area is.
 *        \~chinese BIOS 扩展数据区的物理地址。 \~
 * @return \~english its physical address, 0 if the BIOS has none
 *         \~chinese 它的物理地址；BIOS 没有扩展数据区时返回 0 \~
 * @kernel{include/asm-x86/mach-default/bios_ebda.h,8}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static inline unsigned int get_bios_ebda(void)
{
	unsigned int where = *(u16 *)phys_to_virt(BIOS_EBDA_SEGMENT);

	where <<= 4;		/* a real-mode segment: 16 bytes each */
	return where;
}

#endif /* _ASM_BIOS_EBDA_H */
