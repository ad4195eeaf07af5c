/**
 * @file
 * @brief \~english VM counters, /proc/zoneinfo and /proc/vmstat.
 *        \~chinese VM 计数器、/proc/zoneinfo 与 /proc/vmstat。 \~
 *
 * vmstat.c (zone unit) - VM counters and the /proc/zoneinfo and
 * /proc/vmstat views (mm/vmstat.c).
 *
 * Zone counters are updated per CPU: __mod_zone_page_state() adds to the
 * CPU's s8 delta and folds it into zone->vm_stat (and the global
 * vm_stat) only when it leaves [-threshold, threshold].  The threshold
 * grows with CPUs and zone size:
 *   threshold = min(125, 2 * fls(cpus) * (1 + fls(present >> 15)))
 * and is 0 until setup_vmstat() runs at the end of boot, so boot-time
 * counts are exact.  refresh_cpu_vm_stats() (vmstat_update, every
 * second on each CPU) folds whatever is left.
 */
#include <linux/bitops.h>
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/vmstat.h>

atomic_long_t vm_stat[NR_VM_ZONE_STAT_ITEMS];
struct vm_event_state vm_event_states[NR_CPUS];

/**
 * @brief \~english Add up the event counters of the online CPUs into @p ret.
 *        \~chinese 把各在线 CPU 的 VM 事件计数累加到 ret 中。 \~
 * @param ret \~english NR_VM_EVENT_ITEMS counters, overwritten
 *            \~chinese NR_VM_EVENT_ITEMS 个计数器，其原值被覆盖 \~
 * @kernel{mm/vmstat.c,22}
 * @seenotes{chapter-zone,zone-stats}
 * @kquirk \~english mm24 has no cpumask_t: the online CPUs are 0 .. cpus-1.
 *         So instead of walking a @c cpumask with first_cpu() and
 *         next_cpu() (and a prefetch() of the next CPU's counters), the sum
 *         runs over for_each_online_cpu(), and all_vm_events() passes no
 *         cpu_online_map.
 *         \~chinese mm24 没有 cpumask_t：在线 CPU 就是 0 到 cpus-1。因此这里不用
 *         first_cpu() 与 next_cpu() 遍历 @c cpumask（也不 prefetch() 下一个 CPU 的
 *         计数），而用 for_each_online_cpu() 累加，all_vm_events() 也不传
 *         cpu_online_map。 \~
 */
static void sum_vm_events(unsigned long *ret)
{
	int cpu, i;

	__builtin_memset(ret, 0, NR_VM_EVENT_ITEMS * sizeof(unsigned long));
	for_each_online_cpu(cpu) {
		const struct vm_event_state *counts = &vm_event_states[cpu];

		for (i = 0; i < NR_VM_EVENT_ITEMS; i++)
			ret[i] += counts->event[i];
	}
}

/**
 * @brief \~english Sum the event counters of all online CPUs.
 *        \~chinese 汇总所有在线 CPU 的 VM 事件计数。 \~
 * @param ret \~english NR_VM_EVENT_ITEMS counters
 *            \~chinese NR_VM_EVENT_ITEMS 个计数器 \~
 * @kernel{mm/vmstat.c,49}
 * @seenotes{chapter-zone,zone-stats}
 */
void all_vm_events(unsigned long *ret)
{
	/* a snapshot: the counters move on while it is taken */
	sum_vm_events(ret);
}

/**
 * @brief \~english The per-cpu fold threshold of a zone's counters.
 *        \~chinese 计算管理区计数器的每CPU折叠阈值。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @return \~english min(125, 2 * fls(cpus) * (1 + fls(present MB / 128)))
 *         \~chinese min(125, 2 * fls(cpus) * (1 + fls(present MB / 128))) \~
 * @kernel{mm/vmstat.c,86}
 * @seenotes{chapter-zone,zone-stats}
 */
static int calculate_threshold(struct zone *zone)
{
	int mem = (int)(zone->present_pages >> (27 - PAGE_SHIFT));
	int threshold = 2 * fls(num_online_cpus()) * (1 + fls(mem));

	return min(125, threshold);
}

/**
 * @brief \~english Give every online CPU's pageset its fold threshold.
 *        \~chinese 为每个在线 CPU 的页集合设置计数器折叠阈值。 \~
 * @kernel{mm/vmstat.c,136}
 * @seenotes{chapter-zone,zone-stats}
 */
void refresh_zone_stat_thresholds(void)
{
	struct zone *z;
	int cpu;

	for_each_zone(z) {
		s8 limit;

		/* an empty zone never counts anything: leave it at 0 */
		if (!z->present_pages)
			continue;
		limit = (s8)calculate_threshold(z);
		for_each_online_cpu(cpu)
			zone_pcp(z, cpu)->stat_threshold = limit;
	}
}

/**
 * @brief \~english Add @p delta to a zone counter through this CPU's delta.
 *        \~chinese 经由当前 CPU 的增量把 delta 加到管理区计数器上。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param item \~english the counter \~chinese 计数器 \~
 * @param delta \~english the change \~chinese 变化量 \~
 * @context \~english interrupts disabled \~chinese 中断已关闭 \~
 * @kernel{mm/vmstat.c,157}
 * @seenotes{chapter-zone,zone-stats}
 */
void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			   int delta)
{
	struct per_cpu_pageset *mine = zone_pcp(zone, smp_processor_id());
	s8 *diff = &mine->vm_stat_diff[item];
	long limit = mine->stat_threshold;
	long sum = *diff + delta;

	/* past the threshold either way: the whole sum goes to the shared
	 * counters and this CPU starts again from nothing */
	if (unlikely(sum > limit || sum < -limit)) {
		zone_page_state_add(sum, zone, item);
		sum = 0;
	}
	*diff = (s8)sum;
}

/**
 * @brief \~english Increment a zone counter; on overflow fold with overstep.
 *        \~chinese 管理区计数器加一；超出阈值时连同半个阈值的余量一起折叠。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param item \~english the counter \~chinese 计数器 \~
 * @kernel{mm/vmstat.c,211}
 * @seenotes{chapter-zone,zone-stats}
 */
void __inc_zone_state(struct zone *zone, enum zone_stat_item item)
{
	struct per_cpu_pageset *mine = zone_pcp(zone, smp_processor_id());
	s8 *diff = &mine->vm_stat_diff[item];
	int limit = mine->stat_threshold;

	++*diff;
	if (unlikely(*diff > limit)) {
		/* fold half a threshold more than we have: a steady run of
		 * increments then goes one and a half thresholds before the
		 * next fold */
		int slack = limit / 2;

		zone_page_state_add(*diff + slack, zone, item);
		*diff = (s8)-slack;
	}
}

/**
 * @brief \~english Decrement a zone counter; on underflow fold with overstep.
 *        \~chinese 管理区计数器减一；低于阈值时连同半个阈值的余量一起折叠。 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @param item \~english the counter \~chinese 计数器 \~
 * @kernel{mm/vmstat.c,232}
 * @seenotes{chapter-zone,zone-stats}
 */
void __dec_zone_state(struct zone *zone, enum zone_stat_item item)
{
	struct per_cpu_pageset *mine = zone_pcp(zone, smp_processor_id());
	s8 *diff = &mine->vm_stat_diff[item];
	int limit = mine->stat_threshold;

	--*diff;
	if (unlikely(*diff < -limit)) {
		/* the mirror image of __inc_zone_state(): overshoot downwards */
		int slack = limit / 2;

		zone_page_state_add(*diff - slack, zone, item);
		*diff = (s8)slack;
	}
}

/**
 * @brief \~english Fold all of @p cpu's counter deltas into the zones.
 *        \~chinese 把 cpu 上所有管理区计数器的增量折叠进管理区。 \~
 * @param cpu \~english the CPU \~chinese CPU 编号 \~
 * @kernel{mm/vmstat.c,298}
 * @seenotes{chapter-zone,zone-stats}
 */
void refresh_cpu_vm_stats(int cpu)
{
	unsigned long irqflags;
	struct zone *z;

	for_each_zone(z) {
		s8 *diff;
		int item;

		if (!populated_zone(z))
			continue;
		diff = zone_pcp(z, cpu)->vm_stat_diff;
		for (item = 0; item < NR_VM_ZONE_STAT_ITEMS; item++)
			if (diff[item]) {
				/* no interrupt may change the delta between
				 * the fold and the reset */
				local_irq_save(irqflags);
				zone_page_state_add(diff[item], z,
						    (enum zone_stat_item)item);
				diff[item] = 0;
				local_irq_restore(irqflags);
			}
	}
}

long zone_page_state_exact(struct zone *zone, enum zone_stat_item item)
{
	long x = atomic_long_read(&zone->vm_stat[item]);
	int cpu;

	for_each_online_cpu(cpu)
		x += zone_pcp(zone, cpu)->vm_stat_diff[item];
	return x;
}

static const char * const vmstat_text[] = {
	"nr_free_pages", "nr_inactive", "nr_active", "nr_anon_pages",
	"nr_mapped", "nr_file_pages", "nr_dirty", "nr_writeback",
	"nr_slab_reclaimable", "nr_slab_unreclaimable",
	"nr_page_table_pages", "nr_unstable", "nr_bounce", "nr_vmscan_write",

	"pgpgin", "pgpgout", "pswpin", "pswpout",
	"pgalloc_dma", "pgalloc_normal", "pgalloc_high", "pgalloc_movable",
	"pgfree", "pgactivate", "pgdeactivate",
	"pgfault", "pgmajfault",
	"pgrefill_dma", "pgrefill_normal", "pgrefill_high", "pgrefill_movable",
	"pgsteal_dma", "pgsteal_normal", "pgsteal_high", "pgsteal_movable",
	"pgscan_kswapd_dma", "pgscan_kswapd_normal", "pgscan_kswapd_high",
	"pgscan_kswapd_movable",
	"pgscan_direct_dma", "pgscan_direct_normal", "pgscan_direct_high",
	"pgscan_direct_movable",
	"pginodesteal", "slabs_scanned", "kswapd_steal", "kswapd_inodesteal",
	"pageoutrun", "allocstall", "pgrotated",
};

/**
 * @brief \~english Call @p print for every populated zone of the node, under the zone's lock.
 *        \~chinese 对节点中每个非空管理区，持管理区锁调用 print 输出。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param print \~english the printer of one zone
 *              \~chinese 打印一个管理区的函数 \~
 * @kernel{mm/vmstat.c,416}
 * @seenotes{chapter-zone,zone-proc}
 */
void walk_zones_in_node(struct seq_file *m, pg_data_t *pgdat,
			void (*print)(struct seq_file *, pg_data_t *,
				      struct zone *))
{
	struct zone *z = pgdat->node_zones;
	struct zone *end = z + MAX_NR_ZONES;
	unsigned long irqflags;

	for (; z < end; z++) {
		if (!populated_zone(z))
			continue;
		/* the printer reads the free lists and counters: hold them still */
		spin_lock_irqsave(&z->lock, irqflags);
		print(m, pgdat, z);
		spin_unlock_irqrestore(&z->lock, irqflags);
	}
}

/**
 * @brief \~english One zone of /proc/zoneinfo, in the 2.6.24 format.
 *        \~chinese 按 2.6.24 的格式输出 /proc/zoneinfo 中一个管理区的内容。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @kernel{mm/vmstat.c,648}
 * @seenotes{chapter-zone,zone-proc}
 */
static void zoneinfo_show_print(struct seq_file *m, pg_data_t *pgdat,
				struct zone *zone)
{
	const unsigned long *reserve = zone->lowmem_reserve;
	size_t idx;
	int item, cpu;

	seq_printf(m, "Node %d, zone %8s", pgdat->node_id, zone->name);
	seq_printf(m, "\n  pages free     %lu\n        min      %lu"
		   "\n        low      %lu\n        high     %lu"
		   "\n        scanned  %lu (a: %lu i: %lu)"
		   "\n        spanned  %lu\n        present  %lu",
		   zone_page_state(zone, NR_FREE_PAGES), zone->pages_min,
		   zone->pages_low, zone->pages_high, zone->pages_scanned,
		   zone->nr_scan_active, zone->nr_scan_inactive,
		   zone->spanned_pages, zone->present_pages);
	for (item = 0; item < NR_VM_ZONE_STAT_ITEMS; item++)
		seq_printf(m, "\n    %-12s %lu", vmstat_text[item],
			   zone_page_state(zone, (enum zone_stat_item)item));
	/* the first figure opens the bracket, the rest follow a comma */
	seq_printf(m, "\n        protection: (%lu", reserve[0]);
	for (idx = 1; idx < ARRAY_SIZE(zone->lowmem_reserve); idx++)
		seq_printf(m, ", %lu", reserve[idx]);
	seq_printf(m, ")\n  pagesets");
	for_each_online_cpu(cpu) {
		struct per_cpu_pageset *ps = zone_pcp(zone, cpu);
		size_t j;

		for (j = 0; j < ARRAY_SIZE(ps->pcp); j++)
			seq_printf(m, "\n    cpu: %i pcp: %i"
				   "\n              count: %i"
				   "\n              high:  %i"
				   "\n              batch: %i",
				   cpu, (int)j, ps->pcp[j].count, ps->pcp[j].high,
				   ps->pcp[j].batch);
		seq_printf(m, "\n  vm stats threshold: %d", ps->stat_threshold);
	}
	seq_printf(m, "\n  all_unreclaimable: %u\n  prev_priority:     %i"
		   "\n  start_pfn:         %lu",
		   zone_is_all_unreclaimable(zone), zone->prev_priority,
		   zone->zone_start_pfn);
	seq_putc(m, '\n');
}

/**
 * @brief \~english /proc/zoneinfo: every populated zone.
 *        \~chinese /proc/zoneinfo：输出每个非空管理区。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english the node \~chinese 内存节点 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,716}
 * @seenotes{chapter-zone,zone-proc}
 */
int zoneinfo_show(struct seq_file *m, void *arg)
{
	walk_zones_in_node(m, arg, zoneinfo_show_print);
	return 0;
}

/**
 * @brief \~english /proc/vmstat: zone counters, then the event counters.
 *        \~chinese /proc/vmstat：先输出管理区计数器，再输出事件计数器。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english unused \~chinese 未使用 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,771}
 * @seenotes{chapter-zone,zone-stats}
 * @kquirk \~english One call prints the whole file.  2.6.24 takes the
 *         snapshot in vmstat_start(), into a kmalloc() buffer: the zone
 *         counters by global_page_state(), the events by all_vm_events(),
 *         PGPGIN and PGPGOUT halved to kB; vmstat_show() then prints the
 *         one line the seq_file iterator points at.  mm24 has no slab
 *         allocator for the buffer, so the snapshot sits on the stack and
 *         the loop over vmstat_text prints every line here.
 *         \~chinese 一次调用输出整个文件。2.6.24 在 vmstat_start() 中把快照取到
 *         kmalloc() 得到的缓冲区里：管理区计数由 global_page_state() 读出，事件
 *         计数由 all_vm_events() 汇总，PGPGIN 与 PGPGOUT 折半换算为 KB；之后
 *         vmstat_show() 每次只输出 seq_file 迭代器指向的那一行。mm24 没有 slab
 *         分配器来分配缓冲区，所以快照放在栈上，由遍历 vmstat_text 的循环在这里
 *         输出所有行。 \~
 */
int vmstat_show(struct seq_file *m, void *arg)
{
	unsigned long v[NR_VM_ZONE_STAT_ITEMS + NR_VM_EVENT_ITEMS];
	size_t i;

	(void)arg;
	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		v[i] = global_page_state((enum zone_stat_item)i);
	all_vm_events(v + NR_VM_ZONE_STAT_ITEMS);
	v[NR_VM_ZONE_STAT_ITEMS + PGPGIN] /= 2;		/* sectors -> kB */
	v[NR_VM_ZONE_STAT_ITEMS + PGPGOUT] /= 2;
	for (i = 0; i < ARRAY_SIZE(vmstat_text); i++)
		seq_printf(m, "%s %lu\n", vmstat_text[i], v[i]);
	return 0;
}

/**
 * @brief \~english Start the counter machinery at the end of boot.
 *        \~chinese 启动结束时启用计数器机制（设置折叠阈值）。 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,851}
 * @seenotes{chapter-zone,zone-stats}
 * @kquirk \~english There is no timer and no CPU hotplug: the
 *         start_cpu_timer() of each online CPU and the
 *         register_cpu_notifier() for CPUs that come and go are left out.
 *         The per-second vmstat_update() fold runs when a scenario says
 *         "tick".
 *         \~chinese 没有定时器，也没有 CPU 热插拔：省去了为每个在线 CPU 调用的
 *         start_cpu_timer()，以及为上下线的 CPU 调用的 register_cpu_notifier()。
 *         每秒一次的 vmstat_update() 折叠在场景执行 "tick" 时运行。 \~
 */
int setup_vmstat(void)
{
	refresh_zone_stat_thresholds();
	return 0;
}
