/*
 * dot_vmalloc.c - "dot vmalloc [max=N]": the vmalloc area as vmlist and
 * the kernel page tables hold it now:
 *
 *   - from VMALLOC_START to VMALLOC_END, in address order: each area
 *     (address, pages, how it was made), its guard page, and the holes
 *     between areas with their sizes (where first fit looks);
 *   - for each area, the frames its pages are mapped to, read from the
 *     PTEs of swapper_pg_dir (as the MMU would), coloured by zone: a
 *     vmalloc() buffer is scattered and mostly HighMem.  N frames are
 *     drawn per area (default 8, 0 = all); a dashed node counts the rest.
 * Rows carry their place for tools: ID="aADDR_SIZE" for an area (i386
 * address, size with the guard page, in hex), ID="hADDR_SIZE" for a
 * hole, ID="gADDR" for a guard page; a frame node's comment is its pfn.
 */
#include <linux/mm.h>
#include <linux/vmalloc.h>
#include <asm/machine.h>
#include "mm24.h"

static const char *zone_colour(struct page *page)
{
	switch (page_zonenum(page)) {
	case ZONE_DMA:
		return "#f4b6b6";
	case ZONE_NORMAL:
		return "#b3d4f2";
	default:
		return "#b8e6b8";
	}
}

static const char *how(const struct vm_struct *v)
{
	if (v->flags & VM_IOREMAP)
		return "ioremap";
	if (v->flags & VM_MAP)
		return "vmap";
	if (v->flags & VM_USERMAP)
		return "vmalloc_user";
	return "vmalloc";
}

static void hole_row(FILE *f, unsigned long from, unsigned long to)
{
	if (to <= from)
		return;
	fprintf(f, "\t<TR><TD ID=\"h%lx_%lx\" BGCOLOR=\"#ffffff\">0x%08lx</TD>"
		"<TD>%s: %lu kB</TD></TR>\n", i386_addr(from), to - from,
		i386_addr(from), L("hole", "空洞"), (to - from) >> 10);
}

/* The frames behind the pages of @v, as the page tables map them. */
static void area_frames(FILE *f, const struct vm_struct *v, unsigned int id,
			unsigned long max)
{
	unsigned long pages = (v->size >> PAGE_SHIFT) - 1, i, drawn = 0;
	struct i386_walk w;

	for (i = 0; i < pages; i++) {
		unsigned long addr = (unsigned long)v->addr + i * PAGE_SIZE;
		unsigned long pfn;

		i386_walk((u32)__pa(swapper_pg_dir), (u32)addr, &w);
		if (!w.present)
			continue;
		if (max && drawn == max) {
			fprintf(f, "\tv%u_more [label=\"%s %lu %s\", "
				"comment=\"%lu\", style=dashed];\n"
				"\twin:a%u -> v%u_more [style=dashed];\n", id,
				L("…", "……另有"), pages - i, L("more", "页"),
				pages - i, id, id);
			return;
		}
		pfn = w.phys >> PAGE_SHIFT;
		if (pfn_valid(pfn))
			fprintf(f, "\tv%u_%lu [label=\"+%lu: pfn %lu\\n%s\", "
				"comment=\"%lu\", fillcolor=\"%s\"];\n", id, i, i,
				pfn, page_zone(pfn_to_page(pfn))->name, pfn,
				zone_colour(pfn_to_page(pfn)));
		else
			fprintf(f, "\tv%u_%lu [label=\"+%lu: pfn %lu\", "
				"comment=\"%lu\"];\n", id, i, i, pfn, pfn);
		fprintf(f, "\twin:a%u -> v%u_%lu;\n", id, id, i);
		drawn++;
	}
}

void dot_vmalloc(struct script *s, struct dot_out *out, int argc,
		 char **argv)
{
	unsigned long max = dot_max_arg(s, &argc, argv, 8), below;
	const struct vm_struct *v;
	unsigned int id;
	FILE *f;

	if (argc != 0)
		script_error(s, "usage: dot vmalloc [max=N]");
	f = dot_begin(out, "LR", L("the vmalloc area", "vmalloc 区"));
	fprintf(f, "\twin [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD COLSPAN=\"2\" BGCOLOR=\"#eeeeee\">VMALLOC_START "
		"0x%08lx – VMALLOC_END 0x%08lx</TD></TR>\n",
		i386_addr(VMALLOC_START), i386_addr(VMALLOC_END));
	below = VMALLOC_START;
	read_lock(&vmlist_lock);
	for (v = vmlist, id = 0; v; v = v->next, id++) {
		unsigned long start = (unsigned long)v->addr;
		unsigned long guard = start + v->size - PAGE_SIZE;

		hole_row(f, below, start);
		fprintf(f, "\t<TR><TD ID=\"a%lx_%lx\" PORT=\"a%u\" "
			"BGCOLOR=\"#f3e29a\">0x%08lx</TD><TD>%s, %lu %s",
			i386_addr(start), v->size, id, i386_addr(start), how(v),
			(v->size >> PAGE_SHIFT) - 1,
			v->size == 2 * PAGE_SIZE ? L("page", "页") : L("pages", "页"));
		if (v->flags & VM_IOREMAP)
			fprintf(f, ", phys 0x%lx", v->phys_addr);
		fprintf(f, "</TD></TR>\n\t<TR><TD ID=\"g%lx\" BGCOLOR=\"#dddddd\">"
			"0x%08lx</TD><TD>%s</TD></TR>\n", i386_addr(guard),
			i386_addr(guard), L("guard page (not mapped)",
					    "安全区页（不映射）"));
		below = start + v->size;
	}
	hole_row(f, below, VMALLOC_END);
	fputs("\t</TABLE>>];\n", f);
	for (v = vmlist, id = 0; v; v = v->next, id++)
		area_frames(f, v, id, max);
	read_unlock(&vmlist_lock);
	dot_end(f);
}
