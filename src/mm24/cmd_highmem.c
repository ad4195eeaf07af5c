/*
 * cmd_highmem.c - commands that map page frames into the kernel's kmap
 * windows, and the /mm24/pkmap view.
 *
 *   kmap NAME|pfn=N                     kmap() every page of NAME's block
 *                                       (or frame N), in order
 *   kunmap NAME|pfn=N                   kunmap() them
 *   kmap_atomic NAME|pfn=N KM_TYPE      kmap_atomic() the first page in
 *                                       this CPU's slot KM_TYPE
 *   kunmap_atomic NAME|pfn=N KM_TYPE    kunmap_atomic() it
 *   kmap_flush_unused                   unmap the pkmap slots at count 1
 *   cat /mm24/pkmap                     the pkmap slots in use, and the
 *                                       kmap_atomic() slots mapped now
 *
 * Each map prints the i386 addresses it got: a lowmem frame's is its
 * direct-map address.  kunmap_atomic passes the address kmap_atomic gives
 * that frame on this CPU (a frame mapped on another CPU, or in another
 * slot, is left mapped, as in 2.6.24).  The kernel's own checks report
 * misuse: a kunmap of a frame no kmap maps is kunmap_high()'s BUG, a slot
 * taken twice is kmap_atomic()'s, and a kmap with every pkmap slot in use
 * is a task that would sleep for ever (schedule()'s report); each stops
 * the emulated kernel (exit status 1).
 */
#include <string.h>
#include <linux/ftrace.h>
#include <linux/highmem.h>
#include <linux/seq_file.h>
#include "mm24.h"

static const char *const km_names[KM_TYPE_NR] = {
	"KM_BOUNCE_READ", "KM_SKB_SUNRPC_DATA", "KM_SKB_DATA_SOFTIRQ",
	"KM_USER0", "KM_USER1", "KM_BIO_SRC_IRQ", "KM_BIO_DST_IRQ",
	"KM_PTE0", "KM_PTE1", "KM_IRQ0", "KM_IRQ1", "KM_SOFTIRQ0",
	"KM_SOFTIRQ1",
};

int mm24_parse_km_type(struct script *s, const char *text)
{
	int t;

	for (t = 0; t < KM_TYPE_NR; t++)
		if (!strcmp(text, km_names[t]))
			return t;
	if (*text >= '0' && *text <= '9')
		return (int)script_number(s, text, KM_TYPE_NR - 1);
	script_error(s, "unknown km_type '%s' (KM_BOUNCE_READ ... KM_SOFTIRQ1, "
		     "or 0 to %d)", text, KM_TYPE_NR - 1);
}

/* NAME|pfn=N: the first page and how many pages (the block's). */
static struct page *frames_arg(struct script *s, const char *word,
			       unsigned long *nr)
{
	struct page *page;
	int order;

	ftrace_pause();
	page = mm24_page_arg(s, word, &order);
	ftrace_resume();
	*nr = order < 0 ? 1 : 1UL << order;
	return page;
}

/* Print runs of consecutive addresses: "0xff801000-0xff803000" for three. */
struct runs {
	unsigned long first, last;
	int open;
};

static void run_add(struct runs *r, void *addr)
{
	unsigned long a = i386_addr(addr);

	if (r->open && a == r->last + PAGE_SIZE) {
		r->last = a;
		return;
	}
	if (r->open)
		printf(r->first == r->last ? " 0x%08lx" : " 0x%08lx-0x%08lx",
		       r->first, r->last);
	r->first = r->last = a;
	r->open = 1;
}

static void run_end(struct runs *r)
{
	if (r->open)
		printf(r->first == r->last ? " 0x%08lx" : " 0x%08lx-0x%08lx",
		       r->first, r->last);
}

static void cmd_kmap(struct script *s)
{
	static void *got[1UL << (MAX_ORDER - 1)];	/* a block's pages */
	struct runs runs = { 0, 0, 0 };
	unsigned long nr, i;
	struct page *page;

	if (s->argc != 2)
		script_usage(s);
	page = frames_arg(s, s->argv[1], &nr);
	for (i = 0; i < nr; i++)
		got[i] = kmap(page + i);
	ftrace_pause();
	printf("kmap(%s) =", s->argv[1]);
	for (i = 0; i < nr; i++)
		run_add(&runs, got[i]);
	run_end(&runs);
	if (nr > 1)
		printf(" (%lu pages)", nr);
	if (!PageHighMem(page))
		printf(" [lowmem: the direct map]");
	putchar('\n');
	ftrace_resume();
}

static void cmd_kunmap(struct script *s)
{
	unsigned long nr, i;
	struct page *page;

	if (s->argc != 2)
		script_usage(s);
	page = frames_arg(s, s->argv[1], &nr);
	printf("kunmap(%s)\n", s->argv[1]);
	fflush(stdout);		/* a BUG on the way comes after this line */
	for (i = 0; i < nr; i++)
		kunmap(page + i);
}

static void cmd_kmap_atomic(struct script *s)
{
	struct page *page;
	unsigned long nr;
	void *addr;
	int type;

	if (s->argc != 3)
		script_usage(s);
	page = frames_arg(s, s->argv[1], &nr);
	type = mm24_parse_km_type(s, s->argv[2]);
	addr = kmap_atomic(page, (enum km_type)type);
	ftrace_pause();
	printf("kmap_atomic(%s, %s) = 0x%08lx%s\n", s->argv[1], km_names[type],
	       i386_addr(addr),
	       PageHighMem(page) ? "" : " [lowmem: the direct map]");
	ftrace_resume();
}

static void cmd_kunmap_atomic(struct script *s)
{
	enum fixed_addresses slot;
	struct page *page;
	unsigned long nr;
	void *addr;
	int type;

	if (s->argc != 3)
		script_usage(s);
	page = frames_arg(s, s->argv[1], &nr);
	type = mm24_parse_km_type(s, s->argv[2]);
	/* the address kmap_atomic() gives this frame on this CPU */
	slot = FIX_KMAP_BEGIN + type + KM_TYPE_NR * smp_processor_id();
	ftrace_pause();
	addr = PageHighMem(page) ? (void *)__fix_to_virt(slot) :
	       page_address(page);
	ftrace_resume();
	printf("kunmap_atomic(0x%08lx, %s)\n", i386_addr(addr), km_names[type]);
	kunmap_atomic(addr, (enum km_type)type);
}

static void cmd_kmap_flush_unused(struct script *s)
{
	if (s->argc != 1)
		script_usage(s);
	kmap_flush_unused();
	printf("kmap_flush_unused()\n");
}

/* /mm24/pkmap: the slots in use, then the atomic slots mapped now. */
int pkmap_show(struct seq_file *m, void *unused)
{
	unsigned int nr, free = 0, cpu, type;

	(void)unused;
	seq_printf(m, "pkmap window 0x%08lx-0x%08lx: %d slots, "
		   "last_pkmap_nr %u\n", i386_addr(PKMAP_BASE),
		   i386_addr(PKMAP_ADDR(LAST_PKMAP)), LAST_PKMAP,
		   pkmap_last_nr());
	seq_printf(m, "slot    address  count      pfn  state\n");
	for (nr = 0; nr < LAST_PKMAP; nr++) {
		int count = pkmap_slot_count(nr);
		pte_t pte = pkmap_page_table[nr];

		if (count == 0) {
			free++;
			continue;
		}
		seq_printf(m, "%4u 0x%08lx %6d %8lu  ", nr,
			   i386_addr(PKMAP_ADDR(nr)), count, pte_pfn(pte));
		if (count == 1)
			seq_printf(m, "mapped, unused\n");
		else
			seq_printf(m, "%d user%s\n", count - 1,
				   count == 2 ? "" : "s");
	}
	seq_printf(m, "%u slots free (count 0)\n", free);
	seq_printf(m, "kmap_atomic slots mapped:\n");
	for (cpu = 0; cpu < (unsigned int)num_online_cpus(); cpu++)
		for (type = 0; type < KM_TYPE_NR; type++) {
			unsigned int idx = type + KM_TYPE_NR * cpu;
			pte_t pte = *(kmap_pte - idx);

			if (pte_none(pte))
				continue;
			seq_printf(m, "cpu %u %-19s 0x%08lx pfn %lu\n", cpu,
				   km_names[type],
				   i386_addr(__fix_to_virt(FIX_KMAP_BEGIN + idx)),
				   pte_pfn(pte));
		}
	return 0;
}

const struct command highmem_commands[] = {
	{ "kmap", "kmap NAME|pfn=N", cmd_kmap, 1 },
	{ "kunmap", "kunmap NAME|pfn=N", cmd_kunmap, 1 },
	{ "kmap_atomic", "kmap_atomic NAME|pfn=N KM_TYPE", cmd_kmap_atomic, 1 },
	{ "kunmap_atomic", "kunmap_atomic NAME|pfn=N KM_TYPE",
	  cmd_kunmap_atomic, 1 },
	{ "kmap_flush_unused", "kmap_flush_unused", cmd_kmap_flush_unused, 1 },
	{ NULL, NULL, NULL, 0 },
};
