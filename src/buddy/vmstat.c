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
static void seq_zone_heading(struct seq_file *out, pg_data_t *pgdat,
			     struct zone *zone)
{
	seq_printf(out, "Node %d, zone %8s ", pgdat->node_id, zone->name);
}

/**
 * @brief \~english One /proc/buddyinfo row: a zone's free blocks per order.
 *        \~chinese /proc/buddyinfo 的一行：一个管理区各阶空闲块的数目。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @context \~english zone->lock held (walk_zones_in_node())
 *          \~chinese 持有 zone->lock（由 walk_zones_in_node() 获取） \~
 * @kernel{mm/vmstat.c,433}
 * @seenotes{chapter-buddy,buddy-proc}
 */
static void frag_show_print(struct seq_file *out, pg_data_t *pgdat,
			    struct zone *zone)
{
	const struct free_area *area = zone->free_area;
	int o;

	seq_zone_heading(out, pgdat, zone);
	/* one column per order, the smallest blocks first */
	for (o = 0; o < MAX_ORDER; o++)
		seq_printf(out, "%6lu ", area[o].nr_free);
	seq_putc(out, '\n');
}

/**
 * @brief \~english /proc/buddyinfo: free blocks per order, per zone.
 *        \~chinese /proc/buddyinfo：每个管理区各阶空闲块的数目。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english the node \~chinese 内存节点 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,447}
 * @seenotes{chapter-buddy,buddy-proc}
 */
int frag_show(struct seq_file *out, void *arg)
{
	walk_zones_in_node(out, arg, frag_show_print);
	return 0;
}

/**
 * @brief \~english The /proc/pagetypeinfo rows of a zone's free blocks: one
 *        row per migrate type, one column per order.
 *        \~chinese /proc/pagetypeinfo 中一个管理区的空闲块：每种迁移类型一行，每阶一列。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @context \~english zone->lock held (walk_zones_in_node())
 *          \~chinese 持有 zone->lock（由 walk_zones_in_node() 获取） \~
 * @kernel{mm/vmstat.c,454}
 * @seenotes{chapter-buddy,buddy-proc}
 */
static void pagetypeinfo_showfree_print(struct seq_file *out, pg_data_t *pgdat,
					struct zone *zone)
{
	int o, t;

	for (t = 0; t < MIGRATE_TYPES; t++) {
		seq_printf(out, "Node %4d, zone %8s, type %12s ", pgdat->node_id,
			   zone->name, migratetype_names[t]);
		/* nr_free counts every type together: walk the list itself */
		for (o = 0; o < MAX_ORDER; o++) {
			unsigned long n = 0;
			struct list_head *pos;

			list_for_each(pos, &zone->free_area[o].free_list[t])
				n++;
			seq_printf(out, "%6lu ", n);
		}
		seq_putc(out, '\n');
	}
}

/**
 * @brief \~english The /proc/pagetypeinfo row of a zone's pageblocks: how
 *        many are of each migrate type.
 *        \~chinese /proc/pagetypeinfo 中一个管理区的页块统计：各迁移类型的页块数。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param pgdat \~english the node \~chinese 内存节点 \~
 * @param zone \~english the zone \~chinese 管理区 \~
 * @context \~english zone->lock held (walk_zones_in_node())
 *          \~chinese 持有 zone->lock（由 walk_zones_in_node() 获取） \~
 * @kernel{mm/vmstat.c,496}
 * @seenotes{chapter-buddy,buddy-proc}
 */
static void pagetypeinfo_showblockcount_print(struct seq_file *out,
					      pg_data_t *pgdat,
					      struct zone *zone)
{
	unsigned long blocks[MIGRATE_TYPES] = { 0 };
	unsigned long pfn, end = zone->zone_start_pfn + zone->spanned_pages;
	int t;

	/* the type of each pageblock is that of its first page */
	for (pfn = zone->zone_start_pfn; pfn < end; pfn += pageblock_nr_pages) {
		struct page *first;

		if (!pfn_valid(pfn))
			continue;	/* a hole in the zone's span */
		first = pfn_to_page(pfn);
		blocks[get_pageblock_migratetype(first)]++;
	}
	seq_zone_heading(out, pgdat, zone);
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(out, "%12lu ", blocks[t]);
	seq_putc(out, '\n');
}

/**
 * @brief \~english The free-block half of /proc/pagetypeinfo: a heading of
 *        orders, then each zone's rows.
 *        \~chinese /proc/pagetypeinfo 的空闲块部分：先是各阶的表头，再是每个管理区的各行。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english the node \~chinese 内存节点 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,480}
 * @seenotes{chapter-buddy,buddy-proc}
 */
static int pagetypeinfo_showfree(struct seq_file *out, void *arg)
{
	int o;

	seq_printf(out, "%-43s ", "Free pages count per migrate type at order");
	for (o = 0; o < MAX_ORDER; o++)
		seq_printf(out, "%6d ", o);
	seq_putc(out, '\n');
	walk_zones_in_node(out, arg, pagetypeinfo_showfree_print);
	return 0;
}

/**
 * @brief \~english The pageblock half of /proc/pagetypeinfo: a heading of
 *        migrate types, then each zone's counts.
 *        \~chinese /proc/pagetypeinfo 的页块部分：先是各迁移类型的表头，再是每个管理区的计数。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english the node \~chinese 内存节点 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,525}
 * @seenotes{chapter-buddy,buddy-proc}
 */
static int pagetypeinfo_showblockcount(struct seq_file *out, void *arg)
{
	int t;

	seq_printf(out, "\n%-23s", "Number of blocks type ");
	for (t = 0; t < MIGRATE_TYPES; t++)
		seq_printf(out, "%12s ", migratetype_names[t]);
	seq_putc(out, '\n');
	walk_zones_in_node(out, arg, pagetypeinfo_showblockcount_print);
	return 0;
}

/**
 * @brief \~english /proc/pagetypeinfo: free blocks by migrate type and the
 *        number of pageblocks of each type.
 *        \~chinese /proc/pagetypeinfo：按迁移类型列出各阶空闲块，以及各类型页块的数目。 \~
 * @param out \~english the output \~chinese 输出用的 seq_file \~
 * @param arg \~english the node \~chinese 内存节点 \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{mm/vmstat.c,543}
 * @seenotes{chapter-buddy,buddy-proc}
 */
int pagetypeinfo_show(struct seq_file *out, void *arg)
{
	seq_printf(out, "Page block order: %d\n", pageblock_order);
	seq_printf(out, "Pages per block:  %lu\n", pageblock_nr_pages);
	seq_putc(out, '\n');
	pagetypeinfo_showfree(out, arg);
	pagetypeinfo_showblockcount(out, arg);
	return 0;
}
