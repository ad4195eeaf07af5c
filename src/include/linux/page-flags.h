/**
 * @file
 * @brief \~english The page->flags bits.
 *        \~chinese page->flags 中的各个标志位。 \~
 *
 * linux/page-flags.h - the page->flags bits of 2.6.24 (plain defined bit
 * numbers, not an enum; bits 13 and 18 are unused) and their accessors.
 *
 * Compound pages: the head has PG_compound, every tail PG_compound and
 * PG_reclaim together, which no ordinary page can have.
 */
#ifndef _LINUX_PAGE_FLAGS_H
#define _LINUX_PAGE_FLAGS_H

#include <linux/mm_types.h>

#define PG_locked		 0
#define PG_error		 1
#define PG_referenced		 2
#define PG_uptodate		 3
#define PG_dirty		 4
#define PG_lru			 5
#define PG_active		 6
#define PG_slab			 7
#define PG_owner_priv_1		 8
#define PG_arch_1		 9
#define PG_reserved		10
#define PG_private		11
#define PG_writeback		12
#define PG_compound		14
#define PG_swapcache		15
#define PG_mappedtodisk		16
#define PG_reclaim		17
#define PG_buddy		19

#define PG_readahead		PG_reclaim
#define PG_checked		PG_owner_priv_1
#define PG_pinned		PG_owner_priv_1

/* Generate Page<Name>(), SetPage<Name>(), ClearPage<Name>() and the
 * non-atomic __ forms; nothing is atomic on this machine anyway. */
#define PAGE_FLAG_OPS(uname, bit)					\
static inline int Page##uname(const struct page *p)			\
{ return (int)((p->flags >> (bit)) & 1); }				\
static inline void SetPage##uname(struct page *p)			\
{ p->flags |= 1UL << (bit); }						\
static inline void ClearPage##uname(struct page *p)			\
{ p->flags &= ~(1UL << (bit)); }					\
static inline void __SetPage##uname(struct page *p)			\
{ p->flags |= 1UL << (bit); }						\
static inline void __ClearPage##uname(struct page *p)			\
{ p->flags &= ~(1UL << (bit)); }

PAGE_FLAG_OPS(Locked, PG_locked)
PAGE_FLAG_OPS(Error, PG_error)
PAGE_FLAG_OPS(Referenced, PG_referenced)
PAGE_FLAG_OPS(Uptodate, PG_uptodate)
PAGE_FLAG_OPS(Dirty, PG_dirty)
PAGE_FLAG_OPS(LRU, PG_lru)
PAGE_FLAG_OPS(Active, PG_active)
PAGE_FLAG_OPS(Slab, PG_slab)
PAGE_FLAG_OPS(Reserved, PG_reserved)
PAGE_FLAG_OPS(Private, PG_private)
PAGE_FLAG_OPS(Writeback, PG_writeback)
PAGE_FLAG_OPS(Compound, PG_compound)
PAGE_FLAG_OPS(SwapCache, PG_swapcache)
PAGE_FLAG_OPS(Reclaim, PG_reclaim)
PAGE_FLAG_OPS(Buddy, PG_buddy)

#define PG_head_tail_mask	((1UL << PG_compound) | (1UL << PG_reclaim))

static inline int PageTail(const struct page *p)
{
	return (p->flags & PG_head_tail_mask) == PG_head_tail_mask;
}

static inline int PageHead(const struct page *p)
{
	return (p->flags & PG_head_tail_mask) == (1UL << PG_compound);
}

static inline void __SetPageTail(struct page *p)
{
	p->flags |= PG_head_tail_mask;
}

static inline void __ClearPageTail(struct page *p)
{
	p->flags &= ~PG_head_tail_mask;
}

#define __SetPageHead(p)	__SetPageCompound(p)
#define __ClearPageHead(p)	__ClearPageCompound(p)

#endif /* _LINUX_PAGE_FLAGS_H */
