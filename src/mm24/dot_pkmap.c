/*
 * dot_pkmap.c - "dot pkmap": the persistent kmap window as kmap_high()
 * sees it now, read from pkmap_count[], last_pkmap_nr and the PTEs of
 * pkmap_page_table:
 *
 *   - one row per slot in use (its address, count, and what the count
 *     means: users, or mapped but unused until the next flush), and one
 *     row per run of free slots (count 0);
 *   - the frame each used slot maps, with its zone;
 *   - the slot last_pkmap_nr (where map_new_virtual() stopped) and the
 *     wrap point, slot 0, where the next pass over the window begins with
 *     flush_all_zero_pkmaps() and its one TLB flush;
 *   - the kmap_atomic() slots mapped now, per CPU.
 * Rows carry the slot numbers and counts in their ID attribute (ID="sN_C",
 * ID="freeA_B") for tools; nothing here changes the state.
 */
#include <linux/highmem.h>
#include "mm24.h"

#define USED_COLOUR	"#f4b6b6"	/* in use: count 2 and up */
#define UNUSED_COLOUR	"#f3e29a"	/* mapped, unused: count 1 */
#define FREE_COLOUR	"#ffffff"	/* free: count 0 */

static const char *const km_short[KM_TYPE_NR] = {
	"BOUNCE_READ", "SKB_SUNRPC_DATA", "SKB_DATA_SOFTIRQ", "USER0",
	"USER1", "BIO_SRC_IRQ", "BIO_DST_IRQ", "PTE0", "PTE1", "IRQ0",
	"IRQ1", "SOFTIRQ0", "SOFTIRQ1",
};

static void free_run(FILE *f, unsigned int from, unsigned int to)
{
	fprintf(f, "\t<TR><TD ID=\"free%u_%u\" BGCOLOR=\"%s\" COLSPAN=\"3\">",
		from, to, FREE_COLOUR);
	if (from == to)
		fprintf(f, "%s %u: %s", L("slot", "槽位"), from,
			L("free (count 0)", "空闲（计数 0）"));
	else
		fprintf(f, "%s %u–%u: %s", L("slots", "槽位"), from, to,
			L("free (count 0)", "空闲（计数 0）"));
	fputs("</TD></TR>\n", f);
}

static void slot_row(FILE *f, unsigned int nr, int count)
{
	fprintf(f, "\t<TR><TD ID=\"s%u_%d\" PORT=\"s%u\" BGCOLOR=\"%s\">%u</TD>"
		"<TD>0x%08lx</TD><TD>", nr, count, nr,
		count > 1 ? USED_COLOUR : UNUSED_COLOUR, nr,
		i386_addr(PKMAP_ADDR(nr)));
	if (count == 1)
		fprintf(f, "%s", L("count 1: mapped, unused",
				   "计数 1：已映射，无人使用"));
	else
		fprintf(f, "%s %d: %d %s", L("count", "计数"), count, count - 1,
			L(count == 2 ? "user" : "users", "个使用者"));
	fputs("</TD></TR>\n", f);
}

void dot_pkmap(struct script *s, struct dot_out *out, int argc, char **argv)
{
	unsigned int nr, run = 0, last = pkmap_last_nr(), cpu, type;
	int in_run = 0;
	FILE *f;

	(void)argv;
	if (argc != 0)
		script_error(s, "usage: dot pkmap");
	f = dot_begin(out, "LR", L("persistent kmaps: the pkmap window",
				   "永久内核映射：pkmap 窗口"));
	fprintf(f, "\t/* last_pkmap_nr %u */\n", last);
	fprintf(f, "\twin [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD COLSPAN=\"3\" BGCOLOR=\"#eeeeee\">PKMAP_BASE "
		"0x%08lx, LAST_PKMAP %d, last_pkmap_nr %u</TD></TR>\n",
		i386_addr(PKMAP_BASE), LAST_PKMAP, last);
	for (nr = 0; nr < LAST_PKMAP; nr++) {
		int count = pkmap_slot_count(nr);

		if (count == 0) {
			if (!in_run)
				run = nr;
			in_run = 1;
			continue;
		}
		if (in_run)
			free_run(f, run, nr - 1);
		in_run = 0;
		slot_row(f, nr, count);
	}
	if (in_run)
		free_run(f, run, LAST_PKMAP - 1);
	fputs("\t</TABLE>>];\n", f);

	for (nr = 0; nr < LAST_PKMAP; nr++) {
		pte_t pte = pkmap_page_table[nr];
		struct page *page;

		if (pkmap_slot_count(nr) == 0 || !pte_present(pte))
			continue;
		page = pte_page(pte);
		fprintf(f, "\tf%u [label=\"pfn %lu\\n%s\", comment=\"%lu\", "
			"fillcolor=\"%s\"];\n\twin:s%u -> f%u;\n", nr,
			pte_pfn(pte), page_zone(page)->name, pte_pfn(pte),
			PageHighMem(page) ? "#b8e6b8" : "#b3d4f2", nr, nr);
	}
	fprintf(f, "\tnext [shape=note, label=\"%s %u\\n%s\", comment=\"%u\"];\n"
		"\tnext -> win [style=dashed];\n",
		L("last_pkmap_nr", "last_pkmap_nr"), last,
		L("the search goes on from here; back at slot 0 "
		  "flush_all_zero_pkmaps() frees the slots at count 1 with one "
		  "TLB flush",
		  "下一次从这里接着找；回到 0 号槽位时 flush_all_zero_pkmaps() "
		  "释放计数为 1 的槽位，只刷新一次 TLB"), last);

	fprintf(f, "\tatomic [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD COLSPAN=\"3\" BGCOLOR=\"#eeeeee\">%s</TD></TR>\n",
		L("kmap_atomic() slots mapped now (fixmap)",
		  "当前已映射的 kmap_atomic() 槽位（固定映射区）"));
	for (cpu = 0; cpu < (unsigned int)num_online_cpus(); cpu++)
		for (type = 0; type < KM_TYPE_NR; type++) {
			unsigned int idx = type + KM_TYPE_NR * cpu;
			pte_t pte = *(kmap_pte - idx);

			if (pte_none(pte))
				continue;
			fprintf(f, "\t<TR><TD ID=\"a%u_%u_%lu\">CPU %u</TD>"
				"<TD>KM_%s 0x%08lx</TD><TD>pfn %lu</TD></TR>\n",
				cpu, type, pte_pfn(pte), cpu, km_short[type],
				i386_addr(__fix_to_virt(FIX_KMAP_BEGIN + idx)),
				pte_pfn(pte));
		}
	fputs("\t</TABLE>>];\n", f);
	dot_end(f);
}
