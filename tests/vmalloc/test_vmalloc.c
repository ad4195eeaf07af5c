/*
 * test_vmalloc.c - the vmalloc area against a model of its first fit
 * (vmalloc_test.h), the page tables read as the MMU reads them, and the
 * reports 2.6.24 makes.
 */
#include <stdlib.h>
#include <string.h>
#include "vmalloc_test.h"
#include <linux/bitops.h>
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>
#include <mm/slab.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/tlbflush.h>

static struct vm_model model;

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	model_init(&model);
	return 0;
}

static void agree_with_model(void)
{
	unsigned long used, chunk;

	model_info(&model, &used, &chunk);
	assert_int_equal(meminfo_kb("VmallocUsed"), used >> 10);
	assert_int_equal(meminfo_kb("VmallocChunk"), chunk >> 10);
	assert_int_equal(meminfo_kb("VmallocTotal"),
			 (model.end - model.start) >> 10);
	assert_int_equal(vmalloc_check(), 0);
}

static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

static void test_first_fit_places_every_area_where_the_model_does(void **state)
{
	static void *held[256];
	static int ioremapped[256];
	int nr = 0, step;

	(void)state;
	rng = 24;
	for (step = 0; step < 3000; step++) {
		if (nr && (rnd(2) || nr == 256)) {
			int i = (int)rnd((unsigned int)nr);

			model_free(&model, i386_addr(held[i]));
			if (ioremapped[i])
				iounmap(held[i]);
			else
				vfree(held[i]);
			held[i] = held[--nr];
			ioremapped[i] = ioremapped[nr];
		} else if (rnd(5) == 0) {
			/* reserved RAM of the kernel image, aligned to its
			 * size in whole pages */
			unsigned long bytes = (1 + rnd(40)) * 1024 * 3;
			int bit = fls((int)PAGE_ALIGN(bytes));
			unsigned long align = 1UL << (bit > 19 ? 19 : bit < 12 ? 12 : bit);
			unsigned long want = model_alloc(&model, bytes, align);

			held[nr] = ioremap(0x100000, bytes);
			assert_int_equal(i386_addr(held[nr]), want);
			ioremapped[nr++] = 1;
		} else {
			unsigned long bytes = 1 + rnd(300 * 1024);
			unsigned long want = model_alloc(&model, bytes, 1);

			held[nr] = vmalloc(bytes);
			assert_non_null(held[nr]);
			assert_int_equal(i386_addr(held[nr]), want);
			ioremapped[nr++] = 0;
		}
		if (step % 25 == 0)
			agree_with_model();
	}
	while (nr--) {
		model_free(&model, i386_addr(held[nr]));
		if (ioremapped[nr])
			iounmap(held[nr]);
		else
			vfree(held[nr]);
	}
	agree_with_model();
	assert_null(vmlist);
}

static void test_a_freed_hole_is_reused_first(void **state)
{
	void *a = vmalloc(4 * PAGE_SIZE), *b = vmalloc(PAGE_SIZE), *c, *d;

	(void)state;
	/* a: 4 pages and a guard page, b right after */
	assert_int_equal(i386_addr(b), i386_addr(a) + 5 * PAGE_SIZE);
	vfree(a);
	c = vmalloc(3 * PAGE_SIZE);		/* fits in a's 5 pages */
	assert_ptr_equal(c, a);
	d = vmalloc(2 * PAGE_SIZE);		/* does not: after b */
	assert_int_equal(i386_addr(d), i386_addr(b) + 2 * PAGE_SIZE);
	vfree(b);
	vfree(c);
	vfree(d);
	assert_null(vmlist);
}

static void test_every_page_is_mapped_to_its_frame_and_the_guard_is_not(void **state)
{
	const int nr = 40;
	u8 *v = vmalloc(nr * PAGE_SIZE), *w = vmalloc_32(nr * PAGE_SIZE);
	struct vm_struct *area = area_at(v), *area32 = area_at(w);
	int i;

	(void)state;
	assert_non_null(area);
	assert_int_equal(area->nr_pages, nr);
	assert_int_equal(area->size, (nr + 1) * PAGE_SIZE);
	assert_true(area->flags & VM_ALLOC);
	for (i = 0; i < nr; i++) {
		u8 *frame = kmap_atomic(area->pages[i], KM_USER0);

		assert_int_equal(mapped_frame(v + i * PAGE_SIZE),
				 (long)page_to_pfn(area->pages[i]));
		/* GFP_KERNEL|__GFP_HIGHMEM: HighMem while it has pages */
		assert_true(PageHighMem(area->pages[i]));
		assert_false(PageHighMem(area32->pages[i]));
		memset(v + i * PAGE_SIZE, i, PAGE_SIZE);
		assert_int_equal(frame[0], i);
		assert_int_equal(frame[4095], i);
		kunmap_atomic(frame, KM_USER0);
	}
	assert_int_equal(mapped_frame(v + nr * PAGE_SIZE), -1);
	assert_int_equal(mapped_frame(w + nr * PAGE_SIZE), -1);
	assert_int_equal(vmalloc_check(), 0);
	vfree(v);
	vfree(w);
	for (i = 0; i <= nr; i++)
		assert_int_equal(mapped_frame(v + i * PAGE_SIZE), -1);
}

static void test_the_first_area_gets_init_mm_a_page_table(void **state)
{
	pmd_t *pde = (pmd_t *)pgd_offset_k(VMALLOC_START);
	void *v;

	(void)state;
	/* paging_init() built page tables for the fixmap and pkmap only */
	if (!pmd_present(*pde)) {
		v = vmalloc(PAGE_SIZE);
		assert_true(pmd_present(*pde));
		/* a lowmem page, _PAGE_TABLE like every i386 page table */
		assert_true(pmd_val(*pde) >> PAGE_SHIFT < max_low_pfn);
		assert_int_equal(pmd_val(*pde) & ~PAGE_MASK, _PAGE_TABLE);
		vfree(v);
	}
	/* page tables stay when their areas go */
	assert_true(pmd_present(*pde));
}

static void test_a_large_page_array_comes_from_vmalloc_itself(void **state)
{
	/* 1025 pages: 4100 bytes of i386 pointers, more than a page */
	void *v = vmalloc(1025 * PAGE_SIZE);
	struct vm_struct *area = area_at(v), *array;

	(void)state;
	assert_non_null(area);
	assert_true(area->flags & VM_VPAGES);
	array = area_at(footprint_of(area->pages));
	assert_non_null(array);
	assert_int_equal(array->size, 3 * PAGE_SIZE);	/* 2 pages + guard */
	assert_true(array->flags & VM_ALLOC);
	/* the area is placed first, the array's area after it */
	assert_ptr_equal(vmlist, area);
	assert_ptr_equal(vmlist->next, array);
	assert_int_equal(i386_addr(array->addr),
			 i386_addr(area->addr) + area->size);
	assert_int_equal(vmalloc_check(), 0);
	vfree(v);
	assert_null(vmlist);		/* both went */
	v = vmalloc(1024 * PAGE_SIZE);	/* 4096 bytes: kmalloc() */
	assert_false(area_at(v)->flags & VM_VPAGES);
	assert_ptr_equal(vmlist, area_at(v));
	vfree(v);
}

static void test_zero_and_oversized_requests_return_null(void **state)
{
	(void)state;
	test_capture_console(1);
	assert_null(vmalloc(0));
	assert_null(vmalloc((num_physpages + 1) * PAGE_SIZE));
	/* both silently, as in 2.6.24 */
	assert_null(strstr(test_console_text(), "vmalloc"));
	assert_null(vmlist);
}

#define CHUNK_ORDER	8	/* the area is filled 1 MiB at a time */

/* A chunk of the vmalloc area: vmalloc() with its own frames, or, with
 * @block, vmap() of that block of the chunk's order (the same space and
 * guard page) */
static void *take_space(struct page *block)
{
	struct page *pages[1 << CHUNK_ORDER];
	unsigned int i;

	if (!block)
		return vmalloc(PAGE_SIZE << CHUNK_ORDER);
	for (i = 0; i < ARRAY_SIZE(pages); i++)
		pages[i] = block + i;
	return vmap(pages, ARRAY_SIZE(pages), VM_MAP, PAGE_KERNEL);
}

static void test_the_area_runs_out(void **state)
{
	const unsigned long chunk = PAGE_SIZE << CHUNK_ORDER;
	unsigned long want = (model.end - model.start) / (chunk + PAGE_SIZE), n = 0;
	/* vmalloc() itself where the frames outlast the space; on a small
	 * machine the OOM killer would come first: vmap() of one block */
	struct page *block = NULL;
	void **got;

	(void)state;
	if (num_physpages < 2 * ((model.end - model.start) >> PAGE_SHIFT)) {
		block = alloc_pages(GFP_KERNEL, CHUNK_ORDER);
		assert_non_null(block);
	}
	got = calloc(want + 1, sizeof(*got));
	test_capture_console(1);
	while ((got[n] = take_space(block)) != NULL)
		assert_true(++n <= want);
	assert_int_equal(n, want);
	assert_non_null(strstr(test_console_text(), "allocation failed: out of "
			       "vmalloc space - use vmalloc=<size> to increase "
			       "size."));
	assert_true(meminfo_kb("VmallocChunk") < (chunk + PAGE_SIZE) >> 10);
	assert_int_equal(vmalloc_check(), 0);
	while (n--)
		if (block)
			vunmap(got[n]);
		else
			vfree(got[n]);
	free(got);
	assert_null(vmlist);
	if (block)
		__free_pages(block, CHUNK_ORDER);
}

static void test_vfree_reports_what_is_not_a_vmalloc_area(void **state)
{
	struct page *low = alloc_page(GFP_KERNEL);
	char want[80];
	char *v = vmalloc(PAGE_SIZE);

	(void)state;
	test_capture_console(1);
	vfree(page_address(low));
	snprintf(want, sizeof(want), "Trying to vfree() nonexistent vm area "
		 "(%08lx)", i386_addr(page_address(low)));
	assert_non_null(strstr(test_console_text(), want));
	assert_non_null(strstr(test_console_text(), "WARNING: at "));
	vfree(v + 100);
	assert_non_null(strstr(test_console_text(),
			       "Trying to vfree() bad address"));
	vfree(NULL);
	/* nothing changed */
	assert_ptr_equal(vmlist->addr, v);
	assert_int_equal(page_count(low), 1);
	vfree(v);
	__free_page(low);
}

static void test_vread_reads_zeros_in_holes_and_vwrite_skips_them(void **state)
{
	/* a: 2 pages at S, b: 1 page at S + 3p, d: 1 page at S + 5p */
	char *a = vmalloc(2 * PAGE_SIZE), *b = vmalloc(PAGE_SIZE);
	char *d = vmalloc(PAGE_SIZE), *c;
	static char buf[8 * PAGE_SIZE];
	long n;

	(void)state;
	vfree(b);		/* a hole of 2 pages, too small for c */
	c = vmalloc(2 * PAGE_SIZE);
	assert_int_equal(i386_addr(d), i386_addr(a) + 5 * PAGE_SIZE);
	assert_int_equal(i386_addr(c), i386_addr(a) + 7 * PAGE_SIZE);
	memset(a, 'a', 2 * PAGE_SIZE);
	memset(d, 'd', PAGE_SIZE);
	memset(c, 'c', 2 * PAGE_SIZE);
	n = vread(buf, a + PAGE_SIZE, sizeof(buf));
	assert_int_equal(n, sizeof(buf));
	assert_int_equal(buf[PAGE_SIZE - 1], 'a');
	assert_int_equal(buf[PAGE_SIZE], 0);		/* a's guard page */
	assert_int_equal(buf[4 * PAGE_SIZE - 1], 0);	/* the hole */
	assert_int_equal(buf[4 * PAGE_SIZE], 'd');
	assert_int_equal(buf[5 * PAGE_SIZE], 0);	/* d's guard page */
	assert_int_equal(buf[6 * PAGE_SIZE], 'c');
	memset(buf, 'w', sizeof(buf));
	/* a's last 4097 bytes, 5 pages of guards and hole, c's first 4095 */
	n = vwrite(buf, a + PAGE_SIZE - 1, 7 * PAGE_SIZE);
	assert_int_equal(n, 7 * PAGE_SIZE);
	assert_int_equal(a[PAGE_SIZE - 1], 'w');
	assert_int_equal(d[0], 'w');
	assert_int_equal(c[PAGE_SIZE - 2], 'w');
	assert_int_equal(c[PAGE_SIZE - 1], 'c');	/* past the count */
	/* past the last area nothing is read */
	assert_int_equal(vread(buf, c + PAGE_SIZE, sizeof(buf)), PAGE_SIZE);
	assert_int_equal(vmalloc_check(), 0);
	vfree(a);
	vfree(c);
	vfree(d);
}

static void test_vmap_maps_the_callers_pages_and_leaves_them(void **state)
{
	struct page *pages[3] = { alloc_page(GFP_HIGHUSER),
				  alloc_page(GFP_KERNEL), alloc_page(GFP_HIGHUSER) };
	u8 *v = vmap(pages, 3, VM_MAP, PAGE_KERNEL), *k;
	int i;

	(void)state;
	assert_non_null(v);
	assert_true(area_at(v)->flags & VM_MAP);
	for (i = 0; i < 3; i++) {
		assert_int_equal(mapped_frame(v + i * PAGE_SIZE),
				 (long)page_to_pfn(pages[i]));
		v[i * PAGE_SIZE + 7] = (u8)(0x70 + i);
	}
	/* the same bytes through kmap() and kmap_atomic() */
	k = kmap(pages[0]);
	assert_int_equal(k[7], 0x70);
	kunmap(pages[0]);
	k = kmap_atomic(pages[2], KM_USER0);
	assert_int_equal(k[7], 0x72);
	kunmap_atomic(k, KM_USER0);
	assert_int_equal(((u8 *)page_address(pages[1]))[7], 0x71);
	vunmap(v);
	assert_int_equal(mapped_frame(v), -1);
	for (i = 0; i < 3; i++) {
		assert_int_equal(page_count(pages[i]), 1);	/* still ours */
		__free_page(pages[i]);
	}
}

static void test_ioremap_maps_the_hole_directly_and_reserved_ram_in_an_area(void **state)
{
	struct page *free_low = alloc_page(GFP_KERNEL), *high = alloc_page(GFP_HIGHUSER);
	unsigned long phys_high = page_to_pfn(high) << PAGE_SHIFT;
	char *isa, *img, *h;

	(void)state;
	/* the 640K-1M hole: its direct-map address, no area */
	isa = ioremap(0xb8000, 4000);
	assert_int_equal(i386_addr(isa), 0xc00b8000UL);
	assert_null(vmlist);
	iounmap(isa);
	/* the kernel image at 1 MiB is reserved: an area, aligned to 16K */
	img = ioremap(0x100010, 8000);		/* 2 pages from 0x100000 */
	assert_non_null(img);
	assert_int_equal(i386_addr(img) & 0x3fff, 0x10);
	assert_true(vmlist->flags & VM_IOREMAP);
	assert_int_equal(vmlist->phys_addr, 0x100000);
	assert_memory_equal(img, phys_ram + 0x100010, 8000);
	/* RAM the page allocator owns below high_memory is refused */
	assert_null(ioremap(page_to_pfn(free_low) << PAGE_SHIFT, PAGE_SIZE));
	/* above high_memory nothing is checked */
	h = ioremap(phys_high, PAGE_SIZE);
	assert_non_null(h);
	h[5] = 0x55;
	assert_int_equal(phys_ram[phys_high + 5], 0x55);
	assert_int_equal(vmalloc_check(), 0);
	iounmap(img);
	iounmap(h);
	assert_null(vmlist);
	test_capture_console(1);
	iounmap((char *)VMALLOC_START + PAGE_SIZE);
	assert_non_null(strstr(test_console_text(), "iounmap: bad address"));
	__free_page(free_low);
	__free_page(high);
}

static void test_ioremap_areas_are_aligned_to_their_size(void **state)
{
	unsigned long kb;

	(void)state;
	for (kb = 4; kb <= 2048; kb *= 2) {
		struct vm_struct *a = get_vm_area(PAGE_SIZE, VM_ALLOC);
		struct vm_struct *io = get_vm_area(kb << 10, VM_IOREMAP);
		/* 2^fls(size), at most 2^IOREMAP_MAX_ORDER = 512 KiB */
		unsigned long align = (kb << 11) > (1UL << 19) ? 1UL << 19 :
				      kb << 11;

		struct vm_struct *gone;

		assert_int_equal(i386_addr(io->addr) & (align - 1), 0);
		assert_int_equal(io->size, (kb << 10) + PAGE_SIZE);
		/* taken off the list, the area no longer counts its guard
		 * page: its size is what was asked for (2.6.24's iounmap()
		 * resets that many pages' attributes) */
		gone = remove_vm_area(io->addr);
		assert_ptr_equal(gone, io);
		assert_int_equal(gone->size, kb << 10);
		kfree_fp(gone);
		kfree_fp(remove_vm_area(a->addr));
	}
	assert_null(vmlist);
}

static void test_without_the_unmap_flush_a_reused_area_reads_the_old_frame(void **state)
{
	u32 *first, *second;
	struct page *grab;

	(void)state;
	test_capture_console(1);
	first = vmalloc(PAGE_SIZE);
	*first = 0x11111111;
	/* keep the frame the free gives back out of the second vmalloc */
	test_forget_flush_all(1);
	vfree(first);
	grab = alloc_page(GFP_HIGHUSER);
	second = vmalloc(PAGE_SIZE);
	assert_ptr_equal(second, first);
	assert_true(mapped_frame(second) != (long)page_to_pfn(grab));
	/* the page table says the new frame, the TLB still the old one */
	assert_int_equal(*second, 0x11111111);
	assert_true(vmalloc_check() > 0);
	flush_tlb_all();
	assert_int_equal(vmalloc_check(), 0);
	*second = 0x22222222;
	assert_int_equal(*(u32 *)(phys_ram + ((unsigned long)mapped_frame(second)
					       << PAGE_SHIFT)), 0x22222222);
	vfree(second);
	__free_page(grab);
}

static void test_meminfo_high_and_low_lines(void **state)
{
	struct zone *high = &NODE_DATA(0)->node_zones[ZONE_HIGHMEM];
	unsigned long high_free = zone_page_state(high, NR_FREE_PAGES);
	unsigned long all_free = global_page_state(NR_FREE_PAGES);
	/* mem_init() frees every highmem frame (all RAM in mm24's e820) */
	unsigned long high_frames = highend_pfn - highstart_pfn;

	(void)state;
	assert_int_equal(meminfo_kb("HighTotal"), high_frames * 4);
	assert_int_equal(meminfo_kb("HighFree"), high_free * 4);
	assert_int_equal(meminfo_kb("LowTotal"),
			 (totalram_pages - high_frames) * 4);
	assert_int_equal(meminfo_kb("LowFree"), (all_free - high_free) * 4);
	/* 0xf8800000 to 0xff7fe000 on a machine with 896 MiB of lowmem */
	if (high_frames)
		assert_int_equal(meminfo_kb("VmallocTotal"), 114680);
}

static void test_another_page_directory_faults_the_new_pde_in(void **state)
{
	struct page *dir_page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	u32 *dir = page_address(dir_page), *v, got = 0;
	unsigned int index;

	(void)state;
	/* a page directory that shares the kernel half as it is now, before
	 * the vmalloc area has a page table (pgd_ctor() copies it so) */
	memcpy(dir + USER_PTRS_PER_PGD, swapper_pg_dir + USER_PTRS_PER_PGD,
	       KERNEL_PGD_PTRS * sizeof(*dir));
	v = vmalloc(PAGE_SIZE);
	*v = 0x12345678;
	index = (unsigned int)pgd_index(i386_addr(v));
	assert_int_equal(dir[index], 0);		/* only init_mm has it */
	assert_true(pgd_val(swapper_pg_dir[index]) & _PAGE_PRESENT);
	write_cr3(page_to_pfn(dir_page) << PAGE_SHIFT);
	test_faults_reset();
	/* a kernel read through this directory: vmalloc_fault() copies the
	 * directory entry from init_mm, and the read is retried */
	assert_int_equal(i386_access((u32)i386_addr(v), &got, 4, 0,
				     0xc0100000u), 0);
	assert_int_equal(got, 0x12345678);
	assert_int_equal(test_nr_faults, 1);
	assert_int_equal(test_faults[0].error_code, 0);	/* kernel, read, absent */
	assert_int_equal(dir[index] & ~_PAGE_ACCESSED,
			 pgd_val(swapper_pg_dir[index]) & ~_PAGE_ACCESSED);
	/* a second read needs no fault */
	assert_int_equal(i386_access((u32)i386_addr(v), &got, 4, 0,
				     0xc0100000u), 0);
	assert_int_equal(test_nr_faults, 1);
	load_cr3(swapper_pg_dir);
	vfree(v);
	__free_page(dir_page);
}

static void read_guard_page(void *addr)
{
	(void)*(volatile char *)addr;
}

static void test_the_guard_page_oopses(void **state)
{
	char *v = vmalloc(2 * PAGE_SIZE);
	char want[80];

	(void)state;
	v[2 * PAGE_SIZE - 1] = 1;		/* the last byte is fine */
	machine_catch_faults();			/* cmocka installed its own */
	test_capture_console(1);
	assert_int_equal(machine_run(read_guard_page, v + 2 * PAGE_SIZE),
			 MACHINE_BUG);
	snprintf(want, sizeof(want), "unable to handle kernel paging request "
		 "at virtual address %08lx", i386_addr(v) + 2 * PAGE_SIZE);
	assert_non_null(strstr(test_console_text(), want));
}

int main(void)
{
	static const char *const configs[] = { "mem=1G", "mem=64M cpus=2" };
	static const char *const one[] = { "mem=1G" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_first_fit_places_every_area_where_the_model_does),
		cmocka_unit_test(test_a_freed_hole_is_reused_first),
		cmocka_unit_test(test_the_first_area_gets_init_mm_a_page_table),
		cmocka_unit_test(test_a_large_page_array_comes_from_vmalloc_itself),
		cmocka_unit_test(test_zero_and_oversized_requests_return_null),
		cmocka_unit_test(test_the_area_runs_out),
		cmocka_unit_test(test_vfree_reports_what_is_not_a_vmalloc_area),
		cmocka_unit_test(test_vread_reads_zeros_in_holes_and_vwrite_skips_them),
		cmocka_unit_test(test_ioremap_areas_are_aligned_to_their_size),
		cmocka_unit_test(test_without_the_unmap_flush_a_reused_area_reads_the_old_frame),
		cmocka_unit_test(test_meminfo_high_and_low_lines),
	};
	const struct CMUnitTest highmem[] = {
		cmocka_unit_test(test_every_page_is_mapped_to_its_frame_and_the_guard_is_not),
		cmocka_unit_test(test_vmap_maps_the_callers_pages_and_leaves_them),
		cmocka_unit_test(test_ioremap_maps_the_hole_directly_and_reserved_ram_in_an_area),
	};
	const struct CMUnitTest fatal[] = {
		cmocka_unit_test(test_the_guard_page_oopses),
	};
	const struct CMUnitTest fault[] = {
		cmocka_unit_test(test_another_page_directory_faults_the_new_pde_in),
	};

	return run_group_per_config("vmalloc", tests, ARRAY_SIZE(tests), setup,
				    configs, ARRAY_SIZE(configs)) +
	       run_group_per_config("vmalloc_highmem", highmem,
				    ARRAY_SIZE(highmem), setup, one, 1) +
	       run_group_per_config("vmalloc_guard", fatal, 1, setup, one, 1) +
	       run_group_per_config("vmalloc_fault", fault, 1, setup, one, 1);
}
