/*
 * cmd_proc.c - commands that look at the machine: cat /proc/..., dmesg,
 * echo (and echo "..." > /proc/slabinfo, which tunes a cache), tick (one
 * second passes), check (run the invariant checkers), show_mem (SysRq-M).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/buddy_check.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/printk.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/slab_check.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <linux/workqueue.h>
#include "mm24.h"

static int show_meminfo(struct seq_file *m, void *unused)
{
	(void)unused;
	return meminfo_read_proc(m);
}

static const struct {
	const char *path;
	int (*show)(struct seq_file *, void *);
} proc_files[] = {
	{ "/proc/buddyinfo", frag_show },
	{ "/proc/pagetypeinfo", pagetypeinfo_show },
	{ "/proc/zoneinfo", zoneinfo_show },
	{ "/proc/vmstat", vmstat_show },
	{ "/proc/meminfo", show_meminfo },
	{ "/proc/slabinfo", slabinfo_show },
	/* mm24's own views: no 2.6.24 file shows these */
	{ "/mm24/pkmap", pkmap_show },
	{ "/mm24/vmlist", vmlist_show },
};

void mm24_proc_words(void (*word)(const char *))
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(proc_files); i++)
		word(proc_files[i].path);
	word("/proc/self/maps");
	word("/proc/self/status");
	word("/proc/self/smaps");
}

static void cmd_cat(struct script *s)
{
	struct seq_file m;
	size_t i;

	if (s->argc != 2)
		script_error(s, "usage: cat /proc/FILE");
	if (mm24_cat_pid(s, s->argv[1]))
		return;
	for (i = 0; i < ARRAY_SIZE(proc_files); i++) {
		if (strcmp(s->argv[1], proc_files[i].path))
			continue;
		seq_init(&m);
		proc_files[i].show(&m, NODE_DATA(0));
		fputs(m.buf, stdout);
		seq_release(&m);
		return;
	}
	script_error(s, "no such file '%s' (buddyinfo, pagetypeinfo, zoneinfo, "
		     "vmstat, meminfo, slabinfo, self/maps, PID/maps, "
		     "PID/status are in /proc; pkmap, vmlist in /mm24)",
		     s->argv[1]);
}

/* grep WORD /proc/FILE: the lines of the file that hold WORD (a file of
 * the table above; the /proc/PID files are cat's). */
static void cmd_grep(struct script *s)
{
	struct seq_file m;
	char *line, *nl;
	size_t i;

	if (s->argc != 3)
		script_error(s, "usage: grep WORD /proc/FILE");
	for (i = 0; i < ARRAY_SIZE(proc_files); i++)
		if (!strcmp(s->argv[2], proc_files[i].path))
			break;
	if (i == ARRAY_SIZE(proc_files))
		script_error(s, "grep: no such file '%s' (buddyinfo, "
			     "pagetypeinfo, zoneinfo, vmstat, meminfo, slabinfo "
			     "in /proc; pkmap, vmlist in /mm24)", s->argv[2]);
	seq_init(&m);
	proc_files[i].show(&m, NODE_DATA(0));
	for (line = m.buf; line && *line; line = nl ? nl + 1 : NULL) {
		nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';	/* one line at a time */
		if (strstr(line, s->argv[1]))
			printf("%s\n", line);
	}
	seq_release(&m);
}

static void cmd_dmesg(struct script *s)
{
	size_t n = log_buf_copy(NULL, 0) + 1, i;
	char *buf = malloc(n);
	int line_start = 1;

	(void)s;
	if (!buf)
		panic("mm24: out of host memory");
	log_buf_copy(buf, n);
	for (i = 0; buf[i]; i++) {
		if (line_start && buf[i] == '<' && buf[i + 1] && buf[i + 2] == '>') {
			i += 2;
			line_start = 0;
			continue;
		}
		putchar(buf[i]);
		line_start = buf[i] == '\n';
	}
	free(buf);
}

/*
 * echo "NAME LIMIT BATCHCOUNT SHARED" > /proc/slabinfo: the words between
 * the quotes, and a newline, are written with slabinfo_write(); a failed
 * write is reported as a shell reports it, and ends the run.
 */
static void echo_to_slabinfo(struct script *s, int last)
{
	char text[256] = "";
	size_t len = 0;
	ssize_t ret;
	int i;

	for (i = 1; i <= last; i++) {
		const char *w = s->argv[i];
		size_t n = strlen(w);

		if (i == 1 && *w == '"')
			w++, n--;
		if (i == last && n && w[n - 1] == '"')
			n--;
		if (len + n + 2 >= sizeof(text))
			script_error(s, "echo: line too long for /proc/slabinfo");
		len += (size_t)snprintf(text + len, sizeof(text) - len, "%s%.*s",
					i > 1 ? " " : "", (int)n, w);
	}
	text[len++] = '\n';
	ret = slabinfo_write(NULL, text, len, NULL);
	if (ret < 0)
		script_error(s, "echo: write error: %s", strerror((int)-ret));
}

/* echo N > /proc/sys/vm/drop_caches: N is an int, as proc_dointvec()
 * reads it; bit 0 drops the clean, unused page-cache pages. */
static void echo_to_drop_caches(struct script *s)
{
	if (s->argc != 4)
		script_error(s, "usage: echo N > /proc/sys/vm/drop_caches");
	if (!s->booted)
		script_error(s, "'echo > /proc/sys/vm/drop_caches' before "
			     "'boot': boot the machine first");
	sysctl_drop_caches = (int)script_number(s, s->argv[1], 0x7fffffff);
	drop_caches_sysctl_handler(1);
}

static void cmd_echo(struct script *s)
{
	int i;

	if (s->argc >= 3 && !strcmp(s->argv[s->argc - 2], ">")) {
		if (!strcmp(s->argv[s->argc - 1], "/proc/sys/vm/drop_caches")) {
			echo_to_drop_caches(s);
			return;
		}
		if (strcmp(s->argv[s->argc - 1], "/proc/slabinfo"))
			script_error(s, "echo: only /proc/slabinfo and "
				     "/proc/sys/vm/drop_caches can be "
				     "written (not '%s')", s->argv[s->argc - 1]);
		if (!s->booted)
			script_error(s, "'echo > /proc/slabinfo' before 'boot': "
				     "boot the machine first");
		echo_to_slabinfo(s, s->argc - 3);
		return;
	}
	for (i = 1; i < s->argc; i++)
		printf("%s%s", i > 1 ? " " : "", s->argv[i]);
	putchar('\n');
}

/* One second passes: every CPU's vmstat_update() folds its deltas, and
 * the delayed work that is due runs (the slab reap timers). */
static void cmd_tick(struct script *s)
{
	unsigned long n = 1, i;
	int cpu;

	if (s->argc > 2)
		script_usage(s);
	if (s->argc == 2)
		n = script_number(s, s->argv[1], 3600);
	for (i = 0; i < n; i++) {
		jiffies += HZ;
		for_each_online_cpu(cpu)
			refresh_cpu_vm_stats(cpu);
		run_delayed_work();
	}
}

static void cmd_check(struct script *s)
{
	int problems = buddy_check();

	if (problems)
		script_error(s, "buddy_check: %d broken invariants", problems);
	printf("buddy_check: ok\n");
	problems = slab_check();
	if (problems)
		script_error(s, "slab_check: %d broken invariants", problems);
	printf("slab_check: ok\n");
	problems = highmem_check();
	if (problems)
		script_error(s, "highmem_check: %d broken invariants", problems);
	printf("highmem_check: ok\n");
	problems = vmalloc_check();
	if (problems)
		script_error(s, "vmalloc_check: %d broken invariants", problems);
	printf("vmalloc_check: ok\n");
	problems = vma_check_all();
	if (problems)
		script_error(s, "vma_check: %d broken invariants", problems);
	printf("vma_check: ok\n");
}

static void cmd_show_mem(struct script *s)
{
	(void)s;
	show_mem();
}

const struct command proc_commands[] = {
	{ "cat", "cat /proc/{buddyinfo,pagetypeinfo,zoneinfo,vmstat,meminfo,"
	  "slabinfo} | cat /proc/{self,PID}/{maps,status} | "
	  "cat /mm24/{pkmap,vmlist}", cmd_cat, 1 },
	{ "grep", "grep WORD /proc/{buddyinfo,pagetypeinfo,zoneinfo,vmstat,"
	  "meminfo,slabinfo}", cmd_grep, 1 },
	{ "dmesg", "dmesg", cmd_dmesg, 1 },
	{ "echo", "echo TEXT... | echo \"NAME LIMIT BATCHCOUNT SHARED\" > "
	  "/proc/slabinfo | echo N > /proc/sys/vm/drop_caches", cmd_echo, 0 },
	{ "tick", "tick [SECONDS]", cmd_tick, 1 },
	{ "check", "check", cmd_check, 1 },
	{ "show_mem", "show_mem", cmd_show_mem, 1 },
	{ NULL, NULL, NULL, 0 },
};
