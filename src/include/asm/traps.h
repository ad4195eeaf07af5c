/**
 * @file
 * @brief \~english Exception entry points the emulated CPU delivers to.
 *        \~chinese 模拟 CPU 投递异常的入口函数。 \~
 *
 * asm/traps.h - exception entry points the emulated CPU delivers to.
 */
#ifndef _ASM_TRAPS_H
#define _ASM_TRAPS_H

#include <asm/ptrace.h>

/* Vector 14; error_code bit 0 protection, bit 1 write, bit 2 user. */
void do_page_fault(struct pt_regs *regs, unsigned long error_code);
/* Print an oops header and stop the machine (arch/x86/kernel/traps_32.c). */
void die(const char *str, struct pt_regs *regs, long err)
	__attribute__((noreturn));

#endif /* _ASM_TRAPS_H */
