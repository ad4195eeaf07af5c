/*
 * test_kmap_atomic.c - the per-CPU fixmap slots of kmap_atomic().
 *
 * Expected addresses come from the fixmap arithmetic of
 * include/asm-x86/fixmap_32.h for this configuration (SMP, 8 CPUs, so a
 * local APIC slot and 64 IO-APIC slots before the kmap slots):
 *
 *   FIX_KMAP_BEGIN = FIX_HOLE, FIX_VDSO, FIX_DBGP_BASE,
 *                    FIX_EARLYCON_MEM_BASE, FIX_APIC_BASE (5) + 64 = 69
 *   address(type, cpu) = 0xfffff000 - (69 + type + 13 * cpu) * 4096
 *
 * Data written through one mapping of a frame must be read through every
 * other: kmap(), kmap_atomic() on another CPU and physical memory (the
 * vmalloc tests add vmap()).  Leaving out kunmap_atomic()'s invlpg must show the
 * stale translation it is there to drop.
 *
 * Lazy windows (machine.c, ktlb_load()): with mm24's own handler for host
 * faults in place, as in the mm24 program, a window is not mapped on the
 * host until the kernel dereferences it; clear_page() and copy_page()
 * reach the frame through the kernel TLB.  (cmocka puts its own handler in
 * for each test, so tests/support turns lazy windows off; these tests put
 * both back.)  What the kernel sees must not change: the data, the oops
 * after kunmap_atomic(), the stale translation, a write to a read-only
 * window.
 */
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include "mm24_test.h"
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/mm.h>

#define FIX_KMAP_FIRST	69
#define TYPES		13

static unsigned long slot_address(int type, int cpu)
{
	return 0xfffff000UL - (unsigned long)(FIX_KMAP_FIRST + type +
					      TYPES * cpu) * PAGE_SIZE;
}

static u8 *frame(struct page *page)
{
	return phys_ram + (page_to_pfn(page) << PAGE_SHIFT);
}

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

static void test_each_type_on_each_cpu_has_its_fixmap_slot(void **state)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	int cpu, type;

	(void)state;
	assert_true(PageHighMem(page));
	for (cpu = 0; cpu < num_online_cpus(); cpu++) {
		mm24_cpu = cpu;
		for (type = 0; type < TYPES; type++) {
			void *addr = kmap_atomic(page, (enum km_type)type);

			assert_int_equal(i386_addr(addr), slot_address(type, cpu));
			assert_int_equal(preempt_count(), 1);	/* no faults */
			assert_ptr_equal(kmap_atomic_to_page(addr), page);
			kunmap_atomic(addr, (enum km_type)type);
			assert_int_equal(preempt_count(), 0);
			assert_true(pte_none(*(kmap_pte - (type + TYPES * cpu))));
		}
	}
	mm24_cpu = 0;
	__free_page(page);
}

static void test_lowmem_is_returned_at_its_direct_address(void **state)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *addr;

	(void)state;
	addr = kmap_atomic(page, KM_USER0);
	assert_int_equal(i386_addr(addr),
			 0xc0000000UL + (page_to_pfn(page) << PAGE_SHIFT));
	assert_int_equal(preempt_count(), 1);	/* faults are off all the same */
	assert_true(pte_none(*(kmap_pte - KM_USER0)));
	assert_ptr_equal(kmap_atomic_to_page(addr), page);
	kunmap_atomic(addr, KM_USER0);
	assert_int_equal(preempt_count(), 0);
	__free_page(page);
}

static void test_two_cpus_map_two_frames_in_the_same_type(void **state)
{
	struct page *a = alloc_page(GFP_HIGHUSER), *b = alloc_page(GFP_HIGHUSER);
	u32 *pa, *pb;

	(void)state;
	memset(frame(a), 0xaa, 4);
	memset(frame(b), 0xbb, 4);
	mm24_cpu = 0;
	pa = kmap_atomic(a, KM_USER0);
	mm24_cpu = 1;
	pb = kmap_atomic(b, KM_USER0);
	assert_true(pa != pb);
	assert_int_equal(*pa, 0xaaaaaaaau);
	assert_int_equal(*pb, 0xbbbbbbbbu);
	kunmap_atomic(pb, KM_USER0);
	mm24_cpu = 0;
	kunmap_atomic(pa, KM_USER0);
	__free_page(a);
	__free_page(b);
}

static void test_data_reaches_every_mapping_of_the_frame(void **state)
{
	struct page *page = alloc_page(GFP_HIGHUSER);
	u8 *atomic, *pkmap;
	int i;

	(void)state;
	atomic = kmap_atomic(page, KM_USER0);
	for (i = 0; i < PAGE_SIZE; i++)
		atomic[i] = (u8)(i * 7);
	kunmap_atomic(atomic, KM_USER0);
	/* physical memory and a kmap() see the bytes */
	assert_int_equal(frame(page)[4095], (u8)(4095 * 7));
	pkmap = kmap(page);
	assert_memory_equal(pkmap, frame(page), PAGE_SIZE);
	/* a write through the kmap() shows through kmap_atomic() on CPU 1 */
	pkmap[100] = 0x42;
	mm24_cpu = 1;
	atomic = kmap_atomic(page, KM_IRQ0);
	assert_int_equal(atomic[100], 0x42);
	atomic[101] = 0x43;
	kunmap_atomic(atomic, KM_IRQ0);
	mm24_cpu = 0;
	assert_int_equal(pkmap[101], 0x43);
	assert_int_equal(frame(page)[101], 0x43);
	kunmap(page);
	assert_int_equal(highmem_check(), 0);
	__free_page(page);
}

static void test_page_helpers_go_through_the_slots(void **state)
{
	struct page *from = alloc_page(GFP_HIGHUSER), *to = alloc_page(GFP_HIGHUSER);
	struct page *low = alloc_page(GFP_KERNEL);

	(void)state;
	memset(frame(from), 0x5c, PAGE_SIZE);
	memset(frame(to), 0x11, PAGE_SIZE);
	copy_highpage(to, from);
	assert_memory_equal(frame(to), frame(from), PAGE_SIZE);
	copy_user_highpage(low, from, 0x08048000UL, NULL);
	assert_memory_equal(frame(low), frame(from), PAGE_SIZE);
	clear_highpage(to);
	clear_user_highpage(low, 0x08048000UL);
	assert_int_equal(frame(to)[0], 0);
	assert_int_equal(frame(to)[4095], 0);
	assert_int_equal(frame(low)[2048], 0);
	/* both slots are free again */
	assert_true(pte_none(*(kmap_pte - KM_USER0)));
	assert_true(pte_none(*(kmap_pte - KM_USER1)));
	__free_page(from);
	__free_page(to);
	__free_page(low);
}

static void test_kmap_atomic_pfn_maps_any_frame(void **state)
{
	struct page *page = alloc_page(GFP_KERNEL);
	u8 *addr;

	(void)state;
	frame(page)[8] = 0x99;
	addr = kmap_atomic_pfn(page_to_pfn(page), KM_PTE0);
	/* lowmem or not, the slot is used */
	assert_int_equal(i386_addr(addr), slot_address(KM_PTE0, 0));
	assert_int_equal(addr[8], 0x99);
	kunmap_atomic(addr, KM_PTE0);
	assert_true(pte_none(*(kmap_pte - KM_PTE0)));
	__free_page(page);
}

static void test_without_invlpg_the_slot_reads_the_old_frame(void **state)
{
	struct page *a = alloc_page(GFP_HIGHUSER), *b = alloc_page(GFP_HIGHUSER);
	u32 *addr;

	(void)state;
	test_capture_console(1);
	*(u32 *)frame(a) = 0xaaaa0001u;
	*(u32 *)frame(b) = 0xbbbb0002u;
	addr = kmap_atomic(a, KM_USER0);
	assert_int_equal(*addr, 0xaaaa0001u);
	kunmap_atomic(addr, KM_USER0);
	/* with the flush: the slot shows the next frame mapped in it */
	addr = kmap_atomic(b, KM_USER0);
	assert_int_equal(*addr, 0xbbbb0002u);
	test_forget_flush_one(1);
	kunmap_atomic(addr, KM_USER0);
	/* without it, the translation of b survives the PTE's clearing */
	addr = kmap_atomic(a, KM_USER0);
	assert_int_equal(*addr, 0xbbbb0002u);
	assert_true(highmem_check() > 0);
	kunmap_atomic(addr, KM_USER0);
	assert_int_equal(highmem_check(), 0);
	addr = kmap_atomic(a, KM_USER0);
	assert_int_equal(*addr, 0xaaaa0001u);
	kunmap_atomic(addr, KM_USER0);
	__free_page(a);
	__free_page(b);
}

/* Windows mapped lazily, with the machine's host-fault handler in place
 * of cmocka's, as in the mm24 program. */
static void lazy_windows(void)
{
	machine_catch_faults();
	i386_lazy_windows = 1;
}

/* Does the host map a resident page at the slot of kernel pointer @p? */
static int host_maps(const void *p)
{
	unsigned char vec = 0;

	assert_int_equal(mincore((void *)((unsigned long)p & PAGE_MASK),
				 PAGE_SIZE, &vec), 0);
	return vec & 1;
}

static void test_lazy_window_is_mapped_on_first_touch(void **state)
{
	struct page *a = alloc_page(GFP_HIGHUSER), *b = alloc_page(GFP_HIGHUSER);
	u8 *addr;
	int i;

	(void)state;
	lazy_windows();
	for (i = 0; i < PAGE_SIZE; i++)
		frame(a)[i] = (u8)(i * 7 + 1);
	memset(frame(b), 0xee, PAGE_SIZE);
	/* the copy of a COW fault: two windows, neither mapped on the host */
	copy_user_highpage(b, a, 0x08048000UL, NULL);
	assert_memory_equal(frame(b), frame(a), PAGE_SIZE);
	addr = kmap_atomic(b, KM_USER0);
	assert_false(host_maps(addr));
	clear_page(addr);
	assert_false(host_maps(addr));
	assert_int_equal(frame(b)[0], 0);
	assert_int_equal(frame(b)[PAGE_SIZE - 1], 0);
	/* a plain store maps it (one host fault) and lands in the frame */
	addr[100] = 0x5a;
	assert_true(host_maps(addr));
	assert_int_equal(frame(b)[100], 0x5a);
	assert_int_equal(addr[101], 0);
	kunmap_atomic(addr, KM_USER0);
	assert_false(host_maps((void *)__fix_to_virt(FIX_KMAP_BEGIN + KM_USER0)));
	assert_int_equal(highmem_check(), 0);
	__free_page(a);
	__free_page(b);
}

static void store_after_kunmap(void *touch_first)
{
	u8 *addr = kmap_atomic(alloc_page(GFP_HIGHUSER), KM_USER0);

	if (touch_first)
		addr[0] = 1;		/* mapped on the host */
	else
		clear_page(addr);	/* never mapped on the host */
	kunmap_atomic(addr, KM_USER0);
	addr[1] = 2;
}

static void test_lazy_window_oopses_after_kunmap(void **state)
{
	char want[96];
	int touch;

	(void)state;
	snprintf(want, sizeof(want), "paging request at virtual address %08lx",
		 slot_address(KM_USER0, 0) + 1);	/* addr[1] */
	for (touch = 0; touch < 2; touch++) {
		lazy_windows();
		test_capture_console(1);
		assert_int_equal(machine_run(store_after_kunmap,
					     touch ? (void *)1 : NULL),
				 MACHINE_BUG);
		assert_non_null(strstr(test_console_text(), want));
		assert_non_null(strstr(test_console_text(), "Oops: 0002"));
		test_capture_console(0);
	}
}

static void clear_read_only(void *page)
{
	/* KM_USER0: test_a_slot_in_use_is_a_bug leaves KM_USER1 taken */
	clear_page(kmap_atomic_prot(page, KM_USER0, PAGE_KERNEL_RO));
}

static void test_lazy_read_only_window_refuses_a_write(void **state)
{
	char want[96];

	(void)state;
	snprintf(want, sizeof(want), "paging request at virtual address %08lx",
		 slot_address(KM_USER0, 0));
	lazy_windows();
	test_capture_console(1);
	assert_int_equal(machine_run(clear_read_only, alloc_page(GFP_HIGHUSER)),
			 MACHINE_BUG);
	assert_non_null(strstr(test_console_text(), want));
	assert_non_null(strstr(test_console_text(), "Oops: 0003"));
}

static void test_lazy_window_keeps_the_stale_translation(void **state)
{
	lazy_windows();
	test_without_invlpg_the_slot_reads_the_old_frame(state);
}

static void kmap_atomic_twice(void *page)
{
	kmap_atomic(page, KM_USER1);
	kmap_atomic(page, KM_USER1);
}

static void test_a_slot_in_use_is_a_bug(void **state)
{
	(void)state;
	test_capture_console(1);
	assert_int_equal(machine_run(kmap_atomic_twice, alloc_page(GFP_HIGHUSER)),
			 MACHINE_BUG);
	assert_non_null(strstr(test_console_text(),
			       "kernel BUG at src/arch/i386/highmem_32.c"));
}

int main(void)
{
	static const char *const two_cpus[] = { "mem=1G cpus=2", "mem=4G cpus=2" };
	static const char *const one[] = { "mem=1G cpus=2" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_each_type_on_each_cpu_has_its_fixmap_slot),
		cmocka_unit_test(test_lowmem_is_returned_at_its_direct_address),
		cmocka_unit_test(test_two_cpus_map_two_frames_in_the_same_type),
		cmocka_unit_test(test_data_reaches_every_mapping_of_the_frame),
		cmocka_unit_test(test_page_helpers_go_through_the_slots),
		cmocka_unit_test(test_kmap_atomic_pfn_maps_any_frame),
		cmocka_unit_test(test_without_invlpg_the_slot_reads_the_old_frame),
	};
	const struct CMUnitTest lazy[] = {
		cmocka_unit_test(test_lazy_window_is_mapped_on_first_touch),
		cmocka_unit_test(test_lazy_window_keeps_the_stale_translation),
	};
	const struct CMUnitTest fatal[] = {
		cmocka_unit_test(test_a_slot_in_use_is_a_bug),
		cmocka_unit_test(test_lazy_window_oopses_after_kunmap),
		cmocka_unit_test(test_lazy_read_only_window_refuses_a_write),
	};

	return run_group_per_config("kmap_atomic", tests, ARRAY_SIZE(tests),
				    setup, two_cpus, ARRAY_SIZE(two_cpus)) +
	       run_group_per_config("kmap_atomic_lazy", lazy, ARRAY_SIZE(lazy),
				    setup, one, 1) +
	       run_group_per_config("kmap_atomic_bug", fatal, ARRAY_SIZE(fatal),
				    setup, one, 1);
}
