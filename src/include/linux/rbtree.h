/**
 * @file
 * @brief \~english Red-black trees: the node, the root and their accessors.
 *        \~chinese 红黑树：节点、树根及其访问宏。 \~
 *
 * linux/rbtree.h - red-black trees (include/linux/rbtree.h).
 *
 * The tree is intrusive: a struct rb_node sits inside the object it
 * orders (vm_area_struct.vm_rb), and rb_entry() gets the object back.
 * The caller does the search and links the new node where the search
 * ended (rb_link_node()); rb_insert_color() then restores the colours.
 *
 * The parent pointer and the colour share one word, rb_parent_color:
 * nodes are at least 4-byte aligned, so bit 0 is free for the colour
 * (0 red, 1 black) and bit 1 stays 0.
 *
 *     rb_parent_color:  | parent address ............ | 0 | colour |
 *                         bits 31..2 (host: 63..2)       1     0
 */
#ifndef _LINUX_RBTREE_H
#define _LINUX_RBTREE_H

#include <linux/kernel.h>

/**
 * @brief \~english A node of a red-black tree, embedded in what it orders.
 *        \~chinese 红黑树节点，嵌在被排序的对象之中。 \~
 * @kernel{include/linux/rbtree.h,100}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_node {
	unsigned long rb_parent_color;	/**< parent address | colour bit */
#define RB_RED		0
#define RB_BLACK	1
	struct rb_node *rb_right;	/**< larger keys */
	struct rb_node *rb_left;	/**< smaller keys */
} __attribute__((aligned(sizeof(long))));

/**
 * @brief \~english The root of a red-black tree.
 *        \~chinese 红黑树的树根。 \~
 * @kernel{include/linux/rbtree.h,110}
 * @seenotes{chapter-vma,vma-rbtree}
 */
struct rb_root {
	struct rb_node *rb_node;	/**< NULL for an empty tree */
};

#define rb_parent(r)	((struct rb_node *)((r)->rb_parent_color & ~3UL))
#define rb_color(r)	((r)->rb_parent_color & 1)
#define rb_is_red(r)	(!rb_color(r))
#define rb_is_black(r)	rb_color(r)
#define rb_set_red(r)	do { (r)->rb_parent_color &= ~1UL; } while (0)
#define rb_set_black(r)	do { (r)->rb_parent_color |= 1UL; } while (0)

/* Keep the colour bit, replace the parent address. */
static inline void rb_set_parent(struct rb_node *rb, struct rb_node *p)
{
	unsigned long colour = rb->rb_parent_color & 3UL;

	rb->rb_parent_color = (unsigned long)p | colour;
}

/* Keep the parent address, replace the colour bit. */
static inline void rb_set_color(struct rb_node *rb, int color)
{
	unsigned long parent = rb->rb_parent_color & ~1UL;

	rb->rb_parent_color = parent | (unsigned long)color;
}

#define RB_ROOT			(struct rb_root) { NULL, }
#define rb_entry(ptr, type, member)	container_of(ptr, type, member)
#define RB_EMPTY_ROOT(root)	((root)->rb_node == NULL)
#define RB_EMPTY_NODE(node)	(rb_parent(node) == (node))
#define RB_CLEAR_NODE(node)	(rb_set_parent(node, node))

void rb_insert_color(struct rb_node *node, struct rb_root *root);
void rb_erase(struct rb_node *node, struct rb_root *root);
struct rb_node *rb_next(struct rb_node *node);
struct rb_node *rb_prev(struct rb_node *node);
struct rb_node *rb_first(struct rb_root *root);
struct rb_node *rb_last(struct rb_root *root);

/**
 * @brief \~english Hang @p node, red and childless, at the link a search ended on.
 *        \~chinese 把新节点 node（红色、无子节点）挂到查找结束处的链接上。 \~
 * @param node \~english the new node \~chinese 新节点 \~
 * @param parent \~english the node the search stopped under (NULL: an empty tree)
 *               \~chinese 查找停下时所在的父节点（NULL 表示空树） \~
 * @param rb_link \~english the child pointer of @p parent (or the root) to fill
 *                \~chinese 要填写的 @p parent 的子指针（或根指针） \~
 * @kernel{include/linux/rbtree.h,152}
 * @seenotes{chapter-vma,vma-rbtree}
 */
static inline void rb_link_node(struct rb_node *node, struct rb_node *parent,
				struct rb_node **rb_link)
{
	struct rb_node *const fresh = node;

	/* red (colour bit 0) under @parent, no children yet */
	fresh->rb_left = NULL;
	fresh->rb_right = NULL;
	fresh->rb_parent_color = (unsigned long)parent;
	*rb_link = fresh;
}

#endif /* _LINUX_RBTREE_H */
