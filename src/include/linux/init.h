/**
 * @file
 * @brief \~english The boot sequence: start_kernel() and the stages a test can stop after.
 *        \~chinese 启动序列：start_kernel() 以及测试可以在其后停下的各个阶段。 \~
 *
 * linux/init.h - start_kernel() (init/main.c) and its stages.
 *
 * One start_kernel() boots the emulated machine for every caller: the
 * mm24 program, the exercises, the tests and the benchmarks.  It is
 * compiled once per top unit (the Makefile defines CONFIG_MM24_<UNIT> for
 * every unit the binary links), so a binary that stops at the zone unit
 * runs the zone steps only, and each later unit adds its steps in the
 * place 2.6.24's start_kernel() gives them.  The zone unit is the first
 * that has one: setup_arch() ends by building the zones, so units below
 * it run setup_arch()'s first steps on their own.
 *
 * The stages, in boot order (each is "done" after the function named):
 *
 *   BOOT_SETUP_ARCH setup_arch(): e820 map, bootmem, page tables, zones
 *   BOOT_ZONELISTS  build_all_zonelists()
 *   BOOT_MEM_INIT   mem_init(): the buddy allocator owns the free pages
 *   BOOT_DONE       the memory initcalls: watermarks, vmstat
 */
#ifndef _LINUX_INIT_H
#define _LINUX_INIT_H

#include <stddef.h>

enum boot_stage {
	BOOT_SETUP_ARCH,
	BOOT_ZONELISTS,
	BOOT_MEM_INIT,
	BOOT_DONE,
};

void start_kernel(void);
/* start_kernel(), stopping after @last (a test's partial boot). */
void start_kernel_until(enum boot_stage last);

/*
 * Boot options of the units: __setup("name", fn) makes start_kernel()
 * call fn with what follows "name" in a word of the boot line that
 * starts with it; fn returns 1 when it took the word.  The entries are
 * collected by the linker in section mm24_setup (2.6.24: .init.setup).
 */
struct obs_kernel_param {
	const char *str;
	int (*setup_func)(char *);
	int early;
};
#define __setup(str, fn) \
	static const struct obs_kernel_param __setup_##fn \
	__attribute__((used, section("mm24_setup"), \
		       aligned(sizeof(void *)))) = { str, fn, 0 }
/* the section's bounds (weak: a binary may have no boot option) */
extern const struct obs_kernel_param __start_mm24_setup[]
	__attribute__((weak));
extern const struct obs_kernel_param __stop_mm24_setup[]
	__attribute__((weak));

/* Hand one word of the boot line to the __setup() handler that takes it;
 * 1 if one did. */
int obsolete_checksetup(char *line);
/* Is @word an option some __setup() handler would take? */
int setup_param_known(const char *word);
/* ", name" for each __setup() option, for messages ("" if none). */
void setup_param_names(char *buf, size_t len);

#endif /* _LINUX_INIT_H */
