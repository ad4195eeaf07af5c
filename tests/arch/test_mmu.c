/*
 * test_mmu.c - the emulated MMU: TLB, page walk, A/D bits, fault error
 * codes, CR3 and global pages, and kernel access to user memory through
 * the exception table.
 *
 * Only the machine is powered on (head.S's 8 MiB mapping, no bootmem), so
 * the test builds a user page directory by hand in the free frames above
 * the kernel image, at 6 MiB.
 */
#include <errno.h>
#include <string.h>
#include "mm24_test.h"
#include <linux/sched.h>
#include <linux/mm_types.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/tlbflush.h>
#include <asm/uaccess.h>

#define PGD_PA		0x600000u	/* the test's page directory */
#define PT_PA		0x601000u	/* one page table: 0x08000000-0x083fffff */
#define FRAME1		0x610000u
#define FRAME2		0x611000u
#define UADDR		0x08048000u	/* a user page */
#define UADDR_RO	0x08049000u	/* read-only user page */
#define UADDR_NONE	0x0804a000u	/* not present */

static struct mm_struct test_mm;

/* do_page_fault() asks the vma unit for the VMA of a user address; the
 * arch unit's binary has none (a weak reference there), so the test
 * stands in for it: test_mm has no VMA at all, and every user fault is
 * a bad_area (SIGSEGV, or the fixup of a kernel access). */
struct vm_area_struct *find_vma(struct mm_struct *mm, unsigned long addr)
{
	(void)mm;
	(void)addr;
	return NULL;
}
static struct task_struct test_task = { .pid = 42, .comm = "mmutest" };

static u32 *phys(u32 pa)
{
	return (u32 *)(phys_ram + pa);
}

static void map_user(u32 va, u32 frame, u32 flags)
{
	phys(PT_PA)[(va >> 12) & 1023] = frame | flags;
}

static int setup(void **state)
{
	(void)state;
	test_power_on("mem=64M");
	memset(phys_ram + PGD_PA, 0, 2 * 4096);
	/* the kernel half as head.S set it up, the user half ours */
	memcpy(phys(PGD_PA) + 768, phys(this_i386_cpu()->cr3) + 768, 256 * 4);
	phys(PGD_PA)[UADDR >> 22] = PT_PA | _PAGE_TABLE;
	test_mm.pgd = (pgd_t *)(i386_linear_base + __PAGE_OFFSET + PGD_PA);
	test_task.mm = test_task.active_mm = &test_mm;
	current_task_of[0] = &test_task;
	write_cr3(PGD_PA);
	return 0;
}

static void reset_state(void)
{
	map_user(UADDR, FRAME1, _PAGE_PRESENT | _PAGE_RW | _PAGE_USER);
	map_user(UADDR_RO, FRAME2, _PAGE_PRESENT | _PAGE_USER);
	map_user(UADDR_NONE, 0, 0);
	this_i386_cpu()->cr0 |= X86_CR0_WP;
	i386_tlb_flush(this_i386_cpu(), 0);
	test_task.pending = 0;
	test_faults_reset();
}

static void test_tlb_counts_hits_and_misses(void **state)
{
	struct i386_tlb *tlb = &this_i386_cpu()->tlb;
	unsigned long h, m;
	u32 v;

	(void)state;
	reset_state();
	h = tlb->hits;
	m = tlb->misses;
	assert_int_equal(i386_access(UADDR, &v, 4, I386_USER, 0), 0);
	assert_int_equal(tlb->misses - m, 1);
	assert_int_equal(tlb->hits - h, 0);
	assert_int_equal(i386_access(UADDR + 8, &v, 4, I386_USER, 0), 0);
	assert_int_equal(tlb->misses - m, 1);
	assert_int_equal(tlb->hits - h, 1);
}

static void test_walk_sets_accessed_then_dirty(void **state)
{
	u32 v = 0x1234, r;

	(void)state;
	reset_state();
	assert_int_equal(i386_access(UADDR, &r, 4, I386_USER, 0), 0);
	assert_true(phys(PT_PA)[(UADDR >> 12) & 1023] & _PAGE_ACCESSED);
	assert_false(phys(PT_PA)[(UADDR >> 12) & 1023] & _PAGE_DIRTY);
	assert_true(phys(PGD_PA)[UADDR >> 22] & _PAGE_ACCESSED);
	/* the first write through a clean TLB entry walks to set D */
	assert_int_equal(i386_access(UADDR, &v, 4, I386_USER | I386_WRITE, 0), 0);
	assert_true(phys(PT_PA)[(UADDR >> 12) & 1023] & _PAGE_DIRTY);
	assert_int_equal(*phys(FRAME1), 0x1234);
}

static void test_stale_entry_until_invlpg(void **state)
{
	u32 v;

	(void)state;
	reset_state();
	*phys(FRAME1) = 0x11111111;
	*phys(FRAME2) = 0x22222222;
	assert_int_equal(i386_access(UADDR, &v, 4, I386_USER, 0), 0);
	assert_int_equal(v, 0x11111111);
	/* repoint the PTE without a flush: the TLB still says FRAME1 */
	map_user(UADDR, FRAME2, _PAGE_PRESENT | _PAGE_RW | _PAGE_USER);
	assert_int_equal(i386_access(UADDR, &v, 4, I386_USER, 0), 0);
	assert_int_equal(v, 0x11111111);
	__flush_tlb_one(UADDR);
	assert_int_equal(i386_access(UADDR, &v, 4, I386_USER, 0), 0);
	assert_int_equal(v, 0x22222222);
}

static void test_cr3_reload_keeps_global_entries(void **state)
{
	struct i386_tlb *tlb = &this_i386_cpu()->tlb;
	unsigned long m;
	u32 v;

	(void)state;
	reset_state();
	set_in_cr4(X86_CR4_PGE);
	map_user(UADDR_RO, FRAME2, _PAGE_PRESENT | _PAGE_USER | _PAGE_GLOBAL);
	i386_access(UADDR, &v, 4, I386_USER, 0);
	i386_access(UADDR_RO, &v, 4, I386_USER, 0);
	m = tlb->misses;
	__flush_tlb();			/* reload CR3 */
	i386_access(UADDR_RO, &v, 4, I386_USER, 0);
	assert_int_equal(tlb->misses - m, 0);	/* global: kept */
	i386_access(UADDR, &v, 4, I386_USER, 0);
	assert_int_equal(tlb->misses - m, 1);	/* not global: gone */
	__flush_tlb_global();
	i386_access(UADDR_RO, &v, 4, I386_USER, 0);
	assert_int_equal(tlb->misses - m, 2);
}

static void test_user_write_to_readonly_page_is_error_7(void **state)
{
	u32 v = 1;

	(void)state;
	reset_state();
	test_capture_console(1);
	assert_int_not_equal(i386_access(UADDR_RO, &v, 4, I386_USER | I386_WRITE, 0), 0);
	assert_int_equal(test_nr_faults, 1);
	assert_int_equal(test_faults[0].error_code, 0x7);
	assert_int_equal(test_faults[0].address, UADDR_RO);
	assert_true(signal_pending_sig(&test_task, SIGSEGV));
	assert_int_equal(test_task.thread.error_code, 0x7);
	assert_int_equal(test_task.thread.cr2, UADDR_RO);
	assert_non_null(strstr(test_console_text(),
			       "mmutest[42]: segfault at 08049000 eip"));
	test_capture_console(0);
}

static void test_user_read_of_absent_page_is_error_4(void **state)
{
	u32 v;

	(void)state;
	reset_state();
	assert_int_not_equal(i386_access(UADDR_NONE, &v, 4, I386_USER, 0), 0);
	assert_int_equal(test_nr_faults, 1);
	assert_int_equal(test_faults[0].error_code, 0x4);
	assert_int_equal(this_i386_cpu()->cr2, UADDR_NONE);
}

static void test_kernel_write_to_readonly_user_page_honours_wp(void **state)
{
	u32 v = 0xabcd;

	(void)state;
	reset_state();
	/* CR0.WP set: the kernel's write faults with error code 3 ... */
	assert_int_equal(copy_to_user(UADDR_RO, &v, 4), 4);
	assert_int_equal(test_nr_faults, 1);
	assert_int_equal(test_faults[0].error_code, 0x3);
	assert_int_equal(test_faults[0].eip, UACCESS_INSN(EX_COPY_TO_USER));
	assert_false(signal_pending_sig(&test_task, SIGSEGV));
	/* ... and without WP (a 386) the same write goes through */
	this_i386_cpu()->cr0 &= ~X86_CR0_WP;
	assert_int_equal(copy_to_user(UADDR_RO, &v, 4), 0);
	assert_int_equal(*phys(FRAME2), 0xabcd);
}

static void test_copy_to_unmapped_user_page_faults_to_efault(void **state)
{
	u32 v = 7;

	(void)state;
	reset_state();
	assert_int_equal(put_user(v, UADDR_NONE), -EFAULT);
	assert_int_equal(test_faults[0].error_code, 0x2);
	assert_int_equal(copy_to_user(UADDR_NONE, &v, 4), 4);
	assert_int_equal(get_user(v, UADDR_NONE), -EFAULT);
	assert_int_equal(v, 0);
	/* a range beyond TASK_SIZE is refused before any access */
	test_faults_reset();
	assert_int_equal(copy_to_user(0xbffffffeu, &v, 4), 4);
	assert_int_equal(test_nr_faults, 0);
}

static void test_copy_from_user_zero_fills_what_it_cannot_read(void **state)
{
	char buf[16];

	(void)state;
	reset_state();
	memset(phys_ram + FRAME2 + 4096 - 8, 'x', 8);	/* end of UADDR_RO */
	memset(buf, '?', sizeof(buf));
	assert_int_equal(copy_from_user(buf, UADDR_RO + 4096 - 8, 16), 8);
	assert_memory_equal(buf, "xxxxxxxx\0\0\0\0\0\0\0\0", 16);
}

static void test_kernel_fault_in_kernel_half_syncs_pde(void **state)
{
	u32 v;

	(void)state;
	reset_state();
	/* forget the kernel PDE in this directory: vmalloc_fault() restores it */
	phys(PGD_PA)[768] = 0;
	i386_tlb_flush(this_i386_cpu(), 0);
	assert_int_equal(i386_access(0xc0001000u, &v, 4, 0, 0xc0100000u), 0);
	assert_int_equal(test_nr_faults, 1);
	assert_int_equal(test_faults[0].error_code, 0x0);
	/* the copy, apart from the accessed bit the retried walk set (head.S
	 * writes its PDEs as 0x007, without it) */
	assert_int_equal(phys(PGD_PA)[768] & ~_PAGE_ACCESSED,
			 pgd_val(swapper_pg_dir[768]) & ~_PAGE_ACCESSED);
	assert_true(phys(PGD_PA)[768] & _PAGE_ACCESSED);
}

static void oops_body(void *arg)
{
	u32 v;

	(void)arg;
	i386_access(UADDR_NONE, &v, 4, 0, 0xc0100040u);
}

static void test_kernel_fault_without_fixup_oopses(void **state)
{
	(void)state;
	reset_state();
	test_capture_console(1);
	assert_int_equal(machine_run(oops_body, NULL), MACHINE_BUG);
	assert_non_null(strstr(test_console_text(), "BUG: unable to handle kernel "
			       "paging request at virtual address 0804a000"));
	assert_non_null(strstr(test_console_text(), "Oops: 0000 [#1] SMP"));
	test_capture_console(0);
}

/* A kernel access the host catches: nothing maps this kernel address. */
static void host_fault_body(void *write)
{
	volatile u32 *p = (volatile u32 *)(i386_linear_base + 0xff800000UL);

	if (write)
		*p = 1;
	else
		(void)*p;
}

static void check_host_fault(int write, const char *oops)
{
	machine_catch_faults();		/* cmocka installed its own handler */
	test_capture_console(1);
	assert_int_equal(machine_run(host_fault_body, write ? (void *)1 : NULL),
			 MACHINE_BUG);
	assert_non_null(strstr(test_console_text(), "BUG: unable to handle kernel "
			       "paging request at virtual address ff800000"));
	assert_non_null(strstr(test_console_text(), oops));
	test_capture_console(0);
}

static void test_unmapped_kernel_access_oopses_with_its_error_code(void **state)
{
	(void)state;
	check_host_fault(0, "Oops: 0000 [#1] SMP");
	check_host_fault(1, "Oops: 0002 [#1] SMP");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tlb_counts_hits_and_misses),
		cmocka_unit_test(test_walk_sets_accessed_then_dirty),
		cmocka_unit_test(test_stale_entry_until_invlpg),
		cmocka_unit_test(test_cr3_reload_keeps_global_entries),
		cmocka_unit_test(test_user_write_to_readonly_page_is_error_7),
		cmocka_unit_test(test_user_read_of_absent_page_is_error_4),
		cmocka_unit_test(test_kernel_write_to_readonly_user_page_honours_wp),
		cmocka_unit_test(test_copy_to_unmapped_user_page_faults_to_efault),
		cmocka_unit_test(test_copy_from_user_zero_fills_what_it_cannot_read),
		cmocka_unit_test(test_kernel_fault_in_kernel_half_syncs_pde),
		cmocka_unit_test(test_kernel_fault_without_fixup_oopses),
		cmocka_unit_test(test_unmapped_kernel_access_oopses_with_its_error_code),
	};

	return cmocka_run_group_tests_name("mmu", tests, setup, NULL);
}
