/*
 * reset.c - boot the emulated machine again and again in one process
 * (the fuzz target, the reset check), each time as a fresh process would,
 * and fast.  The design, and why it is correct, is in the header of
 * src/arch/i386/machine.c; in short:
 *
 *  1. reset_init() takes a snapshot of all of mm24's writable data (.data
 *     and .bss of every unit and of the mm24 program, which state.ld
 *     gathers into a context part and a kernel part) before any boot;
 *  2. reset_machine(), after each run, gives back the host resources the
 *     run took (mm24_forget(): names, cache names, the tracer's tables;
 *     then the machine: mm24_power_off(), or, for a cached machine, its
 *     image put back) and copies the whole snapshot back;
 *  3. the boot cache: a quiet boot (mm24_boot(), as every script's "boot"
 *     line does) is wrapped (-Wl,--wrap=mm24_boot).  The first boot of a
 *     configuration (mem, cpus, kernel command line) runs for real; if it
 *     completes cleanly, the machine is kept: the kernel part of the data,
 *     its RAM and tables (machine_image_save()) and the slab's host
 *     structures (footprints_save()).  Later boots of the same
 *     configuration copy the kernel part back instead of booting (2's
 *     reset has already brought RAM, tables, mappings and host structures
 *     back to the image).  A boot that halts, taints the kernel, leaves a
 *     stale kernel TLB entry, or allocates host memory outside the slab's
 *     footprints (every malloc() of the units is counted during it,
 *     -Wl,--wrap=malloc...) is not kept: it runs for real each time.
 *     MM24_BOOT_CACHE=0 turns the cache off.
 *
 * The copies are a loop of word copies without the address sanitizer:
 * the sections hold ASan's red zones between the globals, which only an
 * uninstrumented copy may read and write (the compiler is told not to
 * turn the loop into a call of memcpy(), which ASan intercepts).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/kernel.h>
#include <asm/machine.h>
#include <asm/setup.h>
#include <mm/slab.h>
#include "mm24.h"
#include "reset.h"

extern unsigned long __mm24_ctx_data_start[], __mm24_ctx_data_end[];
extern unsigned long __mm24_ctx_bss_start[], __mm24_ctx_bss_end[];
extern unsigned long __mm24_kern_data_start[], __mm24_kern_data_end[];
extern unsigned long __mm24_kern_bss_start[], __mm24_kern_bss_end[];

struct range {
	unsigned long *start, *end;
};

/* the kernel part first: a cached boot copies ranges[0..1] */
static const struct range ranges[] = {
	{ __mm24_kern_data_start, __mm24_kern_data_end },
	{ __mm24_kern_bss_start, __mm24_kern_bss_end },
	{ __mm24_ctx_data_start, __mm24_ctx_data_end },
	{ __mm24_ctx_bss_start, __mm24_ctx_bss_end },
};
#define KERNEL_RANGES	2
#define ALL_RANGES	4

static unsigned long *pristine;

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t size);
void *__real_realloc(void *p, size_t n);
void __real_free(void *p);

static void *xalloc(size_t n)
{
	void *p = __real_malloc(n ? n : 1);

	if (!p) {
		fprintf(stderr, "reset: out of memory\n");
		exit(1);
	}
	return p;
}

#ifdef __clang__
#define NOT_MEMCPY	__attribute__((no_builtin("memcpy")))
#else
#define NOT_MEMCPY	__attribute__((optimize("no-tree-loop-distribute-patterns")))
#endif
__attribute__((no_sanitize_address, noinline)) NOT_MEMCPY
static void copy_words(unsigned long *restrict to,
		       const unsigned long *restrict from, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		to[i] = from[i];
}

static size_t words(int first, int last)
{
	size_t n = 0;
	int i;

	for (i = first; i < last; i++)
		n += (size_t)(ranges[i].end - ranges[i].start);
	return n;
}

/* Save ranges [first, last) into @buf, or put them back from it. */
static void save_ranges(unsigned long *buf, int first, int last)
{
	int i;

	for (i = first; i < last; i++) {
		size_t n = (size_t)(ranges[i].end - ranges[i].start);

		copy_words(buf, ranges[i].start, n);
		buf += n;
	}
}

static void load_ranges(const unsigned long *buf, int first, int last)
{
	int i;

	for (i = first; i < last; i++) {
		size_t n = (size_t)(ranges[i].end - ranges[i].start);

		copy_words(ranges[i].start, buf, n);
		buf += n;
	}
}

/* ---- the host allocations of a boot -------------------------------------- */

static int tracking;
static void **tracked;
static size_t nr_tracked, room_tracked;

static void track(void *p)
{
	if (!p || !tracking)
		return;
	if (nr_tracked == room_tracked) {
		room_tracked = room_tracked ? 2 * room_tracked : 256;
		tracked = __real_realloc(tracked,
					 room_tracked * sizeof(*tracked));
		if (!tracked) {
			fprintf(stderr, "reset: out of memory\n");
			exit(1);
		}
	}
	tracked[nr_tracked++] = p;
}

static void untrack(void *p)
{
	size_t i;

	if (!p || !tracking)
		return;
	for (i = nr_tracked; i-- > 0;)
		if (tracked[i] == p) {
			tracked[i] = tracked[--nr_tracked];
			return;
		}
}

void *__wrap_malloc(size_t n)
{
	void *p = __real_malloc(n);

	track(p);
	return p;
}

void *__wrap_calloc(size_t n, size_t size)
{
	void *p = __real_calloc(n, size);

	track(p);
	return p;
}

void *__wrap_realloc(void *old, size_t n)
{
	void *p = __real_realloc(old, n);

	if (p) {
		untrack(old);
		track(p);
	}
	return p;
}

void __wrap_free(void *p)
{
	untrack(p);
	__real_free(p);
}

char *__wrap_strdup(const char *s)
{
	char *p = __wrap_malloc(strlen(s) + 1);

	return p ? strcpy(p, s) : NULL;
}

char *__wrap_strndup(const char *s, size_t n)
{
	size_t len = strnlen(s, n);
	char *p = __wrap_malloc(len + 1);

	if (p) {
		memcpy(p, s, len);
		p[len] = '\0';
	}
	return p;
}

/* Is every host allocation the boot kept a slab footprint? */
static int only_footprints(void)
{
	size_t i;

	for (i = 0; i < nr_tracked; i++) {
		struct footprint *fp;

		for (fp = live_footprints.next; fp != &live_footprints;
		     fp = fp->next)
			if ((void *)fp == tracked[i])
				break;
		if (fp == &live_footprints)
			return 0;
	}
	return 1;
}

/* ---- the boot cache ------------------------------------------------------- */

#define CACHE_MAX	32

struct booted {
	unsigned long mem;
	int cpus;
	char cmdline[sizeof(boot_command_line)];
	unsigned long *kernel;		/* the kernel part of the data */
	struct machine_image *img;	/* RAM and the machine's tables */
	struct footprint_image *fp;	/* the slab's host structures */
	unsigned long last_use;
};

static struct booted cache[CACHE_MAX];
static int nr_cached, cache_off;
static struct booted *current;
static unsigned long uses;
static unsigned long hits, misses;

/* Switch cached machine @b off for good (the kernel part is pristine). */
static void evict(struct booted *b)
{
	load_ranges(b->kernel, 0, KERNEL_RANGES);
	footprints_image_drop(b->fp);
	machine_image_drop(b->img);
	machine_power_off();
	load_ranges(pristine, 0, KERNEL_RANGES);
	__real_free(b->kernel);
	*b = cache[--nr_cached];
}

static void keep(const struct machine_config *cfg)
{
	struct booted *b;
	struct machine_image *img;

	if (tainted || machine_state != MACHINE_RUNNING || !only_footprints())
		return;
	img = machine_image_save();
	if (!img)
		return;
	if (nr_cached == CACHE_MAX) {
		struct booted *old = &cache[0];
		int i;

		for (i = 1; i < nr_cached; i++)
			if (cache[i].last_use < old->last_use)
				old = &cache[i];
		/* evict() needs the kernel part pristine: this machine's
		 * goes aside meanwhile */
		unsigned long *mine = xalloc(words(0, KERNEL_RANGES) *
					     sizeof(long));

		save_ranges(mine, 0, KERNEL_RANGES);
		load_ranges(pristine, 0, KERNEL_RANGES);
		evict(old);
		load_ranges(mine, 0, KERNEL_RANGES);
		__real_free(mine);
		machine_catch_faults();	/* the power-off gave them back */
	}
	b = &cache[nr_cached++];
	b->mem = cfg->mem;
	b->cpus = cfg->cpus;
	snprintf(b->cmdline, sizeof(b->cmdline), "%s", boot_command_line);
	b->img = img;
	b->fp = footprints_save();
	b->kernel = xalloc(words(0, KERNEL_RANGES) * sizeof(long));
	save_ranges(b->kernel, 0, KERNEL_RANGES);
	b->last_use = ++uses;
	current = b;
}

void __real_mm24_boot(const struct machine_config *cfg, int quiet);

void __wrap_mm24_boot(const struct machine_config *cfg, int quiet)
{
	int i;

	if (cache_off || !quiet || !pristine) {
		__real_mm24_boot(cfg, quiet);
		return;
	}
	for (i = 0; i < nr_cached; i++) {
		struct booted *b = &cache[i];

		if (b->mem == cfg->mem && b->cpus == cfg->cpus &&
		    !strcmp(b->cmdline, boot_command_line)) {
			load_ranges(b->kernel, 0, KERNEL_RANGES);
			machine_catch_faults();
			b->last_use = ++uses;
			current = b;
			hits++;
			return;
		}
	}
	misses++;
	nr_tracked = 0;
	tracking = 1;
	__real_mm24_boot(cfg, quiet);	/* a halt leaves through reset_machine() */
	tracking = 0;
	keep(cfg);
}

size_t reset_init(void)
{
	const char *off = getenv("MM24_BOOT_CACHE");

	cache_off = off && !strcmp(off, "0");
	pristine = xalloc(words(0, ALL_RANGES) * sizeof(long));
	save_ranges(pristine, 0, ALL_RANGES);
	return words(0, ALL_RANGES) * sizeof(long);
}

void reset_machine(void)
{
	tracking = 0;
	mm24_forget();
	if (current) {
		footprints_restore(current->fp);
		machine_image_restore(current->img);
		current = NULL;
	} else if (phys_ram) {
		footprints_release();
		machine_power_off();
	}
	load_ranges(pristine, 0, ALL_RANGES);
}

void reset_stats(unsigned long *boots_cached, unsigned long *boots_run)
{
	*boots_cached = hits;
	*boots_run = misses;
}
