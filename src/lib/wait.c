/*
 * wait.c - wait queues and schedule() on a machine with one task at a
 * time (see linux/wait.h).
 *
 * add_wait_queue()/remove_wait_queue() and __wake_up() do what
 * kernel/wait.c and kernel/sched.c do: a wake-up sets the waiting tasks
 * TASK_RUNNING.  schedule() cannot switch to another task, since there is
 * none: a task still TASK_RUNNING returns at once (it only yielded), and a
 * task that went to sleep is reported, with the call chain that led to
 * the sleep, and the machine stops: in 2.6.24 it would sleep until
 * another task woke it, and in mm24 no other task will ever run.
 */
#include <linux/kernel.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/wait.h>
#include <asm/machine.h>

void add_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	wait->flags = 0;
	spin_lock_irqsave(&q->lock, flags);
	list_add(&wait->task_list, &q->task_list);
	((struct task_struct *)wait->private)->waiting_on = q;
	spin_unlock_irqrestore(&q->lock, flags);
}

void remove_wait_queue(wait_queue_head_t *q, wait_queue_t *wait)
{
	unsigned long flags;

	spin_lock_irqsave(&q->lock, flags);
	list_del(&wait->task_list);
	((struct task_struct *)wait->private)->waiting_on = NULL;
	spin_unlock_irqrestore(&q->lock, flags);
}

void __wake_up(wait_queue_head_t *q, unsigned int mode, int nr_exclusive,
	       void *key)
{
	wait_queue_t *wait;
	unsigned long flags;

	(void)nr_exclusive;	/* nobody waits exclusively in mm24 */
	(void)key;
	spin_lock_irqsave(&q->lock, flags);
	list_for_each_entry(wait, &q->task_list, task_list) {
		struct task_struct *tsk = wait->private;

		if (tsk->state & mode)
			tsk->state = TASK_RUNNING;
	}
	spin_unlock_irqrestore(&q->lock, flags);
}

/* The name DECLARE_WAIT_QUEUE_HEAD() gave @q, if it has one. */
static const char *wait_queue_name(const wait_queue_head_t *q)
{
	const struct wait_queue_name *n;

	for (n = __start_mm24_waitq; n && n < __stop_mm24_waitq; n++)
		if (n->q == q)
			return n->name;
	return "a wait queue";
}

void schedule(void)
{
	struct task_struct *tsk = current;

	if (tsk->state == TASK_RUNNING)
		return;
	printk(KERN_ERR "mm24: %s (pid %d) sleeps in %s on %s, and no other "
	       "task runs to wake it up: it would sleep for ever\n",
	       tsk->comm, tsk->pid, tsk->state == TASK_UNINTERRUPTIBLE ?
	       "TASK_UNINTERRUPTIBLE" : "TASK_INTERRUPTIBLE",
	       tsk->waiting_on ? wait_queue_name(tsk->waiting_on) :
	       "no wait queue");
	dump_stack();
	machine_halt(MACHINE_STUCK);
}
