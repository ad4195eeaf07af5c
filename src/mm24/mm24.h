/*
 * mm24.h - the mm24 program: booting the emulated machine and running
 * scenario scripts against it.
 */
#ifndef _MM24_H
#define _MM24_H

#include <stdio.h>
#include <linux/types.h>
#include <asm/machine.h>

/* Exit codes of the program. */
#define EXIT_HALTED	1	/* the emulated kernel stopped: BUG, oops, panic */
#define EXIT_USAGE	2	/* bad command line or script */

struct script {
	const char *file;	/* name used in messages ("-" for stdin) */
	int line;		/* current line number */
	int interactive;	/* shell: errors do not end the run */
	int booted;
	int trace;		/* start the tracer right after boot */
	size_t boot_log;	/* the kernel log's length before "boot" */
	char *argv[32];		/* words of the current line */
	int argc;
	const struct command *cmd;	/* its entry: name, usage line */
};

/* Report a script error: "mm24: FILE:LINE: what" and abandon the line. */
void script_error(struct script *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
/* The same for a wrong use: "usage: " and the command's usage line. */
void script_usage(struct script *s) __attribute__((noreturn));
unsigned long script_number(struct script *s, const char *word,
			    unsigned long max);
/* "GFP_KERNEL|__GFP_ZERO" or a number: the gfp mask (cmd_buddy.c). */
gfp_t mm24_parse_gfp(struct script *s, const char *text);

/* Split "mem=.. cpus=.. vmalloc=.." into the machine configuration and
 * the kernel command line; 0, or -1 with @err filled. */
int mm24_parse_boot_args(int argc, char **argv, struct machine_config *cfg,
			 char *err, size_t errlen);
/* Boot the machine and kernel; @quiet hides the boot log on the console. */
void mm24_boot(const struct machine_config *cfg, int quiet);
/* Switch the machine off and give back every host resource the program
 * and the machine took since power-on (names, cache names, the tracer's
 * tables, RAM and the linear space): the first half of a reset, see
 * machine.c.  mm24_forget() gives back the program's part only. */
void mm24_power_off(void);
void mm24_forget(void);

/* What the scenario language knows, for a fuzzer's dictionary: each
 * command's name and usage line, the gfp and slab flag names, the /proc
 * files, the dot pictures and the mirrored function names that trace
 * set_graph_function takes (script.c, from the tables below). */
void mm24_vocabulary(void (*text)(const char *));
void mm24_gfp_words(void (*word)(const char *));	/* cmd_buddy.c */
void mm24_slab_flag_words(void (*word)(const char *));	/* cmd_slab.c */
void mm24_proc_words(void (*word)(const char *));	/* cmd_proc.c */
void mm24_dot_words(void (*word)(const char *));	/* dot.c */

/* Commands: each takes the words of its line. */
struct command {
	const char *name;
	const char *usage;
	void (*run)(struct script *s);
	int needs_boot;
};
extern const struct command proc_commands[];
extern const struct command buddy_commands[];
extern const struct command slab_commands[];
extern const struct command highmem_commands[];
extern const struct command vmalloc_commands[];
extern const struct command mem_commands[];
extern const struct command trace_commands[];
extern const struct command dot_commands[];
extern const struct command vma_commands[];
extern const struct command fault_commands[];

/* cmd_vma.c: cat /proc/PID/... (1 if @path is one), the scenario's own
 * task (boot.c), and the /proc file names for the dictionary. */
int mm24_cat_pid(struct script *s, const char *path);
struct task_struct *mm24_scenario_task(void);
/* A task by its "exec ... as NAME", its command name or its pid. */
struct task_struct *mm24_find_task(struct script *s, const char *name);
/* cmd_vma.c: an address argument (a number or NAME[+OFFSET]), and a
 * system call's result as strace prints it (" = 0", " = -1 EFAULT ..."). */
unsigned long mm24_parse_addr(struct script *s, const char *text);
void mm24_print_result(long ret);

/* What a name ("as NAME") stands for: one block of pages, a group from
 * alloc_until_fail, or a slab object (named.c). */
struct kmem_cache;
struct named {
	char name[32];
	struct page **pages;
	unsigned long nr, room;	/* pages held, and room in the array */
	unsigned int order;
	int by_address;		/* from __get_free_pages: free with free_pages */
	int refs;		/* references the script holds on pages[0] */
	void *obj;		/* a slab object (ZERO_SIZE_PTR for kmalloc(0)) */
	struct kmem_cache *cachep;	/* kmem_cache_alloc: its cache */
	void *vm_addr;		/* vmalloc, vmap or ioremap: what it returned */
	unsigned long vm_size;	/* the bytes asked for */
	const char *vm_how;	/* the call: "vmalloc", "vmap", "ioremap" ... */
	unsigned long uaddr;	/* mmap ... as NAME: the user address */
	int has_uaddr;
};
/* The record of @name; a script error if @must and there is none. */
struct named *named_lookup(struct script *s, const char *name, int must);
/* Check that "as NAME" can name a new allocation (before allocating). */
void named_check_new(struct script *s, const char *name);
/* A new, empty record for @name (checked by named_check_new()). */
struct named *named_remember(const char *name);
void named_add_page(struct named *n, struct page *page);
/* Forget every name and give back their host memory (power-off). */
void named_forget_all(void);
/* Give back the cache names kmem_cache_create kept (power-off). */
void mm24_slab_forget(void);

/* The bytes of the slab that holds slab object @n: [*first, *end)
 * (cmd_slab.c; a script error for ZERO_SIZE_PTR). */
void mm24_slab_span(struct script *s, struct named *n, char **first,
		    char **end);

/* A named allocation ("as NAME") or "pfn=N": the page, and the order it
 * was allocated with (-1 for a bare pfn). */
struct page *mm24_page_arg(struct script *s, const char *word, int *order);

/* dot.c: pictures of the live state.  A picture checks its arguments
 * (script_error on bad ones), then calls dot_begin(), which creates the
 * output (stdout or the "> FILE" of the line) and writes the graph's
 * head; the picture ends with dot_end(). */
struct dot_out {
	struct script *s;
	const char *file;	/* NULL: stdout */
	char path[4096];
	FILE *f;		/* set by dot_begin() */
};
int dot_set_lang(const char *lang);	/* "en" or "zh"; -1 otherwise */
void dot_set_dir(const char *dir);
const char *L(const char *en, const char *zh);	/* the label language */
void dot_html(FILE *f, const char *text);	/* escape < > & */
FILE *dot_begin(struct dot_out *out, const char *rankdir, const char *title);
void dot_end(FILE *f);
struct zone *dot_zone_arg(struct script *s, const char *name);
unsigned long dot_max_arg(struct script *s, int *argc, char **argv,
			  unsigned long dflt);
void dot_free_area(struct script *s, struct dot_out *out, int argc,
		   char **argv);
void dot_buddy(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_pcp(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_walk(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_layout(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_slab(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_pkmap(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_vmalloc(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_vma(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_split(struct script *s, struct dot_out *out, int argc, char **argv);
void dot_pagetables(struct script *s, struct dot_out *out, int argc,
		    char **argv);

/* mm24's views (cat /mm24/pkmap, cat /mm24/vmlist). */
struct seq_file;
int pkmap_show(struct seq_file *m, void *unused);
int vmlist_show(struct seq_file *m, void *unused);

/* "KM_USER0" or a number: the km_type (cmd_highmem.c). */
int mm24_parse_km_type(struct script *s, const char *text);

/* Tracer set-up from the command line; tracing starts after "boot". */
void mm24_trace_configure(int durations, int max_depth);
void mm24_trace_start(void);

int run_script(FILE *in, const char *file, int interactive, int trace);
/* mm24 quiz UNIT -s SEED [-c] [--script] (quiz.c); the exit status. */
int mm24_quiz(int argc, char **argv);
extern const char quiz_usage[];		/* its usage line */
/* Every command's usage line, from the command tables, one a line. */
void script_print_commands(FILE *to, const char *indent);

#endif /* _MM24_H */
