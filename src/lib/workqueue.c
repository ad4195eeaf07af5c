/*
 * workqueue.c - delayed work without timers or threads (see
 * linux/workqueue.h): armed items wait on one list, oldest first, and
 * run_delayed_work() runs the due ones, each with its own CPU selected
 * as smp_processor_id(), as that CPU's keventd would.
 */
#include <linux/kernel.h>
#include <linux/smp.h>
#include <linux/workqueue.h>

static LIST_HEAD(armed);

int schedule_delayed_work_on(int cpu, struct delayed_work *dwork,
			     unsigned long delay)
{
	if (dwork->pending)
		return 0;
	dwork->pending = 1;
	dwork->cpu = cpu;
	dwork->expires = jiffies + delay;
	list_add_tail(&dwork->entry, &armed);
	return 1;
}

int schedule_delayed_work(struct delayed_work *dwork, unsigned long delay)
{
	return schedule_delayed_work_on(smp_processor_id(), dwork, delay);
}

void run_delayed_work(void)
{
	struct delayed_work *dw, *next;
	int self = mm24_cpu;

	/* an item re-armed while it runs goes to the tail with a later
	 * expiry, so one pass sees every item that is due now */
	list_for_each_entry_safe(dw, next, &armed, entry) {
		if (time_after(dw->expires, jiffies))
			continue;
		list_del(&dw->entry);
		dw->pending = 0;
		mm24_cpu = dw->cpu;
		dw->work.func(&dw->work);
		mm24_cpu = self;
	}
}
