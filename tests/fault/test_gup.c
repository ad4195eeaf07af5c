/*
 * test_gup.c - get_user_pages() and make_pages_present() against 2.6.24's
 * rules (mm/memory.c, mm/mmap.c, mm/mremap.c):
 *  - MAP_POPULATE (without MAP_NONBLOCK) and MAP_LOCKED fault every page
 *    of the new mapping in, once each, as the task's own first touches
 *    would: a write access for a writable VMA, a read otherwise; the
 *    touches that follow do not fault;
 *  - a read-only file mapping gets the page-cache pages mapped (no copy),
 *    a private writable one gets a private copy of each;
 *  - a read of untouched anonymous memory under no page table is
 *    answered by the zero page (FOLL_ANON): nothing is mapped;
 *  - a VMA that does not allow the access (PROT_NONE) is -EFAULT;
 *  - a forced write to a read-only private mapping (ptrace) breaks COW
 *    once and then looks the page up as a read;
 *  - a VM_LOCKED VMA that grows (mremap, brk) has its new pages faulted in.
 * The expected numbers are worked out here from those rules (pages in the
 * range, which of them were mapped before), never read from mm24.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/fault.h>
#include <linux/vmstat.h>
#include <asm/machine.h>

#define NPAGES	8
#define RW	(PROT_READ | PROT_WRITE)

static pte_t *pte_of(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *dir = pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr);

	if (!pmd_present(*dir))
		return NULL;
	return pte_offset_map(dir, addr);
}

/* The pages of [at, at + n pages) whose PTE is present. */
static int present_pages(unsigned long at, int n)
{
	int i, k = 0;

	for (i = 0; i < n; i++) {
		pte_t *p = pte_of(current->mm, at + (unsigned long)i * PAGE_SIZE);

		k += p && pte_present(*p);
	}
	return k;
}

static long rss(void)
{
	return (long)(get_mm_counter(current->mm, anon_rss) +
		      get_mm_counter(current->mm, file_rss));
}

static void test_populate_faults_each_page_in_once(void **state)
{
	unsigned long at, f0, anon0, minflt0;
	long rss0;
	int i;

	(void)state;
	f0 = vt_events(PGFAULT);
	anon0 = vt_exact(NR_ANON_PAGES);
	rss0 = rss();
	minflt0 = current->min_flt;
	at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, RW,
				    VT_ANON | MAP_POPULATE);
	/* one write fault per page, from get_user_pages() */
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);
	assert_int_equal(current->min_flt, minflt0 + NPAGES);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + NPAGES);
	assert_int_equal(rss(), rss0 + NPAGES);
	assert_int_equal(present_pages(at, NPAGES), NPAGES);
	/* a writable VMA is populated for writing: PTEs writable, dirty */
	assert_true(pte_write(*pte_of(current->mm, at)));
	assert_true(pte_dirty(*pte_of(current->mm, at)));

	for (i = 0; i < NPAGES; i++) {
		assert_int_equal(vt_peek(at + (unsigned long)i * PAGE_SIZE), 0);
		vt_poke(at + (unsigned long)i * PAGE_SIZE + 1, (u8)i);
	}
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);	/* no fault at all */
	assert_int_equal(current->min_flt, minflt0 + NPAGES);
}

static void test_populate_nonblock_maps_nothing(void **state)
{
	unsigned long at, f0;
	long rss0;

	(void)state;
	f0 = vt_events(PGFAULT);
	rss0 = rss();
	at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, RW,
				    VT_ANON | MAP_POPULATE | MAP_NONBLOCK);
	assert_int_equal(vt_events(PGFAULT), f0);
	assert_int_equal(rss(), rss0);
	assert_int_equal(present_pages(at, NPAGES), 0);
	vt_poke(at, 1);				/* a first touch faults */
	assert_int_equal(vt_events(PGFAULT), f0 + 1);
}

static void test_map_locked_is_populated_and_locked(void **state)
{
	unsigned long at, f0, locked0;
	long rss0;

	(void)state;
	f0 = vt_events(PGFAULT);
	rss0 = rss();
	locked0 = current->mm->locked_vm;
	at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, RW,
				    VT_ANON | MAP_LOCKED);
	assert_true(vt_vma_at(at)->vm_flags & VM_LOCKED);
	assert_int_equal(current->mm->locked_vm, locked0 + NPAGES);
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);
	assert_int_equal(rss(), rss0 + NPAGES);
	assert_int_equal(present_pages(at, NPAGES), NPAGES);
}

static void test_populate_prot_none_maps_nothing(void **state)
{
	unsigned long at, f0;
	long rss0;

	(void)state;
	f0 = vt_events(PGFAULT);
	rss0 = rss();
	at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, PROT_NONE,
				    VT_ANON | MAP_POPULATE);
	assert_false(IS_ERR_VALUE(at));
	assert_int_equal(vt_events(PGFAULT), f0);
	assert_int_equal(rss(), rss0);
	assert_int_equal(present_pages(at, NPAGES), 0);
	assert_false(current->pending);
	/* get_user_pages() itself: no VM_READ, nothing done */
	assert_int_equal(get_user_pages(current, current->mm, at, 1, 0, 0,
					NULL, NULL), -EFAULT);
}

/* A read-only anonymous mapping in a 4 MiB block with no page table: a
 * read is answered by the zero page (FOLL_ANON), so nothing is faulted
 * in and no page table is made. */
static void test_populate_read_only_anon_uses_the_zero_page(void **state)
{
	const unsigned long block = 0x50000000UL;	/* nothing near it */
	struct page *pg[2] = { NULL, NULL };
	unsigned long at, f0;
	long rss0;

	(void)state;
	assert_null(find_vma_intersection(current->mm, block,
					  block + (1UL << PGDIR_SHIFT)));
	f0 = vt_events(PGFAULT);
	rss0 = rss();
	at = (unsigned long)vt_mmap(block, NPAGES * PAGE_SIZE, PROT_READ,
				    VT_ANON | MAP_FIXED | MAP_POPULATE);
	assert_int_equal(at, block);
	assert_int_equal(vt_events(PGFAULT), f0);
	assert_int_equal(rss(), rss0);
	assert_null(pte_of(current->mm, at));
	/* the pages asked for are the zero page, with a reference each */
	assert_int_equal(get_user_pages(current, current->mm, at, 2, 0, 0,
					pg, NULL), 2);
	assert_ptr_equal(pg[0], virt_to_page(empty_zero_page));
	assert_ptr_equal(pg[1], pg[0]);
	put_page(pg[0]);
	put_page(pg[1]);
}

/* A read-only file mapping populated: the cache pages are mapped, not
 * copied; a private writable one gets a copy of each page. */
static void test_populate_file_mapping(void **state)
{
	unsigned long ro, rw, f0, anon0, mapped0, files0;
	struct inode *ino;
	struct file *filp;
	int i;

	(void)state;
	ino = ramfs_create_file("/gup-data", NPAGES * PAGE_SIZE, "gup", 0,
				NULL);
	assert_false(IS_ERR(ino));
	filp = filp_open("/gup-data", 0);
	assert_non_null(filp);
	files0 = vt_exact(NR_FILE_PAGES);
	anon0 = vt_exact(NR_ANON_PAGES);
	mapped0 = vt_exact(NR_FILE_MAPPED);
	f0 = vt_events(PGFAULT);
	ro = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, PROT_READ,
					 MAP_PRIVATE | MAP_POPULATE, filp, 0);
	assert_false(IS_ERR_VALUE(ro));
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);
	assert_int_equal(get_mm_counter(current->mm, file_rss), NPAGES);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0 + NPAGES);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0);	/* no COW */
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0);
	for (i = 0; i < NPAGES; i++) {
		struct page *cached = find_get_page(ino->i_mapping,
						    (pgoff_t)i);
		pte_t *p = pte_of(current->mm,
				  ro + (unsigned long)i * PAGE_SIZE);

		assert_ptr_equal(pte_page(*p), cached);
		assert_false(pte_write(*p));
		page_cache_release(cached);
	}
	assert_int_equal(vt_peek(ro + 1), 'u');		/* "gup" */
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);

	/* private and writable: populated by write faults, each a copy */
	f0 = vt_events(PGFAULT);
	rw = (unsigned long)vt_mmap_file(0, NPAGES * PAGE_SIZE, RW,
					 MAP_PRIVATE | MAP_POPULATE, filp, 0);
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + NPAGES);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0 + NPAGES);
	assert_int_equal(get_mm_counter(current->mm, anon_rss), NPAGES);
	assert_int_equal(vt_peek(rw + PAGE_SIZE + 2), "gup"[(PAGE_SIZE + 2) % 3]);
	vt_poke(rw, 'x');
	assert_int_equal(vt_events(PGFAULT), f0 + NPAGES);
	assert_int_equal(vt_peek(ro), 'g');	/* the file is untouched */
	fput(filp);
}

/* ptrace's write to a read-only private mapping (force): the write fault
 * copies the page (VM_FAULT_WRITE) but the PTE stays read-only, so the
 * page must then be looked up as a read, or the loop never ends. */
static void test_forced_write_breaks_cow_once(void **state)
{
	struct page *pg = NULL, *cached;
	struct vm_area_struct *vma = NULL;
	unsigned long at, f0, anon0;
	struct inode *ino;
	struct file *filp;
	int count0;

	(void)state;
	ino = ramfs_lookup("/gup-data");
	if (!ino)
		ino = ramfs_create_file("/gup-data", NPAGES * PAGE_SIZE,
					"gup", 0, NULL);
	assert_false(IS_ERR(ino));
	filp = filp_open("/gup-data", 0);
	at = (unsigned long)vt_mmap_file(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE,
					 filp, 0);
	assert_int_equal(vt_peek(at), 'g');	/* the cache page is mapped */
	cached = pte_page(*pte_of(current->mm, at));
	count0 = page_count(cached);
	anon0 = vt_exact(NR_ANON_PAGES);
	f0 = vt_events(PGFAULT);

	/* without force a write to a VMA without VM_WRITE is refused */
	assert_int_equal(get_user_pages(current, current->mm, at, 1, 1, 0,
					&pg, NULL), -EFAULT);
	assert_int_equal(get_user_pages(current, current->mm, at, 1, 1, 1,
					&pg, &vma), 1);
	assert_int_equal(vt_events(PGFAULT), f0 + 1);		/* one COW fault */
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 1);
	assert_ptr_equal(vma, find_vma(current->mm, at));
	assert_ptr_not_equal(pg, cached);
	assert_true(PageAnon(pg));
	assert_ptr_equal(pte_page(*pte_of(current->mm, at)), pg);
	assert_false(pte_write(*pte_of(current->mm, at)));
	assert_int_equal(page_count(pg), 2);	/* the PTE's and ours */
	assert_int_equal(page_count(cached), count0 - 1);
	put_page(pg);
	assert_int_equal(vt_peek(at), 'g');	/* the copy holds the bytes */
	fput(filp);
}

/* mremap() growing a VM_LOCKED VMA, and brk() of an mm whose new VMAs are
 * locked (mlockall(MCL_FUTURE) sets def_flags): the new pages come in. */
static void test_locked_vma_growth_is_populated(void **state)
{
	unsigned long at, to, brk0, f0;

	(void)state;
	at = (unsigned long)vt_mmap(VT_LEGACY_BASE, 2 * PAGE_SIZE, RW,
				    VT_ANON | MAP_LOCKED | MAP_FIXED);
	assert_int_equal(present_pages(at, 2), 2);
	f0 = vt_events(PGFAULT);
	to = sys_mremap(at, 2 * PAGE_SIZE, 5 * PAGE_SIZE, 0, 0);
	assert_int_equal(to, at);			/* grown in place */
	assert_int_equal(vt_events(PGFAULT), f0 + 3);
	assert_int_equal(present_pages(at, 5), 5);
	assert_int_equal(current->mm->locked_vm, 5);

	current->mm->def_flags = VM_LOCKED;
	brk0 = sys_brk(0);
	f0 = vt_events(PGFAULT);
	assert_int_equal(sys_brk(brk0 + 3 * PAGE_SIZE), brk0 + 3 * PAGE_SIZE);
	assert_int_equal(vt_events(PGFAULT), f0 + 3);
	assert_int_equal(present_pages(PAGE_ALIGN(brk0), 3), 3);
	current->mm->def_flags = 0;
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, vt_end_task)
	const struct CMUnitTest tests[] = {
		T(test_populate_faults_each_page_in_once),
		T(test_populate_nonblock_maps_nothing),
		T(test_map_locked_is_populated_and_locked),
		T(test_populate_prot_none_maps_nothing),
		T(test_populate_read_only_anon_uses_the_zero_page),
		T(test_populate_file_mapping),
		T(test_forced_write_breaks_cow_once),
		T(test_locked_vma_growth_is_populated),
	};

	return run_group_per_config("fault_gup", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
