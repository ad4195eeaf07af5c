/*
 * main.c - the mm24 command line.
 *
 *   mm24 boot [mem=SIZE] [cpus=N] [vmalloc=SIZE] [slab_debug]
 *                                   boot and print the kernel log
 *   mm24 run FILE|-                 run a scenario script
 *   mm24 shell                      the scenario language, interactively
 *   mm24 quiz UNIT -s SEED [-c]     a problem made from a seed; -c: answers
 */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <linux/ftrace.h>
#include "mm24.h"

static const char usage_boot[] =
	"usage: mm24 boot [mem=SIZE] [cpus=N] [vmalloc=SIZE] [slab_debug]\n";
static const char usage_run[] =
	"usage: mm24 run [--trace[=FUNC,...]] [--max-depth=N] "
	"[--no-durations]\n"
	"                [--lang en|zh] [--dot-dir=DIR] FILE|-\n";
static const char usage_shell[] = "usage: mm24 shell\n";

static int usage(FILE *to, int status)
{
	fprintf(to, "%s%s%s%s", usage_boot, usage_run, usage_shell,
		quiz_usage);
	fprintf(to, "mem=SIZE: 16M..4G (K, M, G suffixes), default 1G; "
		"cpus=N: 1..%d, default 1;\n"
		"vmalloc=SIZE: any size, default 128M (one that leaves too "
		"little lowmem stops the boot, as in 2.6.24)\n", NR_CPUS);
	return status;
}

/* --help: the usage, what the run options do, every scenario command
 * (from the command tables) and the exit status. */
static int help(void)
{
	usage(stdout, 0);
	printf("\nrun options:\n"
	       "  --trace[=FUNC,...]  trace the kernel functions called (below "
	       "FUNC only),\n"
	       "                      in the format of ftrace's function_graph\n"
	       "  --max-depth=N       trace N calls deep at most (0: no limit)\n"
	       "  --no-durations      leave the durations out of the trace\n"
	       "  --lang en|zh        the language of the dot pictures' labels\n"
	       "  --dot-dir=DIR       where \"dot ... > FILE\" writes FILE\n"
	       "\nquiz: a problem on UNIT made from SEED (0 by default); -c "
	       "adds the answers,\n"
	       "computed by running the emulated kernel; --script prints the "
	       "scenario it runs\n"
	       "\nscenario commands (mm24 run FILE, mm24 shell; "
	       "\"help\" in the shell):\n");
	script_print_commands(stdout, "  ");
	printf("\nexit status: 0 ran, %d the emulated kernel stopped (BUG, "
	       "oops, panic), %d bad command line or script\n", EXIT_HALTED,
	       EXIT_USAGE);
	return 0;
}

/* One line saying what is wrong, then the usage of that command. */
static int __attribute__((format(printf, 2, 3)))
misuse(const char *usage_line, const char *fmt, ...)
{
	va_list ap;

	fputs("mm24: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n%s", usage_line);
	return EXIT_USAGE;
}

static void boot_and_print(void *cfg)
{
	mm24_boot(cfg, 0);
}

static int cmd_boot(int argc, char **argv)
{
	struct machine_config cfg;
	char err[128];

	if (mm24_parse_boot_args(argc - 2, argv + 2, &cfg, err, sizeof(err))) {
		fprintf(stderr, "mm24: %s\n", err);
		return EXIT_USAGE;
	}
	if (machine_run(boot_and_print, &cfg) != MACHINE_RUNNING) {
		fprintf(stderr, "mm24: the emulated kernel stopped during boot\n");
		return EXIT_HALTED;
	}
	return 0;
}

/* "--trace[=F,G]", "--max-depth=N", "--no-durations", "--lang L",
 * "--lang=L", "--dot-dir=DIR" before the file. */
static int run_options(int *argc, char ***argv, int *trace)
{
	static char *names[32];
	int durations = 1, depth = 0, n = 0;
	const char *bad;

	while (*argc > 2 && !strncmp((*argv)[2], "--", 2)) {
		char *opt = (*argv)[2];

		if (!strcmp(opt, "--trace") || !strncmp(opt, "--trace=", 8)) {
			char *save, *w;

			*trace = 1;
			for (w = opt[7] ? strtok_r(opt + 8, ",", &save) : NULL;
			     w && n < 32; w = strtok_r(NULL, ",", &save))
				names[n++] = w;
		} else if (!strncmp(opt, "--max-depth=", 12)) {
			char *end;

			depth = (int)strtol(opt + 12, &end, 10);
			if (*end || depth < 0) {
				fprintf(stderr, "mm24: bad --max-depth '%s'\n", opt + 12);
				return -1;
			}
		} else if (!strcmp(opt, "--no-durations")) {
			durations = 0;
		} else if (!strncmp(opt, "--lang=", 7) || !strcmp(opt, "--lang")) {
			const char *lang = opt[6] ? opt + 7 : (*argv)[3];

			if (!lang) {
				fprintf(stderr, "mm24: --lang needs en or zh\n");
				return -1;
			}

			if (dot_set_lang(lang)) {
				fprintf(stderr, "mm24: --lang: '%s' is not en or "
					"zh\n", lang);
				return -1;
			}
			if (!opt[6]) {		/* "--lang zh": two words */
				(*argv)[3] = (*argv)[1];
				(*argv)++;
				(*argc)--;
			}
		} else if (!strncmp(opt, "--dot-dir=", 10) && opt[10]) {
			dot_set_dir(opt + 10);
		} else {
			fprintf(stderr, "mm24: unknown option '%s'\n", opt);
			return -1;
		}
		(*argv)[2] = (*argv)[1];
		(*argv)++;
		(*argc)--;
	}
	if (ftrace_set_graph_functions((const char *const *)names, n, &bad)) {
		fprintf(stderr, "mm24: --trace: '%s' is not a mirrored kernel "
			"function\n", bad);
		return -1;
	}
	mm24_trace_configure(durations, depth);
	return 0;
}

int main(int argc, char **argv)
{
	FILE *in;
	int status;

	setvbuf(stdout, NULL, _IOLBF, 0);
	if (argc < 2)
		return usage(stderr, EXIT_USAGE);
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help"))
		return help();
	if (!strcmp(argv[1], "boot"))
		return cmd_boot(argc, argv);
	if (!strcmp(argv[1], "quiz"))
		return mm24_quiz(argc, argv);
	if (!strcmp(argv[1], "shell")) {
		if (argc != 2)
			return misuse(usage_shell, "shell takes no arguments "
				      "(got '%s')", argv[2]);
		return run_script(stdin, "<stdin>", 1, 0);
	}
	if (!strcmp(argv[1], "run")) {
		int trace = 0;

		if (run_options(&argc, &argv, &trace))
			return EXIT_USAGE;
		if (argc < 3)
			return misuse(usage_run, "run: which scenario? give a "
				      "FILE, or - for standard input");
		if (argc > 3)
			return misuse(usage_run, "run takes one scenario file "
				      "(and '%s' is one more)", argv[3]);
		if (!strcmp(argv[2], "-"))
			return run_script(stdin, "<stdin>", 0, trace);
		in = fopen(argv[2], "r");
		if (!in) {
			fprintf(stderr, "mm24: cannot open '%s': %s\n", argv[2],
				strerror(errno));
			return EXIT_USAGE;
		}
		status = run_script(in, argv[2], 0, trace);
		fclose(in);
		return status;
	}
	fprintf(stderr, "mm24: unknown command '%s' (mm24 --help lists them)\n",
		argv[1]);
	return EXIT_USAGE;
}
