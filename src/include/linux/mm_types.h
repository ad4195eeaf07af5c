/**
 * @file
 * @brief \~english struct page and struct mm_struct.
 *        \~chinese struct page 与 struct mm_struct。 \~
 *
 * linux/mm_types.h - struct page and struct mm_struct (include/linux/mm_types.h).
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/list.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>

struct address_space;

/**
 * @brief \~english One page frame: the kernel's record of a 4 KiB frame.
 *        \~chinese 页框描述符：内核对一个 4 KiB 物理页框的记录。 \~
 *
 * mem_map[] holds one per frame, indexed by pfn.  What the fields mean
 * depends on who owns the frame:
 *
 *   owner        flags            _count  private         lru
 *   ----------   --------------   ------  --------------  ----------------
 *   buddy        PG_buddy         0       order           free_list[type]
 *   per-cpu      -                0       migratetype     pcp->list
 *   allocated    -                >= 1    0               the owner's
 *   compound     PG_compound      head    (tail: first_page)
 *   boot/hole    PG_reserved      1       0               -
 *
 * @kernel{include/linux/mm_types.h,36}
 * @seenotes{chapter-page,page-struct}
 * @kquirk \~english On the 64-bit host the struct is 56 bytes, not the
 *         32 of i386, so mem_map takes 1.75 times the frames it takes on
 *         a real i386 machine ("pages used for memmap" in the boot log).
 *         \~chinese 宿主机是 64 位的，本结构占 56 字节而不是 i386 上的
 *         32 字节，所以 mem_map 占用的页框是真实 i386 机器的 1.75 倍
 *         （见启动日志中的 "pages used for memmap"）。 \~
 * @kquirk \~english The union members of SLUB (`inuse`, `slab`, `freelist`)
 *         and the split page-table lock `ptl` are left out: the
 *         configuration uses SLAB, and mm24 has no slab allocator yet and
 *         no page-table page with a lock of its own.
 *         \~chinese 联合体中 SLUB 所用的成员（`inuse`、`slab`、`freelist`）和
 *         分离页表锁 `ptl` 未收录：此配置用的是 SLAB，而 mm24 还没有 slab
 *         分配器，也没有自带锁的页表页。 \~
 */
struct page {
	unsigned long flags;		/**< PG_* bits; zone id in bits 30-31 */
	atomic_t _count;		/**< references; 0 when free */
	atomic_t _mapcount;		/**< PTEs mapping the page, minus 1 */
	union {
		struct {
			unsigned long private;	/**< buddy order, pcp migratetype */
			struct address_space *mapping; /**< file or anon_vma */
		};
		struct page *first_page;	/**< compound tail: the head */
	};
	pgoff_t index;			/**< offset within the mapping */
	struct list_head lru;		/**< free, per-cpu or LRU list link */
};

/**
 * @brief \~english An address space: page directory, users and layout.
 *        \~chinese 内存描述符：一个进程地址空间，含页全局目录。 \~
 * @kernel{include/linux/mm_types.h,156}
 * @seenotes{chapter-intro,intro-pagetables}
 * @kquirk \~english Only the members the present units use: the page
 *         directory, the two counts, page_table_lock, and the code, data,
 *         heap and stack bounds (setup_arch() fills init_mm's).  There are
 *         no processes with address spaces yet, so the VMA members (`mmap`,
 *         `mm_rb`, mmap_cache, get_unmapped_area, map_count, mmap_sem),
 *         the list of swapped mms (`mmlist`), the RSS and VM counters
 *         (_file_rss, _anon_rss, hiwater_rss, total_vm, ...), the
 *         arguments and environment (arg_start ... env_end, saved_auxv),
 *         cpu_vm_mask,
 *         the arch `context`, the swap token (faultstamp, token_priority,
 *         last_interval), `flags` and the core-dump and AIO members are
 *         left out; the VMA members come with the vma unit.
 *         \~chinese 只收录现有单元用到的成员：页全局目录、两个引用计数、
 *         page_table_lock，以及代码段、数据段、堆和栈的边界（setup_arch() 填写
 *         init_mm 的这几项）。目前还没有拥有地址空间的进程，所以线性区相关成员
 *         （`mmap`、`mm_rb`、mmap_cache、get_unmapped_area、map_count、mmap_sem）、
 *         被换出 mm 的链表（`mmlist`）、RSS 与虚拟内存计数（_file_rss、_anon_rss、
 *         hiwater_rss、total_vm 等）、参数与环境变量（arg_start 到 env_end、saved_auxv）、
 *         cpu_vm_mask、体系结构相关的 `context`、交换令牌（faultstamp、token_priority、
 *         last_interval）、`flags` 以及核心转储与 AIO 成员都未收录；
 *         线性区成员随 vma 单元加入。 \~
 */
struct mm_struct {
	pgd_t *pgd;			/**< the page directory (CR3 = __pa(pgd)) */
	atomic_t mm_users;		/**< tasks sharing the space */
	atomic_t mm_count;		/**< references to the struct */
	spinlock_t page_table_lock;	/**< guards page tables */
	unsigned long start_code, end_code, start_data, end_data; /**< text, data */
	unsigned long start_brk, brk, start_stack;	/**< heap, stack */
};

#endif /* _LINUX_MM_TYPES_H */
