/**
 * @file
 * @brief \~english What the page-allocator files share.
 *        \~chinese 页分配器各文件共享的内部定义。 \~
 *
 * mm/internal.h - what the page-allocator files share and nothing else
 * should use (mm/internal.h and the private macros of mm/page_alloc.c).
 */
#ifndef _MM_INTERNAL_H
#define _MM_INTERNAL_H

#include <linux/mm.h>

/* alloc_flags of get_page_from_freelist() and zone_watermark_ok() */
#define ALLOC_NO_WATERMARKS	0x01	/* ignore watermarks */
#define ALLOC_WMARK_MIN		0x02	/* check against pages_min */
#define ALLOC_WMARK_LOW		0x04	/* check against pages_low */
#define ALLOC_WMARK_HIGH	0x08	/* check against pages_high */
#define ALLOC_HARDER		0x10	/* dip a quarter deeper */
#define ALLOC_HIGH		0x20	/* __GFP_HIGH: dip half deeper */
#define ALLOC_CPUSET		0x40	/* respect cpusets (none here) */

#define MAX_NUMNODES		1

extern int min_free_kbytes;
extern int sysctl_lowmem_reserve_ratio[MAX_NR_ZONES - 1];

void setup_pageset(struct per_cpu_pageset *p, unsigned long batch);
int move_freepages(struct zone *zone, struct page *start_page,
		   struct page *end_page, int migratetype);
int move_freepages_block(struct zone *zone, struct page *page,
			 int migratetype);

#endif /* _MM_INTERNAL_H */
