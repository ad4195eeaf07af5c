/**
 * @file
 * @brief \~english What only SLAB defines: the general caches and kmalloc().
 *        \~chinese SLAB 分配器特有的定义：通用高速缓存与 kmalloc()。 \~
 *
 * linux/slab_def.h - the SLAB allocator's part of the slab interface
 * (include/linux/slab_def.h).
 *
 * malloc_sizes[] lists the general caches in increasing size (the table
 * of linux/kmalloc_sizes.h) with a last entry of size ULONG_MAX whose
 * caches are NULL.  kmalloc() of a size known at compile time finds its
 * entry while compiling and calls kmem_cache_alloc() on it directly;
 * any other size goes through __kmalloc(), which searches the table.
 */
#ifndef _LINUX_SLAB_DEF_H
#define _LINUX_SLAB_DEF_H

#include <asm/cache.h>
#include <asm/page.h>

/**
 * @brief \~english A general cache: its size and its normal and DMA caches.
 *        \~chinese 通用高速缓存的描述：对象大小，以及普通与 DMA 两个高速缓存。 \~
 * @kernel{include/linux/slab_def.h,19}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
struct cache_sizes {
	size_t cs_size;			/**< objects up to this size */
	struct kmem_cache *cs_cachep;	/**< "size-N" */
	struct kmem_cache *cs_dmacachep;	/**< "size-N(DMA)", GFP_DMA */
};
extern struct cache_sizes malloc_sizes[];

void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags);
void *__kmalloc(size_t size, gfp_t flags);
/* never defined: a constant kmalloc() size beyond the table fails to link */
extern void __you_cannot_kmalloc_that_much(void);

/**
 * @brief \~english Allocate @p size bytes from the smallest general cache that fits.
 *        \~chinese 从能容纳 size 字节的最小通用高速缓存中分配内存。 \~
 * @param size \~english bytes wanted (0 gives ZERO_SIZE_PTR)
 *             \~chinese 请求的字节数（为 0 时得到 ZERO_SIZE_PTR） \~
 * @param flags \~english gfp flags; GFP_DMA picks the "(DMA)" cache
 *              \~chinese 分配标志；含 GFP_DMA 时选 "(DMA)" 高速缓存 \~
 * @return \~english the object, ZERO_SIZE_PTR, or NULL
 *         \~chinese 对象，或 ZERO_SIZE_PTR，或 NULL \~
 * @kernel{include/linux/slab_def.h,31}
 * @seenotes{chapter-slab,slab-kmalloc}
 * @kquirk \~english The link-time trap __you_cannot_kmalloc_that_much() is declared
 *         once, above, not inside the function.
 *         \~chinese 链接期陷阱 __you_cannot_kmalloc_that_much() 在上面统一声明一次，
 *         而不是在函数内部声明。 \~
 */
static inline void *kmalloc(size_t size, gfp_t flags)
{
	if (__builtin_constant_p(size)) {
		struct cache_sizes *cs = malloc_sizes;

		if (size == 0)
			return ZERO_SIZE_PTR;
		/* walked while compiling: cs ends up a constant */
#define CACHE(x) \
		if (size > (x)) \
			cs++; \
		else \
			goto found;
#include <linux/kmalloc_sizes.h>
#undef CACHE
		__you_cannot_kmalloc_that_much();
found:
		if (flags & GFP_DMA)
			return kmem_cache_alloc(cs->cs_dmacachep, flags);
		return kmem_cache_alloc(cs->cs_cachep, flags);
	}
	return __kmalloc(size, flags);
}

#endif /* _LINUX_SLAB_DEF_H */
