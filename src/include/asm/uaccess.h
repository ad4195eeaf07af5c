/**
 * @file
 * @brief \~english Kernel access to user memory and the exception table.
 *        \~chinese 内核访问用户空间内存与异常表。 \~
 *
 * asm/uaccess.h - kernel access to user memory (include/asm-x86/uaccess_32.h,
 * arch/x86/lib/usercopy_32.c, arch/x86/mm/extable_32.c).
 *
 * Each access runs through the emulated MMU in kernel mode.  Its
 * "instruction" has an address in the kernel text and an entry in the
 * exception table; when do_page_fault() cannot resolve a fault it calls
 * fixup_exception(), which moves eip to the fixup and makes the copy
 * return what is left, or -EFAULT.
 */
#ifndef _ASM_UACCESS_H
#define _ASM_UACCESS_H

#include <linux/kernel.h>
#include <asm/ptrace.h>

/* The user range check: [addr, addr+size) must lie below TASK_SIZE. */
int access_ok(int type, unsigned long addr, unsigned long size);
#define VERIFY_READ	0
#define VERIFY_WRITE	1

unsigned long copy_to_user(unsigned long to, const void *from, unsigned long n);
unsigned long copy_from_user(void *to, unsigned long from, unsigned long n);
int __get_user_4(u32 *val, unsigned long addr);
int __put_user_4(u32 val, unsigned long addr);
#define get_user(x, ptr)	__get_user_4(&(x), (ptr))
#define put_user(x, ptr)	__put_user_4((u32)(x), (ptr))

/*
 * The kernel-text addresses of the instructions that may fault on a user
 * address (i386 values, in the emulated .text), one per access routine;
 * the fixup of each is the next 32-byte slot.
 */
enum ex_site { EX_WP_TEST, EX_COPY_TO_USER, EX_COPY_FROM_USER, EX_GET_USER,
	       EX_PUT_USER, NR_EX_SITES };
#define UACCESS_INSN(site)	(0xc02f4000UL + 0x40UL * (site))
#define UACCESS_FIXUP(site)	(UACCESS_INSN(site) + 0x20UL)

struct exception_table_entry {
	unsigned long insn, fixup;
};

int fixup_exception(struct pt_regs *regs);

#endif /* _ASM_UACCESS_H */
