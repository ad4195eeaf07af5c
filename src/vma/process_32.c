/**
 * @file
 * @brief \~english Where a new program's stack pointer starts: maybe a little lower, at random.
 *        \~chinese 新程序栈指针的起点：可能被随机地稍微下移。 \~
 *
 * process_32.c - arch_align_stack() (arch/x86/kernel/process_32.c):
 * with randomization, the top of the stack moves down by up to 8 KiB,
 * then is aligned to 16 bytes.
 */
#include <linux/mman.h>

/**
 * @brief \~english Lower the stack top by a random amount (under 8 KiB) and align it to 16.
 *        \~chinese 把栈顶随机下移（小于 8 KiB）并按 16 字节对齐。 \~
 * @param sp \~english the stack top \~chinese 栈顶地址 \~
 * @return \~english the adjusted top \~chinese 调整后的栈顶地址 \~
 * @kernel{arch/x86/kernel/process_32.c,979}
 * @seenotes{chapter-vma,vma-random}
 */
unsigned long arch_align_stack(unsigned long sp)
{
	if (!(current->personality & ADDR_NO_RANDOMIZE) && randomize_va_space)
		sp -= get_random_int() % 8192;
	return sp & ~0xfUL;
}
