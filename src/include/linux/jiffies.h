/**
 * @file
 * @brief \~english Emulated time: jiffies and their comparison.
 *        \~chinese 模拟时间：jiffies 及其比较。 \~
 *
 * linux/jiffies.h - the tick counter (include/linux/jiffies.h).
 *
 * HZ is 100, the i386 default: the "tick" scenario command advances
 * jiffies by HZ for every second it lets pass.  The comparisons survive
 * the counter's wrap-around, as in the kernel.
 */
#ifndef _LINUX_JIFFIES_H
#define _LINUX_JIFFIES_H

#include <linux/kernel.h>

#define HZ	100

#define time_after(a, b)	((long)(b) - (long)(a) < 0)
#define time_before(a, b)	time_after(b, a)

#endif /* _LINUX_JIFFIES_H */
