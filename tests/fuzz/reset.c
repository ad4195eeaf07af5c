/*
 * reset.c - put the whole emulated machine and every unit back as they
 * were when the program started, so that one process can boot it again
 * and again (the fuzz target, the reset check).  The design and why it
 * is correct are in src/arch/i386/machine.c's header; in short:
 *
 *  1. mm24_power_off(): the host resources taken since power-on go back
 *     (the names and cache names of the script, the tracer's tables, the
 *     RAM memfd, the 4 GiB linear space, the fault handlers);
 *  2. every byte of mm24's writable data (.data and .bss of all units
 *     and of the mm24 program, gathered by state.ld into two sections)
 *     is copied back from the snapshot reset_init() took before the
 *     first boot.
 *
 * The copy goes word by word through volatile pointers, without the
 * address sanitizer: the section holds ASan's red zones between the
 * globals, which only an uninstrumented copy may read and write (and a
 * plain loop could be turned into a call of the intercepted memcpy).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "reset.h"

extern unsigned long __mm24_data_start[], __mm24_data_end[];
extern unsigned long __mm24_bss_start[], __mm24_bss_end[];

static unsigned long *snapshot;
static size_t data_words, bss_words;

__attribute__((no_sanitize_address, noinline))
static void copy_words(volatile unsigned long *to,
		       const volatile unsigned long *from, size_t n)
{
	while (n--)
		*to++ = *from++;
}

size_t reset_init(void)
{
	size_t bytes;

	data_words = (size_t)(__mm24_data_end - __mm24_data_start);
	bss_words = (size_t)(__mm24_bss_end - __mm24_bss_start);
	bytes = (data_words + bss_words) * sizeof(*snapshot);
	snapshot = malloc(bytes);
	if (!snapshot) {
		fprintf(stderr, "reset: no room for a %zu-byte snapshot\n",
			bytes);
		exit(1);
	}
	copy_words(snapshot, __mm24_data_start, data_words);
	copy_words(snapshot + data_words, __mm24_bss_start, bss_words);
	return bytes;
}

void reset_machine(void)
{
	mm24_power_off();
	copy_words(__mm24_data_start, snapshot, data_words);
	copy_words(__mm24_bss_start, snapshot + data_words, bss_words);
}
