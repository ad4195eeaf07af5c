/**
 * @file
 * @brief \~english The boot-time allocator's interface.
 *        \~chinese 引导内存分配器的接口。 \~
 *
 * linux/bootmem.h - the boot-time allocator (include/linux/bootmem.h).
 *
 * One bit per low-memory page frame, set = reserved.  It lives from
 * setup_memory() until mem_init() hands every clear bit to the buddy
 * allocator with free_all_bootmem().
 */
#ifndef _LINUX_BOOTMEM_H
#define _LINUX_BOOTMEM_H

#include <linux/mmzone.h>
#include <asm/dma.h>

extern unsigned long max_low_pfn;
extern unsigned long min_low_pfn;
extern unsigned long max_pfn;

/**
 * @brief \~english State of the boot-time allocator of one node.
 *        \~chinese 一个节点的引导内存分配器状态。 \~
 * @kernel{include/linux/bootmem.h,30}
 * @seenotes{chapter-boot,boot-bootmem}
 */
typedef struct bootmem_data {
	unsigned long node_boot_start;	/**< physical address of bit 0 */
	unsigned long node_low_pfn;	/**< first pfn past the map */
	void *node_bootmem_map;		/**< the bitmap, 1 = reserved */
	unsigned long last_offset;	/**< bytes used in the last page */
	unsigned long last_pos;		/**< index of that page */
	unsigned long last_success;	/**< where the last search succeeded */
	struct list_head list;		/**< on bdata_list, by start address */
} bootmem_data_t;

extern bootmem_data_t contig_bootmem_data;

unsigned long bootmem_bootmap_pages(unsigned long pages);
unsigned long init_bootmem(unsigned long start, unsigned long pages);
void reserve_bootmem(unsigned long addr, unsigned long size);
void free_bootmem(unsigned long addr, unsigned long size);
void *__alloc_bootmem(unsigned long size, unsigned long align,
		      unsigned long goal);
void *__alloc_bootmem_nopanic(unsigned long size, unsigned long align,
			      unsigned long goal);
void *__alloc_bootmem_low(unsigned long size, unsigned long align,
			  unsigned long goal);
void *__alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
			   unsigned long align, unsigned long goal);
void *__alloc_bootmem_core(struct bootmem_data *bdata, unsigned long size,
			   unsigned long align, unsigned long goal,
			   unsigned long limit);
unsigned long free_all_bootmem(void);
void __free_pages_bootmem(struct page *page, unsigned int order);

#define SMP_CACHE_BYTES		32	/* L1_CACHE_BYTES of the default M686 build */
#define BOOTMEM_DMA_GOAL	__pa(MAX_DMA_ADDRESS)

/* cache-line or page aligned, searched for from 16 MiB up so that the
 * DMA zone is left to those who need it; the _low ones from frame 0 */
#define alloc_bootmem(x)	__alloc_bootmem(x, SMP_CACHE_BYTES, BOOTMEM_DMA_GOAL)
#define alloc_bootmem_low(x)	__alloc_bootmem_low(x, SMP_CACHE_BYTES, 0)
#define alloc_bootmem_pages(x)	__alloc_bootmem(x, PAGE_SIZE, BOOTMEM_DMA_GOAL)
#define alloc_bootmem_low_pages(x) __alloc_bootmem_low(x, PAGE_SIZE, 0)
#define alloc_bootmem_node(pgdat, x) \
	__alloc_bootmem_node(pgdat, x, SMP_CACHE_BYTES, BOOTMEM_DMA_GOAL)

#endif /* _LINUX_BOOTMEM_H */
