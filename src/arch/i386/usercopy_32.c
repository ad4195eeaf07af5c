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
 * @brief \~english Check that a user range lies below TASK_SIZE.
 *        \~chinese 检查用户地址区间是否完全位于 TASK_SIZE 之下。 \~
 * @param type VERIFY_READ or VERIFY_WRITE (no difference on i486+)
 * @param addr start (i386 value)
 * @param size length
 * @return 1 if the range may be accessed, 0 if not
 * @kernel{include/asm-x86/uaccess_32.h,83}
 * @seenotes{chapter-intro,intro-uaccess}
 */
int access_ok(int type, unsigned long addr, unsigned long size)
{
	(void)type;
	return addr <= TASK_SIZE && size <= TASK_SIZE - addr;
}

/**
 * @brief \~english Copy @p n bytes from kernel @p from to user @p to.
 *        \~chinese 把 n 个字节从内核缓冲区复制到用户空间。 \~
 * @param to user address
 * @param from kernel buffer
 * @param n byte count
 * @return bytes not copied (0 on success)
 * @context may fault and sleep
 * @kernel{arch/x86/lib/usercopy_32.c,849}
 * @seenotes{chapter-intro,intro-uaccess}
 */
unsigned long copy_to_user(unsigned long to, const void *from, unsigned long n)
{
	if (!access_ok(VERIFY_WRITE, to, n))
		return n;
	return (unsigned long)i386_access((u32)to, (void *)from, n, I386_WRITE,
					  UACCESS_INSN(EX_COPY_TO_USER));
}

/**
 * @brief \~english Copy @p n bytes from user @p from to kernel @p to.
 *        \~chinese 把 n 个字节从用户空间复制到内核缓冲区；出错时其余部分清零。 \~
 * @param to kernel buffer; the part not copied is zeroed
 * @param from user address
 * @param n byte count
 * @return bytes not copied (0 on success)
 * @context may fault and sleep
 * @kernel{arch/x86/lib/usercopy_32.c,874}
 * @seenotes{chapter-intro,intro-uaccess}
 */
unsigned long copy_from_user(void *to, unsigned long from, unsigned long n)
{
	unsigned long left = n;

	if (access_ok(VERIFY_READ, from, n))
		left = (unsigned long)i386_access((u32)from, to, n, 0,
						  UACCESS_INSN(EX_COPY_FROM_USER));
	if (left)
		memset((char *)to + (n - left), 0, left);
	return left;
}

/**
 * @brief \~english Read one 32-bit word from user memory.
 *        \~chinese 从用户空间读取一个 32 位字。 \~
 * @param val where the word goes (0 on error)
 * @param addr user address
 * @return 0 or -EFAULT
 * @kernel{arch/x86/lib/getuser_32.S,53}
 * @seenotes{chapter-intro,intro-uaccess}
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
 * @param val the word
 * @param addr user address
 * @return 0 or -EFAULT
 * @kernel{arch/x86/lib/putuser_32.S,60}
 * @seenotes{chapter-intro,intro-uaccess}
 */
int __put_user_4(u32 val, unsigned long addr)
{
	if (!access_ok(VERIFY_WRITE, addr, 4) ||
	    i386_access((u32)addr, &val, 4, I386_WRITE,
			UACCESS_INSN(EX_PUT_USER)))
		return -EFAULT;
	return 0;
}
