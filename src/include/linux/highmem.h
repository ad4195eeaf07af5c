/**
 * @file
 * @brief \~english Temporary kernel mappings of page frames.
 *        \~chinese 页框的临时内核映射。 \~
 *
 * linux/highmem.h - temporary kernel mappings of page frames
 * (include/linux/highmem.h, arch/x86/mm/highmem_32.c).
 *
 * A highmem frame has no permanent kernel address: to touch it the
 * kernel maps it for a moment into a per-CPU fixmap slot with
 * kmap_atomic(), and unmaps it with kunmap_atomic().  Lowmem frames are
 * returned at their direct-map address.
 */
#ifndef _LINUX_HIGHMEM_H
#define _LINUX_HIGHMEM_H

#include <linux/mm.h>
#include <asm/kmap_types.h>

/* map @page in this CPU's fixmap slot @type (with @prot) */
void *kmap_atomic_prot(struct page *page, enum km_type type, pgprot_t prot);
void *kmap_atomic(struct page *page, enum km_type type);
/* and unmap it */
void kunmap_atomic(void *kvaddr, enum km_type type);
/* the page an address returned by kmap_atomic() maps */
struct page *kmap_atomic_to_page(void *ptr);

void clear_highpage(struct page *page);

#endif /* _LINUX_HIGHMEM_H */
