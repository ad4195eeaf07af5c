/**
 * @file
 * @brief \~english kmap() and kunmap(): the persistent kmaps as i386 offers them.
 *        \~chinese kmap() 与 kunmap()：i386 提供的永久内核映射接口。 \~
 *
 * highmem_32.c (highmem unit) - kmap() and kunmap() of
 * arch/x86/mm/highmem_32.c.
 *
 * A lowmem frame is always mapped: kmap() returns its direct-map address
 * and kunmap() has nothing to undo.  A highmem frame goes to the pkmap
 * window through kmap_high()/kunmap_high() (highmem.c).  kmap() may
 * sleep, so it is for process context only; an interrupt handler uses
 * kmap_atomic() (the arch unit's half of the same kernel file).
 */
#include <linux/highmem.h>
#include <linux/sched.h>

/**
 * @brief \~english A kernel address for any page frame, for as long as the caller needs it.
 *        \~chinese 为任意页框取得内核地址，调用者需要多久就保持多久。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @return \~english its direct-map address (lowmem) or its pkmap address (highmem)
 *         \~chinese 低端内存页框返回其直接映射地址，高端内存页框返回其 pkmap 地址 \~
 * @context \~english process context; may sleep
 *          \~chinese 进程上下文；可能睡眠 \~
 * @kernel{arch/x86/mm/highmem_32.c,4}
 * @seenotes{chapter-highmem,highmem-kmap}
 */
void *kmap(struct page *page)
{
	might_sleep();
	if (PageHighMem(page) == 0)
		return page_address(page);
	return kmap_high(page);
}

/**
 * @brief \~english Give back the address kmap() gave for @p page.
 *        \~chinese 归还 kmap() 为 page 提供的地址。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @context \~english process context, never in an interrupt
 *          \~chinese 进程上下文，不能在中断中调用 \~
 * @kernel{arch/x86/mm/highmem_32.c,12}
 * @seenotes{chapter-highmem,highmem-kunmap}
 */
void kunmap(struct page *page)
{
	if (in_interrupt())
		BUG();
	/* the direct map is never undone */
	if (PageHighMem(page) == 0)
		return;
	kunmap_high(page);
}
