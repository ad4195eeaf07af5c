/**
 * @file
 * @brief \~english The ISA DMA limit that ends ZONE_DMA.
 *        \~chinese 结束 ZONE_DMA 的 ISA DMA 地址上限。 \~
 *
 * asm/dma.h - the ISA DMA limit that ends ZONE_DMA (include/asm-x86/dma_32.h).
 */
#ifndef _ASM_DMA_H
#define _ASM_DMA_H

#include <asm/page.h>

/**
 * @brief \~english End of ISA-DMA-able memory (16 MiB), the end of ZONE_DMA.
 *        \~chinese ISA DMA 可访问内存的上限（16 MiB），即 ZONE_DMA 的结束处。 \~
 * @kernel{include/asm-x86/dma_32.h,75}
 * @seenotes{chapter-zone,zone-init}
 */
#define MAX_DMA_ADDRESS		(PAGE_OFFSET + 0x1000000)

#endif /* _ASM_DMA_H */
