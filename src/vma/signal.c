/**
 * @file
 * @brief \~english Sending a signal that cannot be blocked: what exec does to a task it cannot finish.
 *        \~chinese 发送一个不可阻塞的信号：exec 无法完成时对进程所做的事。 \~
 *
 * signal.c (vma unit) - force_sig() (kernel/signal.c).  mm24 has no
 * signal handlers and no delivery: a signal is a bit in task->pending
 * that the scenario reads (a task killed by exec is then reaped).
 */
#include <linux/sched.h>

/**
 * @brief \~english Queue @p sig for @p p, blocked or ignored or not.
 *        \~chinese 向进程 p 发送信号 sig，无论它是否被阻塞或忽略。 \~
 * @param sig \~english the signal \~chinese 信号 \~
 * @param p \~english the task \~chinese 目标进程 \~
 * @kernel{kernel/signal.c,1230}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english No siginfo and no handler to unblock
 *         (force_sig_info()): the signal's bit is set in @c pending.
 *         \~chinese 没有 siginfo，也没有需要解除阻塞的处理函数（force_sig_info()）：
 *         只在 @c pending 中置上该信号的位。 \~
 */
void force_sig(int sig, struct task_struct *p)
{
	p->pending |= 1UL << (sig - 1);
}
