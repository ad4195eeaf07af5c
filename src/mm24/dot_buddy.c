/*
 * dot_buddy.c - "dot free_area", "dot buddy" and "dot pcp".  Everything
 * is read from the kernel's own structures at the moment of the command:
 * zone->free_area[order].free_list[type] in list order (the first block
 * drawn is the one __rmqueue_smallest() takes next), the buddy test of
 * __free_one_page() replayed without changing anything, and each CPU's
 * hot and cold per_cpu_pages.
 */
#include <string.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/mmzone.h>
#include "mm24.h"

static const char *const type_en[MIGRATE_TYPES] = {
	"Unmovable", "Reclaimable", "Movable", "Reserve", "Isolate",
};
static const char *const type_zh[MIGRATE_TYPES] = {
	"不可移动", "可回收", "可移动", "保留", "隔离",
};
static const char *const type_color[MIGRATE_TYPES] = {
	"#f4b6b6", "#f3e29a", "#b3d4f2", "#cfcfcf", "#ffffff",
};

static const char *type_name(int t)
{
	return L(type_en[t], type_zh[t]);
}

/* "pfn 1024" or "pfn 1024–1031" for a block of 2^order frames. */
static void block_label(FILE *f, unsigned long pfn, unsigned int order)
{
	if (order)
		fprintf(f, "pfn %lu–%lu", pfn, pfn + (1UL << order) - 1);
	else
		fprintf(f, "pfn %lu", pfn);
}

/* A chain of pages on a list_head, "max" of them drawn (0: all), then
 * one node that says how many more there are (its comment holds the
 * number, for tools).  A page's colour is its pageblock's migrate type,
 * or with @by_private the type stored in page->private (per-cpu lists). */
static void draw_chain(FILE *f, const char *from, const char *id,
		       struct list_head *head, unsigned int order,
		       unsigned long max, int by_private)
{
	unsigned long n = 0;
	struct page *page;

	list_for_each_entry(page, head, lru) {
		if (!max || n < max) {
			int t = by_private ? (int)page_private(page) :
				get_pageblock_migratetype(page);

			if (t < 0 || t >= MIGRATE_TYPES)
				t = MIGRATE_ISOLATE;
			fprintf(f, "\t%s_%lu [label=\"", id, n);
			block_label(f, page_to_pfn(page), order);
			fprintf(f, "\", fillcolor=\"%s\"];\n", type_color[t]);
			if (n)
				fprintf(f, "\t%s_%lu -> %s_%lu;\n", id, n - 1, id, n);
			else
				fprintf(f, "\t%s -> %s_0;\n", from, id);
		}
		n++;
	}
	if (max && n > max) {
		fprintf(f, "\t%s_more [label=\"%s %lu %s\", comment=\"%lu\", "
			"style=dashed];\n\t%s_%lu -> %s_more [style=dashed];\n",
			id, L("…", "……另有"), n - max, L("more", "块"), n - max,
			id, max - 1, id);
	}
}

void dot_free_area(struct script *s, struct dot_out *out, int argc,
		   char **argv)
{
	unsigned long max = dot_max_arg(s, &argc, argv, 4);
	unsigned long count[MAX_ORDER][MIGRATE_TYPES];
	struct zone *zone;
	char from[32], id[32];
	unsigned int order;
	FILE *f;
	int t;

	if (argc != 1)
		script_error(s, "usage: dot free_area ZONE [max=N]");
	zone = dot_zone_arg(s, argv[0]);

	f = dot_begin(out, "LR", L("free lists of a zone", "管理区的空闲链表"));
	fprintf(f, "\t/* zone %s free_area[], %lu blocks per list drawn "
		"(0 = all) */\n", zone->name, max);
	for_each_migratetype_order(order, t) {
		struct list_head *p;

		count[order][t] = 0;
		list_for_each(p, &zone->free_area[order].free_list[t])
			count[order][t]++;
	}
	fprintf(f, "\tfa [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD COLSPAN=\"%d\" BGCOLOR=\"#eeeeee\">%s %s: "
		"free_area[%d] (%s)</TD></TR>\n\t<TR><TD>%s</TD>",
		MIGRATE_TYPES + 2, L("zone", "管理区"), zone->name, MAX_ORDER,
		L("blocks per free_list[]", "各 free_list[] 中的块数"),
		L("order", "阶"));
	for (t = 0; t < MIGRATE_TYPES; t++)
		fprintf(f, "<TD BGCOLOR=\"%s\">%s</TD>", type_color[t],
			type_name(t));
	fputs("<TD>nr_free</TD></TR>\n", f);
	for (order = 0; order < MAX_ORDER; order++) {
		fprintf(f, "\t<TR><TD>%u</TD>", order);
		for (t = 0; t < MIGRATE_TYPES; t++)
			fprintf(f, "<TD>%lu</TD>", count[order][t]);
		fprintf(f, "<TD PORT=\"o%u\">%lu</TD></TR>\n", order,
			zone->free_area[order].nr_free);
	}
	fputs("\t</TABLE>>];\n", f);
	for_each_migratetype_order(order, t) {
		if (!count[order][t])
			continue;
		snprintf(from, sizeof(from), "fa:o%u:e", order);
		snprintf(id, sizeof(id), "b%u_%d", order, t);
		draw_chain(f, from, id, &zone->free_area[order].free_list[t],
			   order, max, 0);
	}
	dot_end(f);
}

/* The head of the free buddy block that holds @page, and its order. */
static struct page *free_block_of(struct page *page, unsigned int *order)
{
	unsigned long pfn = page_to_pfn(page);
	unsigned int j;

	for (j = 0; j < MAX_ORDER; j++) {
		struct page *head = pfn_to_page(pfn & ~((1UL << j) - 1));

		if (PageBuddy(head) && page_private(head) == j &&
		    page_zone_id(head) == page_zone_id(page)) {
			*order = j;
			return head;
		}
	}
	return NULL;
}

/* Is @page on one of its zone's per-cpu lists? */
static int on_pcp_list(struct page *page)
{
	struct zone *zone = page_zone(page);
	struct page *p;
	int cpu, i;

	for_each_online_cpu(cpu)
		for (i = 0; i < 2; i++)
			list_for_each_entry(p, &zone_pcp(zone, cpu)->pcp[i].list,
					    lru)
				if (p == page)
					return 1;
	return 0;
}

/* Why the block at this level cannot merge with @buddy; NULL if it can.
 * The tests are those of page_is_buddy() in 2.6.24. */
static const char *no_merge(struct page *page, unsigned long buddy_pfn,
			    unsigned int order, char *why, size_t len)
{
	struct page *buddy, *head;
	unsigned int j;

	if (buddy_pfn >= max_pfn) {
		snprintf(why, len, L("beyond the last frame (pfn %lu)",
				     "超出最后一个页框（pfn %lu）"), max_pfn - 1);
		return why;
	}
	buddy = pfn_to_page(buddy_pfn);
	if (page_zone_id(buddy) != page_zone_id(page)) {
		snprintf(why, len, L("in zone %s, not %s: page_zone_id() differs",
				     "属于 %s 管理区而非 %s，page_zone_id() 不同"),
			 page_zone(buddy)->name, page_zone(page)->name);
		return why;
	}
	if (PageBuddy(buddy) && page_private(buddy) == order)
		return NULL;
	if (PageBuddy(buddy))
		snprintf(why, len, L("free, but as an order-%lu block: part "
				     "of it is in use",
				     "空闲，但只是一个 %lu 阶的块：其余部分正在使用"),
			 page_private(buddy));
	else if (PageReserved(buddy))
		snprintf(why, len, "%s", L("reserved (PG_reserved)",
					   "保留页（PG_reserved）"));
	else if ((head = free_block_of(buddy, &j)) != NULL)
		snprintf(why, len, L("inside the free order-%u block at pfn %lu",
				     "位于一个 %u 阶空闲块之内（起始 pfn %lu）"),
			 j, page_to_pfn(head));
	else if (on_pcp_list(buddy))
		snprintf(why, len, "%s", L("on a per-cpu list: free, but not "
					   "to the buddy system",
					   "在每CPU链表上：已释放，但不归伙伴系统管"));
	else
		snprintf(why, len, L("in use: PG_buddy clear, _count %d",
				     "正在使用：PG_buddy 未置位，_count 为 %d"),
			 page_count(buddy));
	return why;
}

void dot_buddy(struct script *s, struct dot_out *out, int argc, char **argv)
{
	unsigned long pfn, page_idx, buddy_idx, base;
	struct page *page;
	unsigned int order;
	const char *stop = NULL, *state;
	struct page *head;
	unsigned int free_order;
	char why[160];
	int named, lvl;
	FILE *f;

	if (argc != 1 && argc != 2)
		script_error(s, "usage: dot buddy NAME|pfn=N [ORDER]");
	page = mm24_page_arg(s, argv[0], &named);
	pfn = page_to_pfn(page);
	if (argc == 2)
		order = (unsigned int)script_number(s, argv[1], MAX_ORDER - 1);
	else if (named >= 0)
		order = (unsigned int)named;
	else if (!free_block_of(page, &order))
		script_error(s, "pfn %lu is not in a free block: give the ORDER",
			     pfn);
	if (pfn & ((1UL << order) - 1))
		script_error(s, "pfn %lu is not the start of an order-%u block",
			     pfn, order);

	/* A block already back in the buddy lists is drawn as the free
	 * block that now holds it: what the merges made of it. */
	head = free_block_of(page, &free_order);
	if (head && free_order >= order) {
		page = head;
		order = free_order;
		state = L("is free: the free block now holding it",
			  "已空闲：现在容纳它的空闲块");
	} else if (!order && on_pcp_list(page)) {
		state = L("is on a per-cpu list: when it goes back, "
			  "__free_one_page()",
			  "在每CPU链表上：归还伙伴系统时 __free_one_page() 的合并过程");
	} else {
		state = L("if it were freed now: __free_one_page()",
			  "若此刻释放：__free_one_page() 的合并过程");
	}
	snprintf(why, sizeof(why), "pfn %lu (%s %u) %s", pfn,
		 L("order", "阶"), named >= 0 ? (unsigned int)named : order,
		 state);
	f = dot_begin(out, "TB", why);
	fprintf(f, "\t/* buddy of pfn %lu, order %u */\n", pfn, order);

	/* The loop of __free_one_page(), reading but not changing. */
	base = pfn & ~((1UL << MAX_ORDER) - 1);
	page_idx = pfn - base;
	for (lvl = 0; order < MAX_ORDER - 1; lvl++, order++) {
		unsigned long buddy_pfn;
		int left;

		buddy_idx = page_idx ^ (1UL << order);
		buddy_pfn = base + buddy_idx;
		stop = no_merge(pfn_to_page(base + page_idx), buddy_pfn, order,
				why, sizeof(why));
		left = page_idx < buddy_idx;
		fprintf(f, "\tl%d [shape=plain, style=\"\", label=<<TABLE "
			"BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
			"CELLPADDING=\"4\"><TR><TD COLSPAN=\"2\">%s %u: "
			"buddy_idx = page_idx ^ (1 &lt;&lt; %u) = %lu ^ %lu = %lu"
			"</TD></TR><TR>", lvl, L("order", "阶"), order, order,
			page_idx, 1UL << order, buddy_idx);
		for (int side = 0; side < 2; side++) {
			int mine = side == !left;
			unsigned long p = base + (mine ? page_idx : buddy_idx);

			fprintf(f, "<TD BGCOLOR=\"%s\">%s<BR/>",
				mine ? "#b3d4f2" : stop ? "#f4b6b6" : "#b8e6b8",
				mine ? L("the block", "本块") : L("its buddy", "伙伴块"));
			block_label(f, p, order);
			if (!mine)
				fprintf(f, "<BR/>%s", stop ? stop :
					L("free at this order: merge",
					  "同阶空闲：合并"));
			fputs("</TD>", f);
		}
		fputs("</TR></TABLE>>];\n", f);
		if (lvl)
			fprintf(f, "\tl%d -> l%d [label=\"%s = %lu\"];\n", lvl - 1,
				lvl, "combined_idx", page_idx);
		if (stop)
			break;
		page_idx &= buddy_idx;	/* the combined index */
	}
	fprintf(f, "\tresult [shape=box, fillcolor=\"#eeeeee\", label=\"");
	if (order == MAX_ORDER - 1)
		fprintf(f, L("order %u = MAX_ORDER-1: the loop ends\\n",
			     "%u 阶即 MAX_ORDER-1：循环结束\\n"), order);
	fprintf(f, L("set_page_order(): a free order-%u block ",
		     "set_page_order()：%u 阶空闲块 "), order);
	block_label(f, base + page_idx, order);
	fprintf(f, L("\\non free_area[%u].free_list[%s]",
		     "\\n挂在 free_area[%u].free_list[%s] 上"),
		order, type_name(get_pageblock_migratetype(pfn_to_page(base +
								      page_idx))));
	fputs("\"];\n", f);
	if (stop)
		fprintf(f, "\tl%d -> result;\n", lvl);
	else if (lvl)	/* merged up to MAX_ORDER-1 */
		fprintf(f, "\tl%d -> result [label=\"combined_idx = %lu\"];\n",
			lvl - 1, page_idx);
	dot_end(f);
}

void dot_pcp(struct script *s, struct dot_out *out, int argc, char **argv)
{
	unsigned long max = dot_max_arg(s, &argc, argv, 8);
	struct zone *only = NULL, *zone;
	char from[32], id[32];
	int cpu, i;
	FILE *f;

	if (argc > 1)
		script_error(s, "usage: dot pcp [ZONE] [max=N]");
	if (argc == 1)
		only = dot_zone_arg(s, argv[0]);

	f = dot_begin(out, "LR",
		      L("per-cpu page lists (zone_pcp(zone, cpu)->pcp[])",
			"每CPU页框高速缓存（zone_pcp(zone, cpu)->pcp[]）"));
	fprintf(f, "\t/* %lu pages per list drawn (0 = all) */\n", max);
	for_each_online_cpu(cpu) {
		fprintf(f, "\tsubgraph cluster_cpu%d {\n\tlabel=\"CPU %d\";\n",
			cpu, cpu);
		for_each_zone(zone) {
			if (!populated_zone(zone) || (only && zone != only))
				continue;
			for (i = 0; i < 2; i++) {	/* [0] hot, [1] cold */
				struct per_cpu_pages *pcp =
					&zone_pcp(zone, cpu)->pcp[i];

				snprintf(from, sizeof(from), "c%d_%s_%d", cpu,
					 zone->name, i);
				snprintf(id, sizeof(id), "p%d_%s_%d", cpu,
					 zone->name, i);
				fprintf(f, "\t%s [fillcolor=\"#eeeeee\", "
					"label=\"%s %s pcp[%d]\\ncount %d "
					"high %d batch %d\"];\n", from,
					zone->name, i ? L("cold", "冷") :
					L("hot", "热"), i, pcp->count,
					pcp->high, pcp->batch);
				draw_chain(f, from, id, &pcp->list, 0, max, 1);
			}
		}
		fputs("\t}\n", f);
	}
	dot_end(f);
}
