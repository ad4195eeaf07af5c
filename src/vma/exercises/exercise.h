/*
 * exercise.h - what the vma chapter's exercises share: booting the
 * emulated machine, starting a program the way the exec command does
 * (vfork(), then execve() of a /bin file with ELF headers), the memory
 * system calls, and printing /proc/self/maps.  Each exercise is one
 * small program; build and run it with "make ex-vma-NAME".
 *
 * The programs print what the kernel did: addresses, maps lines, error
 * numbers, counters.  Why it did so is the reader's question.
 */
#ifndef _VMA_EXERCISE_H
#define _VMA_EXERCISE_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/err.h>
#include <linux/init.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/printk.h>
#include <linux/proc_fs.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <asm/machine.h>
#include <asm/mmu_context.h>

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

/* /bin/NAME with 16 KiB of text, 4 KiB of data and 4 KiB of bss (the
 * exec command's default program), created on first use. */
static inline const char *program(const char *path)
{
	struct elf_image img;

	if (ramfs_lookup(path))
		return path;
	memset(&img, 0, sizeof(img));
	img.elf_ex.e_type = 2;			/* ET_EXEC */
	img.elf_ex.e_machine = 3;		/* EM_386 */
	img.elf_ex.e_entry = 0x08048000;
	img.elf_ex.e_phnum = 3;
	img.phdr[0].p_type = PT_LOAD;
	img.phdr[0].p_vaddr = 0x08048000;
	img.phdr[0].p_filesz = img.phdr[0].p_memsz = 16384;
	img.phdr[0].p_flags = PF_R | PF_X;
	img.phdr[1].p_type = PT_LOAD;
	img.phdr[1].p_offset = 16384;
	img.phdr[1].p_vaddr = 0x08048000 + 16384;
	img.phdr[1].p_filesz = 4096;
	img.phdr[1].p_memsz = 8192;
	img.phdr[1].p_flags = PF_R | PF_W;
	img.phdr[2].p_type = 0x6474e551;	/* PT_GNU_STACK, rw- */
	img.phdr[2].p_flags = PF_R | PF_W;
	if (IS_ERR(ramfs_create_file(path, 16384 + 4096, "prog", 0, &img))) {
		printf("cannot create %s\n", path);
		exit(1);
	}
	return path;
}

/* vfork() + execve(/bin/NAME): the new task runs on this CPU. */
static inline struct task_struct *run(const char *path)
{
	const char *argv[] = { path, NULL }, *envp[] = { NULL };
	struct task_struct *parent = current, *child;

	program(path);
	child = copy_process(CLONE_VM | CLONE_VFORK);
	if (IS_ERR(child)) {
		printf("vfork() failed\n");
		exit(1);
	}
	context_switch(parent, child);
	if (do_execve(path, argv, envp)) {
		printf("execve(%s) failed\n", path);
		exit(1);
	}
	return child;
}

/* The task that started the last program ends; its parent runs. */
static inline void end(void)
{
	do_exit(0);
}

/* mmap() of anonymous private memory; the result as strace shows it. */
static inline long map(unsigned long addr, unsigned long len,
		       unsigned long prot, unsigned long flags)
{
	struct mmap_arg_struct a = { addr, len, prot,
				     flags | MAP_PRIVATE | MAP_ANONYMOUS,
				     NULL, 0 };

	return old_mmap(&a);
}

/* A result of a system call: an address or 0, or "-1 ENAME". */
static inline const char *result(long rc)
{
	static char buf[32];
	static const struct { int e; const char *name; } names[] = {
		{ EINVAL, "EINVAL" }, { ENOMEM, "ENOMEM" },
		{ EACCES, "EACCES" }, { EFAULT, "EFAULT" },
		{ EAGAIN, "EAGAIN" }, { EPERM, "EPERM" },
	};
	size_t i;

	if (rc < 0 && rc > -4096) {
		for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
			if (names[i].e == -rc) {
				snprintf(buf, sizeof(buf), "-1 %s",
					 names[i].name);
				return buf;
			}
		snprintf(buf, sizeof(buf), "-1 (%ld)", -rc);
	} else if ((unsigned long)rc < 4096) {
		snprintf(buf, sizeof(buf), "%ld", rc);
	} else {
		snprintf(buf, sizeof(buf), "%#lx", (unsigned long)rc);
	}
	return buf;
}

/* /proc/self/maps, each line indented. */
static inline void maps(void)
{
	struct seq_file m;
	const char *line, *nl;

	seq_init(&m);
	proc_pid_maps(&m, current);
	for (line = m.buf; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		printf("    %.*s\n", (int)(nl - line), line);
	}
	seq_release(&m);
}

#endif /* _VMA_EXERCISE_H */
