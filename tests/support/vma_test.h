/*
 * vma_test.h - running programs in the vma tests: a program file with its
 * ELF headers, vfork()+execve() as the exec command does it, the memory
 * system calls, and reading /proc/PID/maps and /proc/meminfo back.
 *
 * The expected values of the tests are not read from here: they come
 * from 2.6.24's rules written out in each test (the i386 user layout of
 * reference/constants.md, the merge cases of mm/mmap.c, the overcommit
 * formulas).
 */
#ifndef _VMA_TEST_H
#define _VMA_TEST_H

#include <stdio.h>
#include <string.h>
#include <linux/mm.h>
#include <linux/mman.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/vmstat.h>
#include <asm/machine.h>
#include <asm/mmu_context.h>
#include "mm24_test.h"

#define VT_BASE		0x08048000UL	/* where an i386 program starts */
#define VT_MMAP_BASE	0xb8000000UL	/* top-down, 8 MiB stack limit */
#define VT_LEGACY_BASE	0x40000000UL	/* TASK_UNMAPPED_BASE */
#define VT_STACK_TOP	0xc0000000UL
#define VT_ANON		(MAP_PRIVATE | MAP_ANONYMOUS)
#define VT_RW		(PROT_READ | PROT_WRITE)

/* /bin/NAME: text, then data and bss on the next page of the file. */
static inline void vt_program(const char *path, unsigned long text,
			      unsigned long data, unsigned long bss)
{
	struct elf_image img;
	unsigned long data_at = PAGE_ALIGN(text);
	struct inode *inode;

	memset(&img, 0, sizeof(img));
	img.elf_ex.e_type = 2;			/* ET_EXEC */
	img.elf_ex.e_machine = 3;		/* EM_386 */
	img.elf_ex.e_entry = (u32)VT_BASE;
	img.elf_ex.e_phnum = 3;
	img.phdr[0].p_type = PT_LOAD;
	img.phdr[0].p_vaddr = (u32)VT_BASE;
	img.phdr[0].p_filesz = img.phdr[0].p_memsz = (u32)text;
	img.phdr[0].p_flags = PF_R | PF_X;
	img.phdr[1].p_type = PT_LOAD;
	img.phdr[1].p_offset = (u32)data_at;
	img.phdr[1].p_vaddr = (u32)(VT_BASE + data_at);
	img.phdr[1].p_filesz = (u32)data;
	img.phdr[1].p_memsz = (u32)(data + bss);
	img.phdr[1].p_flags = PF_R | PF_W;
	img.phdr[2].p_type = 0x6474e551;	/* PT_GNU_STACK, rw- */
	img.phdr[2].p_flags = PF_R | PF_W;
	inode = ramfs_create_file(path, data_at + data, "prog", 0, &img);
	assert_false(IS_ERR(inode));
}

/* vfork() + execve(@path): the new task runs on this CPU; 0 or the
 * errno of a failed exec (the child has then exited). */
static inline int vt_exec_rc(const char *path, struct task_struct **out)
{
	const char *argv[] = { path, NULL }, *envp[] = { NULL };
	struct task_struct *parent = current, *child;
	int rc;

	child = copy_process(CLONE_VM | CLONE_VFORK);
	assert_false(IS_ERR(child));
	context_switch(parent, child);
	rc = do_execve(path, argv, envp);
	if (rc) {
		do_exit(127);
		assert_ptr_equal(current, parent);
	}
	if (out)
		*out = rc ? NULL : child;
	return rc;
}

static inline struct task_struct *vt_exec(const char *path)
{
	struct task_struct *t;

	assert_int_equal(vt_exec_rc(path, &t), 0);
	return t;
}

/* A program with 16 KiB of text, 4 KiB of data, 4 KiB of bss (the
 * exec command's default), created on first use. */
static inline struct task_struct *vt_exec_default(void)
{
	if (!ramfs_lookup("/bin/t"))
		vt_program("/bin/t", 16384, 4096, 4096);
	return vt_exec("/bin/t");
}

/* The cmocka group setup of the vma and fault tests: the console
 * captured, a machine booted to the end of start_kernel. */
static inline int vt_setup(void **state)
{
	(void)state;
	test_capture_console(1);
	test_boot_full(test_config);
	return 0;
}

/* The per-test setup of tests that run in a fresh program. */
static inline int vt_start_task(void **state)
{
	(void)state;
	vt_exec_default();
	return 0;
}

static inline long vt_mmap(unsigned long addr, unsigned long len,
			   unsigned long prot, unsigned long flags)
{
	struct mmap_arg_struct a = { addr, len, prot, flags, NULL, 0 };

	return old_mmap(&a);
}

static inline long vt_mmap_file(unsigned long addr, unsigned long len,
				unsigned long prot, unsigned long flags,
				struct file *f, unsigned long off)
{
	struct mmap_arg_struct a = { addr, len, prot, flags, f, off };

	return old_mmap(&a);
}

/* One line of /proc/PID/maps as fs/proc/task_mmu.c prints it on i386:
 * the name, if any, starts at column 25 + 4 * 6 = 49. */
static inline const char *vt_maps_line(char *buf, size_t room,
				       unsigned long start, unsigned long end,
				       const char *perms, unsigned long off,
				       unsigned int dev, unsigned long ino,
				       const char *name)
{
	int len = snprintf(buf, room, "%08lx-%08lx %s %08lx %02x:%02x %lu ",
			   start, end, perms, off, MAJOR(dev), MINOR(dev), ino);

	if (name)
		snprintf(buf + len, room - (size_t)len, "%*s%s", len < 49 ? 49 - len : 0,
			 "", name);
	strncat(buf, "\n", room - strlen(buf) - 1);
	return buf;
}

/* /proc/PID/maps of @t into @buf. */
static inline const char *vt_maps_of(struct task_struct *t, char *buf,
				     size_t room)
{
	struct seq_file m;

	seq_init(&m);
	proc_pid_maps(&m, t);
	snprintf(buf, room, "%s", m.buf);
	seq_release(&m);
	return buf;
}

static inline const char *vt_maps(char *buf, size_t room)
{
	return vt_maps_of(current, buf, room);
}

/* The number in "LABEL: N kB" of /proc/meminfo. */
static inline unsigned long vt_meminfo_kb(const char *label)
{
	struct seq_file m;
	unsigned long kb = 0;
	char want[40];
	const char *at;

	seq_init(&m);
	meminfo_read_proc(&m);
	snprintf(want, sizeof(want), "\n%s:", label);
	at = strstr(m.buf, want);
	if (!at || sscanf(at + strlen(want), " %lu", &kb) != 1)
		fail_msg("/proc/meminfo has no %s line", label);
	seq_release(&m);
	return kb;
}

/* The VMA that starts at @start, which must exist. */
static inline struct vm_area_struct *vt_vma_at(unsigned long start)
{
	struct vm_area_struct *v = find_vma(current->mm, start);

	assert_non_null(v);
	assert_int_equal(v->vm_start, start);
	return v;
}

/* The number of VMAs of the current mm, counted on the list. */
static inline int vt_nr_vmas(void)
{
	struct vm_area_struct *v;
	int n = 0;

	for (v = current->mm->mmap; v; v = v->vm_next)
		n++;
	return n;
}

/* Teardown of a test that ran a task: the VMAs hold together, then the
 * task exits (a signal the test provoked is dropped first). */
static inline int vt_end_task(void **state)
{
	(void)state;
	assert_int_equal(vma_check_all(), 0);
	current->pending = 0;
	do_exit(0);
	return 0;
}

/* An event counter summed over the CPUs, as /proc/vmstat sums it. */
static inline unsigned long vt_events(enum vm_event_item item)
{
	unsigned long ev[NR_VM_EVENT_ITEMS];

	all_vm_events(ev);
	return ev[item];
}

/* A zone counter summed over the zones with every CPU's unfolded delta:
 * global_page_state() may lag by the per-CPU thresholds, as in 2.6.24. */
static inline unsigned long vt_exact(enum zone_stat_item item)
{
	struct zone *z;
	long n = 0;

	for_each_zone(z)
		n += zone_page_state_exact(z, item);
	return (unsigned long)n;
}

/* A user byte of the current task, read or written through the MMU; the
 * access must not fail. */
static inline u8 vt_peek(unsigned long addr)
{
	u8 b = 0;

	assert_false(i386_access((u32)addr, &b, 1, I386_USER, 0));
	return b;
}

static inline void vt_poke(unsigned long addr, u8 b)
{
	assert_false(i386_access((u32)addr, &b, 1, I386_USER | I386_WRITE, 0));
}

#endif /* _VMA_TEST_H */
