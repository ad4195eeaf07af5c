/*
 * dot_slab.c - "dot slab CACHE [max=N]": one cache as the slab allocator
 * holds it right now, read from its own structures:
 *
 *   - the cache: object size, objects and pages per slab, colours, tunables;
 *   - each online CPU's array_cache (avail/limit, touched, the objects,
 *     top first: the next kmem_cache_alloc() on that CPU takes the first)
 *     and the node's shared array;
 *   - the three lists of kmem_list3 in list order (full, partial, free:
 *     cache_alloc_refill() takes the first partial slab, else the first
 *     free one); each slab with its first pfn, its colour offset, inuse,
 *     a cell per object (handed out, waiting in an array - counted in
 *     inuse all the same - or free) and its bufctl chain from slabp->free
 *     to BUFCTL_END.
 * N (default 8, 0 = all) bounds the slabs drawn per list, the objects per
 * array and the links of each chain; what is left out is counted in a
 * dashed node whose comment holds the number.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/mm.h>
#include <mm/slab.h>
#include "mm24.h"

#define USED_COLOUR	"#f4b6b6"	/* handed out */
#define CACHED_COLOUR	"#f3e29a"	/* in an array: inuse, yet free */
#define FREE_COLOUR	"#b3d4f2"	/* on the bufctl chain */

static struct kmem_cache *dot_cache_arg(struct script *s, const char *name)
{
	struct kmem_cache *cachep;

	list_for_each_entry(cachep, &cache_chain, next)
		if (!strcmp(cachep->name, name))
			return cachep;
	script_error(s, "no cache named '%s' (cat /proc/slabinfo lists them)",
		     name);
}

/* A dashed node that says how many were left out. */
static void more_node(FILE *f, const char *from, const char *id,
		      unsigned long left)
{
	fprintf(f, "\t%s_more [label=\"%s %lu %s\", comment=\"%lu\", "
		"style=dashed];\n\t%s -> %s_more [style=dashed];\n", id,
		L("…", "……另有"), left, L("more", "个"), left, from, id);
}

static void draw_array(FILE *f, const char *id, const char *title,
		       struct array_cache *ac, unsigned long max)
{
	unsigned int i, shown;

	fprintf(f, "\t%s [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD BGCOLOR=\"#eeeeee\">", id);
	dot_html(f, title);
	/* a shared array's batchcount is 2.6.24's marker 0xbaadf00d */
	fprintf(f, ac->batchcount > 0xffff ?
		"<BR/>avail %u limit %u batchcount 0x%x touched %u</TD></TR>\n" :
		"<BR/>avail %u limit %u batchcount %u touched %u</TD></TR>\n",
		ac->avail, ac->limit, ac->batchcount, ac->touched);
	shown = max && ac->avail > max ? (unsigned int)max : ac->avail;
	for (i = 0; i < shown; i++)	/* the top of the stack first */
		fprintf(f, "\t<TR><TD BGCOLOR=\"%s\">entry[%u] 0x%08lx</TD>"
			"</TR>\n", CACHED_COLOUR, ac->avail - 1 - i,
			i386_addr(ac->entry[ac->avail - 1 - i]));
	if (shown < ac->avail)
		fprintf(f, "\t<TR><TD ID=\"more%u\">%s %u %s</TD></TR>\n",
			ac->avail - shown, L("…", "……另有"), ac->avail - shown,
			L("more", "个"));
	fputs("\t</TABLE>>];\n", f);
}

/* One slab: a table of its objects (used or free) and its free chain. */
/* Is @obj waiting in one of the cache's arrays? */
static int in_an_array(struct kmem_cache *cachep, void *obj)
{
	struct array_cache *shared = cachep->nodelists[0]->shared;
	unsigned int i;
	int cpu;

	for_each_online_cpu(cpu)
		for (i = 0; i < cachep->array[cpu]->avail; i++)
			if (cachep->array[cpu]->entry[i] == obj)
				return 1;
	for (i = 0; shared && i < shared->avail; i++)
		if (shared->entry[i] == obj)
			return 1;
	return 0;
}

static void draw_slab(FILE *f, struct kmem_cache *cachep, struct slab *slabp,
		      const char *id, unsigned long max)
{
	char *first = (char *)slabp->s_mem - slabp->colouroff;
	const kmem_bufctl_t *bufctl = slab_bufctl(slabp);
	unsigned char *is_free = calloc(cachep->num, 1);
	unsigned long links = 0;
	unsigned int i, colour;
	kmem_bufctl_t k;

	if (!is_free)
		panic("mm24: out of host memory");
	for (k = slabp->free; k != BUFCTL_END && k < cachep->num &&
	     !is_free[k]; k = bufctl[k])
		is_free[k] = 1;
	colour = (unsigned int)slabp->colouroff -
		 (OFF_SLAB(cachep) ? 0 : cachep->slab_size);
	fprintf(f, "\t%s [shape=plain, style=\"\", comment=\"inuse %u\", "
		"label=<<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
		"CELLPADDING=\"2\">\n\t<TR><TD COLSPAN=\"16\" BGCOLOR=\"#eeeeee\">"
		"pfn %lu: %s %u/%u, %s %u (%s %u)</TD></TR>\n", id, slabp->inuse,
		page_to_pfn(virt_to_page(first)), L("inuse", "在用"),
		slabp->inuse, cachep->num, L("colour", "着色偏移"), colour,
		L("s_mem at", "s_mem 位于"), (unsigned int)slabp->colouroff);
	for (i = 0; i < cachep->num; i++) {
		if (i % 16 == 0)
			fputs("\t<TR>", f);
		fprintf(f, "<TD BGCOLOR=\"%s\">%u</TD>", is_free[i] ?
			FREE_COLOUR : in_an_array(cachep, index_to_obj(cachep,
			slabp, i)) ? CACHED_COLOUR : USED_COLOUR, i);
		if (i % 16 == 15 || i + 1 == cachep->num)
			fputs("</TR>\n", f);
	}
	fputs("\t</TABLE>>];\n", f);

	/* the bufctl chain: free -> ... -> BUFCTL_END */
	fprintf(f, "\t%s_f [shape=plaintext, style=\"\", label=\"free\"];\n"
		"\t%s -> %s_f [style=dotted, arrowhead=none];\n", id, id, id);
	for (k = slabp->free; k != BUFCTL_END && k < cachep->num;
	     k = bufctl[k]) {
		if (max && links == max) {
			unsigned long left = 0;
			kmem_bufctl_t j;

			for (j = k; j != BUFCTL_END && j < cachep->num &&
			     left < cachep->num; j = bufctl[j])
				left++;
			fprintf(f, "\t%s_c%lu [label=\"%s %lu\", comment=\"%lu\", "
				"style=dashed];\n", id, links, L("…", "……另有"),
				left, left);
			fprintf(f, "\t%s_c%lu -> %s_c%lu [style=dashed];\n", id,
				links - 1, id, links);
			free(is_free);
			return;
		}
		fprintf(f, "\t%s_c%lu [label=\"%u\", fillcolor=\"%s\"];\n",
			id, links, k, FREE_COLOUR);
		if (links)
			fprintf(f, "\t%s_c%lu -> %s_c%lu;\n", id, links - 1, id,
				links);
		else
			fprintf(f, "\t%s_f -> %s_c0;\n", id, id);
		links++;
		if (links > cachep->num)	/* a loop: slab_check's business */
			break;
	}
	fprintf(f, "\t%s_end [shape=plaintext, style=\"\", label=\"BUFCTL_END\"];"
		"\n", id);
	if (links)
		fprintf(f, "\t%s_c%lu -> %s_end;\n", id, links - 1, id);
	else
		fprintf(f, "\t%s_f -> %s_end;\n", id, id);
	free(is_free);
}

static void draw_list(FILE *f, struct kmem_cache *cachep,
		      struct list_head *head, const char *name, int n,
		      unsigned long max)
{
	unsigned long count = 0;
	struct slab *slabp;
	char id[32], prev[32];

	fprintf(f, "\tl%d [fillcolor=\"#eeeeee\", label=\"%s\"];\n", n, name);
	snprintf(prev, sizeof(prev), "l%d", n);
	list_for_each_entry(slabp, head, list) {
		if (max && count == max) {
			unsigned long left = 0;
			struct list_head *p;

			for (p = &slabp->list; p != head; p = p->next)
				left++;
			more_node(f, prev, prev, left);
			return;
		}
		snprintf(id, sizeof(id), "s%d_%lu", n, count);
		draw_slab(f, cachep, slabp, id, max);
		fprintf(f, "\t%s -> %s;\n", prev, id);
		snprintf(prev, sizeof(prev), "%s", id);
		count++;
	}
}

void dot_slab(struct script *s, struct dot_out *out, int argc, char **argv)
{
	unsigned long max = dot_max_arg(s, &argc, argv, 8);
	struct kmem_cache *cachep;
	struct kmem_list3 *l3;
	char title[128], id[16];
	int cpu;
	FILE *f;

	if (argc != 1)
		script_error(s, "usage: dot slab CACHE [max=N]");
	cachep = dot_cache_arg(s, argv[0]);
	l3 = cachep->nodelists[0];

	snprintf(title, sizeof(title), "%s %s", L("slab cache", "slab 高速缓存"),
		 cachep->name);
	f = dot_begin(out, "LR", title);
	fprintf(f, "\t/* cache %s; %lu slabs, objects and links drawn per list, "
		"array and chain (0 = all) */\n", cachep->name, max);
	fprintf(f, "\tcache [fillcolor=\"#eeeeee\", label=\"%s\\nobjsize %u "
		"objperslab %u pagesperslab %u\\n%s %zu x %u\\nlimit %u "
		"batchcount %u shared %u\\nfree_objects %lu free_limit %u\"];\n",
		cachep->name, cachep->buffer_size, cachep->num,
		1U << cachep->gfporder, L("colours", "着色"), cachep->colour,
		cachep->colour_off, cachep->limit, cachep->batchcount,
		cachep->shared, l3->free_objects, l3->free_limit);
	fprintf(f, "\tlegend [shape=plain, style=\"\", label=<<TABLE "
		"BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" "
		"CELLPADDING=\"3\"><TR><TD BGCOLOR=\"%s\">%s</TD>"
		"<TD BGCOLOR=\"%s\">%s</TD><TD BGCOLOR=\"%s\">%s</TD></TR>"
		"</TABLE>>];\n", USED_COLOUR, L("handed out", "已分出"),
		CACHED_COLOUR, L("in an array", "在数组中"), FREE_COLOUR,
		L("free (bufctl chain)", "空闲（bufctl 链）"));
	for_each_online_cpu(cpu) {
		char name[32];

		snprintf(id, sizeof(id), "ac%d", cpu);
		snprintf(name, sizeof(name), "CPU %d array", cpu);
		draw_array(f, id, name, cachep->array[cpu], max);
		fprintf(f, "\tcache -> %s;\n", id);
	}
	if (l3->shared) {
		draw_array(f, "shared", L("shared array", "共享数组"), l3->shared,
			   max);
		fputs("\tcache -> shared;\n", f);
	}
	draw_list(f, cachep, &l3->slabs_full, "slabs_full", 0, max);
	draw_list(f, cachep, &l3->slabs_partial, "slabs_partial", 1, max);
	draw_list(f, cachep, &l3->slabs_free, "slabs_free", 2, max);
	fputs("\tcache -> l0;\n\tcache -> l1;\n\tcache -> l2;\n", f);
	dot_end(f);
}
