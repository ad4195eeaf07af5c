/**
 * @file
 * @brief \~english The slab allocator's interface: caches, kmalloc and kfree.
 *        \~chinese slab 分配器的接口：高速缓存、kmalloc 与 kfree。 \~
 *
 * linux/slab.h - what the rest of the kernel sees of the slab allocator
 * (include/linux/slab.h; the SLAB-specific part is linux/slab_def.h).
 *
 * A cache (struct kmem_cache) hands out objects of one size; it is made
 * with kmem_cache_create(NAME, SIZE, ALIGN, FLAGS, CTOR) and objects are
 * taken with kmem_cache_alloc() and given back with kmem_cache_free().
 * kmalloc(size) picks the smallest of the general caches size-32 ...
 * size-4194304 that fits (a "(DMA)" twin for GFP_DMA) and kfree() finds
 * the cache again from the object's page.  The unit is src/slab/slab.c.
 */
#ifndef _LINUX_SLAB_H
#define _LINUX_SLAB_H

#include <linux/gfp.h>
#include <linux/types.h>
#include <linux/mm.h>
#include <linux/seq_file.h>

/*
 * kmem_cache_create() flags.  The debugging ones (marked DEBUG) are
 * accepted only by a kernel that debugs its slabs: CONFIG_DEBUG_SLAB in
 * 2.6.24, the slab_debug boot option in mm24.
 */
#define SLAB_DEBUG_FREE		0x00000100UL	/* DEBUG: check every free */
#define SLAB_RED_ZONE		0x00000400UL	/* DEBUG: a guard word on each side */
#define SLAB_POISON		0x00000800UL	/* DEBUG: fill free objects with a pattern */
#define SLAB_HWCACHE_ALIGN	0x00002000UL	/* objects start on cache lines */
#define SLAB_CACHE_DMA		0x00004000UL	/* pages from ZONE_DMA */
#define SLAB_STORE_USER		0x00010000UL	/* DEBUG: remember who freed last */
#define SLAB_PANIC		0x00040000UL	/* panic when creation fails */
#define SLAB_DESTROY_BY_RCU	0x00080000UL	/* free slabs after a grace period */
#define SLAB_MEM_SPREAD		0x00100000UL	/* spread over cpuset nodes */
#define SLAB_TRACE		0x00200000UL	/* trace allocations and frees */
/* pages of this cache are grouped as reclaimable by the page allocator */
#define SLAB_RECLAIM_ACCOUNT	0x00020000UL
#define SLAB_TEMPORARY		SLAB_RECLAIM_ACCOUNT

/**
 * @brief \~english What kmalloc(0) returns: not NULL, but faults when used.
 *        \~chinese kmalloc(0) 的返回值：不是 NULL，但一旦访问就会出错。 \~
 * @kernel{include/linux/slab.h,43}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
#define ZERO_SIZE_PTR		((void *)16)
#define ZERO_OR_NULL_PTR(x)	((unsigned long)(x) <= (unsigned long)ZERO_SIZE_PTR)

#define KMALLOC_SHIFT_HIGH	((MAX_ORDER + PAGE_SHIFT - 1) <= 25 ? \
				 (MAX_ORDER + PAGE_SHIFT - 1) : 25)
/**
 * @brief \~english The largest kmalloc(): order 10 pages (4 MiB) on i386.
 *        \~chinese kmalloc() 能分配的最大字节数：i386 上为 10 阶页块（4 MiB）。 \~
 * @kernel{include/linux/slab.h,88}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
#define KMALLOC_MAX_SIZE	(1UL << KMALLOC_SHIFT_HIGH)
#define KMALLOC_MAX_ORDER	(KMALLOC_SHIFT_HIGH - PAGE_SHIFT)

struct kmem_cache;
struct seq_file;

void kmem_cache_init(void);
int cpucache_init(void);
int slab_is_available(void);
struct kmem_cache *kmem_cache_create(const char *name, size_t size,
				     size_t align, unsigned long flags,
				     void (*ctor)(struct kmem_cache *, void *));
void kmem_cache_destroy(struct kmem_cache *cachep);
int kmem_cache_shrink(struct kmem_cache *cachep);
void kmem_cache_free(struct kmem_cache *cachep, void *objp);
unsigned int kmem_cache_size(struct kmem_cache *cachep);
const char *kmem_cache_name(struct kmem_cache *cachep);
void kfree(const void *objp);
size_t ksize(const void *objp);

#include <linux/slab_def.h>

/**
 * @brief \~english kmalloc() on a node: the same as kmalloc() without NUMA.
 *        \~chinese 在指定节点上 kmalloc()：非 NUMA 时与 kmalloc() 相同。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @param node \~english the node (0) \~chinese 节点号（0） \~
 * @return \~english the object, ZERO_SIZE_PTR, or NULL
 *         \~chinese 对象，或 ZERO_SIZE_PTR，或 NULL \~
 * @kernel{include/linux/slab.h,194}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
static inline void *kmalloc_node(size_t size, gfp_t flags, int node)
{
	(void)node;
	return kmalloc(size, flags);
}

/**
 * @brief \~english kmem_cache_alloc() on a node: the same without NUMA.
 *        \~chinese 在指定节点上 kmem_cache_alloc()：非 NUMA 时与之相同。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @param node \~english the node (0) \~chinese 节点号（0） \~
 * @return \~english the object, or NULL \~chinese 对象；失败返回 NULL \~
 * @kernel{include/linux/slab.h,206}
 * @seenotes{chapter-slab,slab-alloc}
 */
static inline void *kmem_cache_alloc_node(struct kmem_cache *cachep,
					  gfp_t flags, int node)
{
	(void)node;
	return kmem_cache_alloc(cachep, flags);
}

/**
 * @brief \~english An object of @p k, filled with zeros.
 *        \~chinese 从 k 中分配一个对象，并清零。 \~
 * @param k \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the zeroed object, or NULL
 *         \~chinese 已清零的对象；失败返回 NULL \~
 * @kernel{include/linux/slab.h,259}
 * @seenotes{chapter-slab,slab-alloc}
 */
static inline void *kmem_cache_zalloc(struct kmem_cache *k, gfp_t flags)
{
	return kmem_cache_alloc(k, __GFP_ZERO | flags);
}

/**
 * @brief \~english kmalloc() of memory filled with zeros.
 *        \~chinese 分配并清零的 kmalloc()。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the zeroed memory, ZERO_SIZE_PTR, or NULL
 *         \~chinese 已清零的内存，或 ZERO_SIZE_PTR，或 NULL \~
 * @kernel{include/linux/slab.h,269}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
static inline void *kzalloc(size_t size, gfp_t flags)
{
	return kmalloc(size, __GFP_ZERO | flags);
}

/* /proc/slabinfo: read through slabinfo_op, tuned by writing a line. */
struct file;
extern const struct seq_operations slabinfo_op;
ssize_t slabinfo_write(struct file *file, const char *buffer, size_t count,
		       loff_t *ppos);
/* The whole of /proc/slabinfo, as cat shows it. */
int slabinfo_show(struct seq_file *m, void *unused);

#endif /* _LINUX_SLAB_H */
