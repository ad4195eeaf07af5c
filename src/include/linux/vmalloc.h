/**
 * @file
 * @brief \~english Virtually contiguous kernel memory: vmalloc, vmap and the vmalloc area.
 *        \~chinese 线性地址连续的内核内存：vmalloc、vmap 与 vmalloc 区。 \~
 *
 * linux/vmalloc.h - the vmalloc area's areas and their API
 * (include/linux/vmalloc.h; VMALLOC_TOTAL and struct vmalloc_info of
 * fs/proc/internal.h).
 *
 * An area is a struct vm_struct on vmlist, sorted by address, inside
 * [VMALLOC_START, VMALLOC_END); its size counts one unmapped guard page
 * after the pages, so that running off the end of a buffer faults instead
 * of writing into the next area.
 *
 *   VMALLOC_START                                             VMALLOC_END
 *   | area 1 pages | guard | hole | area 2 pages | guard | ...    |
 *
 * vmlist and get_vmalloc_info() are defined by the buddy unit, whose
 * /proc/meminfo walks the list (src/buddy/proc_misc.c); the vmalloc unit
 * (src/vmalloc) fills it.
 */
#ifndef _LINUX_VMALLOC_H
#define _LINUX_VMALLOC_H

#include <linux/gfp.h>
#include <linux/spinlock.h>
#include <asm/fixmap.h>

struct vm_area_struct;

/* vm_struct.flags */
#define VM_IOREMAP	0x00000001	/* ioremap(): device memory */
#define VM_ALLOC	0x00000002	/* vmalloc(): pages of its own */
#define VM_MAP		0x00000004	/* vmap(): the caller's pages */
#define VM_USERMAP	0x00000008	/* vmalloc_user(): may go to user space */
#define VM_VPAGES	0x00000010	/* the page array itself was vmalloc()ed */

/* an ioremap() area is aligned to its size, up to 2^19 (128 pages) */
#define IOREMAP_MAX_ORDER	(7 + PAGE_SHIFT)

/**
 * @brief \~english One area of the vmalloc space.
 *        \~chinese vmalloc 区中的一个非连续内存区的描述符。 \~
 * @kernel{include/linux/vmalloc.h,25}
 * @seenotes{chapter-vmalloc,vmalloc-vmlist}
 */
struct vm_struct {
	struct vm_struct *next;		/**< the next area up in vmlist */
	void *addr;			/**< first address */
	unsigned long size;		/**< bytes, the guard page included */
	unsigned long flags;		/**< VM_* */
	struct page **pages;		/**< the frames, VM_ALLOC and vmap() */
	unsigned int nr_pages;		/**< entries of pages */
	unsigned long phys_addr;	/**< ioremap(): the first physical byte */
};
/* sizeof(struct vm_struct) on i386: what kmalloc() is asked for */
#define I386_SIZEOF_VM_STRUCT	28

/**
 * @brief \~english The bytes of an area that can be used: its size without the guard page.
 *        \~chinese 非连续内存区可用的字节数：去掉安全区页后的大小。 \~
 * @param area \~english the area \~chinese 非连续内存区 \~
 * @return \~english bytes \~chinese 字节数 \~
 * @kernel{include/linux/vmalloc.h,62}
 * @seenotes{chapter-vmalloc,vmalloc-area}
 */
static inline size_t get_vm_area_size(const struct vm_struct *area)
{
	return area->size - PAGE_SIZE;
}

extern rwlock_t vmlist_lock;
extern struct vm_struct *vmlist;

void *vmalloc(unsigned long size);
void *vmalloc_user(unsigned long size);
void *vmalloc_32(unsigned long size);
void *__vmalloc(unsigned long size, gfp_t gfp_mask, pgprot_t prot);
void *__vmalloc_area_node(struct vm_struct *vm, gfp_t gfp, pgprot_t prot,
			  int nid);
void vfree(void *addr);
void *vmap(struct page **pages, unsigned int count, unsigned long vmflags,
	   pgprot_t prot);
void vunmap(void *addr);

struct vm_struct *get_vm_area(unsigned long size, unsigned long flags);
struct vm_struct *__get_vm_area(unsigned long size, unsigned long flags,
				unsigned long start, unsigned long end);
struct vm_struct *get_vm_area_node(unsigned long size, unsigned long flags,
				   int node, gfp_t gfp_mask);
struct vm_struct *remove_vm_area(void *start);
int map_vm_area(struct vm_struct *area, pgprot_t prot, struct page ***pages);
void unmap_kernel_range(unsigned long addr, unsigned long size);

/* copy between @buf and the vmalloc area at @addr; holes read as 0 */
long vread(char *buf, char *addr, unsigned long count);
long vwrite(char *buf, char *addr, unsigned long count);

/* ioremap(): device memory (or reserved RAM) in the vmalloc area */
void *__ioremap(unsigned long phys, unsigned long size, unsigned long flags);
void iounmap(volatile void *addr);
int ioremap_page_range(unsigned long addr, unsigned long end,
		       unsigned long phys_addr, pgprot_t prot);

/**
 * @brief \~english Map device memory (or reserved RAM) at @p offset, cached.
 *        \~chinese 映射从物理地址 offset 开始的设备内存（或保留的内存），使用缓存。 \~
 * @param offset \~english first physical byte \~chinese 第一个物理字节的地址 \~
 * @param size \~english bytes \~chinese 字节数 \~
 * @return \~english its kernel address, or NULL
 *         \~chinese 它的内核线性地址；失败返回 NULL \~
 * @kernel{include/asm-x86/io_32.h,120}
 * @seenotes{chapter-vmalloc,vmalloc-ioremap}
 */
static inline void *ioremap(unsigned long offset, unsigned long size)
{
	return __ioremap(offset, size, 0);
}

/**
 * @brief \~english Bytes of the vmalloc area: VMALLOC_END - VMALLOC_START.
 *        \~chinese vmalloc 区的总字节数：VMALLOC_END - VMALLOC_START。 \~
 * @kernel{fs/proc/internal.h,33}
 * @seenotes{chapter-vmalloc,vmalloc-meminfo}
 */
#define VMALLOC_TOTAL	(VMALLOC_END - VMALLOC_START)

/**
 * @brief \~english What /proc/meminfo shows of the vmalloc area.
 *        \~chinese /proc/meminfo 显示的 vmalloc 区信息。 \~
 * @kernel{fs/proc/internal.h,25}
 * @seenotes{chapter-vmalloc,vmalloc-meminfo}
 */
struct vmalloc_info {
	unsigned long used;		/**< bytes of the areas, guard pages too */
	unsigned long largest_chunk;	/**< the largest hole */
};
void get_vmalloc_info(struct vmalloc_info *vmi);

/* mm24: the vmalloc unit's invariants (vmalloc_check.c) */
int vmalloc_check(void);

#endif /* _LINUX_VMALLOC_H */
