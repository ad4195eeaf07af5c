/**
 * @file
 * @brief \~english The kernel address of a page frame: the direct map, or
 *        the hash of persistent kmaps.
 *        \~chinese 页框的内核虚拟地址：直接映射区，或永久内核映射的散列表。 \~
 *
 * highmem.c (page unit) - page_address() and the page_address_htable
 * (mm/highmem.c, the HASHED_PAGE_VIRTUAL half).
 *
 * i386 struct page has no "virtual" field (WANT_PAGE_VIRTUAL is off), so
 * the address of a frame is found this way:
 *  1. a lowmem frame is mapped once and for ever at PAGE_OFFSET + its
 *     physical address: lowmem_page_address();
 *  2. a highmem frame has an address only while kmap() keeps it in a pkmap
 *     slot; kmap_high() records the pair (page, address) with
 *     set_page_address(), and page_address() looks it up;
 *  3. the pairs are page_address_maps hashed on the struct page pointer
 *     into 2^PA_HASH_ORDER = 128 buckets (hash_ptr());
 *  4. a pair comes from a pool of exactly LAST_PKMAP maps, one per pkmap
 *     slot, so set_page_address() can never run out: more highmem frames
 *     than slots cannot be kmapped at once.
 * kmap_atomic() mappings are not recorded: page_address() of a highmem
 * frame that only kmap_atomic() maps is NULL.
 *
 * This is the page unit's part of mm/highmem.c because the units below
 * the highmem unit need it: the buddy allocator's __get_free_pages()
 * returns page_address(), the slab allocator finds its objects with it.
 * The persistent kmaps that fill the hash are the highmem unit's
 * (src/highmem/highmem.c).
 */
#include <linux/hash.h>
#include <linux/highmem.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/spinlock.h>
#include <linux/swap.h>
#include <linux/vmstat.h>
#include <asm/fixmap.h>

#define PA_HASH_ORDER	7

/**
 * @brief \~english One (page, kernel address) pair of a kmapped highmem frame.
 *        \~chinese 一个已被 kmap 的高端页框的（页框，内核地址）对。 \~
 * @kernel{mm/highmem.c,237}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
struct page_address_map {
	struct page *page;	/* the highmem frame */
	void *virtual;		/* its pkmap address */
	struct list_head list;	/* in a bucket, or in page_address_pool */
};

/* the unused maps: LAST_PKMAP of them at boot */
static struct list_head page_address_pool;
static spinlock_t pool_lock;

/**
 * @brief \~english A bucket of page_address_htable: maps whose page hashes here.
 *        \~chinese page_address_htable 的一个散列桶：散列到这里的映射对。 \~
 * @kernel{mm/highmem.c,252}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
static struct page_address_slot {
	struct list_head lh;	/* of struct page_address_map */
	spinlock_t lock;	/* guards lh */
} page_address_htable[1 << PA_HASH_ORDER];

/**
 * @brief \~english The bucket of page_address_htable that @p page hashes to.
 *        \~chinese 求 page 在 page_address_htable 中所属的散列桶。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @return \~english its bucket \~chinese 它所在的散列桶 \~
 * @kernel{mm/highmem.c,257}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
static struct page_address_slot *page_slot(struct page *page)
{
	unsigned long bucket = hash_ptr(page, PA_HASH_ORDER);

	return page_address_htable + bucket;
}

/**
 * @brief \~english The kernel virtual address of a page frame.
 *        \~chinese 求页框的内核虚拟地址。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @return \~english its direct-map address (lowmem), its pkmap address (a highmem
 *                   frame kmap() maps), or NULL (any other highmem frame)
 *         \~chinese 低端内存页框返回其直接映射地址；已被 kmap() 映射的高端内存页框返回其 pkmap 地址；其他高端内存页框返回 NULL \~
 * @context \~english any; takes the bucket's lock with interrupts off
 *          \~chinese 任意上下文；关中断后获取散列桶的锁 \~
 * @kernel{mm/highmem.c,262}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
void *page_address(struct page *page)
{
	struct page_address_slot *bucket;
	struct page_address_map *map;
	unsigned long irqflags;
	void *found;

	if (PageHighMem(page) == 0)
		return lowmem_page_address(page);
	bucket = page_slot(page);
	found = NULL;
	spin_lock_irqsave(&bucket->lock, irqflags);
	/* a short chain: at most LAST_PKMAP maps over 128 buckets */
	if (list_empty(&bucket->lh) == 0) {
		list_for_each_entry(map, &bucket->lh, list) {
			if (map->page == page) {
				found = map->virtual;
				goto done;
			}
		}
	}
done:
	spin_unlock_irqrestore(&bucket->lock, irqflags);
	return found;
}

/**
 * @brief \~english Record (or, with NULL, forget) the pkmap address of a highmem frame.
 *        \~chinese 记录（virtual 为 NULL 时则删除）高端页框的永久映射地址。 \~
 * @param page \~english a highmem frame \~chinese 一个高端内存页框 \~
 * @param virtual \~english its new pkmap address, or NULL when its slot is unmapped
 *                \~chinese 它新的 pkmap 地址；其槽位被撤销映射时为 NULL \~
 * @context \~english kmap_lock held (kmap_high(), flush_all_zero_pkmaps())
 *          \~chinese 持有 kmap_lock（来自 kmap_high()、flush_all_zero_pkmaps()） \~
 * @kernel{mm/highmem.c,291}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
void set_page_address(struct page *page, void *virtual)
{
	struct page_address_slot *bucket;
	struct page_address_map *map;
	unsigned long irqflags;

	BUG_ON(PageHighMem(page) == 0);
	bucket = page_slot(page);
	if (virtual) {
		/* one map per pkmap slot: an empty pool is a kmap leak */
		BUG_ON(list_empty(&page_address_pool));
		spin_lock_irqsave(&pool_lock, irqflags);
		map = list_entry(page_address_pool.next,
				 struct page_address_map, list);
		list_del(&map->list);
		spin_unlock_irqrestore(&pool_lock, irqflags);

		map->virtual = virtual;
		map->page = page;

		spin_lock_irqsave(&bucket->lock, irqflags);
		list_add_tail(&map->list, &bucket->lh);
		spin_unlock_irqrestore(&bucket->lock, irqflags);
	} else {
		spin_lock_irqsave(&bucket->lock, irqflags);
		list_for_each_entry(map, &bucket->lh, list) {
			if (map->page == page) {
				list_del(&map->list);
				spin_unlock_irqrestore(&bucket->lock, irqflags);
				/* back to the pool for the next kmap */
				spin_lock_irqsave(&pool_lock, irqflags);
				list_add_tail(&map->list, &page_address_pool);
				spin_unlock_irqrestore(&pool_lock, irqflags);
				goto done;
			}
		}
		spin_unlock_irqrestore(&bucket->lock, irqflags);
	}
done:
	return;
}

/* the pool's maps: as many as there are pkmap slots */
static struct page_address_map page_address_maps[LAST_PKMAP];

/**
 * @brief \~english Fill the pool of page_address_maps and empty the hash.
 *        \~chinese 填充 page_address_map 池，并把散列表的各桶置空。 \~
 * @context \~english boot, from start_kernel() before setup_arch()
 *          \~chinese 引导阶段，由 start_kernel() 在 setup_arch() 之前调用 \~
 * @kernel{mm/highmem.c,335}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
void page_address_init(void)
{
	unsigned int n;

	INIT_LIST_HEAD(&page_address_pool);
	for (n = 0; n < ARRAY_SIZE(page_address_maps); n++)
		list_add(&page_address_maps[n].list, &page_address_pool);
	for (n = 0; n < ARRAY_SIZE(page_address_htable); n++) {
		struct page_address_slot *bucket = &page_address_htable[n];

		INIT_LIST_HEAD(&bucket->lh);
		spin_lock_init(&bucket->lock);
	}
	spin_lock_init(&pool_lock);
}

/**
 * @brief \~english Free frames in the highmem zones.
 *        \~chinese 高端内存管理区中的空闲页框数。 \~
 * @return \~english frames \~chinese 页框数 \~
 * @kernel{mm/highmem.c,44}
 * @seenotes{chapter-page,page-address}
 */
unsigned int nr_free_highpages(void)
{
	unsigned int sum = 0;
	pg_data_t *node;

	for_each_online_pgdat(node) {
		struct zone *zones = node->node_zones;

		sum += (unsigned int)zone_page_state(&zones[ZONE_HIGHMEM],
						     NR_FREE_PAGES);
		/* ZONE_MOVABLE is highmem too when it was carved from it */
		if (zone_movable_is_highmem())
			sum += (unsigned int)zone_page_state(&zones[ZONE_MOVABLE],
							     NR_FREE_PAGES);
	}
	return sum;
}
