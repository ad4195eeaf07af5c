/**
 * @file
 * @brief \~english The i386 layout of a new address space: top-down under the stack, or legacy bottom-up.
 *        \~chinese i386 新地址空间的布局：栈下方自顶向下，或传统的自底向上。 \~
 *
 * mmap_32.c - arch_pick_mmap_layout() and mmap_base()
 * (arch/x86/mm/mmap_32.c).
 *
 * The legacy layout (2.6.8 and before) starts mmap at TASK_UNMAPPED_BASE,
 * 1 GiB, and goes up: the heap, growing up from the program's end
 * (0x0804xxxx), can never pass 1 GiB, and the space between mappings and
 * stack is wasted.  The top-down layout puts mmap_base one stack rlimit
 * (at least 128 MiB, at most 5/6 of the space) under the top and goes
 * down, so heap and mmap share one big hole:
 *
 *   0xC0000000 +-------------------+ TASK_SIZE = STACK_TOP
 *              | stack  (grows v)  |
 *              |  gap: RLIMIT_STACK, 128 MiB .. 2.5 GiB
 *   mmap_base  +-------------------+ 0xB8000000 with an 8 MiB rlimit
 *              | mmaps  (grow v)   |
 *              |                   |
 *              | heap   (grows ^)  |
 *              | bss, data, text   | 0x08048000
 *            0 +-------------------+
 *
 * Legacy is kept when the vm.legacy_va_layout sysctl says so, for
 * programs with the ADDR_COMPAT_LAYOUT personality, and when the stack
 * rlimit is unlimited (no gap could be reserved for it).
 */
#include <linux/mman.h>

#define MIN_GAP	(128 * 1024 * 1024)
#define MAX_GAP	(TASK_SIZE / 6 * 5)

/**
 * @brief \~english vm.legacy_va_layout: 1 forces the bottom-up layout.
 *        \~chinese vm.legacy_va_layout：为 1 时强制使用自底向上的布局。 \~
 * @kernel{kernel/sysctl.c,173}
 * @seenotes{chapter-vma,vma-layout}
 */
int sysctl_legacy_va_layout;

/**
 * @brief \~english The top of the mmap area: a stack rlimit below TASK_SIZE, maybe randomised.
 *        \~chinese mmap 区域的顶端：TASK_SIZE 之下留出一个栈限制的空隙，可能再随机化。 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @return \~english the page-aligned base \~chinese 按页对齐的基地址 \~
 * @kernel{arch/x86/mm/mmap_32.c,40}
 * @seenotes{chapter-vma,vma-layout}
 */
static inline unsigned long mmap_base(struct mm_struct *space)
{
	unsigned long room = current->signal->rlim[RLIMIT_STACK].rlim_cur;
	unsigned long rnd = 0;

	(void)space;
	if (current->flags & PF_RANDOMIZE)
		rnd = get_random_int() % (1024 * 1024);

	/* at least 128 MiB for the stack, at most 5/6 of the space */
	if (room < MIN_GAP)
		room = MIN_GAP;
	else if (room > MAX_GAP)
		room = MAX_GAP;

	return PAGE_ALIGN(TASK_SIZE - room - rnd);
}

/**
 * @brief \~english Choose the layout of a new address space: legacy or top-down.
 *        \~chinese 为新地址空间选择布局：传统布局或自顶向下布局。 \~
 * @param space \~english the new address space \~chinese 新的地址空间 \~
 * @kernel{arch/x86/mm/mmap_32.c,60}
 * @seenotes{chapter-vma,vma-layout}
 */
void arch_pick_mmap_layout(struct mm_struct *space)
{
	unsigned long stack = current->signal->rlim[RLIMIT_STACK].rlim_cur;

	if (sysctl_legacy_va_layout ||
	    (current->personality & ADDR_COMPAT_LAYOUT) ||
	    stack == RLIM_INFINITY) {
		space->mmap_base = TASK_UNMAPPED_BASE;
		space->get_unmapped_area = arch_get_unmapped_area;
		space->unmap_area = arch_unmap_area;
	} else {
		space->mmap_base = mmap_base(space);
		space->get_unmapped_area = arch_get_unmapped_area_topdown;
		space->unmap_area = arch_unmap_area_topdown;
	}
}
