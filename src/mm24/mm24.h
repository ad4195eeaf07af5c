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
	char *argv[32];		/* words of the current line */
	int argc;
};

/* Report a script error: "mm24: FILE:LINE: what" and abandon the line. */
void script_error(struct script *s, const char *fmt, ...)
	__attribute__((format(printf, 2, 3), noreturn));
unsigned long script_number(struct script *s, const char *word,
			    unsigned long max);

/* Split "mem=.. cpus=.. vmalloc=.." into the machine configuration and
 * the kernel command line; 0, or -1 with @err filled. */
int mm24_parse_boot_args(int argc, char **argv, struct machine_config *cfg,
			 char *err, size_t errlen);
/* Boot the machine and kernel; @quiet hides the boot log on the console. */
void mm24_boot(const struct machine_config *cfg, int quiet);

/* Commands: each takes the words of its line. */
struct command {
	const char *name;
	const char *usage;
	void (*run)(struct script *s);
	int needs_boot;
};
extern const struct command proc_commands[];
extern const struct command buddy_commands[];
extern const struct command trace_commands[];

/* Tracer set-up from the command line; tracing starts after "boot". */
void mm24_trace_configure(int durations, int max_depth);
void mm24_trace_start(void);

int run_script(FILE *in, const char *file, int interactive, int trace);

#endif /* _MM24_H */
