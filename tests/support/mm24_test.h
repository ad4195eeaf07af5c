/*
 * mm24_test.h - helpers for the cmocka tests: booting the emulated
 * machine to a given stage, one machine per process, and watching the
 * page faults the MMU delivers.
 */
#ifndef _MM24_TEST_H
#define _MM24_TEST_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <setjmp.h>
#include <cmocka.h>

#include <linux/types.h>
#include <asm/machine.h>

/* Power on with "mem=... cpus=..." (fails the test on a bad option). */
void test_power_on(const char *options);
/*
 * Below the zone unit there is no start_kernel() (setup_arch() ends by
 * building the zones): power on and run setup_arch()'s first steps, up to
 * bootmem only ...
 */
void test_boot_bootmem(const char *options);
/* ... or up to paging_init() (kernel page tables). */
void test_boot_paging(const char *options);
/* start_kernel() up to the zonelists, then the watermarks (no mem_init). */
void test_boot_zones(const char *options);
/* start_kernel(): the whole boot of the units the test links. */
void test_boot_full(const char *options);

/*
 * Run the cmocka group once per configuration, each in its own child
 * process (one machine per process); @setup boots it, reading the
 * configuration from test_config.  Returns the number of failed children.
 */
extern const char *test_config;
int run_group_per_config(const char *name, const struct CMUnitTest *tests,
			 size_t n, int (*setup)(void **),
			 const char *const *configs, size_t nconf);

/* Every #PF the MMU raised since the last call to test_faults_reset(). */
struct test_fault {
	unsigned long address, error_code, eip;
};
extern struct test_fault test_faults[16];
extern int test_nr_faults;
void test_faults_reset(void);

/*
 * TLB flushes.  Tests link with -Wl,--wrap=flush_tlb_all and
 * -Wl,--wrap=i386_tlb_flush_one (invlpg): every call from kernel code is
 * counted here, and a test can make the next @n of them do nothing, to
 * show what a forgotten flush does.
 */
extern int test_flush_all_calls, test_flush_one_calls;
void test_forget_flush_all(int n);
void test_forget_flush_one(int n);

/* Capture console output (printk) into a buffer, or stop capturing. */
void test_capture_console(int on);
const char *test_console_text(void);

#endif /* _MM24_TEST_H */
