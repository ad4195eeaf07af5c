/*
 * exercise.h - what the buddy chapter's exercises share: booting the
 * emulated machine with start_kernel(), and printing a
 * /proc file.  Each exercise is one small program; build and run it with
 * "make ex-buddy-NAME".
 */
#ifndef _BUDDY_EXERCISE_H
#define _BUDDY_EXERCISE_H

#include <stdio.h>
#include <string.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>
#include <asm/machine.h>
#include <asm/setup.h>

/* Power on with @mem bytes and @cpus CPUs and run start_kernel(). */
static inline void boot(unsigned long mem, int cpus)
{
	struct machine_config cfg = { .mem = mem, .cpus = cpus };

	machine_power_on(&cfg);
	register_console_writer(console_silent);		/* keep the boot log out */
	start_kernel();
	register_console_writer(NULL);
}

/* Print one /proc file, keeping only the lines that contain @grep. */
static inline void cat(int (*show)(struct seq_file *, void *), const char *grep)
{
	struct seq_file m;
	char *line, *save;

	seq_init(&m);
	show(&m, NODE_DATA(0));
	for (line = strtok_r(m.buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save))
		if (!grep || strstr(line, grep))
			printf("%s\n", line);
	seq_release(&m);
}

#endif /* _BUDDY_EXERCISE_H */
