/*
 * words.c - print the fuzzer's dictionary (libFuzzer's -dict format),
 * made from mm24's own tables through mm24_vocabulary(): every command
 * name, the keywords of every usage line (on, off, as, mem=, max=, >,
 * set_graph_function ...), the gfp and slab flag names, the /proc files,
 * the dot pictures and the mirrored function names.  Upper-case words of
 * a usage line (SIZE, NAME, FLAGS) are placeholders and stay out.
 *
 *   words > mm24.dict
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../../src/mm24/mm24.h"

static char **seen;
static size_t nr_seen;

static int placeholder(const char *w, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (islower((unsigned char)w[i]) || w[i] == '_' || w[i] == '/' ||
		    w[i] == '>' || w[i] == '=' || w[i] == '"')
			return 0;
	return 1;
}

static void emit(const char *w, size_t n)
{
	size_t i;
	char **grown;

	if (!n || placeholder(w, n))
		return;
	for (i = 0; i < nr_seen; i++)
		if (strlen(seen[i]) == n && !memcmp(seen[i], w, n))
			return;
	grown = realloc(seen, (nr_seen + 1) * sizeof(*seen));
	if (!grown || !(grown[nr_seen] = strndup(w, n))) {
		fprintf(stderr, "words: out of memory\n");
		exit(1);
	}
	seen = grown;
	nr_seen++;
	putchar('"');
	for (i = 0; i < n; i++) {
		unsigned char c = (unsigned char)w[i];

		if (c == '"' || c == '\\')
			printf("\\%c", c);
		else if (isprint(c))
			putchar(c);
		else
			printf("\\x%02x", c);
	}
	printf("\"\n");
}

/* Words of a name or a usage line: split at blanks and | [ ] { } , ( );
 * "mem=SIZE" gives "mem=", "NAME..." gives nothing. */
static void text(const char *t)
{
	while (*t) {
		size_t n = strcspn(t, " \t|[]{},()");

		if (n) {
			const char *eq = memchr(t, '=', n);
			size_t keep = eq ? (size_t)(eq - t) + 1 : n;

			while (keep > 1 && t[keep - 1] == '.')
				keep--;
			emit(t, keep);
			if (eq && !placeholder(eq + 1, n - keep))
				emit(eq + 1, n - keep);
		}
		t += n;
		if (*t)
			t++;
	}
}

int main(void)
{
	mm24_vocabulary(text);
	return 0;
}
