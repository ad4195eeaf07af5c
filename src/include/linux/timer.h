/**
 * @file
 * @brief \~english Rounding timeouts to whole seconds.
 *        \~chinese 把超时时间取整到整秒。 \~
 *
 * linux/timer.h - the round_jiffies() family (kernel/timer.c).
 *
 * Periodic housekeeping (the slab reap timers) does not care about the
 * exact jiffy; rounding its timeouts to whole seconds lets the timers of
 * a CPU fire together, and each CPU is skewed by 3 jiffies so that the
 * CPUs do not all fire at once.
 */
#ifndef _LINUX_TIMER_H
#define _LINUX_TIMER_H

#include <linux/jiffies.h>

unsigned long __round_jiffies(unsigned long j, int cpu);
unsigned long __round_jiffies_relative(unsigned long j, int cpu);
unsigned long round_jiffies_relative(unsigned long j);

#endif /* _LINUX_TIMER_H */
