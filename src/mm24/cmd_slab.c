/*
 * cmd_slab.c - commands that drive the slab allocator.
 *
 *   kmem_cache_create NAME SIZE [ALIGN [FLAGS]]  a cache (FLAGS: SLAB_* names
 *                                             joined by '|', or a number)
 *   kmem_cache_alloc CACHE GFP [as NAME]     an object of CACHE
 *   kmem_cache_free CACHE NAME               free it to CACHE
 *   kmalloc SIZE GFP [as NAME]               from the general caches
 *   kzalloc SIZE GFP [as NAME]               the same, zeroed
 *   kfree NAME                               free a kmalloc() object (or,
 *                                            to see the kernel's BUG, the
 *                                            kernel address of a page)
 *   ksize NAME                               the bytes NAME really has
 *   kmem_cache_shrink CACHE                  free CACHE's unused slabs
 *   kmem_cache_destroy CACHE                 remove a cache of yours
 * Misusing memory on purpose, for the slab_debug checks:
 *   poke NAME OFFSET BYTE... / peek NAME OFFSET [COUNT] (cmd_mem.c) write
 *                                            and show bytes at NAME + OFFSET,
 *                                            anywhere in the object's slab
 *   double_free NAME                         free a freed object again
 * (a free to the wrong cache is kmem_cache_free with another CACHE).
 *
 * Every allocation prints the object's i386 address and the first pfn of
 * its slab.  A double free and a free to the wrong cache corrupt a
 * 2.6.24 kernel without CONFIG_DEBUG_SLAB silently, and here they could
 * corrupt the emulator: they are refused unless the machine was booted
 * with slab_debug, whose checks catch them.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <linux/ftrace.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <mm/slab.h>
#include "mm24.h"

static const struct {
	const char *name;
	unsigned long bits;
} slab_flag_names[] = {
	{ "SLAB_DEBUG_FREE", SLAB_DEBUG_FREE }, { "SLAB_RED_ZONE", SLAB_RED_ZONE },
	{ "SLAB_POISON", SLAB_POISON },
	{ "SLAB_HWCACHE_ALIGN", SLAB_HWCACHE_ALIGN },
	{ "SLAB_CACHE_DMA", SLAB_CACHE_DMA },
	{ "SLAB_STORE_USER", SLAB_STORE_USER }, { "SLAB_PANIC", SLAB_PANIC },
	{ "SLAB_DESTROY_BY_RCU", SLAB_DESTROY_BY_RCU },
	{ "SLAB_MEM_SPREAD", SLAB_MEM_SPREAD }, { "SLAB_TRACE", SLAB_TRACE },
	{ "SLAB_RECLAIM_ACCOUNT", SLAB_RECLAIM_ACCOUNT },
	{ "SLAB_TEMPORARY", SLAB_TEMPORARY },
};

/* The names given to kmem_cache_create: a cache keeps the pointer, and
 * a destroy can fail and leave the cache, so they live on the host heap
 * until the machine powers off (mm24_slab_forget()). */
static char **cache_names;
static size_t nr_cache_names;

static char *keep_cache_name(const char *name)
{
	char **grown = realloc(cache_names,
			       (nr_cache_names + 1) * sizeof(*cache_names));

	if (!grown)
		panic("mm24: out of host memory");
	cache_names = grown;
	cache_names[nr_cache_names] = strdup(name);
	if (!cache_names[nr_cache_names])
		panic("mm24: out of host memory");
	return cache_names[nr_cache_names++];
}

void mm24_slab_forget(void)
{
	while (nr_cache_names)
		free(cache_names[--nr_cache_names]);
	free(cache_names);
	cache_names = NULL;
}

void mm24_slab_flag_words(void (*word)(const char *))
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(slab_flag_names); i++)
		word(slab_flag_names[i].name);
}

static unsigned long parse_slab_flags(struct script *s, const char *text)
{
	char buf[256], *w, *save;
	unsigned long flags = 0;

	if (strlen(text) >= sizeof(buf))
		script_error(s, "flags too long");
	strcpy(buf, text);
	for (w = strtok_r(buf, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
		size_t i;

		if (*w >= '0' && *w <= '9') {
			flags |= script_number(s, w, 0xffffffffUL);
			continue;
		}
		for (i = 0; i < ARRAY_SIZE(slab_flag_names); i++)
			if (!strcmp(w, slab_flag_names[i].name))
				break;
		if (i == ARRAY_SIZE(slab_flag_names))
			script_error(s, "unknown slab flag '%s'", w);
		flags |= slab_flag_names[i].bits;
	}
	return flags;
}

/* The cache called @name on cache_chain. */
static struct kmem_cache *cache_arg(struct script *s, const char *name)
{
	struct kmem_cache *cachep;

	list_for_each_entry(cachep, &cache_chain, next)
		if (!strcmp(cachep->name, name))
			return cachep;
	script_error(s, "no cache named '%s' (cat /proc/slabinfo lists them)",
		     name);
}

/* Is @cachep still on cache_chain (not destroyed)? */
static int cache_alive(struct kmem_cache *cachep)
{
	struct kmem_cache *c;

	list_for_each_entry(c, &cache_chain, next)
		if (c == cachep)
			return 1;
	return 0;
}

/* A name that holds a slab object now (or, with @freed, held one). */
static struct named *object_arg(struct script *s, const char *name, int freed)
{
	struct named *n = named_lookup(s, name, 1);

	if (!n->obj)
		script_error(s, "'%s' holds pages, not a slab object", name);
	if (!freed && !n->refs)
		script_error(s, "'%s' was already freed (a double free: "
			     "double_free does it on purpose)", name);
	return n;
}

/* Print " = 0xADDR [CACHE, slab pfn N]" for an object, or its absence. */
static void print_object(void *obj)
{
	struct slab *slabp;

	ftrace_pause();
	if (!obj) {
		printf(" = NULL");
	} else if (obj == ZERO_SIZE_PTR) {
		printf(" = ZERO_SIZE_PTR");
	} else {
		slabp = virt_to_slab(obj);
		printf(" = 0x%08lx [%s, slab pfn %lu]", i386_addr(obj),
		       virt_to_cache(obj)->name,
		       page_to_pfn(virt_to_page((char *)slabp->s_mem -
						slabp->colouroff)));
	}
	ftrace_resume();
}

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

static void name_object(const char *name, void *obj, struct kmem_cache *c)
{
	struct named *n;

	if (!name || !obj)
		return;
	n = named_remember(name);
	n->obj = obj;
	n->cachep = c;
	n->refs = 1;
	printf(" as %s", name);
}

static void cmd_kmem_cache_create(struct script *s)
{
	unsigned long size, align = 0, flags = 0;
	struct kmem_cache *cachep;
	char *name;

	if (s->argc < 3 || s->argc > 5)
		script_usage(s);
	size = script_number(s, s->argv[2], 0xffffffffUL);
	if (s->argc > 3)
		align = script_number(s, s->argv[3], PAGE_SIZE);
	if (s->argc > 4)
		flags = parse_slab_flags(s, s->argv[4]);
	name = keep_cache_name(s->argv[1]);
	cachep = kmem_cache_create(name, size, align, flags, NULL);
	ftrace_pause();
	printf("kmem_cache_create(%s, %lu, %lu, 0x%lx)", name, size, align,
	       flags);
	if (cachep)
		printf(" = 0x%08lx: objsize %u, objperslab %u, pagesperslab "
		       "%u\n", i386_addr(footprint_of(cachep)),
		       cachep->buffer_size, cachep->num, 1U << cachep->gfporder);
	else
		printf(" = NULL\n");
	ftrace_resume();
}

static void cmd_kmem_cache_alloc(struct script *s)
{
	struct kmem_cache *cachep;
	const char *name;
	void *obj;
	gfp_t gfp;

	if (s->argc < 3)
		script_usage(s);
	cachep = cache_arg(s, s->argv[1]);
	gfp = mm24_parse_gfp(s, s->argv[2]);
	name = as_name(s, 3);
	obj = kmem_cache_alloc(cachep, gfp);
	printf("kmem_cache_alloc(%s, %s)", cachep->name, s->argv[2]);
	print_object(obj);
	name_object(name, obj, cachep);
	putchar('\n');
}

static void cmd_kmalloc(struct script *s)
{
	const int zeroed = !strcmp(s->argv[0], "kzalloc");
	unsigned long size;
	const char *name;
	void *obj;
	gfp_t gfp;

	if (s->argc < 3)
		script_usage(s);
	size = script_number(s, s->argv[1], 0xffffffffUL);
	gfp = mm24_parse_gfp(s, s->argv[2]);
	name = as_name(s, 3);
	obj = zeroed ? kzalloc(size, gfp) : kmalloc(size, gfp);
	printf("%s(%lu, %s)", s->argv[0], size, s->argv[2]);
	print_object(obj);
	name_object(name, obj, NULL);
	putchar('\n');
}

/* Refuse what only slab_debug makes safe, saying so. */
static void needs_slab_debug(struct script *s, const char *what)
{
	if (!slab_debug)
		script_error(s, "%s corrupts a kernel without slab debugging "
			     "(2.6.24 catches it only with CONFIG_DEBUG_SLAB): "
			     "boot with slab_debug to see it caught", what);
}

static void cmd_kmem_cache_free(struct script *s)
{
	struct kmem_cache *cachep;
	struct named *n;
	int wrong;

	if (s->argc != 3)
		script_usage(s);
	cachep = cache_arg(s, s->argv[1]);
	n = object_arg(s, s->argv[2], 0);
	ftrace_pause();		/* the script's check, not kernel work */
	wrong = n->obj == ZERO_SIZE_PTR || virt_to_cache(n->obj) != cachep;
	ftrace_resume();
	if (wrong)
		needs_slab_debug(s, "a free to the wrong cache");
	printf("kmem_cache_free(%s, %s)\n", cachep->name, n->name);
	fflush(stdout);
	n->refs = 0;
	kmem_cache_free(cachep, n->obj);
}

static void cmd_kfree(struct script *s)
{
	struct named *n;
	void *addr;

	if (s->argc != 2)
		script_error(s, "usage: kfree NAME");
	n = named_lookup(s, s->argv[1], 1);
	if (n->obj) {
		n = object_arg(s, s->argv[1], 0);
		addr = n->obj;
	} else {
		/* a block of pages: kfree() of its address is a kernel BUG */
		if (!n->refs || !n->nr)
			script_error(s, "'%s' holds no pages now", n->name);
		ftrace_pause();
		addr = page_address(n->pages[0]);
		ftrace_resume();
		if (!addr)
			script_error(s, "'%s' is a highmem page: it has no "
				     "kernel address to kfree", n->name);
	}
	printf("kfree(%s)\n", n->name);
	fflush(stdout);
	n->refs = 0;
	kfree(addr);
}

static void cmd_double_free(struct script *s)
{
	struct named *n;

	if (s->argc != 2)
		script_error(s, "usage: double_free NAME");
	n = object_arg(s, s->argv[1], 1);
	if (n->refs)
		script_error(s, "'%s' is not freed yet: free it first, then "
			     "double_free it", n->name);
	needs_slab_debug(s, "a double free");
	if (n->cachep && !cache_alive(n->cachep))
		script_error(s, "the cache of '%s' was destroyed", n->name);
	printf("double_free(%s): %s again\n", n->name,
	       n->cachep ? "kmem_cache_free" : "kfree");
	fflush(stdout);
	if (n->cachep)
		kmem_cache_free(n->cachep, n->obj);
	else
		kfree(n->obj);
}

static void cmd_ksize(struct script *s)
{
	struct named *n;
	size_t size;

	if (s->argc != 2)
		script_usage(s);
	n = object_arg(s, s->argv[1], 0);
	size = ksize(n->obj);
	printf("ksize(%s) = %zu\n", n->name, size);
}

static void cmd_kmem_cache_shrink(struct script *s)
{
	struct kmem_cache *cachep;
	int ret;

	if (s->argc != 2)
		script_usage(s);
	cachep = cache_arg(s, s->argv[1]);
	ret = kmem_cache_shrink(cachep);
	printf("kmem_cache_shrink(%s) = %d\n", cachep->name, ret);
}

static void cmd_kmem_cache_destroy(struct script *s)
{
	struct kmem_cache *cachep;
	int i;

	if (s->argc != 2)
		script_usage(s);
	cachep = cache_arg(s, s->argv[1]);
	/* kmalloc() would be left with a freed cache */
	for (i = 0; malloc_sizes[i].cs_size != ULONG_MAX; i++)
		if (cachep == malloc_sizes[i].cs_cachep ||
		    cachep == malloc_sizes[i].cs_dmacachep)
			script_error(s, "%s is a general cache of kmalloc(): "
				     "only caches made by kmem_cache_create can "
				     "be destroyed", cachep->name);
	if (cachep == &cache_cache)
		script_error(s, "kmem_cache holds every cache: it cannot be "
			     "destroyed");
	printf("kmem_cache_destroy(%s)\n", cachep->name);
	fflush(stdout);
	kmem_cache_destroy(cachep);
}

void mm24_slab_span(struct script *s, struct named *n, char **first,
		    char **end)
{
	struct kmem_cache *cachep;
	struct slab *slabp;

	if (n->obj == ZERO_SIZE_PTR)
		script_error(s, "'%s' is ZERO_SIZE_PTR: it has no bytes",
			     n->name);
	cachep = virt_to_cache(n->obj);
	slabp = virt_to_slab(n->obj);
	*first = (char *)slabp->s_mem - slabp->colouroff;
	*end = *first + (PAGE_SIZE << cachep->gfporder);
}

const struct command slab_commands[] = {
	{ "kmem_cache_create", "kmem_cache_create NAME SIZE [ALIGN [FLAGS]]",
	  cmd_kmem_cache_create, 1 },
	{ "kmem_cache_alloc", "kmem_cache_alloc CACHE GFP [as NAME]",
	  cmd_kmem_cache_alloc, 1 },
	{ "kmem_cache_free", "kmem_cache_free CACHE NAME",
	  cmd_kmem_cache_free, 1 },
	{ "kmalloc", "kmalloc SIZE GFP [as NAME]", cmd_kmalloc, 1 },
	{ "kzalloc", "kzalloc SIZE GFP [as NAME]", cmd_kmalloc, 1 },
	{ "kfree", "kfree NAME (a slab object, or a page name: a kernel BUG)",
	  cmd_kfree, 1 },
	{ "ksize", "ksize NAME", cmd_ksize, 1 },
	{ "kmem_cache_shrink", "kmem_cache_shrink CACHE",
	  cmd_kmem_cache_shrink, 1 },
	{ "kmem_cache_destroy", "kmem_cache_destroy CACHE",
	  cmd_kmem_cache_destroy, 1 },
	{ "double_free", "double_free NAME (free a freed object again, with "
	  "slab_debug)", cmd_double_free, 1 },
	{ NULL, NULL, NULL, 0 },
};
