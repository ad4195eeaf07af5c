/*
 * mm24_test.c - boot helpers, per-configuration child processes, the
 * page-fault recorder and console capture for the cmocka tests.
 *
 * Tests link with -Wl,--wrap=do_page_fault: the MMU's call lands here,
 * is recorded, and goes on to the real handler.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/vmstat.h>
#include <asm/processor.h>
#include <asm/setup.h>
#include <asm/traps.h>
#include "mm24_test.h"

const char *test_config = "mem=64M";
struct test_fault test_faults[16];
int test_nr_faults;

void __real_do_page_fault(struct pt_regs *regs, unsigned long error_code);

void __wrap_do_page_fault(struct pt_regs *regs, unsigned long error_code)
{
	if (test_nr_faults < 16) {
		test_faults[test_nr_faults].address = read_cr2();
		test_faults[test_nr_faults].error_code = error_code;
		test_faults[test_nr_faults].eip = regs->eip;
	}
	test_nr_faults++;
	__real_do_page_fault(regs, error_code);
}

int test_flush_all_calls, test_flush_one_calls;
static int forget_all, forget_one;

void __real_flush_tlb_all(void);
void __real_i386_tlb_flush_one(struct i386_cpu *cpu, u32 vaddr);

void __wrap_flush_tlb_all(void)
{
	test_flush_all_calls++;
	if (forget_all > 0) {
		forget_all--;
		return;
	}
	__real_flush_tlb_all();
}

void __wrap_i386_tlb_flush_one(struct i386_cpu *cpu, u32 vaddr)
{
	test_flush_one_calls++;
	if (forget_one > 0) {
		forget_one--;
		return;
	}
	__real_i386_tlb_flush_one(cpu, vaddr);
}

void test_forget_flush_all(int n)
{
	forget_all = n;
}

void test_forget_flush_one(int n)
{
	forget_one = n;
}

void test_faults_reset(void)
{
	test_nr_faults = 0;
	memset(test_faults, 0, sizeof(test_faults));
}

static char *captured;
static size_t captured_len;

static void capture(const char *s, size_t n)
{
	char *grown = realloc(captured, captured_len + n + 1);

	if (!grown)
		abort();
	captured = grown;
	memcpy(captured + captured_len, s, n);
	captured_len += n;
	captured[captured_len] = '\0';
}

void test_capture_console(int on)
{
	free(captured);
	captured = NULL;
	captured_len = 0;
	capture("", 0);
	register_console_writer(on ? capture : NULL);
}

const char *test_console_text(void)
{
	return captured ? captured : "";
}

void test_power_on(const char *options)
{
	struct machine_config cfg = { .mem = 64UL << 20, .cpus = 1 };
	char buf[256], err[128], *w, *save;

	snprintf(buf, sizeof(buf), "%s", options);
	boot_command_line[0] = '\0';
	for (w = strtok_r(buf, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
		int r = machine_parse_option(&cfg, w, err, sizeof(err));

		if (r < 0 || (r > 0 && check_early_param(w, err, sizeof(err))))
			fail_msg("bad test configuration: %s", err);
		if (r > 0)
			snprintf(boot_command_line + strlen(boot_command_line),
				 sizeof(boot_command_line) - strlen(boot_command_line),
				 "%s%s", boot_command_line[0] ? " " : "", w);
	}
	/* cmocka puts its own SIGSEGV handler in for each test: the host
	 * fault that maps a lazy kmap_atomic() window would never reach the
	 * machine's (the lazy-window tests put it back and turn this on) */
	i386_lazy_windows = 0;
	machine_power_on(&cfg);
}

void test_boot_bootmem(const char *options)
{
	test_power_on(options);
	parse_early_param();
	setup_memory();
}

void test_boot_paging(const char *options)
{
	test_boot_bootmem(options);
	paging_init();
}

void test_boot_zones(const char *options)
{
	test_power_on(options);
	start_kernel_until(BOOT_ZONELISTS);
	init_per_zone_pages_min();
}

void test_boot_full(const char *options)
{
	test_power_on(options);
	start_kernel();
}

int run_group_per_config(const char *name, const struct CMUnitTest *tests,
			 size_t n, int (*setup)(void **),
			 const char *const *configs, size_t nconf)
{
	int failed = 0;
	size_t i;

	for (i = 0; i < nconf; i++) {
		char title[256];
		pid_t pid;
		int status;

		fflush(stdout);
		pid = fork();
		if (pid < 0)
			return (int)nconf;
		if (pid == 0) {
			test_config = configs[i];
			snprintf(title, sizeof(title), "%s [%s]", name, configs[i]);
			_exit(_cmocka_run_group_tests(title, tests, n, setup, NULL)
			      ? 1 : 0);
		}
		if (waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status)) {
			printf("[  FAILED  ] %s [%s]: child %s\n", name, configs[i],
			       WIFSIGNALED(status) ? "crashed" : "failed");
			failed++;
		}
	}
	return failed;
}
