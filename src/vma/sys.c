/**
 * @file
 * @brief \~english setrlimit(): the limits mm code checks (stack, data, address space, locked memory).
 *        \~chinese setrlimit()：内存管理代码检查的资源限制（栈、数据段、地址空间、锁定内存）。 \~
 *
 * sys.c (vma unit) - sys_setrlimit() (kernel/sys.c).  An ordinary user
 * may lower a limit, and raise its soft value up to the hard one; only
 * CAP_SYS_RESOURCE raises a hard limit (mm24's programs never have it).
 */
#include <linux/mman.h>

#define CAP_SYS_RESOURCE	24

/**
 * @brief \~english setrlimit(): set one resource limit of the current task.
 *        \~chinese setrlimit() 系统调用：设置当前进程的一项资源限制。 \~
 * @param res \~english RLIMIT_* \~chinese 资源号 RLIMIT_* \~
 * @param lim \~english the new soft and hard values
 *            \~chinese 新的软限制与硬限制 \~
 * @return \~english 0, -EINVAL or -EPERM
 *         \~chinese 成功返回 0，否则返回 -EINVAL 或 -EPERM \~
 * @kernel{kernel/sys.c,1459}
 * @seenotes{chapter-vma,vma-limits}
 * @kquirk \~english The limits come from the scenario, in kernel memory
 *         (no copy_from_user()), read where they are (lim->rlim_cur,
 *         lim->rlim_max, compared with the current ->rlim_max before
 *         capable(CAP_SYS_RESOURCE)); mm24 has no file limit, LSM or CPU-time
 *         timers, so the RLIMIT_NOFILE test, security_task_setrlimit()
 *         and the RLIMIT_CPU part are left out.
 *         \~chinese 限制值来自场景，位于内核内存中（无需 copy_from_user()），直接在原处读取（lim->rlim_cur、
 *         lim->rlim_max，并在 capable(CAP_SYS_RESOURCE) 之前与当前的 ->rlim_max 比较）；mm24 没有
 *         文件数限制、安全模块或 CPU 时间定时器，所以省略了 RLIMIT_NOFILE 检查、
 *         security_task_setrlimit() 以及 RLIMIT_CPU 部分。 \~
 */
long sys_setrlimit(unsigned int res, const struct rlimit *lim)
{
	struct rlimit *cur_lim;

	if (res >= RLIM_NLIMITS)
		return -EINVAL;
	if (lim->rlim_cur > lim->rlim_max)
		return -EINVAL;
	cur_lim = current->signal->rlim + res;
	if ((lim->rlim_max > cur_lim->rlim_max) && !capable(CAP_SYS_RESOURCE))
		return -EPERM;

	*cur_lim = *lim;
	return 0;
}
