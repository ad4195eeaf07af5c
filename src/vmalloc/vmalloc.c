/**
 * @file
 * @brief \~english Virtually contiguous memory from scattered frames: vmalloc() and vfree().
 *        \~chinese 用分散的页框拼出线性地址连续的内存：vmalloc() 与 vfree()。 \~
 *
 * vmalloc.c - mm/vmalloc.c.
 *
 * vmalloc(size):
 *  1. round size up to pages; refuse 0 and more pages than the machine has;
 *  2. __get_vm_area_node(): a vm_struct from kmalloc(), and room for
 *     size + one guard page, found first-fit in vmlist (sorted by
 *     address) from VMALLOC_START on: the area goes in the first hole
 *     between two areas (or after the last) where it fits below
 *     VMALLOC_END;
 *  3. __vmalloc_area_node(): the array of struct page pointers, from
 *     kmalloc() when it fits in a page, from vmalloc itself otherwise
 *     (VM_VPAGES; the recursion ends, as 1024 pages make one page of
 *     pointers); then one alloc_page() per page, GFP_KERNEL|__GFP_HIGHMEM,
 *     so frames come from anywhere, HighMem first;
 *  4. map_vm_area(): the walk pgd -> pud -> pmd -> pte over the area,
 *     guard page excluded, in init_mm only; pte_alloc_kernel() hangs a
 *     page table under each directory entry that has none.
 * vfree(addr): __vunmap() takes the area off vmlist, clears its PTEs and
 * flushes the TLB (unmap_kernel_range()), then frees the frames, the
 * array and the vm_struct.
 *
 * Invariants (vmalloc_check.c): vmlist is sorted and its areas do not
 * overlap; every page of a VM_ALLOC area is mapped to the frame of its
 * pages[] entry; guard pages are never mapped.
 *
 * The flush of unmap_kernel_range() is real: the host mapping of a kernel
 * page keeps its frame until flush_tlb_kernel_range() (see
 * arch/i386/machine.c), so reusing an area without it would show the old
 * frames.
 *
 * i386 sizes on a 64-bit host: the vm_struct and the page array are host
 * structures, but kmalloc() (or vmalloc()) is asked for their i386 sizes,
 * 28 bytes and 4 bytes per page, as in 2.6.24 (the footprints of
 * mm/slab.h); the array goes to vmalloc() when its i386 size passes a
 * page, as 2.6.24 decides it.
 */
#include <errno.h>	/* ENOMEM: the host's number is Linux's */
#include <linux/bitops.h>
#include <linux/highmem.h>
#include <linux/kernel.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <linux/vmalloc.h>
#include <mm/slab.h>
#include <asm/tlbflush.h>

static void *__vmalloc_node(unsigned long size, gfp_t gfp, pgprot_t prot,
			    int nid);

/**
 * @brief \~english Clear the PTEs of [addr, end) under one directory entry.
 *        \~chinese 清除同一页目录项下 [addr, end) 范围内的页表项。 \~
 * @param pmd \~english the directory entry \~chinese 页中间目录项（pmd） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range (within the entry)
 *            \~chinese 区间的结束地址（不超出该目录项的范围） \~
 * @kernel{mm/vmalloc.c,30}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
static void vunmap_pte_range(pmd_t *pmd, unsigned long addr,
			     unsigned long end)
{
	pte_t *entry = pte_offset_kernel(pmd, addr);

	do {
		pte_t was = ptep_get_and_clear(&init_mm, addr, entry);

		/* a vmalloc PTE is present or empty, never a swap entry */
		WARN_ON(!pte_none(was) && !pte_present(was));
	} while (entry++, addr += PAGE_SIZE, addr != end);
}

/**
 * @brief \~english The pmd level of unmapping [addr, end): folded, one entry.
 *        \~chinese 撤销 [addr, end) 映射的 pmd 层：已折叠，只有一项。 \~
 * @param pud \~english the pud entry \~chinese 页上级目录项（pud） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @kernel{mm/vmalloc.c,41}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
static void vunmap_pmd_range(pud_t *pud, unsigned long addr,
			     unsigned long end)
{
	pmd_t *dir = pmd_offset(pud, addr);
	unsigned long stop;

	do {
		stop = pmd_addr_end(addr, end);
		if (pmd_none_or_clear_bad(dir))
			continue;	/* no page table: nothing mapped */
		vunmap_pte_range(dir, addr, stop);
	} while (dir++, addr = stop, addr != end);
}

/**
 * @brief \~english The pud level of unmapping [addr, end): folded, one entry.
 *        \~chinese 撤销 [addr, end) 映射的 pud 层：已折叠，只有一项。 \~
 * @param pgd \~english the pgd entry \~chinese 页全局目录项（pgd） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @kernel{mm/vmalloc.c,56}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
static void vunmap_pud_range(pgd_t *pgd, unsigned long addr,
			     unsigned long end)
{
	pud_t *dir = pud_offset(pgd, addr);
	unsigned long stop;

	do {
		stop = pud_addr_end(addr, end);
		if (pud_none_or_clear_bad(dir))
			continue;
		vunmap_pmd_range(dir, addr, stop);
	} while (dir++, addr = stop, addr != end);
}

/**
 * @brief \~english Unmap kernel addresses [addr, addr + size) and flush the TLB.
 *        \~chinese 撤销内核地址区间 [addr, addr + size) 的映射并刷新 TLB。 \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @context \~english the page tables stay; every CPU's TLB is flushed
 *          \~chinese 页表保留不释放；刷新所有 CPU 的 TLB \~
 * @kernel{mm/vmalloc.c,71}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
void unmap_kernel_range(unsigned long addr, unsigned long size)
{
	const unsigned long first = addr, end = addr + size;
	unsigned long stop;
	pgd_t *dir;

	BUG_ON(addr >= end);
	dir = pgd_offset_k(addr);
	do {
		stop = pgd_addr_end(addr, end);
		if (pgd_none_or_clear_bad(dir))
			continue;
		vunmap_pud_range(dir, addr, stop);
	} while (dir++, addr = stop, addr != end);
	/* the cleared entries may still be in a TLB: drop them everywhere */
	flush_tlb_kernel_range(first, end);
}

/**
 * @brief \~english Unmap a whole area, its guard page too.
 *        \~chinese 撤销整个非连续内存区的映射（连同安全区页）。 \~
 * @param area \~english the area \~chinese 非连续内存区 \~
 * @kernel{mm/vmalloc.c,90}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
static void unmap_vm_area(struct vm_struct *area)
{
	unmap_kernel_range((unsigned long)area->addr, area->size);
}

/**
 * @brief \~english Map the next pages of @p pages at [addr, end) under one directory entry.
 *        \~chinese 在同一页目录项下把 pages 中接下来的页框映射到 [addr, end)。 \~
 * @param pmd \~english the directory entry (a page table is added if it has none)
 *            \~chinese 页中间目录项（没有页表时新分配一个） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param pages \~english cursor into the page array; advanced past the pages mapped
 *              \~chinese 指向页数组的游标；返回时越过已映射的页 \~
 * @return \~english 0, or -ENOMEM (no page table, or the array ran out)
 *         \~chinese 成功返回 0；分配不到页表或页数组用完时返回 -ENOMEM \~
 * @kernel{mm/vmalloc.c,95}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
static int vmap_pte_range(pmd_t *pmd, unsigned long addr, unsigned long end,
			  pgprot_t prot, struct page ***pages)
{
	pte_t *entry = pte_alloc_kernel(pmd, addr);

	if (!entry)
		return -ENOMEM;
	do {
		struct page *frame = (*pages)[0];

		/* an area's PTEs are cleared when it is freed */
		WARN_ON(!pte_none(*entry));
		if (!frame)
			return -ENOMEM;
		set_pte_at(&init_mm, addr, entry, mk_pte(frame, prot));
		++*pages;
	} while (entry++, addr += PAGE_SIZE, addr != end);
	return 0;
}

/**
 * @brief \~english The pmd level of mapping [addr, end): folded, one entry.
 *        \~chinese 建立 [addr, end) 映射的 pmd 层：已折叠，只有一项。 \~
 * @param pud \~english the pud entry \~chinese 页上级目录项（pud） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param pages \~english cursor into the page array
 *              \~chinese 指向页数组的游标 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/vmalloc.c,114}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
static int vmap_pmd_range(pud_t *pud, unsigned long addr, unsigned long end,
			  pgprot_t prot, struct page ***pages)
{
	pmd_t *dir = pmd_alloc(&init_mm, pud, addr);
	unsigned long stop;

	if (!dir)
		return -ENOMEM;
	do {
		stop = pmd_addr_end(addr, end);
		if (vmap_pte_range(dir, addr, stop, prot, pages))
			return -ENOMEM;
	} while (dir++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english The pud level of mapping [addr, end): folded, one entry.
 *        \~chinese 建立 [addr, end) 映射的 pud 层：已折叠，只有一项。 \~
 * @param pgd \~english the pgd entry \~chinese 页全局目录项（pgd） \~
 * @param addr \~english first address \~chinese 起始线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param pages \~english cursor into the page array
 *              \~chinese 指向页数组的游标 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/vmalloc.c,131}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
static int vmap_pud_range(pgd_t *pgd, unsigned long addr, unsigned long end,
			  pgprot_t prot, struct page ***pages)
{
	pud_t *dir = pud_alloc(&init_mm, pgd, addr);
	unsigned long stop;

	if (!dir)
		return -ENOMEM;
	do {
		stop = pud_addr_end(addr, end);
		if (vmap_pmd_range(dir, addr, stop, prot, pages))
			return -ENOMEM;
	} while (dir++, addr = stop, addr != end);
	return 0;
}

/**
 * @brief \~english Map an area's pages (all but the guard page) in init_mm.
 *        \~chinese 在 init_mm 中映射非连续内存区的各页（安全区页除外）。 \~
 * @param area \~english the area \~chinese 非连续内存区 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param pages \~english cursor into the page array, advanced past the pages mapped
 *              \~chinese 指向页数组的游标，返回时越过已映射的页 \~
 * @return \~english 0, or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{mm/vmalloc.c,148}
 * @seenotes{chapter-vmalloc,vmalloc-map}
 */
int map_vm_area(struct vm_struct *area, pgprot_t prot, struct page ***pages)
{
	unsigned long addr = (unsigned long)area->addr, stop;
	const unsigned long end = addr + (area->size - PAGE_SIZE);
	pgd_t *dir;
	int ret;

	BUG_ON(addr >= end);
	dir = pgd_offset_k(addr);
	do {
		stop = pgd_addr_end(addr, end);
		ret = vmap_pud_range(dir, addr, stop, prot, pages);
		if (ret)
			break;
	} while (dir++, addr = stop, addr != end);
	return ret;
}

/**
 * @brief \~english Find room for @p size bytes and a guard page in [start, end), first fit.
 *        \~chinese 在 [start, end) 中以首次适配法为 size 字节和一个安全区页找到空间。 \~
 * @param size \~english bytes wanted (rounded up to pages)
 *             \~chinese 请求的字节数（向上取整到整页） \~
 * @param vmflags \~english VM_* of the area; VM_IOREMAP aligns it to its size
 *                \~chinese 该区的 VM_* 标志；VM_IOREMAP 时按其大小对齐 \~
 * @param lo \~english lowest address \~chinese 最低线性地址 \~
 * @param hi \~english end of the range \~chinese 区间的结束地址 \~
 * @param nid \~english NUMA node of the vm_struct (-1: any)
 *            \~chinese vm_struct 所在的 NUMA 节点（-1 表示任意） \~
 * @param gfp \~english flags of the vm_struct's allocation
 *            \~chinese 分配 vm_struct 所用的分配标志 \~
 * @return \~english the area, on vmlist, nothing mapped yet; NULL if there is no room
 *         \~chinese 新的非连续内存区，已挂到 vmlist 上，尚未映射任何页；没有足够空间时返回 NULL \~
 * @context \~english may sleep; not in an interrupt; takes vmlist_lock
 *          \~chinese 可能睡眠；不能在中断中调用；获取 vmlist_lock \~
 * @kernel{mm/vmalloc.c,169}
 * @seenotes{chapter-vmalloc,vmalloc-first-fit}
 * @kquirk \~english kmalloc_node_fp() and kfree_fp() stand for
 *         kmalloc_node() and kfree(): they allocate and free the 28 i386
 *         bytes of the vm_struct with them and keep the structure itself on
 *         the host (mm/slab.h).
 *         \~chinese kmalloc_node_fp() 与 kfree_fp() 代替 kmalloc_node() 和 kfree()：
 *         用它们分配、释放 vm_struct 在 i386 上的 28 个字节，结构体本身放在宿主机上
 *         （见 mm/slab.h）。 \~
 * @kquirk \~english Addresses are host values: the test that size + addr
 *         wraps past 4 GiB is made on their i386 values (i386_addr()).
 *         When vmlist is empty the loop never runs and 2.6.24 goes to
 *         `found` with any size, past the end of the range too; a booted
 *         PC always has areas (the ioremap()s of its drivers), mm24 starts
 *         with none, so mm24 tests the end after the loop as well and goes
 *         to `out` when the area does not fit.
 *         \~chinese 地址是宿主机上的值：size + addr 是否越过 4 GiB 回绕，用它们的 i386
 *         值判断（i386_addr()）。vmlist 为空时循环一次也不执行，2.6.24 不论大小都直接
 *         走到 `found`，即使超出了范围的末端；启动完毕的 PC 上总有非连续内存区（各个
 *         驱动程序的 ioremap()），mm24 启动时却一个也没有，所以 mm24 在循环之后也检查
 *         末端，放不下就转到 `out`。 \~
 */
static struct vm_struct *__get_vm_area_node(unsigned long size,
					    unsigned long vmflags,
					    unsigned long lo, unsigned long hi,
					    int nid, gfp_t gfp)
{
	struct vm_struct **link, *cur, *vm;
	unsigned long addr, align = 1;

	BUG_ON(in_interrupt());
	if (vmflags & VM_IOREMAP) {
		/* a power of two at least a page and at most 128 pages,
		 * covering size's top bit */
		int shift = fls((int)size);

		if (shift > IOREMAP_MAX_ORDER)
			shift = IOREMAP_MAX_ORDER;
		else if (shift < PAGE_SHIFT)
			shift = PAGE_SHIFT;
		align = 1UL << shift;
	}
	addr = ALIGN(lo, align);
	size = PAGE_ALIGN(size);
	if (unlikely(size == 0))
		return NULL;

	vm = kmalloc_node_fp(sizeof(*vm), I386_SIZEOF_VM_STRUCT,
			     gfp & GFP_RECLAIM_MASK, nid);
	if (unlikely(vm == NULL))
		return NULL;
	size = size + PAGE_SIZE;	/* the guard page, never mapped */

	write_lock(&vmlist_lock);
	for (link = &vmlist; (cur = *link) != NULL; link = &cur->next) {
		const unsigned long cur_end = (unsigned long)cur->addr + cur->size;

		if ((unsigned long)cur->addr < addr) {
			/* an area below: start after it if it reaches addr */
			if (cur_end >= addr)
				addr = ALIGN(cur_end, align);
			continue;
		}
		if (i386_addr(addr + size) < i386_addr(addr))
			goto out;	/* past 4 GiB */
		if (addr + size <= (unsigned long)cur->addr)
			goto found;	/* the hole before cur fits */
		addr = ALIGN(cur_end, align);
		if (hi - size < addr)
			goto out;
	}
	if (hi - size < addr)
		goto out;	/* mm24: an empty vmlist, see above */

found:
	/* nothing mapped yet, no pages, no physical address */
	*vm = (struct vm_struct){ .next = *link, .addr = (void *)addr,
				  .size = size, .flags = vmflags };
	*link = vm;
	write_unlock(&vmlist_lock);
	return vm;

out:
	write_unlock(&vmlist_lock);
	kfree_fp(vm);
	if (printk_ratelimit())
		printk(KERN_WARNING "allocation failed: out of vmalloc space "
		       "- use vmalloc=<size> to increase size.\n");
	return NULL;
}

/**
 * @brief \~english __get_vm_area_node() for any node, GFP_KERNEL.
 *        \~chinese 不指定节点、以 GFP_KERNEL 调用 __get_vm_area_node()。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param flags \~english VM_* of the area \~chinese 该区的 VM_* 标志 \~
 * @param start \~english lowest address \~chinese 最低线性地址 \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @return \~english the area or NULL
 *         \~chinese 新的非连续内存区；失败返回 NULL \~
 * @kernel{mm/vmalloc.c,242}
 * @seenotes{chapter-vmalloc,vmalloc-first-fit}
 */
struct vm_struct *__get_vm_area(unsigned long size, unsigned long flags,
				unsigned long start, unsigned long end)
{
	return __get_vm_area_node(size, flags, start, end, -1, GFP_KERNEL);
}

/**
 * @brief \~english Reserve @p size bytes (and a guard page) of the vmalloc area.
 *        \~chinese 在 vmalloc 区中预留 size 字节（外加一个安全区页）。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param flags \~english VM_IOREMAP or VM_ALLOC (or VM_MAP)
 *              \~chinese VM_IOREMAP 或 VM_ALLOC（或 VM_MAP） \~
 * @return \~english the area or NULL
 *         \~chinese 新的非连续内存区；失败返回 NULL \~
 * @kernel{mm/vmalloc.c,258}
 * @seenotes{chapter-vmalloc,vmalloc-first-fit}
 */
struct vm_struct *get_vm_area(unsigned long size, unsigned long flags)
{
	return __get_vm_area(size, flags, VMALLOC_START, VMALLOC_END);
}

/**
 * @brief \~english get_vm_area() with a node and allocation flags for the vm_struct.
 *        \~chinese 指定节点和 vm_struct 分配标志的 get_vm_area()。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param flags \~english VM_* of the area \~chinese 该区的 VM_* 标志 \~
 * @param node \~english NUMA node (-1: any)
 *             \~chinese NUMA 节点（-1 表示任意） \~
 * @param gfp_mask \~english flags for the vm_struct
 *                 \~chinese 分配 vm_struct 所用的分配标志 \~
 * @return \~english the area or NULL
 *         \~chinese 新的非连续内存区；失败返回 NULL \~
 * @kernel{mm/vmalloc.c,263}
 * @seenotes{chapter-vmalloc,vmalloc-first-fit}
 */
struct vm_struct *get_vm_area_node(unsigned long size, unsigned long flags,
				   int node, gfp_t gfp_mask)
{
	return __get_vm_area_node(size, flags, VMALLOC_START, VMALLOC_END,
				  node, gfp_mask);
}

/**
 * @brief \~english The area that starts at @p addr.
 *        \~chinese 查找起始地址为 addr 的非连续内存区。 \~
 * @param addr \~english its first address \~chinese 该区的起始线性地址 \~
 * @return \~english the area, or NULL
 *         \~chinese 找到的非连续内存区；没有则返回 NULL \~
 * @context \~english vmlist_lock held \~chinese 持有 vmlist_lock \~
 * @kernel{mm/vmalloc.c,271}
 * @seenotes{chapter-vmalloc,vmalloc-vmlist}
 */
static struct vm_struct *__find_vm_area(void *addr)
{
	struct vm_struct *cur;

	for (cur = vmlist; cur != NULL; cur = cur->next) {
		if (cur->addr == addr)
			break;
	}
	return cur;
}

/**
 * @brief \~english Take the area at @p addr off vmlist and unmap it.
 *        \~chinese 把起始于 addr 的非连续内存区从 vmlist 上摘下并撤销其映射。 \~
 * @param addr \~english its first address \~chinese 该区的起始线性地址 \~
 * @return \~english the area, its size now without the guard page; NULL if none
 *         \~chinese 摘下的非连续内存区，其 size 已不含保护页；没有则返回 NULL \~
 * @context \~english vmlist_lock held for writing
 *          \~chinese 以写方式持有 vmlist_lock \~
 * @kernel{mm/vmalloc.c,284}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
static struct vm_struct *__remove_vm_area(void *addr)
{
	struct vm_struct **link, *cur;

	for (link = &vmlist; (cur = *link) != NULL; link = &cur->next) {
		if (cur->addr == addr)
			goto found;
	}
	return NULL;

found:
	unmap_vm_area(cur);
	*link = cur->next;
	/* what is left is what the caller had */
	cur->size -= PAGE_SIZE;
	return cur;
}

/**
 * @brief \~english Find the area at @p addr, take it off vmlist and unmap it.
 *        \~chinese 找到起始于 addr 的非连续内存区，把它从 vmlist 上摘下并撤销映射。 \~
 * @param start \~english its first address \~chinese 该区的起始线性地址 \~
 * @return \~english the area (the caller frees it), or NULL
 *         \~chinese 摘下的非连续内存区（由调用者释放）；没有则返回 NULL \~
 * @context \~english takes vmlist_lock \~chinese 获取 vmlist_lock \~
 * @kernel{mm/vmalloc.c,313}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
struct vm_struct *remove_vm_area(void *start)
{
	struct vm_struct *gone;

	write_lock(&vmlist_lock);
	gone = __remove_vm_area(start);
	write_unlock(&vmlist_lock);
	return gone;
}

/* vfree() the i386 bytes of a host page array, and the array */
static void vfree_fp(struct page **pages)
{
	vfree(footprint_of(pages));
	footprint_drop(pages);
}

/**
 * @brief \~english Free an area: unmap it and, if asked, free its frames and page array.
 *        \~chinese 释放非连续内存区：撤销映射；若要求，再释放其页框和页指针数组。 \~
 * @param addr \~english the area's first address (NULL: nothing)
 *             \~chinese 该区的起始线性地址（NULL 时什么也不做） \~
 * @param deallocate_pages \~english 1 for vfree(), 0 for vunmap() (the frames are the caller's)
 *                         \~chinese vfree() 传 1，vunmap() 传 0（页框属于调用者） \~
 * @kernel{mm/vmalloc.c,322}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 * @kquirk \~english The page array is a host array whose i386 bytes came
 *         from kmalloc() or vmalloc(): kfree_fp() (for kfree()) or
 *         vfree_fp() (vfree() of footprint_of() the array, then
 *         footprint_drop()) free both, and kfree_fp() frees the vm_struct
 *         the same way, which ends the function (no return).
 *         debug_check_no_locks_freed() is a lockdep check mm24 does not
 *         have.  The address is printed as its i386 value (i386_addr()).
 *         \~chinese 页指针数组是宿主机上的数组，它在 i386 上的字节来自 kmalloc() 或
 *         vmalloc()：kfree_fp() 或 vfree_fp()（对数组的 footprint_of() 调用
 *         vfree()，再 footprint_drop()）把两者一起释放；vm_struct 也同样由
 *         kfree_fp() 释放。debug_check_no_locks_freed() 是 lockdep 的检查，mm24 没有。
 *         地址按 i386 值打印（i386_addr()）。 \~
 */
static void __vunmap(void *addr, int deallocate_pages)
{
	struct vm_struct *area;

	if (!addr)
		return;
	if ((unsigned long)addr & (PAGE_SIZE - 1)) {
		printk(KERN_ERR "Trying to vfree() bad address (%08lx)\n",
		       i386_addr(addr));
		WARN_ON(1);
		return;
	}
	area = remove_vm_area(addr);
	if (unlikely(!area)) {
		printk(KERN_ERR "Trying to vfree() nonexistent vm area "
		       "(%08lx)\n", i386_addr(addr));
		WARN_ON(1);
		return;
	}
	if (deallocate_pages) {
		unsigned int n;

		for (n = 0; n < area->nr_pages; n++) {
			BUG_ON(!area->pages[n]);
			__free_page(area->pages[n]);
		}
		if (area->flags & VM_VPAGES)
			vfree_fp(area->pages);
		else
			kfree_fp(area->pages);
	}
	kfree_fp(area);
}

/**
 * @brief \~english Free memory from vmalloc(), vmalloc_32() or __vmalloc().
 *        \~chinese 释放由 vmalloc()、vmalloc_32() 或 __vmalloc() 分配的内存。 \~
 * @param addr \~english its address (NULL: nothing)
 *             \~chinese 该区的线性地址（NULL 时什么也不做） \~
 * @context \~english may sleep; not in an interrupt
 *          \~chinese 可能睡眠；不能在中断中调用 \~
 * @kernel{mm/vmalloc.c,373}
 * @seenotes{chapter-vmalloc,vmalloc-free}
 */
void vfree(void *addr)
{
	BUG_ON(in_interrupt());
	__vunmap(addr, 1);
}

/**
 * @brief \~english Undo vmap(): unmap the area, leave the pages to their owner.
 *        \~chinese 撤销 vmap()：撤销映射，页框仍归调用者所有。 \~
 * @param addr \~english the address vmap() returned
 *             \~chinese vmap() 返回的地址 \~
 * @context \~english may sleep; not in an interrupt
 *          \~chinese 可能睡眠；不能在中断中调用 \~
 * @kernel{mm/vmalloc.c,389}
 * @seenotes{chapter-vmalloc,vmalloc-vmap}
 */
void vunmap(void *addr)
{
	BUG_ON(in_interrupt());
	__vunmap(addr, 0);
}

/**
 * @brief \~english Map @p count pages the caller has at consecutive addresses of the vmalloc area.
 *        \~chinese 把调用者已有的 count 个页框映射到 vmalloc 区中的连续地址。 \~
 * @param pages \~english the pages \~chinese 页描述符数组 \~
 * @param count \~english how many \~chinese 页数 \~
 * @param vmflags \~english VM_* of the area (VM_MAP)
 *                \~chinese 该区的 VM_* 标志（VM_MAP） \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english the first address, or NULL
 *         \~chinese 起始线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,406}
 * @seenotes{chapter-vmalloc,vmalloc-vmap}
 */
void *vmap(struct page **pages, unsigned int count, unsigned long vmflags,
	   pgprot_t prot)
{
	struct vm_struct *vm;

	/* more pages than the machine has cannot be the caller's */
	if (num_physpages < count)
		return NULL;
	vm = get_vm_area((unsigned long)count << PAGE_SHIFT, vmflags);
	if (vm == NULL)
		return NULL;
	if (map_vm_area(vm, prot, &pages)) {
		vunmap(vm->addr);	/* what got mapped goes too */
		return NULL;
	}
	return vm->addr;
}

/**
 * @brief \~english Give an area its page array and frames, and map them.
 *        \~chinese 为非连续内存区分配页指针数组和页框，并建立映射。 \~
 * @param vm \~english an area from get_vm_area_node()
 *           \~chinese get_vm_area_node() 得到的非连续内存区 \~
 * @param gfp \~english flags for the frames (and the array)
 *            \~chinese 分配页框（以及页数组）所用的分配标志 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param nid \~english NUMA node of the frames (-1: any)
 *            \~chinese 页框所在的 NUMA 节点（-1 表示任意） \~
 * @return \~english the area's address, or NULL (everything undone)
 *         \~chinese 该区的线性地址；失败返回 NULL（已做的一切都被撤销） \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,426}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 * @kquirk \~english The array is a host array of struct page pointers;
 *         its size in 2.6.24 decides where its bytes come from: 4 i386
 *         bytes per page, from kmalloc_node_fp() (for kmalloc_node()) up to
 *         a page and from __vmalloc_node() above, whose address
 *         footprint_at() keeps; kfree_fp() stands for kfree().
 *         \~chinese 页指针数组是宿主机上的 struct page 指针数组；按它在 2.6.24 中的
 *         大小（每页 4 个 i386 字节）决定其字节从哪里来：不超过一页由
 *         kmalloc_node_fp() 分配，超过一页由 __vmalloc_node() 分配，其地址由
 *         footprint_at() 记下。 \~
 */
void *__vmalloc_area_node(struct vm_struct *vm, gfp_t gfp, pgprot_t prot,
			  int nid)
{
	const unsigned int count = (vm->size - PAGE_SIZE) >> PAGE_SHIFT;
	const unsigned int i386_bytes = count * I386_BYTES_PER_WORD;
	const size_t host_bytes = count * sizeof(struct page *);
	struct page **array;
	unsigned int n;

	vm->nr_pages = count;
	/* the recursion stops: a page of pointers maps 4 MiB */
	if (i386_bytes > PAGE_SIZE) {
		array = footprint_at(__vmalloc_node(i386_bytes, gfp | __GFP_ZERO,
						    PAGE_KERNEL, nid),
				     host_bytes);
		vm->flags |= VM_VPAGES;
	} else {
		array = kmalloc_node_fp(host_bytes, i386_bytes,
					(gfp & GFP_RECLAIM_MASK) | __GFP_ZERO,
					nid);
	}
	vm->pages = array;
	if (vm->pages == NULL) {
		remove_vm_area(vm->addr);
		kfree_fp(vm);
		return NULL;
	}

	for (n = 0; n < vm->nr_pages; n++) {
		if (nid < 0)
			vm->pages[n] = alloc_page(gfp);
		else
			vm->pages[n] = alloc_pages_node(nid, gfp, 0);
		if (unlikely(vm->pages[n] == NULL)) {
			/* __vunmap() frees the n pages there are */
			vm->nr_pages = n;
			goto fail;
		}
	}

	if (map_vm_area(vm, prot, &array))
		goto fail;
	return vm->addr;

fail:
	vfree(vm->addr);
	return NULL;
}

/**
 * @brief \~english Allocate @p size bytes of virtually contiguous memory.
 *        \~chinese 分配 size 字节线性地址连续的内存。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param gfp \~english flags for the frames \~chinese 分配页框所用的分配标志 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @param nid \~english NUMA node (-1: any)
 *            \~chinese NUMA 节点（-1 表示任意） \~
 * @return \~english its address, or NULL
 *         \~chinese 所得内存的线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,490}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 */
static void *__vmalloc_node(unsigned long size, gfp_t gfp, pgprot_t prot,
			    int nid)
{
	const unsigned long bytes = PAGE_ALIGN(size);
	struct vm_struct *vm;

	/* nothing, or more pages than the machine has */
	if (bytes == 0 || num_physpages < (bytes >> PAGE_SHIFT))
		return NULL;
	vm = get_vm_area_node(bytes, VM_ALLOC, nid, gfp);
	if (vm == NULL)
		return NULL;
	return __vmalloc_area_node(vm, gfp, prot, nid);
}

/**
 * @brief \~english vmalloc() with the caller's allocation flags and protection.
 *        \~chinese 使用调用者给定的分配标志和保护属性的 vmalloc()。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @param gfp_mask \~english flags for the frames
 *                 \~chinese 分配页框所用的分配标志 \~
 * @param prot \~english PTE protection \~chinese 页表项的保护位 \~
 * @return \~english its address, or NULL
 *         \~chinese 所得内存的线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,506}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 */
void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot)
{
	return __vmalloc_node(size, gfp_mask, prot, -1);
}

/**
 * @brief \~english Allocate virtually contiguous memory from frames of any zone, HighMem first.
 *        \~chinese 分配线性地址连续的内存，页框可来自任何管理区，优先取 HighMem。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @return \~english its address, or NULL
 *         \~chinese 所得内存的线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,521}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 */
void *vmalloc(unsigned long size)
{
	return __vmalloc(size, GFP_KERNEL | __GFP_HIGHMEM, PAGE_KERNEL);
}

/**
 * @brief \~english vmalloc() of zeroed memory that may be mapped to user space.
 *        \~chinese 分配清零的、可映射到用户空间的 vmalloc() 内存。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @return \~english its address, or NULL
 *         \~chinese 所得内存的线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,534}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 */
void *vmalloc_user(unsigned long size)
{
	void *buf = __vmalloc(size, GFP_KERNEL | __GFP_ZERO | __GFP_HIGHMEM,
			      PAGE_KERNEL);
	struct vm_struct *vm;

	if (buf) {
		rwlock_t *const lock = &vmlist_lock;

		/* mark it: remap_vmalloc_range() maps only such areas */
		write_lock(lock);
		vm = __find_vm_area(buf);
		vm->flags |= VM_USERMAP;
		write_unlock(lock);
	}
	return buf;
}

/* 32-bit i386 reaches every frame: the frames just come without HighMem */
#define GFP_VMALLOC32	GFP_KERNEL

/**
 * @brief \~english vmalloc() from frames a 32-bit device can address: no HighMem on i386.
 *        \~chinese 从 32 位设备可寻址的页框中分配 vmalloc() 内存：在 i386 上即不用 HighMem。 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @return \~english its address, or NULL
 *         \~chinese 所得内存的线性地址；失败返回 NULL \~
 * @context \~english may sleep \~chinese 可能睡眠 \~
 * @kernel{mm/vmalloc.c,603}
 * @seenotes{chapter-vmalloc,vmalloc-alloc}
 */
void *vmalloc_32(unsigned long size)
{
	return __vmalloc(size, GFP_VMALLOC32, PAGE_KERNEL);
}

/**
 * @brief \~english Copy @p count bytes of the vmalloc area at @p addr into @p buf; holes read as 0.
 *        \~chinese 把 vmalloc 区中从 addr 起的 count 个字节复制到 buf；空洞处读出 0。 \~
 * @param buf \~english the destination \~chinese 目的缓冲区 \~
 * @param addr \~english an address in the vmalloc area
 *             \~chinese vmalloc 区中的一个线性地址 \~
 * @param count \~english bytes \~chinese 字节数 \~
 * @return \~english the bytes put in @p buf (less than @p count past the last area)
 *         \~chinese 写入 @p buf 的字节数（越过最后一个区时小于 @p count） \~
 * @context \~english takes vmlist_lock for reading
 *          \~chinese 以读方式获取 vmlist_lock \~
 * @kernel{mm/vmalloc.c,632}
 * @seenotes{chapter-vmalloc,vmalloc-vread}
 */
long vread(char *buf, char *addr, unsigned long count)
{
	char *const first = buf;
	struct vm_struct *cur;
	unsigned long left;
	char *base;

	/* never past the top of the address space */
	if ((unsigned long)addr + count < count)
		count = -(unsigned long)addr;
	read_lock(&vmlist_lock);
	for (cur = vmlist; cur; cur = cur->next) {
		base = cur->addr;
		if (addr >= base + (cur->size - PAGE_SIZE))
			continue;	/* entirely below addr */
		while (addr < base) {	/* the hole before it */
			if (count == 0)
				goto finished;
			*buf++ = '\0';
			addr++;
			count--;
		}
		left = (unsigned long)(base + (cur->size - PAGE_SIZE) - addr);
		do {
			if (count == 0)
				goto finished;
			*buf++ = *addr++;
			count--;
		} while (--left > 0);
	}
finished:
	read_unlock(&vmlist_lock);
	return buf - first;
}

/**
 * @brief \~english Copy @p count bytes of @p buf into the vmalloc area at @p addr; holes are skipped.
 *        \~chinese 把 buf 中的 count 个字节复制到 vmalloc 区中从 addr 起的位置；空洞跳过。 \~
 * @param buf \~english the source \~chinese 源缓冲区 \~
 * @param addr \~english an address in the vmalloc area
 *             \~chinese vmalloc 区中的一个线性地址 \~
 * @param count \~english bytes \~chinese 字节数 \~
 * @return \~english the bytes of @p buf consumed
 *         \~chinese 从 @p buf 中取用的字节数 \~
 * @context \~english takes vmlist_lock for reading
 *          \~chinese 以读方式获取 vmlist_lock \~
 * @kernel{mm/vmalloc.c,670}
 * @seenotes{chapter-vmalloc,vmalloc-vread}
 */
long vwrite(char *buf, char *addr, unsigned long count)
{
	char *const first = buf;
	struct vm_struct *cur;
	unsigned long left;
	char *base;

	if ((unsigned long)addr + count < count)
		count = -(unsigned long)addr;
	read_lock(&vmlist_lock);
	for (cur = vmlist; cur; cur = cur->next) {
		base = cur->addr;
		if (addr >= base + (cur->size - PAGE_SIZE))
			continue;
		while (addr < base) {	/* a hole takes nothing */
			if (count == 0)
				goto finished;
			buf++;
			addr++;
			count--;
		}
		left = (unsigned long)(base + (cur->size - PAGE_SIZE) - addr);
		do {
			if (count == 0)
				goto finished;
			*addr++ = *buf++;
			count--;
		} while (--left > 0);
	}
finished:
	read_unlock(&vmlist_lock);
	return buf - first;
}
