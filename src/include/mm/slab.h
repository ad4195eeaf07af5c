/**
 * @file
 * @brief \~english The slab allocator's own structures, shared by its files.
 *        \~chinese slab 分配器内部的数据结构，供本单元各文件共用。 \~
 *
 * mm/slab.h - the structures of mm/slab.c (static there), shared here by
 * the slab unit's files: slab.c (the allocator), slab_check.c (mm24's
 * invariant checker) and the mm24 program's pictures and commands.
 * Nothing else should use it.
 *
 * Host structures, i386 bytes.  struct kmem_cache, array_cache,
 * kmem_list3 and slab are host C structures (host pointers, 8-byte
 * longs), so that the code reads as 2.6.24's.  But every one of them also
 * takes, in emulated memory, the bytes it takes on an i386 kernel, where
 * 2.6.24 takes them: a kmem_cache is an object of cache_cache, an
 * array_cache and a kmem_list3 are kmalloc() objects, a slab descriptor
 * sits at the start of its slab (on-slab) or is an object of a general
 * cache (off-slab), with its kmem_bufctl_t array right behind it.  Those
 * bytes are the structure's "footprint"; a hidden word in front of the
 * host structure remembers where it is:
 *
 *        host heap                       emulated memory (i386)
 *     +-----------------+
 *     | footprint word ---------------->  +----------------------+
 *     +-----------------+                 | i386 struct (28, 56, |
 *     | struct slab     |                 | 20 + 4n, 128 bytes)  |
 *     | (host layout)   |                 | bufctl[num] (slab)   |
 *     +-----------------+                 +----------------------+
 *
 * The sizes come from the I386_SIZEOF_ constants below, never from
 * sizeof() of a host structure, so /proc/slabinfo counts the objects a
 * real i386 kernel counts.  Only the bufctl array is read and written in
 * its footprint; the other fields live in the host structure.
 */
#ifndef _MM_SLAB_H
#define _MM_SLAB_H

#include <stdlib.h>
#include <linux/list.h>
#include <linux/mm.h>
#include <linux/reciprocal_div.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <mm/internal.h>
#include <asm/sections.h>

/* i386 sizes of what 2.6.24 allocates for itself (SMP, !DEBUG_SPINLOCK:
 * a spinlock_t is one word) */
#define I386_BYTES_PER_WORD	4	/* sizeof(void *), sizeof(long) */
#define I386_SIZEOF_SLAB	28	/* struct slab */
#define I386_SIZEOF_BUFCTL	4	/* kmem_bufctl_t */
#define I386_SIZEOF_ARRAY_CACHE	20	/* struct array_cache, no entries */
#define I386_SIZEOF_KMEM_LIST3	56	/* struct kmem_list3 */
/* struct kmem_cache up to nodelists[]: 8 array pointers, 15 words of
 * tunables and sizes, the name and the chain; STATS adds 14 words of
 * counters and DEBUG the object offset and size */
#define I386_OFFSETOF_NODELISTS	104
#define I386_SIZEOF_STATS	56
#define I386_SIZEOF_DEBUG	8

/**
 * @brief \~english Index of the next free object in a slab (one int per object).
 *        \~chinese slab 中下一个空闲对象的下标（每个对象一个 int）。 \~
 * @kernel{mm/slab.c,208}
 * @seenotes{chapter-slab,slab-bufctl}
 */
typedef unsigned int kmem_bufctl_t;

/**
 * @brief \~english End of a slab's free-object chain.
 *        \~chinese slab 空闲对象链的结束标记。 \~
 * @kernel{mm/slab.c,209}
 * @seenotes{chapter-slab,slab-bufctl}
 */
#define BUFCTL_END	(~(kmem_bufctl_t)0)
#define BUFCTL_FREE	(BUFCTL_END - 1)	/* debug: the object is out */
#define BUFCTL_ACTIVE	(BUFCTL_END - 2)
#define SLAB_LIMIT	(BUFCTL_END - 3)	/* most objects a slab holds */

/**
 * @brief \~english A slab: pages of objects with a chain of the free ones.
 *        \~chinese slab 描述符：一组页框中的对象及其空闲对象链。 \~
 * @kernel{mm/slab.c,221}
 * @seenotes{chapter-slab,slab-slabs}
 * @kquirk \~english A host structure; its i386 footprint (28 bytes and
 *         the bufctl array) is at the start of the slab, or an object of
 *         slabp_cache when the cache keeps descriptors off-slab. The
 *         bufctl array is read and written there.
 *         \~chinese 宿主机上的结构体；它在 i386 上的字节（28 字节外加 bufctl
 *         数组）位于 slab 开头，若该高速缓存的描述符放在 slab 之外，则是
 *         slabp_cache 的一个对象。bufctl 数组就在那里读写。 \~
 */
struct slab {
	struct list_head list;		/**< on slabs_full/partial/free */
	unsigned long colouroff;	/**< s_mem minus the slab's first byte */
	void *s_mem;			/**< the first object */
	unsigned int inuse;		/**< objects handed out */
	kmem_bufctl_t free;		/**< first free object, or BUFCTL_END */
	unsigned short nodeid;		/**< always 0 (!NUMA) */
};

/**
 * @brief \~english A per-CPU (or shared) stack of free objects.
 *        \~chinese 每CPU（或共享）的空闲对象栈。 \~
 * @kernel{mm/slab.c,264}
 * @seenotes{chapter-slab,slab-percpu}
 * @kquirk \~english A host structure whose entry[] holds host pointers;
 *         its i386 footprint, 20 bytes and 4 per entry, is a kmalloc()
 *         object.
 *         \~chinese 宿主机上的结构体，entry[] 中存放宿主机指针；它在 i386 上的
 *         字节（20 字节加每个元素 4 字节）是一个 kmalloc() 对象。 \~
 */
struct array_cache {
	unsigned int avail;		/**< objects in entry[] */
	unsigned int limit;		/**< room in entry[] */
	unsigned int batchcount;	/**< objects moved at a time */
	unsigned int touched;		/**< used since the last reap */
	spinlock_t lock;
	void *entry[];			/**< the objects; entry[avail - 1] is hot */
};

/* 2.6.24's bootstrap arrays: a head and BOOT_CPUCACHE_ENTRIES entries */
#define BOOT_CPUCACHE_ENTRIES	1
struct arraycache_init {
	struct array_cache cache;
	void *entries[BOOT_CPUCACHE_ENTRIES];
};
#define I386_SIZEOF_ARRAYCACHE_INIT \
	(I386_SIZEOF_ARRAY_CACHE + BOOT_CPUCACHE_ENTRIES * I386_BYTES_PER_WORD)

/**
 * @brief \~english A cache's slabs on one node: three lists and their counts.
 *        \~chinese 高速缓存在一个节点上的 slab：三条链表及其计数。 \~
 * @kernel{mm/slab.c,290}
 * @seenotes{chapter-slab,slab-lists}
 * @kquirk \~english A host structure; its i386 footprint (56 bytes) is a
 *         kmalloc() object. alien stays NULL: there are no other nodes.
 *         \~chinese 宿主机上的结构体；它在 i386 上的 56 字节是一个 kmalloc()
 *         对象。alien 始终为 NULL：没有别的节点。 \~
 */
struct kmem_list3 {
	struct list_head slabs_partial;	/**< some objects free */
	struct list_head slabs_full;	/**< no object free */
	struct list_head slabs_free;	/**< every object free */
	unsigned long free_objects;	/**< free objects in all its slabs */
	unsigned int free_limit;	/**< free objects kept before slabs go */
	unsigned int colour_next;	/**< colour of the next new slab */
	spinlock_t list_lock;
	struct array_cache *shared;	/**< the node's shared array */
	struct array_cache **alien;	/**< other nodes' arrays (NUMA) */
	unsigned long next_reap;	/**< jiffies of the next list reap */
	int free_touched;		/**< a free slab was used since */
};

/**
 * @brief \~english A cache: objects of one size, their slabs and arrays.
 *        \~chinese 高速缓存描述符：同一大小的对象、它们的 slab 与每CPU数组。 \~
 * @kernel{mm/slab.c,381}
 * @seenotes{chapter-slab,slab-caches}
 * @kquirk \~english A host structure; its i386 footprint is an object of
 *         cache_cache of offsetof(struct kmem_cache, nodelists) plus one
 *         node pointer: 108 bytes, 128 with cache-line alignment (172 and
 *         192 with slab_debug). The STATS counters and obj_offset/obj_size
 *         are always there; they count and matter only with slab_debug.
 *         \~chinese 宿主机上的结构体；它在 i386 上的字节是 cache_cache 的一个
 *         对象，大小为 offsetof(struct kmem_cache, nodelists) 加一个节点指针：
 *         108 字节，按缓存行对齐为 128 字节（slab_debug 下为 172 与 192）。
 *         STATS 计数器与 obj_offset/obj_size 总是存在，只在 slab_debug 下才
 *         计数、才起作用。 \~
 */
struct kmem_cache {
	struct array_cache *array[NR_CPUS];	/**< each CPU's array */
	unsigned int batchcount;	/**< objects per refill or flush */
	unsigned int limit;		/**< size of the per-CPU arrays */
	unsigned int shared;		/**< shared array: shared * batchcount */
	unsigned int buffer_size;	/**< bytes per object, padding included */
	u32 reciprocal_buffer_size;	/**< to divide by buffer_size */
	unsigned int flags;		/**< SLAB_* and CFLGS_OFF_SLAB */
	unsigned int num;		/**< objects per slab */
	unsigned int gfporder;		/**< a slab is 2^gfporder pages */
	gfp_t gfpflags;			/**< GFP_DMA for a DMA cache */
	size_t colour;			/**< number of colours */
	unsigned int colour_off;	/**< bytes between two colours */
	struct kmem_cache *slabp_cache;	/**< cache of off-slab descriptors */
	unsigned int slab_size;		/**< descriptor and bufctl bytes */
	unsigned int dflags;		/**< dynamic flags (none used) */
	void (*ctor)(struct kmem_cache *, void *);	/**< constructor */
	const char *name;		/**< its /proc/slabinfo name */
	struct list_head next;		/**< on cache_chain */
	/* STATS: the (statistics) columns of /proc/slabinfo */
	unsigned long num_active;
	unsigned long num_allocations;
	unsigned long high_mark;
	unsigned long grown;
	unsigned long reaped;
	unsigned long errors;
	unsigned long max_freeable;
	unsigned long node_allocs;
	unsigned long node_frees;
	unsigned long node_overflow;
	atomic_t allochit;
	atomic_t allocmiss;
	atomic_t freehit;
	atomic_t freemiss;
	/* DEBUG: where the caller's object starts inside a buffer, its size */
	int obj_offset;
	int obj_size;
	struct kmem_list3 *nodelists[MAX_NUMNODES];	/**< per node: one */
};

#define CFLGS_OFF_SLAB		0x80000000UL	/* descriptor off the slab */
#define OFF_SLAB(x)		((x)->flags & CFLGS_OFF_SLAB)

/* The hidden words in front of every host structure of the allocator. */
struct footprint {
	void *bytes;		/* its i386 bytes, in emulated memory */
	struct footprint *prev, *next;	/* all live ones, for a power-off */
	unsigned int size;	/* of the host structure */
	unsigned int pinned;	/* kept by a machine image (footprint.c) */
};
/* The live host structures (footprint.c): a machine that is switched off
 * gives them back with footprints_release(); its RAM, which holds their
 * i386 bytes, goes with it.  footprint_free() frees one that is no
 * longer live. */
extern struct footprint live_footprints;
void footprints_release(void);
void footprint_free(struct footprint *fp);
/* The image of the live host structures, for a machine image (the boot
 * cache of the fuzz target): pins them; restore frees those allocated
 * since and copies the pinned ones back; drop frees the pinned ones. */
struct footprint_image;
struct footprint_image *footprints_save(void);
void footprints_restore(const struct footprint_image *img);
void footprints_image_drop(struct footprint_image *img);

/* Where the i386 bytes of host structure @host are. */
static inline void *footprint_of(const void *host)
{
	return ((const struct footprint *)host - 1)->bytes;
}


/* ---- footprints ------------------------------------------------------------
 *
 * The allocation of a host structure with its i386 bytes, in the shape of
 * the kernel call that allocates the bytes: kmalloc_fp(host size, i386
 * size, flags) is kmalloc(i386 size, flags) plus a zeroed host structure
 * (NULL when kmalloc() fails); kfree_fp() frees both.  The allocating ones
 * are macros, so that kmalloc() sees a constant size as in 2.6.24.
 */

/* A zeroed host structure of @host_size bytes whose i386 bytes are at
 * @bytes; NULL when @bytes is (their allocation failed). */
static inline void *footprint_at(void *bytes, size_t host_size)
{
	struct footprint *fp;

	if (!bytes)
		return NULL;
	fp = calloc(1, sizeof(*fp) + host_size);
	if (!fp)
		panic("mm24: out of host memory");
	fp->bytes = bytes;
	fp->size = (unsigned int)host_size;
	fp->prev = &live_footprints;
	fp->next = live_footprints.next;
	fp->next->prev = fp;
	live_footprints.next = fp;
	return fp + 1;
}

/* Free the host structure only (its bytes go with their slab). */
static inline void footprint_drop(void *host)
{
	struct footprint *fp = (struct footprint *)host - 1;

	fp->prev->next = fp->next;
	fp->next->prev = fp->prev;
	footprint_free(fp);
}

#define kmalloc_fp(host_size, i386_size, flags) \
	footprint_at(kmalloc(i386_size, flags), host_size)
#define kzalloc_fp(host_size, i386_size, flags) \
	footprint_at(kzalloc(i386_size, flags), host_size)
#define kmalloc_node_fp(host_size, i386_size, flags, node) \
	footprint_at(kmalloc_node(i386_size, flags, node), host_size)
#define kmem_cache_zalloc_fp(cachep, host_size, flags) \
	footprint_at(kmem_cache_zalloc(cachep, flags), host_size)
#define kmem_cache_alloc_node_fp(cachep, host_size, flags, node) \
	footprint_at(kmem_cache_alloc_node(cachep, flags, node), host_size)

/* kfree() of a host structure's bytes, and the structure (NULL: nothing). */
static inline void kfree_fp(void *host)
{
	if (!host)
		return;
	kfree(footprint_of(host));
	footprint_drop(host);
}

/* kmem_cache_free() of a host structure's bytes, and the structure. */
static inline void kmem_cache_free_fp(struct kmem_cache *cachep, void *host)
{
	kmem_cache_free(cachep, footprint_of(host));
	footprint_drop(host);
}

extern struct kmem_cache cache_cache;
extern struct list_head cache_chain;
extern int slab_debug;

/* The i386 address of a cache (2.6.24 hashes it to spread the list reaps
 * in time): its descriptor's bytes, or for the static cache_cache an
 * address in the kernel's data. */
static inline unsigned long cache_i386_addr(struct kmem_cache *cachep)
{
	if (cachep == &cache_cache)
		return i386_addr(_etext);
	return i386_addr(footprint_of(cachep));
}

/**
 * @brief \~english The cache a slab page belongs to (page->lru.next).
 *        \~chinese 求 slab 页所属的高速缓存（保存在 page->lru.next 中）。 \~
 * @param page \~english a page of a slab \~chinese slab 中的一个页 \~
 * @return \~english the cache \~chinese 所属的高速缓存 \~
 * @kernel{mm/slab.c,588}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline struct kmem_cache *page_get_cache(struct page *page)
{
	struct page *head = compound_head(page);

	BUG_ON(!PageSlab(head));
	return (struct kmem_cache *)head->lru.next;
}

/**
 * @brief \~english The slab a slab page belongs to (page->lru.prev).
 *        \~chinese 求 slab 页所属的 slab 描述符（保存在 page->lru.prev 中）。 \~
 * @param page \~english a page of a slab \~chinese slab 中的一个页 \~
 * @return \~english the slab \~chinese 所属的 slab \~
 * @kernel{mm/slab.c,600}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline struct slab *page_get_slab(struct page *page)
{
	BUG_ON(!PageSlab(page));
	return (struct slab *)page->lru.prev;
}

/**
 * @brief \~english The cache an object belongs to, from its page.
 *        \~chinese 由对象所在的页求出它所属的高速缓存。 \~
 * @param obj \~english the object \~chinese 对象 \~
 * @return \~english the cache \~chinese 所属的高速缓存 \~
 * @kernel{mm/slab.c,606}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline struct kmem_cache *virt_to_cache(const void *obj)
{
	return page_get_cache(virt_to_head_page(obj));
}

/**
 * @brief \~english The slab an object belongs to, from its page.
 *        \~chinese 由对象所在的页求出它所属的 slab。 \~
 * @param obj \~english the object \~chinese 对象 \~
 * @return \~english the slab \~chinese 所属的 slab \~
 * @kernel{mm/slab.c,612}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline struct slab *virt_to_slab(const void *obj)
{
	return page_get_slab(virt_to_head_page(obj));
}

/**
 * @brief \~english Object @p idx of a slab.
 *        \~chinese 求 slab 中第 idx 个对象的地址。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param slab \~english the slab \~chinese slab \~
 * @param idx \~english the object's index \~chinese 对象的下标 \~
 * @return \~english the object's first byte \~chinese 对象的首字节 \~
 * @kernel{mm/slab.c,618}
 * @seenotes{chapter-slab,slab-objects}
 */
static inline void *index_to_obj(struct kmem_cache *cache, struct slab *slab,
				 unsigned int idx)
{
	return (char *)slab->s_mem + (size_t)idx * cache->buffer_size;
}

/**
 * @brief \~english The index of an object in its slab, without a division.
 *        \~chinese 求对象在 slab 中的下标（用倒数乘法代替除法）。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param slab \~english the slab \~chinese slab \~
 * @param obj \~english the object \~chinese 对象 \~
 * @return \~english its index \~chinese 它的下标 \~
 * @kernel{mm/slab.c,630}
 * @seenotes{chapter-slab,slab-objects}
 */
static inline unsigned int obj_to_index(const struct kmem_cache *cache,
					const struct slab *slab, void *obj)
{
	u32 offset = (u32)((char *)obj - (char *)slab->s_mem);

	return reciprocal_divide(offset, cache->reciprocal_buffer_size);
}

/**
 * @brief \~english The bufctl array, right behind the i386 struct slab.
 *        \~chinese 求 bufctl 数组：紧跟在 i386 的 struct slab 之后。 \~
 * @param slabp \~english the slab \~chinese slab \~
 * @return \~english the first bufctl, in the slab's i386 bytes
 *         \~chinese 第一个 bufctl（在 slab 中按 i386 的大小排布） \~
 * @kernel{mm/slab.c,2632}
 * @seenotes{chapter-slab,slab-bufctl}
 * @kquirk \~english 2.6.24 takes the words after the descriptor (slabp + 1);
 *         here they follow the descriptor's i386 footprint:
 *         footprint_of() plus I386_SIZEOF_SLAB.
 *         \~chinese 2.6.24 取描述符之后的字（slabp + 1）；这里取描述符在 i386
 *         上那 28 字节之后的字：footprint_of() 加上 I386_SIZEOF_SLAB。 \~
 */
static inline kmem_bufctl_t *slab_bufctl(struct slab *slabp)
{
	return (kmem_bufctl_t *)((char *)footprint_of(slabp) + I386_SIZEOF_SLAB);
}

/**
 * @brief \~english The array cache of the CPU running now.
 *        \~chinese 求当前 CPU 的每CPU数组缓存。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @return \~english this CPU's array_cache
 *         \~chinese 当前 CPU 的 array_cache（本地高速缓存） \~
 * @kernel{mm/slab.c,760}
 * @seenotes{chapter-slab,slab-percpu}
 */
static inline struct array_cache *cpu_cache_get(struct kmem_cache *cachep)
{
	return cachep->array[smp_processor_id()];
}

#endif /* _MM_SLAB_H */
