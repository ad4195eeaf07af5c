/**
 * @file
 * @brief \~english The exception table: kernel instructions allowed to fault.
 *        \~chinese 异常表：允许发生缺页的内核指令及其修正地址。 \~
 *
 * extable_32.c - the exception table (arch/x86/mm/extable_32.c,
 * kernel/extable.c).
 *
 * Each kernel instruction allowed to fault on a user address has an entry
 * {insn, fixup}; a fault there resumes at fixup instead of oopsing.
 */
#include <linux/kernel.h>
#include <asm/uaccess.h>

#define EX_ENTRY(site)	{ UACCESS_INSN(site), UACCESS_FIXUP(site) }

static const struct exception_table_entry __ex_table[NR_EX_SITES] = {
	EX_ENTRY(EX_WP_TEST),
	EX_ENTRY(EX_COPY_TO_USER),
	EX_ENTRY(EX_COPY_FROM_USER),
	EX_ENTRY(EX_GET_USER),
	EX_ENTRY(EX_PUT_USER),
};

static const struct exception_table_entry *
search_exception_tables(unsigned long addr)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(__ex_table); i++)
		if (__ex_table[i].insn == addr)
			return &__ex_table[i];
	return NULL;
}

/**
 * @brief \~english Resume a faulting kernel instruction at its fixup.
 *        \~chinese 若出错的内核指令在异常表中有登记，就让它从修正地址继续执行。 \~
 * @param regs registers at the fault; eip is moved to the fixup
 * @return 1 if an entry was found, 0 if the fault is an oops
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
