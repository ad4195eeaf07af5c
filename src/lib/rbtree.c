/**
 * @file
 * @brief \~english Red-black trees: rebalancing after an insertion or an erase.
 *        \~chinese 红黑树：插入与删除之后的重新平衡。 \~
 *
 * rbtree.c - red-black trees (lib/rbtree.c).
 *
 * The rules: every node is red or black, the root is black, a red node
 * has no red child, and every path from a node down to a NULL link
 * crosses the same number of black nodes (its black height).  So the
 * longest path is at most twice the shortest and a search is O(log n).
 *
 * Insertion (rb_insert_color): the new node is red; while its parent is
 * red too,
 *  1. red uncle: parent and uncle turn black, the grandparent red, and
 *     the grandparent becomes the node to fix;
 *  2. black uncle, node on the inner side: rotate at the parent so the
 *     node goes to the outer side (then 3 with the roles swapped);
 *  3. black uncle, outer side: parent black, grandparent red, rotate at
 *     the grandparent.  Done.
 * The root is painted black at the end.
 *
 * Erase (rb_erase): a node with two children trades places with its
 * successor (the leftmost node of its right subtree), so the node that
 * leaves the tree has at most one child.  If it was black, a black is
 * missing on one side: __rb_erase_color() moves up from the child with
 * the four sibling cases (red sibling; black sibling with two black
 * children; black sibling whose far child is black; black sibling whose
 * far child is red).
 *
 * Used by the vma unit for mm->mm_rb, keyed by vm_end (mm/mmap.c).
 */
#include <linux/rbtree.h>

/**
 * @brief \~english Rotate left at @p n: its right child takes its place.
 *        \~chinese 在 node 处左旋：它的右孩子取代它的位置。 \~
 * @param n \~english the node that goes down to the left
 *          \~chinese 左旋后下降到左边的节点 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @kernel{lib/rbtree.c,26}
 * @seenotes{chapter-vma,vma-rbtree}
 */
static void __rb_rotate_left(struct rb_node *n, struct rb_root *root)
{
	struct rb_node *pivot = n->rb_right;
	struct rb_node *above = rb_parent(n);
	struct rb_node *moved = pivot->rb_left;	/* changes sides */

	n->rb_right = moved;
	if (moved)
		rb_set_parent(moved, n);
	pivot->rb_left = n;
	rb_set_parent(pivot, above);
	if (above) {
		if (above->rb_left == n)
			above->rb_left = pivot;
		else
			above->rb_right = pivot;
	} else {
		root->rb_node = pivot;
	}
	rb_set_parent(n, pivot);
}

/**
 * @brief \~english Rotate right at @p n: its left child takes its place.
 *        \~chinese 在 node 处右旋：它的左孩子取代它的位置。 \~
 * @param n \~english the node that goes down to the right
 *          \~chinese 右旋后下降到右边的节点 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @kernel{lib/rbtree.c,49}
 * @seenotes{chapter-vma,vma-rbtree}
 */
static void __rb_rotate_right(struct rb_node *n, struct rb_root *root)
{
	struct rb_node *pivot = n->rb_left;
	struct rb_node *above = rb_parent(n);
	struct rb_node *moved = pivot->rb_right;

	n->rb_left = moved;
	if (moved)
		rb_set_parent(moved, n);
	pivot->rb_right = n;
	rb_set_parent(pivot, above);
	if (above) {
		if (above->rb_right == n)
			above->rb_right = pivot;
		else
			above->rb_left = pivot;
	} else {
		root->rb_node = pivot;
	}
	rb_set_parent(n, pivot);
}

/**
 * @brief \~english Recolour and rotate after @p n was linked in red.
 *        \~chinese 新节点 node 以红色链入之后，重新着色并旋转以恢复红黑性质。 \~
 * @param n \~english the node just linked by rb_link_node()
 *          \~chinese 刚由 rb_link_node() 链入的节点 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @kernel{lib/rbtree.c,72}
 * @seenotes{chapter-vma,vma-rbtree}
 */
void rb_insert_color(struct rb_node *n, struct rb_root *root)
{
	struct rb_node *up, *grand;

	/* two reds in a row is the only rule a red leaf can break */
	while ((up = rb_parent(n)) != NULL && rb_is_red(up)) {
		grand = rb_parent(up);	/* exists: the root is black */

		if (grand->rb_left == up) {
			{
				struct rb_node *other = grand->rb_right;

				if (other && rb_is_red(other)) {
					/* push the black down one level and
					 * carry on from the grandparent */
					rb_set_black(other);
					rb_set_black(up);
					rb_set_red(grand);
					n = grand;
					continue;
				}
			}

			if (n == up->rb_right) {
				struct rb_node *was_parent = up;

				/* inner grandchild: make it the outer one */
				__rb_rotate_left(up, root);
				up = n;
				n = was_parent;
			}

			rb_set_black(up);
			rb_set_red(grand);
			__rb_rotate_right(grand, root);
		} else {
			{
				struct rb_node *other = grand->rb_left;

				if (other && rb_is_red(other)) {
					rb_set_black(other);
					rb_set_black(up);
					rb_set_red(grand);
					n = grand;
					continue;
				}
			}

			if (n == up->rb_left) {
				struct rb_node *was_parent = up;

				__rb_rotate_right(up, root);
				up = n;
				n = was_parent;
			}

			rb_set_black(up);
			rb_set_red(grand);
			__rb_rotate_left(grand, root);
		}
	}

	rb_set_black(root->rb_node);
}

/**
 * @brief \~english Restore the black heights after a black node left the tree.
 *        \~chinese 黑色节点离开树之后，恢复各路径的黑高。 \~
 * @param n \~english the child that took the removed node's place (may be NULL)
 *          \~chinese 顶替被删节点位置的子节点（可能为 NULL） \~
 * @param parent \~english its parent \~chinese 它的父节点 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @kernel{lib/rbtree.c,138}
 * @seenotes{chapter-vma,vma-rbtree}
 */
static void __rb_erase_color(struct rb_node *n, struct rb_node *parent,
			     struct rb_root *root)
{
	struct rb_node *sib;

	/* @node's side is one black short until a red can be painted
	 * black, or the shortage reaches the root */
	while ((!n || rb_is_black(n)) && n != root->rb_node) {
		if (n == parent->rb_left) {
			sib = parent->rb_right;
			if (rb_is_red(sib)) {
				rb_set_black(sib);
				rb_set_red(parent);
				__rb_rotate_left(parent, root);
				sib = parent->rb_right;
			}
			if ((!sib->rb_left || rb_is_black(sib->rb_left)) &&
			    (!sib->rb_right || rb_is_black(sib->rb_right))) {
				/* take a black off the sibling's side too,
				 * and move the shortage up */
				rb_set_red(sib);
				n = parent;
				parent = rb_parent(n);
			} else {
				if ((!sib->rb_right || rb_is_black(sib->rb_right))) {
					struct rb_node *near = sib->rb_left;

					if (near)
						rb_set_black(near);
					rb_set_red(sib);
					__rb_rotate_right(sib, root);
					sib = parent->rb_right;
				}
				rb_set_color(sib, (int)rb_color(parent));
				rb_set_black(parent);
				if (sib->rb_right)
					rb_set_black(sib->rb_right);
				__rb_rotate_left(parent, root);
				n = root->rb_node;
				break;
			}
		} else {
			sib = parent->rb_left;
			if (rb_is_red(sib)) {
				rb_set_black(sib);
				rb_set_red(parent);
				__rb_rotate_right(parent, root);
				sib = parent->rb_left;
			}
			if ((!sib->rb_left || rb_is_black(sib->rb_left)) &&
			    (!sib->rb_right || rb_is_black(sib->rb_right))) {
				rb_set_red(sib);
				n = parent;
				parent = rb_parent(n);
			} else {
				if ((!sib->rb_left || rb_is_black(sib->rb_left))) {
					struct rb_node *near = sib->rb_right;

					if (near)
						rb_set_black(near);
					rb_set_red(sib);
					__rb_rotate_left(sib, root);
					sib = parent->rb_left;
				}
				rb_set_color(sib, (int)rb_color(parent));
				rb_set_black(parent);
				if (sib->rb_left)
					rb_set_black(sib->rb_left);
				__rb_rotate_right(parent, root);
				n = root->rb_node;
				break;
			}
		}
	}
	if (n)
		rb_set_black(n);
}

/**
 * @brief \~english Take @p n out of the tree and rebalance.
 *        \~chinese 把节点 node 从树中摘除并重新平衡。 \~
 * @param n \~english a node of the tree \~chinese 树中的一个节点 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @kernel{lib/rbtree.c,224}
 * @seenotes{chapter-vma,vma-rbtree}
 */
void rb_erase(struct rb_node *n, struct rb_root *root)
{
	struct rb_node *heir, *up;
	int was;

	if (!n->rb_left)
		heir = n->rb_right;
	else if (!n->rb_right)
		heir = n->rb_left;
	else {
		struct rb_node *gone = n, *next;

		/* the successor, which has no left heir, leaves its spot
		 * and takes @gone's place, links and colour */
		n = gone->rb_right;
		while ((next = n->rb_left) != NULL)
			n = next;
		heir = n->rb_right;
		up = rb_parent(n);
		was = (int)rb_color(n);

		if (heir)
			rb_set_parent(heir, up);
		if (up == gone) {
			up->rb_right = heir;
			up = n;
		} else
			up->rb_left = heir;

		n->rb_left = gone->rb_left;
		n->rb_right = gone->rb_right;
		n->rb_parent_color = gone->rb_parent_color;

		if (rb_parent(gone)) {
			if (rb_parent(gone)->rb_left == gone)
				rb_parent(gone)->rb_left = n;
			else
				rb_parent(gone)->rb_right = n;
		} else
			root->rb_node = n;

		rb_set_parent(gone->rb_left, n);
		if (gone->rb_right)
			rb_set_parent(gone->rb_right, n);
		goto color;
	}

	up = rb_parent(n);
	was = (int)rb_color(n);

	if (heir)
		rb_set_parent(heir, up);
	if (up) {
		if (n == up->rb_left)
			up->rb_left = heir;
		else
			up->rb_right = heir;
	} else
		root->rb_node = heir;

color:
	if (was == RB_BLACK)
		__rb_erase_color(heir, up, root);
}

/**
 * @brief \~english The leftmost node: the smallest key.
 *        \~chinese 最左边的节点，即键值最小者。 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @return \~english the node, or NULL for an empty tree
 *         \~chinese 最左边（最小）的节点；空树返回 NULL \~
 * @kernel{lib/rbtree.c,295}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_node *rb_first(struct rb_root *root)
{
	struct rb_node *leftmost = root->rb_node;

	if (!leftmost)
		return NULL;
	for (; leftmost->rb_left; leftmost = leftmost->rb_left)
		;
	return leftmost;
}

/**
 * @brief \~english The rightmost node: the largest key.
 *        \~chinese 最右边的节点，即键值最大者。 \~
 * @param root \~english the tree \~chinese 红黑树 \~
 * @return \~english the node, or NULL for an empty tree
 *         \~chinese 最右边（最大）的节点；空树返回 NULL \~
 * @kernel{lib/rbtree.c,308}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_node *rb_last(struct rb_root *root)
{
	struct rb_node *rightmost = root->rb_node;

	if (!rightmost)
		return NULL;
	for (; rightmost->rb_right; rightmost = rightmost->rb_right)
		;
	return rightmost;
}

/**
 * @brief \~english The node with the next larger key.
 *        \~chinese 键值紧随其后的节点（中序后继）。 \~
 * @param n \~english a node of a tree \~chinese 某棵树中的一个节点 \~
 * @return \~english the successor, or NULL after the last node
 *         \~chinese 中序后继；已是最后一个节点时返回 NULL \~
 * @kernel{lib/rbtree.c,321}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_node *rb_next(struct rb_node *n)
{
	struct rb_node *up;

	if (rb_parent(n) == n)	/* RB_CLEAR_NODE(): not in a tree */
		return NULL;

	/* a right subtree: its leftmost node */
	if (n->rb_right) {
		for (n = n->rb_right; n->rb_left; n = n->rb_left)
			;
		return n;
	}

	/* else the first ancestor reached from its left side */
	while ((up = rb_parent(n)) != NULL && up->rb_right == n)
		n = up;

	return up;
}

/**
 * @brief \~english The node with the next smaller key.
 *        \~chinese 键值紧排在前的节点（中序前驱）。 \~
 * @param n \~english a node of a tree \~chinese 某棵树中的一个节点 \~
 * @return \~english the predecessor, or NULL before the first node
 *         \~chinese 中序前驱；已是第一个节点时返回 NULL \~
 * @kernel{lib/rbtree.c,350}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_node *rb_prev(struct rb_node *n)
{
	struct rb_node *up;

	if (rb_parent(n) == n)
		return NULL;

	if (n->rb_left) {
		for (n = n->rb_left; n->rb_right; n = n->rb_right)
			;
		return n;
	}

	while ((up = rb_parent(n)) != NULL && up->rb_left == n)
		n = up;

	return up;
}
