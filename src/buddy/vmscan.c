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
 * @param zone the zone
 * @param order the order that failed
 * @kernel{mm/vmscan.c,1559}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english There is no kswapd thread: the first wake-up is
 *         reported, and since kswapd would then be running it is not
 *         woken (or reported) again.
 *         \~chinese 没有 kswapd 线程：第一次唤醒会被报告；此后 kswapd 已处于运行状态，
 *         不会再被唤醒或报告。 \~
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
 * @param zones the zonelist's zones
 * @param order the order wanted
 * @param gfp_mask its flags
 * @return pages reclaimed (always 0 in mm24)
 * @kernel{mm/vmscan.c,1209}
 * @seenotes{chapter-buddy,buddy-slow-path}
 * @kquirk \~english Counts the stall (allocstall) as 2.6.24 does, reports,
 *         and reclaims nothing.
 *         \~chinese 与 2.6.24 一样计入 allocstall 并打印报告，但不回收任何页。 \~
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
 * @param rw READ or WRITE
 * @param timeout jiffies
 * @return 0
 * @kernel{mm/backing-dev.c,80}
 * @seenotes{chapter-buddy,buddy-slow-path}
 */
long congestion_wait(int rw, long timeout)
{
	(void)rw;
	jiffies += (unsigned long)timeout;
	return 0;
}
