/*
 * test_rbtree.c - lib/rbtree.c on its own: random insertions and erasures
 * (fixed seeds, 160,000 operations) against a sorted array, with the
 * red-black rules checked after every one by a walk written here:
 *   the root is black; a red node has no red child; every path from a
 *   node down to a NULL link has the same number of black nodes; each
 *   child points back at its parent; an in-order walk is sorted and holds
 *   what the array holds; rb_first/rb_last/rb_next/rb_prev agree with it.
 * Also the height bound that follows: at most 2 log2(n + 1).
 */
#include <stdlib.h>
#include <string.h>
#include "mm24_test.h"
#include <linux/rbtree.h>

#define MAX_KEYS	3000

struct item {
	struct rb_node rb;
	unsigned long key;
};

static struct item items[MAX_KEYS];
static struct rb_root root = RB_ROOT;
static unsigned long model[MAX_KEYS];	/* sorted keys in the tree */
static int nr;

static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

static int is_red(const struct rb_node *n)
{
	return n && !(n->rb_parent_color & 1);
}

/* Black height of the subtree at @n; checks colours and parent links,
 * and appends its keys in order to @out. */
static int walk(const struct rb_node *n, const struct rb_node *parent,
		unsigned long *out, int *count, int depth, int *max_depth)
{
	int left, right;

	if (!n)
		return 1;
	assert_ptr_equal(rb_parent(n), parent);
	if (is_red(n)) {
		assert_false(is_red(n->rb_left));
		assert_false(is_red(n->rb_right));
	}
	if (depth > *max_depth)
		*max_depth = depth;
	left = walk(n->rb_left, n, out, count, depth + 1, max_depth);
	assert_true(*count < MAX_KEYS);
	out[(*count)++] = rb_entry(n, struct item, rb)->key;
	right = walk(n->rb_right, n, out, count, depth + 1, max_depth);
	assert_int_equal(left, right);
	return left + !is_red(n);
}

static void check(void)
{
	static unsigned long seen[MAX_KEYS];
	struct rb_node *p;
	int count = 0, i, max_depth = 0;

	if (root.rb_node)
		assert_false(is_red(root.rb_node));
	walk(root.rb_node, NULL, seen, &count, 1, &max_depth);
	assert_int_equal(count, nr);
	for (i = 0; i < nr; i++)
		assert_int_equal(seen[i], model[i]);
	/* a red-black tree of n nodes is at most 2 log2(n + 1) deep:
	 * 2^depth <= (n + 1)^2 */
	assert_true((1ULL << max_depth) <= (unsigned long long)(nr + 1) * (nr + 1));
	/* the iterators, both ways */
	for (i = 0, p = rb_first(&root); p; p = rb_next(p), i++)
		assert_int_equal(rb_entry(p, struct item, rb)->key, model[i]);
	assert_int_equal(i, nr);
	for (i = nr - 1, p = rb_last(&root); p; p = rb_prev(p), i--)
		assert_int_equal(rb_entry(p, struct item, rb)->key, model[i]);
	assert_int_equal(i, -1);
}

static void insert(struct item *it)
{
	struct rb_node **link = &root.rb_node, *parent = NULL;
	int i;

	while (*link) {
		parent = *link;
		link = it->key < rb_entry(parent, struct item, rb)->key ?
		       &parent->rb_left : &parent->rb_right;
	}
	rb_link_node(&it->rb, parent, link);
	rb_insert_color(&it->rb, &root);
	for (i = nr; i > 0 && model[i - 1] > it->key; i--)
		model[i] = model[i - 1];
	model[i] = it->key;
	nr++;
}

static void erase(struct item *it)
{
	int i;

	rb_erase(&it->rb, &root);
	for (i = 0; model[i] != it->key; i++)
		;
	memmove(&model[i], &model[i + 1], (size_t)(nr - i - 1) * sizeof(model[0]));
	nr--;
}

static void run(unsigned long long seed, int ops, int key_space)
{
	static int in_tree[MAX_KEYS];
	int step;

	rng = seed;
	memset(in_tree, 0, sizeof(in_tree));
	root = RB_ROOT;
	nr = 0;
	for (step = 0; step < ops; step++) {
		/* keys are slot numbers scaled: distinct, in a random order */
		int slot = (int)rnd((unsigned int)key_space);

		if (in_tree[slot]) {
			erase(&items[slot]);
			in_tree[slot] = 0;
		} else {
			items[slot].key = (unsigned long)slot * 7919UL;
			insert(&items[slot]);
			in_tree[slot] = 1;
		}
		check();
	}
}

static void test_random_insert_and_erase(void **state)
{
	(void)state;
	run(1, 50000, 64);		/* a small, busy tree */
	run(2, 50000, 600);
	run(3, 60000, MAX_KEYS);
}

/* Sorted insertions (the common case for mmap top-down or bottom-up)
 * keep the tree balanced; then erasing from the front and back. */
static void test_sorted_insertions(void **state)
{
	int i;

	(void)state;
	root = RB_ROOT;
	nr = 0;
	for (i = 0; i < 2047; i++) {
		items[i].key = (unsigned long)i;
		insert(&items[i]);
	}
	check();
	for (i = 0; i < 1000; i++) {
		erase(&items[i]);
		erase(&items[2046 - i]);
		check();
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_insert_and_erase),
		cmocka_unit_test(test_sorted_insertions),
	};

	return cmocka_run_group_tests_name("rbtree", tests, NULL, NULL);
}
