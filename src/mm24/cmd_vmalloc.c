/*
 * cmd_vmalloc.c - commands that use the vmalloc area, and the
 * /mm24/vmlist view.
 *
 *   vmalloc SIZE [as NAME]          vmalloc(): frames from any zone
 *   vmalloc_32 SIZE [as NAME]       vmalloc_32(): no HighMem frames
 *   vmalloc_user SIZE [as NAME]     vmalloc_user(): zeroed, VM_USERMAP
 *   vfree NAME|ADDR                 vfree() of NAME's address (any name:
 *                                   2.6.24 reports an address that is
 *                                   not a vmalloc area) or of ADDR
 *   vmap NAME... [as NAME]          vmap() the pages of the named blocks,
 *                                   in order, at consecutive addresses
 *   vunmap NAME|ADDR                vunmap()
 *   ioremap PHYS SIZE [as NAME]     ioremap() of physical memory: the
 *                                   640 KiB-1 MiB hole, reserved RAM or
 *                                   HighMem (see vmalloc/ioremap_32.c)
 *   iounmap NAME|ADDR               iounmap()
 *   cat /mm24/vmlist                the areas on vmlist
 *
 * Each call prints the i386 address it got, or NULL.  SIZE 0 and sizes
 * beyond the machine's RAM give NULL silently, as in 2.6.24; a size that
 * does not fit in the vmalloc area gets the kernel's "out of vmalloc
 * space" warning.  A freed name may be freed again: the kernel reports
 * the "nonexistent vm area".
 */
#include <string.h>
#include <linux/ftrace.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/machine.h>
#include "mm24.h"

#define MAX_VMAP_PAGES	8192	/* pages one vmap command maps */

/* "... [as NAME]" after @want words: the name (checked), or NULL. */
static const char *as_name(struct script *s, int want)
{
	if (s->argc == want)
		return NULL;
	if (s->argc != want + 2 || strcmp(s->argv[want], "as"))
		script_usage(s);
	named_check_new(s, s->argv[want + 1]);
	return s->argv[want + 1];
}

/* Print " = 0xADDR [as NAME]" or " = NULL" and remember the area. */
static void got_area(const char *name, void *addr, unsigned long size,
		     const char *how)
{
	struct named *n;

	if (!addr) {
		printf(" = NULL\n");
		return;
	}
	printf(" = 0x%08lx", i386_addr(addr));
	if (name) {
		n = named_remember(name);
		n->vm_addr = addr;
		n->vm_size = size;
		n->vm_how = how;
		n->refs = 1;
		printf(" as %s", name);
	}
	putchar('\n');
}

/* SIZE [as NAME] for vmalloc(), vmalloc_32() or vmalloc_user(): the area
 * keeps the command's name from its table entry, a string that outlives
 * the line buffer a later error would otherwise quote */
static void vmalloc_cmd(struct script *s, void *(*call)(unsigned long))
{
	const struct command *c = s->cmd;
	const char *name;
	unsigned long size;
	void *addr;

	if (s->argc < 2)
		script_usage(s);
	size = script_number(s, s->argv[1], 0xffffffffUL);
	name = as_name(s, 2);
	addr = call(size);
	printf("%s(%lu)", c->name, size);
	got_area(name, addr, size, c->name);
}

static void cmd_vmalloc(struct script *s)
{
	vmalloc_cmd(s, vmalloc);
}

static void cmd_vmalloc_32(struct script *s)
{
	vmalloc_cmd(s, vmalloc_32);
}

static void cmd_vmalloc_user(struct script *s)
{
	vmalloc_cmd(s, vmalloc_user);
}

/* NAME|ADDR: the address a free or unmap passes to the kernel. */
static void *addr_arg(struct script *s, const char *word, struct named **np)
{
	struct named *n;
	void *addr;

	*np = NULL;
	if (*word >= '0' && *word <= '9') {
		unsigned long a = script_number(s, word, 0xffffffffUL);

		return a ? (void *)(i386_linear_base + a) : NULL;
	}
	n = named_lookup(s, word, 1);
	*np = n;
	if (n->vm_addr)
		return n->vm_addr;
	if (n->obj)
		return n->obj == ZERO_SIZE_PTR ? NULL : n->obj;
	if (!n->nr)
		script_error(s, "'%s' holds nothing", word);
	ftrace_pause();
	addr = page_address(n->pages[0]);
	ftrace_resume();
	if (!addr)
		script_error(s, "'%s' is a highmem page without a kernel "
			     "address", word);
	return addr;
}

static void cmd_vfree(struct script *s)
{
	const char *call = s->argv[0];
	struct named *n;
	void *addr;

	if (s->argc != 2)
		script_error(s, "usage: %s NAME|ADDR", call);
	addr = addr_arg(s, s->argv[1], &n);
	printf("%s(0x%08lx)\n", call, i386_addr(addr));
	fflush(stdout);		/* the kernel's report comes after */
	if (n && n->vm_addr)
		n->refs = 0;
	if (!strcmp(call, "vfree"))
		vfree(addr);
	else if (!strcmp(call, "vunmap"))
		vunmap(addr);
	else
		iounmap(addr);
}

static void cmd_vmap(struct script *s)
{
	static struct page *pages[MAX_VMAP_PAGES];
	unsigned long count = 0, b, i;
	const char *name = NULL;
	int last = s->argc, k;
	void *addr;

	if (last >= 4 && !strcmp(s->argv[last - 2], "as")) {
		named_check_new(s, s->argv[last - 1]);
		name = s->argv[last - 1];
		last -= 2;
	}
	if (last < 2)
		script_usage(s);
	for (k = 1; k < last; k++) {
		struct named *n = named_lookup(s, s->argv[k], 1);

		if (n->obj || n->vm_addr || !n->nr || !n->refs)
			script_error(s, "'%s' holds no block of pages to map",
				     n->name);
		for (b = 0; b < n->nr; b++)
			for (i = 0; i < 1UL << n->order; i++) {
				if (count == MAX_VMAP_PAGES)
					script_error(s, "vmap: more than %d "
						     "pages", MAX_VMAP_PAGES);
				pages[count++] = n->pages[b] + i;
			}
	}
	addr = vmap(pages, (unsigned int)count, VM_MAP, PAGE_KERNEL);
	printf("vmap(");
	for (k = 1; k < last; k++)
		printf("%s%s", k > 1 ? ", " : "", s->argv[k]);
	printf(": %lu page%s)", count, count == 1 ? "" : "s");
	got_area(name, addr, count << PAGE_SHIFT, "vmap");
}

static void cmd_ioremap(struct script *s)
{
	unsigned long phys, size;
	const char *name;
	void *addr;

	if (s->argc < 3)
		script_usage(s);
	phys = script_number(s, s->argv[1], 0xffffffffUL);
	size = script_number(s, s->argv[2], 0xffffffffUL);
	name = as_name(s, 3);
	if (phys + size > phys_ram_size)
		script_error(s, "ioremap: mm24's PC has nothing at physical "
			     "0x%lx-0x%lx (RAM ends at 0x%lx)", phys,
			     phys + size - 1, phys_ram_size);
	addr = ioremap(phys, size);
	printf("ioremap(0x%lx, %lu)", phys, size);
	got_area(name, addr, size, "ioremap");
}

/* The page tables under the vmalloc area: ", 2 page tables (pfn a b)". */
static void vmalloc_page_tables(struct seq_file *m)
{
	const unsigned long first = VMALLOC_START & PGDIR_MASK;
	unsigned long addr;
	unsigned int n = 0;

	for (addr = first; addr < VMALLOC_END; addr += PGDIR_SIZE)
		n += pmd_present(*(pmd_t *)pgd_offset_k(addr)) ? 1 : 0;
	seq_printf(m, ", %u page table%s", n, n == 1 ? "" : "s");
	if (!n)
		return;
	seq_printf(m, " (pfn");
	for (addr = first; addr < VMALLOC_END; addr += PGDIR_SIZE) {
		pmd_t *pde = (pmd_t *)pgd_offset_k(addr);

		if (pmd_present(*pde))
			seq_printf(m, " %lu",
				   (unsigned long)pmd_val(*pde) >> PAGE_SHIFT);
	}
	seq_putc(m, ')');
}

/* /mm24/vmlist: one line per area, in the shape of the /proc/vmallocinfo
 * that 2.6.25 added (no caller: 2.6.24 does not record it). */
int vmlist_show(struct seq_file *m, void *unused)
{
	const struct vm_struct *v;

	(void)unused;
	seq_printf(m, "vmalloc area 0x%08lx-0x%08lx", i386_addr(VMALLOC_START),
		   i386_addr(VMALLOC_END));
	vmalloc_page_tables(m);
	seq_putc(m, '\n');
	read_lock(&vmlist_lock);
	for (v = vmlist; v; v = v->next) {
		seq_printf(m, "0x%08lx-0x%08lx %7lu", i386_addr(v->addr),
			   i386_addr((char *)v->addr + v->size), v->size);
		if (v->nr_pages)
			seq_printf(m, " pages=%u", v->nr_pages);
		if (v->phys_addr)
			seq_printf(m, " phys=%lx", v->phys_addr);
		if (v->flags & VM_IOREMAP)
			seq_printf(m, " ioremap");
		if (v->flags & VM_ALLOC)
			seq_printf(m, " vmalloc");
		if (v->flags & VM_MAP)
			seq_printf(m, " vmap");
		if (v->flags & VM_USERMAP)
			seq_printf(m, " user");
		if (v->flags & VM_VPAGES)
			seq_printf(m, " vpages");
		seq_putc(m, '\n');
	}
	read_unlock(&vmlist_lock);
	return 0;
}

const struct command vmalloc_commands[] = {
	{ "vmalloc", "vmalloc SIZE [as NAME]", cmd_vmalloc, 1 },
	{ "vmalloc_32", "vmalloc_32 SIZE [as NAME]", cmd_vmalloc_32, 1 },
	{ "vmalloc_user", "vmalloc_user SIZE [as NAME]", cmd_vmalloc_user, 1 },
	{ "vfree", "vfree NAME|ADDR", cmd_vfree, 1 },
	{ "vmap", "vmap NAME... [as NAME]", cmd_vmap, 1 },
	{ "vunmap", "vunmap NAME|ADDR", cmd_vfree, 1 },
	{ "ioremap", "ioremap PHYS SIZE [as NAME]", cmd_ioremap, 1 },
	{ "iounmap", "iounmap NAME|ADDR", cmd_vfree, 1 },
	{ NULL, NULL, NULL, 0 },
};
