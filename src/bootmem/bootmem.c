/**
 * @file
 * @brief \~english The boot-time memory allocator.
 *        \~chinese 引导内存分配器（bootmem）。 \~
 *
 * bootmem.c - the boot-time memory allocator (mm/bootmem.c).
 *
 * A bitmap with one bit per low-memory frame, 1 = reserved, placed in RAM
 * right after the kernel image.  It starts all ones; the architecture
 * frees the usable e820 ranges and reserves what it uses.
 *
 * __alloc_bootmem_core(size, align, goal, limit), first fit:
 *  1. start the search at the goal (or where the last search succeeded if
 *     that is further on), aligned; step by the alignment in pages;
 *  2. find a run of clear bits long enough; if none before the end, start
 *     again from the bottom;
 *  3. small allocations share the tail of the last page handed out when
 *     they follow it directly (last_pos, last_offset), so many small
 *     objects do not each cost a page;
 *  4. set the bits, zero the memory, return its direct-mapped address.
 *
 * free_all_bootmem() ends its life: every clear bit becomes a free page
 * of the buddy allocator, in whole 32-page words where it can, and the
 * bitmap's own pages follow.
 */
#include <string.h>
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/mm.h>

static LIST_HEAD(bdata_list);
bootmem_data_t contig_bootmem_data;
/**
 * @brief \~english The one node of a !NUMA machine.
 *        \~chinese 非 NUMA 机器上唯一的内存节点。 \~
 * @kernel{mm/page_alloc.c,3964}
 * @seenotes{chapter-zone,zone-struct}
 */
struct pglist_data contig_page_data = { .bdata = &contig_bootmem_data };

/**
 * @brief \~english Pages needed by the bitmap for @p pages frames.
 *        \~chinese 计算管理 pages 个页框的位图需要多少页。 \~
 * @param pages \~english frames to track \~chinese 要管理的页框数 \~
 * @return \~english whole pages of bitmap \~chinese 位图占用的整页数 \~
 * @kernel{mm/bootmem.c,40}
 * @seenotes{chapter-boot,boot-bootmem}
 */
unsigned long bootmem_bootmap_pages(unsigned long pages)
{
	unsigned long bytes = (pages + 7) / 8;	/* one bit per frame */
	unsigned long whole = (bytes + PAGE_SIZE - 1) >> PAGE_SHIFT;

	return whole;
}

/**
 * @brief \~english Put a node's allocator on bdata_list, in the order of
 *        the nodes' start addresses.
 *        \~chinese 按节点起始地址的顺序，把节点的引导分配器挂到 bdata_list 上。 \~
 * @param bdata \~english the node's allocator
 *              \~chinese 该节点的引导内存分配器 \~
 * @kernel{mm/bootmem.c,54}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static void link_bootmem(bootmem_data_t *bdata)
{
	struct list_head *head = &bdata_list, *link = &bdata->list;
	bootmem_data_t *node;

	if (list_empty(head)) {		/* the first node */
		list_add(link, head);
		return;
	}
	/* before the first node that starts higher ... */
	list_for_each_entry(node, head, list) {
		if (node->node_boot_start > bdata->node_boot_start) {
			list_add_tail(link, &node->list);
			return;
		}
	}
	/* ... else after all of them */
	list_add_tail(link, head);
}

/**
 * @brief \~english Bytes of bitmap a node's allocator needs.
 *        \~chinese 一个节点的引导分配器需要多少字节的位图。 \~
 * @param bdata \~english the node's allocator, its bounds set
 *              \~chinese 该节点的引导内存分配器，其起止范围已设置 \~
 *
 * A long is the 4 bytes of i386, not the host's sizeof(long).
 *
 * @return \~english one bit per frame, rounded up to a whole long
 *         \~chinese 每个页框一位，向上取整到整个 long \~
 * @kernel{mm/bootmem.c,75}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static unsigned long get_mapsize(bootmem_data_t *bdata)
{
	unsigned long first = PFN_DOWN(bdata->node_boot_start);
	unsigned long past = bdata->node_low_pfn;
	unsigned long bytes = (past - first + 7) / 8;

	return ALIGN(bytes, 4UL);
}

/**
 * @brief \~english Place the bitmap at frame @p mapstart, all reserved.
 *        \~chinese 把位图放在页框 mapstart 处，并把所有页标记为保留。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param mapstart \~english pfn where the bitmap goes
 *                 \~chinese 放置位图的页框号 \~
 * @param start \~english first pfn tracked \~chinese 管理的第一个页框号 \~
 * @param end \~english first pfn not tracked
 *            \~chinese 第一个不再管理的页框号 \~
 * @return \~english bitmap size in bytes \~chinese 位图大小（字节） \~
 * @kernel{mm/bootmem.c,88}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static unsigned long init_bootmem_core(pg_data_t *pgdat,
				       unsigned long mapstart,
				       unsigned long start, unsigned long end)
{
	bootmem_data_t *bd = pgdat->bdata;
	unsigned long bytes;

	/* the map itself sits at frame mapstart, reached through the direct map */
	bd->node_bootmem_map = phys_to_virt(PFN_PHYS(mapstart));
	bd->node_boot_start = PFN_PHYS(start);
	bd->node_low_pfn = end;
	link_bootmem(bd);

	/* every frame starts out reserved; the caller frees the usable RAM */
	bytes = get_mapsize(bd);
	memset(bd->node_bootmem_map, 0xff, bytes);
	return bytes;
}

/**
 * @brief \~english Mark the frames of [addr, addr+size) reserved.
 *        \~chinese 把 [addr, addr+size) 覆盖的页框标记为保留（不足一页的部分也算）。 \~
 * @param bdata \~english the allocator \~chinese 引导内存分配器 \~
 * @param addr \~english physical start \~chinese 物理起始地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @kernel{mm/bootmem.c,114}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static void reserve_bootmem_core(bootmem_data_t *bdata, unsigned long addr,
				 unsigned long size)
{
	unsigned long end = addr + size, bit, stop;

	BUG_ON(size == 0);
	BUG_ON(bdata->node_low_pfn <= PFN_DOWN(addr));
	BUG_ON(bdata->node_low_pfn < PFN_UP(end));

	/* a frame only partly inside the range is reserved as a whole */
	bit = PFN_DOWN(addr - bdata->node_boot_start);
	stop = PFN_UP(end - bdata->node_boot_start);
	while (bit < stop)
		test_and_set_bit(bit++, bdata->node_bootmem_map);	/* twice is fine */
}

/**
 * @brief \~english Mark the whole frames inside [addr, addr+size) free.
 *        \~chinese 把 [addr, addr+size) 内完整的页框标记为空闲；释放未保留的页是 BUG。 \~
 * @param bdata \~english the allocator \~chinese 引导内存分配器 \~
 * @param addr \~english physical start \~chinese 物理起始地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @kernel{mm/bootmem.c,139}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static void free_bootmem_core(bootmem_data_t *bdata, unsigned long addr,
			      unsigned long size)
{
	unsigned long end = addr + size, bit, stop;

	BUG_ON(size == 0);
	BUG_ON(bdata->node_low_pfn < PFN_DOWN(end));

	/* let the next search start low enough to see the freed frames */
	if (bdata->last_success > addr)
		bdata->last_success = addr;
	/* only frames wholly inside the range become free */
	bit = PFN_UP(addr) - PFN_DOWN(bdata->node_boot_start);
	stop = PFN_DOWN(end - bdata->node_boot_start);
	for (; bit < stop; bit++)
		if (unlikely(!test_and_clear_bit(bit, bdata->node_bootmem_map)))
			BUG();	/* it was not reserved: a double free */
}

/**
 * @brief \~english First-fit allocation from the bitmap of @p bdata.
 *        \~chinese 在 bdata 的位图中按首次适配算法分配内存。 \~
 * @param bdata \~english the allocator \~chinese 引导内存分配器 \~
 * @param size \~english bytes (not 0) \~chinese 字节数（不能为 0） \~
 * @param align \~english power of two, bytes
 *              \~chinese 对齐字节数，必须是 2 的幂 \~
 * @param goal \~english preferred physical address (0: none)
 *             \~chinese 希望从哪个物理地址开始分配（0 表示不指定） \~
 * @param limit \~english highest physical address + 1 (0: none)
 *              \~chinese 物理地址上限加 1（0 表示不限） \~
 * @return \~english zeroed memory at its direct-mapped address, or NULL
 *         \~chinese 已清零内存的直接映射线性地址；失败返回 NULL \~
 * @kernel{mm/bootmem.c,181}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void *__alloc_bootmem_core(struct bootmem_data *bdata, unsigned long size,
			   unsigned long align, unsigned long goal,
			   unsigned long limit)
{
	unsigned long base = bdata->node_boot_start;	/* address of bit 0 */
	unsigned long top, nbits, skip = 0, hint = 0, npages, step;
	unsigned long pos, k = 0, first = 0, off, room;
	void *map, *mem;

	if (!size) {
		printk("__alloc_bootmem_core(): zero-sized request\n");
		BUG();
	}
	BUG_ON(align & (align - 1));
	if (limit && base >= limit)
		return NULL;
	map = bdata->node_bootmem_map;
	if (!map)		/* a node with no memory has no bitmap */
		return NULL;

	/* search below the node's end and below the limit, in pages */
	top = bdata->node_low_pfn;
	limit = PFN_DOWN(limit);
	if (limit && limit < top)
		top = limit;
	nbits = top - PFN_DOWN(base);
	/* bit 0 need not be aligned: skip = pages from it to the first
	 * @align boundary, where every candidate block must start */
	if (align && (base & (align - 1UL)))
		skip = align - (base & (align - 1UL));
	skip = PFN_DOWN(skip);

	/* step 1: where to start looking */
	if (goal && goal >= base && PFN_DOWN(goal) < top) {
		hint = goal - base;
		if (bdata->last_success >= hint &&
		    (!limit || bdata->last_success < limit))
			hint = bdata->last_success;
	}
	hint = PFN_DOWN(ALIGN(hint, align)) + skip;
	npages = (size + PAGE_SIZE - 1) >> PAGE_SHIFT;
	step = (align >> PAGE_SHIFT) ? (align >> PAGE_SHIFT) : 1;

	/* step 2: a run of npages clear bits, starting on a step boundary */
restart_scan:
	for (pos = hint; pos < nbits; pos += step) {
		pos = ALIGN(find_next_zero_bit(map, nbits, pos), step);
		if (pos >= nbits)
			break;
		if (test_bit(pos, map))
			continue;
		for (k = pos + 1; k < pos + npages; k++) {
			if (k >= nbits)		/* runs off the end */
				goto fail_block;
			if (test_bit(k, map))
				goto fail_block;
		}
		first = pos;
		goto found;
fail_block:
		/* k is taken (or past the end): the loop steps on from it */
		pos = ALIGN(k, step);
	}
	if (hint > skip) {
		hint = skip;		/* then once more from the bottom */
		goto restart_scan;
	}
	return NULL;

found:
	bdata->last_success = PFN_PHYS(first);
	BUG_ON(first >= nbits);
	/* step 3: small requests that follow the last one directly share the
	 * tail of its last page (last_pos, last_offset) */
	if (align < PAGE_SIZE && bdata->last_offset &&
	    first == bdata->last_pos + 1) {
		off = ALIGN(bdata->last_offset, align);
		BUG_ON(off > PAGE_SIZE);
		room = PAGE_SIZE - off;
		if (size < room) {		/* it fits in the tail */
			npages = 0;
			bdata->last_offset = off + size;
			mem = phys_to_virt(base + off +
					   bdata->last_pos * PAGE_SIZE);
		} else {			/* the tail, then whole pages */
			room = size - room;
			npages = (room + PAGE_SIZE - 1) >> PAGE_SHIFT;
			mem = phys_to_virt(base + off +
					   bdata->last_pos * PAGE_SIZE);
			bdata->last_pos = first + npages - 1;
			bdata->last_offset = room;
		}
		bdata->last_offset &= ~PAGE_MASK;
	} else {
		/* remember the last page used and how much of it is taken */
		bdata->last_pos = first + npages - 1;
		bdata->last_offset = size % PAGE_SIZE;
		mem = phys_to_virt(base + first * PAGE_SIZE);
	}
	/* step 4: take the pages, hand them out zeroed */
	for (pos = first; pos < first + npages; pos++)
		if (unlikely(test_and_set_bit(pos, map)))
			BUG();
	memset(mem, 0, size);
	return mem;
}

/**
 * @brief \~english Start the boot allocator for node 0.
 *        \~chinese 为 0 号节点启动引导内存分配器。 \~
 * @param start \~english pfn of the bitmap (first free frame after the kernel)
 *              \~chinese 位图所在的页框号（内核映像之后第一个空闲页框） \~
 * @param pages \~english frames to track: 0 .. pages-1
 *              \~chinese 要管理的页框数：页框 0 到 pages-1 \~
 * @return \~english bitmap size in bytes \~chinese 位图大小（字节） \~
 * @kernel{mm/bootmem.c,393}
 * @seenotes{chapter-boot,boot-bootmem}
 */
unsigned long init_bootmem(unsigned long start, unsigned long pages)
{
	max_low_pfn = pages;
	min_low_pfn = start;
	return init_bootmem_core(NODE_DATA(0), start, 0, pages);
}

/**
 * @brief \~english Reserve a physical range in node 0's bitmap.
 *        \~chinese 在 0 号节点的位图中保留一段物理地址区间。 \~
 * @param addr \~english physical start \~chinese 物理起始地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @kernel{mm/bootmem.c,401}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void reserve_bootmem(unsigned long addr, unsigned long size)
{
	reserve_bootmem_core(NODE_DATA(0)->bdata, addr, size);
}

/**
 * @brief \~english Free a physical range in node 0's bitmap.
 *        \~chinese 在 0 号节点的位图中释放一段物理地址区间。 \~
 * @param addr \~english physical start \~chinese 物理起始地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @kernel{mm/bootmem.c,407}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void free_bootmem(unsigned long addr, unsigned long size)
{
	free_bootmem_core(NODE_DATA(0)->bdata, addr, size);
}

/**
 * @brief \~english Try every node's allocator; NULL if none can serve.
 *        \~chinese 依次尝试各节点的引导分配器，都失败时返回 NULL。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param align \~english alignment \~chinese 对齐字节数 \~
 * @param goal \~english preferred physical address
 *             \~chinese 希望从哪个物理地址开始分配 \~
 * @return \~english zeroed memory or NULL
 *         \~chinese 已清零的内存；失败返回 NULL \~
 * @kernel{mm/bootmem.c,417}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void *__alloc_bootmem_nopanic(unsigned long size, unsigned long align,
			      unsigned long goal)
{
	bootmem_data_t *node;
	void *mem;

	/* the list is in address order: the lowest node that can serve wins */
	list_for_each_entry(node, &bdata_list, list) {
		mem = __alloc_bootmem_core(node, size, align, goal, 0);
		if (mem)
			return mem;
	}
	return NULL;
}

/**
 * @brief \~english Allocate boot memory; panic if there is none.
 *        \~chinese 分配引导期内存；分配不到就 panic。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param align \~english alignment \~chinese 对齐字节数 \~
 * @param goal \~english preferred physical address
 *             \~chinese 希望从哪个物理地址开始分配 \~
 * @return \~english zeroed memory
 *         \~chinese 已清零的内存（失败时 panic，不会返回） \~
 * @kernel{mm/bootmem.c,431}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void *__alloc_bootmem(unsigned long size, unsigned long align,
		      unsigned long goal)
{
	void *p = __alloc_bootmem_nopanic(size, align, goal);

	if (p)
		return p;
	printk(KERN_ALERT "bootmem alloc of %lu bytes failed!\n", size);
	panic("Out of memory");
	return NULL;
}

/**
 * @brief \~english Allocate from @p pgdat's bitmap, else from any node.
 *        \~chinese 先在指定节点上分配引导内存，不行再尝试所有节点。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param align \~english alignment \~chinese 对齐字节数 \~
 * @param goal \~english preferred physical address
 *             \~chinese 希望从哪个物理地址开始分配 \~
 * @return \~english zeroed memory
 *         \~chinese 已清零的内存（失败时 panic，不会返回） \~
 * @kernel{mm/bootmem.c,447}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void *__alloc_bootmem_node(pg_data_t *pgdat, unsigned long size,
			   unsigned long align, unsigned long goal)
{
	void *ptr = __alloc_bootmem_core(pgdat->bdata, size, align, goal, 0);

	if (ptr)
		return ptr;
	/* the node could not serve: any node will do */
	return __alloc_bootmem(size, align, goal);
}

/**
 * @brief \~english Allocate boot memory below 4 GiB (all of it, on i386).
 *        \~chinese 在 4 GiB 以下分配引导内存（在 i386 上即任意低端内存）。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param align \~english alignment \~chinese 对齐字节数 \~
 * @param goal \~english preferred physical address
 *             \~chinese 希望从哪个物理地址开始分配 \~
 * @return \~english zeroed memory
 *         \~chinese 已清零的内存（失败时 panic，不会返回） \~
 * @kernel{mm/bootmem.c,463}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void *__alloc_bootmem_low(unsigned long size, unsigned long align,
			  unsigned long goal)
{
	bootmem_data_t *node;
	void *mem;

	/* the limit is 4 GiB: on i386 every bootmem frame is below it */
	list_for_each_entry(node, &bdata_list, list) {
		mem = __alloc_bootmem_core(node, size, align, goal,
					   0xffffffffUL);
		if (mem)
			return mem;
	}
	printk(KERN_ALERT "low bootmem alloc of %lu bytes failed!\n", size);
	panic("Out of low memory");
	return NULL;
}

/**
 * @brief \~english Hand every free frame of the bitmap to the buddy
 *        allocator, then the bitmap's own pages.
 *        \~chinese 把位图中所有空闲页框交给伙伴系统，最后连位图本身占用的页也释放。 \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @return \~english frames handed over \~chinese 交给伙伴系统的页框数 \~
 * @kernel{mm/bootmem.c,303}
 * @seenotes{chapter-boot,boot-mem-init}
 *
 * The map is read in 32-bit words, the longs of i386 (BITS_PER_LONG is
 * 32): a word of 32 free frames becomes one order-5 block.
 */
static unsigned long free_all_bootmem_core(pg_data_t *pgdat)
{
	bootmem_data_t *bd = pgdat->bdata;
	const u32 *map = bd->node_bootmem_map;
	unsigned long frame, bit, n, freed = 0;
	struct page *pg;
	int whole = 0;	/* may a full word go as one order-5 block? */

	BUG_ON(!map);
	frame = PFN_DOWN(bd->node_boot_start);
	n = bd->node_low_pfn - frame;		/* bits in the map */
	/* only when the node starts well aligned (or at 0), so that each
	 * word of the map is an aligned order-5 block */
	if (bd->node_boot_start == 0 ||
	    ffs((int)bd->node_boot_start) - PAGE_SHIFT > ffs(BITS_PER_LONG))
		whole = 1;
	for (bit = 0; bit < n; frame += BITS_PER_LONG) {
		u32 avail = ~map[bit / BITS_PER_LONG];	/* 1 = free */

		if (whole && avail == ~0u) {
			freed += BITS_PER_LONG;
			__free_pages_bootmem(pfn_to_page(frame),
					     ffs(BITS_PER_LONG) - 1);
			bit += BITS_PER_LONG;
		} else if (avail) {
			u32 m;

			/* frame by frame; stop at the end of the map */
			pg = pfn_to_page(frame);
			for (m = 1; m && bit < n; m <<= 1, pg++, bit++) {
				if (avail & m) {
					freed++;
					__free_pages_bootmem(pg, 0);
				}
			}
		} else {
			bit += BITS_PER_LONG;	/* all 32 reserved */
		}
	}

	/* the bitmap itself is free memory from now on */
	pg = virt_to_page(bd->node_bootmem_map);
	n = (get_mapsize(bd) + PAGE_SIZE - 1) >> PAGE_SHIFT;	/* its pages */
	for (bit = 0; bit < n; bit++)
		__free_pages_bootmem(pg + bit, 0);
	bd->node_bootmem_map = NULL;
	return freed + n;
}

/**
 * @brief \~english Retire the boot allocator of node 0.
 *        \~chinese 结束 0 号节点的引导内存分配器，把内存交给伙伴系统。 \~
 * @return \~english frames handed to the buddy allocator
 *         \~chinese 交给伙伴系统的页框数 \~
 * @kernel{mm/bootmem.c,412}
 * @seenotes{chapter-boot,boot-mem-init}
 */
unsigned long free_all_bootmem(void)
{
	return free_all_bootmem_core(NODE_DATA(0));
}
