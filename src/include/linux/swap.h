/**
 * @file
 * @brief \~english The page allocator's calls into reclaim.
 *        \~chinese 页分配器对内存回收的调用接口。 \~
 *
 * linux/swap.h - the page allocator's calls into reclaim
 * (include/linux/swap.h, linux/oom.h, linux/backing-dev.h).
 *
 * Reclaim, kswapd and the OOM killer are a later unit.  Until then these
 * real-named functions do what can be done without them and say so.
 */
#ifndef _LINUX_SWAP_H
#define _LINUX_SWAP_H

#include <linux/mmzone.h>

struct sysinfo {
	unsigned long totalram;
	unsigned long freeram;
	unsigned long sharedram;
	unsigned long bufferram;
	unsigned long totalhigh;
	unsigned long freehigh;
	unsigned int mem_unit;
};

/**
 * @brief \~english What a task in direct reclaim has freed besides LRU pages:
 *        current->reclaim_state points here while try_to_free_pages() runs.
 *        \~chinese 直接回收期间，除 LRU 页以外回收到的内存：在 try_to_free_pages()
 *        运行期间由 current->reclaim_state 指向它。 \~
 * @kernel{include/linux/swap.h,85}
 * @seenotes{chapter-buddy,buddy-slow-path}
 */
struct reclaim_state {
	unsigned long reclaimed_slab;	/**< slab pages given back meanwhile */
};

void si_meminfo(struct sysinfo *val);
unsigned int nr_free_highpages(void);

void wakeup_kswapd(struct zone *zone, int order);
unsigned long try_to_free_pages(struct zone **zones, int order,
				gfp_t gfp_mask);
int try_set_zone_oom(struct zonelist *zonelist);
void clear_zonelist_oom(struct zonelist *zonelist);
void out_of_memory(struct zonelist *zonelist, gfp_t gfp_mask, int order);
long congestion_wait(int rw, long timeout);

#endif /* _LINUX_SWAP_H */
