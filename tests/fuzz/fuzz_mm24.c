/*
 * fuzz_mm24.c - the libFuzzer target (make fuzz): every input is a
 * scenario script, run by mm24's own interpreter, run_script(), on one
 * emulated machine per process that is reset between inputs (reset.c;
 * the design is in src/arch/i386/machine.c).
 *
 * A finding is what the sanitizers report (ASan, UBSan, LeakSanitizer
 * after every input), a host crash, an exit() of the program, or an
 * input slower than libFuzzer's -timeout.  What the emulated kernel
 * reports (a BUG, an oops, a panic, "page allocation failure") is the
 * behaviour under test, not a finding: it ends the script as in mm24.
 *
 * Two things differ from "mm24 run", both at the host boundary:
 *  - the machine has at most FUZZ_MEM_MAX of RAM (a bigger or missing
 *    mem= gets FUZZ_MEM_MAX): a 1 GiB boot under the sanitizers takes
 *    most of a second, a 64 MiB one a millisecond, and every rule of the
 *    units shows on a small machine as on a big one (vmalloc= moves the
 *    lowmem limit below 64M, so highmem is reachable too);
 *  - "dot ... > FILE" writes to /dev/null, not to a file the input names.
 * The script's output goes to /dev/null; MM24_FUZZ_VERBOSE=1 shows it
 * (to see what a saved input does: build/fuzz/bin/fuzz-mm24 FILE).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <asm/machine.h>
#include "../../src/mm24/mm24.h"
#include "reset.h"

#define FUZZ_MEM_MAX	(24UL << 20)

void __real_machine_power_on(const struct machine_config *cfg);

void __wrap_machine_power_on(const struct machine_config *cfg)
{
	struct machine_config small = *cfg;

	if (small.mem > FUZZ_MEM_MAX)
		small.mem = FUZZ_MEM_MAX;
	__real_machine_power_on(&small);
}

FILE *__real_dot_begin(struct dot_out *out, const char *rankdir,
			const char *title);

/* A picture the input sends to a file goes to /dev/null.  Only dot's own
 * file is redirected: libFuzzer writes a crash input with fopen() too,
 * from inside the run that crashed. */
FILE *__wrap_dot_begin(struct dot_out *out, const char *rankdir,
		       const char *title)
{
	if (out->file)
		out->file = "/dev/null";
	return __real_dot_begin(out, rankdir, title);
}

/* At the end of a run: how often the boot cache answered (on file
 * descriptor 2, with libFuzzer's statistics). */
static void boot_stats(void)
{
	unsigned long cached, booted;

	reset_stats(&cached, &booted);
	dprintf(2, "stat::boots_from_cache:       %lu\n"
		"stat::boots_run:              %lu\n", cached, booted);
}

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *verbose = getenv("MM24_FUZZ_VERBOSE");

	(void)argc;
	(void)argv;
	if (!verbose || strcmp(verbose, "1")) {
		/* libFuzzer and the sanitizers write to file descriptor 2
		 * themselves; only mm24's stdio streams are silenced */
		if (!freopen("/dev/null", "w", stdout))
			return 1;
		stderr = fopen("/dev/null", "w");
		if (!stderr)
			return 1;
	}
	reset_init();
	atexit(boot_stats);
	return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	FILE *in;

	if (!size)
		return 0;
	in = fmemopen((void *)data, size, "r");
	if (!in)
		abort();
	run_script(in, "fuzz.mm", 0, 0);
	fclose(in);
	fflush(stdout);
	reset_machine();
	return 0;
}
