/*
 * test_named.c - the names a scenario gives to what it allocates
 * (src/mm24/named.c).
 *
 * alloc_until_fail ... as NAME adds its blocks to one group, one at a
 * time.  Growing the group's array by one element each time copied it
 * again and again: quadratic, 86 s for a 256 MiB machine under the
 * sanitizers (issue 14, defect 4).  The rule checked, without a clock:
 * n additions take O(log n) reallocations (the room doubles), and the
 * room never exceeds twice what the group holds.
 */
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>
#include "../../src/mm24/mm24.h"

static int counting;
static unsigned long reallocs;

void *__real_realloc(void *p, size_t n);

void *__wrap_realloc(void *p, size_t n)
{
	if (counting)
		reallocs++;
	return __real_realloc(p, n);
}

/* The reallocations doubling takes to reach room for @n, from 16. */
static unsigned long doublings(unsigned long n)
{
	unsigned long room = 16, k = 1;

	while (room < n) {
		room *= 2;
		k++;
	}
	return k;
}

static void test_a_group_grows_by_doubling(void **state)
{
	const unsigned long n = 1UL << 17;	/* 512 MiB of order-0 blocks */
	struct named *group;
	unsigned long i;

	(void)state;
	counting = 1;
	reallocs = 0;
	group = named_remember("group");	/* one realloc: the name table */
	for (i = 0; i < n; i++)
		named_add_page(group, (struct page *)(uintptr_t)(4096 * (i + 1)));
	counting = 0;
	assert_int_equal(group->nr, n);
	assert_true(reallocs <= 1 + doublings(n));
	assert_true(group->room >= group->nr && group->room <= 2 * group->nr);
	for (i = 0; i < n; i += 4099)
		assert_ptr_equal(group->pages[i],
				 (struct page *)(uintptr_t)(4096 * (i + 1)));
	named_forget_all();
}

static void test_a_reused_name_starts_empty(void **state)
{
	struct named *g;

	(void)state;
	g = named_remember("g");
	named_add_page(g, (struct page *)(uintptr_t)4096);
	g->refs = 0;				/* freed by the script */
	g = named_remember("g");
	assert_int_equal(g->nr, 0);
	assert_int_equal(g->refs, 0);
	named_add_page(g, (struct page *)(uintptr_t)8192);
	assert_int_equal(g->nr, 1);
	assert_ptr_equal(g->pages[0], (struct page *)(uintptr_t)8192);
	named_forget_all();
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_a_group_grows_by_doubling),
		cmocka_unit_test(test_a_reused_name_starts_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
