/**
 * @file
 * @brief \~english VM event counters and zone counters.
 *        \~chinese VM 事件计数器与管理区计数器。 \~
 *
 * linux/vmstat.h - VM event counters and zone counters
 * (include/linux/vmstat.h, mm/vmstat.c).
 *
 * Events (pgalloc_*, pgfree, ...) are per-cpu sums.  Zone counters
 * (nr_free_pages, ...) are SMP-style: each CPU accumulates a small delta
 * in its pageset and folds it into zone->vm_stat and vm_stat[] only when
 * it passes stat_threshold, so zone_page_state() may lag the truth by up
 * to threshold pages per CPU, exactly as in 2.6.24.
 */
#ifndef _LINUX_VMSTAT_H
#define _LINUX_VMSTAT_H

#include <linux/mmzone.h>

#define FOR_ALL_ZONES(x) x##_DMA, x##_NORMAL, x##_HIGH, x##_MOVABLE

enum vm_event_item {
	PGPGIN, PGPGOUT, PSWPIN, PSWPOUT,
	FOR_ALL_ZONES(PGALLOC),
	PGFREE, PGACTIVATE, PGDEACTIVATE,
	PGFAULT, PGMAJFAULT,
	FOR_ALL_ZONES(PGREFILL),
	FOR_ALL_ZONES(PGSTEAL),
	FOR_ALL_ZONES(PGSCAN_KSWAPD),
	FOR_ALL_ZONES(PGSCAN_DIRECT),
	PGINODESTEAL, SLABS_SCANNED, KSWAPD_STEAL, KSWAPD_INODESTEAL,
	PAGEOUTRUN, ALLOCSTALL, PGROTATED,
	NR_VM_EVENT_ITEMS
};

struct vm_event_state {
	unsigned long event[NR_VM_EVENT_ITEMS];
};

extern struct vm_event_state vm_event_states[NR_CPUS];
extern atomic_long_t vm_stat[NR_VM_ZONE_STAT_ITEMS];

static inline void __count_vm_events(enum vm_event_item item, long delta)
{
	vm_event_states[smp_processor_id()].event[item] += delta;
}
#define __count_vm_event(item)		__count_vm_events(item, 1)
#define count_vm_event(item)		__count_vm_events(item, 1)
#define count_vm_events(item, d)	__count_vm_events(item, d)
#define __count_zone_vm_events(item, zone, delta) \
	__count_vm_events(item##_DMA + zone_idx(zone), delta)

void all_vm_events(unsigned long *ret);

static inline void zone_page_state_add(long x, struct zone *zone,
				       enum zone_stat_item item)
{
	/* the zone's counter and the machine-wide sum move together */
	atomic_long_add(x, zone->vm_stat + item);
	atomic_long_add(x, vm_stat + item);
}

/* The folded value: per-cpu deltas not yet folded are not included. */
static inline unsigned long global_page_state(enum zone_stat_item item)
{
	long v = atomic_long_read(vm_stat + item);

	return v < 0 ? 0 : (unsigned long)v;
}

static inline unsigned long zone_page_state(struct zone *zone,
					    enum zone_stat_item item)
{
	long v = atomic_long_read(zone->vm_stat + item);

	/* unfolded per-cpu deltas can leave it below zero for a while */
	return v < 0 ? 0 : (unsigned long)v;
}

void __mod_zone_page_state(struct zone *zone, enum zone_stat_item item,
			   int delta);
void __inc_zone_state(struct zone *zone, enum zone_stat_item item);
void __dec_zone_state(struct zone *zone, enum zone_stat_item item);
void refresh_cpu_vm_stats(int cpu);

/* __mod_zone_page_state() for callers that have interrupts enabled */
static inline void mod_zone_page_state(struct zone *zone,
				       enum zone_stat_item item, int delta)
{
	unsigned long irqflags;

	local_irq_save(irqflags);
	__mod_zone_page_state(zone, item, delta);
	local_irq_restore(irqflags);
}
#define add_zone_page_state(zone, item, nr) \
	mod_zone_page_state(zone, item, (int)(nr))
#define sub_zone_page_state(zone, item, nr) \
	mod_zone_page_state(zone, item, -(int)(nr))
void refresh_zone_stat_thresholds(void);
/* The counter including every CPU's unfolded delta (for checkers). */
long zone_page_state_exact(struct zone *zone, enum zone_stat_item item);
int setup_vmstat(void);

struct seq_file;
void walk_zones_in_node(struct seq_file *m, pg_data_t *pgdat,
			void (*print)(struct seq_file *, pg_data_t *,
				      struct zone *));

static inline void zap_zone_vm_stats(struct zone *zone)
{
	int i;

	for (i = 0; i < NR_VM_ZONE_STAT_ITEMS; i++)
		atomic_long_set(&zone->vm_stat[i], 0);
}

#endif /* _LINUX_VMSTAT_H */
