/*
 * quiz.c - "mm24 quiz UNIT -s SEED [-c] [--script]": problems with answers
 * that can be checked, in the style of the OSTEP homework generators.
 *
 * Each unit keeps its generator as data, src/UNIT/quiz.mm (built into the
 * program as quizzes.inc by scripts/embed-quizzes.py): a scenario whose
 * words may be random fields, and questions.
 *
 *   #!title TEXT           what the problem is about
 *   # ...                  a comment
 *   COMMAND ...            a step: shown with what it printed (the state)
 *   @ask TEXT              a question; the commands after it, up to the next
 *                          @ask, compute its answer: hidden unless -c
 *   {a|b|c}                one of the words, at random
 *   {LO..HI}               a number from LO to HI, at random
 *   {NAME=a|b} {NAME=LO..HI}  the same, remembered as NAME
 *   {NAME}                 what NAME was given
 *   @grep TEXT             of the step or question above, show only the
 *                          lines that hold TEXT (one of them, if several;
 *                          "TEXT" in double quotes keeps its spaces)
 *   @hide                  of the step above, show the command, not what it
 *                          printed (when that would give an answer away)
 *
 * The seed picks every field (xorshift64*, so a seed is the same problem
 * on every machine).  The problem is then run as one scenario on the
 * emulated kernel, in this process, and the output of each step and
 * question is cut out of it: the answers are what the kernel did, never
 * worked out on the side.  --script prints that scenario instead, for
 * "mm24 run" (tests/quiz checks the two agree).
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mm24.h"

struct quiz_template {
	const char *unit;
	const char *text;
};

/* generated: { "buddy", "<text of src/buddy/quiz.mm>" }, ... */
static const struct quiz_template quizzes[] = {
#include "quizzes.inc"
	{ NULL, NULL },
};

#define MAX_STEPS	64
#define MAX_VARS	16
#define MAX_GREPS	8

struct chunk_filter {
	char *grep[MAX_GREPS];
	int n;
	int hide;
};

struct quiz {
	uint64_t rng;
	char title[256];
	char *script;		/* the scenario, with marker lines */
	size_t len, room;
	struct { char name[32]; char value[64]; } vars[MAX_VARS];
	int nr_vars;
	char *steps[MAX_STEPS];	/* the shown command of each step */
	char *asks[MAX_STEPS];	/* the text of each question */
	struct chunk_filter step_grep[MAX_STEPS], ask_grep[MAX_STEPS];
	int nr_steps, nr_asks;
};

static uint64_t next_random(struct quiz *q)
{
	uint64_t x = q->rng;

	x ^= x >> 12;
	x ^= x << 25;
	x ^= x >> 27;
	q->rng = x;
	return x * 0x2545F4914F6CDD1DULL;
}

static void quiz_fail(const char *fmt, ...)
	__attribute__((format(printf, 1, 2), noreturn));

static void quiz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("mm24: quiz: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(EXIT_USAGE);
}

static void append(struct quiz *q, const char *s, size_t n)
{
	if (q->len + n + 1 > q->room) {
		q->room = 2 * (q->len + n + 1) + 256;
		q->script = realloc(q->script, q->room);
		if (!q->script)
			quiz_fail("out of host memory");
	}
	memcpy(q->script + q->len, s, n);
	q->len += n;
	q->script[q->len] = '\0';
}

static void append_str(struct quiz *q, const char *s)
{
	append(q, s, strlen(s));
}

static const char *lookup(struct quiz *q, const char *name)
{
	int i;

	for (i = 0; i < q->nr_vars; i++)
		if (!strcmp(q->vars[i].name, name))
			return q->vars[i].value;
	return NULL;
}

/* One field "{...}" (without the braces) to its value in @out. */
static void field(struct quiz *q, const char *spec, char *out, size_t room)
{
	char buf[256], *eq, *body, *dots;
	const char *known;

	snprintf(buf, sizeof(buf), "%s", spec);
	eq = strchr(buf, '=');
	body = eq ? eq + 1 : buf;
	if (eq)
		*eq = '\0';
	if (!eq && !strchr(buf, '|') && !strstr(buf, "..")) {
		known = lookup(q, buf);
		if (!known)
			quiz_fail("{%s} is used before it is given", buf);
		snprintf(out, room, "%s", known);
		return;
	}
	dots = strstr(body, "..");
	if (dots && !strchr(body, '|')) {
		long lo = strtol(body, NULL, 0), hi = strtol(dots + 2, NULL, 0);

		if (hi < lo)
			quiz_fail("{%s}: an empty range", spec);
		snprintf(out, room, "%ld",
			 lo + (long)(next_random(q) % (uint64_t)(hi - lo + 1)));
	} else {
		char *choice[32], *save, *w;
		int n = 0;

		for (w = strtok_r(body, "|", &save); w && n < 32;
		     w = strtok_r(NULL, "|", &save))
			choice[n++] = w;
		if (!n)
			quiz_fail("{%s}: nothing to choose from", spec);
		snprintf(out, room, "%s", choice[next_random(q) % (uint64_t)n]);
	}
	if (eq) {
		if (q->nr_vars == MAX_VARS)
			quiz_fail("more than %d named fields", MAX_VARS);
		if (strlen(buf) >= sizeof(q->vars[0].name) ||
		    strlen(out) >= sizeof(q->vars[0].value))
			quiz_fail("{%s}: name or value too long", spec);
		strcpy(q->vars[q->nr_vars].name, buf);
		strcpy(q->vars[q->nr_vars].value, out);
		q->nr_vars++;
	}
}

/* A template line with its fields filled in; malloc'ed. */
static char *expand_line(struct quiz *q, const char *line)
{
	char *out = NULL;
	size_t len = 0;
	FILE *f = open_memstream(&out, &len);
	const char *p;

	for (p = line; *p; p++) {
		const char *end;
		char spec[256], value[128];

		if (*p != '{') {
			fputc(*p, f);
			continue;
		}
		end = strchr(p, '}');
		if (!end || (size_t)(end - p) >= sizeof(spec))
			quiz_fail("an unclosed '{' in: %s", line);
		memcpy(spec, p + 1, (size_t)(end - p - 1));
		spec[end - p - 1] = '\0';
		field(q, spec, value, sizeof(value));
		fputs(value, f);
		p = end;
	}
	fclose(f);
	return out;
}

static void build(struct quiz *q, const char *text)
{
	char *copy = strdup(text), *line, *save;
	int in_ask = 0;

	for (line = strtok_r(copy, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		char *x;

		while (*line == ' ' || *line == '\t')
			line++;
		if (!strncmp(line, "#!title ", 8)) {
			snprintf(q->title, sizeof(q->title), "%s", line + 8);
			continue;
		}
		if (!*line || *line == '#')
			continue;
		x = expand_line(q, line);
		if (!strncmp(x, "@grep ", 6)) {
			struct chunk_filter *f = in_ask ?
				&q->ask_grep[q->nr_asks - 1] :
				&q->step_grep[q->nr_steps - 1];

			if ((in_ask ? q->nr_asks : q->nr_steps) == 0 ||
			    f->n == MAX_GREPS)
				quiz_fail("@grep with no step or question above, "
					  "or more than %d", MAX_GREPS);
			f->grep[f->n] = strdup(x + 6);
			if (f->grep[f->n][0] == '"' &&
			    strrchr(f->grep[f->n], '"') > f->grep[f->n]) {
				memmove(f->grep[f->n], f->grep[f->n] + 1,
					strlen(f->grep[f->n]));
				*strrchr(f->grep[f->n], '"') = '\0';
			}
			f->n++;
		} else if (!strcmp(x, "@hide")) {
			if (in_ask || !q->nr_steps)
				quiz_fail("@hide belongs under a step");
			q->step_grep[q->nr_steps - 1].hide = 1;
		} else if (!strncmp(x, "@ask ", 5)) {
			if (q->nr_asks == MAX_STEPS)
				quiz_fail("too many questions");
			q->asks[q->nr_asks] = strdup(x + 5);
			append_str(q, "echo @@mm24-quiz-ask\n");
			q->nr_asks++;
			in_ask = 1;
		} else if (in_ask) {
			append_str(q, x);
			append_str(q, "\n");
		} else {
			if (q->nr_steps == MAX_STEPS)
				quiz_fail("too many steps");
			q->steps[q->nr_steps++] = strdup(x);
			append_str(q, "echo @@mm24-quiz-step\n");
			append_str(q, x);
			append_str(q, "\n");
		}
		free(x);
	}
	free(copy);
}

/* Run the scenario in this process; its output (stdout and stderr). */
static char *run_captured(struct quiz *q, int *status)
{
	FILE *in = fmemopen(q->script, q->len, "r"), *out = tmpfile();
	int saved_out = dup(1), saved_err = dup(2);
	char *text;
	long n;

	if (!in || !out || saved_out < 0 || saved_err < 0)
		quiz_fail("cannot capture the run");
	fflush(stdout);
	fflush(stderr);
	dup2(fileno(out), 1);
	dup2(fileno(out), 2);
	*status = run_script(in, "quiz", 0, 0);
	fflush(stdout);
	fflush(stderr);
	dup2(saved_out, 1);
	dup2(saved_err, 2);
	close(saved_out);
	close(saved_err);
	fclose(in);
	n = ftell(out);
	text = malloc((size_t)n + 1);
	if (!text)
		quiz_fail("out of host memory");
	rewind(out);
	text[fread(text, 1, (size_t)n, out)] = '\0';
	fclose(out);
	return text;
}

/* Print the output chunk that starts at @p (after its marker line), each
 * line indented, up to the next marker; return where that one starts. */
static const char *print_chunk(const char *p, const char *indent,
			       const struct chunk_filter *f)
{
	while (*p && strncmp(p, "@@mm24-quiz-", 12)) {
		const char *nl = strchr(p, '\n');
		size_t n = nl ? (size_t)(nl - p) : strlen(p);
		int show = !f->n && !f->hide, k;

		for (k = 0; k < f->n && !show; k++) {
			size_t g = strlen(f->grep[k]);
			const char *s;

			for (s = p; s + g <= p + n && !show; s++)
				show = !strncmp(s, f->grep[k], g);
		}
		if (show)
			printf("%s%.*s\n", indent, (int)n, p);
		p += n + (nl != NULL);
	}
	return p;
}

static const char *skip_marker(const char *p)
{
	const char *nl = strchr(p, '\n');

	return nl ? nl + 1 : p + strlen(p);
}

const char quiz_usage[] =
	"usage: mm24 quiz UNIT [-s SEED] [-c] [--script]\n";

int mm24_quiz(int argc, char **argv)
{
	const struct quiz_template *t;
	struct quiz q = { 0 };
	unsigned long seed = 0;
	int answers = 0, script = 0, status, i, n;
	const char *unit = NULL, *p;
	char *out;

	for (i = 2; i < argc; i++) {
		if (!strcmp(argv[i], "-c")) {
			answers = 1;
		} else if (!strcmp(argv[i], "--script")) {
			script = 1;
		} else if (!strcmp(argv[i], "-s") && i + 1 < argc) {
			char *end;

			seed = strtoul(argv[++i], &end, 10);
			if (*end || argv[i][0] == '-' || !argv[i][0])
				quiz_fail("-s takes a number (got '%s')\n%s",
					  argv[i], quiz_usage);
		} else if (argv[i][0] != '-' && !unit) {
			unit = argv[i];
		} else {
			quiz_fail("unknown argument '%s'\n%s", argv[i], quiz_usage);
		}
	}
	for (t = quizzes; unit && t->unit; t++)
		if (!strcmp(t->unit, unit))
			break;
	if (!unit || !t->unit) {
		fprintf(stderr, "mm24: quiz: %s%s%s; quizzes:", unit ? "no quiz for '" : "which unit?",
			unit ? unit : "", unit ? "'" : "");
		for (t = quizzes; t->unit; t++)
			fprintf(stderr, " %s", t->unit);
		fprintf(stderr, "\n%s", quiz_usage);
		return EXIT_USAGE;
	}
	q.rng = (seed + 1) * 0x9E3779B97F4A7C15ULL;
	build(&q, t->text);
	if (script) {
		for (p = q.script; *p; p = skip_marker(p))
			if (strncmp(p, "echo @@mm24-quiz-", 17))
				printf("%.*s\n", (int)(strchr(p, '\n') - p), p);
		return 0;
	}
	out = run_captured(&q, &status);
	printf("mm24 quiz %s -s %lu: %s\n\n", unit, seed, q.title);
	p = strstr(out, "@@mm24-quiz-");
	if (!p || status) {
		printf("%s", out);
		fprintf(stderr, "mm24: quiz %s -s %lu: the problem did not run "
			"(exit %d)\n", unit, seed, status);
		return status ? status : EXIT_USAGE;
	}
	printf("The machine, and what was done to it:\n");
	for (n = 0; n < q.nr_steps && !strncmp(p, "@@mm24-quiz-step", 16); n++) {
		printf("  %s\n", q.steps[n]);
		p = print_chunk(skip_marker(p), "      ", &q.step_grep[n]);
	}
	printf("\nQuestions:\n");
	for (n = 0; n < q.nr_asks; n++)
		printf("  %d. %s\n", n + 1, q.asks[n]);
	if (!answers) {
		printf("\nThe answers, computed by the emulated kernel: "
		       "mm24 quiz %s -s %lu -c\n", unit, seed);
		return 0;
	}
	printf("\nAnswers (what the emulated kernel did):\n");
	for (n = 0; n < q.nr_asks && !strncmp(p, "@@mm24-quiz-ask", 15); n++) {
		printf("  %d.\n", n + 1);
		p = print_chunk(skip_marker(p), "      ", &q.ask_grep[n]);
	}
	free(out);
	return 0;
}
