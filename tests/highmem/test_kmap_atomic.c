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
 */
#include <string.h>
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
	const struct CMUnitTest fatal[] = {
		cmocka_unit_test(test_a_slot_in_use_is_a_bug),
	};

	return run_group_per_config("kmap_atomic", tests, ARRAY_SIZE(tests),
				    setup, two_cpus, ARRAY_SIZE(two_cpus)) +
	       run_group_per_config("kmap_atomic_bug", fatal, 1, setup, one, 1);
}
