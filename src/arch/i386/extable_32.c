/**
 * @file
 * @brief \~english The exception table: kernel instructions allowed to fault.
 *        \~chinese 异常表：允许发生缺页的内核指令及其修正地址。 \~
 *
 * extable_32.c - the exception table (arch/x86/mm/extable_32.c,
 * kernel/extable.c, lib/extable.c).
 *
 * Each kernel instruction allowed to fault on a user address has an entry
 * {insn, fixup}; a fault there resumes at fixup instead of oopsing.
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>

#define EX_ENTRY(site)	{ UACCESS_INSN(site), UACCESS_FIXUP(site) }

/* The kernel's own table: the linker collects it between these two
 * symbols.  It is sorted by construction, as the sites are numbered in
 * address order (2.6.24 sorts it at boot, sort_main_extable()). */
static const struct exception_table_entry __start___ex_table[NR_EX_SITES] = {
	EX_ENTRY(EX_WP_TEST),
	EX_ENTRY(EX_COPY_TO_USER),
	EX_ENTRY(EX_COPY_FROM_USER),
	EX_ENTRY(EX_GET_USER),
	EX_ENTRY(EX_PUT_USER),
};
#define __stop___ex_table	(__start___ex_table + NR_EX_SITES)

/**
 * @brief \~english Binary search of one sorted exception table.
 *        \~chinese 在一张已排序的异常表中二分查找。 \~
 * @param first \~english the first entry \~chinese 第一个表项 \~
 * @param last \~english the last entry (not one past it)
 *             \~chinese 最后一个表项（不是它的下一个） \~
 * @param value \~english the address of the faulting instruction
 *              \~chinese 引起异常的指令的地址 \~
 * @return \~english its entry, or NULL \~chinese 对应的表项；找不到返回 NULL \~
 * @kernel{lib/extable.c,53}
 * @seenotes{chapter-intro,intro-uaccess}
 */
static const struct exception_table_entry *
search_extable(const struct exception_table_entry *first,
	       const struct exception_table_entry *last, unsigned long value)
{
	while (first <= last) {
		/* halve the distance, not the sum: no overflow */
		const struct exception_table_entry *at = first + (last - first) / 2;

		if (at->insn < value)
			first = at + 1;
		else if (at->insn > value)
			last = at - 1;
		else
			return at;
	}
	return NULL;
}

/**
 * @brief \~english Find the exception-table entry of a kernel instruction.
 *        \~chinese 按指令地址查找它在异常表中的表项。 \~
 * @param addr \~english the address of the faulting instruction
 *             \~chinese 引起异常的指令的地址 \~
 * @return \~english its entry, or NULL if it may not fault
 *         \~chinese 对应的表项；该指令不允许出错时返回 NULL \~
 * @kernel{kernel/extable.c,33}
 * @seenotes{chapter-intro,intro-uaccess}
 */
static const struct exception_table_entry *
search_exception_tables(unsigned long addr)
{
	const struct exception_table_entry *hit;

	/* no modules, so no module tables to try when this one fails */
	hit = search_extable(__start___ex_table, __stop___ex_table - 1, addr);
	return hit;
}

/**
 * @brief \~english Resume a faulting kernel instruction at its fixup.
 *        \~chinese 若出错的内核指令在异常表中有登记，就让它从修正地址继续执行。 \~
 * @param regs \~english registers at the fault; eip is moved to the fixup
 *             \~chinese 异常发生时的寄存器；eip 会被改到修正代码处 \~
 * @return \~english 1 if an entry was found, 0 if the fault is an oops
 *         \~chinese 找到表项返回 1；返回 0 表示这次异常是 oops \~
 * @kernel{arch/x86/mm/extable_32.c,9}
 * @seenotes{chapter-intro,intro-uaccess}
 */
int fixup_exception(struct pt_regs *regs)
{
	const struct exception_table_entry *entry;

	/* the table is keyed by the address of the faulting instruction */
	entry = search_exception_tables(regs->eip);
	if (entry) {
		regs->eip = entry->fixup;	/* resume there instead */
		return 1;
	}
	return 0;
}
