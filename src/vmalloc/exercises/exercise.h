/*
 * exercise.h - what the vmalloc chapter's exercises share: booting the
 * emulated machine, walking vmlist, and asking the MMU which frame a
 * kernel address reaches.  Each exercise is one small program; build and
 * run it with "make ex-vmalloc-NAME".
 *
 * The programs print what the kernel did: addresses, holes, frames,
 * counters.  Why it did so is the reader's question.
 */
#ifndef _VMALLOC_EXERCISE_H
#define _VMALLOC_EXERCISE_H

#include <stdio.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <asm/machine.h>

/* Power on with @mem bytes and one CPU and run start_kernel(), keeping
 * the boot log out of the output. */
static inline void boot(unsigned long mem)
{
	struct machine_config cfg = { .mem = mem, .cpus = 1 };

	machine_power_on(&cfg);
	register_console_writer(console_silent);
	start_kernel();
	register_console_writer(NULL);		/* printk() to stdout again */
}

/* The MMU's walk of kernel address @addr through swapper_pg_dir: the
 * page frame number, or -1 when no page-table entry maps it. */
static inline long frame_of(const void *addr)
{
	struct i386_walk w;

	i386_walk((u32)__pa(swapper_pg_dir), (u32)i386_addr(addr), &w);
	return w.present ? (long)(w.phys >> PAGE_SHIFT) : -1;
}

/* The zone a frame belongs to, by name. */
static inline const char *zone_of(unsigned long pfn)
{
	return page_zone(pfn_to_page(pfn))->name;
}

#endif /* _VMALLOC_EXERCISE_H */
