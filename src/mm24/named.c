/*
 * named.c - the names a scenario gives to what it allocates ("as NAME"):
 * a block of pages, a group of blocks (alloc_until_fail), or a slab
 * object.  A name is checked before the allocation it will name, so a bad
 * name allocates nothing; it may be reused once what it held is freed.
 */
#include <stdlib.h>
#include <string.h>
#include "mm24.h"

static struct named *names;
static size_t nr_names;

struct named *named_lookup(struct script *s, const char *name, int must)
{
	size_t i;

	for (i = 0; i < nr_names; i++)
		if (!strcmp(names[i].name, name))
			return &names[i];
	if (must)
		script_error(s, "no allocation named '%s'", name);
	return NULL;
}

void named_check_new(struct script *s, const char *name)
{
	struct named *n = named_lookup(s, name, 0);

	if (strlen(name) >= sizeof(names->name))
		script_error(s, "name '%s' too long (at most %zu characters)",
			     name, sizeof(names->name) - 1);
	if (n && n->refs)
		script_error(s, "'%s' still holds an allocation; free it first",
			     name);
}

struct named *named_remember(const char *name)
{
	struct named *n = named_lookup(NULL, name, 0), *grown;

	if (!n) {
		grown = realloc(names, (nr_names + 1) * sizeof(*names));
		if (!grown)
			panic("mm24: out of host memory");
		names = grown;
		n = &names[nr_names++];
	} else {
		free(n->pages);
	}
	memset(n, 0, sizeof(*n));
	strcpy(n->name, name);
	return n;
}

void named_add_page(struct named *n, struct page *page)
{
	if (n->nr == n->room) {		/* double the room: linear in all */
		unsigned long room = n->room ? 2 * n->room : 16;
		struct page **grown = realloc(n->pages, room * sizeof(*n->pages));

		if (!grown)
			panic("mm24: out of host memory");
		n->pages = grown;
		n->room = room;
	}
	n->pages[n->nr++] = page;
	n->refs = 1;
}

void named_forget_all(void)
{
	while (nr_names)
		free(names[--nr_names].pages);
	free(names);
	names = NULL;
}
