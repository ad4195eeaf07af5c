/*
 * dot.c - "dot WHAT ARGS... [> FILE]" writes one graph of the state the
 * emulated kernel is in right now:
 *
 *   dot free_area ZONE [max=N]        a zone's free lists, by order and
 *                                     migrate type (N blocks per list
 *                                     drawn, default 4, 0 = all)
 *   dot buddy NAME|pfn=N [ORDER]      a block, its buddy, and the merges
 *                                     __free_one_page() would do
 *   dot walk ADDR|NAME                CR3 -> PDE -> PTE -> frame
 *   dot layout                        the kernel's linear space, mapped now
 *   dot pcp [ZONE] [max=N]            the per-cpu page lists
 *   dot slab CACHE [max=N]            a slab cache: its arrays, its three
 *                                     slab lists, each slab's objects
 *                                     and bufctl chain (dot_slab.c)
 *   dot pkmap                         the pkmap window: slots, counts,
 *                                     frames, last_pkmap_nr, and the
 *                                     kmap_atomic() slots (dot_pkmap.c)
 *   dot vmalloc [max=N]               the vmalloc area: areas, guard
 *                                     pages, holes, the frames behind
 *                                     each area (dot_vmalloc.c)
 *   dot vma [TASK]                    a process's VMAs in address order
 *                                     and their red-black tree
 *                                     (dot_vma.c)
 *   dot split [TASK]                  the 3G/1G split: a process's user
 *                                     part and the shared kernel part
 *
 * Without "> FILE" the graph goes to stdout; a relative FILE is taken
 * below --dot-dir.  The file is created once the arguments are known to
 * be good, by dot_begin().  Labels are English, or Chinese with --lang=zh; the
 * font is a CJK one either way so both render alike.
 */
#include <errno.h>
#include <string.h>
#include <linux/ftrace.h>
#include <linux/mmzone.h>
#include "mm24.h"

static int lang_zh;
static const char *dot_dir = ".";

int dot_set_lang(const char *lang)
{
	if (!strcmp(lang, "en"))
		lang_zh = 0;
	else if (!strcmp(lang, "zh"))
		lang_zh = 1;
	else
		return -1;
	return 0;
}

void dot_set_dir(const char *dir)
{
	dot_dir = dir;
}

const char *L(const char *en, const char *zh)
{
	return lang_zh ? zh : en;
}

/* Text inside an HTML-like label. */
void dot_html(FILE *f, const char *text)
{
	for (; *text; text++) {
		if (*text == '<')
			fputs("&lt;", f);
		else if (*text == '>')
			fputs("&gt;", f);
		else if (*text == '&')
			fputs("&amp;", f);
		else
			fputc(*text, f);
	}
}

FILE *dot_begin(struct dot_out *out, const char *rankdir, const char *title)
{
	const char *font = "Noto Sans CJK SC";
	FILE *f = stdout;

	if (out->file) {
		if (out->file[0] == '/')
			snprintf(out->path, sizeof(out->path), "%s", out->file);
		else if (snprintf(out->path, sizeof(out->path), "%s/%s", dot_dir,
				  out->file) >= (int)sizeof(out->path))
			script_error(out->s, "output path too long");
		f = fopen(out->path, "w");
		if (!f)
			script_error(out->s, "cannot write '%s': %s", out->path,
				     strerror(errno));
	}
	out->f = f;
	fprintf(f, "digraph mm24 {\n"
		"\tgraph [rankdir=%s, fontname=\"%s\", fontsize=12, "
		"labelloc=t, nodesep=0.25, ranksep=0.35, label=<<B>",
		rankdir, font);
	dot_html(f, title);
	fprintf(f, "</B>>];\n"
		"\tnode [fontname=\"%s\", fontsize=10, shape=box, "
		"style=\"rounded,filled\", fillcolor=\"#ffffff\"];\n"
		"\tedge [fontname=\"%s\", fontsize=9];\n", font, font);
	return f;
}

void dot_end(FILE *f)
{
	fputs("}\n", f);
}

struct zone *dot_zone_arg(struct script *s, const char *name)
{
	struct zone *zone;

	for_each_zone(zone)
		if (!strcmp(zone->name, name)) {
			if (!populated_zone(zone))
				script_error(s, "zone %s is empty on this "
					     "machine", name);
			return zone;
		}
	script_error(s, "unknown zone '%s' (DMA, Normal or HighMem)", name);
}

/* "max=N" among the arguments: the blocks drawn per list. */
unsigned long dot_max_arg(struct script *s, int *argc, char **argv,
			  unsigned long dflt)
{
	int i;

	for (i = 0; i < *argc; i++)
		if (!strncmp(argv[i], "max=", 4)) {
			dflt = script_number(s, argv[i] + 4, 1UL << 20);
			memmove(argv + i, argv + i + 1,
				(size_t)(*argc - i - 1) * sizeof(*argv));
			(*argc)--;
			break;
		}
	return dflt;
}

static const struct {
	const char *name;
	void (*draw)(struct script *s, struct dot_out *out, int argc,
		     char **argv);
} kinds[] = {
	{ "free_area", dot_free_area },
	{ "buddy", dot_buddy },
	{ "walk", dot_walk },
	{ "layout", dot_layout },
	{ "pcp", dot_pcp },
	{ "slab", dot_slab },
	{ "pkmap", dot_pkmap },
	{ "vmalloc", dot_vmalloc },
	{ "vma", dot_vma },
	{ "split", dot_split },
	{ "pagetables", dot_pagetables },
};

void mm24_dot_words(void (*word)(const char *))
{
	size_t k;

	for (k = 0; k < ARRAY_SIZE(kinds); k++)
		word(kinds[k].name);
}

static void cmd_dot(struct script *s)
{
	struct dot_out out = { .s = s };
	int argc = s->argc;
	size_t k;

	/* "> FILE" or ">FILE" at the end of the line */
	if (argc >= 3 && !strcmp(s->argv[argc - 2], ">")) {
		out.file = s->argv[argc - 1];
		argc -= 2;
	} else if (argc >= 2 && s->argv[argc - 1][0] == '>' &&
		   s->argv[argc - 1][1]) {
		out.file = s->argv[argc - 1] + 1;
		argc--;
	}
	for (k = 0; argc > 1 && k < ARRAY_SIZE(kinds); k++)
		if (!strcmp(kinds[k].name, s->argv[1]))
			break;
	if (argc < 2 || k == ARRAY_SIZE(kinds))
		script_error(s, "usage: dot free_area|buddy|walk|layout|pcp|slab|"
			     "pkmap|vmalloc|vma|split|pagetables "
			     "ARGS... [> FILE]%s%s%s", argc > 1 ? " ('" : "",
			     argc > 1 ? s->argv[1] : "",
			     argc > 1 ? "' is not a picture)" : "");
	/* reading the state is not kernel work: keep it out of traces (an
	 * error in the arguments ends the pause with the command) */
	ftrace_pause();
	kinds[k].draw(s, &out, argc - 2, s->argv + 2);
	ftrace_resume();
	if (out.f != stdout && fclose(out.f))
		script_error(s, "cannot write '%s': %s", out.path,
			     strerror(errno));
}

const struct command dot_commands[] = {
	{ "dot", "dot free_area|buddy|walk|layout|pcp|slab|pkmap|vmalloc|vma|"
	  "split|pagetables ARGS... [> FILE]",
	  cmd_dot, 1 },
	{ NULL, NULL, NULL, 0 },
};
