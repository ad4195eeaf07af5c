/**
 * @file
 * @brief \~english Timeouts rounded to whole seconds.
 *        \~chinese 取整到整秒的超时时间。 \~
 *
 * timer.c - __round_jiffies() and its relatives (kernel/timer.c).
 *
 * A timeout is moved to the nearest whole second (HZ jiffies), rounding
 * down only when it lies less than a quarter second past one; CPU n's
 * timeouts are shifted by 3n jiffies before the rounding and back after
 * it, so that CPUs fire a few jiffies apart.  A rounding that would put
 * the timeout in the past keeps the original value.
 */
#include <linux/smp.h>
#include <linux/timer.h>

/**
 * @brief \~english Round an absolute timeout to a whole second, skewed by CPU.
 *        \~chinese 把绝对超时时间取整到整秒（按 CPU 错开几个 jiffies）。 \~
 * @param j \~english the timeout, in jiffies
 *          \~chinese 超时时刻（以 jiffies 计） \~
 * @param cpu \~english the CPU the timer runs on
 *            \~chinese 运行该定时器的 CPU \~
 * @return \~english the rounded timeout, or @p j if rounding would make it past
 *         \~chinese 取整后的超时时刻；若取整后已经过去，则原样返回 @p j \~
 * @kernel{kernel/timer.c,137}
 * @seenotes{chapter-slab,slab-reap}
 */
unsigned long __round_jiffies(unsigned long j, int cpu)
{
	const unsigned long skew = 3UL * (unsigned long)cpu;
	unsigned long at = j + skew;
	int past_second = (int)(at % HZ);

	/* a quarter second late: the last whole second; else the next one */
	at -= (unsigned long)past_second;
	if (past_second >= HZ / 4)
		at += HZ;
	at -= skew;
	if (at <= jiffies)
		return j;
	return at;
}

/**
 * @brief \~english Round a relative timeout so that it expires on a whole second.
 *        \~chinese 把相对超时时间取整，使其在整秒时到期。 \~
 * @param j \~english the delay, in jiffies from now
 *          \~chinese 从现在起的延时（以 jiffies 计） \~
 * @param cpu \~english the CPU the timer runs on
 *            \~chinese 运行该定时器的 CPU \~
 * @return \~english the rounded delay \~chinese 取整后的延时 \~
 * @kernel{kernel/timer.c,194}
 * @seenotes{chapter-slab,slab-reap}
 */
unsigned long __round_jiffies_relative(unsigned long j, int cpu)
{
	const unsigned long now = jiffies;

	return __round_jiffies(now + j, cpu) - now;
}

/**
 * @brief \~english __round_jiffies_relative() for the CPU running now.
 *        \~chinese 对当前 CPU 调用 __round_jiffies_relative()。 \~
 * @param j \~english the delay, in jiffies from now
 *          \~chinese 从现在起的延时（以 jiffies 计） \~
 * @return \~english the rounded delay \~chinese 取整后的延时 \~
 * @kernel{kernel/timer.c,242}
 * @seenotes{chapter-slab,slab-reap}
 */
unsigned long round_jiffies_relative(unsigned long j)
{
	return __round_jiffies_relative(j, raw_smp_processor_id());
}
