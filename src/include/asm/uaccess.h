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
#include <asm/pgtable.h>
#include <asm/ptrace.h>

/**
 * @brief \~english Does [addr, addr+size) leave the user range? 0 if not.
 *        \~chinese 区间 [addr, addr+size) 是否越出用户地址范围（不越出时为 0）。 \~
 * @param addr \~english start (i386 value) \~chinese 起始地址（i386 上的值） \~
 * @param size \~english length \~chinese 长度 \~
 * @return \~english 0 if the range may be accessed, 1 if not
 *         \~chinese 允许访问该区间时返回 0，否则返回 1 \~
 * @kernel{include/asm-x86/uaccess_32.h,56}
 * @seenotes{chapter-intro,intro-uaccess}
 * @kquirk \~english The kernel adds with the carry in assembly (addl,
 *         sbbl, cmpl) and compares with current_thread_info()->addr_limit,
 *         which set_fs() raises to KERNEL_DS around kernel-internal copies;
 *         mm24 has no set_fs(), so the limit is always TASK_SIZE, and the
 *         33-bit sum is two comparisons.
 *         \~chinese 内核用汇编带进位相加（addl、sbbl、cmpl），再与
 *         current_thread_info()->addr_limit 比较；内核内部复制时 set_fs() 会把它
 *         提高到 KERNEL_DS。mm24 没有 set_fs()，上限总是 TASK_SIZE，33 位的和改成
 *         两次比较。 \~
 */
static inline int __range_ok(unsigned long addr, unsigned long size)
{
	/* addr + size <= TASK_SIZE, without wrapping past 4 GiB */
	if (addr > TASK_SIZE || size > TASK_SIZE - addr)
		return 1;
	return 0;
}

/**
 * @brief \~english Check that a user range lies below TASK_SIZE.
 *        \~chinese 检查用户地址区间是否完全位于 TASK_SIZE 之下。 \~
 * @param type \~english VERIFY_READ or VERIFY_WRITE (no difference on i486+)
 *             \~chinese VERIFY_READ 或 VERIFY_WRITE（i486 及以后没有区别） \~
 * @param addr \~english start (i386 value) \~chinese 起始地址（i386 上的值） \~
 * @param size \~english length \~chinese 长度 \~
 * @return \~english nonzero if the range may be accessed, 0 if not
 *         \~chinese 允许访问该区间时返回非 0，否则返回 0 \~
 * @kernel{include/asm-x86/uaccess_32.h,83}
 * @seenotes{chapter-intro,intro-uaccess}
 */
#define access_ok(type, addr, size)	(likely(__range_ok(addr, size) == 0))
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
