/*
 * test_boot_memory.c - what mem_init() leaves behind: the "Memory:" line
 * adds up, the boot-time reserves are where 2.6.24 puts them, and
 * /proc/meminfo agrees.  Four memory sizes, two and four CPUs.
 *
 * Accounting identity after boot, in frames:
 *   num_physpages = free (NR_FREE_PAGES) + on per-cpu lists
 *                   + reserved low RAM + low non-RAM (the e820 hole, 97)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "mm24_test.h"
#include "buddy_test.h"
#include <linux/bootmem.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>
#include <asm/fixmap.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/sections.h>
#include <asm/setup.h>

#define HOLE_FRAMES (0x100 - 0x9f)	/* 0x9f000 - 0x100000 */

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

static unsigned long reserved_low_ram(void)
{
	unsigned long pfn, n = 0;

	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if ((pfn < 0x9f || pfn >= 0x100) && PageReserved(pfn_to_page(pfn)))
			n++;
	return n;
}

static void test_memory_line_adds_up(void **state)
{
	unsigned long avail, total, code, resv, data, init, high, pcp = 0;
	const char *line = strstr(test_console_text(), "Memory: ");
	int i;

	(void)state;
	assert_non_null(line);
	assert_int_equal(sscanf(line, "Memory: %luk/%luk available (%luk kernel "
				"code, %luk reserved, %luk data, %luk init, "
				"%luk highmem)", &avail, &total, &code, &resv,
				&data, &init, &high), 7);
	for (i = 0; i < MAX_NR_ZONES; i++)
		pcp += pcp_pages(zone_of(i));
	assert_int_equal(total / 4, num_physpages);
	assert_int_equal(num_physpages, phys_ram_size >> PAGE_SHIFT);
	assert_int_equal(resv / 4, reserved_low_ram());
	assert_int_equal(avail / 4 + pcp + resv / 4 + HOLE_FRAMES, num_physpages);
	assert_int_equal(high / 4, highend_pfn - highstart_pfn);
	/* mem_init(): each size is the distance between two symbols of the
	 * image, in kB: text to etext, etext to edata, the init section */
	assert_int_equal(code, (unsigned long)(_etext - _text) >> 10);
	assert_int_equal(data, (unsigned long)(_edata - _etext) >> 10);
	assert_int_equal(init, (unsigned long)(__init_end - __init_begin) >> 10);
	/* the image as vmlinux.lds lays it out: text, data, then the init
	 * section from a page boundary, bss after it */
	assert_true(_text < _etext && _etext < _edata);
	assert_ptr_equal(__init_begin, _text + PAGE_ALIGN(_edata - _text));
	assert_true(__init_end <= __bss_start && __bss_start < _end);
}

static void test_totalram_counts_what_bootmem_and_highmem_freed(void **state)
{
	(void)state;
	assert_int_equal(totalram_pages,
			 num_physpages - reserved_low_ram() - HOLE_FRAMES);
	assert_int_equal(totalhigh_pages, highend_pfn - highstart_pfn);
	/* no PG_buddy page is also reserved, none is counted twice */
	assert_int_equal(global_page_state(NR_FREE_PAGES) + pcp_pages(zone_of(0)) +
			 pcp_pages(zone_of(1)) + pcp_pages(zone_of(2)),
			 totalram_pages);
}

/* build_all_zonelists(): the pages a GFP_HIGHUSER_MOVABLE allocation could
 * get at boot, every zone's present pages (no watermark is set yet) */
static unsigned long boot_vm_total_pages(void)
{
	unsigned long sum = 0;
	int i;

	for (i = 0; i < MAX_NR_ZONES; i++)
		sum += zone_of(i)->present_pages;
	return sum;
}

static void test_reserve_blocks_follow_pages_min(void **state)
{
	int i;

	(void)state;
	/* grouping by mobility is off with fewer pages than
	 * pageblock_nr_pages * MIGRATE_TYPES (16M); then every pageblock
	 * reads as unmovable, the reserve ones too */
	assert_int_equal(page_group_by_mobility_disabled,
			 boot_vm_total_pages() < pageblock_nr_pages * MIGRATE_TYPES);
	for (i = 0; page_group_by_mobility_disabled && i < MAX_NR_ZONES; i++) {
		struct zone *z = zone_of(i);
		unsigned long pfn;

		for (pfn = z->zone_start_pfn; pfn < z->zone_start_pfn + z->spanned_pages;
		     pfn += pageblock_nr_pages)
			assert_int_equal(get_pageblock_migratetype(pfn_to_page(pfn)),
					 MIGRATE_UNMOVABLE);
	}
	for (i = 0; !page_group_by_mobility_disabled && i < MAX_NR_ZONES; i++) {
		struct zone *z = zone_of(i);
		unsigned long want = roundup(z->pages_min, pageblock_nr_pages) >>
				     pageblock_order, pfn;

		for (pfn = z->zone_start_pfn; pfn < z->zone_start_pfn + z->spanned_pages;
		     pfn += pageblock_nr_pages) {
			struct page *page = pfn_to_page(pfn);
			int mt = get_pageblock_migratetype(page);

			if (PageReserved(page)) {
				assert_int_not_equal(mt, MIGRATE_RESERVE);
				continue;
			}
			assert_int_equal(mt == MIGRATE_RESERVE, want > 0);
			if (want)
				want--;
			else
				assert_int_equal(mt, MIGRATE_MOVABLE);
		}
	}
}

static unsigned long meminfo_field(const char *text, const char *label)
{
	const char *p = strstr(text, label);

	assert_non_null(p);
	return strtoul(p + strlen(label), NULL, 10);
}

static void test_meminfo_agrees(void **state)
{
	struct seq_file m;
	char line[128];

	(void)state;
	seq_init(&m);
	meminfo_read_proc(&m);
	assert_int_equal(meminfo_field(m.buf, "MemTotal:"), totalram_pages * 4);
	assert_int_equal(meminfo_field(m.buf, "MemFree:"),
			 global_page_state(NR_FREE_PAGES) * 4);
	assert_int_equal(meminfo_field(m.buf, "HighTotal:"), totalhigh_pages * 4);
	assert_int_equal(meminfo_field(m.buf, "LowTotal:"),
			 (totalram_pages - totalhigh_pages) * 4);
	assert_int_equal(meminfo_field(m.buf, "HighFree:"),
			 zone_page_state(zone_of(ZONE_HIGHMEM), NR_FREE_PAGES) * 4);
	/* 2.6.24's labels are 14 columns wide (later kernels: 16) */
	snprintf(line, sizeof(line), "MemTotal:%5s%8lu kB\nMemFree:%6s%8lu kB\n",
		 "", totalram_pages * 4, "", global_page_state(NR_FREE_PAGES) * 4);
	assert_memory_equal(m.buf, line, strlen(line));
	seq_release(&m);
}

/* mem_init()'s WP test maps swapper_pg_dir's frame read-only at
 * FIX_WP_TEST and clears the fixmap after it; set_pte_pfn() flushes the
 * page each time, so the boot leaves neither the PTE nor a translation
 * the kernel TLB still holds for it, and a clear_fixmap() drops it at once. */
static void test_the_wp_test_fixmap_is_gone_after_boot(void **state)
{
	u32 at = (u32)fix_to_virt(FIX_WP_TEST);
	pmd_t *dir = pmd_offset(pud_offset(pgd_offset_k(at), at), at);

	(void)state;
	assert_non_null(strstr(test_console_text(),
			       "honours the WP bit even in supervisor mode... Ok."));
	assert_false(pmd_none(*dir));
	assert_true(pte_none(*pte_offset_kernel(dir, at)));
	assert_false(i386_ktlb_stale(at));

	/* once more, looking right after the clear: the translation the
	 * read put in the TLB must be gone at once, not at the next flush */
	__set_fixmap(FIX_WP_TEST, __pa(swapper_pg_dir), PAGE_READONLY);
	assert_int_equal(*(volatile u8 *)fix_to_virt(FIX_WP_TEST),
			 *(u8 *)swapper_pg_dir);
	clear_fixmap(FIX_WP_TEST);
	assert_true(pte_none(*pte_offset_kernel(dir, at)));
	assert_false(i386_ktlb_stale(at));
}

int main(void)
{
	static const char *const configs[] = {
		"mem=16M", "mem=64M cpus=2", "mem=1G cpus=2", "mem=4G cpus=4",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_memory_line_adds_up),
		cmocka_unit_test(test_totalram_counts_what_bootmem_and_highmem_freed),
		cmocka_unit_test(test_reserve_blocks_follow_pages_min),
		cmocka_unit_test(test_meminfo_agrees),
		cmocka_unit_test(test_the_wp_test_fixmap_is_gone_after_boot),
	};

	return run_group_per_config("boot_memory", tests, ARRAY_SIZE(tests), setup,
				    configs, ARRAY_SIZE(configs));
}
