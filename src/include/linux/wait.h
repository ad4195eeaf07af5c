/**
 * @file
 * @brief \~english Wait queue heads.
 *        \~chinese 等待队列头。 \~
 *
 * linux/wait.h - wait queue heads (include/linux/wait.h); nobody sleeps in mm24.
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>

typedef struct __wait_queue_head {
	spinlock_t lock;
	struct list_head task_list;
} wait_queue_head_t;

static inline void init_waitqueue_head(wait_queue_head_t *q)
{
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->task_list);
}

#endif /* _LINUX_WAIT_H */
