/**
 * @file
 * @brief \~english mm24's invariant checker for the buddy allocator.
 *        \~chinese mm24 为伙伴系统编写的不变式检查器。 \~
 *
 * linux/buddy_check.h - mm24's invariant checker for the buddy allocator.
 */
#ifndef _LINUX_BUDDY_CHECK_H
#define _LINUX_BUDDY_CHECK_H

/* Walk every free and per-cpu list; print and count broken invariants. */
int buddy_check(void);

#endif /* _LINUX_BUDDY_CHECK_H */
