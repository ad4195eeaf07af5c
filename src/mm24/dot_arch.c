/*
 * dot_arch.c - "dot walk" follows one linear address through the page
 * tables the current CPU's CR3 points at, as the MMU would (the walk of
 * the emulated machine, i386_walk(), without setting A or D), decodes
 * each entry's bits and says whether the TLB holds the translation.
 * "dot layout" draws the kernel's side of the 4 GiB linear space from
 * the same constants mem_init() prints, and counts in the live page
 * tables how much of each region is mapped right now.
 */
#include <string.h>
#include <linux/bootmem.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include <linux/slab.h>
#include <asm/fixmap.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/sections.h>
#include "mm24.h"

/* The regions of the linear space, in i386 addresses, low to high. */
struct region {
	unsigned long start, end;
	const char *en, *zh, *color;
};

static int kernel_regions(struct region *r)
{
	const struct region all[] = {
		{ 0, __PAGE_OFFSET, "user space (TASK_SIZE)",
		  "用户空间（TASK_SIZE）", "#f2f2f2" },
		{ __PAGE_OFFSET, i386_addr(high_memory),
		  "direct mapping of low memory (PAGE_OFFSET – high_memory)",
		  "低端内存的直接映射（PAGE_OFFSET – high_memory）", "#b3d4f2" },
		{ i386_addr(high_memory), i386_addr(VMALLOC_START),
		  "gap (VMALLOC_OFFSET)", "间隔（VMALLOC_OFFSET）", "#ffffff" },
		{ i386_addr(VMALLOC_START), i386_addr(VMALLOC_END),
		  "vmalloc area (VMALLOC_START – VMALLOC_END)",
		  "vmalloc 区（VMALLOC_START – VMALLOC_END）", "#f3e29a" },
		{ i386_addr(VMALLOC_END), i386_addr(PKMAP_BASE),
		  "gap", "间隔", "#ffffff" },
		{ i386_addr(PKMAP_BASE), i386_addr(PKMAP_ADDR(LAST_PKMAP)),
		  "persistent kmaps (PKMAP_BASE, LAST_PKMAP slots)",
		  "永久内核映射（PKMAP_BASE，LAST_PKMAP 个槽）", "#b8e6b8" },
		{ i386_addr(PKMAP_ADDR(LAST_PKMAP)),
		  i386_addr(FIXADDR_BOOT_START), "gap", "间隔", "#ffffff" },
		{ i386_addr(FIXADDR_BOOT_START), i386_addr(FIXADDR_START),
		  "boot-time fixmaps (FIX_BTMAP_*, FIX_WP_TEST)",
		  "启动期固定映射（FIX_BTMAP_*、FIX_WP_TEST）", "#e8d4f0" },
		{ i386_addr(FIXADDR_START), i386_addr(FIXADDR_TOP),
		  "fixmaps (FIXADDR_START – FIXADDR_TOP), kmap_atomic slots",
		  "固定映射（FIXADDR_START – FIXADDR_TOP），含 kmap_atomic 槽",
		  "#d9c2ea" },
		{ i386_addr(FIXADDR_TOP), 0x100000000UL, "unused top page",
		  "未用的最高一页", "#ffffff" },
	};

	memcpy(r, all, sizeof(all));
	return (int)(ARRAY_SIZE(all));
}

static const struct region *region_of(unsigned long addr,
				      struct region *r, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (addr >= r[i].start && addr < r[i].end)
			return &r[i];
	return NULL;
}

/* The linear address to walk: a number, or what a name stands for (a
 * user mapping's start, a vmalloc/vmap/ioremap area, a slab object, or
 * the kernel address of a block of pages). */
static unsigned long addr_arg(struct script *s, const char *word)
{
	struct named *n;
	unsigned long addr;
	struct page *page;
	int order;

	if (word[0] >= '0' && word[0] <= '9')
		return script_number(s, word, 0xffffffffUL);
	n = named_lookup(s, word, 1);
	if (n->has_uaddr)
		return n->uaddr;
	if (n->vm_addr)
		return i386_addr(n->vm_addr);
	if (!ZERO_OR_NULL_PTR(n->obj))
		return i386_addr(n->obj);
	page = mm24_page_arg(s, word, &order);
	if (PageHighMem(page))
		script_error(s, "'%s' is a highmem page: it has no kernel "
			     "address (walk a pkmap or fixmap address)", word);
	addr = i386_addr(page_address(page));
	return addr;
}

/* One entry's bits: a row of names and a row of values. */
static void entry_bits(FILE *f, u32 e, int pde)
{
	static const char *const name[9] = {
		"P", "R/W", "U/S", "PWT", "PCD", "A", "D", "PS", "G",
	};
	int b;

	fputs("<TR>", f);
	for (b = 0; b < 9; b++)
		fprintf(f, "<TD>%s</TD>", b == 7 && !pde ? "PAT" : name[b]);
	fputs("</TR><TR>", f);
	for (b = 0; b < 9; b++)
		fprintf(f, "<TD BGCOLOR=\"%s\">%u</TD>",
			(e >> b) & 1 ? "#b8e6b8" : "#ffffff", (e >> b) & 1);
	fputs("</TR>", f);
}

static void entry_words(FILE *f, u32 e, int pde)
{
	fprintf(f, "<TR><TD COLSPAN=\"9\">");
	if (!(e & _PAGE_PRESENT)) {
		fputs(L("not present", "不存在"), f);
	} else {
		fputs(e & _PAGE_RW ? L("writable", "可写") :
		      L("read-only", "只读"), f);
		fputs(e & _PAGE_USER ? L(", user", "，用户态可访问") :
		      L(", supervisor only", "，仅内核态"), f);
		if (e & _PAGE_ACCESSED)
			fputs(L(", accessed", "，已访问"), f);
		if ((e & _PAGE_DIRTY) && (!pde || (e & _PAGE_PSE)))
			fputs(L(", dirty", "，已写脏"), f);
		if (pde && (e & _PAGE_PSE))
			fputs(L(", 4 MiB page", "，4 MB 大页"), f);
		if ((e & _PAGE_GLOBAL) && (!pde || (e & _PAGE_PSE)))
			fputs(L(", global", "，全局"), f);
	}
	fputs("</TD></TR>", f);
}

static void entry_node(FILE *f, const char *id, const char *title,
		       u32 table, unsigned int index, u32 addr, u32 e, int pde)
{
	fprintf(f, "\t%s [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">"
		"<TR><TD COLSPAN=\"9\" BGCOLOR=\"#eeeeee\">%s @ 0x%08x</TD></TR>"
		"<TR><TD COLSPAN=\"9\" PORT=\"e\" BGCOLOR=\"%s\">[%u] @ 0x%08x = "
		"<B>0x%08x</B></TD></TR>", id, title, table,
		e & _PAGE_PRESENT ? "#b3d4f2" : "#f4b6b6", index, addr, e);
	entry_bits(f, e, pde);
	entry_words(f, e, pde);
	fputs("</TABLE>>];\n", f);
}

/* Does this CPU's TLB hold @vaddr?  Looked at, not used: no LRU change. */
static int tlb_holds(struct i386_cpu *cpu, u32 vaddr, u32 *pte)
{
	u32 vpn = vaddr >> PAGE_SHIFT;
	struct tlb_entry *set = cpu->tlb.way[vpn & (TLB_SETS - 1)];
	int w;

	for (w = 0; w < TLB_WAYS; w++)
		if (set[w].vpn == vpn) {
			*pte = set[w].pte;
			return 1;
		}
	return 0;
}

void dot_walk(struct script *s, struct dot_out *out, int argc, char **argv)
{
	struct i386_cpu *cpu = this_i386_cpu();
	struct region regions[16];
	const struct region *r;
	struct i386_walk w;
	u32 addr, tlbpte;
	int n, pse;
	FILE *f;

	if (argc != 1)
		script_error(s, "usage: dot walk ADDR|NAME");
	addr = (u32)addr_arg(s, argv[0]);

	i386_walk(cpu->cr3, addr, &w);
	pse = (w.pde & (_PAGE_PRESENT | _PAGE_PSE)) ==
	      (_PAGE_PRESENT | _PAGE_PSE);
	n = kernel_regions(regions);
	r = region_of(addr, regions, n);
	f = dot_begin(out, "LR", L("page-table walk", "页表遍历"));
	fprintf(f, "\t/* page-table walk of 0x%08x on CPU %d */\n", addr,
		smp_processor_id());
	fprintf(f, "\tva [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\"><TR><TD "
		"COLSPAN=\"%d\" BGCOLOR=\"#eeeeee\">%s 0x%08x<BR/>%s</TD></TR>"
		"<TR><TD PORT=\"dir\">%s<BR/>31–22<BR/>%u</TD>",
		pse ? 2 : 3, L("linear address", "线性地址"), addr,
		r ? L(r->en, r->zh) : "", L("directory", "页目录"),
		addr >> PGDIR_SHIFT);
	if (pse)
		fprintf(f, "<TD PORT=\"off\">%s<BR/>21–0<BR/>0x%06x</TD>",
			L("offset", "偏移量"), addr & (u32)~PGDIR_MASK);
	else
		fprintf(f, "<TD PORT=\"tbl\">%s<BR/>21–12<BR/>%u</TD>"
			"<TD PORT=\"off\">%s<BR/>11–0<BR/>0x%03x</TD>",
			L("table", "页表"), (addr >> PAGE_SHIFT) &
			(PTRS_PER_PTE - 1), L("offset", "偏移量"),
			addr & (u32)~PAGE_MASK);
	fputs("</TR></TABLE>>];\n", f);
	fprintf(f, "\tcr3 [fillcolor=\"#eeeeee\", label=\"CR3 = 0x%08x%s\"];\n",
		cpu->cr3, cpu->cr3 == __pa(swapper_pg_dir) ?
		"\\n__pa(swapper_pg_dir)" : "");
	entry_node(f, "pde", L("page directory", "页目录"),
		   cpu->cr3 & PAGE_MASK, addr >> PGDIR_SHIFT, w.pde_addr, w.pde, 1);
	fputs("\tcr3 -> pde [label=\"+ 4 × dir\"];\n"
	      "\tva:dir -> pde:e [style=dashed];\n", f);
	if ((w.pde & _PAGE_PRESENT) && !pse) {
		entry_node(f, "pte", L("page table", "页表"),
			   w.pde & PAGE_MASK, (addr >> PAGE_SHIFT) &
			   (PTRS_PER_PTE - 1), w.pte_addr, w.pte, 0);
		fputs("\tpde:e -> pte [label=\"+ 4 × table\"];\n"
		      "\tva:tbl -> pte:e [style=dashed];\n", f);
	}
	if (w.present) {
		unsigned long pfn = w.phys >> PAGE_SHIFT;

		fprintf(f, "\tframe [fillcolor=\"#b8e6b8\", label=\"%s pfn %lu "
			"(%s)\\n%s 0x%08x", L("page frame", "页框"), pfn,
			pfn < max_pfn ? page_zone(pfn_to_page(pfn))->name :
			L("not RAM", "非内存"), L("physical address", "物理地址"),
			w.phys);
		if (pse)
			fprintf(f, L("\\nin the 4 MiB page at 0x%08x",
				     "\\n位于起始于 0x%08x 的 4 MB 大页"),
				w.pde & PGDIR_MASK);
		fprintf(f, "\"];\n\t%s -> frame [label=\"%s\"];\n"
			"\tva:off -> frame [style=dashed];\n",
			pse ? "pde:e" : "pte:e", L("+ offset", "+ 偏移量"));
	} else {
		fprintf(f, "\tfault [fillcolor=\"#f4b6b6\", label=\"%s\"];\n"
			"\t%s -> fault;\n",
			L("P = 0: an access raises #PF,\\ndo_page_fault() "
			  "with CR2 = the address",
			  "P = 0：访问将引发 #PF，\\n以 CR2 = 该地址进入 do_page_fault()"),
			w.pde & _PAGE_PRESENT ? "pte:e" : "pde:e");
	}
	if (tlb_holds(cpu, addr, &tlbpte))
		fprintf(f, "\ttlb [shape=note, label=\"%s %d: 0x%05x → 0x%08x\"];\n",
			L("cached in the TLB of CPU", "已缓存在 TLB 中，CPU"),
			smp_processor_id(), addr >> PAGE_SHIFT, tlbpte);
	else
		fprintf(f, "\ttlb [shape=note, label=\"%s %d\"];\n",
			L("not in the TLB of CPU", "不在 TLB 中，CPU"),
			smp_processor_id());
	fputs("\tva -> tlb [style=dotted, arrowhead=none];\n", f);
	dot_end(f);
}

/* 4 KiB pages of [start, end) mapped now, and how many by 4 MiB PDEs. */
static void count_mapped(u32 cr3, unsigned long start, unsigned long end,
			 unsigned long *pages, unsigned long *large)
{
	const u32 *pgd = (const u32 *)(phys_ram + (cr3 & PAGE_MASK));
	unsigned long a = start;

	*pages = *large = 0;
	while (a < end) {
		unsigned long next = (a & PGDIR_MASK) + PGDIR_SIZE;
		u32 pde = pgd[a >> PGDIR_SHIFT];

		if (next > end || !next)
			next = end;
		if (!(pde & _PAGE_PRESENT)) {
			a = next;
			continue;
		}
		if (pde & _PAGE_PSE) {
			*pages += (next - a) >> PAGE_SHIFT;
			(*large)++;
		} else {
			const u32 *pt = (const u32 *)(phys_ram +
						      (pde & PAGE_MASK));

			if ((pde & PAGE_MASK) + PAGE_SIZE > phys_ram_size)
				break;	/* not a table this machine could hold */
			for (; a < next; a += PAGE_SIZE)
				if (pt[(a >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)] &
				    _PAGE_PRESENT)
					(*pages)++;
		}
		a = next;
	}
}

static void size_text(FILE *f, unsigned long bytes)
{
	if (bytes >= (16UL << 20) || (bytes >= (1UL << 20) &&
				       !(bytes & ((1UL << 20) - 1))))
		fprintf(f, "%lu MB", bytes >> 20);
	else
		fprintf(f, "%lu kB", bytes >> 10);
}

void dot_layout(struct script *s, struct dot_out *out, int argc, char **argv)
{
	struct region r[16];
	u32 cr3 = this_i386_cpu()->cr3;
	int n, i;
	FILE *f;

	(void)argv;
	if (argc)
		script_error(s, "usage: dot layout");

	n = kernel_regions(r);
	f = dot_begin(out, "TB", L("the 4 GiB linear address space (i386, 3G/1G)",
				   "4 GB 线性地址空间（i386，3G/1G 划分）"));
	fprintf(f, "\t/* mapped pages counted in the page tables at CR3 "
		"0x%08x */\n", cr3);
	fprintf(f, "\tlayout [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\""
		" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
		"<TR><TD>%s</TD><TD>%s</TD><TD>%s</TD><TD>%s</TD></TR>\n",
		L("start", "起始"), L("region", "区域"), L("size", "大小"),
		L("mapped now", "当前已映射"));
	for (i = n - 1; i >= 0; i--) {
		unsigned long pages, large;

		if (r[i].start >= r[i].end)
			continue;
		count_mapped(cr3, r[i].start, r[i].end, &pages, &large);
		fprintf(f, "\t<TR><TD BGCOLOR=\"%s\">0x%08lx</TD><TD BGCOLOR=\"%s\" "
			"ALIGN=\"LEFT\">", r[i].color, r[i].start, r[i].color);
		dot_html(f, L(r[i].en, r[i].zh));
		fprintf(f, "</TD><TD BGCOLOR=\"%s\">", r[i].color);
		size_text(f, r[i].end - r[i].start);
		fprintf(f, "</TD><TD BGCOLOR=\"%s\">", r[i].color);
		if (large)
			fprintf(f, L("%lu pages (%lu × 4 MiB PDE)",
				     "%lu 页（%lu 个 4 MB 页目录项）"), pages, large);
		else
			fprintf(f, L("%lu pages", "%lu 页"), pages);
		fputs("</TD></TR>\n", f);
	}
	fputs("\t</TABLE>>];\n", f);
	fprintf(f, "\tinside [fillcolor=\"#eeeeee\", label=\"%s\\n"
		"_text – _end: 0x%08lx – 0x%08lx\\n"
		"mem_map[]: 0x%08lx – 0x%08lx (%lu × struct page)\\n"
		"swapper_pg_dir: 0x%08lx\"];\n\tlayout -> inside "
		"[style=dotted, arrowhead=none];\n",
		L("inside the direct mapping", "直接映射区之内"),
		i386_addr(_text), i386_addr(_end), i386_addr(mem_map),
		i386_addr(mem_map + max_mapnr), max_mapnr,
		i386_addr(swapper_pg_dir));
	dot_end(f);
}
