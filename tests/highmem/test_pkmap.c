/*
 * test_pkmap.c - the persistent kmaps against a model of 2.6.24's rules.
 *
 * The model below is written from mm/highmem.c's description, not from
 * mm24's code: 1024 slots from 0xff800000, a count per slot (0 free,
 * 1 mapped but unused, n mapped with n - 1 users), the search for a free
 * slot going on from the last slot taken, and at every wrap to slot 0 the
 * unmapping of all slots at count 1 with one flush of every TLB.  Every
 * kmap() of a random sequence must return the address the model predicts,
 * and the counts, last_pkmap_nr and the number of flush_tlb_all() calls
 * must agree after every step.  The TLB flush is then left out once, to
 * show the stale read it prevents.
 */
#include <string.h>
#include "mm24_test.h"
#include <linux/gfp.h>
#include <linux/hash.h>
#include <linux/highmem.h>
#include <linux/mm.h>
#include <asm/tlbflush.h>

#define SLOTS		1024
#define WINDOW		0xff800000UL	/* PKMAP_BASE, derived in constants.md */
#define NR_TEST_PAGES	1500
#define SLEEP		(-1)

/* ---- the model ------------------------------------------------------ */
static struct {
	int count[SLOTS];
	struct page *page[SLOTS];	/* what a slot at count >= 1 maps */
	unsigned int last;
	int flushes;
} m;

static int model_slot_of(struct page *page)
{
	int s;

	for (s = 0; s < SLOTS; s++)
		if (m.count[s] >= 1 && m.page[s] == page)
			return s;
	return -1;
}

/* The slot kmap(page) uses, or SLEEP when the task would have to wait. */
static int model_kmap(struct page *page)
{
	int s = model_slot_of(page), tries = SLOTS, i;

	if (s < 0) {
		for (;;) {
			m.last = (m.last + 1) % SLOTS;
			if (m.last == 0) {
				for (i = 0; i < SLOTS; i++)
					if (m.count[i] == 1)
						m.count[i] = 0;
				m.flushes++;
				tries = SLOTS;
			}
			if (m.count[m.last] == 0)
				break;
			if (--tries == 0)
				return SLEEP;
		}
		s = (int)m.last;
		m.page[s] = page;
		m.count[s] = 1;
	}
	m.count[s]++;
	return s;
}

static void model_kunmap(struct page *page)
{
	int s = model_slot_of(page);

	assert_true(s >= 0 && m.count[s] >= 2);
	m.count[s]--;
}

static int model_slots_in_use(void)
{
	int s, n = 0;

	for (s = 0; s < SLOTS; s++)
		n += m.count[s] >= 2;
	return n;
}

/* ---- helpers -------------------------------------------------------- */
static struct page *pages[NR_TEST_PAGES];
static int users[NR_TEST_PAGES];	/* kmaps the test holds per page */
static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

static void agree_with_model(void)
{
	int s;

	assert_int_equal(pkmap_last_nr(), m.last);
	for (s = 0; s < SLOTS; s++)
		if (pkmap_slot_count((unsigned int)s) != m.count[s])
			fail_msg("slot %d: count %d, the model says %d", s,
				 pkmap_slot_count((unsigned int)s), m.count[s]);
	assert_int_equal(highmem_check(), 0);
}

static void *kmap_checked(int i)
{
	int flushes = test_flush_all_calls, model_flushes = m.flushes;
	int want = model_kmap(pages[i]);
	void *got;

	assert_true(want != SLEEP);
	got = kmap(pages[i]);
	assert_int_equal(i386_addr(got), WINDOW + (unsigned long)want * PAGE_SIZE);
	assert_ptr_equal(page_address(pages[i]), got);
	/* a wrap flushes every TLB once; no other kmap flushes at all */
	assert_int_equal(test_flush_all_calls - flushes, m.flushes - model_flushes);
	users[i]++;
	return got;
}

static void kunmap_checked(int i)
{
	model_kunmap(pages[i]);
	kunmap(pages[i]);
	users[i]--;
}

static int setup(void **state)
{
	int i;

	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	memset(&m, 0, sizeof(m));
	for (i = 0; i < NR_TEST_PAGES; i++) {
		pages[i] = alloc_page(GFP_HIGHUSER);
		assert_non_null(pages[i]);
		assert_true(PageHighMem(pages[i]));
		users[i] = 0;
	}
	return 0;
}

/* ---- tests ---------------------------------------------------------- */
static void test_kmap_sequence_follows_the_2_6_24_slot_rules(void **state)
{
	int step, flushes_before = test_flush_all_calls;

	(void)state;
	rng = 20080124;
	for (step = 0; step < 40000; step++) {
		int i = (int)rnd(NR_TEST_PAGES);

		if (users[i] && rnd(3)) {
			model_kunmap(pages[i]);
			kunmap(pages[i]);
			users[i]--;
		} else if (users[i] || model_slots_in_use() < SLOTS - 24) {
			kmap_checked(i);
		}
		if (step % 97 == 0)
			agree_with_model();
	}
	agree_with_model();
	assert_int_equal(test_flush_all_calls - flushes_before, m.flushes);
	assert_true(m.flushes >= 10);	/* the sequence wrapped many times */
	for (step = 0; step < NR_TEST_PAGES; step++)
		while (users[step])
			kunmap_checked(step);
	agree_with_model();
}

static void test_lowmem_kmap_is_the_direct_map(void **state)
{
	struct page *low = alloc_page(GFP_KERNEL);
	unsigned int last = pkmap_last_nr();

	(void)state;
	assert_false(PageHighMem(low));
	assert_int_equal(i386_addr(kmap(low)),
			 0xc0000000UL + (page_to_pfn(low) << PAGE_SHIFT));
	kunmap(low);
	assert_int_equal(pkmap_last_nr(), last);	/* no slot taken */
	__free_page(low);
}

/* A test page no slot maps now, from @from on. */
static int unmapped_page(int from)
{
	int i;

	for (i = from; i < NR_TEST_PAGES; i++)
		if (!users[i] && model_slot_of(pages[i]) < 0)
			return i;
	fail_msg("no unmapped test page left");
	return -1;
}

/* Does the next kmap() of a new page wrap round to slot 0? */
static int next_new_kmap_wraps(void)
{
	unsigned int s;

	for (s = m.last + 1; s < SLOTS; s++)
		if (m.count[s] == 0)
			return 0;
	return 1;
}

static void model_flush_unused(void)
{
	int s;

	for (s = 0; s < SLOTS; s++)
		if (m.count[s] == 1)
			m.count[s] = 0;
	m.flushes++;
}

static void test_kunmap_keeps_the_mapping_until_a_flush(void **state)
{
	int i = unmapped_page(0), flushes = test_flush_all_calls;
	void *addr;
	unsigned int slot;

	(void)state;
	addr = kmap_checked(i);
	slot = (unsigned int)((i386_addr(addr) - WINDOW) >> PAGE_SHIFT);
	kunmap_checked(i);
	/* count 1: unused, still mapped, found again at no cost */
	assert_int_equal(pkmap_slot_count(slot), 1);
	assert_ptr_equal(page_address(pages[i]), addr);
	assert_ptr_equal(kmap_checked(i), addr);
	kunmap_checked(i);
	assert_int_equal(test_flush_all_calls, flushes);
	/* kmap_flush_unused(): every slot at count 1 goes, one flush */
	model_flush_unused();
	kmap_flush_unused();
	assert_int_equal(test_flush_all_calls, flushes + 1);
	assert_null(page_address(pages[i]));
	assert_true(pte_none(pkmap_page_table[slot]));
	agree_with_model();
}

static void test_a_wrap_flushes_once_and_frees_the_unused_slots(void **state)
{
	int i, flushes, unused = 0, s;

	(void)state;
	/* new pages, each mapped and unmapped, up to the last free slot */
	while (!next_new_kmap_wraps()) {
		i = unmapped_page(0);
		kmap_checked(i);
		kunmap_checked(i);
	}
	for (s = 0; s < SLOTS; s++)
		unused += m.count[s] == 1;
	assert_true(unused > 0);
	flushes = test_flush_all_calls;
	i = unmapped_page(0);
	kmap_checked(i);		/* the search wraps to slot 0 */
	assert_int_equal(test_flush_all_calls, flushes + 1);
	for (s = 0; s < SLOTS; s++)
		assert_true(pkmap_slot_count((unsigned int)s) != 1);
	kunmap_checked(i);
	agree_with_model();
}

/* The first word of each test page's frame: a pattern of its own. */
static u32 frame_word(int i)
{
	return *(u32 *)(phys_ram + (page_to_pfn(pages[i]) << PAGE_SHIFT));
}

static void mark_frames(void)
{
	int i;

	for (i = 0; i < NR_TEST_PAGES; i++)
		*(u32 *)(phys_ram + (page_to_pfn(pages[i]) << PAGE_SHIFT)) =
			0x5a000000u ^ (u32)i;
}

/*
 * Map and unmap new pages until the next new kmap wraps; kmap one more
 * (the wrap, its flush left out if @forget) and then another, which takes
 * slot 1, the slot of a page unmapped before the wrap.  Returns what the
 * first word at the new page's address reads, and in *old and *new what
 * the frames of the page slot 1 had and of the new one hold.
 */
static u32 wrap_and_reuse_slot_1(int forget, u32 *old, u32 *new)
{
	int i, x, y, before;
	u32 seen;
	u32 *addr;

	while (!next_new_kmap_wraps()) {
		i = unmapped_page(0);
		kmap_checked(i);
		kunmap_checked(i);
	}
	for (before = 0; before < NR_TEST_PAGES; before++)
		if (m.count[1] >= 1 && pages[before] == m.page[1])
			break;
	assert_true(before < NR_TEST_PAGES);
	x = unmapped_page(0);
	test_forget_flush_all(forget);
	kmap_checked(x);			/* wraps: slot 0 */
	y = unmapped_page(x + 1);
	addr = kmap_checked(y);
	assert_int_equal(i386_addr(addr), WINDOW + PAGE_SIZE);	/* slot 1 */
	seen = *addr;
	*old = frame_word(before);
	*new = frame_word(y);
	kunmap_checked(x);
	kunmap_checked(y);
	return seen;
}

static void test_the_wrap_flush_makes_a_reused_slot_show_its_new_frame(void **state)
{
	u32 old, new, seen;

	(void)state;
	mark_frames();
	seen = wrap_and_reuse_slot_1(0, &old, &new);
	assert_int_equal(seen, new);
	assert_true(old != new);
	assert_int_equal(highmem_check(), 0);
}

static void test_without_the_wrap_flush_a_reused_slot_reads_the_old_frame(void **state)
{
	u32 old, new, seen;

	(void)state;
	mark_frames();
	test_capture_console(1);
	/* the stale translation of slot 1 still reaches the old frame */
	seen = wrap_and_reuse_slot_1(1, &old, &new);
	assert_int_equal(seen, old);
	assert_true(old != new);
	assert_true(highmem_check() > 0);
	assert_non_null(strstr(test_console_text(),
			       "stale translation of used pkmap slot 1"));
	/* the flush that was left out puts it right */
	flush_tlb_all();
	assert_int_equal(highmem_check(), 0);
}

/* ---- what 2.6.24 reports --------------------------------------------- */
static void kmap_body(void *page)
{
	kmap(page);
}

static void kunmap_body(void *page)
{
	kunmap(page);
}

static void test_a_full_window_puts_the_task_to_sleep(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < SLOTS; i++)
		kmap_checked(unmapped_page(0));
	i = unmapped_page(0);
	assert_int_equal(model_kmap(pages[i]), SLEEP);
	test_capture_console(1);
	assert_int_equal(machine_run(kmap_body, pages[i]), MACHINE_STUCK);
	assert_non_null(strstr(test_console_text(),
			       "swapper (pid 0) sleeps in TASK_UNINTERRUPTIBLE "
			       "on pkmap_map_wait"));
	assert_non_null(strstr(test_console_text(), "would sleep for ever"));
}

static void test_kunmap_of_a_page_never_mapped_is_a_bug(void **state)
{
	(void)state;
	test_capture_console(1);
	assert_int_equal(machine_run(kunmap_body, pages[0]), MACHINE_BUG);
	assert_non_null(strstr(test_console_text(),
			       "kernel BUG at src/highmem/highmem.c"));
}

static void test_one_kunmap_too_many_is_a_bug(void **state)
{
	(void)state;
	kmap(pages[1]);
	kunmap(pages[1]);
	test_capture_console(1);
	/* count 1 -> 0 without a flush: kunmap_high()'s BUG() */
	assert_int_equal(machine_run(kunmap_body, pages[1]), MACHINE_BUG);
	assert_non_null(strstr(test_console_text(),
			       "kernel BUG at src/highmem/highmem.c"));
}

/* page_address_htable's bucket of a page: hash_ptr() of its i386
 * address, the top PA_HASH_ORDER bits of the address times the 32-bit
 * golden-ratio prime 2^31 + 2^29 - 2^25 + 2^22 - 2^19 - 2^16 + 1 (i386's
 * long wraps at 32 bits); the product is built here from those terms. */
static void test_hash_long_keeps_the_top_bits_of_the_golden_product(void **state)
{
	static const u32 values[] = { 0, 1, 0xc1000000, 0xc1234560,
				      0xdeadbeef, 0xffffffff };
	unsigned int i, bits;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(values); i++) {
		u32 v = values[i];
		u32 product = (v << 31) + (v << 29) - (v << 25) + (v << 22) -
			      (v << 19) - (v << 16) + v;

		for (bits = 1; bits <= 12; bits++)
			assert_int_equal(hash_long(v, bits),
					 product >> (32 - bits));
	}
	assert_int_equal(hash_ptr((void *)(i386_linear_base + 0xc1000020UL), 7),
			 hash_long(0xc1000020UL, 7));
}

int main(void)
{
	static const char *const one_gig[] = { "mem=1G", "mem=2G cpus=2" };
	static const char *const one[] = { "mem=1G" };
	const struct CMUnitTest rules[] = {
		cmocka_unit_test(test_kmap_sequence_follows_the_2_6_24_slot_rules),
		cmocka_unit_test(test_lowmem_kmap_is_the_direct_map),
		cmocka_unit_test(test_kunmap_keeps_the_mapping_until_a_flush),
		cmocka_unit_test(test_a_wrap_flushes_once_and_frees_the_unused_slots),
		cmocka_unit_test(test_hash_long_keeps_the_top_bits_of_the_golden_product),
	};
	const struct CMUnitTest tlb[] = {
		cmocka_unit_test(test_the_wrap_flush_makes_a_reused_slot_show_its_new_frame),
		cmocka_unit_test(test_without_the_wrap_flush_a_reused_slot_reads_the_old_frame),
	};
	const struct CMUnitTest sleep[] = {
		cmocka_unit_test(test_a_full_window_puts_the_task_to_sleep),
	};
	const struct CMUnitTest bug1[] = {
		cmocka_unit_test(test_kunmap_of_a_page_never_mapped_is_a_bug),
	};
	const struct CMUnitTest bug2[] = {
		cmocka_unit_test(test_one_kunmap_too_many_is_a_bug),
	};

	return run_group_per_config("pkmap_rules", rules, ARRAY_SIZE(rules),
				    setup, one_gig, ARRAY_SIZE(one_gig)) +
	       run_group_per_config("pkmap_tlb", tlb, ARRAY_SIZE(tlb), setup,
				    one, 1) +
	       run_group_per_config("pkmap_sleep", sleep, 1, setup, one, 1) +
	       run_group_per_config("pkmap_bug1", bug1, 1, setup, one, 1) +
	       run_group_per_config("pkmap_bug2", bug2, 1, setup, one, 1);
}
