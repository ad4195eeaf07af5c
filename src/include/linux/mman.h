/**
 * @file
 * @brief \~english The vma unit's interface: address spaces, VMAs, mmap and its kin.
 *        \~chinese vma 单元的接口：地址空间、线性区、mmap 及相关系统调用。 \~
 *
 * linux/mman.h - the public header of the vma unit (src/vma).
 *
 * 2.6.24 spreads these declarations over several headers; mm24 keeps the
 * unit's interface in one, in sections named after where 2.6.24 has
 * them:
 *   linux/mman.h, asm/mman.h   PROT_*, MAP_*, calc_vm_*_bits(), commit
 *                              accounting (vm_committed_space)
 *   linux/mm.h                 VM_* flags, vm_operations_struct, the VMA
 *                              calls (find_vma(), do_mmap_pgoff(), ...),
 *                              the page-table walkers of the unit
 *   linux/sched.h              mm_alloc(), mmput(), the layout functions,
 *                              tasks
 *   linux/fs.h, linux/pagemap.h  inode, file, address_space, the page
 *                              cache (find_get_page(), add_to_page_cache())
 *   linux/radix-tree.h         the page cache's index
 *   linux/binfmts.h            struct linux_binprm and exec
 *   linux/quicklist.h          the page-directory quicklist
 * The structures themselves are in linux/mm_types.h (vm_area_struct,
 * mm_struct) and linux/sched.h (task_struct's mm side, signal_struct and
 * the rlimits); the switch of address spaces is asm/mmu_context.h.
 */
#ifndef _LINUX_MMAN_H
#define _LINUX_MMAN_H

#include <string.h>
#include <linux/err.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mm_types.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/vmstat.h>

/* ==== asm-generic/mman.h, asm-x86/mman.h ================================ */
#define PROT_READ	0x1		/* page can be read */
#define PROT_WRITE	0x2		/* page can be written */
#define PROT_EXEC	0x4		/* instructions may be fetched */
#define PROT_SEM	0x8		/* atomic operations allowed */
#define PROT_NONE	0x0
#define PROT_GROWSDOWN	0x01000000	/* mprotect: down to a stack's start */
#define PROT_GROWSUP	0x02000000

#define MAP_SHARED	0x01		/* writes reach the object */
#define MAP_PRIVATE	0x02		/* writes are private (copy on write) */
#define MAP_TYPE	0x0f		/* the type bits of flags */
#define MAP_FIXED	0x10		/* exactly at addr */
#define MAP_ANONYMOUS	0x20		/* no file */
#define MAP_GROWSDOWN	0x0100		/* a stack */
#define MAP_DENYWRITE	0x0800		/* ETXTBSY on writes to the file */
#define MAP_EXECUTABLE	0x1000		/* the program's own file */
#define MAP_LOCKED	0x2000		/* mlock()ed */
#define MAP_NORESERVE	0x4000		/* no commit accounting */
#define MAP_POPULATE	0x8000		/* fault the pages in now */
#define MAP_NONBLOCK	0x10000		/* with MAP_POPULATE: no I/O */

/* ==== linux/mm.h: VMA flags ============================================= */
#define VM_READ		0x00000001	/* what the pages allow now */
#define VM_WRITE	0x00000002
#define VM_EXEC		0x00000004
#define VM_SHARED	0x00000008
#define VM_MAYREAD	0x00000010	/* what mprotect() may allow */
#define VM_MAYWRITE	0x00000020
#define VM_MAYEXEC	0x00000040
#define VM_MAYSHARE	0x00000080
#define VM_GROWSDOWN	0x00000100	/* a stack: grows to lower addresses */
#define VM_GROWSUP	0x00000200
#define VM_PFNMAP	0x00000400	/* raw frames, no struct page */
#define VM_DENYWRITE	0x00000800	/* the file may not be written */
#define VM_EXECUTABLE	0x00001000	/* the program's file */
#define VM_LOCKED	0x00002000	/* mlock()ed */
#define VM_IO		0x00004000	/* device memory */
#define VM_SEQ_READ	0x00008000
#define VM_RAND_READ	0x00010000
#define VM_DONTCOPY	0x00020000	/* not copied by fork */
#define VM_DONTEXPAND	0x00040000	/* mremap() may not grow it */
#define VM_RESERVED	0x00080000	/* counted in reserved_vm */
#define VM_ACCOUNT	0x00100000	/* charged to vm_committed_space */
#define VM_HUGETLB	0x00400000
#define VM_NONLINEAR	0x00800000	/* remap_file_pages() */
#define VM_MAPPED_COPY	0x01000000
#define VM_INSERTPAGE	0x02000000
#define VM_ALWAYSDUMP	0x04000000
#define VM_CAN_NONLINEAR 0x08000000	/* ->fault can do nonlinear pages */

/* asm-x86/page_32.h: data and stack are executable only for programs
 * that expect PROT_READ to mean PROT_EXEC */
#define VM_DATA_DEFAULT_FLAGS						\
	(VM_READ | VM_WRITE |						\
	 ((current->personality & READ_IMPLIES_EXEC) ? VM_EXEC : 0) |	\
	 VM_MAYREAD | VM_MAYWRITE | VM_MAYEXEC)
#define VM_STACK_DEFAULT_FLAGS	VM_DATA_DEFAULT_FLAGS
#define VM_STACK_FLAGS	(VM_GROWSDOWN | VM_STACK_DEFAULT_FLAGS | VM_ACCOUNT)

/* ==== asm-x86/pgtable_32.h: the PTE bits of each VMA protection =========
 * Private writable pages start read-only (COPY): the first write faults
 * and gets its own copy.  Without NX, the _EXEC forms equal the others. */
#define PAGE_SHARED_EXEC	PAGE_SHARED
#define PAGE_COPY_EXEC		PAGE_COPY
#define PAGE_READONLY_EXEC	PAGE_READONLY
#define __P000	PAGE_NONE
#define __P001	PAGE_READONLY
#define __P010	PAGE_COPY
#define __P011	PAGE_COPY
#define __P100	PAGE_READONLY_EXEC
#define __P101	PAGE_READONLY_EXEC
#define __P110	PAGE_COPY_EXEC
#define __P111	PAGE_COPY_EXEC
#define __S000	PAGE_NONE
#define __S001	PAGE_READONLY
#define __S010	PAGE_SHARED
#define __S011	PAGE_SHARED
#define __S100	PAGE_READONLY_EXEC
#define __S101	PAGE_READONLY_EXEC
#define __S110	PAGE_SHARED_EXEC
#define __S111	PAGE_SHARED_EXEC

/* ==== linux/mman.h ====================================================== */
#define MREMAP_MAYMOVE	1
#define MREMAP_FIXED	2

#define OVERCOMMIT_GUESS	0
#define OVERCOMMIT_ALWAYS	1
#define OVERCOMMIT_NEVER	2

extern int sysctl_overcommit_memory;
extern int sysctl_overcommit_ratio;
extern atomic_t vm_committed_space;

void vm_acct_memory(long pages);

/**
 * @brief \~english Give back @p pages of committed address space.
 *        \~chinese 归还 pages 个页的已承诺地址空间（提交记账）。 \~
 * @param pages \~english how many \~chinese 页数 \~
 * @kernel{include/linux/mman.h,31}
 * @seenotes{chapter-vma,vma-overcommit}
 */
static inline void vm_unacct_memory(long pages)
{
	vm_acct_memory(-pages);
}

/* (x & bit1) ? bit2 : 0 without a branch, bit1 and bit2 single bits */
#define _calc_vm_trans(x, bit1, bit2) \
	((bit1) <= (bit2) ? ((x) & (bit1)) * ((bit2) / (bit1)) \
	 : ((x) & (bit1)) / ((bit1) / (bit2)))

/**
 * @brief \~english The VM_READ/VM_WRITE/VM_EXEC bits of mmap's @p prot.
 *        \~chinese 把 mmap 的 prot 参数换算成 VM_READ/VM_WRITE/VM_EXEC 标志。 \~
 * @param prot \~english PROT_* bits \~chinese PROT_* 标志位 \~
 * @return \~english VM_* bits \~chinese VM_* 标志位 \~
 * @kernel{include/linux/mman.h,50}
 * @seenotes{chapter-vma,vma-flags}
 */
static inline unsigned long calc_vm_prot_bits(unsigned long prot)
{
	unsigned long bits = _calc_vm_trans(prot, PROT_READ, VM_READ);

	bits |= _calc_vm_trans(prot, PROT_WRITE, VM_WRITE);
	return bits | _calc_vm_trans(prot, PROT_EXEC, VM_EXEC);
}

/**
 * @brief \~english The VM_* bits that mmap's @p flags ask for.
 *        \~chinese 把 mmap 的 flags 参数换算成相应的 VM_* 标志。 \~
 * @param flags \~english MAP_* bits \~chinese MAP_* 标志位 \~
 * @return \~english VM_GROWSDOWN, VM_DENYWRITE, VM_EXECUTABLE, VM_LOCKED
 *         \~chinese VM_GROWSDOWN、VM_DENYWRITE、VM_EXECUTABLE、VM_LOCKED 的组合 \~
 * @kernel{include/linux/mman.h,61}
 * @seenotes{chapter-vma,vma-flags}
 */
static inline unsigned long calc_vm_flag_bits(unsigned long flags)
{
	unsigned long bits = _calc_vm_trans(flags, MAP_GROWSDOWN, VM_GROWSDOWN);

	bits |= _calc_vm_trans(flags, MAP_DENYWRITE, VM_DENYWRITE);
	bits |= _calc_vm_trans(flags, MAP_EXECUTABLE, VM_EXECUTABLE);
	return bits | _calc_vm_trans(flags, MAP_LOCKED, VM_LOCKED);
}

#define FIRST_USER_ADDRESS	0
/**
 * @brief \~english Where the legacy (bottom-up) layout starts looking for room: 1 GiB.
 *        \~chinese 传统（自底向上）布局开始查找空闲区间的地址：1 GiB。 \~
 * @kernel{include/asm-x86/processor_32.h,221}
 * @seenotes{chapter-vma,vma-layout}
 */
#define TASK_UNMAPPED_BASE	(PAGE_ALIGN(TASK_SIZE / 3))
#define STACK_TOP		TASK_SIZE
#define STACK_TOP_MAX		STACK_TOP
#define DEFAULT_MAX_MAP_COUNT	65536
#define MMF_DUMP_FILTER_DEFAULT	0x3	/* anonymous private and shared */

/* mm24's programs run as an ordinary user: no capability
 * (CAP_SYS_ADMIN, CAP_IPC_LOCK) is ever granted (linux/capability.h) */
#define CAP_IPC_LOCK	14
#define CAP_SYS_ADMIN	21
#define capable(cap)	((void)(cap), 0)

extern struct kmem_cache *vm_area_cachep, *mm_cachep;
extern int sysctl_max_map_count;
extern int sysctl_legacy_va_layout;
extern int randomize_va_space;
extern pgprot_t protection_map[16];

/* What ->fault() is asked and answers (linux/mm.h); the VM_FAULT_* bits
 * it and handle_mm_fault() return. */
#define FAULT_FLAG_WRITE	0x01	/* the access was a write */
#define VM_FAULT_OOM		0x0001	/* no memory for the page */
#define VM_FAULT_SIGBUS		0x0002	/* no page there (beyond the file) */
#define VM_FAULT_MAJOR		0x0004	/* the page had to be read in */
#define VM_FAULT_WRITE		0x0008	/* do_wp_page() made it writable */
#define VM_FAULT_NOPAGE		0x0100	/* ->fault() set the PTE itself */
#define VM_FAULT_LOCKED		0x0200	/* ->fault() locked vmf->page */
#define VM_FAULT_ERROR		(VM_FAULT_OOM | VM_FAULT_SIGBUS)

/**
 * @brief \~english What a VMA's ->fault() gets and gives back: the page at @c pgoff.
 *        \~chinese 线性区的 ->fault() 收到与交回的信息：pgoff 处的页。 \~
 * @kernel{include/linux/mm.h,145}
 * @seenotes{chapter-fault,fault-file}
 */
struct vm_fault {
	unsigned int flags;		/**< FAULT_FLAG_WRITE */
	pgoff_t pgoff;			/**< the page's index in the file */
	unsigned long virtual_address;	/**< the faulting page's address */
	struct page *page;		/**< ->fault() puts the page here */
};

/* What a mapper provides for its VMAs; NULL members do nothing. */
struct vm_operations_struct {
	void (*open)(struct vm_area_struct *area);
	void (*close)(struct vm_area_struct *area);
	int (*fault)(struct vm_area_struct *vma, struct vm_fault *vmf);
	int (*page_mkwrite)(struct vm_area_struct *vma, struct page *page);
};

/* Page-table rss counters (linux/sched.h) and their high-water marks. */
#define set_mm_counter(mm, member, value) \
	atomic_long_set(&(mm)->_##member, value)
#define get_mm_counter(mm, member) \
	((unsigned long)atomic_long_read(&(mm)->_##member))
#define add_mm_counter(mm, member, value) \
	atomic_long_add(value, &(mm)->_##member)
#define inc_mm_counter(mm, member)	add_mm_counter(mm, member, 1)
#define dec_mm_counter(mm, member)	add_mm_counter(mm, member, -1)
/* what one page table's walk changed (mm/memory.c) */
#define add_mm_rss(mm, file, anon) do {				\
	if (file)						\
		add_mm_counter(mm, file_rss, file);		\
	if (anon)						\
		add_mm_counter(mm, anon_rss, anon);		\
} while (0)
#define get_mm_rss(mm) \
	(get_mm_counter(mm, file_rss) + get_mm_counter(mm, anon_rss))
#define update_hiwater_rss(mm) do {				\
	unsigned long _rss = get_mm_rss(mm);			\
	if ((mm)->hiwater_rss < _rss)				\
		(mm)->hiwater_rss = _rss;			\
} while (0)
#define update_hiwater_vm(mm) do {				\
	if ((mm)->hiwater_vm < (mm)->total_vm)			\
		(mm)->hiwater_vm = (mm)->total_vm;		\
} while (0)

/* The pte lock of the page table under @pmd: mm24 takes the mm's
 * page_table_lock (see pte_offset_map_lock()). */
#define pte_lockptr(mm, pmd)	({ (void)(pmd); &(mm)->page_table_lock; })

/**
 * @brief \~english Map the page table under @p pmd, lock it, and point at @p address's PTE.
 *        \~chinese 映射 pmd 下的页表并加锁，返回 address 对应的页表项指针。 \~
 * @kernel{include/linux/mm.h,862}
 * @seenotes{chapter-vma,vma-unmap}
 * @kquirk \~english With NR_CPUS 8, at or above CONFIG_SPLIT_PTLOCK_CPUS,
 *         2.6.24 locks each page-table page with its own page->ptl; mm24's
 *         struct page has no ptl, so pte_lockptr() is the mm's
 *         page_table_lock, as in a kernel built for fewer CPUs.
 *         \~chinese NR_CPUS 为 8，不小于 CONFIG_SPLIT_PTLOCK_CPUS，2.6.24 用每个页表页
 *         自己的 page->ptl 加锁；mm24 的 struct page 没有 ptl，所以 pte_lockptr()
 *         是 mm 的 page_table_lock，与为较少 CPU 编译的内核相同。 \~
 */
#define pte_offset_map_lock(mm, pmd, address, ptlp)	\
({							\
	spinlock_t *_lock = pte_lockptr(mm, pmd);	\
	pte_t *_entry = pte_offset_map(pmd, address);	\
	*(ptlp) = _lock;				\
	spin_lock(_lock);				\
	_entry;						\
})

/**
 * @brief \~english Unlock and unmap what pte_offset_map_lock() took.
 *        \~chinese 解锁并解除 pte_offset_map_lock() 所做的映射。 \~
 * @kernel{include/linux/mm.h,871}
 * @seenotes{chapter-vma,vma-unmap}
 */
#define pte_unmap_unlock(pte, ptl)	do {	\
	spin_unlock(ptl);			\
	pte_unmap(pte);				\
} while (0)

/**
 * @brief \~english Clear a PTE and flush its TLB entry; answer the old PTE.
 *        \~chinese 清除页表项并刷新其 TLB 表项，返回原来的页表项。 \~
 * @kernel{include/asm-generic/pgtable.h,84}
 * @seenotes{chapter-vma,vma-mremap}
 */
#define ptep_clear_flush(vma, address, ptep)				\
({									\
	pte_t _old = ptep_get_and_clear((vma)->vm_mm, address, ptep);	\
	flush_tlb_page(vma, address);					\
	_old;								\
})
#define pte_offset_map_nested(dir, a)	pte_offset_map(dir, a)
#define pte_unmap_nested(pte)		pte_unmap(pte)

/* ==== linux/mm.h: the calls ============================================== */
pgprot_t vm_get_page_prot(unsigned long vm_flags);
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr);
struct vm_area_struct *find_vma_prev(struct mm_struct *mm, unsigned long addr,
				     struct vm_area_struct **pprev);
struct vm_area_struct *find_extend_vma(struct mm_struct *mm,
				       unsigned long addr);

/**
 * @brief \~english The first VMA that overlaps [@p start_addr, @p end_addr).
 *        \~chinese 与区间 [start_addr, end_addr) 相交的第一个线性区。 \~
 * @param mm \~english the address space \~chinese 地址空间 \~
 * @param start_addr \~english first address \~chinese 起始地址 \~
 * @param end_addr \~english first address after (greater than @p start_addr)
 *                 \~chinese 结束地址（区间之后的第一个地址，大于 @p start_addr） \~
 * @return \~english the VMA, or NULL \~chinese 找到的线性区；没有则返回 NULL \~
 * @kernel{include/linux/mm.h,1075}
 * @seenotes{chapter-vma,vma-find}
 */
static inline struct vm_area_struct *
find_vma_intersection(struct mm_struct *mm, unsigned long start_addr,
		      unsigned long end_addr)
{
	struct vm_area_struct *hit = find_vma(mm, start_addr);

	/* find_vma() may answer one that starts at or after the end */
	if (hit && hit->vm_start >= end_addr)
		hit = NULL;
	return hit;
}

/**
 * @brief \~english The number of pages a VMA spans.
 *        \~chinese 线性区跨越的页数。 \~
 * @param vma \~english the VMA \~chinese 线性区 \~
 * @return \~english (vm_end - vm_start) in 4 KiB pages, at least 1 \~chinese (vm_end - vm_start) 折合的 4 KiB 页数，至少为 1 \~
 * @kernel{include/linux/mm.h,1084}
 * @seenotes{chapter-vma,vma-struct}
 */
static inline unsigned long vma_pages(struct vm_area_struct *vma)
{
	return (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
}

int __vm_enough_memory(struct mm_struct *mm, long pages, int cap_sys_admin);
int security_vm_enough_memory(long pages);
int security_vm_enough_memory_mm(struct mm_struct *mm, long pages);
int may_expand_vm(struct mm_struct *mm, unsigned long npages);
void vm_stat_account(struct mm_struct *mm, unsigned long flags,
		     struct file *file, long pages);
void __vma_link_rb(struct mm_struct *mm, struct vm_area_struct *vma,
		   struct rb_node **rb_link, struct rb_node *rb_parent);
void vma_adjust(struct vm_area_struct *vma, unsigned long start,
		unsigned long end, pgoff_t pgoff, struct vm_area_struct *insert);
struct anon_vma;
struct mempolicy;
struct vm_area_struct *vma_merge(struct mm_struct *mm,
	struct vm_area_struct *prev, unsigned long addr, unsigned long end,
	unsigned long vm_flags, struct anon_vma *anon_vma, struct file *file,
	pgoff_t pgoff, struct mempolicy *policy);
int split_vma(struct mm_struct *mm, struct vm_area_struct *vma,
	      unsigned long addr, int new_below);
int insert_vm_struct(struct mm_struct *mm, struct vm_area_struct *vma);
struct vm_area_struct *copy_vma(struct vm_area_struct **vmap,
				unsigned long addr, unsigned long len,
				pgoff_t pgoff);
void unlink_file_vma(struct vm_area_struct *vma);
void exit_mmap(struct mm_struct *mm);
int vma_wants_writenotify(struct vm_area_struct *vma);
unsigned long get_unmapped_area(struct file *file, unsigned long addr,
				unsigned long len, unsigned long pgoff,
				unsigned long flags);
unsigned long do_mmap_pgoff(struct file *file, unsigned long addr,
			    unsigned long len, unsigned long prot,
			    unsigned long flags, unsigned long pgoff);
unsigned long mmap_region(struct file *file, unsigned long addr,
			  unsigned long len, unsigned long flags,
			  unsigned int vm_flags, unsigned long pgoff,
			  int accountable);
int do_munmap(struct mm_struct *mm, unsigned long start, size_t len);
unsigned long do_brk(unsigned long addr, unsigned long len);
int expand_stack(struct vm_area_struct *vma, unsigned long address);
int mprotect_fixup(struct vm_area_struct *vma, struct vm_area_struct **pprev,
		   unsigned long start, unsigned long end,
		   unsigned long newflags);
unsigned long move_page_tables(struct vm_area_struct *vma,
			       unsigned long old_addr,
			       struct vm_area_struct *new_vma,
			       unsigned long new_addr, unsigned long len);
unsigned long do_mremap(unsigned long addr, unsigned long old_len,
			unsigned long new_len, unsigned long flags,
			unsigned long new_addr);

/**
 * @brief \~english mmap with a byte offset: do_mmap_pgoff() once the offset is checked.
 *        \~chinese 以字节偏移调用的 mmap：检查偏移后交给 do_mmap_pgoff()。 \~
 * @param filp \~english the file to map, or NULL for anonymous memory \~chinese 要映射的文件；匿名映射为 NULL \~
 * @param where \~english the address wanted (a hint, or the place with MAP_FIXED) \~chinese 希望的地址（提示，或者 MAP_FIXED 时的确切位置） \~
 * @param bytes \~english the length in bytes, rounded up to pages \~chinese 长度（字节），向上取整到页 \~
 * @param prot \~english PROT_READ, PROT_WRITE, PROT_EXEC or PROT_NONE \~chinese PROT_READ、PROT_WRITE、PROT_EXEC 或 PROT_NONE \~
 * @param mflags \~english MAP_SHARED or MAP_PRIVATE and the other MAP_* bits \~chinese MAP_SHARED 或 MAP_PRIVATE，以及其他 MAP_* 位 \~
 * @param off \~english the offset in the file in bytes, a multiple of PAGE_SIZE \~chinese 文件内的偏移（字节），须为 PAGE_SIZE 的整数倍 \~
 * @return \~english the start of the mapping, or a negative errno cast to unsigned long: -EINVAL if @p off is not page-aligned or @p off plus the length wraps, else what do_mmap_pgoff() returns \~chinese 映射的起始地址，或转换成 unsigned long 的负错误码：off 未按页对齐、或 off 加长度回绕时为 -EINVAL，否则为 do_mmap_pgoff() 的返回值 \~
 * @kernel{include/linux/mm.h,1007}
 * @seenotes{chapter-vma,vma-mmap}
 */
static inline unsigned long do_mmap(struct file *filp, unsigned long where,
				    unsigned long bytes, unsigned long prot,
				    unsigned long mflags, unsigned long off)
{
	unsigned long res = -EINVAL;

	/* the offset plus the length may not wrap, and must be in pages */
	if (off + PAGE_ALIGN(bytes) < off)
		goto out;
	if (!(off & ~PAGE_MASK))
		res = do_mmap_pgoff(filp, where, bytes, prot, mflags,
				    off >> PAGE_SHIFT);
out:
	return res;
}

/* The system calls, as the scenario commands make them (strace's names). */
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, struct file *file, unsigned long pgoff);
/* The arguments of the i386 mmap call, in a block (i386 passed at most
 * five arguments in registers). */
struct mmap_arg_struct {
	unsigned long addr;
	unsigned long len;
	unsigned long prot;
	unsigned long flags;
	struct file *file;	/* mm24: the opened file instead of fd */
	unsigned long offset;	/* bytes */
};
long old_mmap(const struct mmap_arg_struct *arg);
long sys_munmap(unsigned long addr, size_t len);
unsigned long sys_brk(unsigned long brk);
long sys_mprotect(unsigned long start, size_t len, unsigned long prot);
unsigned long sys_mremap(unsigned long addr, unsigned long old_len,
			 unsigned long new_len, unsigned long flags,
			 unsigned long new_addr);

/* mm/memory.c as far as the vma unit needs it (src/vma/memory.c) */
struct mmu_gather;
struct zap_details;
unsigned long unmap_vmas(struct mmu_gather **tlbp,
			 struct vm_area_struct *vma, unsigned long start_addr,
			 unsigned long end_addr, unsigned long *nr_accounted,
			 struct zap_details *details);
void free_pgtables(struct mmu_gather **tlb, struct vm_area_struct *start_vma,
		   unsigned long floor, unsigned long ceiling);
void free_pgd_range(struct mmu_gather **tlb, unsigned long addr,
		    unsigned long end, unsigned long floor,
		    unsigned long ceiling);
int __pte_alloc(struct mm_struct *mm, pmd_t *pmd, unsigned long address);

/* asm-x86/pgalloc_32.h and arch/x86/mm/pgtable_32.c: user page tables,
 * in lowmem (!CONFIG_HIGHPTE) */
struct page *pte_alloc_one(struct mm_struct *mm, unsigned long address);
pgd_t *pgd_alloc(struct mm_struct *mm);
void pgd_free(pgd_t *pgd);
void check_pgt_cache(void);
int quicklist_pages(int cpu);

/**
 * @brief \~english Copy @p count page-directory entries.
 *        \~chinese 复制 count 个页目录项。 \~
 * @param dst \~english the entries to fill \~chinese 要填写的页目录项 \~
 * @param src \~english the entries to copy \~chinese 被复制的页目录项 \~
 * @param count \~english how many \~chinese 项数 \~
 * @kernel{include/asm-x86/pgtable_32.h,351}
 * @seenotes{chapter-vma,vma-pgd}
 */
static inline void clone_pgd_range(pgd_t *dst, pgd_t *src, int count)
{
	memcpy(dst, src, (size_t)count * sizeof(*dst));
}
#ifndef pmd_populate
#define pmd_populate(mm, pmd, pte) \
	set_pmd(pmd, __pmd(_PAGE_TABLE + (page_to_pfn(pte) << PAGE_SHIFT)))
#endif
#ifndef pte_free
#define pte_free(pte)	__free_page(pte)
#endif
int make_pages_present(unsigned long addr, unsigned long end);

/* ==== linux/rmap.h: the anonymous VMAs that may share pages ============== */

/**
 * @brief \~english The private VMAs whose anonymous pages may be shared (after fork).
 *        \~chinese 可能共享匿名页（fork 之后）的一组私有线性区。 \~
 * @kernel{include/linux/rmap.h,26}
 * @seenotes{chapter-vma,vma-anon}
 */
struct anon_vma {
	spinlock_t lock;		/**< guards head */
	struct list_head head;		/**< the VMAs, through anon_vma_node */
};

int anon_vma_prepare(struct vm_area_struct *vma);
struct anon_vma *find_mergeable_anon_vma(struct vm_area_struct *vma);
void __anon_vma_merge(struct vm_area_struct *vma, struct vm_area_struct *next);
void __anon_vma_link(struct vm_area_struct *vma);
void anon_vma_link(struct vm_area_struct *vma);
void anon_vma_unlink(struct vm_area_struct *vma);
void anon_vma_init(void);
/* the rmap of a mapped page (mm/rmap.c; the fault unit adds pages) */
void page_remove_rmap(struct page *page, struct vm_area_struct *vma);
/* the page a user PTE maps, NULL for raw frames (mm/memory.c) */
struct page *vm_normal_page(struct vm_area_struct *vma, unsigned long addr,
			    pte_t pte);

/**
 * @brief \~english Is @p flags a private mapping that may become writable (copy on write)?
 *        \~chinese flags 所描述的是否为可能变为可写的私有映射（写时复制映射）。 \~
 * @param flags \~english the VMA's vm_flags \~chinese 线性区的 vm_flags \~
 * @return \~english nonzero if so \~chinese 是则返回非 0 \~
 * @kernel{mm/memory.c,358}
 * @seenotes{chapter-fault,fault-fork}
 */
static inline int is_cow_mapping(unsigned int flags)
{
	unsigned int kind = flags & (VM_SHARED | VM_MAYWRITE);

	return kind == VM_MAYWRITE;
}

/**
 * @brief \~english Lock the anon_vma of @p vma, if it has one.
 *        \~chinese 若 vma 有 anon_vma，则给它加锁。 \~
 * @param vma \~english the VMA whose anon_vma to lock (nothing happens if it has none) \~chinese 要锁住其 anon_vma 的线性区（没有 anon_vma 时什么也不做） \~
 * @kernel{include/linux/rmap.h,45}
 * @seenotes{chapter-vma,vma-anon}
 */
static inline void anon_vma_lock(struct vm_area_struct *vma)
{
	struct anon_vma *av = vma->anon_vma;

	if (av)
		spin_lock(&av->lock);
}

/**
 * @brief \~english Unlock what anon_vma_lock() took.
 *        \~chinese 解除 anon_vma_lock() 所加的锁。 \~
 * @param vma \~english the VMA given to anon_vma_lock() \~chinese 传给 anon_vma_lock() 的那个线性区 \~
 * @kernel{include/linux/rmap.h,52}
 * @seenotes{chapter-vma,vma-anon}
 */
static inline void anon_vma_unlock(struct vm_area_struct *vma)
{
	struct anon_vma *av = vma->anon_vma;

	if (av)
		spin_unlock(&av->lock);
}

/* ==== linux/sched.h, kernel/fork.c, arch/x86/mm/mmap_32.c =============== */
struct mm_struct *mm_alloc(void);
void mmput(struct mm_struct *mm);
void __mmdrop(struct mm_struct *mm);

/**
 * @brief \~english Drop a reference to the structure; free it on the last one.
 *        \~chinese 释放对内存描述符结构的一个引用；最后一个引用释放时将其释放。 \~
 * @param mm \~english the address space \~chinese 地址空间（内存描述符） \~
 * @kernel{include/linux/sched.h,1658}
 * @seenotes{chapter-vma,vma-mm}
 */
static inline void mmdrop(struct mm_struct *mm)
{
	if (unlikely(atomic_dec_and_test(&mm->mm_count)))
		__mmdrop(mm);
}

void arch_pick_mmap_layout(struct mm_struct *mm);
unsigned long arch_get_unmapped_area(struct file *filp, unsigned long addr,
				     unsigned long len, unsigned long pgoff,
				     unsigned long flags);
unsigned long arch_get_unmapped_area_topdown(struct file *filp,
					     unsigned long addr0,
					     unsigned long len,
					     unsigned long pgoff,
					     unsigned long flags);
void arch_unmap_area(struct mm_struct *mm, unsigned long addr);
void arch_unmap_area_topdown(struct mm_struct *mm, unsigned long addr);
unsigned int get_random_int(void);
unsigned long arch_align_stack(unsigned long sp);

void proc_caches_init(void);
void fork_init(unsigned long mempages);
struct task_struct *dup_task_struct(struct task_struct *orig);
void context_switch(struct task_struct *prev, struct task_struct *next);
/* The idle task of @cpu (init_task on CPU 0). */
struct task_struct *idle_task(int cpu);
void sched_init(void);
struct task_struct *find_task_by_pid(int nr);
struct task_struct *copy_process(unsigned long clone_flags);
void free_task(struct task_struct *tsk);
void __put_task_struct(struct task_struct *tsk);
void mm_release(struct task_struct *tsk, struct mm_struct *mm);
void do_exit(long code);

/* /proc/PID/maps and /proc/PID/status of @task (task_mmu.c) */
struct seq_file;
void proc_pid_maps(struct seq_file *m, struct task_struct *task);
void proc_pid_status(struct seq_file *m, struct task_struct *task);
void proc_pid_smaps(struct seq_file *m, struct task_struct *task);
long sys_setrlimit(unsigned int resource, const struct rlimit *rlim);

/* linux/swap.h */
#ifndef nr_free_pages
#define nr_free_pages()	global_page_state(NR_FREE_PAGES)
#endif

/* ==== mm/vmstat.c: the per-page forms of the zone counters ============== */

/**
 * @brief \~english Count one more @p item in @p page's zone (interrupts off).
 *        \~chinese 在 page 所在管理区的计数 item 上加一（中断已关闭）。 \~
 * @param page \~english a page of the zone to count in \~chinese 所计数的管理区中的一个页 \~
 * @param item \~english the counter (NR_PAGETABLE, NR_FILE_MAPPED ...) \~chinese 计数项（NR_PAGETABLE、NR_FILE_MAPPED 等） \~
 * @kernel{mm/vmstat.c,226}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static inline void __inc_zone_page_state(struct page *page,
					 enum zone_stat_item item)
{
	__inc_zone_state(page_zone(page), item);
}

/**
 * @brief \~english Count one less @p item in @p page's zone (interrupts off).
 *        \~chinese 在 page 所在管理区的计数 item 上减一（中断已关闭）。 \~
 * @param page \~english a page of the zone to count in \~chinese 所计数的管理区中的一个页 \~
 * @param item \~english the counter (NR_PAGETABLE, NR_FILE_MAPPED ...) \~chinese 计数项（NR_PAGETABLE、NR_FILE_MAPPED 等） \~
 * @kernel{mm/vmstat.c,247}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static inline void __dec_zone_page_state(struct page *page,
					 enum zone_stat_item item)
{
	__dec_zone_state(page_zone(page), item);
}

/**
 * @brief \~english Count one more @p item in @p page's zone.
 *        \~chinese 在 page 所在管理区的计数 item 上加一。 \~
 * @param page \~english a page of the zone to count in \~chinese 所计数的管理区中的一个页 \~
 * @param item \~english the counter (NR_PAGETABLE, NR_FILE_MAPPED ...) \~chinese 计数项（NR_PAGETABLE、NR_FILE_MAPPED 等） \~
 * @kernel{mm/vmstat.c,262}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline void inc_zone_page_state(struct page *page,
				       enum zone_stat_item item)
{
	struct zone *home = page_zone(page);
	unsigned long irqflags;

	local_irq_save(irqflags);
	__inc_zone_state(home, item);
	local_irq_restore(irqflags);
}

/**
 * @brief \~english Count one less @p item in @p page's zone.
 *        \~chinese 在 page 所在管理区的计数 item 上减一。 \~
 * @param pg \~english a page of the zone to count in \~chinese 所计数的管理区中的一个页 \~
 * @param item \~english the counter (NR_PAGETABLE, NR_FILE_MAPPED ...) \~chinese 计数项（NR_PAGETABLE、NR_FILE_MAPPED 等） \~
 * @kernel{mm/vmstat.c,274}
 * @seenotes{chapter-vma,vma-unmap}
 */
static inline void dec_zone_page_state(struct page *pg,
				       enum zone_stat_item item)
{
	unsigned long irqflags;

	local_irq_save(irqflags);
	__dec_zone_page_state(pg, item);
	local_irq_restore(irqflags);
}

/* ==== linux/radix-tree.h ================================================= */
#define RADIX_TREE_MAP_SHIFT	6
#define RADIX_TREE_MAP_SIZE	(1UL << RADIX_TREE_MAP_SHIFT)
#define RADIX_TREE_MAP_MASK	(RADIX_TREE_MAP_SIZE - 1)
#define RADIX_TREE_INDEX_BITS	32	/* an i386 unsigned long */
#define RADIX_TREE_MAX_PATH \
	DIV_ROUND_UP(RADIX_TREE_INDEX_BITS, RADIX_TREE_MAP_SHIFT)

struct radix_tree_node;

/**
 * @brief \~english The root of a radix tree: its height and top node or single item.
 *        \~chinese 基数树的树根：树高，以及顶层节点或唯一的数据项。 \~
 * @kernel{include/linux/radix-tree.h,61}
 * @seenotes{chapter-vma,vma-pagecache}
 */
struct radix_tree_root {
	unsigned int height;		/**< 0: rnode is the item of index 0 */
	gfp_t gfp_mask;			/**< for node allocations */
	struct radix_tree_node *rnode;	/**< top node (tagged indirect) */
};

#define RADIX_TREE_INIT(mask)	{ .height = 0, .gfp_mask = (mask), .rnode = NULL }
#define INIT_RADIX_TREE(root, mask)		\
do {						\
	(root)->height = 0;			\
	(root)->gfp_mask = (mask);		\
	(root)->rnode = NULL;			\
} while (0)

/**
 * @brief \~english Replace the mobility bits of @p gfp with @p migrate_flags.
 *        \~chinese 把 gfp 中表示可移动性的位换成 migrate_flags。 \~
 * @param gfp \~english a gfp mask that is not already both movable and reclaimable (a BUG otherwise) \~chinese gfp 标志，不能同时带有可移动与可回收两种位（否则 BUG） \~
 * @param migrate_flags \~english __GFP_RECLAIMABLE, __GFP_MOVABLE or 0 \~chinese __GFP_RECLAIMABLE、__GFP_MOVABLE 或 0 \~
 * @return \~english @p gfp with its mobility bits replaced by @p migrate_flags \~chinese gfp 的可移动性位换成 migrate_flags 后的值 \~
 * @kernel{include/linux/gfp.h,147}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static inline gfp_t set_migrateflags(gfp_t gfp, gfp_t migrate_flags)
{
	BUG_ON((gfp & GFP_MOVABLE_MASK) == GFP_MOVABLE_MASK);
	return (gfp & ~GFP_MOVABLE_MASK) | migrate_flags;
}

int radix_tree_insert(struct radix_tree_root *root, unsigned long index,
		      void *item);
void *radix_tree_lookup(struct radix_tree_root *root, unsigned long index);
void *radix_tree_delete(struct radix_tree_root *root, unsigned long index);
int radix_tree_preload(gfp_t gfp_mask);
void radix_tree_init(void);
#define radix_tree_preload_end()	preempt_enable()
/* mm24's checker: the heights and slot counts of every node; *items
 * gets the number of items.  Returns the problems found (printk'd). */
int radix_tree_check(struct radix_tree_root *root, unsigned long *items);

/* ==== linux/fs.h, linux/pagemap.h ======================================== */
#define FMODE_READ	1
#define FMODE_WRITE	2
#define FMODE_EXEC	16

#define S_IFMT		00170000
#define S_IFREG		0100000
#define S_ISREG(m)	(((m) & S_IFMT) == S_IFREG)

struct inode;
struct vm_area_struct;

/* What the page cache needs from a file system. */
struct address_space_operations {
	int (*readpage)(struct file *file, struct page *page);
};

/**
 * @brief \~english The pages of a file in memory (its page cache) and its mappings.
 *        \~chinese 文件在内存中的页（页高速缓存）及其映射。 \~
 * @kernel{include/linux/fs.h,497}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english The VMAs that map the file are on a list (i_mmap, linked
 *         through vma->shared.vm_set.list) rather than the prio tree of
 *         2.6.24, and there is no i_mmap_nonlinear (no remap_file_pages()).
 *         No backing device, private list or writeback state
 *         (->backing_dev_info, ->private_lock, ->private_list,
 *         ->assoc_mapping, ->writeback_index).
 *         \~chinese 映射该文件的线性区链在一个普通链表上（i_mmap，经由
 *         vma->shared.vm_set.list 链接），而不是 2.6.24 的优先搜索树，也没有
 *         i_mmap_nonlinear（不支持 remap_file_pages()）。没有后备设备、私有链表和
 *         回写状态（->backing_dev_info、->private_lock、->private_list、
 *         ->assoc_mapping、->writeback_index）。 \~
 */
struct address_space {
	struct inode *host;		/**< owner */
	struct radix_tree_root page_tree; /**< the cached pages, by index */
	rwlock_t tree_lock;		/**< guards page_tree */
	unsigned int i_mmap_writable;	/**< VM_SHARED mappings */
	struct list_head i_mmap;	/**< the VMAs that map it */
	spinlock_t i_mmap_lock;		/**< guards i_mmap */
	unsigned int truncate_count;	/**< truncations seen */
	unsigned long nrpages;		/**< pages in page_tree */
	const struct address_space_operations *a_ops;
	unsigned long flags;		/**< the gfp mask of its pages */
};

struct super_block {
	unsigned int s_dev;		/* MKDEV(major, minor) */
};

/* An inode of the in-memory file systems (rootfs and the tmpfs of
 * shared anonymous mappings). */
struct inode {
	unsigned long i_ino;
	atomic_t i_count;
	unsigned int i_nlink;		/* 0: unlinked, freed on the last iput */
	unsigned int i_mode;
	long long i_size;
	struct super_block *i_sb;
	struct address_space *i_mapping;
	struct address_space i_data;
	atomic_t i_writecount;		/* < 0: VM_DENYWRITE mappings */
	unsigned int i_flags;
	void *i_private;		/* the file system's own */
	unsigned char *i_disk;		/* mm24: the file's bytes on the
					 * emulated disk (NULL: none) */
};

struct qstr {
	const char *name;
	unsigned int len;
};

/* A name: here the whole path of a file. */
struct dentry {
	atomic_t d_count;
	struct inode *d_inode;
	struct qstr d_name;
	int d_unhashed;			/* not in the dcache: " (deleted)" */
	char d_iname[256];
};

struct vfsmount;
struct path {
	struct vfsmount *mnt;
	struct dentry *dentry;
};

struct file_operations {
	int (*mmap)(struct file *file, struct vm_area_struct *vma);
	unsigned long (*get_unmapped_area)(struct file *file,
					   unsigned long addr,
					   unsigned long len,
					   unsigned long pgoff,
					   unsigned long flags);
};

struct file {
	struct path f_path;
	const struct file_operations *f_op;
	atomic_t f_count;
	unsigned int f_mode;		/* FMODE_READ, FMODE_WRITE */
	struct address_space *f_mapping;
};

#define MAJOR(dev)	((unsigned int)((dev) >> 20))
#define MINOR(dev)	((unsigned int)((dev) & ((1U << 20) - 1)))
#define MKDEV(ma, mi)	(((ma) << 20) | (mi))
#define IS_APPEND(inode)	((inode)->i_flags & 4)	/* S_APPEND */

#define get_file(x)	atomic_inc(&(x)->f_count)
void fput(struct file *file);
int deny_write_access(struct file *file);
#define allow_write_access(file) \
	do { if (file) atomic_inc(&(file)->f_path.dentry->d_inode->i_writecount); } while (0)
void iput(struct inode *inode);
struct inode *new_inode(struct super_block *sb);
struct dentry *d_alloc(const char *name);
struct file *get_empty_filp(void);
void shmem_delete_inode(struct inode *inode);
/* open(2) of a rootfs file: FMODE_READ, and FMODE_WRITE too if @write;
 * NULL if there is no such file, an ERR_PTR (-EACCES: a read-only file
 * for writing, -ETXTBSY: a running program) if it cannot be opened. */
struct file *filp_open(const char *path, int write);

extern const struct vm_operations_struct generic_file_vm_ops;
int generic_file_mmap(struct file *file, struct vm_area_struct *vma);
int shmem_zero_setup(struct vm_area_struct *vma);

/* the tree lock with interrupts off (linux/spinlock.h) */
#define read_lock_irq(l)	do { local_irq_disable(); read_lock(l); } while (0)
#define read_unlock_irq(l)	do { read_unlock(l); local_irq_enable(); } while (0)
#define write_lock_irq(l)	do { local_irq_disable(); write_lock(l); } while (0)
#define write_unlock_irq(l)	do { write_unlock(l); local_irq_enable(); } while (0)

#define page_cache_get(page)		get_page(page)
#define page_cache_release(page)	put_page(page)
#define mapping_gfp_mask(mapping)	((gfp_t)(mapping)->flags)
#define mapping_set_gfp_mask(m, mask)	((m)->flags = (unsigned long)(mask))

/**
 * @brief \~english A new page for @p mapping, with the gfp mask its file system chose.
 *        \~chinese 为 mapping 分配一个新页，使用其文件系统选定的 gfp 标志。 \~
 * @param x \~english the address space
 *          \~chinese 文件的 address_space（页高速缓存） \~
 * @return \~english an order-0 page from alloc_pages() with the mapping's gfp mask, or NULL if there is no memory \~chinese 以该 mapping 的 gfp 标志从 alloc_pages() 分配的一个 0 阶页；内存不足时为 NULL \~
 * @kernel{include/linux/pagemap.h,74}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english Calls alloc_pages() directly: without NUMA
 *         __page_cache_alloc() is nothing more.
 *         \~chinese 直接调用 alloc_pages()：没有 NUMA 时 __page_cache_alloc() 也就
 *         只是这样。 \~
 */
static inline struct page *page_cache_alloc(struct address_space *x)
{
	return alloc_pages(mapping_gfp_mask(x), 0);
}

struct page *find_get_page(struct address_space *mapping, pgoff_t offset);
int add_to_page_cache(struct page *page, struct address_space *mapping,
		      pgoff_t offset, gfp_t gfp_mask);
void remove_from_page_cache(struct page *page);
void __remove_from_page_cache(struct page *page);
struct page *read_mapping_page(struct address_space *mapping, pgoff_t index,
			       void *data);
unsigned long invalidate_mapping_pages(struct address_space *mapping,
				       pgoff_t start, pgoff_t end);
/* fs/drop_caches.c: what "echo N > /proc/sys/vm/drop_caches" asks */
extern int sysctl_drop_caches;
void drop_pagecache(void);
int drop_caches_sysctl_handler(int write);

/* The in-memory file system (src/vma/ramfs.c): rootfs, a ramfs. */
#define RAMFS_DEV	MKDEV(0, 1)
struct inode *ramfs_get_inode(struct super_block *sb, int mode, unsigned int dev);
/* Create the file @path of @size bytes filled with @pattern (repeated)
 * in rootfs; the headers of a program go in @image (NULL: a data file).
 * Returns the inode or an ERR_PTR: -EEXIST, -ENOMEM, -ENAMETOOLONG. */
struct elf_image;
struct inode *ramfs_create_file(const char *path, unsigned long size,
				const char *pattern, int readonly,
				const struct elf_image *image);
/* Create the file @path of @size bytes in rootfs on mm24's emulated disk
 * (device DISK_DEV): its bytes (@pattern repeated) are on the disk, none
 * in the page cache; ->readpage reads a page in on demand.  Returns the
 * inode or an ERR_PTR as ramfs_create_file(). */
#define DISK_DEV	MKDEV(3, 1)
struct inode *disk_create_file(const char *path, unsigned long size,
			       const char *pattern, int readonly);
/* Give back the host buffers of the disk files (a reset forgets them). */
void disk_forget(void);
struct inode *ramfs_lookup(const char *path);
/* Call @fn for each file of rootfs, in creation order. */
void ramfs_for_each(void (*fn)(struct inode *inode, const char *path,
			       void *arg), void *arg);

/* ==== linux/binfmts.h, linux/elf.h ======================================= */
#define PT_LOAD		1
#define PF_X		0x1
#define PF_W		0x2
#define PF_R		0x4

/* A program header of an ELF32 file (linux/elf.h). */
struct elf32_phdr {
	u32 p_type;
	u32 p_offset;
	u32 p_vaddr;
	u32 p_paddr;
	u32 p_filesz;
	u32 p_memsz;
	u32 p_flags;
	u32 p_align;
};
/* The ELF header fields the loader reads (linux/elf.h: elf32_hdr). */
struct elf32_hdr {
	u16 e_type;			/* ET_EXEC */
	u16 e_machine;			/* EM_386 */
	u32 e_entry;			/* where the program starts */
	u16 e_phnum;			/* program headers */
};
#define MAX_EXEC_PHDRS	3
/* What a real program file starts with, kept in the inode (i_private)
 * of an mm24 program: the headers exec reads. */
struct elf_image {
	struct elf32_hdr elf_ex;
	struct elf32_phdr phdr[MAX_EXEC_PHDRS];
};
#define ELF_EXEC_BASE	0x08048000UL	/* where ld puts an i386 program */

/**
 * @brief \~english What exec carries from the old program to the new one.
 *        \~chinese exec 期间从旧程序带到新程序的参数结构。 \~
 * @kernel{include/linux/binfmts.h,27}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No ->buf (the first bytes of the file: mm24's
 *         programs carry their program headers in the inode), no ->sh_bang
 *         (no scripts), no credentials (->e_uid, ->e_gid, the capability
 *         sets, ->security), no interpreter (->interp, ->interp_flags,
 *         ->interp_data, ->loader) and no ->argv_len.
 *         \~chinese 没有 ->buf（文件开头的字节：mm24 的程序把程序头放在 inode
 *         中），没有 ->sh_bang（不支持脚本），没有凭证（->e_uid、->e_gid、能力集、
 *         ->security），没有解释器（->interp、->interp_flags、->interp_data、
 *         ->loader），也没有 ->argv_len。 \~
 */
struct linux_binprm {
	struct vm_area_struct *vma;	/**< the stack VMA being built */
	struct mm_struct *mm;		/**< the new address space */
	unsigned long p;		/**< current top of the strings */
	struct file *file;		/**< the program */
	int argc, envc;
	const char *filename;		/**< name of the program */
	unsigned long exec;		/**< where the file name was copied */
};

int do_execve(const char *filename, const char *const *argv,
	      const char *const *envp);
int setup_arg_pages(struct linux_binprm *bprm, unsigned long stack_top,
		    int executable_stack);
int bprm_mm_init(struct linux_binprm *bprm);
int flush_old_exec(struct linux_binprm *bprm);
#define EXSTACK_DEFAULT		0	/* whatever the architecture does */
#define EXSTACK_DISABLE_X	1
#define EXSTACK_ENABLE_X	2

/* ==== mm24: the checker ================================================== */
/* Every VMA invariant of @mm (list, tree, counts, accounting); the
 * number of broken ones, each reported with printk. */
int vma_check(struct mm_struct *mm);
/* vma_check() for every task's mm, and the commit total of them all. */
int vma_check_all(void);
/* The pages of vm_committed_space that @cpu has not folded in yet
 * (swap.c): Committed_AS lags by them. */
long vm_acct_pending(int cpu);

#endif /* _LINUX_MMAN_H */
