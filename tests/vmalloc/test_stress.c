/*
 * test_stress.c - random kmap/kunmap, kmap_atomic/kunmap_atomic, vmalloc,
 * vmalloc_32, vmalloc_user, vfree, vmap/vunmap and kmap_flush_unused
 * (fixed seeds), on every CPU, with buddy_check(), slab_check(),
 * highmem_check() and vmalloc_check() after every step.
 *
 * kmap() churn wraps the pkmap window many times.  Every frame the test
 * holds carries a pattern of its pfn, written
 * through one mapping and checked through another (a vmalloc area's
 * pages through kmap_atomic(), a kmapped page in physical memory), so a
 * mapping to the wrong frame, a stale translation, or memory handed out
 * twice shows up.
 */
#include <string.h>
#include "vmalloc_test.h"
#include <linux/buddy_check.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/slab_check.h>

#define POOL		1200	/* pages for kmap and vmap */
#define MAX_AREAS	64
#define MAX_KMAPS	900	/* below the 1024 slots: no kmap sleeps */

static struct page *pool[POOL];
static int kmaps[POOL];		/* kmap()s held per pool page */
static int nr_kmapped;		/* pool pages with kmaps held */

static struct {
	char *addr;
	unsigned long bytes;
	int vmapped;		/* vmap() of pool pages (first, count) */
	int first, count;
} areas[MAX_AREAS];
static int nr_areas;

static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

static u32 mark_of(unsigned long pfn)
{
	return (u32)(pfn * 2654435761u) ^ 0xa5a5a5a5u;
}

static u32 *frame_word(struct page *page)
{
	return (u32 *)(phys_ram + (page_to_pfn(page) << PAGE_SHIFT));
}

/* Every page of an area: its first word holds the mark of the frame
 * behind it; check it through kmap_atomic() of that frame. */
static void check_area(int a)
{
	struct vm_struct *v = area_at(areas[a].addr);
	unsigned long i, pages = PAGE_ALIGN(areas[a].bytes) >> PAGE_SHIFT;

	assert_non_null(v);
	for (i = 0; i < pages; i++) {
		long pfn = mapped_frame(areas[a].addr + i * PAGE_SIZE);
		struct page *page = pfn_to_page((unsigned long)pfn);
		enum km_type type = (enum km_type)rnd(KM_TYPE_NR);
		u32 *k;

		assert_true(pfn >= 0);
		if (!areas[a].vmapped)
			assert_ptr_equal(v->pages[i], page);
		k = kmap_atomic(page, type);
		assert_int_equal(*k, mark_of((unsigned long)pfn));
		assert_int_equal(*(u32 *)(areas[a].addr + i * PAGE_SIZE), *k);
		kunmap_atomic(k, type);
	}
}

static void new_area(void)
{
	unsigned long bytes = 1 + rnd(48 * PAGE_SIZE), i;
	unsigned int kind = rnd(4);
	char *v;

	if (nr_areas == MAX_AREAS)
		return;
	if (kind == 3) {			/* vmap() of pool pages */
		int first = (int)rnd(POOL - 16), count = 1 + (int)rnd(16);

		v = vmap(pool + first, (unsigned int)count, VM_MAP, PAGE_KERNEL);
		bytes = (unsigned long)count << PAGE_SHIFT;
		areas[nr_areas].first = first;
		areas[nr_areas].count = count;
	} else {
		v = kind == 0 ? vmalloc(bytes) : kind == 1 ? vmalloc_32(bytes) :
		    vmalloc_user(bytes);
	}
	assert_non_null(v);
	if (kind == 2)
		for (i = 0; i < bytes; i += 997)
			assert_int_equal(v[i], 0);	/* vmalloc_user() zeroes */
	areas[nr_areas].addr = v;
	areas[nr_areas].bytes = bytes;
	areas[nr_areas].vmapped = kind == 3;
	for (i = 0; i < PAGE_ALIGN(bytes) >> PAGE_SHIFT; i++)
		*(u32 *)(v + i * PAGE_SIZE) =
			mark_of((unsigned long)mapped_frame(v + i * PAGE_SIZE));
	nr_areas++;
}

static void drop_area(int a)
{
	check_area(a);
	if (areas[a].vmapped)
		vunmap(areas[a].addr);
	else
		vfree(areas[a].addr);
	areas[a] = areas[--nr_areas];
}

static void kmap_one(int i)
{
	u32 *addr;

	if (!kmaps[i] && nr_kmapped == MAX_KMAPS)
		return;
	addr = kmap(pool[i]);
	assert_ptr_equal(page_address(pool[i]), addr);
	assert_int_equal(*addr, mark_of(page_to_pfn(pool[i])));
	nr_kmapped += !kmaps[i]++;
}

static void kunmap_one(int i)
{
	kunmap(pool[i]);
	nr_kmapped -= !--kmaps[i];
}

static void atomic_one(int i)
{
	enum km_type type = (enum km_type)rnd(KM_TYPE_NR);
	u32 *addr = kmap_atomic(pool[i], type);

	assert_int_equal(*addr, mark_of(page_to_pfn(pool[i])));
	assert_int_equal(*addr, *frame_word(pool[i]));
	kunmap_atomic(addr, type);
}

/* kmap() and kunmap() of a few pages in turn: pages no slot maps take
 * new slots, and the window wraps (and flushes) every 1024 of them */
static void churn(void)
{
	int n;

	for (n = 0; n < 40; n++) {
		int i = (int)rnd(POOL);

		kmap_one(i);
		kunmap_one(i);
	}
}

static void step(void)
{
	unsigned int op = rnd(100);
	int i = (int)rnd(POOL);

	mm24_cpu = (int)rnd((unsigned int)num_online_cpus());
	if (op < 20)
		kmap_one(i);
	else if (op < 30)
		churn();
	else if (op < 55) {
		for (; i < POOL && !kmaps[i]; i++)
			;
		if (i < POOL)
			kunmap_one(i);
	} else if (op < 70)
		atomic_one(i);
	else if (op < 83)
		new_area();
	else if (op < 96) {
		if (nr_areas)
			drop_area((int)rnd((unsigned int)nr_areas));
	} else if (op < 98) {
		kmap_flush_unused();
	} else if (nr_areas) {
		check_area((int)rnd((unsigned int)nr_areas));
	}
	mm24_cpu = 0;
}

static void check_all(void)
{
	assert_int_equal(buddy_check(), 0);
	assert_int_equal(slab_check(), 0);
	assert_int_equal(highmem_check(), 0);
	assert_int_equal(vmalloc_check(), 0);
}

static void run(unsigned long long seed, int steps)
{
	int i;

	rng = seed;
	for (i = 0; i < steps; i++) {
		step();
		check_all();
	}
	while (nr_areas)
		drop_area(nr_areas - 1);
	for (i = 0; i < POOL; i++)
		while (kmaps[i])
			kunmap_one(i);
	kmap_flush_unused();
	for (i = 0; i < POOL; i++)
		assert_int_equal(*frame_word(pool[i]), mark_of(page_to_pfn(pool[i])));
	check_all();
	assert_null(vmlist);
}

static int setup(void **state)
{
	int i;

	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	for (i = 0; i < POOL; i++) {
		pool[i] = alloc_page(GFP_HIGHUSER);
		assert_non_null(pool[i]);
		*frame_word(pool[i]) = mark_of(page_to_pfn(pool[i]));
	}
	return 0;
}

static void test_random_kmaps_and_areas_keep_every_invariant(void **state)
{
	(void)state;
	run(9, 1500);
	run(20080124, 1500);
}

int main(void)
{
	static const char *const configs[] = { "mem=1G cpus=2", "mem=96M cpus=3" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_kmaps_and_areas_keep_every_invariant),
	};

	return run_group_per_config("stress_vmalloc", tests, 1, setup, configs,
				    ARRAY_SIZE(configs));
}
