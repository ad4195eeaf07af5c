/*
 * test_faults.c - demand paging, copy on write, fork and exit against
 * 2.6.24's rules:
 *  - the first touch of an anonymous page faults once; a read fault maps
 *    a writable, dirty page (no zero page), so the write that follows
 *    does not fault;
 *  - after fork a write to a shared private page copies it; a write to a
 *    page only one PTE maps reuses it;
 *  - bad accesses end in SIGSEGV with the i386 error code and si_code;
 *  - everything a task mapped goes back when it exits.
 * The expected counts come from a small model of those rules written
 * here (which pages were touched, which are shared), not from mm24.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/buddy_check.h>
#include <linux/err.h>
#include <linux/fault.h>
#include <linux/highmem.h>
#include <linux/slab_check.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <asm/machine.h>
#include <asm/uaccess.h>

#define NPAGES	16
#define RW	(PROT_READ | PROT_WRITE)

/* A user access of the current task: 0, or the fault's signal number. */
static int uaccess(unsigned long addr, void *buf, size_t len, int flags)
{
	if (!i386_access((u32)addr, buf, len, flags | I386_USER, 0))
		return 0;
	if (signal_pending_sig(current, SIGSEGV))
		return SIGSEGV;
	if (signal_pending_sig(current, SIGBUS))
		return SIGBUS;
	return SIGKILL;
}

static pte_t *pte_of(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *dir = pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr);

	if (!pmd_present(*dir))
		return NULL;
	return pte_offset_map(dir, addr);
}

static void test_read_fault_maps_a_writable_dirty_page(void **state)
{
	unsigned long at, f0, anon0;
	pte_t *p;

	(void)state;
	at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, RW, VT_ANON);
	f0 = vt_events(PGFAULT);
	anon0 = vt_exact(NR_ANON_PAGES);

	assert_int_equal(vt_peek(at), 0);		/* a new page reads zeroes */
	assert_int_equal(vt_events(PGFAULT), f0 + 1);
	p = pte_of(current->mm, at);
	assert_non_null(p);
	/* no zero page in 2.6.24: writable and dirty at once */
	assert_true(pte_write(*p));
	assert_true(pte_dirty(*p));
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 1);
	assert_int_equal(get_mm_counter(current->mm, anon_rss), 1);

	vt_poke(at, 0x5a);				/* no second fault */
	assert_int_equal(vt_events(PGFAULT), f0 + 1);
	assert_int_equal(vt_peek(at), 0x5a);
	assert_int_equal(current->min_flt, 1);
}

/* A private writable file mapping: a read fault maps the page-cache page
 * read-only (file_rss); the write that follows copies it (do_wp_page() on
 * a page that is not anonymous), and the page moves from file_rss and
 * nr_mapped to anon_rss and nr_anon_pages.  The file keeps its bytes. */
static void test_cow_of_a_file_page_moves_it_to_anon_rss(void **state)
{
	unsigned long at, f0, anon0, mapped0;
	struct inode *ino;
	struct file *filp;
	struct page *cached;
	pte_t *p;

	(void)state;
	ino = ramfs_create_file("/cow-data", 2 * PAGE_SIZE, "cow", 0, NULL);
	assert_false(IS_ERR(ino));
	filp = filp_open("/cow-data", 0);
	assert_non_null(filp);
	at = (unsigned long)vt_mmap_file(0, 2 * PAGE_SIZE, RW, MAP_PRIVATE,
					 filp, 0);
	assert_false(IS_ERR_VALUE(at));
	f0 = vt_events(PGFAULT);
	anon0 = vt_exact(NR_ANON_PAGES);
	mapped0 = vt_exact(NR_FILE_MAPPED);

	assert_int_equal(vt_peek(at + 1), 'o');
	cached = find_get_page(ino->i_mapping, 0);
	p = pte_of(current->mm, at);
	assert_ptr_equal(pte_page(*p), cached);
	assert_false(pte_write(*p));
	assert_int_equal(get_mm_counter(current->mm, file_rss), 1);
	assert_int_equal(get_mm_counter(current->mm, anon_rss), 0);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0 + 1);

	vt_poke(at + 1, 'X');
	assert_int_equal(vt_events(PGFAULT), f0 + 2);
	p = pte_of(current->mm, at);
	assert_true(pte_page(*p) != cached);
	assert_true(pte_write(*p));
	assert_int_equal(get_mm_counter(current->mm, file_rss), 0);
	assert_int_equal(get_mm_counter(current->mm, anon_rss), 1);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 1);
	assert_int_equal(vt_peek(at + 1), 'X');
	assert_int_equal(vt_peek(at + 2), 'w');
	/* the page cache still holds the file's own byte */
	assert_int_equal(((u8 *)kmap(cached))[1], 'o');
	kunmap(cached);
	page_cache_release(cached);
	fput(filp);
}

/* Touch pages with a stride, then write them all: the model counts a
 * fault for each page touched the first time. */
static void test_fault_counts_follow_the_touch_pattern(void **state)
{
	static const int strides[] = { 1, 2, 3, 5 };
	size_t k;

	(void)state;
	for (k = 0; k < ARRAY_SIZE(strides); k++) {
		unsigned long at, f0, anon0, expect = 0;
		int seen[NPAGES] = { 0 }, i;

		at = (unsigned long)vt_mmap(0, NPAGES * PAGE_SIZE, RW, VT_ANON);
		f0 = vt_events(PGFAULT);
		anon0 = vt_exact(NR_ANON_PAGES);
		for (i = 0; i < NPAGES; i += strides[k]) {
			vt_peek(at + (unsigned long)i * PAGE_SIZE + 7);
			expect += !seen[i];
			seen[i] = 1;
		}
		assert_int_equal(vt_events(PGFAULT), f0 + expect);
		for (i = 0; i < NPAGES; i++) {
			vt_poke(at + (unsigned long)i * PAGE_SIZE, (u8)i);
			expect += !seen[i];
			seen[i] = 1;
		}
		assert_int_equal(vt_events(PGFAULT), f0 + expect);
		assert_int_equal(vt_exact(NR_ANON_PAGES),
				 anon0 + NPAGES);
		assert_int_equal(sys_munmap(at, NPAGES * PAGE_SIZE), 0);
	}
}

/* A "Label:  N kB" value of the smaps entry of the VMA at @start. */
static unsigned long smaps_kb(struct task_struct *t, unsigned long start,
			      const char *label)
{
	struct seq_file m;
	char head[16], want[32];
	unsigned long kb = ~0UL;
	const char *at;

	seq_init(&m);
	proc_pid_smaps(&m, t);
	snprintf(head, sizeof(head), "%08lx-", start);
	at = strstr(m.buf, head);
	snprintf(want, sizeof(want), "\n%s:", label);
	if (at)
		at = strstr(at, want);
	if (!at || sscanf(at + strlen(want), " %lu", &kb) != 1)
		fail_msg("no %s for %s in smaps", label, head);
	seq_release(&m);
	return kb;
}

/* The model of COW after fork: a write copies a page only while both
 * processes map it; the last one to write reuses it. */
static void test_fork_copies_only_shared_pages(void **state)
{
	struct task_struct *parent = current, *child;
	unsigned long at, anon0, f0;
	int i;

	(void)state;
	at = (unsigned long)vt_mmap(0, 4 * PAGE_SIZE, RW, VT_ANON);
	for (i = 0; i < 4; i++)
		vt_poke(at + (unsigned long)i * PAGE_SIZE, (u8)(0x10 + i));
	anon0 = vt_exact(NR_ANON_PAGES);

	child = copy_process(0);
	assert_false(IS_ERR(child));
	assert_ptr_not_equal(child->mm, parent->mm);
	/* fork write-protected the parent's PTEs too */
	assert_false(pte_write(*pte_of(parent->mm, at)));
	assert_int_equal(page_mapcount(pte_page(*pte_of(parent->mm, at))), 2);
	assert_int_equal(get_mm_counter(child->mm, anon_rss), 4);

	context_switch(parent, child);
	f0 = vt_events(PGFAULT);
	assert_int_equal(vt_peek(at + PAGE_SIZE), 0x11);	/* no fault: mapped */
	assert_int_equal(vt_events(PGFAULT), f0);
	vt_poke(at, 0xc0);				/* shared: a copy */
	assert_int_equal(vt_events(PGFAULT), f0 + 1);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 1);
	/* smaps: the copy is the child's own; three pages both map, all
	 * dirty since the parent wrote them before the fork */
	assert_int_equal(smaps_kb(child, at, "Rss"), 16);
	assert_int_equal(smaps_kb(child, at, "Private_Dirty"), 4);
	assert_int_equal(smaps_kb(child, at, "Shared_Dirty"), 12);
	assert_int_equal(smaps_kb(child, at, "Shared_Clean") +
			 smaps_kb(child, at, "Private_Clean"), 0);

	context_switch(child, parent);
	assert_int_equal(vt_peek(at), 0x10);	/* the child's write stays there */
	vt_poke(at, 0x99);				/* now ours alone: reused */
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 1);
	vt_poke(at + 2 * PAGE_SIZE, 0x22);		/* shared: a copy */
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 2);

	context_switch(parent, child);
	vt_poke(at + 2 * PAGE_SIZE, 0x33);		/* the parent copied: reuse */
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0 + 2);
	assert_int_equal(vt_peek(at), 0xc0);
	assert_int_equal(vt_peek(at + 2 * PAGE_SIZE), 0x33);
	do_exit(0);				/* back to the parent */
	assert_ptr_equal(current, parent);
	assert_int_equal(vt_peek(at), 0x99);
	assert_int_equal(vt_peek(at + 2 * PAGE_SIZE), 0x22);
	assert_int_equal(vt_peek(at + 3 * PAGE_SIZE), 0x13);
}

/* MAP_SHARED|MAP_ANONYMOUS: the pages are the tmpfs file's, so a child's
 * write shows in its parent; they go with the file when both exit. */
static void test_shared_anonymous_pages_stay_shared_after_fork(void **state)
{
	struct task_struct *parent, *child;
	unsigned long at, files0, mapped0;

	(void)state;
	do_exit(0);		/* the setup's task: start clean */
	mapped0 = vt_exact(NR_FILE_MAPPED);
	parent = vt_exec_default();
	files0 = vt_exact(NR_FILE_PAGES);	/* the program's own pages counted */
	at = (unsigned long)vt_mmap(0, 2 * PAGE_SIZE, RW,
				    MAP_SHARED | MAP_ANONYMOUS);
	vt_poke(at, 0x11);
	child = copy_process(0);
	assert_false(IS_ERR(child));
	context_switch(parent, child);
	assert_int_equal(vt_peek(at), 0x11);
	vt_poke(at + PAGE_SIZE, 0x22);		/* a page the parent never had */
	context_switch(child, parent);
	assert_int_equal(vt_peek(at + PAGE_SIZE), 0x22);
	vt_poke(at, 0x33);
	context_switch(parent, child);
	assert_int_equal(vt_peek(at), 0x33);
	/* two pages in the file's cache, each mapped by both */
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0 + 2);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0 + 2);
	do_exit(0);
	assert_ptr_equal(current, parent);
	do_exit(0);
	assert_int_equal(vt_exact(NR_FILE_MAPPED), mapped0);
	vt_exec_default();	/* for the teardown */
	assert_int_equal(vt_exact(NR_FILE_PAGES), files0);
}

static void expect_segv(unsigned long addr, int write, unsigned long error,
			int code)
{
	u8 b = 0;

	current->pending = 0;
	assert_int_equal(uaccess(addr, &b, 1, write ? I386_WRITE : 0),
			 SIGSEGV);
	assert_int_equal(current->thread.error_code, error);
	assert_int_equal(current->thread.cr2, addr);
	assert_int_equal(current->mm24_si_code, code);
	current->pending = 0;
}

static void test_bad_accesses_get_sigsegv_with_error_codes(void **state)
{
	unsigned long ro, none, rw;
	char line[128];

	(void)state;
	ro = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	none = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_NONE, VT_ANON);
	rw = (unsigned long)vt_mmap(0, PAGE_SIZE, RW, VT_ANON);
	assert_int_equal(sys_munmap(rw, PAGE_SIZE), 0);

	test_capture_console(1);
	expect_segv(rw, 0, 4, SEGV_MAPERR);	/* user, read, not present */
	snprintf(line, sizeof(line), "%s[%d]: segfault at %08lx eip %08lx "
		 "esp %08lx error 4", current->comm, current->pid, rw,
		 current->user_regs.eip, current->user_regs.esp);
	assert_non_null(strstr(test_console_text(), line));
	expect_segv(ro, 1, 6, SEGV_ACCERR);	/* a write the VMA forbids */
	vt_peek(ro);				/* maps it read-only */
	expect_segv(ro, 1, 7, SEGV_ACCERR);	/* present: protection */
	expect_segv(none, 0, 4, SEGV_ACCERR);	/* PROT_NONE */
	/* the kernel half: present but not a user page; the kernel's
	 * error code adds the protection bit for the signal */
	expect_segv(__PAGE_OFFSET, 0, 5, SEGV_MAPERR);
}

/* A vmalloc area made after the task: its page directory lacks the new
 * area's entries, which vmalloc_fault() copies from init_mm on a kernel
 * access only (error code bits P, U and reserved all clear).  A user
 * access there is a plain bad access: SIGSEGV, and the entry stays out. */
static void test_user_access_to_vmalloc_is_not_synced(void **state)
{
	char *area;
	unsigned long at;
	pmd_t *dir;

	(void)state;
	area = vmalloc(8UL << 20);
	assert_non_null(area);
	/* in the middle: a 4 MiB block no area used before */
	at = i386_addr(area) + (4UL << 20);
	dir = pmd_offset(pud_offset(pgd_offset(current->mm, at), at), at);
	assert_true(pmd_none(*dir));
	assert_false(pmd_none(*pmd_offset(pud_offset(pgd_offset_k(at), at), at)));

	test_capture_console(1);
	expect_segv(at, 0, 5, SEGV_MAPERR);	/* U, not present; | 1 */
	assert_true(pmd_none(*dir));
	test_capture_console(0);
	vfree(area);
}

static void test_copy_to_user_fixup_is_efault(void **state)
{
	unsigned long at;
	char buf[64] = "abc";

	(void)state;
	at = (unsigned long)vt_mmap(0, PAGE_SIZE, RW, VT_ANON);
	/* the page is faulted in by the kernel's own access */
	assert_int_equal(copy_to_user(at, buf, 3), 0);
	assert_int_equal(vt_peek(at + 1), 'b');
	assert_int_equal(sys_munmap(at, PAGE_SIZE), 0);
	/* nothing copied: the exception table's fixup answers all of it */
	assert_int_equal(copy_to_user(at, buf, 3), 3);
	assert_false(current->pending);
}

static void test_stack_grows_near_esp_only(void **state)
{
	struct vm_area_struct *stack;
	unsigned long esp = current->user_regs.esp, low;

	(void)state;
	stack = find_vma(current->mm, esp);
	assert_non_null(stack);
	low = stack->vm_start;
	/* 64 KiB + 128 bytes below %esp is still a push */
	current->user_regs.esp = low + 4096;
	vt_poke(low - 8192, 1);
	assert_int_equal(find_vma(current->mm, esp)->vm_start,
			 (low - 8192) & PAGE_MASK);
	/* farther than that below %esp is a bug: SIGSEGV */
	current->user_regs.esp = low - 8192 + 65536 + 32 * 4 + 4096;
	expect_segv(low - 8192 - 4096, 1, 6, SEGV_MAPERR);
	current->user_regs.esp = esp;
}

/* A program that maps, touches, forks, lets the child write, and exits
 * with its child. */
static void fork_and_exit_cycle(void)
{
	struct task_struct *parent, *child;
	unsigned long at;
	int i;

	parent = vt_exec_default();
	at = (unsigned long)vt_mmap(0, 64 * PAGE_SIZE, RW, VT_ANON);
	for (i = 0; i < 64; i += 3)
		vt_poke(at + (unsigned long)i * PAGE_SIZE, (u8)i);
	child = copy_process(0);
	assert_false(IS_ERR(child));
	context_switch(parent, child);
	vt_poke(at, 1);
	do_exit(0);
	assert_ptr_equal(current, parent);
	do_exit(0);
	drain_all_local_pages();
}

/* Everything a task and its child mapped goes back when they exit: after
 * a first cycle has grown the slab caches, a second one leaves the free
 * pages and counters exactly where they were. */
static void test_exit_gives_every_page_back(void **state)
{
	unsigned long free0, tables0, anon0;

	(void)state;
	do_exit(0);		/* the setup's task: start clean */
	fork_and_exit_cycle();
	free0 = vt_exact(NR_FREE_PAGES);
	tables0 = vt_exact(NR_PAGETABLE);
	anon0 = vt_exact(NR_ANON_PAGES);

	fork_and_exit_cycle();
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0);
	assert_int_equal(vt_exact(NR_PAGETABLE), tables0);
	assert_int_equal(vt_exact(NR_FREE_PAGES), free0);
	assert_int_equal(buddy_check(), 0);
	assert_int_equal(slab_check(), 0);
	vt_exec_default();	/* for the teardown */
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, vt_end_task)
	const struct CMUnitTest tests[] = {
		T(test_read_fault_maps_a_writable_dirty_page),
		T(test_fault_counts_follow_the_touch_pattern),
		T(test_cow_of_a_file_page_moves_it_to_anon_rss),
		T(test_fork_copies_only_shared_pages),
		T(test_bad_accesses_get_sigsegv_with_error_codes),
		T(test_user_access_to_vmalloc_is_not_synced),
		T(test_copy_to_user_fixup_is_efault),
		T(test_shared_anonymous_pages_stay_shared_after_fork),
		T(test_stack_grows_near_esp_only),
		T(test_exit_gives_every_page_back),
	};

	return run_group_per_config("fault_faults", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
