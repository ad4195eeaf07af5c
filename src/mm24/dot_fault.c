/*
 * dot_fault.c - the page tables of a process:
 *
 *   dot pagetables [TASK]   the used user entries of its page directory,
 *                           each with its page table: every present PTE
 *                           with its address, frame, bits (RW or RO, A,
 *                           D) and the page's _mapcount + 1; a frame that
 *                           more than one PTE maps (after fork: shared
 *                           copy on write) is highlighted.
 *
 * TASK is a name from "exec ... as NAME" or "fork as NAME", a command
 * name or a pid; the current task by default.  Nodes carry their place
 * for tools: ID="dINDEX" for a directory entry, ID="tADDR" for a PTE
 * (hex), with comment "pfn N mapcount M shared|own".
 */
#include <linux/fault.h>
#include <asm/machine.h>
#include "mm24.h"

#define SHARED_COLOUR	"#f4b183"	/* a frame mapped by several PTEs */

static void pte_row(FILE *f, unsigned long addr, pte_t val)
{
	struct page *pg = pte_page(val);
	int maps = page_mapcount(pg), shared = maps >= 2;

	fprintf(f, "\t<TR><TD ID=\"t%lx\"%s>0x%08lx</TD><TD%s>pfn %lu</TD>"
		"<TD%s>%s%s%s</TD><TD%s>%d</TD></TR><!-- pfn %lu mapcount %d %s -->\n",
		addr, shared ? " BGCOLOR=\"" SHARED_COLOUR "\"" : "", addr,
		shared ? " BGCOLOR=\"" SHARED_COLOUR "\"" : "", pte_pfn(val),
		shared ? " BGCOLOR=\"" SHARED_COLOUR "\"" : "",
		pte_write(val) ? "RW" : "RO", pte_young(val) ? " A" : "",
		pte_dirty(val) ? " D" : "",
		shared ? " BGCOLOR=\"" SHARED_COLOUR "\"" : "", maps,
		pte_pfn(val), maps, shared ? "shared" : "own");
}

void dot_pagetables(struct script *s, struct dot_out *out, int argc,
		    char **argv)
{
	struct task_struct *p;
	char what[128];
	FILE *f;
	int i, j;

	if (argc > 1)
		script_error(s, "usage: dot pagetables [TASK]");
	p = argc ? mm24_find_task(s, argv[0]) : current;
	if (!p->mm)
		script_error(s, "task '%s' (pid %d) is a kernel thread: it has "
			     "no address space", p->comm, p->pid);
	snprintf(what, sizeof(what), L("the user page tables of pid %d (%s)",
				       "进程 %d（%s）的用户页表"), p->pid, p->comm);
	f = dot_begin(out, "LR", what);
	fprintf(f, "\tpgd [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
		"<TR><TD COLSPAN=\"2\">pgd %08lx</TD></TR>\n",
		(unsigned long)__pa(p->mm->pgd));
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		if (pmd_present(*(pmd_t *)(p->mm->pgd + i)))
			fprintf(f, "\t<TR><TD ID=\"d%d\" PORT=\"d%d\">[%d]</TD>"
				"<TD>0x%08lx</TD></TR>\n", i, i, i,
				(unsigned long)i << PGDIR_SHIFT);
	fputs("\t</TABLE>>];\n", f);

	for (i = 0; i < USER_PTRS_PER_PGD; i++) {
		pmd_t *dir = (pmd_t *)(p->mm->pgd + i);
		pte_t *table;

		if (!pmd_present(*dir))
			continue;
		table = (pte_t *)page_address(pmd_page(*dir));
		fprintf(f, "\tpt%d [shape=plain, style=\"\", label=<<TABLE "
			"BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
			"CELLPADDING=\"3\"><TR><TD COLSPAN=\"4\">%s pfn %lu"
			"</TD></TR>\n<TR><TD>%s</TD><TD>%s</TD><TD>%s</TD>"
			"<TD>%s</TD></TR>\n", i, L("page table", "页表"),
			page_to_pfn(pmd_page(*dir)), L("address", "地址"),
			L("frame", "页框"), L("bits", "标志位"),
			L("maps", "映射数"));
		for (j = 0; j < PTRS_PER_PTE; j++)
			if (pte_present(table[j]))
				pte_row(f, ((unsigned long)i << PGDIR_SHIFT) |
					((unsigned long)j << PAGE_SHIFT),
					table[j]);
		fputs("\t</TABLE>>];\n", f);
		fprintf(f, "\tpgd:d%d -> pt%d;\n", i, i);
	}
	dot_end(f);
}
