/*
 * exercise.h - what the highmem chapter's exercises share: booting the
 * emulated machine, taking HighMem frames from the page allocator, and
 * reading the counters the exercises print (the TLB flushes a CPU has
 * done, the pkmap slot counts).  Each exercise is one small program;
 * build and run it with "make ex-highmem-NAME".
 *
 * The programs print what the kernel did: addresses, slots, counts,
 * flushes.  Why it did so is the reader's question.
 */
#ifndef _HIGHMEM_EXERCISE_H
#define _HIGHMEM_EXERCISE_H

#include <stdio.h>
#include <stdlib.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <asm/machine.h>

/* Power on with @mem bytes and @cpus CPUs and run start_kernel(),
 * keeping the boot log out of the output. */
static inline void boot(unsigned long mem, int cpus)
{
	struct machine_config cfg = { .mem = mem, .cpus = cpus };

	machine_power_on(&cfg);
	register_console_writer(console_silent);
	start_kernel();
	register_console_writer(NULL);		/* printk() to stdout again */
}

/* Whole-TLB flushes CPU @cpu has done since power-on (flush_tlb_all()
 * flushes every CPU; invlpg of one page is not counted). */
static inline unsigned long tlb_flushes(int cpu)
{
	return i386_cpus[cpu].tlb.flushes;
}

/* A HighMem frame of its own, or a stop: the exercises need many. */
static inline struct page *highmem_frame(void)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	if (!page || !PageHighMem(page)) {
		printf("no HighMem frame left\n");
		exit(1);
	}
	return page;
}

/* The pkmap slot of a kmap() address. */
static inline unsigned long slot_of(void *addr)
{
	return PKMAP_NR((unsigned long)addr);
}

#endif /* _HIGHMEM_EXERCISE_H */
