/**
 * @file
 * @brief \~english mm24's function-graph tracer.
 *        \~chinese mm24 的函数调用图跟踪器。 \~
 *
 * linux/ftrace.h - mm24's function-graph tracer and stack dumps.
 *
 * The kernel units are compiled with -finstrument-functions; every call
 * enters __cyg_profile_func_enter/exit (lib/trace.c), which keep a shadow
 * call stack (for dump_stack()) and, when tracing is on, print calls in
 * the format of ftrace's function_graph tracer.  Only mirrored kernel
 * functions (those in build/xref.tsv) are shown; the emulator's own
 * helpers are walked through.
 */
#ifndef _LINUX_FTRACE_H
#define _LINUX_FTRACE_H

#include <stdio.h>

struct ftrace_options {
	int deterministic;	/* leave durations out (golden tests) */
	int max_depth;		/* 0: unlimited */
};

/* The mirrored function names, sorted (generated from build/xref.tsv). */
extern const char *const mm24_mirrored[];
extern const unsigned int mm24_nr_mirrored;

/* Is @name a mirrored function? */
int ftrace_is_mirrored(const char *name);
/* Trace only below these functions (set_graph_function); NULL clears.
 * Returns -1 and names the culprit in @bad if one is not mirrored. */
int ftrace_set_graph_functions(const char *const *names, int n,
			       const char **bad);
void ftrace_start(FILE *out, const struct ftrace_options *opt);
/* Stop and give back the filter's host memory: for a machine reset.  The
 * table of the program's own symbols, loaded once, stays. */
void ftrace_release(void);
void ftrace_set_options(const struct ftrace_options *opt);
/* Leave calls out of the trace for a while (mm24's own printing). */
void ftrace_pause(void);
void ftrace_resume(void);
void ftrace_stop(void);
int ftrace_enabled(void);
/* Print what is held back (a pending entry) before other output. */
void ftrace_flush(void);

/* The i386 address that stands for host code address @p in the emulated
 * kernel text (as dump_stack() prints it). */
unsigned long ftrace_text_address(const void *p);
/* printk(@fmt, "name+0xoff/0xsize") for such an address (print_symbol()). */
void ftrace_print_symbol(const char *fmt, unsigned long addr);

/* The tracer's state at a point machine_run() may longjmp back to: the
 * shadow stack depth and the pause nesting. */
struct ftrace_mark {
	int depth, paused;
};
void ftrace_mark(struct ftrace_mark *m);
/* Forget the calls a longjmp left, and pauses taken inside them. */
void ftrace_unwind(const struct ftrace_mark *m);

#endif /* _LINUX_FTRACE_H */
