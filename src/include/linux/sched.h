/**
 * @file
 * @brief \~english The task as the memory manager sees it.
 *        \~chinese 内存管理所看到的进程描述符。 \~
 *
 * linux/sched.h - the task as the memory manager sees it.
 *
 * Only what mm code reads of a task is kept: pid and comm for messages,
 * the mm (NULL for kernel threads), PF_MEMALLOC for the allocator's
 * reserves, the fault record in thread, pending signals, and user_regs:
 * where the task stands in user mode (eip, esp) when it touches memory;
 * reclaim_state, which the allocator points at its own counter while the
 * task runs direct reclaim.
 */
#ifndef _LINUX_SCHED_H
#define _LINUX_SCHED_H

#include <linux/kernel.h>
#include <linux/list.h>
#include <asm/processor.h>
#include <asm/ptrace.h>

#define TASK_COMM_LEN	16

#define PF_EXITING	0x00000004	/* getting shut down */
#define PF_FORKNOEXEC	0x00000040	/* forked but did not exec */
#define PF_MEMALLOC	0x00000800	/* allocating memory to free memory */
#define PF_RANDOMIZE	0x00400000	/* randomize the virtual address space */

/* Resource limits (asm-generic/resource.h): the ones mm code reads. */
#define RLIMIT_DATA		2	/* max data size (brk) */
#define RLIMIT_STACK		3	/* max stack size */
#define RLIMIT_MEMLOCK		8	/* mlock()ed bytes */
#define RLIMIT_AS		9	/* address space limit */
#define RLIM_NLIMITS		15
#define RLIM_INFINITY		(~0UL)
#define _STK_LIM		(8 * 1024 * 1024)
#define MLOCK_LIMIT		(8 * PAGE_SIZE)

struct rlimit {
	unsigned long rlim_cur;
	unsigned long rlim_max;
};

/* What a thread group shares: here only the resource limits. */
struct signal_struct {
	atomic_t count;
	struct rlimit rlim[RLIM_NLIMITS];
};
extern struct signal_struct init_signals;

/* personality bits the mm code tests (linux/personality.h) */
#define ADDR_NO_RANDOMIZE	0x0040000
#define ADDR_COMPAT_LAYOUT	0x0200000
#define READ_IMPLIES_EXEC	0x0400000

#define SIGBUS		7
#define SIGKILL		9
#define SIGSEGV		11
#ifndef SEGV_MAPERR		/* host <signal.h> may have them, same values */
#define SEGV_MAPERR	1	/* address not mapped */
#define SEGV_ACCERR	2	/* invalid permissions */
#endif
#ifndef BUS_ADRERR
#define BUS_ADRERR	2	/* nonexistent physical address */
#endif

/* task states (the ones mm code sets) */
#define TASK_RUNNING		0
#define TASK_INTERRUPTIBLE	1
#define TASK_UNINTERRUPTIBLE	2
#define TASK_DEAD		64
#define EXIT_ZOMBIE		16

/* clone() flags (the ones mm24 uses) */
#define CLONE_VM	0x00000100	/* share the address space */
#define CLONE_VFORK	0x00004000	/* parent waits until mm_release() */

struct mm_struct;
struct reclaim_state;
struct __wait_queue_head;

struct task_struct {
	long state;
	unsigned int flags;			/* PF_* */
	int pid;
	char comm[TASK_COMM_LEN];
	struct mm_struct *mm, *active_mm;
	struct thread_struct thread;
	struct pt_regs user_regs;
	unsigned long pending;			/* bit (sig - 1) per signal */
	int mm24_si_code;			/* the fault signal's si_code */
	int memdie;				/* TIF_MEMDIE: OOM-killed */
	unsigned long min_flt, maj_flt;
	struct reclaim_state *reclaim_state;	/* set during direct reclaim */
	/* mm24: the wait queue add_wait_queue() last put the task on, for
	 * the report of a schedule() that nothing can wake */
	struct __wait_queue_head *waiting_on;
	struct list_head tasks;			/* on init_task.tasks */
	struct signal_struct *signal;		/* rlimits */
	unsigned long personality;		/* ADDR_*, READ_IMPLIES_EXEC */
	struct task_struct *parent;		/* who created it */
	atomic_t usage;				/* references to the struct */
	int exit_state;				/* EXIT_ZOMBIE once exited */
	char mm24_name[TASK_COMM_LEN];		/* mm24: "as NAME", or "" */
};

extern struct task_struct init_task;
extern struct task_struct *current_task_of[NR_CPUS];
#define current		(current_task_of[mm24_cpu])
#define task_pid_nr(t)	((t)->pid)
#define rt_task(p)	0
/* one CPU runs at a time and nothing preempts: never a reason to yield */
static inline int cond_resched(void)
{
	return 0;
}
/* nothing preempts a task in mm24 */
static inline int need_resched(void)
{
	return 0;
}
#define __set_current_state(s)	(current->state = (s))
#define set_current_state(s)	__set_current_state(s)
/*
 * Give the CPU to another task.  mm24 has none: a running task just goes
 * on; a task that is not TASK_RUNNING would never be woken, so schedule()
 * reports it (lib/wait.c) and stops the machine.
 */
void schedule(void);
#define might_sleep()	do { } while (0)
#define TIF_MEMDIE	1
#define test_thread_flag(f)	((f) == TIF_MEMDIE && current->memdie)
#define test_tsk_thread_flag(t, f)	((f) == TIF_MEMDIE && (t)->memdie)

/* Queue @sig for @t (force_sig_info: it cannot be blocked or ignored). */
void force_sig(int sig, struct task_struct *t);
static inline int signal_pending_sig(struct task_struct *t, int sig)
{
	return (t->pending >> (sig - 1)) & 1;
}

#endif /* _LINUX_SCHED_H */
