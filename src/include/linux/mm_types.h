/**
 * @file
 * @brief \~english struct page, struct vm_area_struct and struct mm_struct.
 *        \~chinese struct page、struct vm_area_struct 与 struct mm_struct。 \~
 *
 * linux/mm_types.h - struct page, struct vm_area_struct and struct mm_struct
 * (include/linux/mm_types.h).
 */
#ifndef _LINUX_MM_TYPES_H
#define _LINUX_MM_TYPES_H

#include <linux/cpumask.h>
#include <linux/list.h>
#include <linux/rbtree.h>
#include <linux/rwsem.h>
#include <linux/spinlock.h>
#include <asm/pgtable.h>

struct address_space;
struct anon_vma;
struct file;
struct vm_operations_struct;

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
 * @brief \~english A region of an address space with one set of rules: a VMA.
 *        \~chinese 线性区：地址空间中遵循同一组规则的一段区间。 \~
 *
 * [vm_start, vm_end) is page aligned; the VMAs of an mm never overlap.
 * Each is on two structures ordered by address: the singly linked list
 * mm->mmap (through vm_next) for walks, and the red-black tree mm->mm_rb
 * (through vm_rb, keyed by vm_end) for lookups.  vm_pgoff is the offset
 * in vm_file, in pages, of vm_start; an anonymous private VMA keeps
 * vm_start >> PAGE_SHIFT there, so the merge rules treat it like a file.
 *
 * @kernel{include/linux/mm_types.h,99}
 * @seenotes{chapter-vma,vma-struct}
 * @kquirk \~english A host structure in the vm_area_struct cache: on the
 *         64-bit host it is larger than the 84 bytes of an i386 kernel, so
 *         /proc/slabinfo shows the host size.  shared keeps only the
 *         list member of its union (vm_set without parent and head):
 *         mm24 links a file's VMAs on a plain list (address_space.i_mmap),
 *         not on a prio tree (raw_prio_tree_node, prio_tree_node).  No NUMA policy (vm_policy: !NUMA).
 *         \~chinese 这是 vm_area_struct 高速缓存中的宿主机结构：在 64 位宿主机上
 *         它比 i386 内核的 84 字节大，所以 /proc/slabinfo 显示的是宿主机上的大小。
 *         shared 只保留联合体中的链表成员（vm_set 中没有 parent 与 head）：mm24 把一个文件的线性区链在普通链表
 *         （address_space.i_mmap）上，而不是优先搜索树（raw_prio_tree_node、prio_tree_node）上。
 *         没有 NUMA 内存策略（vm_policy：!NUMA）。 \~
 */
struct vm_area_struct {
	struct mm_struct *vm_mm;	/**< the address space it belongs to */
	unsigned long vm_start;		/**< first address */
	unsigned long vm_end;		/**< first address after the end */
	struct vm_area_struct *vm_next;	/**< next VMA by address, NULL last */
	pgprot_t vm_page_prot;		/**< PTE bits for its pages */
	unsigned long vm_flags;		/**< VM_READ ... (linux/mman.h) */
	struct rb_node vm_rb;		/**< node in mm->mm_rb */
	union {
		struct {
			struct list_head list;	/**< on mapping->i_mmap */
		} vm_set;
	} shared;
	struct list_head anon_vma_node;	/**< on anon_vma->head (fault unit) */
	struct anon_vma *anon_vma;	/**< anonymous pages' reverse map */
	const struct vm_operations_struct *vm_ops; /**< open/close/fault */
	unsigned long vm_pgoff;		/**< offset of vm_start, in pages */
	struct file *vm_file;		/**< mapped file, NULL if anonymous */
	void *vm_private_data;		/**< for the mapper */
	unsigned long vm_truncate_count; /**< mapping->truncate_count seen */
};

/**
 * @brief \~english An address space: its VMAs, page directory, layout and counters.
 *        \~chinese 内存描述符：一个进程地址空间的线性区、页全局目录、布局与计数。 \~
 *
 * mm_users counts the tasks using the space (a thread group shares one);
 * mm_count counts references to the structure, all users together being
 * one: the last mmput() tears the space down (exit_mmap()), the last
 * mmdrop() frees the structure and its page directory.
 *
 * @kernel{include/linux/mm_types.h,156}
 * @seenotes{chapter-vma,vma-mm}
 * @kquirk \~english A host structure in the mm_struct cache (404 bytes on
 *         an i386 SMP kernel, 416 with the cache-line alignment of
 *         SLAB_HWCACHE_ALIGN; more on the host).  Left out: saved_auxv
 *         (no auxiliary vector is built), the arch `context` (no LDT, no
 *         vDSO), the swap token (faultstamp, token_priority,
 *         last_interval), the core-dump members (core_waiters,
 *         core_startup_done, core_done) and AIO (ioctx_list_lock,
 *         ioctx_list).  _file_rss and _anon_rss stay 0 until the fault
 *         unit maps pages.
 *         \~chinese 这是 mm_struct 高速缓存中的宿主机结构（在 i386 SMP 内核中为
 *         404 字节，按 SLAB_HWCACHE_ALIGN 对齐缓存行后为 416 字节；宿主机上更大）。
 *         省略了：saved_auxv（不构造辅助向量）、体系结构相关的 context（没有
 *         LDT，也没有 vDSO）、交换令牌（faultstamp、token_priority、
 *         last_interval）、核心转储相关成员（core_waiters、core_startup_done、
 *         core_done）以及 AIO（ioctx_list_lock、ioctx_list）。在缺页单元映射页之前，
 *         _file_rss 与 _anon_rss 保持为 0。 \~
 */
struct mm_struct {
	struct vm_area_struct *mmap;	/**< the VMAs, by address */
	struct rb_root mm_rb;		/**< the same VMAs, keyed by vm_end */
	struct vm_area_struct *mmap_cache; /**< the last find_vma() result */
	unsigned long (*get_unmapped_area)(struct file *filp,
				unsigned long addr, unsigned long len,
				unsigned long pgoff, unsigned long flags);
	/**< bottom-up or top-down search (arch_pick_mmap_layout()) */
	void (*unmap_area)(struct mm_struct *mm, unsigned long addr);
	/**< updates free_area_cache after an unmap */
	unsigned long mmap_base;	/**< where get_unmapped_area starts */
	unsigned long task_size;	/**< size of the user space */
	unsigned long cached_hole_size;	/**< largest hole below free_area_cache */
	unsigned long free_area_cache;	/**< where the next search starts */
	pgd_t *pgd;			/**< the page directory (CR3 = __pa(pgd)) */
	atomic_t mm_users;		/**< tasks sharing the space */
	atomic_t mm_count;		/**< references to the struct */
	int map_count;			/**< number of VMAs */
	struct rw_semaphore mmap_sem;	/**< guards the VMAs */
	spinlock_t page_table_lock;	/**< guards page tables */
	struct list_head mmlist;	/**< on init_mm.mmlist once swapped */
	atomic_long_t _file_rss;	/**< file pages mapped */
	atomic_long_t _anon_rss;	/**< anonymous pages mapped */
	unsigned long hiwater_rss;	/**< peak of the two rss counters */
	unsigned long hiwater_vm;	/**< peak of total_vm */
	unsigned long total_vm;		/**< pages in all VMAs */
	unsigned long locked_vm;	/**< pages in VM_LOCKED VMAs */
	unsigned long shared_vm;	/**< pages of file VMAs */
	unsigned long exec_vm;		/**< pages of executable file VMAs */
	unsigned long stack_vm;		/**< pages of stack VMAs */
	unsigned long reserved_vm;	/**< pages of VM_RESERVED/VM_IO VMAs */
	unsigned long def_flags;	/**< flags every new VMA gets */
	unsigned long nr_ptes;		/**< page-table pages */
	unsigned long start_code, end_code, start_data, end_data; /**< text, data */
	unsigned long start_brk, brk, start_stack;	/**< heap, stack */
	unsigned long arg_start, arg_end, env_start, env_end; /**< exec strings */
	cpumask_t cpu_vm_mask;		/**< CPUs that may hold its TLB entries */
	unsigned long flags;		/**< MMF_* */
};

#endif /* _LINUX_MM_TYPES_H */
