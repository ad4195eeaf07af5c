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

/**
 * @brief \~english Lock the zonelist's zones against a parallel OOM kill.
 *        \~chinese 给 zonelist 中的管理区加 OOM 锁，防止并发的 OOM 杀进程。 \~
 * @param zonelist the zones
 * @return 1 if locked, 0 if an OOM kill is already running for one of them
 * @kernel{mm/oom_kill.c,391}
 * @seenotes{chapter-buddy,buddy-slow-path}
 */
int try_set_zone_oom(struct zonelist *zonelist)
{
	struct zone **zp;

	/* all or nothing: one zone already locked fails the whole list */
	for (zp = zonelist->zones; *zp; zp++)
		if (((*zp)->flags >> ZONE_OOM_LOCKED) & 1)
			return 0;
	for (zp = zonelist->zones; *zp; zp++)
		zone_test_and_set_flag(*zp, ZONE_OOM_LOCKED);
	return 1;
}

/**
 * @brief \~english Release the zonelist's OOM lock.
 *        \~chinese 释放 zonelist 的 OOM 锁。 \~
 * @param zonelist the zones
 * @kernel{mm/oom_kill.c,424}
 * @seenotes{chapter-buddy,buddy-slow-path}
 */
void clear_zonelist_oom(struct zonelist *zonelist)
{
	struct zone **zp;

	for (zp = zonelist->zones; *zp; zp++)
		zone_clear_flag(*zp, ZONE_OOM_LOCKED);
}

/**
 * @brief \~english Kill the process that frees the most memory.
 *        \~chinese 选出并杀掉能释放最多内存的进程。 \~
 * @param zonelist the failing zonelist
 * @param gfp_mask the allocation's flags
 * @param order its order
 * @kernel{mm/oom_kill.c,445}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english select_bad_process() skips tasks without an mm, and no
 *         task has one before the vma unit: always the panic branch.
 *         \~chinese select_bad_process() 会跳过没有 mm 的任务，而在 vma 单元之前没有
 *         任务拥有 mm：总是走到 panic 分支。 \~
 */
void out_of_memory(struct zonelist *zonelist, gfp_t gfp_mask, int order)
{
	(void)zonelist;
	(void)gfp_mask;
	(void)order;
	panic("Out of memory and no killable processes...\n");
}
