/* asm/dma.h - the ISA DMA limit that ends ZONE_DMA (include/asm-x86/dma_32.h). */
#ifndef _ASM_DMA_H
#define _ASM_DMA_H

#include <asm/page.h>

#define MAX_DMA_ADDRESS		(PAGE_OFFSET + 0x1000000)

#endif /* _ASM_DMA_H */
