/**
 * @file
 * @brief \~english Spinlocks and interrupt flags, checked.
 *        \~chinese 带检查的自旋锁与中断标志。 \~
 *
 * linux/spinlock.h - locks of a machine whose CPUs never run at once.
 *
 * Nothing can contend, but the discipline is still checked: taking a lock
 * that is held is a deadlock on a real machine and a BUG here, releasing
 * a free lock likewise, and assert_spin_locked() lets a "__" function
 * check the lock its name says the caller holds.  local_irq_save() records
 * the interrupt flag per CPU so irqs_disabled() answers truthfully.
 */
#ifndef _LINUX_SPINLOCK_H
#define _LINUX_SPINLOCK_H

#include <linux/smp.h>

typedef struct {
	int locked;
} spinlock_t;

#define SPIN_LOCK_UNLOCKED	{ 0 }
#define DEFINE_SPINLOCK(x)	spinlock_t x = SPIN_LOCK_UNLOCKED

void spin_bug(spinlock_t *lock, const char *msg);

static inline void spin_lock_init(spinlock_t *lock)
{
	lock->locked = 0;
}

static inline void spin_lock(spinlock_t *lock)
{
	if (unlikely(lock->locked))
		spin_bug(lock, "recursion");
	lock->locked = 1;
	preempt_disable();
}

static inline void spin_unlock(spinlock_t *lock)
{
	if (unlikely(!lock->locked))
		spin_bug(lock, "already unlocked");
	lock->locked = 0;
	preempt_enable();
}

#define assert_spin_locked(lock)	BUG_ON(!(lock)->locked)

extern int irqs_off_of[NR_CPUS];
#define irqs_disabled()		(irqs_off_of[mm24_cpu])
#define local_irq_save(flags) \
	do { (flags) = irqs_off_of[mm24_cpu]; irqs_off_of[mm24_cpu] = 1; } while (0)
/* popf of the saved IF; written as a branch storing a constant, so that
 * the next local_irq_save() does not wait on this one's load (a chain
 * through memory that cost every kmalloc()+kfree() pair a nanosecond) */
#define local_irq_restore(flags) \
	do { \
		if (flags) \
			irqs_off_of[mm24_cpu] = 1; \
		else \
			irqs_off_of[mm24_cpu] = 0; \
	} while (0)
#define local_irq_disable()	(irqs_off_of[mm24_cpu] = 1)
#define local_irq_enable()	(irqs_off_of[mm24_cpu] = 0)

#define spin_lock_irq(lock) \
	do { local_irq_disable(); spin_lock(lock); } while (0)
#define spin_unlock_irq(lock) \
	do { spin_unlock(lock); local_irq_enable(); } while (0)

/*
 * Run @fn on every online CPU with that CPU's interrupts off: the others
 * first, as the IPIs of smp_call_function() would, then this one.
 */
static inline int on_each_cpu(void (*fn)(void *), void *info, int retry,
			      int wait)
{
	int self = mm24_cpu, cpu;

	(void)retry;
	(void)wait;
	for_each_online_cpu(cpu) {
		int was_off;

		if (cpu == self)
			continue;
		mm24_cpu = cpu;
		was_off = irqs_off_of[cpu];
		irqs_off_of[cpu] = 1;
		fn(info);
		irqs_off_of[cpu] = was_off;
	}
	mm24_cpu = self;
	local_irq_disable();
	fn(info);
	local_irq_enable();
	return 0;
}

/*
 * Reader-writer locks: any number of readers or one writer.  With one
 * CPU running at a time a reader never meets a writer, but a write_lock()
 * taken twice, or taken by a reader, is still a deadlock and a BUG.
 */
typedef struct {
	int readers;
	int writer;
} rwlock_t;

#define RW_LOCK_UNLOCKED	{ 0, 0 }
#define DEFINE_RWLOCK(x)	rwlock_t x = RW_LOCK_UNLOCKED

static inline void read_lock(rwlock_t *lock)
{
	if (unlikely(lock->writer))
		spin_bug(NULL, "read_lock under write_lock");
	lock->readers++;
	preempt_disable();
}

static inline void read_unlock(rwlock_t *lock)
{
	if (unlikely(lock->readers <= 0))
		spin_bug(NULL, "read_unlock of a free rwlock");
	lock->readers--;
	preempt_enable();
}

static inline void write_lock(rwlock_t *lock)
{
	if (unlikely(lock->writer || lock->readers))
		spin_bug(NULL, "write_lock of a held rwlock");
	lock->writer = 1;
	preempt_disable();
}

static inline void write_unlock(rwlock_t *lock)
{
	if (unlikely(!lock->writer))
		spin_bug(NULL, "write_unlock of a free rwlock");
	lock->writer = 0;
	preempt_enable();
}

#define spin_lock_irqsave(lock, flags) \
	do { local_irq_save(flags); spin_lock(lock); } while (0)
#define spin_unlock_irqrestore(lock, flags) \
	do { spin_unlock(lock); local_irq_restore(flags); } while (0)

#endif /* _LINUX_SPINLOCK_H */
