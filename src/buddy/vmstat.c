/**
 * @file
 * @brief \~english /proc/buddyinfo and /proc/pagetypeinfo.
 *        \~chinese /proc/buddyinfo 与 /proc/pagetypeinfo。 \~
 *
 * vmstat.c (buddy unit) - /proc/buddyinfo and /proc/pagetypeinfo (mm/vmstat.c).
 */
#include <linux/mm.h>
#include <linux/seq_file.h>
#include <linux/proc_fs.h>
#include <linux/vmstat.h>

/*
 * 2.6.24 has four names for five migrate types: MIGRATE_ISOLATE's row
 * prints a NULL string, which the kernel's vsnprintf shows as "<NULL>".
 */
static const char * const migratetype_names[MIGRATE_TYPES] = {
	"Unmovable", "Reclaimable", "Movable", "Reserve", "<NULL>",
};

/* The row heading /proc/buddyinfo and the pageblock counts share. */
static void seq_zone_heading(struct seq_file *m, pg_data_t *pgdat,
			     struct zone *zone)
{
	seq_printf(m, "Node %d, zone %8s ", pgdat->node_id, zone->name);
}

static void frag_show_print(struct seq_file *m, pg_data_t *pgdat,
			    struct zone *zone)
{
	const struct free_area *area = zone->free_area;
	const struct free_area *const end = area + MAX_ORDER;

	seq_zone_heading(m, pgdat, zone);
	/* one column per order, the smallest blocks first */
	for (; area < end; area++)
		seq_printf(m, "%6lu ", area->nr_free);
	seq_putc(m, '\n');
}

/**
 * @brief \~english /proc/buddyinfo: free blocks per order, per zone.
 *        \~chinese /proc/buddyinfo：每个管理区各阶空闲块的数目。 \~
 * @param m the output
 * @param arg the node
 * @return 0
 * @kernel{mm/vmstat.c,447}
 * @seenotes{chapter-buddy,buddy-proc}
 */
int frag_show(struct seq_file *m, void *arg)
{
	walk_zones_in_node(m, arg, frag_show_print);
	return 0;
}

static void pagetypeinfo_showfree_print(struct seq_file *m, pg_data_t *pgdat,
					struct zone *zone)
{
	int order, mtype;

	for (mtype = 0; mtype < MIGRATE_TYPES; mtype++) {
		seq_printf(m, "Node %4d, zone %8s, type %12s ", pgdat->node_id,
			   zone->name, migratetype_names[mtype]);
		for (order = 0; order < MAX_ORDER; ++order) {
			unsigned long n = 0;
			struct list_head *pos;

			list_for_each(pos, &zone->free_area[order].free_list[mtype])
				n++;
			seq_printf(m, "%6lu ", n);
		}
		seq_putc(m, '\n');
	}
}

static void pagetypeinfo_showblockcount_print(struct seq_file *m,
					      pg_data_t *pgdat,
					      struct zone *zone)
{
	unsigned long blocks[MIGRATE_TYPES] = { 0 };
	unsigned long pfn, end = zone->zone_start_pfn + zone->spanned_pages;
	int t;

	/* the type of each pageblock is that of its first page */
	for (pfn = zone->zone_start_pfn; pfn < end; pfn += pageblock_nr_pages)
		if (pfn_valid(pfn))
			blocks[get_pageblock_migratetype(pfn_to_page(pfn))]++;
	seq_zone_heading(m, pgdat, zone);
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(m, "%12lu ", blocks[t]);
	seq_putc(m, '\n');
}

/**
 * @brief \~english /proc/pagetypeinfo: free blocks by migrate type and the
 *        number of pageblocks of each type.
 *        \~chinese /proc/pagetypeinfo：按迁移类型列出各阶空闲块，以及各类型页块的数目。 \~
 * @param m the output
 * @param arg the node
 * @return 0
 * @kernel{mm/vmstat.c,543}
 * @seenotes{chapter-buddy,buddy-proc}
 */
int pagetypeinfo_show(struct seq_file *m, void *arg)
{
	int order, t;

	seq_printf(m, "Page block order: %d\n", pageblock_order);
	seq_printf(m, "Pages per block:  %lu\n", pageblock_nr_pages);
	seq_putc(m, '\n');

	seq_printf(m, "%-43s ", "Free pages count per migrate type at order");
	for (order = 0; order < MAX_ORDER; ++order)
		seq_printf(m, "%6d ", order);
	seq_putc(m, '\n');
	walk_zones_in_node(m, arg, pagetypeinfo_showfree_print);

	seq_printf(m, "\n%-23s", "Number of blocks type ");
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(m, "%12s ", migratetype_names[t]);
	seq_putc(m, '\n');
	walk_zones_in_node(m, arg, pagetypeinfo_showblockcount_print);
	return 0;
}
