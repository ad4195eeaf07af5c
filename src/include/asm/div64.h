/**
 * @file
 * @brief \~english do_div(): a 64-bit value divided in place by a 32-bit one.
 *        \~chinese do_div()：把 64 位的值就地除以一个 32 位的除数。 \~
 *
 * asm/div64.h - do_div() (include/asm-x86/div64.h).  i386 has no 64-bit
 * division instruction, so 2.6.24 divides the two 32-bit halves with divl;
 * the host divides directly, with the same quotient and remainder.
 */
#ifndef _ASM_DIV64_H
#define _ASM_DIV64_H

#include <linux/types.h>

/* n, a u64 lvalue, becomes n / base; the expression is the remainder */
#define do_div(n, base) ({					\
	const u32 __divisor = (u32)(base);			\
	const u32 __left = (u32)((n) % __divisor);		\
	(n) /= __divisor;					\
	__left; })

#endif /* _ASM_DIV64_H */
