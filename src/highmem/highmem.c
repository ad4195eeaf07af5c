/**
 * @file
 * @brief \~english Persistent kernel mappings of highmem frames (kmap_high).
 *        \~chinese 高端页框的永久内核映射（kmap_high）。 \~
 *
 * highmem.c - the persistent kmaps of mm/highmem.c: kmap_high(),
 * kunmap_high(), map_new_virtual(), flush_all_zero_pkmaps(),
 * kmap_flush_unused().
 *
 * The window: LAST_PKMAP (1024) pages of linear space from PKMAP_BASE
 * (0xff800000), one page table, pkmap_page_table, that the arch code's
 * permanent_kmaps_init() builds at boot.  Slot nr is at PKMAP_ADDR(nr);
 * pkmap_count[nr] says what the slot is doing:
 *
 *   0      free: not mapped, and no TLB can hold a translation for it
 *   1      mapped, nobody uses it: its PTE stays until the next flush
 *   n > 1  mapped and in use by n - 1 kmap() callers
 *
 * kmap_high(page), under kmap_lock:
 *  1. a page already mapped (page_address() finds its slot) only gains a
 *     user: pkmap_count[slot]++;
 *  2. otherwise map_new_virtual() moves last_pkmap_nr on, cyclically, to
 *     the next slot whose count is 0; each time it comes back round to
 *     slot 0, flush_all_zero_pkmaps() first unmaps every slot at count 1
 *     and flushes the TLB of every CPU once, for all of them;
 *  3. the slot's PTE is set, its count made 1 and the (page, address)
 *     pair recorded for page_address(); step 1 then makes the count 2;
 *  4. a full circle without a free slot (every count above 1) puts the
 *     task to sleep on pkmap_map_wait, until kunmap_high() brings a count
 *     down to 1 and wakes it.
 * kunmap_high() only decrements: the mapping stays, and a kmap() of the
 * same page before the next flush finds it again at no cost.  Unmapping
 * lazily is what makes one flush per LAST_PKMAP new mappings enough: a
 * slot is reused only after the flush that follows its count reaching 1.
 *
 * The TLB flush is real: the host mapping of a pkmap page keeps the frame
 * it had until flush_tlb_kernel_range() (see arch/i386/machine.c), so a
 * slot reused without the flush would still show the old frame.
 *
 * mm24 runs one task at a time, so step 4 can only be a task that would
 * sleep for ever: schedule() reports it and stops the machine.
 */
#include <linux/highmem.h>
#include <linux/sched.h>
#include <linux/spinlock.h>
#include <linux/wait.h>
#include <asm/tlbflush.h>

/**
 * @brief \~english Per pkmap slot: 0 free, 1 mapped but unused, n mapped with n - 1 users.
 *        \~chinese 每个 pkmap 槽位的计数：0 空闲，1 已映射但无人使用，n 表示有 n - 1 个使用者。 \~
 * @kernel{mm/highmem.c,61}
 * @seenotes{chapter-highmem,highmem-pkmap}
 */
static int pkmap_count[LAST_PKMAP];

/**
 * @brief \~english The slot map_new_virtual() took last; the search goes on from here.
 *        \~chinese map_new_virtual() 最近取用的槽位；下一次从这里接着找。 \~
 * @kernel{mm/highmem.c,62}
 * @seenotes{chapter-highmem,highmem-kmap}
 */
static unsigned int last_pkmap_nr;

/* guards pkmap_count, last_pkmap_nr and the pkmap PTEs */
static DEFINE_SPINLOCK(kmap_lock);

/**
 * @brief \~english Where kmap() callers sleep while every pkmap slot is in use.
 *        \~chinese 所有 pkmap 槽位都被占用时，kmap() 的调用者在此睡眠等待。 \~
 * @kernel{mm/highmem.c,67}
 * @seenotes{chapter-highmem,highmem-sleep}
 */
static DECLARE_WAIT_QUEUE_HEAD(pkmap_map_wait);

/**
 * @brief \~english Unmap every slot at count 1, then flush the TLB once for all of them.
 *        \~chinese 撤销所有计数为 1 的槽位的映射，然后为它们统一刷新一次 TLB。 \~
 * @context \~english kmap_lock held \~chinese 持有 kmap_lock \~
 * @kernel{mm/highmem.c,69}
 * @seenotes{chapter-highmem,highmem-flush}
 */
static void flush_all_zero_pkmaps(void)
{
	int nr;

	for (nr = 0; nr < LAST_PKMAP; nr++) {
		pte_t *ptep = &pkmap_page_table[nr];
		struct page *page;

		/* 0: nothing to undo; above 1: somebody still uses it */
		if (pkmap_count[nr] != 1)
			continue;
		pkmap_count[nr] = 0;
		/* count 1 promises a mapping */
		BUG_ON(pte_none(*ptep));
		/* kmap_lock keeps every kmap() away from the slot, so the PTE
		 * can be read, then cleared, without an atomic exchange */
		page = pte_page(*ptep);
		pte_clear(&init_mm, (unsigned long)page_address(page), ptep);
		set_page_address(page, NULL);
	}
	/* the cleared entries may still sit in any CPU's TLB */
	flush_tlb_kernel_range(PKMAP_ADDR(0), PKMAP_ADDR(LAST_PKMAP));
}

/**
 * @brief \~english Unmap the unused pkmap slots now, not at the next wrap-around.
 *        \~chinese 立即撤销无人使用的 pkmap 槽位的映射，而不必等到下一次回绕。 \~
 * @context \~english takes kmap_lock \~chinese 获取 kmap_lock \~
 * @kernel{mm/highmem.c,109}
 * @seenotes{chapter-highmem,highmem-flush}
 */
void kmap_flush_unused(void)
{
	spinlock_t *const lock = &kmap_lock;

	spin_lock(lock);
	flush_all_zero_pkmaps();
	spin_unlock(lock);
}

/**
 * @brief \~english Find a free pkmap slot for @p page, map it there and record the address.
 *        \~chinese 为 page 找一个空闲的 pkmap 槽位，在那里建立映射并记下地址。 \~
 * @param page \~english a highmem frame without a pkmap address
 *             \~chinese 一个还没有 pkmap 地址的高端内存页框 \~
 * @return \~english the slot's address \~chinese 该槽位的线性地址 \~
 * @context \~english kmap_lock held; may sleep (dropping the lock) when every slot is in use
 *          \~chinese 持有 kmap_lock；所有槽位都在用时可能睡眠（睡眠期间释放该锁） \~
 * @kernel{mm/highmem.c,116}
 * @seenotes{chapter-highmem,highmem-kmap}
 * @kquirk \~english When every slot is in use, schedule() does not return:
 *         no other task can run in mm24 to kunmap() a page and wake this
 *         one, so schedule() reports the task as sleeping in
 *         TASK_UNINTERRUPTIBLE on pkmap_map_wait and stops the machine.
 *         The code after it (remove_wait_queue(), the second look with
 *         page_address(), goto start) is kept as 2.6.24 has it.
 *         \~chinese 所有槽位都被占用时 schedule() 不会返回：mm24 中没有别的进程能
 *         调用 kunmap() 并唤醒本进程，所以 schedule() 报告该进程以
 *         TASK_UNINTERRUPTIBLE 状态睡眠在 pkmap_map_wait 上，然后停机。其后的代码
 *         （remove_wait_queue()、再用 page_address() 查一次、goto start）照 2.6.24 保留。 \~
 */
static unsigned long map_new_virtual(struct page *page)
{
	unsigned long addr;
	int left;

start:
	left = LAST_PKMAP;
	for (;;) {
		last_pkmap_nr = LAST_PKMAP_MASK & (last_pkmap_nr + 1);
		/* back at slot 0: reclaim the unused slots, a full round again */
		if (last_pkmap_nr == 0) {
			flush_all_zero_pkmaps();
			left = LAST_PKMAP;
		}
		if (pkmap_count[last_pkmap_nr] == 0)
			break;
		left--;
		if (left)
			continue;
		/* every slot is in use: wait for a kunmap() */
		{
			wait_queue_head_t *const q = &pkmap_map_wait;
			struct task_struct *const me = current;
			DECLARE_WAITQUEUE(entry, me);

			__set_current_state(TASK_UNINTERRUPTIBLE);
			add_wait_queue(q, &entry);
			spin_unlock(&kmap_lock);
			schedule();
			remove_wait_queue(q, &entry);
			spin_lock(&kmap_lock);
			/* another task may have kmapped the page meanwhile */
			if (page_address(page) != NULL)
				return (unsigned long)(void *)page_address(page);
			goto start;
		}
	}
	addr = PKMAP_ADDR(last_pkmap_nr);
	set_pte_at(&init_mm, addr, pkmap_page_table + last_pkmap_nr,
		   mk_pte(page, kmap_prot));
	pkmap_count[last_pkmap_nr] = 1;	/* mapped; kmap_high() adds the user */
	set_page_address(page, (void *)addr);
	return addr;
}

/**
 * @brief \~english Map a highmem frame in the pkmap window, or take one more use of its mapping.
 *        \~chinese 在 pkmap 窗口中映射一个高端页框；已有映射则只增加一个使用者。 \~
 * @param page \~english a highmem frame \~chinese 一个高端内存页框 \~
 * @return \~english its pkmap address \~chinese 它的 pkmap 地址 \~
 * @context \~english process context, may sleep; takes kmap_lock
 *          \~chinese 进程上下文，可能睡眠；获取 kmap_lock \~
 * @kernel{mm/highmem.c,166}
 * @seenotes{chapter-highmem,highmem-kmap}
 */
void *kmap_high(struct page *page)
{
	unsigned long addr;

	/* the page's address can change only under kmap_lock */
	spin_lock(&kmap_lock);
	addr = (unsigned long)page_address(page);
	if (!addr)
		addr = map_new_virtual(page);
	++pkmap_count[PKMAP_NR(addr)];
	/* map_new_virtual() leaves 1: one more user makes at least 2 */
	BUG_ON(pkmap_count[PKMAP_NR(addr)] < 2);
	spin_unlock(&kmap_lock);
	return (void *)addr;
}

/**
 * @brief \~english Drop one use of a page's pkmap slot; wake a waiting kmap() when the slot is unused.
 *        \~chinese 减少页框所在 pkmap 槽位的一个使用者；槽位变为无人使用时唤醒等待的 kmap()。 \~
 * @param page \~english a highmem frame that kmap() mapped
 *             \~chinese 一个已由 kmap() 映射的高端内存页框 \~
 * @context \~english takes kmap_lock \~chinese 获取 kmap_lock \~
 * @kernel{mm/highmem.c,188}
 * @seenotes{chapter-highmem,highmem-kunmap}
 */
void kunmap_high(struct page *page)
{
	unsigned long addr, nr;
	int wake;

	spin_lock(&kmap_lock);
	addr = (unsigned long)page_address(page);
	BUG_ON(!addr);		/* not kmapped at all */
	nr = PKMAP_NR(addr);
	wake = 0;
	/* the mapping stays: only a flush may take a slot from 1 to 0 */
	switch (--pkmap_count[nr]) {
	case 0:
		BUG();		/* more kunmap()s than kmap()s */
	case 1:
		/* kmap_lock also guards the queue: a plain look will do */
		wake = waitqueue_active(&pkmap_map_wait);
	}
	spin_unlock(&kmap_lock);
	if (wake)
		wake_up(&pkmap_map_wait);
}

int pkmap_slot_count(unsigned int nr)
{
	return pkmap_count[nr & LAST_PKMAP_MASK];
}

unsigned int pkmap_last_nr(void)
{
	return last_pkmap_nr;
}
