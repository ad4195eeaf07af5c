/*
 * vmalloc_test.h - a model of vmlist for the vmalloc tests, and reading
 * /proc/meminfo back into numbers.
 *
 * The model places an area the way 2.6.24's rules describe first fit,
 * said differently from the kernel's loop: of the candidate addresses
 * (VMALLOC_START, and the end of every area, each rounded up to the
 * alignment) take the lowest from which size bytes plus the guard page
 * overlap no area and end at VMALLOC_END at the latest.
 */
#ifndef _VMALLOC_TEST_H
#define _VMALLOC_TEST_H

#include <stdio.h>
#include <string.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/vmalloc.h>
#include "mm24_test.h"

#define MODEL_AREAS	4096

struct vm_model {
	unsigned long start, end;	/* the vmalloc space (i386 values) */
	unsigned long addr[MODEL_AREAS], size[MODEL_AREAS];	/* sorted */
	int n;
};

/* The space as the i386 layout defines it from high_memory. */
static inline void model_init(struct vm_model *vm)
{
	const unsigned long offset = 8UL << 20;	/* VMALLOC_OFFSET */

	memset(vm, 0, sizeof(*vm));
	vm->start = (i386_addr(high_memory) + 2 * offset - 1) & ~(offset - 1);
	vm->end = 0xff800000UL - 2 * PAGE_SIZE;	/* PKMAP_BASE - 2 pages */
}

static inline int model_overlaps(const struct vm_model *vm, unsigned long a,
				 unsigned long size)
{
	int i;

	for (i = 0; i < vm->n; i++)
		if (a < vm->addr[i] + vm->size[i] && vm->addr[i] < a + size)
			return 1;
	return 0;
}

/* Place @bytes (rounded to pages) plus a guard page aligned to @align;
 * 0 when nothing fits. */
static inline unsigned long model_alloc(struct vm_model *vm,
					unsigned long bytes,
					unsigned long align)
{
	unsigned long size = PAGE_ALIGN(bytes) + PAGE_SIZE, best = 0, c;
	int i, found = 0;

	for (i = -1; i < vm->n; i++) {
		c = i < 0 ? vm->start : vm->addr[i] + vm->size[i];
		c = (c + align - 1) & ~(align - 1);
		if (c + size > vm->end || model_overlaps(vm, c, size))
			continue;
		if (!found || c < best)
			best = c;
		found = 1;
	}
	if (!found)
		return 0;
	for (i = vm->n; i > 0 && vm->addr[i - 1] > best; i--) {
		vm->addr[i] = vm->addr[i - 1];
		vm->size[i] = vm->size[i - 1];
	}
	vm->addr[i] = best;
	vm->size[i] = size;
	vm->n++;
	return best;
}

static inline void model_free(struct vm_model *vm, unsigned long a)
{
	int i;

	for (i = 0; i < vm->n && vm->addr[i] != a; i++)
		;
	assert_true(i < vm->n);
	for (vm->n--; i < vm->n; i++) {
		vm->addr[i] = vm->addr[i + 1];
		vm->size[i] = vm->size[i + 1];
	}
}

/* VmallocUsed and VmallocChunk as fs/proc/mmu.c defines them, in bytes. */
static inline void model_info(const struct vm_model *vm, unsigned long *used,
			      unsigned long *chunk)
{
	unsigned long below = vm->start, hole;
	int i;

	*used = 0;
	*chunk = 0;
	if (!vm->n) {
		*chunk = vm->end - vm->start;
		return;
	}
	for (i = 0; i < vm->n; i++) {
		*used += vm->size[i];
		hole = vm->addr[i] - below;
		if (hole > *chunk)
			*chunk = hole;
		below = vm->addr[i] + vm->size[i];
	}
	if (vm->end - below > *chunk)
		*chunk = vm->end - below;
}

/* One "Label: N kB" line of /proc/meminfo, in kB; fails if absent. */
static inline unsigned long meminfo_kb(const char *label)
{
	struct seq_file m;
	unsigned long kb = 0;
	const char *at;
	char want[32];

	seq_init(&m);
	meminfo_read_proc(&m);
	snprintf(want, sizeof(want), "\n%s:", label);
	at = strstr(m.buf, want);
	if (!at || sscanf(at + strlen(want), " %lu kB", &kb) != 1)
		fail_msg("/proc/meminfo has no %s line", label);
	seq_release(&m);
	return kb;
}

/* The frame the kernel page tables map at kernel address @addr, or -1. */
static inline long mapped_frame(const void *addr)
{
	struct i386_walk w;

	i386_walk((u32)__pa(swapper_pg_dir), (u32)i386_addr(addr), &w);
	return w.present ? (long)(w.phys >> PAGE_SHIFT) : -1;
}

/* The area that starts at @addr, from vmlist. */
static inline struct vm_struct *area_at(const void *addr)
{
	struct vm_struct *v;

	for (v = vmlist; v; v = v->next)
		if (v->addr == addr)
			return v;
	return NULL;
}

#endif /* _VMALLOC_TEST_H */
