/**
 * @file
 * @brief \~english Wait queues: where a task sleeps until another wakes it.
 *        \~chinese 等待队列：进程在此睡眠，直到被别的执行流唤醒。 \~
 *
 * linux/wait.h - wait queues (include/linux/wait.h, kernel/wait.c,
 * kernel/sched.c's __wake_up()).
 *
 * A wait queue head lists wait_queue_t entries, each naming a task.  A
 * task that must wait puts itself on the queue, sets its state to
 * TASK_UNINTERRUPTIBLE (or INTERRUPTIBLE) and calls schedule(); whoever
 * makes the awaited thing happen calls wake_up(), which sets the listed
 * tasks running again.
 *
 * mm24 runs one task at a time and has no scheduler: a task that calls
 * schedule() while not TASK_RUNNING has nobody to wake it.  schedule()
 * then reports the task, its state and the queue it waits on, and stops
 * the machine (MACHINE_STUCK): the task would sleep for ever.  For that
 * report a task remembers the queue it was last added to, and
 * DECLARE_WAIT_QUEUE_HEAD() lists each queue's name in the linker section
 * mm24_waitq (the head itself keeps the size it has in 2.6.24).
 */
#ifndef _LINUX_WAIT_H
#define _LINUX_WAIT_H

#include <linux/list.h>
#include <linux/spinlock.h>

typedef struct __wait_queue_head {
	spinlock_t lock;
	struct list_head task_list;
} wait_queue_head_t;

typedef struct __wait_queue {
	unsigned int flags;
	void *private;			/* the waiting task */
	struct list_head task_list;	/* in the head's task_list */
} wait_queue_t;

/* A wait queue's name, for schedule()'s report (section mm24_waitq). */
struct wait_queue_name {
	const wait_queue_head_t *q;
	const char *name;
};
extern const struct wait_queue_name __start_mm24_waitq[]
	__attribute__((weak));
extern const struct wait_queue_name __stop_mm24_waitq[]
	__attribute__((weak));

#define __WAIT_QUEUE_HEAD_INITIALIZER(name) \
	{ SPIN_LOCK_UNLOCKED, LIST_HEAD_INIT((name).task_list) }
#define DECLARE_WAIT_QUEUE_HEAD(name) \
	wait_queue_head_t name = __WAIT_QUEUE_HEAD_INITIALIZER(name); \
	static const struct wait_queue_name __waitq_name_##name \
	__attribute__((used, section("mm24_waitq"), \
		       aligned(sizeof(void *)))) = { &(name), #name }
#define DECLARE_WAITQUEUE(name, tsk) \
	wait_queue_t name = { 0, (tsk), { NULL, NULL } }

static inline void init_waitqueue_head(wait_queue_head_t *q)
{
	spin_lock_init(&q->lock);
	INIT_LIST_HEAD(&q->task_list);
}

/* Is anybody waiting?  (The caller holds what guards the queue.) */
static inline int waitqueue_active(wait_queue_head_t *q)
{
	return !list_empty(&q->task_list);
}

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);
void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait);
/* Set up to @nr_exclusive (0: all) waiting tasks in a @mode state running. */
void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr_exclusive,
	       void *key);
#define wake_up(x) \
	__wake_up(x, TASK_UNINTERRUPTIBLE | TASK_INTERRUPTIBLE, 1, NULL)

#endif /* _LINUX_WAIT_H */
