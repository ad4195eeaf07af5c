/**
 * @file
 * @brief \~english The out-of-memory killer's entry points.
 *        \~chinese OOM killer 的入口函数。 \~
 *
 * oom_kill.c (buddy unit) - the out-of-memory killer's entry points
 * (mm/oom_kill.c).
 *
 * The OOM killer picks a user process to kill.  mm24 has no user
 * processes yet (they come with the vma unit), so it finds none and
 * panics, exactly as 2.6.24 does when nothing is killable.
 */
#include <linux/gfp.h>
#include <linux/sched.h>
#include <linux/swap.h>

/* Serialises the OOM locks of zonelists that share zones. */
static DEFINE_SPINLOCK(zone_scan_mutex);

/**
 * @brief \~english Lock the zonelist's zones against a parallel OOM kill.
 *        \~chinese 给 zonelist 中的管理区加 OOM 锁，防止并发的 OOM 杀进程。 \~
 * @param zl \~english the zones \~chinese 这些管理区 \~
 * @return \~english 1 if locked, 0 if an OOM kill is already running for one of them
 *         \~chinese 加锁成功返回 1；其中某个管理区已在进行 OOM kill 时返回 0 \~
 * @kernel{mm/oom_kill.c,391}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english mm24's linux/mmzone.h has zone_test_and_set_flag() but
 *         not zone_is_oom_locked() or zone_set_flag(): the ZONE_OOM_LOCKED
 *         bit of ->flags is tested in line, and set with
 *         zone_test_and_set_flag(), whose answer is not needed.
 *         \~chinese mm24 的 linux/mmzone.h 有 zone_test_and_set_flag()，却没有
 *         zone_is_oom_locked() 和 zone_set_flag()：直接检查 ->flags 中的
 *         ZONE_OOM_LOCKED 位，置位则用 zone_test_and_set_flag()，不理会它的返回值。 \~
 */
int try_set_zone_oom(struct zonelist *zl)
{
	struct zone **zp;
	int locked = 1;

	spin_lock(&zone_scan_mutex);
	/* all or nothing: one zone already locked fails the whole list */
	for (zp = zl->zones; *zp; zp++)
		if (((*zp)->flags >> ZONE_OOM_LOCKED) & 1) {
			locked = 0;
			goto out;
		}
	/* still under the mutex: a racing caller sees all or none */
	for (zp = zl->zones; *zp; zp++)
		zone_test_and_set_flag(*zp, ZONE_OOM_LOCKED);
out:
	spin_unlock(&zone_scan_mutex);
	return locked;
}

/**
 * @brief \~english Release the zonelist's OOM lock.
 *        \~chinese 释放 zonelist 的 OOM 锁。 \~
 * @param zl \~english the zones \~chinese 这些管理区 \~
 * @kernel{mm/oom_kill.c,424}
 * @seenotes{chapter-buddy,buddy-slow-path}
 */
void clear_zonelist_oom(struct zonelist *zl)
{
	struct zone **zp;

	spin_lock(&zone_scan_mutex);
	for (zp = zl->zones; *zp; zp++)
		zone_clear_flag(*zp, ZONE_OOM_LOCKED);
	spin_unlock(&zone_scan_mutex);
}

/**
 * @brief \~english Kill the process that frees the most memory.
 *        \~chinese 选出并杀掉能释放最多内存的进程。 \~
 * @param zonelist \~english the failing zonelist
 *                 \~chinese 分配失败的管理区链表 \~
 * @param gfp_mask \~english the allocation's flags
 *                 \~chinese 该次分配的分配标志 \~
 * @param order \~english its order \~chinese 它的阶 \~
 * @kernel{mm/oom_kill.c,445}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english Only the end of 2.6.24's path is left, the panic.  Nobody
 *         registers on the OOM notifier chain, so blocking_notifier_call_chain()
 *         could free nothing; the sysctls keep their default 0
 *         (sysctl_panic_on_oom, sysctl_oom_kill_allocating_task);
 *         constrained_alloc() can only answer CONSTRAINT_NONE without NUMA
 *         or cpusets; and select_bad_process(), under read_lock() of the
 *         tasklist, skips tasks without an mm, which every task is before
 *         the vma unit: it finds nobody, and 2.6.24 panics there.
 *         \~chinese 只保留 2.6.24 这条路径的结尾，即 panic。OOM 通知链上没有注册者，
 *         blocking_notifier_call_chain() 释放不了任何内存；两个 sysctl
 *         （sysctl_panic_on_oom、sysctl_oom_kill_allocating_task）保持默认值 0；
 *         没有 NUMA 和 cpuset，constrained_alloc() 只会返回 CONSTRAINT_NONE；
 *         select_bad_process() 在 read_lock() 持有 tasklist 锁时会跳过没有 mm 的
 *         任务，而在 vma 单元之前所有任务都没有 mm：它一个也找不到，2.6.24 在这里
 *         panic。 \~
 */
void out_of_memory(struct zonelist *zonelist, gfp_t gfp_mask, int order)
{
	(void)zonelist;
	(void)gfp_mask;
	(void)order;
	panic("Out of memory and no killable processes...\n");
}
