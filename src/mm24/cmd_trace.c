/*
 * cmd_trace.c - the function-graph tracer from scenarios, like ftrace's
 * files in /sys/kernel/debug/tracing:
 *
 *   trace on | off                    tracing_on
 *   trace set_graph_function NAME...  only calls below these (none: all)
 *   trace max_depth N                 max_graph_depth (0: no limit)
 *   trace durations on | off          the DURATION column (off: golden tests)
 *
 * The output goes to stdout as the calls happen (trace_pipe).
 */
#include <stdlib.h>
#include <string.h>
#include <linux/ftrace.h>
#include "mm24.h"

static struct ftrace_options options;

void mm24_trace_configure(int durations, int max_depth)
{
	options.deterministic = !durations;
	options.max_depth = max_depth;
}

void mm24_trace_start(void)
{
	ftrace_start(stdout, &options);
}

static void cmd_trace(struct script *s)
{
	const char *what = s->argc > 1 ? s->argv[1] : "";
	const char *bad;

	if (!strcmp(what, "on") && s->argc == 2) {
		mm24_trace_start();
	} else if (!strcmp(what, "off") && s->argc == 2) {
		ftrace_stop();
	} else if (!strcmp(what, "set_graph_function")) {
		if (ftrace_set_graph_functions((const char *const *)s->argv + 2,
					       s->argc - 2, &bad))
			script_error(s, "'%s' is not a mirrored kernel function",
				     bad);
	} else if (!strcmp(what, "max_depth") && s->argc == 3) {
		options.max_depth = (int)script_number(s, s->argv[2], 1000);
	} else if (!strcmp(what, "durations") && s->argc == 3 &&
		   (!strcmp(s->argv[2], "on") || !strcmp(s->argv[2], "off"))) {
		options.deterministic = !strcmp(s->argv[2], "off");
	} else {
		script_usage(s);
	}
	ftrace_set_options(&options);
}

const struct command trace_commands[] = {
	{ "trace", "trace on|off | set_graph_function NAME... | max_depth N | "
	  "durations on|off", cmd_trace, 1 },
	{ NULL, NULL, NULL, 0 },
};
