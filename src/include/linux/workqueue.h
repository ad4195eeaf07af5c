/**
 * @file
 * @brief \~english Delayed work run by the emulated clock.
 *        \~chinese 由模拟时钟驱动的延迟工作。 \~
 *
 * linux/workqueue.h - delayed work on a CPU's events queue
 * (include/linux/workqueue.h, kernel/workqueue.c).
 *
 * 2.6.24 arms a timer for a delayed work item; when it fires, the item
 * goes to the CPU's keventd queue and keventd runs it on that CPU.
 * mm24 has neither timers nor threads: an armed item waits on one list
 * until run_delayed_work() (called by the "tick" command after each
 * emulated second) finds it due and runs it as that CPU.  An item runs
 * once per arming, as in the kernel; a periodic one arms itself again.
 */
#ifndef _LINUX_WORKQUEUE_H
#define _LINUX_WORKQUEUE_H

#include <linux/list.h>
#include <linux/jiffies.h>

struct work_struct;
typedef void (*work_func_t)(struct work_struct *work);

struct work_struct {
	work_func_t func;
};

struct delayed_work {
	struct work_struct work;
	unsigned long expires;		/* jiffies when it is due */
	int cpu;			/* the CPU it runs on */
	int pending;			/* armed and not yet run */
	struct list_head entry;		/* on the list of armed items */
};

#define INIT_DELAYED_WORK(dw, fn) \
	do { (dw)->work.func = (fn); (dw)->pending = 0; } while (0)

/* Arm @dwork to run on @cpu after @delay jiffies; 0 if already armed. */
int schedule_delayed_work_on(int cpu, struct delayed_work *dwork,
			     unsigned long delay);
/* The same on the CPU running now. */
int schedule_delayed_work(struct delayed_work *dwork, unsigned long delay);
/* keventd exists once the initcalls run: always, in mm24. */
static inline int keventd_up(void)
{
	return 1;
}
/* Run every armed item that is due, each on its CPU (mm24's clock). */
void run_delayed_work(void);

#endif /* _LINUX_WORKQUEUE_H */
