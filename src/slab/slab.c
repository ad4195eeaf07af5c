/**
 * @file
 * @brief \~english The slab allocator (SLAB): caches, slabs, per-CPU arrays, kmalloc.
 *        \~chinese slab 分配器（SLAB）：高速缓存、slab、每CPU数组缓存与 kmalloc。 \~
 *
 * slab.c (slab unit) - the SLAB allocator of 2.6.24 (mm/slab.c), with
 * kmalloc()/kfree(), /proc/slabinfo and the DEBUG_SLAB checks.
 *
 * Structures (include/mm/slab.h): a cache (struct kmem_cache) hands out
 * objects of buffer_size bytes.  Its objects live in slabs of 2^gfporder
 * pages, each with a descriptor (struct slab) and a kmem_bufctl_t per
 * object chaining the free ones.  A node's slabs are on three lists of
 * struct kmem_list3 - full, partial, free - and every CPU has an
 * array_cache, a LIFO stack of free objects, in front of them:
 *
 *   kmem_cache_alloc -> cpu array -> shared array -> partial slab ->
 *                       free slab -> cache_grow (new slab from the buddy)
 *
 * A slab, descriptor on-slab, with colour c of the cache's colours:
 *
 *   | c * colour_off | struct slab | bufctl[num] | pad | obj 0 | obj 1 | ...| left
 *   ^ page_address   ^ footprint of the descriptor       ^ s_mem
 *
 * Off-slab (objects of PAGE_SIZE/8 bytes or more, unless the descriptor
 * fits in the leftover), the descriptor is an object of slabp_cache and
 * the slab starts with the colour, then s_mem.  Successive slabs of a
 * cache get colours 0, 1, ... colour - 1, 0, ..., so that objects of
 * different slabs fall on different cache lines.
 *
 * Allocation, __cache_alloc():
 *  1. this CPU's array has objects: take the one on top (touched = 1);
 *  2. else cache_alloc_refill(): move up to batchcount objects into the
 *     array - from the node's shared array, else from partial slabs, then
 *     free slabs; if none, cache_grow() adds a slab (kmem_getpages(),
 *     alloc_slabmgmt(), cache_init_objs()) and the refill starts again.
 * Freeing, __cache_free(): push the object on this CPU's array; a full
 * array first gives its batchcount oldest objects to the shared array or,
 * when that is full, back to their slabs (free_block()), where a slab
 * that becomes free is released if the node holds more than free_limit
 * free objects.  cache_reap(), every two seconds per CPU, trims unused
 * arrays by a fifth of their limit and, every four seconds, frees a
 * fifth of the free slabs of a list that was not used.
 *
 * Bootstrap, kmem_cache_init(): cache_cache (the cache of caches) is
 * static, with a static array and list3; the general caches size-32 and
 * size-64 that hold array caches and list3s come first, with boot arrays
 * of one entry; once kmalloc() works the static structures are replaced
 * and every cache gets its final arrays from enable_cpucache().
 *
 * i386 sizes on a 64-bit host: every object is emulated memory of its
 * i386 size at its i386 address, and the allocator's own structures take
 * their i386 sizes where 2.6.24 puts them (see mm/slab.h), so objsize,
 * objperslab, pagesperslab, colours and the object counts of
 * /proc/slabinfo are those of an i386 kernel.  slab_debug on the boot line
 * makes the allocator behave as one built with CONFIG_DEBUG_SLAB.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <linux/bitops.h>
#include <linux/ftrace.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/jiffies.h>
#include <linux/mm.h>
#include <linux/mutex.h>
#include <linux/percpu.h>
#include <linux/poison.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/swap.h>
#include <linux/timer.h>
#include <linux/vmstat.h>
#include <linux/workqueue.h>
#include <asm/sections.h>
#include <mm/slab.h>

/*
 * DEBUG_SLAB without a rebuild: the slab_debug boot option sets these
 * three at once, as CONFIG_DEBUG_SLAB sets them in 2.6.24.
 */
int slab_debug;
#define DEBUG		slab_debug
#define STATS		slab_debug
#define FORCED_DEBUG	slab_debug

#define BYTES_PER_WORD		I386_BYTES_PER_WORD
/* __alignof__(unsigned long long) is 8 for GCC on i386 */
#define I386_ALIGNOF_LONG_LONG	8
#define REDZONE_ALIGN		max(BYTES_PER_WORD, I386_ALIGNOF_LONG_LONG)
#define cache_line_size()	L1_CACHE_BYTES
#define ARCH_KMALLOC_MINALIGN	I386_ALIGNOF_LONG_LONG
#define ARCH_KMALLOC_FLAGS	SLAB_HWCACHE_ALIGN

/* The flags kmem_cache_create() accepts; the debug ones need DEBUG. */
#define CREATE_MASK_DEBUG	(SLAB_RED_ZONE | SLAB_POISON | SLAB_STORE_USER)
#define CREATE_MASK	((DEBUG ? CREATE_MASK_DEBUG : 0) | SLAB_HWCACHE_ALIGN | \
			 SLAB_CACHE_DMA | SLAB_RECLAIM_ACCOUNT | SLAB_PANIC | \
			 SLAB_DESTROY_BY_RCU | SLAB_MEM_SPREAD)

/* i386 has ZONE_DMA: GFP_DMA caches are real */
#define CONFIG_ZONE_DMA_FLAG	1

#define BATCHREFILL_LIMIT	16
#define REAPTIMEOUT_CPUC	(2 * HZ)
#define REAPTIMEOUT_LIST3	(4 * HZ)

/* i386 bytes of struct ccupdate_struct: a cache and NR_CPUS arrays */
#define I386_SIZEOF_CCUPDATE	(I386_BYTES_PER_WORD * (1 + NR_CPUS))

/* !NUMA, every CPU online from the start (see kmem_cache_init()) */
#define nr_node_ids		1
#define cpu_to_node(cpu)	0
#define nr_cpus_node(node)	num_online_cpus()
#define for_each_node_state(node, state)	for_each_online_node(node)

/* ---- statistics (STATS) ------------------------------------------------- */

/* kept only with STATS, as 2.6.24 keeps them only with DEBUG_SLAB: the
 * fast paths of a kernel without it pay no store for them */
#define STAT(what)		do { if (STATS) { what; } } while (0)
#define STATS_INC_ACTIVE(x)	STAT((x)->num_active++)
#define STATS_DEC_ACTIVE(x)	STAT((x)->num_active--)
#define STATS_INC_ALLOCED(x)	STAT((x)->num_allocations++)
#define STATS_INC_GROWN(x)	STAT((x)->grown++)
#define STATS_ADD_REAPED(x, y)	STAT((x)->reaped += (unsigned long)(y))
#define STATS_SET_HIGH(x) \
	STAT(if ((x)->high_mark < (x)->num_active) \
		     (x)->high_mark = (x)->num_active)
#define STATS_INC_ERR(x)	STAT((x)->errors++)
#define STATS_SET_FREEABLE(x, i) \
	STAT(if ((x)->max_freeable < (unsigned long)(i)) \
		     (x)->max_freeable = (unsigned long)(i))
#define STATS_INC_ALLOCHIT(x)	STAT(atomic_inc(&(x)->allochit))
#define STATS_INC_ALLOCMISS(x)	STAT(atomic_inc(&(x)->allocmiss))
#define STATS_INC_FREEHIT(x)	STAT(atomic_inc(&(x)->freehit))
#define STATS_INC_FREEMISS(x)	STAT(atomic_inc(&(x)->freemiss))

/* ---- the debug layout of an object (DEBUG) -------------------------------
 *
 *   objp: | pad | redzone 1 | the caller's object | redzone 2 | user |
 *                 8 bytes     obj_offset, obj_size   8 bytes    word
 *
 * Without SLAB_RED_ZONE/SLAB_STORE_USER the object starts at objp and
 * fills buffer_size; a cache without DEBUG has obj_offset 0.
 */
#define obj_offset(cachep)	(DEBUG ? (cachep)->obj_offset : 0)
#define obj_size(cachep)	(DEBUG ? (cachep)->obj_size : \
				 (int)(cachep)->buffer_size)

static unsigned long long *dbg_redzone1(struct kmem_cache *cachep,
					void *objp)
{
	BUG_ON(!(cachep->flags & SLAB_RED_ZONE));
	return (unsigned long long *)((char *)objp + obj_offset(cachep) -
				      sizeof(unsigned long long));
}

static unsigned long long *dbg_redzone2(struct kmem_cache *cachep,
					void *objp)
{
	size_t from_end = sizeof(unsigned long long);

	BUG_ON(!(cachep->flags & SLAB_RED_ZONE));
	if (cachep->flags & SLAB_STORE_USER)	/* the user word comes last */
		from_end += REDZONE_ALIGN;
	return (unsigned long long *)((char *)objp + cachep->buffer_size -
				      from_end);
}

/* The last word of the buffer: the i386 address of the last caller. */
static u32 *dbg_userword(struct kmem_cache *cachep, void *objp)
{
	BUG_ON(!(cachep->flags & SLAB_STORE_USER));
	return (u32 *)((char *)objp + cachep->buffer_size - BYTES_PER_WORD);
}

/* ---- slab orders ------------------------------------------------------- */

#define BREAK_GFP_ORDER_HI	1
#define BREAK_GFP_ORDER_LO	0
/* the order above which a slab grows only if no object fits below it */
static int slab_break_gfp_order = BREAK_GFP_ORDER_LO;

/**
 * @brief \~english Record in a slab page which cache it belongs to.
 *        \~chinese 在 slab 页中记下它所属的高速缓存（page->lru.next）。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @kernel{mm/slab.c,583}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline void page_set_cache(struct page *page, struct kmem_cache *cache)
{
	page->lru.next = (struct list_head *)cache;
}

/**
 * @brief \~english Record in a slab page which slab it belongs to.
 *        \~chinese 在 slab 页中记下它所属的 slab（page->lru.prev）。 \~
 * @param page \~english the page \~chinese 页 \~
 * @param slab \~english the slab \~chinese slab \~
 * @kernel{mm/slab.c,595}
 * @seenotes{chapter-slab,slab-page-link}
 */
static inline void page_set_slab(struct page *page, struct slab *slab)
{
	page->lru.prev = (struct list_head *)slab;
}

/* ---- the general caches ------------------------------------------------- */

/**
 * @brief \~english The general caches, smallest first, ended by ULONG_MAX.
 *        \~chinese 通用高速缓存表，从小到大排列，以 ULONG_MAX 结尾。 \~
 * @kernel{mm/slab.c,640}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
struct cache_sizes malloc_sizes[] = {
#define CACHE(x) { .cs_size = (x) },
#include <linux/kmalloc_sizes.h>
	CACHE(ULONG_MAX)
#undef CACHE
};

/* their names, in the same order */
struct cache_names {
	char *name;
	char *name_dma;
};

static struct cache_names cache_names[] = {
#define CACHE(x) { .name = "size-" #x, .name_dma = "size-" #x "(DMA)" },
#include <linux/kmalloc_sizes.h>
	{ NULL, NULL }
#undef CACHE
};

/* the one-entry arrays of cache_cache and of the first general cache,
 * until kmalloc() can give them real ones */
static struct arraycache_init initarray_cache = {
	.cache = { .limit = BOOT_CPUCACHE_ENTRIES, .batchcount = 1 },
	.entries = { NULL },
};
static struct arraycache_init initarray_generic = {
	.cache = { .limit = BOOT_CPUCACHE_ENTRIES, .batchcount = 1 },
	.entries = { NULL },
};

/**
 * @brief \~english The cache of struct kmem_cache: the first cache, static.
 *        \~chinese 存放 struct kmem_cache 的高速缓存：第一个高速缓存，静态分配。 \~
 * @kernel{mm/slab.c,667}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english buffer_size starts as the i386 size of the structure,
 *         not the host's sizeof.
 *         \~chinese buffer_size 的初值是该结构体在 i386 上的大小，而不是宿主机上的 sizeof。 \~
 */
struct kmem_cache cache_cache = {
	.batchcount = 1,
	.limit = BOOT_CPUCACHE_ENTRIES,
	.shared = 1,
	.buffer_size = I386_OFFSETOF_NODELISTS + I386_BYTES_PER_WORD,
	.name = "kmem_cache",
};

/* the list3s that serve until kmalloc() works: cache_cache's, then those
 * of the caches of array caches and of list3s */
#define NUM_INIT_LISTS	(2 * MAX_NUMNODES + 1)
static struct kmem_list3 initkmem_list3[NUM_INIT_LISTS];
#define CACHE_CACHE	0
#define SIZE_AC		1
#define SIZE_L3		(1 + MAX_NUMNODES)

static DEFINE_MUTEX(cache_chain_mutex);
struct list_head cache_chain;

/* how far the bootstrap has got */
static enum {
	NONE,
	PARTIAL_AC,
	PARTIAL_L3,
	FULL
} g_cpucache_up;

static int slab_early_init = 1;

static DEFINE_PER_CPU(struct delayed_work, reap_work);

static void free_block(struct kmem_cache *cachep, void **objpp,
		       int nr_objects, int node);
static int enable_cpucache(struct kmem_cache *cachep);
static void cache_reap(struct work_struct *w);
static void drain_array(struct kmem_cache *cachep, struct kmem_list3 *l3,
			struct array_cache *ac, int force, int node);
static int drain_freelist(struct kmem_cache *cache, struct kmem_list3 *l3,
			  int tofree);

/**
 * @brief \~english The index of the general cache for @p size bytes.
 *        \~chinese 求容纳 size 字节的通用高速缓存在表中的下标。 \~
 * @param size \~english a size up to KMALLOC_MAX_SIZE
 *             \~chinese 不超过 KMALLOC_MAX_SIZE 的大小 \~
 * @return \~english the index in malloc_sizes[]
 *         \~chinese 在 malloc_sizes[] 中的下标 \~
 * @kernel{mm/slab.c,324}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english 2.6.24 unrolls the kmalloc_sizes.h table at compile
 *         time for a constant size and calls __bad_size() otherwise; mm24
 *         walks malloc_sizes[] (the only sizes asked are constants).
 *         \~chinese 对常数大小，2.6.24 在编译时展开 kmalloc_sizes.h 的表，
 *         否则调用 __bad_size()；mm24 直接遍历 malloc_sizes[]（传入的大小都是常数）。 \~
 */
static int index_of(const size_t size)
{
	int i = 0;

	while (malloc_sizes[i].cs_size < size)
		i++;
	return i;
}

/* the general caches of the bootstrap: array caches, then list3s */
#define INDEX_AC	index_of(I386_SIZEOF_ARRAYCACHE_INIT)
#define INDEX_L3	index_of(I386_SIZEOF_KMEM_LIST3)

/**
 * @brief \~english Empty a kmem_list3: three empty lists, no counts.
 *        \~chinese 初始化 kmem_list3：三条空链表，计数清零。 \~
 * @param l3 \~english the list3 \~chinese 要初始化的 kmem_list3 \~
 * @kernel{mm/slab.c,349}
 * @seenotes{chapter-slab,slab-lists}
 */
static void kmem_list3_init(struct kmem_list3 *l3)
{
	INIT_LIST_HEAD(&l3->slabs_full);
	INIT_LIST_HEAD(&l3->slabs_partial);
	INIT_LIST_HEAD(&l3->slabs_free);
	l3->free_objects = 0;
	l3->free_touched = 0;
	l3->colour_next = 0;
	l3->shared = NULL;
	l3->alien = NULL;
	spin_lock_init(&l3->list_lock);
}

/*
 * MAKE_ALL_LISTS: give a copied list3 the slabs of the one it copies
 * (list heads cannot be copied with memcpy()).
 */
#define MAKE_LIST(cachep, listp, slab, nodeid) \
	do { \
		INIT_LIST_HEAD(listp); \
		list_splice(&(cachep)->nodelists[nodeid]->slab, listp); \
	} while (0)
#define MAKE_ALL_LISTS(cachep, ptr, nodeid) \
	do { \
		MAKE_LIST(cachep, &(ptr)->slabs_full, slabs_full, nodeid); \
		MAKE_LIST(cachep, &(ptr)->slabs_partial, slabs_partial, nodeid); \
		MAKE_LIST(cachep, &(ptr)->slabs_free, slabs_free, nodeid); \
	} while (0)

/**
 * @brief \~english Is the slab allocator ready (for callers that boot before it)?
 *        \~chinese slab 分配器是否已可用（供在它之前启动的代码查询）？ \~
 * @return \~english nonzero once kmem_cache_init() is done
 *         \~chinese kmem_cache_init() 完成后返回非 0 \~
 * @kernel{mm/slab.c,753}
 * @seenotes{chapter-slab,slab-init}
 */
int slab_is_available(void)
{
	return g_cpucache_up == FULL;
}

/**
 * @brief \~english The general cache for @p size bytes, normal or DMA.
 *        \~chinese 求容纳 size 字节的通用高速缓存（普通或 DMA）。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param gfpflags \~english GFP_DMA selects the "(DMA)" cache
 *                 \~chinese 含 GFP_DMA 时选 "(DMA)" 高速缓存 \~
 * @return \~english the cache; ZERO_SIZE_PTR for 0; NULL above KMALLOC_MAX_SIZE
 *         \~chinese 对应的高速缓存；大小为 0 时返回 ZERO_SIZE_PTR；超过 KMALLOC_MAX_SIZE 时返回 NULL \~
 * @kernel{mm/slab.c,765}
 * @seenotes{chapter-slab,slab-kmalloc}
 * @kquirk \~english The DEBUG check that the general caches exist (the BUG_ON() of
 *         malloc_sizes[INDEX_AC]) runs when slab_debug is on.
 *         \~chinese 检查通用高速缓存是否已建立的 DEBUG 检查（对 malloc_sizes[INDEX_AC] 的 BUG_ON()）
 *         在打开 slab_debug 时执行。 \~
 */
static inline struct kmem_cache *__find_general_cachep(size_t size,
						       gfp_t gfpflags)
{
	struct cache_sizes *cs;

	if (DEBUG)	/* kmalloc() before kmem_cache_init() */
		BUG_ON(!malloc_sizes[INDEX_AC].cs_cachep);
	if (size == 0)
		return ZERO_SIZE_PTR;
	/* the ULONG_MAX entry stops the walk; its caches are NULL */
	for (cs = malloc_sizes; cs->cs_size < size; cs++)
		;
	if (unlikely(gfpflags & GFP_DMA))
		return cs->cs_dmacachep;
	return cs->cs_cachep;
}

/**
 * @brief \~english __find_general_cachep(), out of line.
 *        \~chinese __find_general_cachep() 的非内联版本。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param gfpflags \~english GFP_DMA selects the "(DMA)" cache
 *                 \~chinese 含 GFP_DMA 时选 "(DMA)" 高速缓存 \~
 * @return \~english the cache, ZERO_SIZE_PTR or NULL
 *         \~chinese 对应的高速缓存，或 ZERO_SIZE_PTR，或 NULL \~
 * @kernel{mm/slab.c,795}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
static struct kmem_cache *kmem_find_general_cachep(size_t size,
						   gfp_t gfpflags)
{
	return __find_general_cachep(size, gfpflags);
}

/**
 * @brief \~english Bytes of an on-slab descriptor with @p nr_objs bufctls, aligned.
 *        \~chinese 含 nr_objs 个 bufctl 的 slab 内描述符所占字节数（已对齐）。 \~
 * @param nr_objs \~english objects per slab \~chinese 每个 slab 中的对象数 \~
 * @param align \~english the objects' alignment \~chinese 对象的对齐字节数 \~
 * @return \~english the bytes of struct slab and the bufctls, aligned
 *         \~chinese struct slab 与各 bufctl 所占的字节数（已对齐） \~
 * @kernel{mm/slab.c,800}
 * @seenotes{chapter-slab,slab-sizing}
 * @kquirk \~english sizeof(struct slab) and sizeof(kmem_bufctl_t) are the i386
 *         sizes, I386_SIZEOF_SLAB and I386_SIZEOF_BUFCTL.
 *         \~chinese sizeof(struct slab) 与 sizeof(kmem_bufctl_t) 取 i386 上的大小，
 *         即 I386_SIZEOF_SLAB 与 I386_SIZEOF_BUFCTL。 \~
 */
static size_t slab_mgmt_size(size_t nr_objs, size_t align)
{
	return ALIGN(I386_SIZEOF_SLAB + nr_objs * I386_SIZEOF_BUFCTL, align);
}

/**
 * @brief \~english How many objects fit in a slab of 2^gfporder pages, and what is left.
 *        \~chinese 计算 2^gfporder 个页的 slab 能放多少个对象，以及剩余多少字节。 \~
 * @param gfporder \~english the slab's order \~chinese slab 的阶 \~
 * @param buffer_size \~english bytes per object \~chinese 每个对象的字节数 \~
 * @param align \~english the objects' alignment \~chinese 对象的对齐字节数 \~
 * @param flags \~english CFLGS_OFF_SLAB when the descriptor is elsewhere
 *              \~chinese slab 描述符放在 slab 之外时为 CFLGS_OFF_SLAB \~
 * @param left_over \~english bytes left unused (the colouring room)
 *                  \~chinese 输出：剩余未用的字节数（可用于着色） \~
 * @param num \~english objects per slab \~chinese 输出：每个 slab 中的对象数 \~
 * @kernel{mm/slab.c,808}
 * @seenotes{chapter-slab,slab-sizing}
 */
static void cache_estimate(unsigned long gfporder, size_t buffer_size,
			   size_t align, int flags, size_t *left_over,
			   unsigned int *num)
{
	const size_t slab_size = PAGE_SIZE << gfporder;
	size_t mgmt_size;
	long nr_objs;

	if (flags & CFLGS_OFF_SLAB) {
		/* the pages hold objects only */
		mgmt_size = 0;
		nr_objs = (long)(slab_size / buffer_size);
		if (nr_objs > (long)SLAB_LIMIT)
			nr_objs = (long)SLAB_LIMIT;
	} else {
		/* each object costs its bytes and a bufctl; the alignment
		 * padding of the descriptor can make this one too many */
		nr_objs = (long)((slab_size - I386_SIZEOF_SLAB) /
				 (buffer_size + I386_SIZEOF_BUFCTL));
		if (slab_mgmt_size((size_t)nr_objs, align) +
		    (size_t)nr_objs * buffer_size > slab_size)
			nr_objs--;
		if (nr_objs > (long)SLAB_LIMIT)
			nr_objs = (long)SLAB_LIMIT;
		mgmt_size = slab_mgmt_size((size_t)nr_objs, align);
	}
	*num = (unsigned int)nr_objs;
	*left_over = slab_size - (size_t)nr_objs * buffer_size - mgmt_size;
}

#define slab_error(cachep, msg)	__slab_error(__func__, cachep, msg)
/* a function of its own in every build, as in 2.6.24: it heads the stack
 * dump of its report */
#define noinline	__attribute__((noinline))

/**
 * @brief \~english Report a misuse of a cache, with the function that saw it.
 *        \~chinese 报告对高速缓存的错误使用，并给出发现错误的函数名。 \~
 * @param function \~english the reporting function \~chinese 报告错误的函数 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param msg \~english what went wrong \~chinese 出错的内容 \~
 * @kernel{mm/slab.c,868}
 * @seenotes{chapter-slab,slab-debug}
 */
static noinline void __slab_error(const char *function,
				  struct kmem_cache *cachep, const char *msg)
{
	printk(KERN_ERR "slab error in %s(): cache `%s': %s\n", function,
	       cachep->name, msg);
	dump_stack();
}

/**
 * @brief \~english Arm the reap timer of @p cpu (once): cache_reap() in about a second.
 *        \~chinese 启动 cpu 的回收定时器（只启动一次）：约一秒后运行 cache_reap()。 \~
 * @param cpu \~english the CPU \~chinese CPU 编号 \~
 * @kernel{mm/slab.c,935}
 * @seenotes{chapter-slab,slab-reap}
 * @kquirk \~english The delayed work waits on mm24's list of armed work
 *         (linux/workqueue.h), which the tick command runs; init_reap_node()
 *         has nothing to do without NUMA.
 *         \~chinese 延迟工作挂在 mm24 的待运行工作链表上（linux/workqueue.h），由
 *         tick 命令运行；没有 NUMA，init_reap_node() 无事可做。 \~
 */
static void start_cpu_timer(int cpu)
{
	struct delayed_work *dw = &per_cpu(reap_work, cpu);

	/* the first time only: the work re-arms itself afterwards */
	if (keventd_up() && !dw->work.func) {
		INIT_DELAYED_WORK(dw, cache_reap);
		schedule_delayed_work_on(cpu, dw,
					 __round_jiffies_relative(HZ, cpu));
	}
}

/**
 * @brief \~english A new, empty array cache of @p entries objects.
 *        \~chinese 分配一个可容纳 entries 个对象的空数组缓存。 \~
 * @param node \~english the node \~chinese 节点号 \~
 * @param entries \~english its limit \~chinese 它的容量（limit） \~
 * @param batchcount \~english objects moved at a time
 *                   \~chinese 每次批量移动的对象数 \~
 * @return \~english the array, or NULL
 *         \~chinese 新的本地高速缓存（array_cache）；失败返回 NULL \~
 * @kernel{mm/slab.c,952}
 * @seenotes{chapter-slab,slab-percpu}
 * @kquirk \~english kmalloc_node_fp() takes the i386 bytes (20 and 4 per
 *         entry) with kmalloc_node() and puts a host structure in front.
 *         memsize is computed in 64 bits.  2.6.24 computes it in 32, so
 *         a limit written to /proc/slabinfo of 2^30 or more wraps it to a
 *         few bytes, which kmalloc_node() then gives, too small for the
 *         entries; in mm24 the size stays what it is and kmalloc_node()
 *         refuses it (ENOMEM), as 2.6.24 does below 2^30.  So does a
 *         negative @p entries (shared times batchcount past 2^31).
 *         \~chinese kmalloc_node_fp() 用 kmalloc_node() 分配 i386 上的字节（20 字节加
 *         每个元素 4 字节），并配上一个宿主机结构体。memsize 用 64 位计算。2.6.24
 *         用 32 位算，向 /proc/slabinfo 写入不小于 2^30 的 limit 会让它回绕成几个
 *         字节，kmalloc_node() 照样分配，装不下那么多元素；在 mm24 中大小保持原值，
 *         kmalloc_node() 拒绝分配（ENOMEM），与 2.6.24 在 2^30 以下的行为一样。
 *         entries 为负（shared 乘 batchcount 超过 2^31）时也是如此。 \~
 */
static struct array_cache *alloc_arraycache(int node, int entries,
					    int batchcount)
{
	const long long memsize = I386_SIZEOF_ARRAY_CACHE +
				  (long long)I386_BYTES_PER_WORD * entries;
	struct array_cache *nc;

	nc = kmalloc_node_fp(sizeof(*nc) + (size_t)entries * sizeof(void *),
			     (size_t)memsize, GFP_KERNEL, node);
	if (nc) {
		nc->limit = (unsigned int)entries;
		nc->batchcount = (unsigned int)batchcount;
		nc->avail = 0;
		nc->touched = 0;
		spin_lock_init(&nc->lock);
	}
	return nc;
}

/**
 * @brief \~english Move up to @p max objects from the top of @p from onto @p to.
 *        \~chinese 从 from 的栈顶最多搬 max 个对象到 to 上。 \~
 * @param dst \~english the receiving array \~chinese 接收对象的 array_cache \~
 * @param src \~english the giving array \~chinese 提供对象的 array_cache \~
 * @param want \~english at most this many \~chinese 最多移动的对象数 \~
 * @return \~english the number moved \~chinese 实际移动的对象数 \~
 * @context \~english the lock of both arrays held
 *          \~chinese 持有两个 array_cache 的锁 \~
 * @kernel{mm/slab.c,975}
 * @seenotes{chapter-slab,slab-shared}
 */
static int transfer_objects(struct array_cache *dst, struct array_cache *src,
			    unsigned int want)
{
	unsigned int room = dst->limit - dst->avail;
	unsigned int nr = min(min(src->avail, want), room);

	if (nr == 0)
		return 0;
	/* the top nr of @src keep their order on top of @dst */
	memcpy(dst->entry + dst->avail, src->entry + (src->avail - nr),
	       nr * sizeof(void *));
	src->avail -= nr;
	dst->avail += nr;
	dst->touched = 1;
	return (int)nr;
}

/**
 * @brief \~english Replace a static bootstrap list3 by a kmalloc()ed copy.
 *        \~chinese 用 kmalloc() 分配的副本替换引导期间使用的静态 kmem_list3。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param list \~english the static list3 it uses
 *             \~chinese 它使用的静态 kmem_list3 \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @kernel{mm/slab.c,1392}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english kmalloc_node_fp() takes the 56 i386 bytes with
 *         kmalloc_node() and puts a host structure in front.
 *         \~chinese kmalloc_node_fp() 用 kmalloc_node() 分配 i386 上的 56 字节，
 *         并配上一个宿主机结构体。 \~
 */
static void init_list(struct kmem_cache *cache, struct kmem_list3 *list,
		      int nodeid)
{
	struct kmem_list3 *copy = kmalloc_node_fp(sizeof(*copy),
						  I386_SIZEOF_KMEM_LIST3,
						  GFP_KERNEL, nodeid);

	BUG_ON(copy == NULL);
	local_irq_disable();
	memcpy(copy, list, sizeof(*copy));
	/* the copy gets its own lock and takes the slabs over */
	spin_lock_init(&copy->list_lock);
	MAKE_ALL_LISTS(cache, copy, nodeid);
	cache->nodelists[nodeid] = copy;
	local_irq_enable();
}

/* The i386 offset of nodelists[] in struct kmem_cache. */
static size_t i386_offsetof_nodelists(void)
{
	size_t off = I386_OFFSETOF_NODELISTS;

	if (STATS)
		off += I386_SIZEOF_STATS;
	if (DEBUG)
		off += I386_SIZEOF_DEBUG;
	return off;
}

/*
 * Step 4 of kmem_cache_init(): @cache leaves its static one-entry array
 * @boot for a kmalloc()ed copy (the copy gets its own lock).
 */
static void replace_boot_array(struct kmem_cache *cache,
			       struct arraycache_init *boot)
{
	struct array_cache *copy = kmalloc_fp(sizeof(struct arraycache_init),
					      I386_SIZEOF_ARRAYCACHE_INIT,
					      GFP_KERNEL);

	local_irq_disable();
	BUG_ON(cpu_cache_get(cache) != &boot->cache);
	memcpy(copy, cpu_cache_get(cache), sizeof(*boot));
	spin_lock_init(&copy->lock);
	cache->array[smp_processor_id()] = copy;
	local_irq_enable();
}

/* kmem_cache_create() of a general cache, normal or DMA. */
static struct kmem_cache *create_general(const char *name, size_t size,
					 unsigned long extra_flags)
{
	return kmem_cache_create(name, size, ARCH_KMALLOC_MINALIGN,
				 ARCH_KMALLOC_FLAGS | SLAB_PANIC | extra_flags,
				 NULL);
}

/**
 * @brief \~english Bootstrap the slab allocator: cache_cache, the general caches, the arrays.
 *        \~chinese 引导 slab 分配器：cache_cache、通用高速缓存与每CPU数组。 \~
 * @context \~english boot, after mem_init(): the buddy allocator works
 *          \~chinese 引导阶段，在 mem_init() 之后：伙伴系统已可用 \~
 * @kernel{mm/slab.c,1416}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english Every CPU of the machine is online already: mm24 has
 *         no smp_init() that brings the others up after this, so step 6
 *         gives them their arrays here and no cpucache_notifier is
 *         registered (register_cpu_notifier()). With N > 1 CPUs the boot
 *         caches therefore keep (N+1)*batchcount+num free objects
 *         (free_limit), where 2.6.24's cpuup_prepare() leaves them at
 *         N*batchcount+num. cache_cache.buffer_size is the i386 offsetof(
 *         struct kmem_cache, nodelists) plus a pointer. The boot arrays'
 *         replacements come with kmalloc_fp() (24 i386 bytes by
 *         kmalloc(), and a host structure). init_lock_keys() has no
 *         lockdep to tell.
 *         \~chinese 机器的所有 CPU 此时都已上线：mm24 没有在此之后启动其他 CPU 的
 *         smp_init()，所以第 6 步就在这里为它们分配数组，也不注册 cpucache_notifier
 *         （register_cpu_notifier()）。因此有 N > 1 个 CPU 时，引导期创建的高速缓存
 *         保留 (N+1)*batchcount+num 个空闲对象（free_limit），而 2.6.24 的
 *         cpuup_prepare() 把它设为 N*batchcount+num。cache_cache.buffer_size 取
 *         i386 上的 offsetof(struct kmem_cache, nodelists) 加一个指针。引导数组的替代品
 *         由 kmalloc_fp() 分配（i386 上的 24 字节由 kmalloc() 分配，另配一个宿主机结构体）。
 *         init_lock_keys() 没有 lockdep 可通知。 \~
 */
void kmem_cache_init(void)
{
	struct kmem_cache *const cc = &cache_cache;
	struct cache_sizes *cs;
	struct cache_names *cn;
	size_t waste;
	int order, nid, k;

	for (k = 0; k < NUM_INIT_LISTS; k++) {
		kmem_list3_init(initkmem_list3 + k);
		/* one pointer per node in cache_cache */
		if (k < MAX_NUMNODES)
			cc->nodelists[k] = NULL;
	}

	/* machines above 32 MiB may use order-1 slabs */
	if (num_physpages > (32UL << 20) >> PAGE_SHIFT)
		slab_break_gfp_order = BREAK_GFP_ORDER_HI;

	/*
	 * 1) cache_cache: static, with the static array initarray_cache and
	 *    the static list3 initkmem_list3[CACHE_CACHE] for now.
	 * 2) the general caches that hold array caches and list3s.
	 * 3) the other general caches, with one-entry arrays.
	 * 4) kmalloc()ed arrays replace the two static ones.
	 * 5) kmalloc()ed list3s replace the static ones.
	 * 6) every cache gets arrays of its final size.
	 */
	nid = numa_node_id();
	INIT_LIST_HEAD(&cache_chain);
	list_add(&cc->next, &cache_chain);
	cc->colour_off = cache_line_size();
	cc->array[smp_processor_id()] = &initarray_cache.cache;
	cc->nodelists[nid] = &initkmem_list3[CACHE_CACHE];

	/* the i386 structure ends with one node pointer per node */
	cc->buffer_size = (unsigned int)(i386_offsetof_nodelists() +
					 nr_node_ids * I386_BYTES_PER_WORD);
	if (DEBUG)
		cc->obj_size = (int)cc->buffer_size;
	cc->buffer_size = ALIGN(cc->buffer_size, cache_line_size());
	cc->reciprocal_buffer_size = reciprocal_value(cc->buffer_size);

	/* the smallest order that holds a descriptor at all */
	for (order = 0; order < MAX_ORDER; order++) {
		cache_estimate((unsigned long)order, cc->buffer_size,
			       cache_line_size(), 0, &waste, &cc->num);
		if (cc->num)
			break;
	}
	BUG_ON(cc->num == 0);
	cc->gfporder = (unsigned int)order;
	cc->colour = waste / cc->colour_off;
	cc->slab_size = ALIGN(I386_SIZEOF_SLAB + cc->num * I386_SIZEOF_BUFCTL,
			      cache_line_size());

	/* 2) kmalloc(sizeof(struct arraycache_init)) and kmalloc(sizeof(
	 *    struct kmem_list3)) must work before any other cache is made */
	cs = malloc_sizes;
	cn = cache_names;
	cs[INDEX_AC].cs_cachep = create_general(cn[INDEX_AC].name,
						cs[INDEX_AC].cs_size, 0);
	if (INDEX_AC != INDEX_L3)
		cs[INDEX_L3].cs_cachep = create_general(cn[INDEX_L3].name,
							cs[INDEX_L3].cs_size,
							0);
	slab_early_init = 0;

	/* 3) all of them, each with its DMA twin; aligned to the L1 line,
	 *    so that no two CPUs share a line of the small ones */
	for (; cs->cs_size != ULONG_MAX; cs++, cn++) {
		if (!cs->cs_cachep)
			cs->cs_cachep = create_general(cn->name, cs->cs_size, 0);
		cs->cs_dmacachep = create_general(cn->name_dma, cs->cs_size,
						  SLAB_CACHE_DMA);
	}

	/* 4) */
	replace_boot_array(cc, &initarray_cache);
	replace_boot_array(malloc_sizes[INDEX_AC].cs_cachep,
			   &initarray_generic);

	/* 5) */
	init_list(cc, &initkmem_list3[CACHE_CACHE], nid);
	{
		int n;

		for_each_online_node(n) {
			init_list(malloc_sizes[INDEX_AC].cs_cachep,
				  &initkmem_list3[SIZE_AC + n], n);
			if (INDEX_AC != INDEX_L3)
				init_list(malloc_sizes[INDEX_L3].cs_cachep,
					  &initkmem_list3[SIZE_L3 + n], n);
		}
	}

	/* 6) */
	{
		struct kmem_cache *each;

		mutex_lock(&cache_chain_mutex);
		list_for_each_entry(each, &cache_chain, next)
			if (enable_cpucache(each))
				BUG();
		mutex_unlock(&cache_chain_mutex);
	}

	g_cpucache_up = FULL;
	/* the reap timers start later, from cpucache_init() */
}

/**
 * @brief \~english The initcall that starts every CPU's reap timer.
 *        \~chinese 启动每个 CPU 回收定时器的 initcall。 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/slab.c,1633}
 * @seenotes{chapter-slab,slab-reap}
 * @kquirk \~english Not static: mm24's do_initcalls() (src/init/main.c)
 *         calls it by name instead of through __initcall().
 *         \~chinese 不是 static 的：mm24 的 do_initcalls()（src/init/main.c）
 *         直接按名字调用它，而不是经由 __initcall()。 \~
 */
int cpucache_init(void)
{
	int cpu;

	for_each_online_cpu(cpu)
		start_cpu_timer(cpu);
	return 0;
}

/**
 * @brief \~english Get the pages of a new slab from the buddy allocator.
 *        \~chinese 从伙伴系统为新 slab 分配页框。 \~
 * @param cache \~english the cache (its gfpflags and gfporder)
 *              \~chinese 高速缓存（用到它的 gfpflags 与 gfporder） \~
 * @param flags \~english the caller's gfp flags \~chinese 调用者的分配标志 \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @return \~english the slab's first byte (a lowmem address), or NULL
 *         \~chinese slab 的首字节（低端内存地址）；失败返回 NULL \~
 * @kernel{mm/slab.c,1653}
 * @seenotes{chapter-slab,slab-buddy}
 */
static void *kmem_getpages(struct kmem_cache *cache, gfp_t flags, int nodeid)
{
	const int reclaimable = (cache->flags & SLAB_RECLAIM_ACCOUNT) != 0;
	struct page *first, *p;
	int count;

	/* a DMA cache's pages come from ZONE_DMA; a reclaimable cache's
	 * are grouped with other reclaimable pages */
	flags |= cache->gfpflags;
	if (reclaimable)
		flags |= __GFP_RECLAIMABLE;
	first = alloc_pages_node(nodeid, flags, cache->gfporder);
	if (first == NULL)
		return NULL;

	count = 1 << cache->gfporder;
	if (reclaimable)
		add_zone_page_state(page_zone(first), NR_SLAB_RECLAIMABLE,
				    count);
	else
		add_zone_page_state(page_zone(first), NR_SLAB_UNRECLAIMABLE,
				    count);
	for (p = first; p < first + count; p++)
		__SetPageSlab(p);
	return page_address(first);
}

/**
 * @brief \~english Give the pages of a slab back to the buddy allocator.
 *        \~chinese 把 slab 的页框还给伙伴系统。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param addr \~english the slab's first byte \~chinese slab 的首字节 \~
 * @kernel{mm/slab.c,1690}
 * @seenotes{chapter-slab,slab-buddy}
 */
static void kmem_freepages(struct kmem_cache *cache, void *addr)
{
	const unsigned long nr_freed = 1UL << cache->gfporder;
	struct page *first = virt_to_page(addr), *p;
	struct reclaim_state *rs = current->reclaim_state;

	if (cache->flags & SLAB_RECLAIM_ACCOUNT)
		sub_zone_page_state(page_zone(first), NR_SLAB_RECLAIMABLE,
				    nr_freed);
	else
		sub_zone_page_state(page_zone(first), NR_SLAB_UNRECLAIMABLE,
				    nr_freed);
	for (p = first; p < first + nr_freed; p++) {
		BUG_ON(PageSlab(p) == 0);
		__ClearPageSlab(p);
	}
	/* direct reclaim counts what the slabs gave back */
	if (rs)
		rs->reclaimed_slab += nr_freed;
	free_pages((unsigned long)addr, cache->gfporder);
}

/* ---- DEBUG: poison, dumps ------------------------------------------------ */

/**
 * @brief \~english Fill the caller's part of an object with @p val, ending with POISON_END.
 *        \~chinese 用 val 填充对象中属于调用者的部分，最后一个字节为 POISON_END。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param addr \~english the object's buffer \~chinese 对象的缓冲区 \~
 * @param val \~english POISON_FREE or POISON_INUSE
 *            \~chinese POISON_FREE 或 POISON_INUSE \~
 * @kernel{mm/slab.c,1758}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB (\#if DEBUG); mm24
 *         always builds it and calls it for SLAB_POISON caches, which only
 *         slab_debug makes (its memset() and the POISON_END byte).
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB（\#if DEBUG）
 *         下才有此函数；mm24 总是编译它，对带 SLAB_POISON 的高速缓存调用它（其 memset() 与结尾的 POISON_END 字节）
 *         ，而只有 slab_debug 才会产生这样的高速缓存。 \~
 */
static void poison_obj(struct kmem_cache *cachep, void *addr,
		       unsigned char val)
{
	unsigned char *obj = (unsigned char *)addr + obj_offset(cachep);
	const int size = obj_size(cachep);

	memset(obj, val, (size_t)size);
	obj[size - 1] = POISON_END;
}

/**
 * @brief \~english Print one line (up to 16 bytes) of an object, and a lone flipped bit.
 *        \~chinese 打印对象的一行（最多 16 字节）；若只有一个比特翻转则提示内存故障。 \~
 * @param data \~english the object \~chinese 对象 \~
 * @param offset \~english where the line starts \~chinese 该行的起始偏移 \~
 * @param limit \~english bytes in the line \~chinese 该行的字节数 \~
 * @kernel{mm/slab.c,1767}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB (\#if DEBUG); mm24
 *         always builds it for the slab_debug checks, and prints the line
 *         with one printk() per byte as 2.6.24 does.
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB（\#if DEBUG）
 *         下才有此函数；mm24 总是编译它，供 slab_debug 的检查使用，
 *         并像 2.6.24 一样每个字节用一次 printk() 输出。 \~
 */
static void dump_line(char *data, int offset, int limit)
{
	const unsigned char *line = (const unsigned char *)data + offset;
	unsigned char flipped = 0;	/* the bits of the last wrong byte */
	int wrong = 0;
	int k;

	printk(KERN_ERR "%03x:", offset);
	for (k = 0; k < limit; k++) {
		printk(" %02x", line[k]);
		if (line[k] == POISON_FREE)
			continue;
		wrong++;
		flipped = line[k] ^ POISON_FREE;
	}
	printk("\n");

	/* one wrong byte differing from the poison in one bit: bad RAM? */
	if (wrong == 1 && (flipped & (flipped - 1)) == 0)
		printk(KERN_ERR "Single bit error detected. Probably bad "
		       "RAM.\n" KERN_ERR "Run memtest86+ or a similar memory "
		       "test tool.\n");
}

/**
 * @brief \~english Print an object's red zones, last user and first @p lines lines.
 *        \~chinese 打印对象的红区、最后使用者以及前 lines 行内容。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param objp \~english the object's buffer \~chinese 对象的缓冲区 \~
 * @param lines \~english lines of 16 bytes to dump
 *              \~chinese 要转储的行数（每行 16 字节） \~
 * @kernel{mm/slab.c,1801}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The last user is mm24's code that called the allocator,
 *         shown at its address folded into the emulated kernel text, as in
 *         stack dumps (print_symbol() is ftrace_print_symbol()).
 *         \~chinese 最后使用者是调用分配器的 mm24 代码，显示为折算到模拟内核代码段中
 *         的地址，与栈回溯相同（print_symbol() 由 ftrace_print_symbol() 代替）。 \~
 */
static void print_objinfo(struct kmem_cache *cachep, void *objp, int lines)
{
	char *realobj = (char *)objp + obj_offset(cachep);
	const int size = obj_size(cachep);
	int i;

	if (cachep->flags & SLAB_RED_ZONE)
		printk(KERN_ERR "Redzone: 0x%llx/0x%llx.\n",
		       *dbg_redzone1(cachep, objp), *dbg_redzone2(cachep, objp));
	if (cachep->flags & SLAB_STORE_USER) {
		printk(KERN_ERR "Last user: [<%08x>]",
		       *dbg_userword(cachep, objp));
		ftrace_print_symbol("(%s)", *dbg_userword(cachep, objp));
		printk("\n");
	}
	for (i = 0; i < size && lines > 0; i += 16, lines--)
		dump_line(realobj, i, min(16, size - i));
}

/**
 * @brief \~english Check that a free object still holds its poison; dump it if not.
 *        \~chinese 检查空闲对象的毒化内容是否完好；若被改写则转储该对象。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param objp \~english the object's buffer \~chinese 对象的缓冲区 \~
 * @kernel{mm/slab.c,1830}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB (\#if DEBUG); mm24
 *         always builds it and calls it for SLAB_POISON caches (the
 *         printk() of the report, obj_size() of the object).
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB（\#if DEBUG）
 *         下才有此函数；mm24 总是编译它，对带 SLAB_POISON 的高速缓存调用（报告的 printk()，
 *         对象大小 obj_size()）。 \~
 */
static void check_poison_obj(struct kmem_cache *cachep, void *objp)
{
	char *realobj = (char *)objp + obj_offset(cachep);
	const int size = obj_size(cachep);
	int lines = 0;
	int i;

	for (i = 0; i < size; i++) {
		unsigned char want = i == size - 1 ? POISON_END : POISON_FREE;

		if ((unsigned char)realobj[i] == want)
			continue;
		if (lines == 0) {
			printk(KERN_ERR "Slab corruption: %s start=%08lx, "
			       "len=%d\n", cachep->name, i386_addr(realobj),
			       size);
			print_objinfo(cachep, objp, 0);
		}
		/* the 16-byte line of the bad byte, then go past it */
		i -= i % 16;
		dump_line(realobj, i, min(16, size - i));
		i += 15;
		if (++lines > 5)
			break;
	}
	if (lines != 0) {
		/* the neighbours, in case one of them overran this one */
		struct slab *slabp = virt_to_slab(objp);
		unsigned int objnr = obj_to_index(cachep, slabp, objp);
		void *other;

		if (objnr) {
			other = index_to_obj(cachep, slabp, objnr - 1);
			printk(KERN_ERR "Prev obj: start=%08lx, len=%d\n",
			       i386_addr((char *)other + obj_offset(cachep)),
			       size);
			print_objinfo(cachep, other, 2);
		}
		if (objnr + 1 < cachep->num) {
			other = index_to_obj(cachep, slabp, objnr + 1);
			printk(KERN_ERR "Next obj: start=%08lx, len=%d\n",
			       i386_addr((char *)other + obj_offset(cachep)),
			       size);
			print_objinfo(cachep, other, 2);
		}
	}
}

/**
 * @brief \~english Before a slab goes: check the poison and red zones of its objects.
 *        \~chinese 销毁 slab 之前检查其中每个对象的毒化内容与红区。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param slab \~english the slab \~chinese slab \~
 * @kernel{mm/slab.c,1901}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The DEBUG version, for every cache: without slab_debug
 *         no cache has SLAB_POISON or SLAB_RED_ZONE, and the loop finds
 *         nothing to check, as 2.6.24's empty version.
 *         \~chinese 这是 DEBUG 版本，对所有高速缓存都执行：没有 slab_debug 时，
 *         没有高速缓存带 SLAB_POISON 或 SLAB_RED_ZONE，循环什么也不检查，与
 *         2.6.24 的空函数版本效果相同。 \~
 */
static void slab_destroy_objs(struct kmem_cache *cache, struct slab *slab)
{
	unsigned int i;

	if (!(cache->flags & (SLAB_POISON | SLAB_RED_ZONE)))
		return;
	for (i = 0; i < cache->num; i++) {
		void *obj = index_to_obj(cache, slab, i);

		if (cache->flags & SLAB_POISON)
			check_poison_obj(cache, obj);
		if (cache->flags & SLAB_RED_ZONE) {
			if (*dbg_redzone1(cache, obj) != RED_INACTIVE)
				slab_error(cache, "start of a freed object "
					   "was overwritten");
			if (*dbg_redzone2(cache, obj) != RED_INACTIVE)
				slab_error(cache, "end of a freed object "
					   "was overwritten");
		}
	}
}

/**
 * @brief \~english Free a slab that left its list: its pages, and an off-slab descriptor.
 *        \~chinese 释放一个已从链表摘下的 slab：它的页框，以及 slab 外的描述符。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param slab \~english the slab \~chinese slab \~
 * @kernel{mm/slab.c,1944}
 * @seenotes{chapter-slab,slab-buddy}
 * @kquirk \~english mm24 has no RCU: a SLAB_DESTROY_BY_RCU cache frees its
 *         slab at once, as if the grace period of call_rcu() (kmem_rcu_free())
 *         were over. An on-slab descriptor's host structure is freed with
 *         footprint_drop(); an off-slab one goes with kmem_cache_free_fp()
 *         where 2.6.24 calls kmem_cache_free().
 *         \~chinese mm24 没有 RCU：SLAB_DESTROY_BY_RCU 的高速缓存立即释放 slab，
 *         相当于 call_rcu()（kmem_rcu_free()）的宽限期已经结束。slab 内描述符的宿主机
 *         结构体用 footprint_drop() 释放；slab 外的描述符用 kmem_cache_free_fp() 释放，
 *         2.6.24 在此调用 kmem_cache_free()。 \~
 */
static void slab_destroy(struct kmem_cache *cache, struct slab *slab)
{
	void *addr = (char *)slab->s_mem - slab->colouroff;

	slab_destroy_objs(cache, slab);
	kmem_freepages(cache, addr);
	if (OFF_SLAB(cache))
		kmem_cache_free_fp(cache->slabp_cache, slab);
	else
		footprint_drop(slab);
}

/**
 * @brief \~english Give a bootstrap cache the static list3s at @p index.
 *        \~chinese 让引导期的高速缓存使用下标 index 处的静态 kmem_list3。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param index \~english SIZE_AC or SIZE_L3 \~chinese SIZE_AC 或 SIZE_L3 \~
 * @kernel{mm/slab.c,1967}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english The cache's address in the hash that spreads the list reaps is
 *         its i386 address, cache_i386_addr().
 *         \~chinese 用来错开链表回收时间的散列中，高速缓存的地址取它在 i386 上的地址 cache_i386_addr()。 \~
 */
static void set_up_list3s(struct kmem_cache *cachep, int index)
{
	int node;

	for_each_online_node(node) {
		struct kmem_list3 *l3 = &initkmem_list3[index + node];

		cachep->nodelists[node] = l3;
		l3->next_reap = jiffies + REAPTIMEOUT_LIST3 +
				cache_i386_addr(cachep) % REAPTIMEOUT_LIST3;
	}
}

/**
 * @brief \~english Free a cache's arrays, list3s and descriptor.
 *        \~chinese 释放高速缓存的每CPU数组、kmem_list3 与描述符本身。 \~
 * @param cache \~english the cache, with no slabs left
 *              \~chinese 高速缓存，已经没有任何 slab \~
 * @kernel{mm/slab.c,1979}
 * @seenotes{chapter-slab,slab-destroy}
 * @kquirk \~english kfree_fp() and kmem_cache_free_fp() free the i386 bytes
 *         with kfree() and kmem_cache_free() and the host structures with
 *         them.
 *         \~chinese kfree_fp() 与 kmem_cache_free_fp() 用 kfree() 和
 *         kmem_cache_free() 释放 i386 上的字节，同时释放宿主机结构体。 \~
 */
static void __kmem_cache_destroy(struct kmem_cache *cache)
{
	struct kmem_list3 *list3;
	int i;

	for_each_online_cpu(i)
		kfree_fp(cache->array[i]);
	for_each_online_node(i) {
		list3 = cache->nodelists[i];
		if (!list3)
			continue;
		kfree_fp(list3->shared);
		kfree_fp(list3);
	}
	kmem_cache_free_fp(&cache_cache, cache);
}

/**
 * @brief \~english Choose the slab order: the first that wastes at most 1/8 (or may not grow).
 *        \~chinese 选择 slab 的阶：第一个浪费不超过 1/8（或不宜再增大）的阶。 \~
 * @param cache \~english the cache (num and gfporder are set)
 *              \~chinese 高速缓存（会设置它的 num 与 gfporder） \~
 * @param size \~english bytes per object \~chinese 每个对象的字节数 \~
 * @param align \~english the objects' alignment \~chinese 对象的对齐字节数 \~
 * @param flags \~english the cache's flags (CFLGS_OFF_SLAB, SLAB_RECLAIM_ACCOUNT)
 *              \~chinese 高速缓存的标志（CFLGS_OFF_SLAB、SLAB_RECLAIM_ACCOUNT） \~
 * @return \~english the bytes left over in a slab of that order
 *         \~chinese 该阶的 slab 中剩余的字节数 \~
 * @kernel{mm/slab.c,2013}
 * @seenotes{chapter-slab,slab-sizing}
 */
static size_t calculate_slab_order(struct kmem_cache *cache, size_t size,
				   size_t align, unsigned long flags)
{
	size_t waste = 0;	/* bytes unused in the order kept */
	int order;

	for (order = 0; order <= KMALLOC_MAX_ORDER; order++) {
		const size_t slab_bytes = PAGE_SIZE << order;
		unsigned int fit;
		size_t rest;

		cache_estimate((unsigned long)order, size, align, (int)flags,
			       &rest, &fit);
		if (fit == 0)
			continue;
		if (flags & CFLGS_OFF_SLAB) {
			/* an off-slab descriptor comes from a general cache
			 * of at most this size: cache_grow() must not recurse
			 * into this very cache for it */
			unsigned long offslab_limit =
				(size - I386_SIZEOF_SLAB) / I386_SIZEOF_BUFCTL;

			if (fit > offslab_limit)
				break;
		}
		/* acceptable: keep it, then see whether to look further */
		cache->gfporder = (unsigned int)order;
		cache->num = fit;
		waste = rest;

		/* reclaimable caches are shrunk under GFP_NOFS: small slabs */
		if (flags & SLAB_RECLAIM_ACCOUNT)
			break;
		if (order >= slab_break_gfp_order)
			break;
		/* at most an eighth of the slab wasted */
		if (8 * waste <= slab_bytes)
			break;
	}
	return waste;
}

/**
 * @brief \~english Give a new cache its arrays and list3s, as far as the bootstrap allows.
 *        \~chinese 为新的高速缓存分配每CPU数组与 kmem_list3（视引导进度而定）。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @return \~english 0, or an error from enable_cpucache()
 *         \~chinese 成功返回 0，否则返回 enable_cpucache() 的错误码 \~
 * @kernel{mm/slab.c,2070}
 * @seenotes{chapter-slab,slab-init}
 * @kquirk \~english kmalloc_fp() and kmalloc_node_fp() take the i386 bytes
 *         (24 and 56) with kmalloc() and kmalloc_node(); the hash of the
 *         cache's address that spreads the list reaps uses its i386
 *         address, cache_i386_addr().
 *         \~chinese kmalloc_fp() 与 kmalloc_node_fp() 用 kmalloc() 和 kmalloc_node()
 *         分配 i386 上的字节（24 与 56 字节）；用来错开链表回收时间的地址散列取
 *         高速缓存在 i386 上的地址 cache_i386_addr()。 \~
 */
static int setup_cpu_cache(struct kmem_cache *cache)
{
	if (g_cpucache_up == FULL)
		return enable_cpucache(cache);

	if (g_cpucache_up == NONE) {
		/* the first cache is the one of kmalloc(24): it lives on the
		 * static array and list3s until kmalloc() works */
		cache->array[smp_processor_id()] = &initarray_generic.cache;
		set_up_list3s(cache, SIZE_AC);
		g_cpucache_up = INDEX_AC == INDEX_L3 ? PARTIAL_L3 : PARTIAL_AC;
	} else {
		cache->array[smp_processor_id()] =
			kmalloc_fp(sizeof(struct arraycache_init),
				   I386_SIZEOF_ARRAYCACHE_INIT, GFP_KERNEL);
		if (g_cpucache_up == PARTIAL_AC) {
			/* the cache of kmalloc(sizeof(struct kmem_list3)) */
			set_up_list3s(cache, SIZE_L3);
			g_cpucache_up = PARTIAL_L3;
		} else {
			int node;

			for_each_node_state(node, N_NORMAL_MEMORY) {
				struct kmem_list3 *list3 = kmalloc_node_fp(
					sizeof(*list3), I386_SIZEOF_KMEM_LIST3,
					GFP_KERNEL, node);

				BUG_ON(!list3);
				kmem_list3_init(list3);
				cache->nodelists[node] = list3;
			}
		}
	}
	cache->nodelists[numa_node_id()]->next_reap = jiffies +
		REAPTIMEOUT_LIST3 + cache_i386_addr(cache) % REAPTIMEOUT_LIST3;

	cpu_cache_get(cache)->limit = BOOT_CPUCACHE_ENTRIES;
	cpu_cache_get(cache)->batchcount = 1;
	cpu_cache_get(cache)->avail = 0;
	cpu_cache_get(cache)->touched = 0;
	cache->limit = BOOT_CPUCACHE_ENTRIES;
	cache->batchcount = 1;
	return 0;
}

/**
 * @brief \~english Create a cache of objects of @p size bytes.
 *        \~chinese 创建一个对象大小为 size 字节的高速缓存。 \~
 * @param name \~english its name in /proc/slabinfo (must outlive the cache)
 *             \~chinese 在 /proc/slabinfo 中显示的名字（其生存期必须长于该高速缓存） \~
 * @param size \~english bytes per object, 4 .. KMALLOC_MAX_SIZE
 *             \~chinese 每个对象的字节数，范围 4 到 KMALLOC_MAX_SIZE \~
 * @param align \~english the alignment the caller needs (0: none)
 *              \~chinese 调用者要求的对齐字节数（0 表示不要求） \~
 * @param flags \~english SLAB_* flags \~chinese SLAB_* 标志 \~
 * @param ctor \~english run on every object when a slab is made, or NULL
 *             \~chinese 构造 slab 时对每个对象调用的构造函数，或 NULL \~
 * @return \~english the cache, or NULL (a duplicate name, no slab order fits)
 *         \~chinese 新的高速缓存；失败（名字重复、没有合适的 slab 阶）返回 NULL \~
 * @context \~english may sleep; not in interrupts
 *          \~chinese 可能睡眠；不能在中断中调用 \~
 * @kernel{mm/slab.c,2152}
 * @seenotes{chapter-slab,slab-create}
 * @kquirk \~english The DEBUG parts run when slab_debug is on (DEBUG is
 *         slab_debug): FORCED_DEBUG adds SLAB_RED_ZONE, SLAB_STORE_USER
 *         and SLAB_POISON, CREATE_MASK admits them, and obj_offset and
 *         obj_size place the caller's object between the red zones.
 *         Without slab_debug, debug flags hit the BUG_ON of CREATE_MASK as
 *         in a kernel without CONFIG_DEBUG_SLAB. The descriptor is taken
 *         with kmem_cache_zalloc_fp() (its i386 bytes from cache_cache by
 *         kmem_cache_zalloc()) and given back with kmem_cache_free_fp(),
 *         where 2.6.24 calls kmem_cache_free().
 *         Names stay readable, so the lost-name check of
 *         probe_kernel_address() is left out. ARCH_SLAB_MINALIGN is 0 on
 *         i386: the test against it is left out. Sizes are i386 sizes:
 *         BYTES_PER_WORD is 4 and struct slab 28 bytes.
 *         \~chinese slab_debug 打开时执行 DEBUG 部分（DEBUG 即 slab_debug）：
 *         FORCED_DEBUG 加上 SLAB_RED_ZONE、SLAB_STORE_USER 与 SLAB_POISON，
 *         CREATE_MASK 允许它们，obj_offset 与 obj_size 把调用者的对象放在两个红区
 *         之间。没有 slab_debug 时，调试标志会触发 CREATE_MASK 的 BUG_ON，与没有
 *         CONFIG_DEBUG_SLAB 的内核一样。描述符用 kmem_cache_zalloc_fp() 分配（它在
 *         i386 上的字节由 kmem_cache_zalloc() 从 cache_cache 分配），用
 *         kmem_cache_free_fp() 归还，2.6.24 在此调用 kmem_cache_free()。名字始终可读，因此省略了
 *         probe_kernel_address() 的丢失名字检查。i386 上 ARCH_SLAB_MINALIGN 为 0，
 *         省略了与它的比较。大小都按 i386 计算：
 *         BYTES_PER_WORD 为 4，struct slab 为 28 字节。 \~
 */
struct kmem_cache *kmem_cache_create(const char *name, size_t size,
				     size_t align, unsigned long flags,
				     void (*ctor)(struct kmem_cache *, void *))
{
	struct kmem_cache *cache = NULL, *other;
	size_t left_over, slab_size, want_align;

	/* misuse that no caller may survive */
	if (!name || in_interrupt() || size < BYTES_PER_WORD ||
	    size > KMALLOC_MAX_SIZE) {
		printk(KERN_ERR "%s: Early error in slab %s\n", __func__, name);
		BUG();
	}

	mutex_lock(&cache_chain_mutex);
	list_for_each_entry(other, &cache_chain, next) {
		if (strcmp(other->name, name) == 0) {
			printk(KERN_ERR "kmem_cache_create: duplicate cache "
			       "%s\n", name);
			dump_stack();
			goto oops;
		}
	}

	if (DEBUG) {
		WARN_ON(strchr(name, ' '));	/* /proc/slabinfo splits on it */
		/* red zones and a user word, unless they would push a big
		 * object past the next power of two */
		if (FORCED_DEBUG &&
		    (size < 4096 || fls((int)size - 1) ==
		     fls((int)(size - 1 + REDZONE_ALIGN +
			       2 * sizeof(unsigned long long)))))
			flags |= SLAB_RED_ZONE | SLAB_STORE_USER;
		if (FORCED_DEBUG && !(flags & SLAB_DESTROY_BY_RCU))
			flags |= SLAB_POISON;
		if (flags & SLAB_DESTROY_BY_RCU)
			BUG_ON(flags & SLAB_POISON);
	}
	BUG_ON(flags & ~CREATE_MASK);

	/* whole words: on-slab bufctls and red zones stay aligned */
	if (size & (BYTES_PER_WORD - 1))
		size = ALIGN(size, BYTES_PER_WORD);

	/* the alignment: a cache line (halved while two objects fit in
	 * half of it) or a word, then what debugging and the caller need */
	if (flags & SLAB_HWCACHE_ALIGN) {
		want_align = cache_line_size();
		while (size <= want_align / 2)
			want_align /= 2;
	} else {
		want_align = BYTES_PER_WORD;
	}
	if (flags & SLAB_STORE_USER)
		want_align = BYTES_PER_WORD;
	if (flags & SLAB_RED_ZONE) {
		want_align = REDZONE_ALIGN;
		/* the second red zone must be aligned too */
		size = (size + REDZONE_ALIGN - 1) & ~(size_t)(REDZONE_ALIGN - 1);
	}
	if (want_align < align)
		want_align = align;
	/* red zones and the user word assume 8-byte alignment at most */
	if (want_align > I386_ALIGNOF_LONG_LONG)
		flags &= ~(SLAB_RED_ZONE | SLAB_STORE_USER);
	align = want_align;

	cache = kmem_cache_zalloc_fp(&cache_cache, sizeof(*cache),
				      GFP_KERNEL);
	if (!cache)
		goto oops;

	if (DEBUG) {
		cache->obj_size = (int)size;
		if (flags & SLAB_RED_ZONE) {
			/* a red zone word on each side */
			cache->obj_offset += (int)sizeof(u64);
			size += 2 * sizeof(u64);
		}
		if (flags & SLAB_STORE_USER) {
			/* the user word: after an aligned second red zone it
			 * takes a whole REDZONE_ALIGN */
			if (flags & SLAB_RED_ZONE)
				size += REDZONE_ALIGN;
			else
				size += BYTES_PER_WORD;
		}
	}

	/* large objects keep their descriptor off the slab (not while
	 * bootstrapping: the general caches it needs do not exist yet) */
	if (size >= (PAGE_SIZE >> 3) && !slab_early_init)
		flags |= CFLGS_OFF_SLAB;

	size = ALIGN(size, align);
	left_over = calculate_slab_order(cache, size, align, flags);
	if (!cache->num) {
		printk(KERN_ERR "kmem_cache_create: couldn't create cache %s.\n",
		       name);
		kmem_cache_free_fp(&cache_cache, cache);
		cache = NULL;
		goto oops;
	}
	slab_size = ALIGN(cache->num * I386_SIZEOF_BUFCTL + I386_SIZEOF_SLAB,
			  align);

	/* an off-slab descriptor that fits in the leftover comes back
	 * on-slab, at the cost of colours */
	if ((flags & CFLGS_OFF_SLAB) && left_over >= slab_size) {
		flags &= ~CFLGS_OFF_SLAB;
		left_over -= slab_size;
	}
	if (flags & CFLGS_OFF_SLAB)	/* in a general cache: no padding */
		slab_size = cache->num * I386_SIZEOF_BUFCTL + I386_SIZEOF_SLAB;

	/* colours are whole alignment units */
	cache->colour_off = cache_line_size();
	if (cache->colour_off < align)
		cache->colour_off = (unsigned int)align;
	cache->colour = left_over / cache->colour_off;
	cache->slab_size = (unsigned int)slab_size;
	cache->flags = (unsigned int)flags;
	cache->gfpflags = 0;
	if (CONFIG_ZONE_DMA_FLAG && (flags & SLAB_CACHE_DMA))
		cache->gfpflags |= GFP_DMA;
	cache->buffer_size = (unsigned int)size;
	cache->reciprocal_buffer_size = reciprocal_value((u32)size);

	if (flags & CFLGS_OFF_SLAB) {
		/* smaller than PAGE_SIZE/8: an existing general cache */
		cache->slabp_cache = kmem_find_general_cachep(slab_size, 0u);
		BUG_ON(ZERO_OR_NULL_PTR(cache->slabp_cache));
	}
	cache->ctor = ctor;
	cache->name = name;

	if (setup_cpu_cache(cache)) {
		__kmem_cache_destroy(cache);
		cache = NULL;
		goto oops;
	}
	list_add(&cache->next, &cache_chain);
oops:
	if (!cache && (flags & SLAB_PANIC))
		panic("kmem_cache_create(): failed to create slab `%s'\n", name);
	mutex_unlock(&cache_chain_mutex);
	return cache;
}

/* DEBUG: the locking rules the allocator relies on */
#define check_irq_off()	do { if (DEBUG) BUG_ON(!irqs_disabled()); } while (0)
#define check_irq_on()	do { if (DEBUG) BUG_ON(irqs_disabled()); } while (0)
#define check_spinlock_acquired(cachep) \
	check_spinlock_acquired_node(cachep, numa_node_id())
#define check_spinlock_acquired_node(cachep, node) \
	do { \
		if (DEBUG) { \
			check_irq_off(); \
			assert_spin_locked(&(cachep)->nodelists[node]->list_lock); \
		} \
	} while (0)

/**
 * @brief \~english Give this CPU's array of a cache back to the slabs (on each CPU).
 *        \~chinese 把本 CPU 上某个高速缓存的数组中的对象全部还给 slab（在每个 CPU 上运行）。 \~
 * @param arg \~english the cache \~chinese 高速缓存 \~
 * @context \~english interrupts off \~chinese 中断已关闭 \~
 * @kernel{mm/slab.c,2441}
 * @seenotes{chapter-slab,slab-percpu}
 */
static void do_drain(void *arg)
{
	struct kmem_cache *cache = arg;
	const int nid = numa_node_id();
	struct kmem_list3 *list3 = cache->nodelists[nid];
	struct array_cache *mine;

	check_irq_off();
	mine = cpu_cache_get(cache);
	spin_lock(&list3->list_lock);
	free_block(cache, mine->entry, (int)mine->avail, nid);
	spin_unlock(&list3->list_lock);
	mine->avail = 0;
}

/**
 * @brief \~english Empty every CPU's array and the shared array of a cache.
 *        \~chinese 清空高速缓存的所有每CPU数组与共享数组。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @kernel{mm/slab.c,2455}
 * @seenotes{chapter-slab,slab-percpu}
 * @kquirk \~english The first of the two for_each_online_node() loops,
 *         which drains alien caches (l3->alien, drain_alien_cache()), is
 *         left out: without NUMA there are none.
 *         \~chinese 两个 for_each_online_node() 循环中的第一个——清空 alien 缓存
 *         （l3->alien、drain_alien_cache()）的那个——省略了：没有 NUMA 就没有
 *         alien 缓存。 \~
 */
static void drain_cpu_caches(struct kmem_cache *cache)
{
	struct kmem_list3 *list3;
	int node;

	on_each_cpu(do_drain, cache, 1, 1);
	check_irq_on();
	for_each_online_node(node) {
		list3 = cache->nodelists[node];
		if (list3)
			drain_array(cache, list3, list3->shared, 1, node);
	}
}

/**
 * @brief \~english Free up to @p tofree slabs from the tail of the free list.
 *        \~chinese 从空闲 slab 链表尾部最多释放 tofree 个 slab。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param list3 \~english its list3 \~chinese 它的 kmem_list3 \~
 * @param tofree \~english how many slabs at most
 *               \~chinese 最多释放的 slab 数 \~
 * @return \~english the number freed \~chinese 实际释放的 slab 数 \~
 * @kernel{mm/slab.c,2481}
 * @seenotes{chapter-slab,slab-reap}
 * @kquirk \~english The DEBUG BUG_ON() of a free slab with objects in use runs when
 *         slab_debug is on.
 *         \~chinese DEBUG 下对仍有对象在用的空闲 slab 的 BUG_ON() 在打开 slab_debug 时执行。 \~
 */
static int drain_freelist(struct kmem_cache *cachep, struct kmem_list3 *list3,
			  int tofree)
{
	struct slab *slab;
	int nr_freed = 0;

	while (nr_freed < tofree && !list_empty(&list3->slabs_free)) {
		struct list_head *last;

		spin_lock_irq(&list3->list_lock);
		last = list3->slabs_free.prev;	/* the coldest free slab */
		if (last == &list3->slabs_free) {
			spin_unlock_irq(&list3->list_lock);
			goto out;
		}
		slab = list_entry(last, struct slab, list);
		if (DEBUG)
			BUG_ON(slab->inuse);
		list_del(&slab->list);
		list3->free_objects -= cachep->num;
		/* off every list: no lock needed to destroy it */
		spin_unlock_irq(&list3->list_lock);
		slab_destroy(cachep, slab);
		nr_freed++;
	}
out:
	return nr_freed;
}

/**
 * @brief \~english Drain the arrays and free every free slab of a cache.
 *        \~chinese 清空高速缓存的数组并释放它所有的空闲 slab。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @return \~english 1 if slabs with objects in use remain, else 0
 *         \~chinese 仍有含在用对象的 slab 时返回 1，否则返回 0 \~
 * @context \~english cache_chain_mutex held \~chinese 持有 cache_chain_mutex \~
 * @kernel{mm/slab.c,2517}
 * @seenotes{chapter-slab,slab-destroy}
 */
static int __cache_shrink(struct kmem_cache *cache)
{
	struct kmem_list3 *list3;
	int busy = 0, node;

	drain_cpu_caches(cache);
	check_irq_on();
	for_each_online_node(node) {
		list3 = cache->nodelists[node];
		if (!list3)
			continue;
		drain_freelist(cache, list3, (int)list3->free_objects);
		busy += !list_empty(&list3->slabs_full) ||
			!list_empty(&list3->slabs_partial);
	}
	return busy ? 1 : 0;
}

/**
 * @brief \~english Give back every slab of a cache that has no object in use.
 *        \~chinese 释放高速缓存中所有没有对象在用的 slab。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @return \~english 0 if no slab is left, 1 if some hold objects in use
 *         \~chinese 没有剩下任何 slab 时返回 0；还有 slab 含在用对象时返回 1 \~
 * @kernel{mm/slab.c,2545}
 * @seenotes{chapter-slab,slab-destroy}
 */
int kmem_cache_shrink(struct kmem_cache *cache)
{
	int ret;

	BUG_ON(!cache || in_interrupt());
	mutex_lock(&cache_chain_mutex);
	ret = __cache_shrink(cache);
	mutex_unlock(&cache_chain_mutex);
	return ret;
}

/**
 * @brief \~english Remove a cache whose objects have all been freed.
 *        \~chinese 删除一个对象已全部释放的高速缓存。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @kernel{mm/slab.c,2573}
 * @seenotes{chapter-slab,slab-destroy}
 * @kquirk \~english A SLAB_DESTROY_BY_RCU cache needs no synchronize_rcu():
 *         its slabs were freed at once (see slab_destroy()).
 *         \~chinese SLAB_DESTROY_BY_RCU 的高速缓存不需要 synchronize_rcu()：它的 slab
 *         已经立即释放了（见 slab_destroy()）。 \~
 */
void kmem_cache_destroy(struct kmem_cache *cache)
{
	BUG_ON(!cache || in_interrupt());

	mutex_lock(&cache_chain_mutex);
	/* cache_cache is never destroyed: the chain never empties */
	list_del(&cache->next);
	if (__cache_shrink(cache)) {
		slab_error(cache, "Can't free all objects");
		list_add(&cache->next, &cache_chain);
		mutex_unlock(&cache_chain_mutex);
		return;
	}
	__kmem_cache_destroy(cache);
	mutex_unlock(&cache_chain_mutex);
}

/**
 * @brief \~english The descriptor of a new slab: in its first bytes, or from slabp_cache.
 *        \~chinese 为新 slab 准备描述符：放在 slab 开头，或从 slabp_cache 分配。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param obj \~english the slab's first byte \~chinese slab 的首字节 \~
 * @param colour_off \~english the slab's colour, in bytes
 *                   \~chinese slab 的着色偏移（字节） \~
 * @param local_flags \~english gfp flags for an off-slab descriptor
 *                    \~chinese slab 描述符放在 slab 外时分配它所用的分配标志 \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @return \~english the descriptor, or NULL
 *         \~chinese slab 描述符；失败返回 NULL \~
 * @kernel{mm/slab.c,2609}
 * @seenotes{chapter-slab,slab-grow}
 * @kquirk \~english Both kinds are host structures: an off-slab one comes
 *         with kmem_cache_alloc_node_fp() (its i386 bytes from slabp_cache
 *         by kmem_cache_alloc_node()),
 *         an on-slab one with footprint_at() on the slab's bytes after the
 *         colour.
 *         \~chinese 两种描述符都是宿主机结构体：slab 外的用 kmem_cache_alloc_node_fp()
 *         分配（i386 上的字节由 kmem_cache_alloc_node() 从 slabp_cache 分配），slab 内的用 footprint_at() 指向 slab
 *         中颜色之后的字节。 \~
 */
static struct slab *alloc_slabmgmt(struct kmem_cache *cache, void *obj,
				   int colour_off, gfp_t local_flags,
				   int nodeid)
{
	struct slab *slab;

	if (OFF_SLAB(cache)) {
		slab = kmem_cache_alloc_node_fp(cache->slabp_cache,
						 sizeof(*slab),
						 local_flags & ~GFP_THISNODE,
						 nodeid);
		if (!slab)
			return NULL;
	} else {
		/* the descriptor and its bufctls sit after the colour */
		slab = footprint_at((char *)obj + colour_off, sizeof(*slab));
		colour_off += (int)cache->slab_size;
	}
	slab->colouroff = (unsigned long)colour_off;
	slab->s_mem = (char *)obj + colour_off;
	slab->inuse = 0;
	slab->nodeid = (unsigned short)nodeid;
	return slab;
}

/**
 * @brief \~english Prepare the objects of a new slab and chain them all as free.
 *        \~chinese 初始化新 slab 中的对象，并把它们全部链成空闲链。 \~
 * @param cache \~english the cache (its constructor)
 *              \~chinese 高速缓存（用到它的构造函数） \~
 * @param slab \~english the slab \~chinese slab \~
 * @kernel{mm/slab.c,2637}
 * @seenotes{chapter-slab,slab-grow}
 * @kquirk \~english The DEBUG part (poison, user word, red zones, the
 *         constructor's overrun checks) runs for caches with those flags,
 *         which only slab_debug allows (DEBUG); kernel_map_pages() is left
 *         out: no DEBUG_PAGEALLOC.
 *         \~chinese DEBUG 部分（毒化、使用者字、红区以及对构造函数越界的检查）对带有
 *         这些标志的高速缓存执行，而只有 slab_debug（DEBUG）允许这些标志；
 *         kernel_map_pages() 省略：没有 DEBUG_PAGEALLOC。 \~
 */
static void cache_init_objs(struct kmem_cache *cache, struct slab *slab)
{
	unsigned int i;

	for (i = 0; i < cache->num; i++) {
		void *obj = index_to_obj(cache, slab, i);

		if (DEBUG) {
			if (cache->flags & SLAB_POISON)
				poison_obj(cache, obj, POISON_FREE);
			if (cache->flags & SLAB_STORE_USER)
				*dbg_userword(cache, obj) = 0;
			if (cache->flags & SLAB_RED_ZONE) {
				*dbg_redzone1(cache, obj) = RED_INACTIVE;
				*dbg_redzone2(cache, obj) = RED_INACTIVE;
			}
			/* a poisoned object is constructed when handed out */
			if (cache->ctor && !(cache->flags & SLAB_POISON))
				cache->ctor(cache,
					     (char *)obj + obj_offset(cache));
			if (cache->flags & SLAB_RED_ZONE) {
				if (*dbg_redzone2(cache, obj) != RED_INACTIVE)
					slab_error(cache, "constructor "
						   "overwrote the end of an "
						   "object");
				if (*dbg_redzone1(cache, obj) != RED_INACTIVE)
					slab_error(cache, "constructor "
						   "overwrote the start of an "
						   "object");
			}
		} else if (cache->ctor) {
			cache->ctor(cache, obj);
		}
		slab_bufctl(slab)[i] = i + 1;	/* each names the next */
	}
	slab_bufctl(slab)[cache->num - 1] = BUFCTL_END;
	slab->free = 0;
}

/**
 * @brief \~english BUG if GFP_DMA and the cache's kind of memory disagree.
 *        \~chinese 若 GFP_DMA 与高速缓存的内存类型不符则 BUG。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english the caller's gfp flags \~chinese 调用者的分配标志 \~
 * @kernel{mm/slab.c,2685}
 * @seenotes{chapter-slab,slab-grow}
 */
static void kmem_flagcheck(struct kmem_cache *cache, gfp_t flags)
{
	if (CONFIG_ZONE_DMA_FLAG) {
		if (flags & GFP_DMA)
			BUG_ON(!(cache->gfpflags & GFP_DMA));
		else
			BUG_ON(cache->gfpflags & GFP_DMA);
	}
}

/**
 * @brief \~english Take the first free object of a slab off its chain.
 *        \~chinese 从 slab 的空闲链上取下第一个空闲对象。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param slabp \~english a slab with a free object
 *              \~chinese 一个含空闲对象的 slab \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @return \~english the object \~chinese 取出的对象 \~
 * @kernel{mm/slab.c,2695}
 * @seenotes{chapter-slab,slab-bufctl}
 * @kquirk \~english The DEBUG part (BUFCTL_FREE marks the object out, the WARN_ON()
 *         of the node) runs when slab_debug is on.
 *         \~chinese DEBUG 部分（用 BUFCTL_FREE 标记对象已分出、对节点的 WARN_ON()）
 *         在打开 slab_debug 时执行。 \~
 */
static void *slab_get_obj(struct kmem_cache *cachep, struct slab *slabp,
			  int nodeid)
{
	const kmem_bufctl_t taken = slabp->free;
	void *objp = index_to_obj(cachep, slabp, taken);
	kmem_bufctl_t after;

	slabp->inuse++;
	after = slab_bufctl(slabp)[taken];
	if (DEBUG) {
		/* marks it out, for the double-free check of slab_put_obj() */
		slab_bufctl(slabp)[taken] = BUFCTL_FREE;
		WARN_ON(slabp->nodeid != nodeid);
	}
	slabp->free = after;
	return objp;
}

/**
 * @brief \~english Put an object back at the head of its slab's free chain.
 *        \~chinese 把对象放回其 slab 空闲链的链头。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param slab \~english its slab \~chinese 对象所在的 slab \~
 * @param obj \~english the object \~chinese 对象 \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @kernel{mm/slab.c,2712}
 * @seenotes{chapter-slab,slab-bufctl}
 * @kquirk \~english The DEBUG part (the WARN_ON() of the node, the double-free
 *         printk() and BUG()) runs when slab_debug is on.
 *         \~chinese DEBUG 部分（对节点的 WARN_ON()、重复释放时的 printk() 与 BUG()）
 *         在打开 slab_debug 时执行。 \~
 */
static void slab_put_obj(struct kmem_cache *cache, struct slab *slab,
			 void *obj, int nodeid)
{
	const unsigned int objnr = obj_to_index(cache, slab, obj);

	if (DEBUG) {
		WARN_ON(slab->nodeid != nodeid);
		/* a free object's bufctl holds an index or BUFCTL_END */
		if (slab_bufctl(slab)[objnr] + 1 <= SLAB_LIMIT + 1) {
			printk(KERN_ERR "slab: double free detected in cache "
			       "'%s', objp %08lx\n", cache->name,
			       i386_addr(obj));
			BUG();
		}
	}
	slab_bufctl(slab)[objnr] = slab->free;
	slab->free = objnr;
	slab->inuse--;
}

/**
 * @brief \~english Point every page of a new slab at its cache and slab.
 *        \~chinese 让新 slab 的每一页都指向它的高速缓存与 slab 描述符。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param slabp \~english the slab \~chinese slab \~
 * @param mem \~english the slab's first byte \~chinese slab 的首字节 \~
 * @kernel{mm/slab.c,2737}
 * @seenotes{chapter-slab,slab-page-link}
 */
static void slab_map_pages(struct kmem_cache *cachep, struct slab *slabp,
			   void *mem)
{
	struct page *page = virt_to_page(mem);
	int nr_pages = 1;

	/* a compound page answers for its tails (virt_to_head_page()) */
	if (likely(!PageCompound(page)))
		nr_pages <<= cachep->gfporder;
	do {
		page_set_cache(page, cachep);
		page_set_slab(page, slabp);
		page++;
	} while (--nr_pages);
}

/**
 * @brief \~english Add one slab to a cache: pages, descriptor, objects, on slabs_free.
 *        \~chinese 为高速缓存增加一个 slab：分配页框与描述符，初始化对象，挂到 slabs_free 上。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english the caller's gfp flags \~chinese 调用者的分配标志 \~
 * @param nodeid \~english the node \~chinese 节点号 \~
 * @param obj \~english pages already at hand, or NULL
 *            \~chinese 已经拿到的页，或 NULL \~
 * @return \~english 1 if a slab was added, 0 if not
 *         \~chinese 增加了一个 slab 返回 1，否则返回 0 \~
 * @context \~english interrupts off; turned on while waiting for pages (__GFP_WAIT)
 *          \~chinese 中断已关闭；等待分配页框（__GFP_WAIT）时临时打开 \~
 * @kernel{mm/slab.c,2760}
 * @seenotes{chapter-slab,slab-grow}
 */
static int cache_grow(struct kmem_cache *cache, gfp_t flags, int nodeid,
		      void *obj)
{
	struct kmem_list3 *list3;
	struct slab *slab;
	gfp_t local_flags;
	size_t offset;

	/* checked here, off the fast path of kmem_cache_alloc() */
	BUG_ON(flags & GFP_SLAB_BUG_MASK);
	local_flags = flags & (GFP_CONSTRAINT_MASK | GFP_RECLAIM_MASK);

	/* the next colour, under the list lock */
	check_irq_off();
	list3 = cache->nodelists[nodeid];
	spin_lock(&list3->list_lock);
	offset = list3->colour_next;
	if (++list3->colour_next >= cache->colour)
		list3->colour_next = 0;
	spin_unlock(&list3->list_lock);
	offset *= cache->colour_off;

	if (local_flags & __GFP_WAIT)
		local_irq_enable();
	kmem_flagcheck(cache, flags);

	if (!obj)
		obj = kmem_getpages(cache, local_flags, nodeid);
	if (!obj)
		goto failed;
	slab = alloc_slabmgmt(cache, obj, (int)offset,
			       local_flags & ~GFP_CONSTRAINT_MASK, nodeid);
	if (!slab)
		goto opps1;
	slab->nodeid = (unsigned short)nodeid;
	slab_map_pages(cache, slab, obj);
	cache_init_objs(cache, slab);

	if (local_flags & __GFP_WAIT)
		local_irq_disable();
	check_irq_off();
	spin_lock(&list3->list_lock);
	list_add_tail(&slab->list, &list3->slabs_free);
	STATS_INC_GROWN(cache);
	list3->free_objects += cache->num;
	spin_unlock(&list3->list_lock);
	return 1;
opps1:
	kmem_freepages(cache, obj);
failed:
	if (local_flags & __GFP_WAIT)
		local_irq_disable();
	return 0;
}

/* ---- DEBUG: checks on free ---------------------------------------------- */

/**
 * @brief \~english DEBUG: BUG on a pointer that is no lowmem kernel address.
 *        \~chinese DEBUG：指针不是低端内存的内核地址时 BUG。 \~
 * @param objp \~english the pointer being freed \~chinese 正在释放的指针 \~
 * @kernel{mm/slab.c,2846}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB, an empty macro
 *         otherwise; mm24 always builds it, and it returns at once unless
 *         DEBUG (slab_debug).
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB 下才有此函数，否则是空宏；
 *         mm24 总是编译它，除非打开 DEBUG（slab_debug），否则立即返回。 \~
 */
static void kfree_debugcheck(const void *objp)
{
	if (!DEBUG)
		return;
	if (!virt_addr_valid(objp)) {
		printk(KERN_ERR "kfree_debugcheck: out of range ptr %lxh.\n",
		       i386_addr(objp));
		BUG();
	}
}

/**
 * @brief \~english DEBUG: are both red zones of an object being freed still active?
 *        \~chinese DEBUG：检查被释放对象的两个红区是否仍为“使用中”。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param objp \~english the object's buffer \~chinese 对象的缓冲区 \~
 * @kernel{mm/slab.c,2855}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB (\#if DEBUG); mm24
 *         always builds it and calls it for SLAB_RED_ZONE caches (the
 *         BUG_ON() of dbg_redzone1(), slab_error()).
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB（\#if DEBUG）
 *         下才有此函数；mm24 总是编译它，对带 SLAB_RED_ZONE 的高速缓存调用（dbg_redzone1() 中的 BUG_ON()、
 *         slab_error()）。 \~
 */
static inline void verify_redzone_free(struct kmem_cache *cachep, void *objp)
{
	const unsigned long long redzone1 = *dbg_redzone1(cachep, objp);
	const unsigned long long redzone2 = *dbg_redzone2(cachep, objp);

	if (redzone1 == RED_ACTIVE && redzone2 == RED_ACTIVE)
		return;
	/* both inactive: it was free already; otherwise overwritten */
	if (redzone1 == RED_INACTIVE && redzone2 == RED_INACTIVE)
		slab_error(cachep, "double free detected");
	else
		slab_error(cachep, "memory outside object was overwritten");
	printk(KERN_ERR "%08lx: redzone 1:0x%llx, redzone 2:0x%llx.\n",
	       i386_addr(objp), redzone1, redzone2);
}

/**
 * @brief \~english DEBUG: check an object on its way back and mark it free.
 *        \~chinese DEBUG：检查被释放的对象，并把它标记为空闲（红区、使用者、毒化）。 \~
 * @param cache \~english the cache it is freed to
 *              \~chinese 对象释放到的高速缓存 \~
 * @param obj \~english the caller's object \~chinese 调用者看到的对象地址 \~
 * @param caller \~english who frees it \~chinese 释放者 \~
 * @return \~english the object's buffer \~chinese 对象的缓冲区 \~
 * @kernel{mm/slab.c,2877}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english Compiled always; without slab_debug (DEBUG) it returns
 *         @p obj at once, as 2.6.24's non-debug macro. The user word
 *         holds the caller's address folded into the emulated kernel text
 *         (ftrace_text_address()). kernel_map_pages() and store_stackinfo()
 *         are left out: no DEBUG_PAGEALLOC.
 *         \~chinese 总是编译进来；没有 slab_debug（DEBUG）时立即返回 objp，与 2.6.24
 *         非调试版本的宏相同。使用者字中存放调用者的地址，折算到模拟的内核代码段中
 *         （ftrace_text_address()）。kernel_map_pages() 与 store_stackinfo() 省略：
 *         没有 DEBUG_PAGEALLOC。 \~
 */
static void *cache_free_debugcheck(struct kmem_cache *cache, void *obj,
				   void *caller)
{
	struct slab *slab;
	struct page *page;
	unsigned int objnr;

	if (!DEBUG)
		return obj;
	/* the object must be one of this cache's */
	BUG_ON(virt_to_cache(obj) != cache);
	obj = (char *)obj - obj_offset(cache);
	kfree_debugcheck(obj);
	page = virt_to_head_page(obj);
	slab = page_get_slab(page);

	if (cache->flags & SLAB_RED_ZONE) {
		verify_redzone_free(cache, obj);
		*dbg_redzone1(cache, obj) = RED_INACTIVE;
		*dbg_redzone2(cache, obj) = RED_INACTIVE;
	}
	if (cache->flags & SLAB_STORE_USER)
		*dbg_userword(cache, obj) = (u32)ftrace_text_address(caller);

	objnr = obj_to_index(cache, slab, obj);
	BUG_ON(objnr >= cache->num);
	BUG_ON(obj != index_to_obj(cache, slab, objnr));

	if (cache->flags & SLAB_POISON)
		poison_obj(cache, obj, POISON_FREE);
	return obj;
}

/**
 * @brief \~english DEBUG: walk a slab's free chain; BUG with a hex dump if it is broken.
 *        \~chinese DEBUG：遍历 slab 的空闲链；若链已损坏则打印十六进制转储并 BUG。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param slabp \~english the slab \~chinese slab \~
 * @kernel{mm/slab.c,2924}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The dump shows the descriptor's i386 bytes: the 28 bytes
 *         of its footprint (which mm24 does not keep up to date) and the
 *         bufctl array.
 *         \~chinese 转储显示的是描述符在 i386 上的字节：其 28 字节（mm24 并不更新
 *         这部分内容）与 bufctl 数组。 \~
 * @kquirk \~english 2.6.24 has it only with CONFIG_DEBUG_SLAB, an empty macro
 *         otherwise; mm24 always builds it, and it returns at once unless
 *         DEBUG (slab_debug).
 *         \~chinese 2.6.24 只在 CONFIG_DEBUG_SLAB 下才有此函数，否则是空宏；
 *         mm24 总是编译它，除非打开 DEBUG（slab_debug），否则立即返回。 \~
 */
static void check_slabp(struct kmem_cache *cachep, struct slab *slabp)
{
	const kmem_bufctl_t *bufctl;
	unsigned int entries = 0;
	kmem_bufctl_t i;

	if (!DEBUG)
		return;
	bufctl = slab_bufctl(slabp);
	for (i = slabp->free; i != BUFCTL_END; i = bufctl[i]) {
		if (++entries > cachep->num || i >= cachep->num)
			goto bad;
	}
	if (entries != cachep->num - slabp->inuse) {
		const unsigned char *bytes;
		unsigned int n;
bad:
		bytes = footprint_of(slabp);
		printk(KERN_ERR "slab: Internal list corruption detected in "
		       "cache '%s'(%d), slabp %08lx(%d). Hexdump:\n",
		       cachep->name, cachep->num, i386_addr(bytes),
		       slabp->inuse);
		for (n = 0; n < I386_SIZEOF_SLAB +
			    cachep->num * I386_SIZEOF_BUFCTL; n++) {
			if (n % 16 == 0)
				printk("\n%03x:", n);
			printk(" %02x", bytes[n]);
		}
		printk("\n");
		BUG();
	}
}

/* ---- allocation ----------------------------------------------------------- */

/**
 * @brief \~english Refill this CPU's empty array from the shared array or the slabs.
 *        \~chinese 从共享数组或 slab 中为本 CPU 的空数组补充对象。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags, for cache_grow()
 *              \~chinese 分配标志，传给 cache_grow() \~
 * @return \~english an object, or NULL \~chinese 一个对象；失败返回 NULL \~
 * @context \~english interrupts off \~chinese 中断已关闭 \~
 * @kernel{mm/slab.c,2957}
 * @seenotes{chapter-slab,slab-refill}
 */
static void *cache_alloc_refill(struct kmem_cache *cache, gfp_t flags)
{
	struct kmem_list3 *list3;
	struct array_cache *ac;
	int batchcount;
	int node = numa_node_id();

	check_irq_off();
	ac = cpu_cache_get(cache);
retry:
	batchcount = (int)ac->batchcount;
	/* an array not used since the last reap gets a smaller batch */
	if (!ac->touched && batchcount > BATCHREFILL_LIMIT)
		batchcount = BATCHREFILL_LIMIT;
	list3 = cache->nodelists[node];

	BUG_ON(ac->avail > 0 || !list3);
	spin_lock(&list3->list_lock);

	/* objects freed on other CPUs first */
	if (list3->shared && transfer_objects(ac, list3->shared,
					   (unsigned int)batchcount))
		goto alloc_done;

	while (batchcount > 0) {
		struct list_head *entry;
		struct slab *slab;

		/* a partial slab, else a free one */
		entry = list3->slabs_partial.next;
		if (entry == &list3->slabs_partial) {
			list3->free_touched = 1;
			entry = list3->slabs_free.next;
			if (entry == &list3->slabs_free)
				goto must_grow;
		}
		slab = list_entry(entry, struct slab, list);
		check_slabp(cache, slab);
		check_spinlock_acquired(cache);
		/* on the partial or free list: at least one object is free */
		BUG_ON(slab->inuse >= cache->num);

		while (slab->inuse < cache->num && batchcount--) {
			STATS_INC_ALLOCED(cache);
			STATS_INC_ACTIVE(cache);
			STATS_SET_HIGH(cache);
			ac->entry[ac->avail++] = slab_get_obj(cache, slab,
							      node);
		}
		check_slabp(cache, slab);

		list_del(&slab->list);
		if (slab->free == BUFCTL_END)
			list_add(&slab->list, &list3->slabs_full);
		else
			list_add(&slab->list, &list3->slabs_partial);
	}

must_grow:
	list3->free_objects -= ac->avail;
alloc_done:
	spin_unlock(&list3->list_lock);

	if (unlikely(!ac->avail)) {
		int grown = cache_grow(cache, flags | GFP_THISNODE, node, NULL);

		/* cache_grow() may have enabled interrupts: look again */
		ac = cpu_cache_get(cache);
		if (!grown && ac->avail == 0)
			return NULL;
		if (!ac->avail)
			goto retry;
	}
	ac->touched = 1;
	return ac->entry[--ac->avail];
}

/* might_sleep() complains only with DEBUG_SPINLOCK_SLEEP, absent here */
#define might_sleep_if(cond)	do { } while (0)

/**
 * @brief \~english Checks before an allocation.
 *        \~chinese 分配之前的检查。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @kernel{mm/slab.c,3049}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english The DEBUG call of kmem_flagcheck() runs when slab_debug is on.
 *         \~chinese DEBUG 下对 kmem_flagcheck() 的调用在打开 slab_debug 时执行。 \~
 */
static inline void cache_alloc_debugcheck_before(struct kmem_cache *cachep,
						 gfp_t flags)
{
	might_sleep_if(flags & __GFP_WAIT);
	if (DEBUG)
		kmem_flagcheck(cachep, flags);
}

/**
 * @brief \~english DEBUG: check and mark an object being handed out.
 *        \~chinese DEBUG：检查即将交出的对象，并把它标记为使用中。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @param objp \~english the object's buffer, or NULL
 *             \~chinese 对象的缓冲区，或 NULL \~
 * @param caller \~english who allocates it \~chinese 分配者 \~
 * @return \~english the caller's object (past the first red zone)
 *         \~chinese 调用者使用的对象地址（跳过第一个红区） \~
 * @kernel{mm/slab.c,3059}
 * @seenotes{chapter-slab,slab-debug}
 * @kquirk \~english Compiled always; without slab_debug (DEBUG) it returns
 *         @p objp at once, as 2.6.24's non-debug macro. The user word holds
 *         ftrace_text_address() of the caller; kernel_map_pages() is left
 *         out (no DEBUG_PAGEALLOC).
 *         \~chinese 总是编译进来；没有 slab_debug（DEBUG）时立即返回 objp，与 2.6.24
 *         非调试版本的宏相同。使用者字中存放调用者的 ftrace_text_address()；
 *         kernel_map_pages() 省略（没有 DEBUG_PAGEALLOC）。 \~
 */
static void *cache_alloc_debugcheck_after(struct kmem_cache *cachep,
					  gfp_t flags, void *objp,
					  void *caller)
{
	if (!DEBUG || !objp)
		return objp;
	if (cachep->flags & SLAB_POISON) {
		check_poison_obj(cachep, objp);
		poison_obj(cachep, objp, POISON_INUSE);
	}
	if (cachep->flags & SLAB_STORE_USER)
		*dbg_userword(cachep, objp) = (u32)ftrace_text_address(caller);
	if (cachep->flags & SLAB_RED_ZONE) {
		unsigned long long *rz1 = dbg_redzone1(cachep, objp);
		unsigned long long *rz2 = dbg_redzone2(cachep, objp);

		if (*rz1 != RED_INACTIVE || *rz2 != RED_INACTIVE) {
			slab_error(cachep, "double free, or memory outside "
				   "object was overwritten");
			printk(KERN_ERR "%08lx: redzone 1:0x%llx, redzone "
			       "2:0x%llx\n", i386_addr(objp), *rz1, *rz2);
		}
		*rz1 = RED_ACTIVE;
		*rz2 = RED_ACTIVE;
	}
	objp = (char *)objp + obj_offset(cachep);
	/* a poisoned object is constructed now, not when its slab was made */
	if (cachep->ctor && (cachep->flags & SLAB_POISON))
		cachep->ctor(cachep, objp);
	return objp;
}

/**
 * @brief \~english Take an object from this CPU's array, refilling it when empty.
 *        \~chinese 从本 CPU 的数组中取一个对象；数组为空时先补充。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the object, or NULL \~chinese 对象；失败返回 NULL \~
 * @context \~english interrupts off \~chinese 中断已关闭 \~
 * @kernel{mm/slab.c,3190}
 * @seenotes{chapter-slab,slab-alloc}
 */
static inline void *____cache_alloc(struct kmem_cache *cache, gfp_t flags)
{
	struct array_cache *ac;
	void *obj;

	check_irq_off();
	ac = cpu_cache_get(cache);
	if (likely(ac->avail)) {
		STATS_INC_ALLOCHIT(cache);
		ac->touched = 1;
		obj = ac->entry[--ac->avail];	/* the hottest object */
	} else {
		STATS_INC_ALLOCMISS(cache);
		obj = cache_alloc_refill(cache, flags);
	}
	return obj;
}

/**
 * @brief \~english The node-independent allocation (!NUMA).
 *        \~chinese 与节点无关的分配（非 NUMA 版本）。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the object, or NULL \~chinese 对象；失败返回 NULL \~
 * @kernel{mm/slab.c,3451}
 * @seenotes{chapter-slab,slab-alloc}
 */
static __always_inline void *__do_cache_alloc(struct kmem_cache *cachep,
					      gfp_t flags)
{
	return ____cache_alloc(cachep, flags);
}

/* a hint: the object is about to be written */
#define prefetchw(x)	__builtin_prefetch(x, 1)

/**
 * @brief \~english Allocate an object with interrupts off, then check and zero it.
 *        \~chinese 在关中断的情况下分配对象，然后做调试检查并按需清零。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags (__GFP_ZERO clears the object)
 *              \~chinese 分配标志（__GFP_ZERO 表示把对象清零） \~
 * @param caller \~english who allocates (for SLAB_STORE_USER)
 *               \~chinese 分配者（供 SLAB_STORE_USER 记录） \~
 * @return \~english the object, or NULL \~chinese 对象；失败返回 NULL \~
 * @kernel{mm/slab.c,3459}
 * @seenotes{chapter-slab,slab-alloc}
 */
static __always_inline void *__cache_alloc(struct kmem_cache *cache,
					   gfp_t flags, void *caller)
{
	unsigned long save_flags;
	void *obj;

	cache_alloc_debugcheck_before(cache, flags);
	local_irq_save(save_flags);
	obj = __do_cache_alloc(cache, flags);
	local_irq_restore(save_flags);
	obj = cache_alloc_debugcheck_after(cache, flags, obj, caller);
	prefetchw(obj);
	if (unlikely((flags & __GFP_ZERO) && obj))
		memset(obj, 0, (size_t)obj_size(cache));
	return obj;
}

/* ---- freeing ---------------------------------------------------------------- */

/**
 * @brief \~english Return objects to their slabs; free slabs beyond free_limit go.
 *        \~chinese 把对象还给各自的 slab；超出 free_limit 的空闲 slab 被释放。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param objpp \~english the objects \~chinese 对象数组 \~
 * @param nr_objects \~english how many \~chinese 对象个数 \~
 * @param node \~english the node \~chinese 节点号 \~
 * @context \~english the node's list_lock held
 *          \~chinese 持有该节点的 list_lock \~
 * @kernel{mm/slab.c,3483}
 * @seenotes{chapter-slab,slab-flush}
 */
static void free_block(struct kmem_cache *cache, void **objpp,
		       int nr_objects, int node)
{
	struct kmem_list3 *list3;
	int k;

	for (k = 0; k < nr_objects; k++) {
		void *obj = objpp[k];
		struct slab *slab = virt_to_slab(obj);

		list3 = cache->nodelists[node];
		list_del(&slab->list);
		check_spinlock_acquired_node(cache, node);
		check_slabp(cache, slab);
		slab_put_obj(cache, slab, obj, node);
		STATS_DEC_ACTIVE(cache);
		list3->free_objects++;
		check_slabp(cache, slab);

		if (slab->inuse == 0) {
			/* an empty slab: kept while the node has few free
			 * objects, released beyond free_limit */
			if (list3->free_objects > list3->free_limit) {
				list3->free_objects -= cache->num;
				slab_destroy(cache, slab);
			} else {
				list_add(&slab->list, &list3->slabs_free);
			}
		} else {
			/* at the tail: its other objects get time to come
			 * back before it is used again */
			list_add_tail(&slab->list, &list3->slabs_partial);
		}
	}
}

/**
 * @brief \~english A full array gives its batchcount oldest objects away.
 *        \~chinese 数组已满时，把最早放入的 batchcount 个对象移走。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param ac \~english this CPU's full array
 *           \~chinese 当前 CPU 已满的本地高速缓存 \~
 * @context \~english interrupts off \~chinese 中断已关闭 \~
 * @kernel{mm/slab.c,3527}
 * @seenotes{chapter-slab,slab-flush}
 * @kquirk \~english The DEBUG BUG_ON() and the STATS count of free slabs
 *         (STATS_SET_FREEABLE()) run when slab_debug is on.
 *         \~chinese DEBUG 下的 BUG_ON() 与 STATS 对空闲 slab 的计数（STATS_SET_FREEABLE()）
 *         在打开 slab_debug 时执行。 \~
 */
static void cache_flusharray(struct kmem_cache *cache, struct array_cache *ac)
{
	int batchcount = (int)ac->batchcount;
	int node = numa_node_id();
	struct kmem_list3 *list3;

	if (DEBUG)
		BUG_ON(!batchcount || batchcount > (int)ac->avail);
	check_irq_off();
	list3 = cache->nodelists[node];
	spin_lock(&list3->list_lock);
	if (list3->shared) {
		/* into the shared array while it has room */
		struct array_cache *shared_array = list3->shared;
		int max = (int)(shared_array->limit - shared_array->avail);

		if (max) {
			if (batchcount > max)
				batchcount = max;
			memcpy(shared_array->entry + shared_array->avail,
			       ac->entry, (size_t)batchcount * sizeof(void *));
			shared_array->avail += (unsigned int)batchcount;
			goto free_done;
		}
	}
	free_block(cache, ac->entry, batchcount, node);
free_done:
	if (STATS) {
		struct slab *slab;
		int i = 0;

		list_for_each_entry(slab, &list3->slabs_free, list) {
			BUG_ON(slab->inuse);
			i++;
		}
		STATS_SET_FREEABLE(cache, i);
	}
	spin_unlock(&list3->list_lock);
	/* the newer objects move down to the bottom of the array */
	ac->avail -= (unsigned int)batchcount;
	memmove(ac->entry, ac->entry + batchcount, ac->avail * sizeof(void *));
}

/**
 * @brief \~english Push an object on this CPU's array, flushing it first when full.
 *        \~chinese 把对象压入本 CPU 的数组；数组满时先做一次刷新。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param obj \~english the object \~chinese 对象 \~
 * @context \~english interrupts off \~chinese 中断已关闭 \~
 * @kernel{mm/slab.c,3582}
 * @seenotes{chapter-slab,slab-free}
 * @kquirk \~english The alien-cache test (numa_platform, cache_free_alien())
 *         is left out: there is one node.
 *         \~chinese 省略了对 alien 缓存的判断（numa_platform、cache_free_alien()）：
 *         只有一个节点。 \~
 */
static __always_inline void __cache_free(struct kmem_cache *cache,
					 void *obj)
{
	struct array_cache *ac = cpu_cache_get(cache);

	check_irq_off();
	obj = cache_free_debugcheck(cache, obj, __builtin_return_address(0));
	if (likely(ac->avail < ac->limit)) {
		STATS_INC_FREEHIT(cache);
		ac->entry[ac->avail++] = obj;
		return;
	} else {
		STATS_INC_FREEMISS(cache);
		cache_flusharray(cache, ac);
		ac->entry[ac->avail++] = obj;
	}
}

/**
 * @brief \~english Allocate an object from a cache.
 *        \~chinese 从高速缓存中分配一个对象。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the object, or NULL \~chinese 对象；失败返回 NULL \~
 * @kernel{mm/slab.c,3618}
 * @seenotes{chapter-slab,slab-alloc}
 */
void *kmem_cache_alloc(struct kmem_cache *cachep, gfp_t flags)
{
	return __cache_alloc(cachep, flags, __builtin_return_address(0));
}

/**
 * @brief \~english kmalloc() of a size known only at run time: find the general cache.
 *        \~chinese 大小在运行时才知道的 kmalloc()：查找合适的通用高速缓存。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @param caller \~english who allocates \~chinese 分配者 \~
 * @return \~english the object, ZERO_SIZE_PTR for 0, NULL when too large or no memory
 *         \~chinese 对象；大小为 0 时返回 ZERO_SIZE_PTR；过大或内存不足时返回 NULL \~
 * @kernel{mm/slab.c,3714}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
static __always_inline void *__do_kmalloc(size_t size, gfp_t flags,
					  void *caller)
{
	struct kmem_cache *cachep = __find_general_cachep(size, flags);

	if (unlikely(ZERO_OR_NULL_PTR(cachep)))
		return cachep;
	return __cache_alloc(cachep, flags, caller);
}

/**
 * @brief \~english kmalloc() through the table of general caches.
 *        \~chinese 经由通用高速缓存表的 kmalloc()。 \~
 * @param size \~english bytes wanted \~chinese 请求的字节数 \~
 * @param flags \~english gfp flags \~chinese 分配标志 \~
 * @return \~english the object, ZERO_SIZE_PTR, or NULL
 *         \~chinese 对象，或 ZERO_SIZE_PTR，或 NULL \~
 * @kernel{mm/slab.c,3745}
 * @seenotes{chapter-slab,slab-kmalloc}
 * @kquirk \~english One version for both builds: it passes its own
 *         caller to __do_kmalloc() (__builtin_return_address(0), which the
 *         diff shows as return_address()), which only slab_debug records,
 *         where 2.6.24 without DEBUG_SLAB passes NULL.
 *         \~chinese 调试与非调试共用一个版本：把自己的调用者传给 __do_kmalloc()
 *         （__builtin_return_address(0)，差异报告中显示为 return_address()），只有
 *         slab_debug 会记录它；而 2.6.24 在没有 DEBUG_SLAB 时传 NULL。 \~
 */
void *__kmalloc(size_t size, gfp_t flags)
{
	return __do_kmalloc(size, flags, __builtin_return_address(0));
}

/**
 * @brief \~english Free an object to the cache it came from.
 *        \~chinese 把对象释放回它所属的高速缓存。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param obj \~english the object \~chinese 对象 \~
 * @kernel{mm/slab.c,3760}
 * @seenotes{chapter-slab,slab-free}
 */
void kmem_cache_free(struct kmem_cache *cache, void *obj)
{
	unsigned long irqflags;

	local_irq_save(irqflags);
	__cache_free(cache, obj);
	local_irq_restore(irqflags);
}

/**
 * @brief \~english Free memory from kmalloc(): the cache is found from the page.
 *        \~chinese 释放 kmalloc() 分配的内存：由对象所在的页找到高速缓存。 \~
 * @param obj \~english the object, NULL or ZERO_SIZE_PTR
 *            \~chinese 对象；NULL 或 ZERO_SIZE_PTR 时什么也不做 \~
 * @kernel{mm/slab.c,3780}
 * @seenotes{chapter-slab,slab-free}
 */
void kfree(const void *obj)
{
	struct kmem_cache *cachep;
	unsigned long flags;

	if (unlikely(ZERO_OR_NULL_PTR(obj)))
		return;
	local_irq_save(flags);
	kfree_debugcheck(obj);
	cachep = virt_to_cache(obj);
	__cache_free(cachep, (void *)obj);
	local_irq_restore(flags);
}

/**
 * @brief \~english The size of a cache's objects as its users see it.
 *        \~chinese 高速缓存中对象对使用者而言的大小。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @return \~english obj_size() of the cache
 *         \~chinese 该高速缓存的 obj_size() \~
 * @kernel{mm/slab.c,3796}
 * @seenotes{chapter-slab,slab-caches}
 */
unsigned int kmem_cache_size(struct kmem_cache *cachep)
{
	return (unsigned int)obj_size(cachep);
}

/**
 * @brief \~english The name of a cache.
 *        \~chinese 高速缓存的名字。 \~
 * @param cachep \~english the cache \~chinese 高速缓存 \~
 * @return \~english the name \~chinese 它的名字 \~
 * @kernel{mm/slab.c,3802}
 * @seenotes{chapter-slab,slab-caches}
 */
const char *kmem_cache_name(struct kmem_cache *cachep)
{
	return cachep->name;
}

/* ---- tuning the arrays -------------------------------------------------------- */

/**
 * @brief \~english Give a cache its list3 and shared array on each node, or resize them.
 *        \~chinese 为高速缓存在每个节点上建立 kmem_list3 与共享数组，或调整其大小。 \~
 * @param cache \~english the cache (its shared, batchcount and num are set)
 *              \~chinese 高速缓存（已设置它的 shared、batchcount 与 num） \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/slab.c,3811}
 * @seenotes{chapter-slab,slab-shared}
 * @kquirk \~english There are no alien caches (use_alien_caches is 0 with
 *         one node), so alloc_alien_cache() and free_alien_cache() are not
 *         called. The new structures come with kmalloc_node_fp() and go
 *         with kfree_fp() (i386 bytes by kmalloc_node()/kfree()); the hash
 *         of the cache's address uses its i386 address,
 *         cache_i386_addr().
 *         \~chinese 没有 alien 缓存（只有一个节点时 use_alien_caches 为 0），所以不调用
 *         alloc_alien_cache() 与 free_alien_cache()。新结构用 kmalloc_node_fp() 分配、
 *         用 kfree_fp() 释放（i386 上的字节由 kmalloc_node()/kfree() 负责）；对高速缓存
 *         地址的散列取它在 i386 上的地址 cache_i386_addr()。 \~
 */
static int alloc_kmemlist(struct kmem_cache *cache)
{
	struct array_cache *new_shared;
	struct kmem_list3 *list3;
	int node;

	for_each_online_node(node) {
		new_shared = NULL;
		if (cache->shared) {
			new_shared = alloc_arraycache(node,
				(int)(cache->shared * cache->batchcount),
				0xbaadf00d);
			if (!new_shared)
				goto fail;
		}

		list3 = cache->nodelists[node];
		if (list3) {
			/* resize: the old shared array's objects go back */
			struct array_cache *shared = list3->shared;

			spin_lock_irq(&list3->list_lock);
			if (shared)
				free_block(cache, shared->entry,
					   (int)shared->avail, node);
			list3->shared = new_shared;
			list3->free_limit = (unsigned int)(1 + nr_cpus_node(node)) *
					 cache->batchcount + cache->num;
			spin_unlock_irq(&list3->list_lock);
			kfree_fp(shared);
			continue;
		}
		list3 = kmalloc_node_fp(sizeof(*list3), I386_SIZEOF_KMEM_LIST3,
				     GFP_KERNEL, node);
		if (!list3) {
			kfree_fp(new_shared);
			goto fail;
		}
		kmem_list3_init(list3);
		list3->next_reap = jiffies + REAPTIMEOUT_LIST3 +
				cache_i386_addr(cache) % REAPTIMEOUT_LIST3;
		list3->shared = new_shared;
		list3->free_limit = (unsigned int)(1 + nr_cpus_node(node)) *
				 cache->batchcount + cache->num;
		cache->nodelists[node] = list3;
	}
	return 0;

fail:
	if (!cache->next.next) {
		/* not on cache_chain yet: undo the nodes done so far */
		for (node--; node >= 0; node--) {
			list3 = cache->nodelists[node];
			if (!list3)
				continue;
			kfree_fp(list3->shared);
			kfree_fp(list3);
			cache->nodelists[node] = NULL;
		}
	}
	return -ENOMEM;
}

/**
 * @brief \~english New per-CPU arrays for a cache, handed to each CPU.
 *        \~chinese 为高速缓存准备的新每CPU数组，逐个交给各 CPU。 \~
 * @kernel{mm/slab.c,3896}
 * @seenotes{chapter-slab,slab-tune}
 */
struct ccupdate_struct {
	struct kmem_cache *cachep;		/**< the cache */
	struct array_cache *new[NR_CPUS];	/**< new arrays; the old after */
};

/**
 * @brief \~english On each CPU: swap in the new array, keep the old one for freeing.
 *        \~chinese 在每个 CPU 上运行：换上新数组，留下旧数组以便释放。 \~
 * @param info \~english the ccupdate_struct \~chinese ccupdate_struct \~
 * @context \~english interrupts off, on the CPU concerned
 *          \~chinese 中断已关闭，运行在相应的 CPU 上 \~
 * @kernel{mm/slab.c,3901}
 * @seenotes{chapter-slab,slab-tune}
 */
static void do_ccupdate_local(void *info)
{
	struct ccupdate_struct *update = info;
	struct array_cache *prev;

	check_irq_off();
	prev = cpu_cache_get(update->cachep);
	update->cachep->array[smp_processor_id()] =
		update->new[smp_processor_id()];
	update->new[smp_processor_id()] = prev;
}

/**
 * @brief \~english Set a cache's limit, batchcount and shared factor: new arrays everywhere.
 *        \~chinese 设置高速缓存的 limit、batchcount 与共享因子：为每个 CPU 换上新数组。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param limit \~english objects per CPU array
 *              \~chinese 每个 CPU 本地高速缓存的对象数上限 \~
 * @param batchcount \~english objects per refill or flush
 *                   \~chinese 每次填充或清空时移动的对象数 \~
 * @param shared \~english the shared array holds shared * batchcount
 *               \~chinese 共享本地高速缓存容纳 shared * batchcount 个对象 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @context \~english cache_chain_mutex held \~chinese 持有 cache_chain_mutex \~
 * @kernel{mm/slab.c,3914}
 * @seenotes{chapter-slab,slab-tune}
 * @kquirk \~english kzalloc_fp() takes the 36 i386 bytes of the
 *         ccupdate_struct with kzalloc() (a size-64 object, as in 2.6.24);
 *         the arrays go with kfree_fp() where 2.6.24 calls kfree().
 *         \~chinese kzalloc_fp() 用 kzalloc() 分配 ccupdate_struct 在 i386 上的 36 字节
 *         （与 2.6.24 一样是 size-64 的对象）；数组用 kfree_fp() 释放，2.6.24 在此调用 kfree()。 \~
 */
static int do_tune_cpucache(struct kmem_cache *cache, int limit,
			    int batchcount, int shared)
{
	struct ccupdate_struct *new;
	int i;

	new = kzalloc_fp(sizeof(*new), I386_SIZEOF_CCUPDATE, GFP_KERNEL);
	if (!new)
		return -ENOMEM;

	for_each_online_cpu(i) {
		new->new[i] = alloc_arraycache(cpu_to_node(i), limit,
					       batchcount);
		if (!new->new[i]) {
			while (--i >= 0)
				kfree_fp(new->new[i]);
			kfree_fp(new);
			return -ENOMEM;
		}
	}
	new->cachep = cache;

	on_each_cpu(do_ccupdate_local, new, 1, 1);

	check_irq_on();
	cache->batchcount = (unsigned int)batchcount;
	cache->limit = (unsigned int)limit;
	cache->shared = (unsigned int)shared;

	/* the old arrays: their objects back to the slabs, then away */
	for_each_online_cpu(i) {
		struct array_cache *ccold = new->new[i];

		if (!ccold)
			continue;
		spin_lock_irq(&cache->nodelists[cpu_to_node(i)]->list_lock);
		free_block(cache, ccold->entry, (int)ccold->avail,
			   cpu_to_node(i));
		spin_unlock_irq(&cache->nodelists[cpu_to_node(i)]->list_lock);
		kfree_fp(ccold);
	}
	kfree_fp(new);
	return alloc_kmemlist(cache);
}

/**
 * @brief \~english The default tunables of a cache, from its object size.
 *        \~chinese 按对象大小为高速缓存设置默认的调节参数。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @return \~english 0, or the error of do_tune_cpucache()
 *         \~chinese 成功返回 0，否则返回 do_tune_cpucache() 的错误码 \~
 * @kernel{mm/slab.c,3957}
 * @seenotes{chapter-slab,slab-tune}
 */
static int enable_cpucache(struct kmem_cache *cache)
{
	int limit, shared;
	int err;

	/* big objects: short arrays, they pin a lot of memory */
	if (cache->buffer_size > 131072)
		limit = 1;
	else if (cache->buffer_size > PAGE_SIZE)
		limit = 8;
	else if (cache->buffer_size > 1024)
		limit = 24;
	else if (cache->buffer_size > 256)
		limit = 54;
	else
		limit = 120;

	/* a shared array helps objects that one CPU allocates and another
	 * frees; with one CPU it would only lengthen the per-CPU array */
	shared = 0;
	if (cache->buffer_size <= PAGE_SIZE && num_possible_cpus() > 1)
		shared = 8;

	/* debugging makes each object slow: keep the batches short */
	if (DEBUG && limit > 32)
		limit = 32;

	err = do_tune_cpucache(cache, limit, (limit + 1) / 2, shared);
	if (err)
		printk(KERN_ERR "enable_cpucache failed for %s, error %d.\n",
		       cache->name, -err);
	return err;
}

/* ---- reaping ------------------------------------------------------------------ */

/**
 * @brief \~english Free part of an array (all when forced) unless it was just used.
 *        \~chinese 释放数组中的一部分对象（强制时全部释放），除非它刚被使用过。 \~
 * @param cache \~english the cache \~chinese 高速缓存 \~
 * @param list3 \~english its list3 \~chinese 它的 kmem_list3 \~
 * @param ac \~english the array (a CPU's or the shared one), or NULL
 *           \~chinese 本地高速缓存（某个 CPU 的，或共享的），或 NULL \~
 * @param force \~english free everything \~chinese 非 0 时全部释放 \~
 * @param node \~english the node \~chinese 节点号 \~
 * @kernel{mm/slab.c,4015}
 * @seenotes{chapter-slab,slab-reap}
 */
static void drain_array(struct kmem_cache *cache, struct kmem_list3 *list3,
			struct array_cache *ac, int force, int node)
{
	int tofree;

	if (!ac || !ac->avail)
		return;
	if (ac->touched && !force) {
		/* used since the last look: spare it this time */
		ac->touched = 0;
	} else {
		spin_lock_irq(&list3->list_lock);
		if (ac->avail) {
			/* a fifth of the limit, at most half of what it has */
			tofree = force ? (int)ac->avail : (int)(ac->limit + 4) / 5;
			if (tofree > (int)ac->avail)
				tofree = (int)(ac->avail + 1) / 2;
			free_block(cache, ac->entry, tofree, node);
			ac->avail -= (unsigned int)tofree;
			memmove(ac->entry, ac->entry + tofree,
				ac->avail * sizeof(void *));
		}
		spin_unlock_irq(&list3->list_lock);
	}
}

/**
 * @brief \~english Every two seconds per CPU: trim idle arrays and free idle slabs.
 *        \~chinese 每个 CPU 每两秒运行一次：修剪闲置的数组，释放闲置的空闲 slab。 \~
 * @param wk \~english the CPU's reap_work \~chinese 该 CPU 的 reap_work \~
 * @kernel{mm/slab.c,4051}
 * @seenotes{chapter-slab,slab-reap}
 * @kquirk \~english There is no timer and no keventd: the tick command
 *         advances jiffies one second (HZ) at a time and then runs the
 *         delayed work that is due (run_delayed_work()), each item as its
 *         CPU; cache_reap() re-arms itself with schedule_delayed_work() as
 *         in 2.6.24. reap_alien() and next_reap_node() have nothing to do
 *         without NUMA.
 *         \~chinese 没有定时器，也没有 keventd：tick 命令每次把 jiffies 推进一秒（HZ），
 *         然后运行到期的延迟工作（run_delayed_work()），每项都在它自己的 CPU 上运行；
 *         cache_reap() 与 2.6.24 一样用 schedule_delayed_work() 重新安排自己。没有
 *         NUMA，reap_alien() 与 next_reap_node() 无事可做。 \~
 */
static void cache_reap(struct work_struct *wk)
{
	struct kmem_cache *cachep;
	struct kmem_list3 *list3;
	int node = numa_node_id();
	struct delayed_work *work = container_of(wk, struct delayed_work, work);

	/* the chain is busy: try again next time */
	if (!mutex_trylock(&cache_chain_mutex))
		goto out;

	list_for_each_entry(cachep, &cache_chain, next) {
		check_irq_on();
		list3 = cachep->nodelists[node];
		drain_array(cachep, list3, cpu_cache_get(cachep), 0, node);

		/* the lists and the shared array every REAPTIMEOUT_LIST3 */
		if (time_after(list3->next_reap, jiffies))
			goto next;
		list3->next_reap = jiffies + REAPTIMEOUT_LIST3;
		drain_array(cachep, list3, list3->shared, 0, node);

		if (list3->free_touched) {
			list3->free_touched = 0;
		} else {
			/* a fifth of free_limit's worth of slabs, rounded up */
			int freed = drain_freelist(cachep, list3,
				(int)((list3->free_limit + 5 * cachep->num - 1) /
				      (5 * cachep->num)));

			STATS_ADD_REAPED(cachep, freed);
		}
next:
		cond_resched();
	}
	check_irq_on();
	mutex_unlock(&cache_chain_mutex);
out:
	schedule_delayed_work(work, round_jiffies_relative(REAPTIMEOUT_CPUC));
}

/* ---- /proc/slabinfo -------------------------------------------------------------- */

/**
 * @brief \~english The two header lines of /proc/slabinfo (version 2.1).
 *        \~chinese /proc/slabinfo 的两行表头（2.1 版格式）。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @kernel{mm/slab.c,4110}
 * @seenotes{chapter-slab,slab-slabinfo}
 * @kquirk \~english The header is printed from two strings with seq_printf() and
 *         seq_puts(), not with six seq_puts() calls; the text is 2.6.24's.
 *         \~chinese 表头由两个字符串经 seq_printf() 与 seq_puts() 输出，
 *         而不是调用六次 seq_puts()；输出的文字与 2.6.24 相同。 \~
 */
static void print_slabinfo_header(struct seq_file *m)
{
	static const char columns[] =
		"# name            <active_objs> <num_objs> <objsize> "
		"<objperslab> <pagesperslab>"
		" : tunables <limit> <batchcount> <sharedfactor>"
		" : slabdata <active_slabs> <num_slabs> <sharedavail>";
	static const char stats_columns[] =
		" : globalstat <listallocs> <maxobjs> <grown> <reaped> "
		"<error> <maxfreeable> <nodeallocs> <remotefrees> "
		"<alienoverflow>"
		" : cpustat <allochit> <allocmiss> <freehit> <freemiss>";

	/* the version line tells tools which columns follow */
	seq_printf(m, "slabinfo - version: 2.1%s\n%s",
		   STATS ? " (statistics)" : "", columns);
	if (STATS)
		seq_puts(m, stats_columns);
	seq_putc(m, '\n');
}

/**
 * @brief \~english Start of a read of /proc/slabinfo: the header, then the cache at *pos.
 *        \~chinese 开始读取 /proc/slabinfo：先输出表头，再返回位置 *pos 处的高速缓存。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param pos \~english the record wanted \~chinese 要读的记录序号 \~
 * @return \~english the cache's list entry, or NULL past the end
 *         \~chinese 该高速缓存的链表项；越过末尾时返回 NULL \~
 * @kernel{mm/slab.c,4133}
 * @seenotes{chapter-slab,slab-slabinfo}
 */
static void *s_start(struct seq_file *m, loff_t *pos)
{
	mutex_lock(&cache_chain_mutex);
	if (*pos == 0)
		print_slabinfo_header(m);
	return seq_list_start(&cache_chain, *pos);
}

/**
 * @brief \~english The next cache on cache_chain.
 *        \~chinese cache_chain 上的下一个高速缓存。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param p \~english this cache's list entry \~chinese 当前高速缓存的链表项 \~
 * @param pos \~english the record number \~chinese 记录序号 \~
 * @return \~english the next list entry, or NULL at the end
 *         \~chinese 下一个链表项；到末尾时返回 NULL \~
 * @kernel{mm/slab.c,4144}
 * @seenotes{chapter-slab,slab-slabinfo}
 */
static void *s_next(struct seq_file *m, void *p, loff_t *pos)
{
	return seq_list_next(p, &cache_chain, pos);
}

/**
 * @brief \~english End of a read of /proc/slabinfo.
 *        \~chinese 结束对 /proc/slabinfo 的读取。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param p \~english the last entry \~chinese 最后一个链表项 \~
 * @kernel{mm/slab.c,4149}
 * @seenotes{chapter-slab,slab-slabinfo}
 */
static void s_stop(struct seq_file *m, void *p)
{
	mutex_unlock(&cache_chain_mutex);
}

/**
 * @brief \~english One line of /proc/slabinfo: a cache's counts, tunables and slab data.
 *        \~chinese /proc/slabinfo 的一行：高速缓存的对象数、调节参数与 slab 数据。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param p \~english the cache's list entry \~chinese 该高速缓存的链表项 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/slab.c,4154}
 * @seenotes{chapter-slab,slab-slabinfo}
 * @kquirk \~english The STATS columns (globalstat and cpustat: seq_printf() of the
 *         counters, atomic_read()) are printed when slab_debug is on.
 *         \~chinese STATS 各列（globalstat 与 cpustat：计数器的 seq_printf()、
 *         atomic_read()）在打开 slab_debug 时输出。 \~
 */
static int s_show(struct seq_file *m, void *p)
{
	struct kmem_cache *cache = list_entry(p, struct kmem_cache, next);
	unsigned long active_objs = 0, num_objs, active_slabs = 0;
	unsigned long num_slabs = 0, free_objects = 0, shared_avail = 0;
	const char *error = NULL;
	struct kmem_list3 *list3;
	struct slab *slab;
	int node;

	for_each_online_node(node) {
		list3 = cache->nodelists[node];
		if (!list3)
			continue;
		check_irq_on();
		spin_lock_irq(&list3->list_lock);
		/* count, and check each slab is on the list its inuse says */
		list_for_each_entry(slab, &list3->slabs_full, list) {
			if (slab->inuse != cache->num && !error)
				error = "slabs_full accounting error";
			active_objs += cache->num;
			active_slabs++;
		}
		list_for_each_entry(slab, &list3->slabs_partial, list) {
			if (slab->inuse == cache->num && !error)
				error = "slabs_partial inuse accounting error";
			if (!slab->inuse && !error)
				error = "slabs_partial/inuse accounting error";
			active_objs += slab->inuse;
			active_slabs++;
		}
		list_for_each_entry(slab, &list3->slabs_free, list) {
			if (slab->inuse && !error)
				error = "slabs_free/inuse accounting error";
			num_slabs++;
		}
		free_objects += list3->free_objects;
		if (list3->shared)
			shared_avail += list3->shared->avail;
		spin_unlock_irq(&list3->list_lock);
	}
	num_slabs += active_slabs;
	num_objs = num_slabs * cache->num;
	if (num_objs - active_objs != free_objects && !error)
		error = "free_objects accounting error";
	if (error)
		printk(KERN_ERR "slab: cache %s error: %s\n", cache->name,
		       error);

	seq_printf(m, "%-17s %6lu %6lu %6u %4u %4d", cache->name,
		   active_objs, num_objs, cache->buffer_size, cache->num,
		   1 << cache->gfporder);
	seq_printf(m, " : tunables %4u %4u %4u", cache->limit,
		   cache->batchcount, cache->shared);
	seq_printf(m, " : slabdata %6lu %6lu %6lu", active_slabs, num_slabs,
		   shared_avail);
	if (STATS) {
		/* 2.6.24 continues this format string on a new line with a
		 * backslash: the next line's indentation is part of it */
		seq_printf(m, " : globalstat %7lu %6lu %5lu %4lu "
			   "\t\t\t\t%4lu %4lu %4lu %4lu %4lu",
			   cache->num_allocations, cache->high_mark,
			   cache->grown, cache->reaped, cache->errors,
			   cache->max_freeable, cache->node_allocs,
			   cache->node_frees, cache->node_overflow);
		seq_printf(m, " : cpustat %6lu %6lu %6lu %6lu",
			   (unsigned long)atomic_read(&cache->allochit),
			   (unsigned long)atomic_read(&cache->allocmiss),
			   (unsigned long)atomic_read(&cache->freehit),
			   (unsigned long)atomic_read(&cache->freemiss));
	}
	seq_putc(m, '\n');
	return 0;
}

/**
 * @brief \~english The iterator of /proc/slabinfo.
 *        \~chinese /proc/slabinfo 的迭代器。 \~
 * @kernel{mm/slab.c,4264}
 * @seenotes{chapter-slab,slab-slabinfo}
 */
const struct seq_operations slabinfo_op = {
	.start = s_start,
	.next = s_next,
	.stop = s_stop,
	.show = s_show,
};

int slabinfo_show(struct seq_file *m, void *unused)
{
	return seq_print_all(m, &slabinfo_op);
}

#define MAX_SLABINFO_WRITE 128

/**
 * @brief \~english Tune a cache: "NAME LIMIT BATCHCOUNT SHAREDFACTOR" written to /proc/slabinfo.
 *        \~chinese 调节高速缓存：向 /proc/slabinfo 写入 "名字 limit batchcount 共享因子"。 \~
 * @param file \~english unused \~chinese 未使用 \~
 * @param buffer \~english the text written \~chinese 写入的文本 \~
 * @param count \~english its length \~chinese 它的长度 \~
 * @param ppos \~english unused \~chinese 未使用 \~
 * @return \~english @p count, or -EINVAL (bad line, unknown cache), -ENOMEM
 *         \~chinese 成功返回 @p count；行格式错误或没有该高速缓存时返回 -EINVAL；内存不足时返回 -ENOMEM \~
 * @kernel{mm/slab.c,4279}
 * @seenotes{chapter-slab,slab-tune}
 * @kquirk \~english The text is already in kernel memory (the scenario's
 *         echo), so copy_from_user() is a memcpy() and cannot fail with
 *         -EFAULT; the rest of the buffer is zeroed, where 2.6.24 leaves
 *         its stack bytes.
 *         \~chinese 文本已经在内核内存中（来自场景中的 echo），所以
 *         copy_from_user() 换成 memcpy()，不会以 -EFAULT 失败；缓冲区其余部分清零，
 *         而 2.6.24 留着栈上的原有字节。 \~
 */
ssize_t slabinfo_write(struct file *file, const char *buffer, size_t count,
		       loff_t *ppos)
{
	char line[MAX_SLABINFO_WRITE + 1] = "", *numbers;
	int lim, batch, share, ret;
	struct kmem_cache *cache;

	if (count > MAX_SLABINFO_WRITE)
		return -EINVAL;
	memcpy(line, buffer, count);
	line[MAX_SLABINFO_WRITE] = '\0';

	/* "NAME LIMIT BATCHCOUNT SHARED": the name ends at the first space */
	numbers = strchr(line, ' ');
	if (numbers == NULL)
		return -EINVAL;
	*numbers++ = '\0';
	if (sscanf(numbers, "%d %d %d", &lim, &batch, &share) != 3)
		return -EINVAL;

	mutex_lock(&cache_chain_mutex);
	ret = -EINVAL;		/* unless the cache exists */
	list_for_each_entry(cache, &cache_chain, next) {
		if (strcmp(cache->name, line) != 0)
			continue;
		/* nonsense values are ignored without an error */
		if (lim < 1 || batch < 1 || batch > lim || share < 0)
			ret = 0;
		else
			ret = do_tune_cpucache(cache, lim, batch, share);
		break;
	}
	mutex_unlock(&cache_chain_mutex);
	return ret < 0 ? ret : (ssize_t)count;
}

/**
 * @brief \~english The bytes an object really has, at least what was asked.
 *        \~chinese 对象实际拥有的字节数（不小于申请的大小）。 \~
 * @param objp \~english an object of kmalloc() or kmem_cache_alloc()
 *             \~chinese 由 kmalloc() 或 kmem_cache_alloc() 得到的对象 \~
 * @return \~english its size; 0 for ZERO_SIZE_PTR
 *         \~chinese 它的大小；ZERO_SIZE_PTR 返回 0 \~
 * @kernel{mm/slab.c,4470}
 * @seenotes{chapter-slab,slab-kmalloc}
 */
size_t ksize(const void *objp)
{
	BUG_ON(!objp);
	if (unlikely(objp == ZERO_SIZE_PTR))
		return 0;
	return (size_t)obj_size(virt_to_cache(objp));
}

/**
 * @brief \~english The slab_debug boot option: debug every cache as CONFIG_DEBUG_SLAB does.
 *        \~chinese slab_debug 启动参数：像 CONFIG_DEBUG_SLAB 那样调试所有高速缓存。 \~
 * @param str \~english what follows the option's name (nothing)
 *            \~chinese 选项名之后的内容（应为空） \~
 * @return \~english 1: the option is taken \~chinese 1：该选项已被接受 \~
 */
static int slab_debug_setup(char *str)
{
	if (*str)
		return 0;	/* "slab_debugXYZ" is another option */
	slab_debug = 1;
	return 1;
}
__setup("slab_debug", slab_debug_setup);
