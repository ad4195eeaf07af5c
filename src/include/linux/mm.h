/**
 * @file
 * @brief \~english struct page helpers: reference counts, zone links, conversions.
 *        \~chinese struct page 的辅助函数：引用计数、管理区编号与地址转换。 \~
 *
 * linux/mm.h - struct page helpers: reference counts, zone links,
 * pfn <-> page <-> address conversions (include/linux/mm.h,
 * include/asm-generic/memory_model.h, mm/internal.h).
 *
 * FLATMEM: mem_map[] is one array of struct page indexed by pfn.  The
 * zone number sits in the top two bits of the 32 i386 flag bits:
 *
 *   31 30 29 ....................... 20 19 ... 0
 *  +-----+----------------------------+---------+
 *  |zone |     (unused on i386)       | PG_ bits|
 *  +-----+----------------------------+---------+
 */
#ifndef _LINUX_MM_H
#define _LINUX_MM_H

#include <linux/page-flags.h>
#include <linux/mmzone.h>
#include <asm/page.h>
#include <asm/pgtable.h>

#define ZONES_WIDTH		ZONES_SHIFT
#define ZONES_PGOFF		(32 - ZONES_WIDTH)
#define ZONES_MASK		((1UL << ZONES_WIDTH) - 1)
#define ZONEID_PGSHIFT		ZONES_PGOFF
#define ZONEID_MASK		ZONES_MASK

/**
 * @brief \~english The array of all struct pages, indexed by pfn (FLATMEM).
 *        \~chinese 所有 struct page 组成的数组，以页框号为下标（FLATMEM）。 \~
 * @kernel{mm/memory.c,66}
 * @seenotes{chapter-page,page-memmap}
 */
extern struct page *mem_map;
/* frames: all of them, those given to the page allocator, those of them
 * in high memory, and those the watermarks and reserves keep back */
extern unsigned long num_physpages, totalram_pages, totalhigh_pages;
extern unsigned long totalreserve_pages;
extern void *high_memory;

/* the pfn of mem_map[0]: i386 memory starts at frame 0 */
#define ARCH_PFN_OFFSET		(0UL)

/**
 * @brief \~english pfn to struct page: an index into mem_map.
 *        \~chinese 由页框号求 struct page：即 mem_map 的下标运算。 \~
 * @param pfn \~english the page frame number \~chinese 页框号 \~
 * @kernel{include/asm-generic/memory_model.h,31}
 * @seenotes{chapter-page,page-memmap}
 */
#define __pfn_to_page(pfn)	(mem_map + ((pfn) - ARCH_PFN_OFFSET))
/**
 * @brief \~english struct page to pfn: its index in mem_map.
 *        \~chinese 由 struct page 求页框号：即它在 mem_map 中的下标。 \~
 * @param pg \~english a struct page of mem_map
 *           \~chinese mem_map 中的一个 struct page \~
 * @kernel{include/asm-generic/memory_model.h,32}
 * @seenotes{chapter-page,page-memmap}
 */
#define __page_to_pfn(pg)	((unsigned long)((pg) - mem_map) + ARCH_PFN_OFFSET)
/**
 * @brief \~english The struct page of page frame number pfn (FLATMEM).
 *        \~chinese 页框号对应的 struct page（FLATMEM 内存模型）。 \~
 * @kernel{include/asm-generic/memory_model.h,80}
 * @seenotes{chapter-page,page-memmap}
 */
#define pfn_to_page		__pfn_to_page
/**
 * @brief \~english The page frame number of a struct page (FLATMEM).
 *        \~chinese struct page 对应的页框号（FLATMEM 内存模型）。 \~
 * @kernel{include/asm-generic/memory_model.h,79}
 * @seenotes{chapter-page,page-memmap}
 */
#define page_to_pfn		__page_to_pfn

static inline struct page *compound_head(struct page *page)
{
	if (unlikely(PageTail(page)))
		return page->first_page;
	return page;
}

/**
 * @brief \~english The head page of the (compound) page that holds kernel
 *        address @p x.
 *        \~chinese 求内核地址 x 所在（复合）页的首页。 \~
 * @param x \~english a lowmem kernel address
 *          \~chinese 一个低端内存的内核线性地址 \~
 * @return \~english its page, or the head of its compound page
 *         \~chinese 它的页；属于复合页时返回复合页的首页 \~
 * @kernel{include/linux/mm.h,252}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline struct page *virt_to_head_page(const void *x)
{
	return compound_head(virt_to_page(x));
}

/**
 * @brief \~english Reference count of a page (of the head of a compound page).
 *        \~chinese 页的引用计数（复合页取首页的计数）。 \~
 * @param page \~english the page \~chinese 页 \~
 * @return \~english the count; 0 for a free page
 *         \~chinese 引用计数；空闲页为 0 \~
 * @kernel{include/linux/mm.h,240}
 * @seenotes{chapter-page,page-refcount}
 */
static inline int page_count(struct page *page)
{
	struct page *head = compound_head(page);	/* a tail's is its head's */

	return atomic_read(&head->_count);
}

/**
 * @brief \~english Take one more reference to a page in use.
 *        \~chinese 对正在使用的页再增加一个引用。 \~
 * @param page \~english the page, count >= 1 \~chinese 页，引用计数 >= 1 \~
 * @kernel{include/linux/mm.h,245}
 * @seenotes{chapter-page,page-refcount}
 */
static inline void get_page(struct page *page)
{
	struct page *head = compound_head(page);

	/* a free page has no owner to share it with */
	VM_BUG_ON(!atomic_read(&head->_count));
	atomic_inc(&head->_count);
}

/* Drop a reference; true when it was the last one. */
/**
 * @brief \~english Drop a reference; say whether it was the last.
 *        \~chinese 释放一个引用，并返回这是否是最后一个引用。 \~
 * @param page \~english the page, count >= 1 \~chinese 页，引用计数 >= 1 \~
 * @return \~english 1 if the count reached 0
 *         \~chinese 引用计数减到 0 时返回 1 \~
 * @kernel{include/linux/mm.h,217}
 * @seenotes{chapter-page,page-refcount}
 */
static inline int put_page_testzero(struct page *page)
{
	atomic_t *refs = &page->_count;

	VM_BUG_ON(atomic_read(refs) == 0);	/* one put too many */
	return atomic_dec_and_test(refs);
}

static inline void set_page_count(struct page *page, int v)
{
	atomic_set(&page->_count, v);
}

static inline void init_page_count(struct page *page)
{
	atomic_set(&page->_count, 1);
}

/* mm/internal.h: a page leaving the allocator starts with one reference. */
/**
 * @brief \~english Give a page leaving the allocator its first reference.
 *        \~chinese 为离开分配器的页设置第一个引用（计数置 1）。 \~
 * @param page \~english a page with count 0 \~chinese 一个引用计数为 0 的页 \~
 * @kernel{mm/internal.h,25}
 * @seenotes{chapter-page,page-refcount}
 */
static inline void set_page_refcounted(struct page *page)
{
	/* tails share their head's count */
	VM_BUG_ON(PageCompound(page) && PageTail(page));
	VM_BUG_ON(atomic_read(&page->_count) != 0);
	set_page_count(page, 1);
}

static inline int page_mapcount(struct page *page)
{
	return atomic_read(&page->_mapcount) + 1;
}

static inline void reset_page_mapcount(struct page *page)
{
	atomic_set(&page->_mapcount, -1);
}

/**
 * @brief \~english The owner's private word: order of a free block, migrate type on a per-cpu list.
 *        \~chinese 页的私有字段：空闲块的阶，或每CPU链表上页的迁移类型。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{include/linux/mm.h,186}
 * @seenotes{chapter-page,page-struct}
 */
#define page_private(page)		((page)->private)
/**
 * @brief \~english Set the owner's private word of a page.
 *        \~chinese 设置页的私有字段。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param v \~english the value \~chinese 要设置的值 \~
 * @kernel{include/linux/mm.h,187}
 * @seenotes{chapter-page,page-struct}
 */
#define set_page_private(page, v)	((page)->private = (v))

/* mm/internal.h: the order of a free block, valid under zone->lock. */
/**
 * @brief \~english The order of a free buddy block, kept in page->private.
 *        \~chinese 空闲伙伴块的阶，保存在 page->private 中。 \~
 * @param page \~english the first page of a free block (PG_buddy)
 *             \~chinese 空闲块的第一个页（PG_buddy） \~
 * @return \~english the order \~chinese 它的阶 \~
 * @kernel{mm/internal.h,45}
 * @seenotes{chapter-buddy,buddy-free-area}
 */
static inline unsigned long page_order(struct page *page)
{
	VM_BUG_ON(!PageBuddy(page));
	return page_private(page);
}

/* Compound pages keep their order and destructor in the first tail. */
typedef void compound_page_dtor(struct page *);
static inline unsigned long compound_order(struct page *page)
{
	if (!PageHead(page))
		return 0;
	return (unsigned long)page[1].lru.prev;
}
static inline void set_compound_order(struct page *page, unsigned long order)
{
	page[1].lru.prev = (void *)order;
}
static inline void set_compound_page_dtor(struct page *page,
					  compound_page_dtor *dtor)
{
	page[1].lru.next = (void *)dtor;
}
static inline compound_page_dtor *get_compound_page_dtor(struct page *page)
{
	return (compound_page_dtor *)page[1].lru.next;
}

static inline enum zone_type page_zonenum(const struct page *page)
{
	return (enum zone_type)((page->flags >> ZONES_PGOFF) & ZONES_MASK);
}

static inline int page_zone_id(const struct page *page)
{
	return (int)((page->flags >> ZONEID_PGSHIFT) & ZONEID_MASK);
}

#define page_to_nid(page)	0

/**
 * @brief \~english The zone a page frame belongs to, read from page->flags.
 *        \~chinese 由 page->flags 中记录的编号求出页框所属的管理区。 \~
 * @param page \~english the page frame \~chinese 页框 \~
 * @return \~english the zone in the (only) node
 *         \~chinese （唯一一个）节点中的管理区 \~
 * @kernel{include/linux/mm.h,480}
 * @seenotes{chapter-page,page-links}
 */
static inline struct zone *page_zone(const struct page *page)
{
	return &NODE_DATA(page_to_nid(page))->node_zones[page_zonenum(page)];
}

static inline void set_page_zone(struct page *page, enum zone_type zone)
{
	page->flags &= ~(ZONES_MASK << ZONES_PGOFF);
	page->flags |= ((unsigned long)zone & ZONES_MASK) << ZONES_PGOFF;
}

/* Node and section widths are 0 on !NUMA FLATMEM: only the zone is kept. */
static inline void set_page_links(struct page *page, enum zone_type zone,
				  unsigned long node, unsigned long pfn)
{
	(void)node;
	(void)pfn;
	set_page_zone(page, zone);
}

/**
 * @brief \~english Does the page frame belong to a highmem zone?
 *        \~chinese 判断页框是否属于高端内存管理区。 \~
 * @param page \~english the page \~chinese 页 \~
 * @kernel{include/linux/page-flags.h,168}
 * @seenotes{chapter-page,page-address}
 */
#define PageHighMem(page)	is_highmem(page_zone(page))

/**
 * @brief \~english Direct-map address of a lowmem page frame.
 *        \~chinese 低端内存页框在直接映射区中的地址。 \~
 * @param page \~english a lowmem page \~chinese 一个低端内存页 \~
 * @return \~english its kernel address \~chinese 它的内核线性地址 \~
 * @kernel{include/linux/mm.h,536}
 * @seenotes{chapter-page,page-address}
 */
static inline void *lowmem_page_address(struct page *page)
{
	return __va(page_to_pfn(page) << PAGE_SHIFT);
}

/*
 * The page-table levels a kernel mapping needs (include/linux/mm.h).  The
 * pud and pmd levels are folded into the pgd: their "allocation" is the
 * pgd entry itself.  pte_alloc_kernel() gives the PTE of @address under
 * directory entry @pmd, first hanging a new page table there if there is
 * none (__pte_alloc_kernel(), the vmalloc unit's mm/memory.c).
 */
static inline pud_t *pud_alloc(struct mm_struct *mm, pgd_t *pgd,
			       unsigned long address)
{
	(void)mm;
	return pud_offset(pgd, address);
}

static inline pmd_t *pmd_alloc(struct mm_struct *mm, pud_t *pud,
			       unsigned long address)
{
	(void)mm;
	return pmd_offset(pud, address);
}

int __pte_alloc_kernel(pmd_t *pmd, unsigned long address);
/**
 * @brief \~english The PTE of a kernel address, with a new page table if its directory entry has none.
 *        \~chinese 取内核地址的页表项；所在页目录项还没有页表时先分配一张。 \~
 * @param pmd \~english the (folded) directory entry of @p address in init_mm
 *            \~chinese init_mm 中 @p address 对应的（折叠后的）页目录项 \~
 * @param address \~english a kernel address \~chinese 一个内核线性地址 \~
 * @return \~english the PTE, or NULL when no page table could be allocated
 *         \~chinese 对应的页表项；分配不到页表时返回 NULL \~
 * @kernel{include/linux/mm.h,884}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
#define pte_alloc_kernel(pmd, address)					\
	((unlikely(!pmd_present(*(pmd))) &&				\
	  __pte_alloc_kernel(pmd, address)) ?				\
	 NULL : pte_offset_kernel(pmd, address))

void *page_address(struct page *page);
/* the pkmap address of a highmem frame (mm/highmem.c, page unit) */
void set_page_address(struct page *page, void *virtual);
void page_address_init(void);
void put_page(struct page *page);

/* Zone set-up at boot (mm/page_alloc.c). */
void add_active_range(unsigned int nid, unsigned long start_pfn,
		      unsigned long end_pfn);
void free_area_init_nodes(unsigned long *max_zone_pfn);
enum memmap_context { MEMMAP_EARLY, MEMMAP_HOTPLUG };
void memmap_init_zone(unsigned long size, int nid, unsigned long zone,
		      unsigned long start_pfn, enum memmap_context context);
void alloc_node_mem_map(struct pglist_data *pgdat);
void set_pageblock_migratetype(struct page *page, int migratetype);
void setup_per_zone_pages_min(void);
int init_per_zone_pages_min(void);
unsigned int nr_free_buffer_pages(void);
unsigned int nr_free_pagecache_pages(void);
void show_free_areas(void);
void show_mem(void);

#define PageAnon(page)	(((unsigned long)(page)->mapping & 1) != 0)

#endif /* _LINUX_MM_H */
