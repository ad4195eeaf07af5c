/*
 * reset_check.c - does a reset leave anything behind?  (make test-reset)
 *
 *   reset-check OUT DIR...
 *
 * Runs every scenario DIR/NAME.mm through mm24's own main() (linked as
 * mm24_main), all in this one process with reset_machine() after each,
 * twice over: in order, then in reverse order.  Run k of NAME leaves what
 * it printed (stdout and stderr together) in OUT/passK/DIR/NAME.raw and
 * its exit status in NAME.status, where scripts/run-scenarios.sh (with
 * RAW_DIR) compares them with the golden files exactly as it compares a
 * fresh "mm24" process per scenario.  State a reset forgot (a unit's
 * global, a static local, the tracer, the names, the RAM, a cached boot
 * that differs from a real one) changes the boot log, a pfn or a count
 * of a later scenario; host memory it forgot shows under the sanitizers'
 * leak check.
 */
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>
#include "reset.h"

int mm24_main(int argc, char **argv);

struct scenario {
	char dir[512], name[256];
};

static struct scenario *list;
static size_t nr_list;

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (!p) {
		fprintf(stderr, "reset-check: out of memory\n");
		exit(2);
	}
	return p;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct scenario *)a)->name,
		      ((const struct scenario *)b)->name);
}

static void add_dir(const char *dir)
{
	struct dirent *e;
	size_t first = nr_list;
	DIR *d;

	d = opendir(dir);
	if (!d) {
		fprintf(stderr, "reset-check: %s: %s\n", dir, strerror(errno));
		exit(2);
	}
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		struct scenario *s;

		if (n < 4 || strcmp(e->d_name + n - 3, ".mm"))
			continue;
		list = xrealloc(list, (nr_list + 1) * sizeof(*list));
		s = &list[nr_list++];
		snprintf(s->dir, sizeof(s->dir), "%s", dir);
		snprintf(s->name, sizeof(s->name), "%.*s", (int)(n - 3),
			 e->d_name);
	}
	closedir(d);
	qsort(list + first, nr_list - first, sizeof(*list), by_name);
}

/* The words of "#!args ..." on the first line, or "run --dot-dir=DOTS
 * NAME.mm", as scripts/run-scenarios.sh runs it. */
static int scenario_args(const struct scenario *s, const char *dots,
			 char *line, size_t room, char **argv, int max)
{
	char path[1024], *w, *save;
	int argc = 0;
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s.mm", s->dir, s->name);
	f = fopen(path, "r");
	if (!f || !fgets(line, (int)room, f))
		line[0] = '\0';
	if (f)
		fclose(f);
	argv[argc++] = "mm24";
	if (strncmp(line, "#!args ", 7)) {
		snprintf(line, room, "run --dot-dir=%s %s.mm", dots, s->name);
		w = line;
	} else {
		w = line + 7;
	}
	for (w = strtok_r(w, " \t\n", &save); w && argc < max - 1;
	     w = strtok_r(NULL, " \t\n", &save))
		argv[argc++] = w;
	argv[argc] = NULL;
	return argc;
}

/* snprintf() into a PATH_MAX buffer; a longer path is an error. */
static void __attribute__((format(printf, 2, 3)))
path(char *buf, const char *fmt, ...)
{
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, PATH_MAX, fmt, ap);
	va_end(ap);
	if (n < 0 || n >= PATH_MAX) {
		fprintf(stderr, "reset-check: a path too long\n");
		exit(2);
	}
}

static void make_dirs(const char *path)
{
	char buf[4096], *p;

	snprintf(buf, sizeof(buf), "%s", path);
	for (p = buf + 1; *p; p++)
		if (*p == '/') {
			*p = '\0';
			mkdir(buf, 0777);
			*p = '/';
		}
	mkdir(buf, 0777);
}

/* Run one scenario as "cd DIR && mm24 ARGS >OUT 2>&1", its output in
 * @raw, its status in @status_file, its pictures in @dots. */
static void run(const struct scenario *s, const char *raw,
		const char *status_file, const char *dots)
{
	char line[8192], *argv[64];
	int argc, status, saved[3], home, out, i;
	FILE *f;

	make_dirs(dots);
	argc = scenario_args(s, dots, line, sizeof(line), argv, 64);
	out = open(raw, O_WRONLY | O_CREAT | O_TRUNC, 0666);
	home = open(".", O_RDONLY);
	if (out < 0 || home < 0 || chdir(s->dir)) {
		fprintf(stderr, "reset-check: %s: %s\n", raw, strerror(errno));
		exit(2);
	}
	fflush(stdout);
	fflush(stderr);
	for (i = 0; i < 3; i++)
		saved[i] = dup(i);
	i = open("/dev/null", O_RDONLY);
	dup2(i, 0);
	close(i);
	dup2(out, 1);
	dup2(out, 2);
	close(out);
	status = mm24_main(argc, argv);
	fflush(stdout);
	fflush(stderr);
	for (i = 0; i < 3; i++) {
		dup2(saved[i], i);
		close(saved[i]);
	}
	if (fchdir(home))
		exit(2);
	close(home);
	reset_machine();
	f = fopen(status_file, "w");
	if (!f || fprintf(f, "%d\n", status) < 0 || fclose(f)) {
		fprintf(stderr, "reset-check: %s: %s\n", status_file,
			strerror(errno));
		exit(2);
	}
}

int main(int argc, char **argv)
{
	unsigned long cached, booted;
	char out[PATH_MAX];
	size_t pass, k;
	int i;

	if (argc < 3) {
		fprintf(stderr, "usage: reset-check OUT DIR...\n");
		return 2;
	}
	/* the pictures' directory is given to mm24 after a chdir() */
	make_dirs(argv[1]);
	if (!realpath(argv[1], out)) {
		fprintf(stderr, "reset-check: %s: %s\n", argv[1], strerror(errno));
		return 2;
	}
	reset_init();
	for (i = 2; i < argc; i++)
		add_dir(argv[i]);
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < nr_list; k++) {
			const struct scenario *s =
				&list[pass ? nr_list - 1 - k : k];
			char dir[PATH_MAX], raw[PATH_MAX], status[PATH_MAX];
			char dots[PATH_MAX];

			path(dir, "%s/pass%zu/%s", out, pass + 1, s->dir);
			make_dirs(dir);
			path(raw, "%s/%s.raw", dir, s->name);
			path(status, "%s/%s.status", dir, s->name);
			path(dots, "%s/%s.dots", dir, s->name);
			run(s, raw, status, dots);
		}
	reset_stats(&cached, &booted);
	printf("reset check: %zu runs of %zu scenarios in one process ",
	       2 * nr_list, nr_list);
	if (cached + booted)
		printf("(boots: %lu from the cache, %lu run)\n", cached,
		       booted);
	else	/* MM24_BOOT_CACHE=0, or no quiet boot */
		printf("(no boot through the cache: each one run)\n");
	free(list);
	return 0;
}
