/*
 * cmd_mem.c - commands that write and read bytes of the emulated memory,
 * through the kernel's mappings or around them.
 *
 *   poke NAME OFFSET BYTE...       write bytes at NAME + OFFSET, through the
 *   peek NAME OFFSET [COUNT]       kernel address of what NAME holds
 *   poke_virt ADDR BYTE...         write bytes at kernel address ADDR
 *   peek_virt ADDR [COUNT]         (an i386 value, 0xc0000000 and up)
 *   poke_phys NAME|pfn=N OFFSET BYTE...   write bytes in the frames of NAME
 *   peek_phys NAME|pfn=N OFFSET [COUNT]   (or frame N) in physical memory
 *
 * NAME + OFFSET, by what NAME holds:
 *   a slab object     anywhere in its slab (OFFSET may be negative or past
 *                     the object: slab_debug's red zones and poison)
 *   a vmalloc, vmap   the area's bytes and its guard page (an access to
 *   or ioremap area   the guard page oopses, as in the kernel)
 *   a block of pages  its bytes, each page at page_address(): lowmem at
 *                     its direct-map address, highmem only while kmap()
 *                     maps it
 * poke_virt/peek_virt touch ADDR as the kernel does, through the
 * kernel's mappings: ADDR in a kmap() or kmap_atomic() window reaches the
 * frame mapped there, and an address nothing maps oopses ("unable to
 * handle kernel paging request"), which stops the emulated kernel.
 * poke_phys/peek_phys go to physical memory directly, as a debugger
 * attached to the machine would: what the mappings of a frame wrote is
 * there to see.  COUNT is 16 unless given, at most 4096; peek prints 16
 * bytes a line, each line with the address of its first byte.
 */
#include <string.h>
#include <linux/ftrace.h>
#include <linux/mm.h>
#include <linux/slab.h>
#include <asm/machine.h>
#include "mm24.h"

#define MAX_BYTES	32	/* bytes one poke writes */
#define MAX_COUNT	4096	/* bytes one peek shows */

/* Bytes of one poke/peek: where each one is, as a host pointer. */
struct span {
	struct script *s;
	struct named *n;	/* NULL for an address or a frame */
	struct page *first;	/* a block: its first page */
	char *base;		/* otherwise: where offset 0 is */
	long lo, hi;		/* allowed offsets: [lo, hi) */
	const char *what;	/* "slab", "area" or "block", for errors */
	unsigned long shown;	/* the i386 address of offset 0 */
	int phys;		/* physical memory: no mapping to go through */
};

/*
 * The kernel touches a byte at @at (a kernel address): through the host
 * mapping that the page tables and the kernel TLB give it.  An address
 * that mapping does not allow gets the oops a host fault would give
 * (machine_kernel_fault()), without the fault.
 */
static void kernel_touch(const struct span *sp, const void *at, int write)
{
	unsigned long error_code;

	if (!sp->phys && !i386_kernel_can_access((u32)i386_addr(at), write,
						 &error_code))
		machine_kernel_fault((u32)i386_addr(at), error_code);
}

static long offset_arg(struct script *s, const char *word, int may_be_negative)
{
	long v;

	if (*word == '-' && !may_be_negative)
		script_error(s, "negative offset '%s': only a slab object may "
			     "be poked below its start", word);
	v = (long)script_number(s, word + (*word == '-'), 1UL << 22);
	return *word == '-' ? -v : v;
}

/* The host address of byte @off of the span. */
static unsigned char *span_byte(struct span *sp, long off)
{
	void *addr;

	if (!sp->first)
		return (unsigned char *)sp->base + off;
	ftrace_pause();
	addr = page_address(sp->first + (off >> PAGE_SHIFT));
	ftrace_resume();
	if (!addr)
		script_error(sp->s, "page %ld of '%s' is a highmem page that "
			     "no kmap() maps: it has no kernel address",
			     off >> PAGE_SHIFT, sp->n->name);
	return (unsigned char *)addr + (off & ~PAGE_MASK);
}

/* NAME: what its bytes are, and how far OFFSET may go. */
static void name_span(struct script *s, struct span *sp, const char *name)
{
	struct named *n = named_lookup(s, name, 1);
	char *first, *end;
	unsigned long in_page;

	memset(sp, 0, sizeof(*sp));
	sp->s = s;
	sp->n = n;
	if (n->obj) {
		sp->what = "slab";
		mm24_slab_span(s, n, &first, &end);
		sp->base = n->obj;
		sp->lo = first - (char *)n->obj;
		sp->hi = end - (char *)n->obj;
	} else if (n->vm_addr) {
		/* the pages of the area and then its guard page */
		in_page = (unsigned long)n->vm_addr & ~PAGE_MASK;
		sp->what = "area and guard page";
		sp->base = n->vm_addr;
		sp->lo = 0;
		sp->hi = (long)(PAGE_ALIGN(in_page + n->vm_size) + PAGE_SIZE -
				in_page);
	} else if (n->nr) {
		sp->first = n->pages[0];
		sp->what = "block";
		sp->lo = 0;
		sp->hi = (long)(PAGE_SIZE << n->order);
	} else {
		script_error(s, "'%s' holds nothing to poke (its "
			     "alloc_until_fail got no pages)", name);
	}
}

/* Check [off, off + count) against the span, then give the first byte. */
static unsigned char *span_check(struct span *sp, long off,
				 unsigned long count)
{
	if (off >= sp->lo && off + (long)count <= sp->hi)
		return span_byte(sp, off);
	if (sp->first)
		script_error(sp->s, "%s %ld bytes from '%s' leaves its %s "
			     "(offsets 0-%ld)", sp->s->argv[0], off, sp->n->name,
			     sp->what, sp->hi - 1);
	script_error(sp->s, "%s %ld bytes from '%s' leaves its %s "
		     "(0x%08lx-0x%08lx)", sp->s->argv[0], off, sp->n->name,
		     sp->what, i386_addr(sp->base + sp->lo),
		     i386_addr(sp->base + sp->hi - 1));
}

static void put_bytes(struct span *sp, long off, const unsigned char *bytes,
		      int nr)
{
	int i;

	for (i = 0; i < nr; i++) {
		unsigned char *at = span_byte(sp, off + i);

		kernel_touch(sp, at, 1);
		*at = bytes[i];
	}
}

/* 16 bytes a line, each line read before it is printed (a read that
 * oopses leaves no half line). */
static void show_bytes(struct span *sp, long off, unsigned long count)
{
	unsigned char line[16];
	unsigned long i, n, at;

	for (i = 0; i < count; i += n) {
		n = count - i < 16 ? count - i : 16;
		at = sp->n || sp->first ? i386_addr(span_byte(sp, off + (long)i)) :
		     sp->shown + (unsigned long)off + i;
		for (n = 0; n < 16 && i + n < count; n++) {
			unsigned char *byte = span_byte(sp, off + (long)(i + n));

			kernel_touch(sp, byte, 0);
			line[n] = *byte;
		}
		printf("0x%08lx:", at);
		for (n = 0; n < 16 && i + n < count; n++)
			printf(" %02x", line[n]);
		putchar('\n');
	}
}

/* "BYTE..." from argv[@from] on: how many, into @bytes. */
static int byte_args(struct script *s, int from, unsigned char *bytes,
		     const char *usage)
{
	int i, nr = s->argc - from;

	if (nr < 1 || nr > MAX_BYTES)
		script_error(s, "usage: %s (1 to %d bytes)", usage, MAX_BYTES);
	for (i = 0; i < nr; i++)
		bytes[i] = (unsigned char)script_number(s, s->argv[from + i], 255);
	return nr;
}

static unsigned long count_arg(struct script *s, int at, const char *usage,
			       int max_argc)
{
	if (s->argc < at || s->argc > max_argc)
		script_error(s, "usage: %s", usage);
	if (s->argc == at)
		return 16;
	return script_number(s, s->argv[at], MAX_COUNT);
}

static void cmd_poke(struct script *s)
{
	static const char usage[] = "poke NAME OFFSET BYTE...";
	unsigned char bytes[MAX_BYTES], *at;
	struct span sp;
	long off;
	int nr;

	if (s->argc < 4)
		script_error(s, "usage: %s", usage);
	name_span(s, &sp, s->argv[1]);
	off = offset_arg(s, s->argv[2], sp.n->obj != NULL);
	nr = byte_args(s, 3, bytes, usage);
	at = span_check(&sp, off, (unsigned long)nr);
	printf("poke %s%s%s: %d byte%s at 0x%08lx\n", sp.n->name,
	       s->argv[2][0] == '-' ? "" : "+", s->argv[2], nr,
	       nr == 1 ? "" : "s", i386_addr(at));
	fflush(stdout);		/* an oops on the way comes after this line */
	put_bytes(&sp, off, bytes, nr);
}

static void cmd_peek(struct script *s)
{
	unsigned long count = count_arg(s, 3, "peek NAME OFFSET [COUNT]", 4);
	struct span sp;
	long off;

	name_span(s, &sp, s->argv[1]);
	off = offset_arg(s, s->argv[2], sp.n->obj != NULL);
	span_check(&sp, off, count);
	fflush(stdout);
	show_bytes(&sp, off, count);
}

/* ADDR: a kernel address, as a host pointer. */
static char *kernel_addr_arg(struct script *s, const char *word,
			     unsigned long count)
{
	unsigned long addr = script_number(s, word, 0xffffffffUL);

	if (addr < __PAGE_OFFSET)
		script_error(s, "%s: 0x%08lx is a user address (below "
			     "0xc0000000): only kernel addresses here",
			     s->argv[0], addr);
	if (addr + count > 0x100000000UL)
		script_error(s, "%s: %lu bytes from 0x%08lx run past 4 GiB",
			     s->argv[0], count, addr);
	return (char *)(i386_linear_base + addr);
}

static void cmd_poke_virt(struct script *s)
{
	static const char usage[] = "poke_virt ADDR BYTE...";
	unsigned char bytes[MAX_BYTES];
	struct span sp = { .s = s };
	int nr;

	if (s->argc < 3)
		script_error(s, "usage: %s", usage);
	nr = byte_args(s, 2, bytes, usage);
	sp.base = kernel_addr_arg(s, s->argv[1], (unsigned long)nr);
	printf("poke_virt: %d byte%s at 0x%08lx\n", nr, nr == 1 ? "" : "s",
	       i386_addr(sp.base));
	fflush(stdout);
	put_bytes(&sp, 0, bytes, nr);
}

static void cmd_peek_virt(struct script *s)
{
	unsigned long count = count_arg(s, 2, "peek_virt ADDR [COUNT]", 3);
	struct span sp = { .s = s };

	if (s->argc < 2)
		script_usage(s);
	sp.base = kernel_addr_arg(s, s->argv[1], count);
	sp.shown = i386_addr(sp.base);
	fflush(stdout);
	show_bytes(&sp, 0, count);
}

/* NAME|pfn=N OFFSET: bytes of physical memory. */
static void phys_span(struct script *s, struct span *sp)
{
	struct page *page;
	int order;
	long off;

	memset(sp, 0, sizeof(*sp));
	sp->s = s;
	sp->phys = 1;
	ftrace_pause();
	page = mm24_page_arg(s, s->argv[1], &order);
	ftrace_resume();
	off = offset_arg(s, s->argv[2], 0);
	sp->base = (char *)phys_ram + (page_to_pfn(page) << PAGE_SHIFT);
	sp->shown = page_to_pfn(page) << PAGE_SHIFT;
	sp->lo = 0;
	sp->hi = (long)(PAGE_SIZE << (order < 0 ? 0 : order));
	sp->base += off;
	sp->shown += (unsigned long)off;
	sp->lo -= off;
	sp->hi -= off;
}

/* [0, count) of a physical span must stay in its frames. */
static void phys_check(struct span *sp, unsigned long count)
{
	if (sp->lo > 0 || (long)count > sp->hi)
		script_error(sp->s, "%s: offset %s and %lu bytes leave the "
			     "frame%s of '%s'", sp->s->argv[0], sp->s->argv[2],
			     count, sp->hi - sp->lo > (long)PAGE_SIZE ? "s" : "",
			     sp->s->argv[1]);
}

static void cmd_poke_phys(struct script *s)
{
	static const char usage[] = "poke_phys NAME|pfn=N OFFSET BYTE...";
	unsigned char bytes[MAX_BYTES];
	struct span sp;
	int nr;

	if (s->argc < 4)
		script_error(s, "usage: %s", usage);
	phys_span(s, &sp);
	nr = byte_args(s, 3, bytes, usage);
	phys_check(&sp, (unsigned long)nr);
	printf("poke_phys: %d byte%s at physical 0x%08lx\n", nr,
	       nr == 1 ? "" : "s", sp.shown);
	memcpy(sp.base, bytes, (size_t)nr);
}

static void cmd_peek_phys(struct script *s)
{
	unsigned long count = count_arg(s, 3, "peek_phys NAME|pfn=N OFFSET "
					"[COUNT]", 4);
	struct span sp;

	phys_span(s, &sp);
	phys_check(&sp, count);
	show_bytes(&sp, 0, count);
}

const struct command mem_commands[] = {
	{ "poke", "poke NAME OFFSET BYTE... (through NAME's kernel address)",
	  cmd_poke, 1 },
	{ "peek", "peek NAME OFFSET [COUNT]", cmd_peek, 1 },
	{ "poke_virt", "poke_virt ADDR BYTE... (a kernel address)",
	  cmd_poke_virt, 1 },
	{ "peek_virt", "peek_virt ADDR [COUNT]", cmd_peek_virt, 1 },
	{ "poke_phys", "poke_phys NAME|pfn=N OFFSET BYTE... (physical memory)",
	  cmd_poke_phys, 1 },
	{ "peek_phys", "peek_phys NAME|pfn=N OFFSET [COUNT]", cmd_peek_phys, 1 },
	{ NULL, NULL, NULL, 0 },
};
