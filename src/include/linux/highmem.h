/**
 * @file
 * @brief \~english Kernel mappings of page frames that have no permanent address.
 *        \~chinese 为没有固定内核地址的页框建立内核映射。 \~
 *
 * linux/highmem.h - kernel mappings of highmem frames
 * (include/linux/highmem.h, include/asm-x86/highmem.h).
 *
 * i386 maps only the first 896 MiB of RAM for good (the direct map at
 * PAGE_OFFSET).  A highmem frame is reached through one of two windows:
 *
 *   kmap()/kunmap()             persistent kmaps: one of LAST_PKMAP slots
 *                               at PKMAP_BASE, shared by all CPUs; may
 *                               sleep when every slot is taken (highmem
 *                               unit, src/highmem)
 *   kmap_atomic()/kunmap_atomic()  a per-CPU fixmap slot per km_type;
 *                               never sleeps, nothing may sleep while
 *                               it is held (arch unit)
 *
 * Both return the direct-map address of a lowmem frame.  The page unit
 * holds page_address() and its hash, which tells the kmap() address of a
 * highmem frame.
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <asm/fixmap.h>
#include <asm/kmap_types.h>

struct vm_area_struct;

/* persistent kmaps (highmem unit) */
void *kmap(struct page *page);
void kunmap(struct page *page);
void *kmap_high(struct page *page);
void kunmap_high(struct page *page);
/* unmap every slot nobody uses (count 1), with one TLB flush */
void kmap_flush_unused(void);
/* mm24: pkmap_count[nr] and last_pkmap_nr, for views, pictures, checks */
int pkmap_slot_count(unsigned int nr);
unsigned int pkmap_last_nr(void);

/* atomic kmaps (arch unit): map @page in this CPU's fixmap slot @type */
void *kmap_atomic_prot(struct page *page, enum km_type type, pgprot_t prot);
void *kmap_atomic(struct page *page, enum km_type type);
/* and unmap it */
void kunmap_atomic(void *kvaddr, enum km_type type);
/* map a frame by number (it need not have a struct page) */
void *kmap_atomic_pfn(unsigned long pfn, enum km_type type);
/* the page an address returned by kmap_atomic() maps */
struct page *kmap_atomic_to_page(void *ptr);

/* mm24: the invariants of the kmap windows (highmem_check.c); the
 * number of broken ones, each reported with printk() */
int highmem_check(void);

/* whole-page helpers through KM_USER0 (and KM_USER1) */
void clear_user_highpage(struct page *page, unsigned long vaddr);
void clear_highpage(struct page *page);
void copy_user_highpage(struct page *to, struct page *from,
			unsigned long vaddr, struct vm_area_struct *vma);
void copy_highpage(struct page *to, struct page *from);

#endif /* _LINUX_HIGHMEM_H */
