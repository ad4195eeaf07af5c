/*
 * cmd_buddy.c - commands that drive the page allocator.
 *
 *   alloc_pages FLAGS ORDER [as NAME]        __alloc_pages() via alloc_pages()
 *   __get_free_pages FLAGS ORDER [as NAME]   the address-returning variant
 *   get_zeroed_page FLAGS [as NAME]
 *   alloc_until_fail FLAGS ORDER [as NAME]   allocate until NULL, print the count
 *   free_pages NAME                          free with the order it was allocated
 *   __free_pages NAME ORDER                  free with the order given
 *   __free_pages_pfn PFN ORDER               free a frame by number, unchecked
 *   get_page NAME / put_page NAME            take / drop a reference
 *   page NAME | page pfn=N                   show a struct page
 *   cpu N, drain_local_pages, drain_all_local_pages, memalloc on|off
 *
 * FLAGS are 2.6.24 names joined by '|' (GFP_KERNEL|__GFP_ZERO) or a
 * number.  Names remember what was allocated so a double free or a free
 * of an unknown name is a script error, not a kernel corruption.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/ftrace.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include "mm24.h"

static const struct {
	const char *name;
	gfp_t bits;
} gfp_names[] = {
	{ "GFP_NOWAIT", GFP_NOWAIT }, { "GFP_ATOMIC", GFP_ATOMIC },
	{ "GFP_NOIO", GFP_NOIO }, { "GFP_NOFS", GFP_NOFS },
	{ "GFP_KERNEL", GFP_KERNEL }, { "GFP_TEMPORARY", GFP_TEMPORARY },
	{ "GFP_USER", GFP_USER }, { "GFP_HIGHUSER", GFP_HIGHUSER },
	{ "GFP_HIGHUSER_MOVABLE", GFP_HIGHUSER_MOVABLE },
	{ "GFP_NOFS_PAGECACHE", GFP_NOFS_PAGECACHE },
	{ "GFP_USER_PAGECACHE", GFP_USER_PAGECACHE },
	{ "GFP_HIGHUSER_PAGECACHE", GFP_HIGHUSER_PAGECACHE },
	{ "GFP_DMA", GFP_DMA }, { "GFP_DMA32", GFP_DMA32 },
	{ "__GFP_DMA", __GFP_DMA }, { "__GFP_HIGHMEM", __GFP_HIGHMEM },
	{ "__GFP_DMA32", __GFP_DMA32 }, { "__GFP_WAIT", __GFP_WAIT },
	{ "__GFP_HIGH", __GFP_HIGH }, { "__GFP_IO", __GFP_IO },
	{ "__GFP_FS", __GFP_FS }, { "__GFP_COLD", __GFP_COLD },
	{ "__GFP_NOWARN", __GFP_NOWARN }, { "__GFP_REPEAT", __GFP_REPEAT },
	{ "__GFP_NOFAIL", __GFP_NOFAIL }, { "__GFP_NORETRY", __GFP_NORETRY },
	{ "__GFP_COMP", __GFP_COMP }, { "__GFP_ZERO", __GFP_ZERO },
	{ "__GFP_NOMEMALLOC", __GFP_NOMEMALLOC },
	{ "__GFP_HARDWALL", __GFP_HARDWALL },
	{ "__GFP_THISNODE", __GFP_THISNODE },
	{ "__GFP_RECLAIMABLE", __GFP_RECLAIMABLE },
	{ "__GFP_MOVABLE", __GFP_MOVABLE },
};

void mm24_gfp_words(void (*word)(const char *))
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(gfp_names); i++)
		word(gfp_names[i].name);
}

gfp_t mm24_parse_gfp(struct script *s, const char *text)
{
	char buf[256], *w, *save;
	gfp_t gfp = 0;

	if (strlen(text) >= sizeof(buf))
		script_error(s, "flags too long");
	strcpy(buf, text);
	for (w = strtok_r(buf, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
		size_t i;

		if (*w >= '0' && *w <= '9') {
			gfp |= (gfp_t)script_number(s, w, __GFP_BITS_MASK);
			continue;
		}
		for (i = 0; i < ARRAY_SIZE(gfp_names); i++)
			if (!strcmp(w, gfp_names[i].name))
				break;
		if (i == ARRAY_SIZE(gfp_names))
			script_error(s, "unknown gfp flag '%s'", w);
		gfp |= gfp_names[i].bits;
	}
	return gfp;
}

/* A name that holds pages now: a free or a reference on it is fine. */
static struct named *held(struct script *s, const char *name)
{
	struct named *n = named_lookup(s, name, 1);

	if (n->obj)
		script_error(s, "'%s' is a slab object: free it with kfree or "
			     "kmem_cache_free", n->name);
	if (n->vm_addr)
		script_error(s, "'%s' is a %s area, not a block of pages",
			     n->name, n->vm_how);
	if (!n->nr)
		script_error(s, "'%s' holds no pages (its alloc_until_fail got "
			     "none)", n->name);
	if (!n->refs)
		script_error(s, "'%s' was already freed (a double free)", n->name);
	return n;
}

/* Parse "FLAGS ORDER [as NAME]" starting at argv[1]. */
static const char *alloc_args(struct script *s, gfp_t *gfp,
			      unsigned int *order, int with_order)
{
	int want = with_order ? 3 : 2;

	if (s->argc != want && !(s->argc == want + 2 &&
				 !strcmp(s->argv[want], "as")))
		script_error(s, "usage: %s FLAGS%s [as NAME]", s->argv[0],
			     with_order ? " ORDER" : "");
	*gfp = mm24_parse_gfp(s, s->argv[1]);
	*order = with_order ?
		 (unsigned int)script_number(s, s->argv[2], MAX_ORDER - 1) : 0;
	if (s->argc == want + 2) {
		named_check_new(s, s->argv[want + 1]);
		return s->argv[want + 1];
	}
	return NULL;
}

/* Print where a block is; kept out of any running trace. */
static void print_block(struct page *page)
{
	void *addr;

	ftrace_pause();
	addr = page_address(page);
	printf("pfn %lu [%s]", page_to_pfn(page), page_zone(page)->name);
	if (addr)
		printf(" 0x%08lx", i386_addr(addr));
	ftrace_resume();
}

static void cmd_alloc_pages(struct script *s)
{
	const char *name;
	unsigned int order;
	struct page *page;
	gfp_t gfp;

	name = alloc_args(s, &gfp, &order, 1);
	page = alloc_pages(gfp, order);
	printf("alloc_pages(%s, %u) = ", s->argv[1], order);
	if (!page) {
		printf("NULL\n");
		return;
	}
	print_block(page);
	if (name) {
		struct named *n = named_remember(name);

		n->order = order;
		named_add_page(n, page);
		printf(" as %s", name);
	}
	putchar('\n');
}

static void cmd_get_free_pages(struct script *s)
{
	int zeroed = !strcmp(s->argv[0], "get_zeroed_page");
	unsigned long addr;
	unsigned int order;
	const char *name;
	gfp_t gfp;

	name = alloc_args(s, &gfp, &order, !zeroed);
	if (gfp & __GFP_HIGHMEM)
		script_error(s, "%s cannot return a highmem page (no kernel "
			     "address): drop __GFP_HIGHMEM", s->argv[0]);
	addr = zeroed ? get_zeroed_page(gfp) : __get_free_pages(gfp, order);
	if (zeroed)
		printf("get_zeroed_page(%s) = ", s->argv[1]);
	else
		printf("__get_free_pages(%s, %u) = ", s->argv[1], order);
	if (!addr) {
		printf("0\n");
		return;
	}
	printf("0x%08lx", i386_addr(addr));
	if (name) {
		struct named *n = named_remember(name);

		n->order = order;
		n->by_address = 1;
		named_add_page(n, virt_to_page(addr));
		printf(" as %s", name);
	}
	putchar('\n');
}

static void cmd_alloc_until_fail(struct script *s)
{
	struct named *n = NULL;
	unsigned long count = 0;
	unsigned int order;
	const char *name;
	struct page *page;
	gfp_t gfp;

	name = alloc_args(s, &gfp, &order, 1);
	if (name) {
		n = named_remember(name);
		n->order = order;
	}
	while ((page = alloc_pages(gfp, order)) != NULL) {
		count++;
		if (n)
			named_add_page(n, page);
	}
	printf("alloc_until_fail(%s, %u): %lu blocks before failure%s%s\n",
	       s->argv[1], order, count, name ? " as " : "", name ? name : "");
}

static void release(struct named *n, unsigned int order)
{
	unsigned long i;

	for (i = 0; i < n->nr; i++) {
		if (n->by_address)
			free_pages((unsigned long)page_address(n->pages[i]), order);
		else
			__free_pages(n->pages[i], order);
	}
}

static void cmd_free_pages(struct script *s)
{
	struct named *n;

	if (s->argc != 2)
		script_usage(s);
	n = held(s, s->argv[1]);
	release(n, n->order);
	n->refs--;
	printf("freed %s\n", n->name);
}

static void cmd___free_pages(struct script *s)
{
	unsigned int order;
	struct named *n;

	if (s->argc != 3)
		script_usage(s);
	n = held(s, s->argv[1]);
	order = (unsigned int)script_number(s, s->argv[2], MAX_ORDER - 1);
	release(n, order);
	n->refs--;
	printf("__free_pages(%s, %u)\n", n->name, order);
}

static void cmd___free_pages_pfn(struct script *s)
{
	unsigned long pfn;
	unsigned int order;

	if (s->argc != 3)
		script_usage(s);
	pfn = script_number(s, s->argv[1], max_mapnr - 1);
	order = (unsigned int)script_number(s, s->argv[2], MAX_ORDER - 1);
	printf("__free_pages(pfn %lu, %u)\n", pfn, order);
	__free_pages(pfn_to_page(pfn), order);
}

static void cmd_refcount(struct script *s)
{
	struct named *n;

	if (s->argc != 2)
		script_error(s, "usage: %s NAME", s->argv[0]);
	n = held(s, s->argv[1]);
	if (n->nr != 1 || n->order)
		script_error(s, "%s takes a single order-0 page", s->argv[0]);
	if (!strcmp(s->argv[0], "get_page")) {
		get_page(n->pages[0]);
		n->refs++;
	} else {
		put_page(n->pages[0]);
		n->refs--;
	}
	ftrace_pause();
	printf("%s(%s): count now %d\n", s->argv[0], n->name,
	       n->refs ? page_count(n->pages[0]) : 0);
	ftrace_resume();
}

struct page *mm24_page_arg(struct script *s, const char *word, int *order)
{
	struct named *n;

	if (!strncmp(word, "pfn=", 4)) {
		*order = -1;
		return pfn_to_page(script_number(s, word + 4, max_mapnr - 1));
	}
	n = named_lookup(s, word, 1);	/* freed or not: the frame is still there */
	if (n->obj && n->obj != ZERO_SIZE_PTR) {	/* a slab object's page */
		*order = -1;
		return virt_to_page(n->obj);
	}
	if (n->vm_addr)
		script_error(s, "'%s' is a %s area: its frames are scattered "
			     "(dot vmalloc shows them; use pfn=N)", n->name,
			     n->vm_how);
	if (!n->nr)
		script_error(s, "'%s' holds no pages (its alloc_until_fail got "
			     "none)", n->name);
	*order = (int)n->order;
	return n->pages[0];
}

static const char * const flag_names[] = {
	"locked", "error", "referenced", "uptodate", "dirty", "lru", "active",
	"slab", "owner_priv_1", "arch_1", "reserved", "private", "writeback",
	NULL, "compound", "swapcache", "mappedtodisk", "reclaim", NULL, "buddy",
};

static void cmd_page(struct script *s)
{
	struct page *page;
	unsigned long pfn;
	int order;
	size_t b;

	if (s->argc != 2)
		script_usage(s);
	page = mm24_page_arg(s, s->argv[1], &order);
	pfn = page_to_pfn(page);
	ftrace_pause();
	printf("page pfn %lu at 0x%08lx: zone %s flags 0x%08lx (", pfn,
	       i386_addr(page), page_zone(page)->name, page->flags & 0xffffffffUL);
	for (b = 0; b < ARRAY_SIZE(flag_names); b++)
		if (flag_names[b] && (page->flags >> b) & 1)
			printf(" %s", flag_names[b]);
	printf(" ) _count %d _mapcount %d ", atomic_read(&page->_count),
	       atomic_read(&page->_mapcount));
	if (PageTail(page))	/* the word is a pointer: show the i386 address */
		printf("first_page 0x%08lx\n", i386_addr(page->first_page));
	else	/* the 32-bit word an i386 kernel holds */
		printf("private %lu\n", i386_addr(page->private));
	ftrace_resume();
}

static void cmd_cpu(struct script *s)
{
	struct task_struct *me = current;
	int cpu;

	if (s->argc != 2)
		script_usage(s);
	cpu = (int)script_number(s, s->argv[1], (unsigned long)NR_CPUS - 1);
	if (!cpu_online(cpu))
		script_error(s, "cpu %d is not online (boot with cpus=%d or more)",
			     cpu, cpu + 1);
	if (cpu == smp_processor_id())
		return;
	/* the task moves: this CPU goes idle, the other switches to it */
	context_switch(me, idle_task(smp_processor_id()));
	mm24_cpu = cpu;
	context_switch(current, me);
}

static void cmd_drain(struct script *s)
{
	if (s->argc != 1)
		script_usage(s);
	if (!strcmp(s->argv[0], "drain_local_pages"))
		drain_local_pages();
	else
		drain_all_local_pages();
}

static void cmd_memalloc(struct script *s)
{
	if (s->argc != 2 || (strcmp(s->argv[1], "on") && strcmp(s->argv[1], "off")))
		script_usage(s);
	if (!strcmp(s->argv[1], "on"))
		current->flags |= PF_MEMALLOC;
	else
		current->flags &= ~PF_MEMALLOC;
}

const struct command buddy_commands[] = {
	{ "alloc_pages", "alloc_pages FLAGS ORDER [as NAME]", cmd_alloc_pages, 1 },
	{ "__get_free_pages", "__get_free_pages FLAGS ORDER [as NAME]",
	  cmd_get_free_pages, 1 },
	{ "get_zeroed_page", "get_zeroed_page FLAGS [as NAME]",
	  cmd_get_free_pages, 1 },
	{ "alloc_until_fail", "alloc_until_fail FLAGS ORDER [as NAME]",
	  cmd_alloc_until_fail, 1 },
	{ "free_pages", "free_pages NAME", cmd_free_pages, 1 },
	{ "__free_pages", "__free_pages NAME ORDER", cmd___free_pages, 1 },
	{ "__free_pages_pfn", "__free_pages_pfn PFN ORDER",
	  cmd___free_pages_pfn, 1 },
	{ "get_page", "get_page NAME", cmd_refcount, 1 },
	{ "put_page", "put_page NAME", cmd_refcount, 1 },
	{ "page", "page NAME | page pfn=N", cmd_page, 1 },
	{ "cpu", "cpu N", cmd_cpu, 1 },
	{ "drain_local_pages", "drain_local_pages", cmd_drain, 1 },
	{ "drain_all_local_pages", "drain_all_local_pages", cmd_drain, 1 },
	{ "memalloc", "memalloc on|off", cmd_memalloc, 1 },
	{ NULL, NULL, NULL, 0 },
};
