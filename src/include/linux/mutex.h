/**
 * @file
 * @brief \~english Sleeping locks, checked.
 *        \~chinese 带检查的睡眠锁（互斥量）。 \~
 *
 * linux/mutex.h - mutexes of a machine whose CPUs never run at once
 * (include/linux/mutex.h).
 *
 * As with the spinlocks of linux/spinlock.h nothing can contend, but the
 * discipline is checked: taking a mutex the caller already holds would
 * deadlock a real kernel and is a BUG here, and mutex_trylock() fails on
 * a held mutex as it would on a real one.
 */
#ifndef _LINUX_MUTEX_H
#define _LINUX_MUTEX_H

#include <linux/kernel.h>

struct mutex {
	int locked;
};

#define DEFINE_MUTEX(name)	struct mutex name = { 0 }

static inline void mutex_lock(struct mutex *lock)
{
	BUG_ON(lock->locked);
	lock->locked = 1;
}

static inline void mutex_unlock(struct mutex *lock)
{
	BUG_ON(!lock->locked);
	lock->locked = 0;
}

/* 1 when the mutex was free and is now taken, 0 when it is held. */
static inline int mutex_trylock(struct mutex *lock)
{
	if (lock->locked)
		return 0;
	lock->locked = 1;
	return 1;
}

#endif /* _LINUX_MUTEX_H */
