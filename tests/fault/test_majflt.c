/*
 * test_majflt.c - major faults against 2.6.24's rules (mm/filemap.c,
 * mm/truncate.c, fs/drop_caches.c):
 *  - a fault on a file page that is not in the page cache reads it in
 *    through ->readpage and is a major fault: pgmajfault and the task's
 *    maj_flt count it, pgfault too; a page in the cache is a minor fault;
 *  - drop_caches (invalidate_mapping_pages()) takes out the clean,
 *    unmapped, unused pages only: a dirty page, a mapped page, a page
 *    someone holds a reference to and every ramfs page stay;
 *  - the bytes read back are the file's.
 * The file's bytes are worked out here from its pattern, and which pages
 * must be read from which pages the test touched, dirtied or mapped.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/fault.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>
#include <asm/machine.h>

#define NPAGES	6
#define PATTERN	"0123456789abcdefghijklmnopq"	/* 27: not a power of 2 */
#define RW	(PROT_READ | PROT_WRITE)

/* The byte at @pos of a file made of PATTERN repeated. */
static u8 file_byte(unsigned long pos)
{
	return (u8)PATTERN[pos % (sizeof(PATTERN) - 1)];
}

static int cached(struct inode *ino, pgoff_t index)
{
	struct page *pg = find_get_page(ino->i_mapping, index);

	if (pg)
		page_cache_release(pg);
	return pg != NULL;
}

static void drop_caches(void)
{
	sysctl_drop_caches = 1;
	assert_int_equal(drop_caches_sysctl_handler(1), 0);
}

static struct file *disk_file(const char *path, int write)
{
	struct inode *ino = ramfs_lookup(path);
	struct file *filp;

	if (!ino) {
		ino = disk_create_file(path, NPAGES * PAGE_SIZE - 100, PATTERN,
				       0);
		assert_false(IS_ERR(ino));
	}
	filp = filp_open(path, write);
	assert_non_null(filp);
	assert_false(IS_ERR(filp));
	return filp;
}

/* "pgmajfault N" of /proc/vmstat */
static unsigned long vmstat_pgmajfault(void)
{
	struct seq_file m;
	unsigned long n = ~0UL;
	const char *at;

	seq_init(&m);
	vmstat_show(&m, NULL);
	at = strstr(m.buf, "\npgmajfault ");
	assert_non_null(at);
	assert_int_equal(sscanf(at, "\npgmajfault %lu", &n), 1);
	seq_release(&m);
	return n;
}

/* After drop_caches, k distinct pages touched are k major faults; the
 * same pages again are no fault at all; the bytes are the file's. */
static void test_dropped_pages_fault_major_once(void **state)
{
	static const int order[] = { 4, 1, 4, 0, 5, 1 };	/* k = 4 */
	struct file *filp;
	struct inode *ino;
	unsigned long at, maj0, flt0, tmaj0, files0, i;
	int seen[NPAGES] = { 0 }, k = 0;
	size_t n;

	(void)state;
	filp = disk_file("/disk-a", 0);
	ino = filp->f_path.dentry->d_inode;
	at = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_PRIVATE, filp, 0);
	assert_false(IS_ERR_VALUE(at));
	drop_caches();
	for (i = 0; i < NPAGES; i++)
		assert_false(cached(ino, i));
	files0 = vt_exact(NR_FILE_PAGES);
	maj0 = vt_events(PGMAJFAULT);
	flt0 = vt_events(PGFAULT);
	tmaj0 = current->maj_flt;

	for (n = 0; n < ARRAY_SIZE(order); n++) {
		unsigned long pos = (unsigned long)order[n] * PAGE_SIZE + 17;

		assert_int_equal(vt_peek(at + pos), file_byte(pos));
		k += !seen[order[n]];
		seen[order[n]] = 1;
		assert_int_equal(vt_events(PGMAJFAULT), maj0 + (unsigned long)k);
	}
	assert_int_equal(k, 4);
	assert_int_equal(vt_events(PGFAULT), flt0 + 4);
	assert_int_equal(current->maj_flt, tmaj0 + 4);
	assert_int_equal(vmstat_pgmajfault(), maj0 + 4);
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0 + 4);

	/* every byte of the mapping: the file's, zeroes past its end */
	for (i = 0; i < NPAGES * PAGE_SIZE; i += 97)
		assert_int_equal(vt_peek(at + i), i < (unsigned long)ino->i_size ?
				 file_byte(i) : 0);
	/* the two pages never touched before were read now: 6 in all */
	assert_int_equal(vt_events(PGMAJFAULT), maj0 + NPAGES);
	assert_int_equal(vt_events(PGFAULT), flt0 + NPAGES);

	/* again: no fault, major or minor */
	for (n = 0; n < ARRAY_SIZE(order); n++)
		vt_peek(at + (unsigned long)order[n] * PAGE_SIZE);
	assert_int_equal(vt_events(PGFAULT), flt0 + NPAGES);
	assert_int_equal(vt_events(PGMAJFAULT), maj0 + NPAGES);

	/* unmapped and dropped: the next mapping reads them again */
	assert_int_equal(sys_munmap(at, NPAGES * PAGE_SIZE), 0);
	drop_caches();
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0);
	at = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_SHARED, filp, 0);
	vt_peek(at + 2 * PAGE_SIZE);
	vt_peek(at + 3 * PAGE_SIZE + 5);
	assert_int_equal(vt_events(PGMAJFAULT), maj0 + NPAGES + 2);
	assert_int_equal(current->maj_flt, tmaj0 + NPAGES + 2);
	fput(filp);
}

/* drop_caches leaves what is dirty, mapped or held by someone; a clean,
 * unused page goes and is a major fault when touched again. */
static void test_drop_caches_keeps_dirty_and_mapped_pages(void **state)
{
	struct file *filp, *rw;
	struct inode *ino;
	struct page *pg, *held;
	unsigned long m1, m2, m3, maj0, files0;

	(void)state;
	filp = disk_file("/disk-b", 0);
	rw = disk_file("/disk-b", 1);
	ino = filp->f_path.dentry->d_inode;
	drop_caches();
	files0 = vt_exact(NR_FILE_PAGES);

	/* page 0: written through a shared mapping, then unmapped: dirty */
	m1 = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, RW,
					 MAP_SHARED, rw, 0);
	vt_poke(m1 + 10, 0xee);
	assert_int_equal(sys_munmap(m1, NPAGES * PAGE_SIZE), 0);
	/* page 1: mapped by a private read-only mapping that stays */
	m2 = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_PRIVATE, filp, 0);
	vt_peek(m2 + PAGE_SIZE);
	/* page 2: read(2)-like, clean, unmapped, let go */
	pg = read_mapping_page(ino->i_mapping, 2, filp);
	assert_false(IS_ERR(pg));
	assert_int_equal(((u8 *)kmap(pg))[5], file_byte(2 * PAGE_SIZE + 5));
	kunmap(pg);
	page_cache_release(pg);
	/* page 3: clean and unmapped, but its reference is still held */
	held = read_mapping_page(ino->i_mapping, 3, filp);
	assert_false(IS_ERR(held));
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0 + 4);

	drop_caches();
	assert_true(cached(ino, 0));		/* dirty */
	assert_true(cached(ino, 1));		/* mapped */
	assert_false(cached(ino, 2));		/* clean, unused: gone */
	assert_true(cached(ino, 3));		/* in use */
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0 + 3);
	page_cache_release(held);

	maj0 = vt_events(PGMAJFAULT);
	vt_peek(m2 + PAGE_SIZE + 1);		/* still mapped: no fault */
	m3 = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_SHARED, filp, 0);
	assert_int_equal(vt_peek(m3 + 10), 0xee);	/* the dirty page stayed */
	assert_int_equal(vt_peek(m3 + PAGE_SIZE), file_byte(PAGE_SIZE));
	assert_int_equal(vt_peek(m3 + 3 * PAGE_SIZE), file_byte(3 * PAGE_SIZE));
	assert_int_equal(vt_events(PGMAJFAULT), maj0);	/* all in the cache */
	assert_int_equal(vt_peek(m3 + 2 * PAGE_SIZE + 5),
			 file_byte(2 * PAGE_SIZE + 5));
	assert_int_equal(vt_peek(m3 + 4 * PAGE_SIZE), file_byte(4 * PAGE_SIZE));
	assert_int_equal(vt_events(PGMAJFAULT), maj0 + 2);	/* pages 2 and 4 */
	fput(rw);
	fput(filp);
}

/* ramfs pages are dirty from the start: drop_caches takes none, and a
 * fault on a ramfs file is never major. */
static void test_ramfs_pages_stay_and_are_minor(void **state)
{
	struct inode *ino;
	struct file *filp;
	unsigned long at, maj0, flt0, files0;
	int i;

	(void)state;
	ino = ramfs_lookup("/ram-c");
	if (!ino)
		ino = ramfs_create_file("/ram-c", 4 * PAGE_SIZE, "ram", 0, NULL);
	assert_false(IS_ERR(ino));
	drop_caches();		/* the earlier tests' disk pages go */
	files0 = vt_exact(NR_FILE_PAGES);
	drop_caches();		/* and now nothing: ramfs pages are dirty */
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0);
	for (i = 0; i < 4; i++)
		assert_true(cached(ino, (pgoff_t)i));
	filp = filp_open("/ram-c", 0);
	at = (unsigned long)vt_mmap_file(0, 4 * PAGE_SIZE, PROT_READ,
					 MAP_PRIVATE, filp, 0);
	maj0 = vt_events(PGMAJFAULT);
	flt0 = vt_events(PGFAULT);
	for (i = 0; i < 4; i++)
		assert_int_equal(vt_peek(at + (unsigned long)i * PAGE_SIZE + 1),
				 "ram"[(i * PAGE_SIZE + 1) % 3]);
	assert_int_equal(vt_events(PGFAULT), flt0 + 4);
	assert_int_equal(vt_events(PGMAJFAULT), maj0);
	fput(filp);
}

/* MAP_POPULATE of a dropped disk file: get_user_pages() counts the
 * major faults in the task's maj_flt. */
static void test_populate_counts_major_faults(void **state)
{
	struct file *filp;
	unsigned long at, maj0, tmaj0, tmin0;

	(void)state;
	filp = disk_file("/disk-d", 0);
	drop_caches();
	maj0 = vt_events(PGMAJFAULT);
	tmaj0 = current->maj_flt;
	tmin0 = current->min_flt;
	at = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_PRIVATE | MAP_POPULATE, filp, 0);
	assert_false(IS_ERR_VALUE(at));
	assert_int_equal(vt_events(PGMAJFAULT), maj0 + NPAGES);
	assert_int_equal(current->maj_flt, tmaj0 + NPAGES);
	assert_int_equal(current->min_flt, tmin0);
	assert_int_equal(vt_peek(at + 4 * PAGE_SIZE + 3),
			 file_byte(4 * PAGE_SIZE + 3));
	fput(filp);
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, vt_end_task)
	const struct CMUnitTest tests[] = {
		T(test_dropped_pages_fault_major_once),
		T(test_drop_caches_keeps_dirty_and_mapped_pages),
		T(test_ramfs_pages_stay_and_are_minor),
		T(test_populate_counts_major_faults),
	};

	return run_group_per_config("fault_majflt", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
