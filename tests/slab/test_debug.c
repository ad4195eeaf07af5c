/*
 * test_debug.c - the DEBUG_SLAB checks of 2.6.24, turned on with the
 * slab_debug boot option: what each misuse reports, in 2.6.24's words.
 *
 *  - a write past the end of an object breaks its second red zone; kfree()
 *    reports "memory outside object was overwritten" with both red zones
 *    (the first still RED_ACTIVE);
 *  - a write into a freed object breaks its poison; the next allocation of
 *    it reports "Slab corruption" with the line that differs and the
 *    neighbouring objects;
 *  - a second kfree() finds both red zones inactive: "double free
 *    detected";
 *  - kmem_cache_free() to the wrong cache is a kernel BUG;
 * and, without slab_debug, what 2.6.24 catches anyway: kfree() of a page
 * that is no slab page is a kernel BUG in page_get_cache().
 */
#include <string.h>
#include "mm24_test.h"
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/poison.h>
#include <linux/slab.h>
#include <asm/machine.h>

static int setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

static int debugging(void)
{
	return strstr(test_config, "slab_debug") != NULL;
}

static void expect_report(const char *what)
{
	if (!strstr(test_console_text(), what))
		fail_msg("[%s] expected \"%s\" in:\n%s", test_config, what,
			 test_console_text());
}

static void test_debug_layout_poisons_and_guards(void **state)
{
	u8 *p;
	int i;

	(void)state;
	if (!debugging())
		return;
	p = kmalloc(60, GFP_KERNEL);	/* size-64: 64 bytes for the caller */
	assert_non_null(p);
	/* a new object is filled with POISON_INUSE, its last byte POISON_END */
	for (i = 0; i < 63; i++)
		assert_int_equal(p[i], POISON_INUSE);
	assert_int_equal(p[63], POISON_END);
	/* red zones on both sides, active while the object is out */
	assert_true(*(u64 *)(p - 8) == RED_ACTIVE);
	assert_true(*(u64 *)(p + 64) == RED_ACTIVE);
	assert_int_equal(ksize(p), 64);
	kfree(p);
	/* freed: poisoned with POISON_FREE, red zones inactive */
	for (i = 0; i < 63; i++)
		assert_int_equal(p[i], POISON_FREE);
	assert_true(*(u64 *)(p - 8) == RED_INACTIVE);
	assert_true(*(u64 *)(p + 64) == RED_INACTIVE);
}

static void test_overrun_is_reported_at_kfree(void **state)
{
	u8 *p;

	(void)state;
	if (!debugging())
		return;
	test_capture_console(1);
	p = kmalloc(64, GFP_KERNEL);
	assert_non_null(p);
	p[64] = 0x41;			/* one byte past the end */
	kfree(p);
	expect_report("slab error in verify_redzone_free(): cache `size-64': "
		      "memory outside object was overwritten");
	/* both red zones still active, the second with its low byte 0x41 */
	expect_report(": redzone 1:0xd84156c5635688c0, redzone "
		      "2:0xd84156c563568841.");
	expect_report("Pid: ");		/* the stack dump */
}

static void test_use_after_free_is_reported_at_next_alloc(void **state)
{
	u8 *p, *q;

	(void)state;
	if (!debugging())
		return;
	p = kmalloc(100, GFP_KERNEL);		/* size-128 */
	assert_non_null(p);
	kfree(p);
	test_capture_console(1);
	p[10] = 0x00;			/* written after the free */
	q = kmalloc(100, GFP_KERNEL);	/* LIFO: the same object again */
	assert_ptr_equal(p, q);
	expect_report("Slab corruption: size-128 start=");
	expect_report(", len=128");
	expect_report("000: 6b 6b 6b 6b 6b 6b 6b 6b 6b 6b 00 6b 6b 6b 6b 6b");
	expect_report("Last user: [<");
	kfree(q);
}

static void kfree_twice(void *p)
{
	kfree(p);
	kfree(p);
}

static void test_double_free_is_reported(void **state)
{
	void *p;

	(void)state;
	if (!debugging())
		return;
	p = kmalloc(32, GFP_KERNEL);
	assert_non_null(p);
	test_capture_console(1);
	/* the report goes on; a later free of the twice-listed object may
	 * stop the machine, as it would stop 2.6.24 */
	machine_run(kfree_twice, p);
	expect_report("slab error in verify_redzone_free(): cache `size-32': "
		      "double free detected");
	expect_report(": redzone 1:0x9f911029d74e35b, redzone 2:0x9f911029d74e35b");
}

static void free_to_size_64(void *p)
{
	kmem_cache_free(malloc_sizes[1].cs_cachep, p);	/* size-64 */
}

static void test_free_to_the_wrong_cache_is_a_bug(void **state)
{
	void *p;

	(void)state;
	if (!debugging())
		return;
	p = kmalloc(100, GFP_KERNEL);	/* a size-128 object */
	assert_non_null(p);
	test_capture_console(1);
	assert_int_equal(machine_run(free_to_size_64, p), MACHINE_BUG);
	/* BUG_ON(virt_to_cache(objp) != cachep) in cache_free_debugcheck() */
	expect_report("kernel BUG at ");
	expect_report("] kmem_cache_free+");
}

static void kfree_page(void *addr)
{
	kfree(addr);
}

static void test_kfree_of_a_page_is_a_bug(void **state)
{
	unsigned long addr;

	(void)state;
	addr = __get_free_page(GFP_KERNEL);
	assert_true(addr != 0);
	test_capture_console(1);
	assert_int_equal(machine_run(kfree_page, (void *)addr), MACHINE_BUG);
	expect_report("kernel BUG at ");
	expect_report("kfree");
}

int main(void)
{
	static const char *const configs[] = {
		"mem=64M slab_debug", "mem=64M cpus=2 slab_debug", "mem=64M",
	};
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_debug_layout_poisons_and_guards),
		cmocka_unit_test(test_overrun_is_reported_at_kfree),
		cmocka_unit_test(test_use_after_free_is_reported_at_next_alloc),
		cmocka_unit_test(test_double_free_is_reported),
		cmocka_unit_test(test_free_to_the_wrong_cache_is_a_bug),
		cmocka_unit_test(test_kfree_of_a_page_is_a_bug),
	};

	return run_group_per_config("slab debug", tests, ARRAY_SIZE(tests),
				    setup, configs, ARRAY_SIZE(configs));
}
