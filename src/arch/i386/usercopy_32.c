/**
 * @file
 * @brief \~english Copying between kernel and user memory through the MMU.
 *        \~chinese 经由 MMU 在内核与用户空间之间复制数据。 \~
 *
 * usercopy_32.c - copying between kernel and user memory
 * (arch/x86/lib/usercopy_32.c, include/asm-x86/uaccess_32.h, getuser.S).
 *
 * The kernel side is a host buffer; the user side is reached through the
 * emulated MMU in kernel mode, with CR0.WP honoured, so copying into a
 * read-only user page faults (error code 3) as on a real CPU.  A fault
 * do_page_fault() cannot resolve lands in the exception table and the
 * copy returns the number of bytes it did not transfer.
 */
#include <errno.h>
#include <string.h>
#include <linux/sched.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/uaccess.h>

/**
 * @brief \~english Copy to user memory, the range already checked.
 *        \~chinese 向用户空间复制（区间已经检查过）。 \~
 * @param to \~english user address \~chinese 用户态地址 \~
 * @param from \~english kernel buffer \~chinese 内核缓冲区 \~
 * @param n \~english byte count \~chinese 字节数 \~
 * @return \~english bytes not copied \~chinese 未能复制的字节数 \~
 * @kernel{include/asm-x86/uaccess_32.h,455}
 * @seenotes{chapter-intro,intro-uaccess}
 * @kquirk \~english The copy is one i386_access() through the emulated
 *         MMU, in kernel mode, from the UACCESS_INSN() address of
 *         EX_COPY_TO_USER, in place of __copy_to_user_inatomic() and its
 *         string moves under the exception table.
 *         \~chinese 复制是经过模拟 MMU 的一次内核态 i386_access()，指令地址是
 *         EX_COPY_TO_USER 的 UACCESS_INSN()，代替 __copy_to_user_inatomic() 及其
 *         受异常表保护的串传送指令。 \~
 */
static unsigned long __copy_to_user(unsigned long to, const void *from,
				    unsigned long n)
{
	/* a fault do_page_fault() cannot fix ends at that site's fixup,
	 * and the access reports how much was left */
	return (unsigned long)i386_access((u32)to, (void *)from, n, I386_WRITE,
					  UACCESS_INSN(EX_COPY_TO_USER));
}

/**
 * @brief \~english Copy @p n bytes from kernel @p from to user @p to.
 *        \~chinese 把 n 个字节从内核缓冲区复制到用户空间。 \~
 * @param to \~english user address \~chinese 用户态地址 \~
 * @param from \~english kernel buffer \~chinese 内核缓冲区 \~
 * @param n \~english byte count \~chinese 字节数 \~
 * @return \~english bytes not copied (0 on success)
 *         \~chinese 未能复制的字节数（成功时为 0） \~
 * @context \~english may fault and sleep \~chinese 可能引发缺页异常并睡眠 \~
 * @kernel{arch/x86/lib/usercopy_32.c,849}
 * @seenotes{chapter-intro,intro-uaccess}
 */
unsigned long copy_to_user(unsigned long to, const void *from, unsigned long n)
{
	unsigned long left = n;

	if (access_ok(VERIFY_WRITE, to, n))
		left = __copy_to_user(to, from, n);
	return left;
}

/**
 * @brief \~english Copy from user memory, the range already checked; zero
 *        what could not be read.
 *        \~chinese 从用户空间复制（区间已经检查过），读不到的部分清零。 \~
 * @param to \~english kernel buffer \~chinese 内核缓冲区 \~
 * @param from \~english user address \~chinese 用户态地址 \~
 * @param n \~english byte count \~chinese 字节数 \~
 * @return \~english bytes not copied \~chinese 未能复制的字节数 \~
 * @kernel{include/asm-x86/uaccess_32.h,510}
 * @seenotes{chapter-intro,intro-uaccess}
 * @kquirk \~english The copy is one i386_access() through the emulated
 *         MMU from the UACCESS_INSN() address of EX_COPY_FROM_USER, in
 *         place of __copy_from_user_ll(), whose fixup zeroes the bytes it
 *         could not read: the memset() after it does that here.  There is
 *         no fast path for a constant size of 1, 2 or 4 bytes
 *         (__builtin_constant_p(), __get_user_size()).
 *         \~chinese 复制是经过模拟 MMU 的一次 i386_access()，指令地址是
 *         EX_COPY_FROM_USER 的 UACCESS_INSN()，代替 __copy_from_user_ll()；后者的
 *         修正代码会把没读到的字节清零，这里由其后的 memset() 完成。对 1、2、4 字节
 *         的常量大小没有快速路径（__builtin_constant_p()、__get_user_size()）。 \~
 */
static unsigned long __copy_from_user(void *to, unsigned long from,
				      unsigned long n)
{
	unsigned long left = (unsigned long)i386_access((u32)from, to, n, 0,
					UACCESS_INSN(EX_COPY_FROM_USER));

	/* no stale kernel data behind what was read */
	if (left)
		memset((char *)to + (n - left), 0, left);
	return left;
}

/**
 * @brief \~english Copy @p n bytes from user @p from to kernel @p to.
 *        \~chinese 把 n 个字节从用户空间复制到内核缓冲区；出错时其余部分清零。 \~
 * @param to \~english kernel buffer; the part not copied is zeroed
 *           \~chinese 内核缓冲区；未复制的部分被清零 \~
 * @param from \~english user address \~chinese 用户态地址 \~
 * @param n \~english byte count \~chinese 字节数 \~
 * @return \~english bytes not copied (0 on success)
 *         \~chinese 未能复制的字节数（成功时为 0） \~
 * @context \~english may fault and sleep \~chinese 可能引发缺页异常并睡眠 \~
 * @kernel{arch/x86/lib/usercopy_32.c,874}
 * @seenotes{chapter-intro,intro-uaccess}
 */
unsigned long copy_from_user(void *to, unsigned long from, unsigned long n)
{
	unsigned long left = n;

	if (access_ok(VERIFY_READ, from, n))
		left = __copy_from_user(to, from, n);
	else	/* a bad range: the whole buffer */
		memset(to, 0, n);
	return left;
}

/**
 * @brief \~english Read one 32-bit word from user memory.
 *        \~chinese 从用户空间读取一个 32 位字。 \~
 * @param val \~english where the word goes (0 on error)
 *            \~chinese 存放所读字的位置（出错时为 0） \~
 * @param addr \~english user address \~chinese 用户态地址 \~
 * @return \~english 0 or -EFAULT \~chinese 成功返回 0，否则返回 -EFAULT \~
 * @kernel{arch/x86/lib/getuser_32.S,53}
 * @seenotes{chapter-intro,intro-uaccess}
 * @kquirk \~english getuser_32.S checks addr + 3 against the thread's
 *         addr_limit with a carry (jc, jae bad_get_user) and loads the word
 *         with one instruction that has an exception-table entry; here
 *         access_ok() checks the range and one i386_access() from the
 *         UACCESS_INSN() address of EX_GET_USER loads it.  Both give 0 and
 *         -EFAULT as bad_get_user does.
 *         \~chinese getuser_32.S 用带进位的比较检查 addr + 3 是否超过线程的
 *         addr_limit（jc、jae bad_get_user），再用一条在异常表中有登记的指令读出这个
 *         字；这里由 access_ok() 检查区间，再从 EX_GET_USER 的 UACCESS_INSN() 地址
 *         做一次 i386_access() 读出。出错时与 bad_get_user 一样给出 0 和 -EFAULT。 \~
 */
int __get_user_4(u32 *val, unsigned long addr)
{
	*val = 0;
	if (!access_ok(VERIFY_READ, addr, 4) ||
	    i386_access((u32)addr, val, 4, 0, UACCESS_INSN(EX_GET_USER))) {
		*val = 0;
		return -EFAULT;
	}
	return 0;
}

/**
 * @brief \~english Write one 32-bit word to user memory.
 *        \~chinese 向用户空间写入一个 32 位字。 \~
 * @param val \~english the word \~chinese 要写入的字 \~
 * @param addr \~english user address \~chinese 用户态地址 \~
 * @return \~english 0 or -EFAULT \~chinese 成功返回 0，否则返回 -EFAULT \~
 * @kernel{arch/x86/lib/putuser_32.S,60}
 * @seenotes{chapter-intro,intro-uaccess}
 * @kquirk \~english putuser_32.S checks addr + 3 against the thread's
 *         addr_limit (jae bad_put_user) and stores with one instruction
 *         that has an exception-table entry; here access_ok() checks the
 *         range and one i386_access() from the UACCESS_INSN() address of
 *         EX_PUT_USER stores the word.
 *         \~chinese putuser_32.S 检查 addr + 3 是否超过线程的 addr_limit
 *         （jae bad_put_user），再用一条在异常表中有登记的指令写入；这里由
 *         access_ok() 检查区间，再从 EX_PUT_USER 的 UACCESS_INSN() 地址做一次
 *         i386_access() 写入这个字。 \~
 */
int __put_user_4(u32 val, unsigned long addr)
{
	if (!access_ok(VERIFY_WRITE, addr, 4) ||
	    i386_access((u32)addr, &val, 4, I386_WRITE,
			UACCESS_INSN(EX_PUT_USER)))
		return -EFAULT;
	return 0;
}
