/*
 * fault_exercise.h - what the fault chapter's exercises share, on top of
 * the vma chapter's exercise.h (booting, exec, mmap, maps): user loads
 * and stores of the current task through the emulated MMU, the global
 * fault count, exact zone counters, the signal that ended an access.
 * Build and run one with "make ex-fault-NAME".
 *
 * The programs print what happened: fault counts, frames, PTE bits,
 * counters, the kernel's own report lines.  Why is the reader's question
 * (the fault chapter, section "Exercises").
 */
#ifndef _FAULT_EXERCISE_H
#define _FAULT_EXERCISE_H

#include "../../vma/exercises/exercise.h"
#include <linux/fault.h>
#include <linux/vmstat.h>
#include <asm/uaccess.h>

#define PG	4096UL

/* A user access of the current task: 0, or the signal that the fault
 * raised (the task is then as good as dead: see end_by_signal()). */
static inline int uaccess(unsigned long addr, void *buf, size_t len,
			  int flags)
{
	if (!i386_access((u32)addr, buf, len, flags | I386_USER, 0))
		return 0;
	if (signal_pending_sig(current, SIGSEGV))
		return SIGSEGV;
	if (signal_pending_sig(current, SIGBUS))
		return SIGBUS;
	return SIGKILL;
}

static inline int uread(unsigned long addr)
{
	u8 b;

	return uaccess(addr, &b, 1, 0);
}

static inline int uwrite(unsigned long addr, u8 b)
{
	return uaccess(addr, &b, 1, I386_WRITE);
}

/* The name of a signal an access ended with. */
static inline const char *signame(int sig)
{
	return sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	       sig == SIGKILL ? "SIGKILL" : "none";
}

/* The task that took a fatal signal ends, as the mm24 commands end it. */
static inline void end_by_signal(int sig)
{
	current->pending = 0;
	do_exit(sig);
}

/* /proc/vmstat's pgfault: PGFAULT summed over the CPUs. */
static inline unsigned long pgfaults(void)
{
	unsigned long n = 0;
	int cpu;

	for (cpu = 0; cpu < NR_CPUS; cpu++)
		n += vm_event_states[cpu].event[PGFAULT];
	return n;
}

/* A zone counter with every CPU's delta not yet folded. */
static inline unsigned long exact(enum zone_stat_item item)
{
	struct zone *z;
	long n = 0;

	for_each_zone(z)
		n += zone_page_state_exact(z, item);
	return (unsigned long)n;
}

/* The PTE that maps @addr in @mm, or NULL without a page table. */
static inline pte_t *pte_of(struct mm_struct *mm, unsigned long addr)
{
	pmd_t *dir = pmd_offset(pud_offset(pgd_offset(mm, addr), addr), addr);

	if (!pmd_present(*dir))
		return NULL;
	return pte_offset_map(dir, addr);
}

/* "pfn N RW mapcount M", or "none", for the page at @addr of @mm. */
static inline const char *pte_text(struct mm_struct *mm, unsigned long addr)
{
	static char buf[64];
	pte_t *p = pte_of(mm, addr);

	if (!p || !pte_present(*p))
		return "none";
	snprintf(buf, sizeof(buf), "pfn %lu %s mapcount %d",
		 pte_pfn(*p), pte_write(*p) ? "RW" : "RO",
		 page_mapcount(pte_page(*p)));
	return buf;
}

#endif /* _FAULT_EXERCISE_H */
