/**
 * @file
 * @brief \~english Doubly linked lists.
 *        \~chinese 双向链表。 \~
 *
 * linux/list.h - circular doubly linked lists with a sentinel head, the
 * shape 2.6.24 uses for free lists, per-cpu page lists and LRU lists.
 *
 * An empty list is a head whose next and prev point at itself.  Entries
 * embed a struct list_head and are recovered with list_entry().
 * list_del() poisons the removed node so a second removal is caught.
 */
#ifndef _LINUX_LIST_H
#define _LINUX_LIST_H

#include <linux/kernel.h>

struct list_head {
	struct list_head *next, *prev;
};

#define LIST_POISON1	((struct list_head *)0x00100100)
#define LIST_POISON2	((struct list_head *)0x00200200)

#define LIST_HEAD_INIT(name)	{ &(name), &(name) }
#define LIST_HEAD(name)		struct list_head name = LIST_HEAD_INIT(name)

static inline void INIT_LIST_HEAD(struct list_head *h)
{
	h->next = h->prev = h;
}

/* Link @n between two neighbours that are known to be adjacent. */
static inline void __list_link(struct list_head *n, struct list_head *before,
			       struct list_head *after)
{
	after->prev = n;
	n->next = after;
	n->prev = before;
	before->next = n;
}

/* Insert right after @head: the list behaves as a stack (LIFO). */
static inline void list_add(struct list_head *n, struct list_head *head)
{
	__list_link(n, head, head->next);
}

/* Insert right before @head, i.e. at the tail: a queue (FIFO). */
static inline void list_add_tail(struct list_head *n, struct list_head *head)
{
	__list_link(n, head->prev, head);
}

static inline void __list_unlink(struct list_head *n)
{
	n->next->prev = n->prev;
	n->prev->next = n->next;
}

static inline void list_del(struct list_head *n)
{
	BUG_ON(n->next == LIST_POISON1 || n->prev == LIST_POISON2);
	__list_unlink(n);
	n->next = LIST_POISON1;
	n->prev = LIST_POISON2;
}

static inline void list_del_init(struct list_head *n)
{
	__list_unlink(n);
	INIT_LIST_HEAD(n);
}

static inline void list_move(struct list_head *n, struct list_head *head)
{
	__list_unlink(n);
	list_add(n, head);
}

static inline void list_move_tail(struct list_head *n, struct list_head *head)
{
	__list_unlink(n);
	list_add_tail(n, head);
}

static inline int list_empty(const struct list_head *head)
{
	return head->next == head;
}

/* Move every entry of @list to the front of @head (@list is left as it
 * was: reinitialise it before using it again). */
static inline void list_splice(struct list_head *list, struct list_head *head)
{
	struct list_head *first = list->next, *last = list->prev;

	if (list_empty(list))
		return;
	last->next = head->next;
	head->next->prev = last;
	first->prev = head;
	head->next = first;
}

#define list_entry(p, type, member)	container_of(p, type, member)

#define list_for_each(pos, head) \
	for ((pos) = (head)->next; (pos) != (head); (pos) = (pos)->next)

#define list_for_each_safe(pos, tmp, head) \
	for ((pos) = (head)->next, (tmp) = (pos)->next; (pos) != (head); \
	     (pos) = (tmp), (tmp) = (pos)->next)

#define list_for_each_entry(pos, head, member) \
	for ((pos) = list_entry((head)->next, typeof(*(pos)), member); \
	     &(pos)->member != (head); \
	     (pos) = list_entry((pos)->member.next, typeof(*(pos)), member))

#define list_for_each_entry_reverse(pos, head, member) \
	for ((pos) = list_entry((head)->prev, typeof(*(pos)), member); \
	     &(pos)->member != (head); \
	     (pos) = list_entry((pos)->member.prev, typeof(*(pos)), member))

#define list_for_each_entry_safe(pos, tmp, head, member) \
	for ((pos) = list_entry((head)->next, typeof(*(pos)), member), \
	     (tmp) = list_entry((pos)->member.next, typeof(*(pos)), member); \
	     &(pos)->member != (head); \
	     (pos) = (tmp), \
	     (tmp) = list_entry((tmp)->member.next, typeof(*(tmp)), member))

#endif /* _LINUX_LIST_H */
