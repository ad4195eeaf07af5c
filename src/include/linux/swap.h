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
