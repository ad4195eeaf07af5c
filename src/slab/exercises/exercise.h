/*
 * exercise.h - what the slab chapter's exercises share: booting the
 * emulated machine (with a boot line, for slab_debug), reading a cache's
 * lists and arrays the way the allocator keeps them, and printing some
 * lines of /proc/slabinfo.  Each exercise is one small program; build
 * and run it with "make ex-slab-NAME".
 *
 * The programs only report what the allocator did: addresses, pfns,
 * counters, list contents.  Why it did so is the reader's question.
 */
#ifndef _SLAB_EXERCISE_H
#define _SLAB_EXERCISE_H

#include <stdio.h>
#include <string.h>
#include <linux/gfp.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/printk.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <asm/machine.h>
#include <asm/setup.h>
#include <mm/slab.h>

/* Power on with @mem bytes, @cpus CPUs and the kernel options @line
 * ("" for none), and run start_kernel() without its log. */
static inline void boot(unsigned long mem, int cpus, const char *line)
{
	struct machine_config cfg = { .mem = mem, .cpus = cpus };

	machine_power_on(&cfg);
	snprintf(boot_command_line, sizeof(boot_command_line), "%s", line);
	register_console_writer(console_silent);
	start_kernel();
	register_console_writer(NULL);		/* printk() to stdout again */
}

/* The first pfn of the slab that holds @obj. */
static inline unsigned long slab_pfn(const void *obj)
{
	struct slab *slabp = virt_to_slab(obj);

	return page_to_pfn(virt_to_page((char *)slabp->s_mem -
					slabp->colouroff));
}

/* The first pfn of slab @slabp. */
static inline unsigned long slab_first_pfn(const struct slab *slabp)
{
	return page_to_pfn(virt_to_page((char *)slabp->s_mem -
					slabp->colouroff));
}

/* Slabs by letter, A for the first one seen: the letter of the slab
 * whose first pfn is @pfn (a new letter for a new slab). */
static unsigned long slab_letters[26];
static int nr_slab_letters;

static inline char slab_letter(unsigned long pfn)
{
	int i;

	for (i = 0; i < nr_slab_letters; i++)
		if (slab_letters[i] == pfn)
			return (char)('A' + i);
	if (nr_slab_letters == 26)
		return '?';
	slab_letters[nr_slab_letters] = pfn;
	return (char)('A' + nr_slab_letters++);
}

/* One list of a cache's node, on the current line: "NAME" and each slab
 * as its letter and inuse, "A4 B2". */
static inline void print_list(const char *name, struct list_head *head)
{
	struct slab *slabp;

	printf("%s", name);
	if (list_empty(head))
		printf(" -");
	list_for_each_entry(slabp, head, list)
		printf(" %c%u", slab_letter(slab_first_pfn(slabp)),
		       slabp->inuse);
}

/* Print the lines of /proc/slabinfo whose first word is one of @names
 * (NULL-terminated), after the column header. */
static inline void slabinfo(const char *const names[])
{
	struct seq_file m;
	char *line, *save;

	seq_init(&m);
	slabinfo_show(&m, NULL);
	for (line = strtok_r(m.buf, "\n", &save); line;
	     line = strtok_r(NULL, "\n", &save)) {
		const char *const *n;
		size_t len = strcspn(line, " ");

		if (!strncmp(line, "# name", 6)) {
			printf("%s\n", line);
			continue;
		}
		for (n = names; *n; n++)
			if (strlen(*n) == len && !strncmp(line, *n, len))
				printf("%s\n", line);
	}
	seq_release(&m);
}

#endif /* _SLAB_EXERCISE_H */
