/**
 * @file
 * @brief \~english The page allocator's calls into reclaim (kswapd, direct reclaim).
 *        \~chinese 页分配器对内存回收的调用（kswapd 与直接回收）。 \~
 *
 * vmscan.c (buddy unit) - the allocator's calls into page reclaim
 * (mm/vmscan.c).
 *
 * kswapd and direct reclaim belong to the reclaim unit; mm24 has no LRU
 * pages yet, so there would be nothing to reclaim anyway.  These two
 * functions keep 2.6.24's decisions and counters and report the rest.
 */
#include <linux/gfp.h>
#include <linux/sched.h>
#include <linux/swap.h>
#include <linux/vmstat.h>

static int kswapd_sleeping = 1;	/* kswapd0 waits on pgdat->kswapd_wait */

/**
 * @brief \~english Wake kswapd if @p zone is below pages_low.
 *        \~chinese 若管理区低于 pages_low 水位线，就唤醒 kswapd。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param order \~english the order that failed \~chinese 分配失败的阶 \~
 * @kernel{mm/vmscan.c,1559}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english There is no kswapd thread, so nothing ever sleeps on
 *         ->kswapd_wait and waitqueue_active() would always say no: the flag
 *         `kswapd_sleeping` stands for the sleeping thread.  The first
 *         wake-up is reported with printk() where 2.6.24 calls
 *         wake_up_interruptible(); kswapd would then be running, so it is
 *         not woken (or reported) again.
 *         \~chinese 没有 kswapd 线程，->kswapd_wait 上从来没有人睡眠，
 *         waitqueue_active() 总会说没有：用标志 kswapd_sleeping 代表那个睡眠中的
 *         线程。第一次唤醒用 printk() 报告（2.6.24 在这里调用
 *         wake_up_interruptible()）；此后 kswapd 已在运行，不会再被唤醒或报告。 \~
 */
void wakeup_kswapd(struct zone *zone, int order)
{
	pg_data_t *node;
	int above_low;

	if (!populated_zone(zone))
		return;
	node = zone->zone_pgdat;
	above_low = zone_watermark_ok(zone, order, zone->pages_low, 0, 0);
	if (above_low)
		return;
	/* kswapd reclaims for the largest order anyone has asked for */
	if (order > node->kswapd_max_order)
		node->kswapd_max_order = order;
	if (!kswapd_sleeping)
		return;
	kswapd_sleeping = 0;
	printk(KERN_DEBUG "kswapd%d: woken for zone %s (order %d); mm24 has no "
	       "reclaim yet, so it frees nothing\n", node->node_id,
	       zone->name, order);
}

/**
 * @brief \~english Direct reclaim on behalf of a failing allocation.
 *        \~chinese 为分配失败的进程直接回收内存。 \~
 * @param zones \~english the zonelist's zones \~chinese 管理区链表中的管理区 \~
 * @param order \~english the order wanted \~chinese 请求的阶 \~
 * @param gfp_mask \~english its flags \~chinese 它的分配标志 \~
 * @return \~english pages reclaimed (always 0 in mm24)
 *         \~chinese 回收的页数（mm24 中总是 0） \~
 * @kernel{mm/vmscan.c,1209}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english Nothing can be reclaimed before the LRU and slab units:
 *         the stall is counted (ALLOCSTALL) as in 2.6.24, then the priority
 *         loop (shrink_zones(), shrink_slab(), wakeup_pdflush(),
 *         congestion_wait()) and the zones' prev_priority update are left
 *         out; a printk() reports the call and 0 says no progress.
 *         \~chinese 在 LRU 和 slab 单元之前没有什么可回收：与 2.6.24 一样计入一次
 *         ALLOCSTALL，随后按优先级循环的回收（shrink_zones()、shrink_slab()、
 *         wakeup_pdflush()、congestion_wait()）以及对各管理区 prev_priority 的更新
 *         都省略了；用 printk() 报告这次调用，返回 0 表示没有进展。 \~
 */
unsigned long try_to_free_pages(struct zone **zones, int order, gfp_t gfp_mask)
{
	(void)zones;
	count_vm_event(ALLOCSTALL);
	printk(KERN_DEBUG "%s: direct reclaim for order:%d, mode:0x%x: mm24 has "
	       "no reclaim yet, 0 pages freed\n", current->comm, order, gfp_mask);
	return 0;
}

/**
 * @brief \~english Wait for write-back congestion to ease.
 *        \~chinese 等待回写拥塞缓解（在模拟中时间前进 timeout 个 jiffy）。 \~
 * @param rw \~english READ or WRITE \~chinese READ 或 WRITE \~
 * @param timeout \~english jiffies \~chinese 超时（jiffies） \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/backing-dev.c,80}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english No block devices and no scheduler, so nothing to sleep on
 *         (DEFINE_WAIT(), prepare_to_wait(), io_schedule_timeout(),
 *         finish_wait()): the clock, `jiffies`, moves on by the whole
 *         timeout, as if it had run out, and 0 jiffies are left.
 *         \~chinese 没有块设备也没有调度器，无处可睡（DEFINE_WAIT()、prepare_to_wait()、
 *         io_schedule_timeout()、finish_wait()）：时钟 jiffies 直接前进整个
 *         timeout，就像等待已超时，返回剩余的 0 个 jiffy。 \~
 */
long congestion_wait(int rw, long timeout)
{
	(void)rw;
	jiffies += (unsigned long)timeout;
	return 0;
}
