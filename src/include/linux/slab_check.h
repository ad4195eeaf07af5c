/**
 * @file
 * @brief \~english mm24's invariant checker for the slab allocator.
 *        \~chinese mm24 为 slab 分配器编写的不变式检查器。 \~
 *
 * linux/slab_check.h - mm24's invariant checker for the slab allocator.
 */
#ifndef _LINUX_SLAB_CHECK_H
#define _LINUX_SLAB_CHECK_H

/* Walk every cache's slabs and arrays; print and count broken invariants. */
int slab_check(void);

#endif /* _LINUX_SLAB_CHECK_H */
