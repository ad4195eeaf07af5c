/**
 * @file
 * @brief \~english Read-write semaphores (mmap_sem), as checked no-ops.
 *        \~chinese 读写信号量（如 mmap_sem），实现为带检查的空操作。 \~
 *
 * linux/rwsem.h - struct rw_semaphore and its operations.  mm24 runs one
 * CPU at a time and nothing sleeps, so a semaphore is never contended:
 * it only counts its holders, so code can assert what it holds and a
 * down_write() on a semaphore already held is caught (it would deadlock
 * on a real kernel).
 */
#ifndef _LINUX_RWSEM_H
#define _LINUX_RWSEM_H

#include <linux/kernel.h>

struct rw_semaphore {
	int readers;		/* down_read() holders */
	int writer;		/* 1 while down_write() holds it */
};

#define __RWSEM_INITIALIZER(name)	{ 0, 0 }
#define DECLARE_RWSEM(name) \
	struct rw_semaphore name = __RWSEM_INITIALIZER(name)

static inline void init_rwsem(struct rw_semaphore *sem)
{
	sem->readers = 0;
	sem->writer = 0;
}

static inline void down_read(struct rw_semaphore *sem)
{
	BUG_ON(sem->writer);		/* would wait for ever */
	sem->readers++;
}

static inline int down_read_trylock(struct rw_semaphore *sem)
{
	if (sem->writer)
		return 0;
	sem->readers++;
	return 1;
}

static inline void up_read(struct rw_semaphore *sem)
{
	BUG_ON(sem->readers <= 0);
	sem->readers--;
}

static inline void down_write(struct rw_semaphore *sem)
{
	BUG_ON(sem->writer || sem->readers);
	sem->writer = 1;
}

static inline void up_write(struct rw_semaphore *sem)
{
	BUG_ON(!sem->writer);
	sem->writer = 0;
}

#define rwsem_is_locked(sem)	((sem)->writer || (sem)->readers)

#endif /* _LINUX_RWSEM_H */
