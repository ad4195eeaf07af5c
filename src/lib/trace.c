/**
 * @file
 * @brief \~english The function-graph tracer and dump_stack().
 *        \~chinese 函数调用图跟踪器与 dump_stack()。 \~
 *
 * trace.c - the function-graph tracer and dump_stack()
 * (kernel/trace/trace_functions_graph.c's output format,
 * arch/x86/kernel/traps_32.c dump_stack()).
 *
 * GCC's -finstrument-functions calls __cyg_profile_func_enter(fn, site)
 * and __cyg_profile_func_exit(fn, site) around every function of the
 * kernel units.  Both hooks keep a shadow stack of (fn, site).  Names come
 * from the program's own ELF symbol table; a function counts as a kernel
 * function when its name is in mm24_mirrored[].
 *
 * function_graph output: an entry is held back until the next event
 * shows whether it has traced children: "f() {" ... "}" if it has,
 * "f();" if not.  Duration, when shown, is time from entry to exit.
 */
#define _GNU_SOURCE
#include <elf.h>
#include <fcntl.h>
#include <link.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>
#include <linux/ftrace.h>
#include <linux/kernel.h>
#include <linux/sched.h>

#define NOTRACE	__attribute__((no_instrument_function))
#define SHADOW_MAX 512

struct ksym {
	unsigned long addr, size;
	const char *name;
	int mirrored;		/* a kernel function: shown by traces and stacks */
	int traced;		/* and worth a line of a function-graph trace */
};

static struct ksym *ksyms;
static size_t nr_ksyms;
static int ksyms_loaded;

struct frame {
	void *fn, *site;
	const struct ksym *sym;		/* resolved when tracing */
	long long t0;
	int printed;			/* "f() {" already written */
	int traced;			/* counts as a graph node */
};

/*
 * Mirrored accessors called on nearly every line of the allocators, and
 * the DEBUG_VM range check inside VM_BUG_ON(); they are inlines in 2.6.24
 * that a function tracer never sees, and would only bury the call chain.
 * The same for the slab allocator's DEBUG_SLAB hooks, which a kernel
 * without CONFIG_DEBUG_SLAB does not compile at all (mm24 runs them, and
 * they return at once, unless slab_debug is on).
 */
static const char *const too_small[] = {
	"page_zone", "page_count", "bad_range", "get_pageblock_bitmap",
	"pfn_to_bitidx",
	"cpu_cache_get", "index_to_obj", "obj_to_index", "slab_bufctl",
	"virt_to_head_page", "page_get_cache", "page_get_slab",
	"virt_to_cache", "virt_to_slab",
	"check_slabp", "kfree_debugcheck", "cache_free_debugcheck",
	"cache_alloc_debugcheck_before", "cache_alloc_debugcheck_after",
};

static struct frame shadow[SHADOW_MAX];
static int depth;			/* entries, may exceed SHADOW_MAX */

static struct {
	int on;
	FILE *out;
	struct ftrace_options opt;
	const char **filter;		/* set_graph_function: mm24_mirrored[] names */
	int nr_filter;
	int filter_depth;		/* shadow depth of the active filter hit, or -1 */
	int paused;			/* ftrace_pause() nesting */
	int level;			/* graph nesting of printed nodes */
	struct frame *pending;		/* entry not yet printed */
} tr = { .filter_depth = -1 };

static int NOTRACE cmp_ksym(const void *a, const void *b)
{
	const struct ksym *x = a, *y = b;

	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

static int NOTRACE cmp_name(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* @name's entry in mm24_mirrored[] (which outlives any caller's
 * buffer), or NULL */
static const char *NOTRACE mirrored_name(const char *name)
{
	const char *const *hit = bsearch(&name, mm24_mirrored, mm24_nr_mirrored,
					 sizeof(mm24_mirrored[0]), cmp_name);

	return hit ? *hit : NULL;
}

int NOTRACE ftrace_is_mirrored(const char *name)
{
	return mirrored_name(name) != NULL;
}

static int NOTRACE main_bias(struct dl_phdr_info *info, size_t size, void *d)
{
	(void)size;
	*(unsigned long *)d = info->dlpi_addr;
	return 1;			/* the first object is the program */
}

/* Read the function symbols of /proc/self/exe, once. */
static void NOTRACE load_ksyms(void)
{
	int fd = open("/proc/self/exe", O_RDONLY);
	unsigned long bias = 0;
	off_t size;
	const Elf64_Ehdr *eh;
	const Elf64_Shdr *sh;
	size_t i;
	u8 *img;

	ksyms_loaded = 1;
	if (fd < 0)
		return;
	size = lseek(fd, 0, SEEK_END);	/* <sys/stat.h> would pull in linux/ */
	img = size > 0 ? mmap(NULL, (size_t)size, PROT_READ, MAP_PRIVATE, fd, 0)
		       : MAP_FAILED;
	close(fd);
	if (img == MAP_FAILED)
		return;
	dl_iterate_phdr(main_bias, &bias);
	eh = (const Elf64_Ehdr *)img;
	sh = (const Elf64_Shdr *)(img + eh->e_shoff);
	for (i = 0; i < eh->e_shnum; i++) {
		const Elf64_Sym *sym;
		const char *strtab;
		size_t n, j;

		if (sh[i].sh_type != SHT_SYMTAB)
			continue;
		sym = (const Elf64_Sym *)(img + sh[i].sh_offset);
		strtab = (const char *)(img + sh[sh[i].sh_link].sh_offset);
		n = sh[i].sh_size / sizeof(*sym);
		ksyms = calloc(n, sizeof(*ksyms));
		if (!ksyms)
			return;
		for (j = 0; j < n; j++) {
			const char *name = strtab + sym[j].st_name;
			struct ksym *k;

			if (ELF64_ST_TYPE(sym[j].st_info) != STT_FUNC ||
			    !sym[j].st_value)
				continue;
			k = &ksyms[nr_ksyms++];
			k->addr = sym[j].st_value + bias;
			k->size = sym[j].st_size;
			/* keep the C name of a GCC clone such as foo.constprop.0 */
			k->name = strndup(name, strcspn(name, "."));
			k->mirrored = ftrace_is_mirrored(k->name);
			k->traced = k->mirrored;
			for (size_t t = 0; t < ARRAY_SIZE(too_small); t++)
				if (!strcmp(k->name, too_small[t]))
					k->traced = 0;
		}
		qsort(ksyms, nr_ksyms, sizeof(*ksyms), cmp_ksym);
		break;
	}
}

static const struct ksym *NOTRACE find_ksym(const void *p)
{
	unsigned long a = (unsigned long)p;
	size_t lo = 0, hi;

	if (!ksyms_loaded)
		load_ksyms();
	hi = nr_ksyms;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;

		if (ksyms[mid].addr <= a)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo || a >= ksyms[lo - 1].addr + ksyms[lo - 1].size)
		return NULL;
	return &ksyms[lo - 1];
}

static long long NOTRACE now_ns(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* " 0)   1.382 us    |" or " 0)               |": the CPU, two columns
 * of overhead mark ("+ " past 10 us, "! " past 100 us), the duration
 * left-aligned in 12, the bar. */
static void NOTRACE print_lead(long long ns)
{
	char field[32];

	fprintf(tr.out, " %d) ", smp_processor_id());
	if (ns < 0 || tr.opt.deterministic) {
		fprintf(tr.out, "%14s|", "");
		return;
	}
	snprintf(field, sizeof(field), "%s%lld.%03lld us",
		 ns >= 100000 ? "! " : ns >= 10000 ? "+ " : "  ",
		 ns / 1000, ns % 1000);
	fprintf(tr.out, "%-14s|", field);
}

static void NOTRACE print_indent(int level)
{
	fprintf(tr.out, "  %*s", 2 * level, "");
}

void NOTRACE ftrace_flush(void)
{
	struct frame *f = tr.pending;

	if (!f)
		return;
	tr.pending = NULL;
	print_lead(-1);
	print_indent(tr.level);
	fprintf(tr.out, "%s() {\n", f->sym->name);
	f->printed = 1;
	tr.level++;
}

static int NOTRACE in_scope(void)
{
	return !tr.nr_filter || tr.filter_depth >= 0;
}

static int NOTRACE filtered(const char *name)
{
	int i;

	for (i = 0; i < tr.nr_filter; i++)
		if (!strcmp(tr.filter[i], name))
			return 1;
	return 0;
}

void NOTRACE HOST_NOCOV __cyg_profile_func_enter(void *fn, void *site)
{
	struct frame *f;

	if (depth++ >= SHADOW_MAX)
		return;
	f = &shadow[depth - 1];
	f->fn = fn;
	f->site = site;
	f->traced = 0;
	if (!tr.on || tr.paused)
		return;
	f->sym = find_ksym(fn);
	if (!f->sym || !f->sym->traced)
		return;
	if (tr.nr_filter && tr.filter_depth < 0 && filtered(f->sym->name))
		tr.filter_depth = depth - 1;
	/* its depth: the open calls, plus the pending one that would open */
	if (!in_scope() || (tr.opt.max_depth &&
			    tr.level + !!tr.pending >= tr.opt.max_depth))
		return;
	ftrace_flush();
	f->traced = 1;
	f->printed = 0;
	f->t0 = now_ns();
	tr.pending = f;
}

void NOTRACE HOST_NOCOV __cyg_profile_func_exit(void *fn, void *site)
{
	struct frame *f;

	(void)fn;
	(void)site;
	if (depth-- > SHADOW_MAX)
		return;
	f = &shadow[depth];
	if (!tr.on || !f->traced) {
		if (tr.filter_depth == depth)
			tr.filter_depth = -1;
		return;
	}
	if (tr.pending == f) {
		tr.pending = NULL;
		print_lead(now_ns() - f->t0);
		print_indent(tr.level);
		fprintf(tr.out, "%s();\n", f->sym->name);
	} else if (f->printed) {
		ftrace_flush();
		tr.level--;
		print_lead(now_ns() - f->t0);
		print_indent(tr.level);
		fprintf(tr.out, "}\n");
	}
	f->traced = 0;
	if (tr.filter_depth == depth)
		tr.filter_depth = -1;
}

int NOTRACE ftrace_set_graph_functions(const char *const *names, int n,
				       const char **bad)
{
	int i;

	for (i = 0; i < n; i++)
		if (!ftrace_is_mirrored(names[i])) {
			*bad = names[i];
			return -1;
		}
	free(tr.filter);
	tr.filter = NULL;
	tr.nr_filter = 0;
	if (n <= 0)
		return 0;
	tr.filter = calloc((size_t)n, sizeof(*tr.filter));
	if (!tr.filter)
		panic("ftrace: out of host memory");
	for (i = 0; i < n; i++)	/* not names[i]: a script's line is reused */
		tr.filter[i] = mirrored_name(names[i]);
	tr.nr_filter = n;
	return 0;
}

void NOTRACE ftrace_release(void)
{
	tr.on = 0;
	free(tr.filter);
	tr.filter = NULL;
	tr.nr_filter = 0;
}

void NOTRACE ftrace_start(FILE *out, const struct ftrace_options *opt)
{
	if (!ksyms_loaded)
		load_ksyms();
	tr.out = out;
	tr.opt = *opt;
	tr.level = 0;
	tr.pending = NULL;
	tr.filter_depth = -1;
	fprintf(out, "# tracer: function_graph\n#\n"
		"# CPU  DURATION                  FUNCTION CALLS\n"
		"# |     |   |                     |   |   |   |\n");
	tr.on = 1;
}

void NOTRACE ftrace_pause(void)
{
	ftrace_flush();
	tr.paused++;
}

void NOTRACE ftrace_resume(void)
{
	tr.paused--;
}

void NOTRACE ftrace_mark(struct ftrace_mark *m)
{
	m->depth = depth;
	m->paused = tr.paused;
}

void NOTRACE ftrace_unwind(const struct ftrace_mark *m)
{
	while (depth > m->depth) {
		struct frame *f;

		if (--depth >= SHADOW_MAX)
			continue;
		f = &shadow[depth];
		if (f->traced && f->printed)
			tr.level--;	/* its "}" never comes */
		if (tr.pending == f)
			tr.pending = NULL;
		f->traced = 0;
		if (tr.filter_depth == depth)
			tr.filter_depth = -1;
	}
	tr.paused = m->paused;
}

void NOTRACE ftrace_set_options(const struct ftrace_options *opt)
{
	tr.opt = *opt;
}

void NOTRACE ftrace_stop(void)
{
	ftrace_flush();
	tr.on = 0;
}

int NOTRACE ftrace_enabled(void)
{
	return tr.on;
}

/* The return address @p, in the emulated kernel text, with its symbol. */
static void NOTRACE print_frame(void *p)
{
	const struct ksym *k = find_ksym(p);
	unsigned long off;

	if (!k || !k->mirrored)
		return;
	off = (unsigned long)p - k->addr;
	printk(" [<%08lx>] %s+0x%lx/0x%lx\n",
	       0xc0100000UL + ((unsigned long)p & 0x1fffff), k->name, off,
	       k->size);
}

/* dump_stack() from code address @last: BUG() gives its own site (panic.c) */
void NOTRACE dump_stack_from(void *last)
{
	int i;

	ftrace_flush();
	printk("Pid: %d, comm: %.20s %s 2.6.24 #1\n", current->pid,
	       current->comm, print_tainted());
	print_frame(last);
	/* an inlined function's frame has the call site of the function it
	 * was inlined into: print that site once */
	for (i = (depth < SHADOW_MAX ? depth : SHADOW_MAX) - 1; i >= 0; i--)
		if (shadow[i].site != last)
			print_frame(last = shadow[i].site);
	printk(" =======================\n");
}

/**
 * @brief \~english Print the current task and the kernel call chain.
 *        \~chinese 打印当前进程信息和内核调用链。 \~
 * @kernel{arch/x86/kernel/traps_32.c,282}
 * @seenotes{chapter-tools,tools-trace}
 * @kquirk \~english The printk() of the banner and show_trace() are
 *         replaced by dump_stack_from() of dump_stack()'s return address
 *         (__bug() calls it with the BUG's own site, which 2.6.24 shows
 *         as EIP).  The chain comes from the
 *         tracer's shadow stack (ftrace_flush() first, so that a pending
 *         trace line is not lost) and lists mirrored functions only, named
 *         from the program's own ELF symbol table (read once with open(),
 *         mmap() and dl_iterate_phdr(), sorted with qsort(), searched with
 *         find_ksym());
 *         addresses are those of mm24's own code folded into the emulated
 *         kernel text. The banner is one printk() without init_utsname().
 *         \~chinese 开头一行的 printk() 和 show_trace() 由 dump_stack_from()
 *         代替，参数是 dump_stack() 的返回地址（__bug() 则以 BUG 所在的位置调用它，
 *         即 2.6.24 显示为 EIP 的地方）。调用链取自跟踪器的影子栈（先调用
 *         ftrace_flush()，以免丢掉尚未输出的跟踪行），只列出镜像的内核函数，函数名来自
 *         程序自身的 ELF 符号表（用 open()、mmap() 和 dl_iterate_phdr() 读一次，用
 *         qsort() 排好序，再由 find_ksym() 查找）；地址是 mm24 自身代码的地址折算到模拟的内核代码段中。
 *         开头一行由一次 printk() 打印，不使用 init_utsname()。 \~
 */
void NOTRACE dump_stack(void)
{
	dump_stack_from(__builtin_return_address(0));
}

unsigned long NOTRACE ftrace_text_address(const void *p)
{
	return 0xc0100000UL + ((unsigned long)p & 0x1fffff);
}

void NOTRACE ftrace_print_symbol(const char *fmt, unsigned long addr)
{
	char name[160];
	size_t i;

	if (!ksyms_loaded)
		load_ksyms();
	snprintf(name, sizeof(name), "0x%lx", addr);
	for (i = 0; i < nr_ksyms; i++) {
		unsigned long at = ftrace_text_address((void *)ksyms[i].addr);

		if (addr >= at && addr < at + ksyms[i].size) {
			snprintf(name, sizeof(name), "%s+0x%lx/0x%lx",
				 ksyms[i].name, addr - at, ksyms[i].size);
			break;
		}
	}
	printk(fmt, name);
}
