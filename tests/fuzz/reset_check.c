/*
 * reset_check.c - does a reset leave anything behind?  (make test-reset)
 *
 *   reset-check DIR[:GOLDEN_DIR]...
 *
 * Runs every scenario DIR/NAME.mm through mm24's own main() (linked as
 * mm24_main), all in this one process with reset_machine() after each,
 * twice over: in order, then in reverse order.  Each run must print
 * exactly its golden GOLDEN_DIR/NAME.out (default DIR), the output of a
 * fresh "mm24" process per scenario (scripts/run-scenarios.sh: stdout and
 * stderr together, stack addresses blanked, "[exit N]" last).  State a
 * reset forgot (a unit's global, a static local, the tracer, the names,
 * the RAM) changes the boot log, a pfn or a count of a later scenario;
 * host memory it forgot shows under the sanitizers' leak check.
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <unistd.h>
#include "reset.h"

int mm24_main(int argc, char **argv);

struct scenario {
	char dir[512], golden[1024], name[256];
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

static void add_dir(const char *spec)
{
	char dir[512], golden[512];
	const char *colon = strchr(spec, ':');
	struct dirent *e;
	size_t first = nr_list;
	DIR *d;

	snprintf(dir, sizeof(dir), "%.*s",
		 colon ? (int)(colon - spec) : (int)strlen(spec), spec);
	snprintf(golden, sizeof(golden), "%s", colon ? colon + 1 : dir);
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
		snprintf(s->golden, sizeof(s->golden), "%s/%s.out", golden,
			 s->name);
	}
	closedir(d);
	qsort(list + first, nr_list - first, sizeof(*list), by_name);
}

static char *read_all(FILE *f, size_t *len)
{
	char *buf = NULL;
	size_t room = 0, n = 0, got;

	rewind(f);
	do {
		if (n + 4096 > room)
			buf = xrealloc(buf, room = 2 * room + 4096);
		got = fread(buf + n, 1, room - n - 1, f);
		n += got;
	} while (got);
	buf[n] = '\0';
	*len = n;
	return buf;
}

/* scripts/run-scenarios.sh's sed: "[<c0123456>] name+0x1f/0x80" ->
 * "[<........>] name" */
static char *blank_addresses(const char *in)
{
	static regex_t re;
	static int compiled;
	size_t room = strlen(in) + 1, n = 0;
	char *out = xrealloc(NULL, room);
	regmatch_t m[2];

	if (!compiled && regcomp(&re, "\\[<[0-9a-f]{8}>\\] ([A-Za-z0-9_.]+)"
				 "\\+0x[0-9a-f]+/0x[0-9a-f]+", REG_EXTENDED)) {
		fprintf(stderr, "reset-check: bad pattern\n");
		exit(2);
	}
	compiled = 1;
	while (!regexec(&re, in, 2, m, 0)) {
		n += (size_t)snprintf(out + n, room - n, "%.*s[<........>] %.*s",
				      (int)m[0].rm_so, in,
				      (int)(m[1].rm_eo - m[1].rm_so),
				      in + m[1].rm_so);
		in += m[0].rm_eo;
	}
	snprintf(out + n, room - n, "%s", in);
	return out;
}

/* The words of "#!args ..." on the first line, or "run NAME.mm". */
static int scenario_args(const struct scenario *s, char *line, size_t room,
			 char **argv, int max)
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
		snprintf(line, room, "run %s.mm", s->name);
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

/* Run one scenario as "cd DIR && mm24 ARGS >OUT 2>&1"; its output. */
static char *run(const struct scenario *s)
{
	char line[4096], *argv[64], *raw, *out;
	int argc, status, saved[3], home, i;
	FILE *tmp = tmpfile();
	size_t len;

	if (!tmp) {
		fprintf(stderr, "reset-check: tmpfile: %s\n", strerror(errno));
		exit(2);
	}
	argc = scenario_args(s, line, sizeof(line), argv, 64);
	home = open(".", O_RDONLY);
	if (home < 0 || chdir(s->dir)) {
		fprintf(stderr, "reset-check: cd %s: %s\n", s->dir,
			strerror(errno));
		exit(2);
	}
	fflush(stdout);
	fflush(stderr);
	for (i = 0; i < 3; i++)
		saved[i] = dup(i);
	i = open("/dev/null", O_RDONLY);
	dup2(i, 0);
	close(i);
	dup2(fileno(tmp), 1);
	dup2(fileno(tmp), 2);
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
	raw = read_all(tmp, &len);
	fclose(tmp);
	out = blank_addresses(raw);
	free(raw);
	len = strlen(out);
	out = xrealloc(out, len + 32);
	snprintf(out + len, 32, "[exit %d]\n", status);
	return out;
}

/* Where two outputs part: the golden's line and ours. */
static void show_difference(const char *want, const char *got)
{
	int line = 1;

	while (*want && *want == *got) {
		line += *want == '\n';
		want++;
		got++;
	}
	while (line > 1 && want[-1] != '\n') {
		want--;
		got--;
	}
	printf("  line %d: expected \"%.*s\"\n", line,
	       (int)strcspn(want, "\n"), want);
	printf("  line %d: got      \"%.*s\"\n", line,
	       (int)strcspn(got, "\n"), got);
}

int main(int argc, char **argv)
{
	size_t pass, k, len, runs = 0;
	int failed = 0, i;

	if (argc < 2) {
		fprintf(stderr, "usage: reset-check DIR[:GOLDEN_DIR]...\n");
		return 2;
	}
	reset_init();
	for (i = 1; i < argc; i++)
		add_dir(argv[i]);
	for (pass = 0; pass < 2; pass++)
		for (k = 0; k < nr_list; k++) {
			const struct scenario *s =
				&list[pass ? nr_list - 1 - k : k];
			FILE *g = fopen(s->golden, "r");
			char *want = g ? read_all(g, &len) : NULL;
			char *got = run(s);

			runs++;
			if (g)
				fclose(g);
			if (!want || strcmp(want, got)) {
				failed++;
				printf("FAIL %s/%s.mm (pass %zu, after %s)\n",
				       s->dir, s->name, pass + 1,
				       runs > 1 ? "a reset" : "nothing");
				if (want)
					show_difference(want, got);
				else
					printf("  no golden %s\n", s->golden);
			}
			free(want);
			free(got);
		}
	printf("reset check: %zu runs of %zu scenarios in one process, "
	       "%d failed\n", runs, nr_list, failed);
	free(list);
	return failed ? 1 : 0;
}
