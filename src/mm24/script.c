/*
 * script.c - the scenario language: one command per line, words split by
 * white space, '#' starts a comment.  The first command must be "boot".
 * Errors name the file and line and end the run with exit code 2 (the
 * shell reports them and goes on); a halt of the emulated kernel ends
 * it with exit code 1.
 */
#include <setjmp.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <linux/ftrace.h>
#include <linux/printk.h>
#include "mm24.h"

#define MAX_LINE	4096	/* characters in a line, its newline aside */

static jmp_buf line_abort;
static int in_command;		/* inside machine_run() */

void script_error(struct script *s, const char *fmt, ...)
{
	va_list ap;

	fflush(stdout);
	fprintf(stderr, "mm24: %s:%d: ", s->file, s->line);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	if (in_command)
		machine_unwind();
	longjmp(line_abort, 1);
}

void script_usage(struct script *s)
{
	script_error(s, "usage: %s", s->cmd->usage);
}

unsigned long script_number(struct script *s, const char *word,
			    unsigned long max)
{
	char *end;
	unsigned long v;

	if (!*word || *word == '-')
		script_error(s, "bad number '%s'", word);
	v = strtoul(word, &end, 0);
	if (*end)
		script_error(s, "bad number '%s'", word);
	if (v > max)
		script_error(s, "number %s out of range (at most %lu)", word, max);
	return v;
}

static void cmd_boot(struct script *s)
{
	struct machine_config cfg;
	char err[128];

	if (s->booted)
		script_error(s, "the machine is already booted");
	if (mm24_parse_boot_args(s->argc - 1, s->argv + 1, &cfg, err, sizeof(err)))
		script_error(s, "%s", err);
	s->boot_log = log_buf_mark();
	mm24_boot(&cfg, 1);
	s->booted = 1;
	if (s->trace)
		mm24_trace_start();
}

static void cmd_help(struct script *s);

static const struct command boot_command[] = {
	{ "boot", "boot [mem=SIZE] [cpus=N] [vmalloc=SIZE] [slab_debug]",
	  cmd_boot, 0 },
	{ "help", "help [COMMAND]", cmd_help, 0 },
	{ NULL, NULL, NULL, 0 },
};

static const struct command *command_tables[] = {
	boot_command, proc_commands, buddy_commands, slab_commands,
	vma_commands, fault_commands,
	highmem_commands, vmalloc_commands, mem_commands, trace_commands,
	dot_commands,
};

static const struct command *find_command(const char *name)
{
	size_t t;
	const struct command *c;

	for (t = 0; t < ARRAY_SIZE(command_tables); t++)
		for (c = command_tables[t]; c->name; c++)
			if (!strcmp(c->name, name))
				return c;
	return NULL;
}

void script_print_commands(FILE *to, const char *indent)
{
	size_t t;
	const struct command *c;

	for (t = 0; t < ARRAY_SIZE(command_tables); t++)
		for (c = command_tables[t]; c->name; c++)
			fprintf(to, "%s%s\n", indent, c->usage);
}

/* "help": every command with its usage, from the command tables;
 * "help NAME": that command's. */
static void cmd_help(struct script *s)
{
	const struct command *c;

	if (s->argc > 2)
		script_usage(s);
	if (s->argc == 1) {
		printf("commands (one a line; '#' starts a comment; boot "
		       "first):\n");
		script_print_commands(stdout, "  ");
		return;
	}
	c = find_command(s->argv[1]);
	if (!c)
		script_error(s, "unknown command '%s' (help lists them)",
			     s->argv[1]);
	printf("usage: %s\n", c->usage);
}

void mm24_vocabulary(void (*text)(const char *))
{
	const struct command *c;
	unsigned int i;
	size_t t;

	for (t = 0; t < ARRAY_SIZE(command_tables); t++)
		for (c = command_tables[t]; c->name; c++) {
			text(c->name);
			text(c->usage);
		}
	mm24_gfp_words(text);
	mm24_slab_flag_words(text);
	mm24_proc_words(text);
	mm24_dot_words(text);
	for (i = 0; i < mm24_nr_mirrored; i++)
		text(mm24_mirrored[i]);
}

static void split_line(struct script *s, char *line)
{
	char *p = strchr(line, '#');

	if (p)
		*p = '\0';
	s->argc = 0;
	for (p = strtok(line, " \t\r\n"); p; p = strtok(NULL, " \t\r\n")) {
		if (s->argc == (int)(sizeof(s->argv) / sizeof(s->argv[0])))
			script_error(s, "too many words on one line");
		s->argv[s->argc++] = p;
	}
}

/*
 * A scenario boots quietly; when the kernel stops during that boot, the
 * log it wrote (the oops or panic last) is what the user needs to see.
 */
static void show_boot_log(struct script *s)
{
	register_console_writer(NULL);
	log_buf_replay(s->boot_log);
}

static struct script *running;

static void run_command(void *arg)
{
	running->cmd = arg;
	running->cmd->run(running);
}

static const char *halt_reason(enum machine_halt why)
{
	switch (why) {
	case MACHINE_BUG:
		return "a kernel BUG or oops";
	case MACHINE_PANIC:
		return "a kernel panic";
	default:
		return "a task or an access that can make no progress";
	}
}

int run_script(FILE *in, const char *file, int interactive, int trace)
{
	struct script s = { .file = file, .interactive = interactive,
			    .trace = trace };
	char *line = NULL;
	size_t room = 0;
	volatile int status = 0;

	running = &s;
	for (;;) {
		const struct command *c;
		enum machine_halt why;
		ssize_t len;

		if (interactive && isatty(0)) {
			fputs("mm24> ", stdout);
			fflush(stdout);
		}
		len = getline(&line, &room, in);
		if (len < 0)
			break;
		s.line++;
		if (setjmp(line_abort)) {
			status = EXIT_USAGE;
			if (!interactive)
				break;
			continue;
		}
		if (strlen(line) != (size_t)len)
			script_error(&s, "a NUL byte in the line");
		if (len - (line[len - 1] == '\n') > MAX_LINE)
			script_error(&s, "line longer than %d characters",
				     MAX_LINE);
		split_line(&s, line);
		if (!s.argc)
			continue;
		c = find_command(s.argv[0]);
		if (!c)
			script_error(&s, "unknown command '%s'", s.argv[0]);
		if (!s.booted && strcmp(c->name, "boot") && c->needs_boot)
			script_error(&s, "'%s' before 'boot': boot the machine "
				     "first", c->name);
		in_command = 1;
		why = machine_run(run_command, (void *)c);
		in_command = 0;
		fflush(stdout);
		if (why == MACHINE_UNWOUND) {
			status = EXIT_USAGE;
			if (!interactive)
				break;
			continue;
		}
		if (why != MACHINE_RUNNING) {
			if (!s.booted)		/* the quiet boot's log, oops and all */
				show_boot_log(&s);
			fprintf(stderr, "mm24: %s:%d: the emulated kernel "
				"stopped after %s\n", file, s.line,
				halt_reason(why));
			status = EXIT_HALTED;
			break;
		}
	}
	free(line);
	return status;
}
