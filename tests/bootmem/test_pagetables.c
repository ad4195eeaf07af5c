/*
 * test_pagetables.c - swapper_pg_dir after paging_init(): the direct map
 * agrees with the host aliasing for every low page, is global and
 * kernel-only, nothing else of the kernel half is mapped, and the fixmap
 * and pkmap page tables are in place.  Run for three memory sizes.
 */
#include <string.h>
#include "mm24_test.h"
#include <linux/bootmem.h>
#include <linux/sched.h>
#include <linux/mm_types.h>
#include <asm/fixmap.h>
#include <asm/tlbflush.h>

static int setup(void **state)
{
	(void)state;
	test_boot_paging(test_config);
	return 0;
}

static void test_direct_map_walk_matches_host_aliasing(void **state)
{
	unsigned long pfn;

	(void)state;
	for (pfn = 0; pfn < max_low_pfn; pfn++) {
		struct i386_walk w;
		u32 va = (u32)(__PAGE_OFFSET + PFN_PHYS(pfn));
		volatile u32 *host = __va(PFN_PHYS(pfn) + 4 * (pfn & 1023));
		u32 old;

		i386_walk(read_cr3(), va, &w);
		assert_true(w.present);
		assert_int_equal(w.phys, PFN_PHYS(pfn));
		/* 4 MiB PSE entries, global, writable, not for user mode */
		assert_int_equal(w.pde & (_PAGE_PSE | _PAGE_GLOBAL | _PAGE_RW |
					  _PAGE_USER | _PAGE_PRESENT),
				 _PAGE_PSE | _PAGE_GLOBAL | _PAGE_RW | _PAGE_PRESENT);
		/* the same frame through the host alias and physical memory;
		 * the word is put back: this is live kernel memory */
		old = *host;
		*host = (u32)pfn ^ 0x5a5a5a5a;
		assert_int_equal(*(u32 *)(phys_ram + PFN_PHYS(pfn) + 4 * (pfn & 1023)),
				 (u32)pfn ^ 0x5a5a5a5a);
		*host = old;
	}
}

static void test_nothing_mapped_between_lowmem_and_pkmap(void **state)
{
	u32 va;

	(void)state;
	for (va = (u32)(__PAGE_OFFSET + PFN_PHYS(max_low_pfn));
	     va < (u32)PKMAP_BASE; va += PGDIR_SIZE)
		assert_int_equal(pgd_val(swapper_pg_dir[va >> PGDIR_SHIFT]), 0);
}

static void test_fixmap_and_pkmap_have_page_tables(void **state)
{
	unsigned long kmap0 = __fix_to_virt(FIX_KMAP_BEGIN);
	pmd_t *pmd;

	(void)state;
	pmd = pmd_offset(pud_offset(pgd_offset_k(kmap0), kmap0), kmap0);
	assert_false(pmd_none(*pmd));
	assert_false(pmd_large(*pmd));
	assert_ptr_equal(kmap_pte, pte_offset_kernel(pmd, kmap0));
	assert_true(pte_none(*kmap_pte));
	assert_int_equal(i386_addr(PKMAP_BASE), 0xff800000);
	assert_ptr_equal(pkmap_page_table,
			 pte_offset_kernel(pmd_offset(pud_offset(
				pgd_offset_k(PKMAP_BASE), 0), 0), PKMAP_BASE));
	assert_true(pte_none(pkmap_page_table[LAST_PKMAP - 1]));
}

static void test_user_access_to_kernel_half_is_protection_fault(void **state)
{
	struct task_struct t = { .pid = 7, .comm = "peek" };
	struct task_struct *saved = current_task_of[0];
	u32 v;

	(void)state;
	current_task_of[0] = &t;
	test_faults_reset();
	test_capture_console(1);
	assert_int_not_equal(i386_access(0xc0100000u, &v, 4, I386_USER, 0), 0);
	assert_int_equal(test_faults[0].error_code, 0x5);
	/* kernel addresses are always reported as protection faults */
	assert_int_equal(t.thread.error_code, 0x5);
	assert_true(signal_pending_sig(&t, SIGSEGV));
	assert_non_null(strstr(test_console_text(), "peek[7]: segfault at c0100000"));
	test_capture_console(0);
	current_task_of[0] = saved;
}

int main(void)
{
	static const char *const configs[] = { "mem=16M", "mem=64M", "mem=1G" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_direct_map_walk_matches_host_aliasing),
		cmocka_unit_test(test_nothing_mapped_between_lowmem_and_pkmap),
		cmocka_unit_test(test_fixmap_and_pkmap_have_page_tables),
		cmocka_unit_test(test_user_access_to_kernel_half_is_protection_fault),
	};

	return run_group_per_config("pagetables", tests, ARRAY_SIZE(tests), setup,
				    configs, ARRAY_SIZE(configs));
}
