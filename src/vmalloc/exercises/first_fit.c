/*
 * first_fit - the vmalloc area of a 1 GiB machine made full of holes:
 * six areas, two of them freed, then requests of several sizes, and last
 * an ioremap().  After each step, vmlist from VMALLOC_START on (each
 * area's pages and the page after them, the holes), and VmallocUsed and
 * VmallocChunk as /proc/meminfo would print them.
 *
 * Questions (answered in the vmalloc chapter, section "Exercises"):
 *  1. Six areas of 1, 2, 3, 4, 2 and 1 pages: why is each one more page
 *     long than asked, and what is in that page?
 *  2. After the two vfree()s, which hole does each request take, and
 *     why does the 3-page request not take the first hole?
 *  3. Why does the last 1-page request not go into the 1-page hole that
 *     is left?
 *  4. Why is the ioremap() area not placed right after the last area?
 *  5. What do VmallocUsed and VmallocChunk count?
 */
#include <string.h>
#include "exercise.h"

static const char *label[16];
static unsigned long label_addr[16];
static int nr_labels;

static void name_area(const char *name, void *addr)
{
	label[nr_labels] = name;
	label_addr[nr_labels++] = i386_addr(addr);
}

static const char *name_of(unsigned long addr)
{
	int i;

	for (i = nr_labels - 1; i >= 0; i--)
		if (label_addr[i] == addr)
			return label[i];
	return "?";
}

/* vmlist from VMALLOC_START on: areas, their last page, the holes. */
static void show(const char *what)
{
	unsigned long next = i386_addr((void *)VMALLOC_START), start, pages;
	struct vmalloc_info vmi;
	struct vm_struct *v;

	printf("%s\n", what);
	for (v = vmlist; v; v = v->next) {
		start = i386_addr(v->addr);
		if (start > next)
			printf("    0x%08lx  hole, %lu page%s\n", next,
			       (start - next) >> PAGE_SHIFT,
			       start - next == PAGE_SIZE ? "" : "s");
		pages = v->size >> PAGE_SHIFT;
		printf("    0x%08lx  %-4s %lu page%s + 0x%08lx (%s)\n", start,
		       name_of(start), pages - 1, pages == 2 ? " " : "s",
		       start + ((pages - 1) << PAGE_SHIFT),
		       frame_of((char *)v->addr + v->size - PAGE_SIZE) < 0 ?
		       "not mapped" : "mapped");
		next = start + v->size;
	}
	get_vmalloc_info(&vmi);
	printf("    0x%08lx  free to VMALLOC_END\n", next);
	printf("    VmallocUsed %lu kB, VmallocChunk %lu kB\n", vmi.used >> 10,
	       vmi.largest_chunk >> 10);
}

int main(void)
{
	static const char *const names[] = { "a", "b", "c", "d", "e", "f" };
	static const unsigned long pages[] = { 1, 2, 3, 4, 2, 1 };
	static const struct { const char *name; unsigned long pages; } later[] = {
		{ "g", 3 }, { "h", 2 }, { "i", 1 },
	};
	void *area[6], *p;
	unsigned int i;

	boot(1UL << 30);
	printf("VMALLOC_START 0x%08lx, VMALLOC_END 0x%08lx\n\n",
	       i386_addr((void *)VMALLOC_START), i386_addr((void *)VMALLOC_END));
	for (i = 0; i < 6; i++) {
		area[i] = vmalloc(pages[i] * PAGE_SIZE);
		name_area(names[i], area[i]);
		printf("vmalloc(%lu) = 0x%08lx as %s\n", pages[i] * PAGE_SIZE,
		       i386_addr(area[i]), names[i]);
	}
	show("vmlist:");

	vfree(area[1]);
	vfree(area[3]);
	show("\nafter vfree(b) and vfree(d):");

	for (i = 0; i < ARRAY_SIZE(later); i++) {
		char what[64];

		p = vmalloc(later[i].pages * PAGE_SIZE);
		name_area(later[i].name, p);
		snprintf(what, sizeof(what), "\nvmalloc(%lu) = 0x%08lx as %s:",
			 later[i].pages * PAGE_SIZE, i386_addr(p), later[i].name);
		show(what);
	}

	p = ioremap(0x100000, 3 * PAGE_SIZE);
	name_area("io", p);
	printf("\nioremap(0x100000, %lu) = 0x%08lx as io:", 3 * PAGE_SIZE,
	       i386_addr(p));
	show("");
	return 0;
}
