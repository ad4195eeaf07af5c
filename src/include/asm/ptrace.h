/**
 * @file
 * @brief \~english The register frame an exception pushes.
 *        \~chinese 异常发生时压栈的寄存器帧。 \~
 *
 * asm/ptrace.h - the register frame an exception pushes (include/asm-x86/ptrace.h).
 */
#ifndef _ASM_PTRACE_H
#define _ASM_PTRACE_H

/*
 * mm24 keeps only the registers the memory manager reads: the faulting
 * instruction (eip), the stack pointer (esp, for the stack-growth check)
 * and the code segment, whose low two bits are the privilege level.
 */
struct pt_regs {
	unsigned long eip;
	unsigned long esp;
	int xcs;
	unsigned long eflags;
};

#define __KERNEL_CS	0x60
#define __USER_CS	0x73
#define SEGMENT_RPL_MASK 0x3
#define USER_RPL	0x3

static inline int user_mode(const struct pt_regs *regs)
{
	return (regs->xcs & SEGMENT_RPL_MASK) == USER_RPL;
}
#define user_mode_vm(regs)	user_mode(regs)

#endif /* _ASM_PTRACE_H */
