/*
 * cmd_fault.c - the current task's own accesses to its memory, through
 * the emulated MMU of this CPU, and the commands around page faults.
 *
 *   load ADDR [LEN]          read LEN bytes (1) and print them in hex
 *   store ADDR BYTE...       write bytes (0x.. hex, or decimal)
 *   touch ADDR LEN [read|write]
 *                            one access per page of [ADDR, ADDR+LEN): a
 *                            read of a byte, or a write that leaves it as
 *                            it was (lock orb $0); default read
 *   read FILE ADDR LEN       read(2): the file's bytes into user memory
 *                            (copy_to_user())
 *   write FILE ADDR LEN      write(2): user memory into the file
 *                            (copy_from_user()), up to its size
 *   fork [as NAME]           fork(): a child with a copy-on-write copy
 *   pte ADDR                 the walk of ADDR: PDE, PTE, frame, struct page
 *   esp ADDR                 move the task's stack pointer, as its code
 *                            would (the stack check of do_page_fault())
 *
 * An access is an instruction of the task (user mode, its eip and esp):
 * a fault goes to do_page_fault(); one that ends in a signal is printed
 * as strace prints it ("--- SIGSEGV {...} ---", "+++ killed by SIGSEGV
 * +++") and the task exits, as a task without a handler does.  A system
 * call's fault inside the kernel is fixed up to EFAULT.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/fault.h>
#include <linux/highmem.h>
#include <linux/lib.h>
#include <asm/machine.h>
#include <asm/mmu_context.h>
#include <asm/uaccess.h>
#include "mm24.h"

#define MAX_LOAD	4096

static void need_user_task(struct script *s)
{
	if (!current->mm)
		script_error(s, "the current task '%s' (pid %d) is a kernel "
			     "thread with no address space: exec a program "
			     "first", current->comm, current->pid);
}

static const char *sig_name(int sig)
{
	return sig == SIGSEGV ? "SIGSEGV" : sig == SIGBUS ? "SIGBUS" :
	       "SIGKILL";
}

static const char *si_code_name(int sig, int code)
{
	if (sig == SIGBUS)
		return "BUS_ADRERR";
	return code == SEGV_ACCERR ? "SEGV_ACCERR" : "SEGV_MAPERR";
}

/* After an abandoned access: the signal that ends the task. */
static void die_of_signal(void)
{
	struct task_struct *me = current;
	int sig = signal_pending_sig(me, SIGKILL) ? SIGKILL :
		  signal_pending_sig(me, SIGBUS) ? SIGBUS : SIGSEGV;

	if (sig != SIGKILL)
		printf("[pid %5d] --- %s {si_signo=%s, si_code=%s, "
		       "si_addr=0x%08lx} ---\n", me->pid, sig_name(sig),
		       sig_name(sig), si_code_name(sig, me->mm24_si_code),
		       me->thread.cr2);
	printf("[pid %5d] +++ killed by %s +++\n", me->pid, sig_name(sig));
	do_exit(sig);
}

/* A user access of the current task; 0, or the task is gone (-1). */
static int user_access(unsigned long addr, void *buf, size_t len, int flags)
{
	if (!i386_access((u32)addr, buf, len, flags | I386_USER, 0))
		return 0;
	die_of_signal();
	return -1;
}

/* a length: a number with K, M, G suffixes, below 4 GiB */
static unsigned long parse_size_arg(struct script *s, const char *text)
{
	unsigned long long v;

	if (memparse_strict(text, &v) || v > 0xffffffffULL)
		script_error(s, "bad size '%s' (a number up to 4G-1, K, M, G "
			     "suffixes)", text);
	return (unsigned long)v;
}

/* [addr, addr + len) must stay below 4 GiB: an i386 address wraps */
static void check_range(struct script *s, unsigned long addr,
			unsigned long len)
{
	if (addr > 0xffffffffUL || len > 0x100000000UL - addr)
		script_error(s, "range %#lx+%#lx goes past 4 GiB", addr, len);
}

static void cmd_load(struct script *s)
{
	unsigned char buf[MAX_LOAD];
	unsigned long addr, len = 1, i;

	if (s->argc < 2 || s->argc > 3)
		script_usage(s);
	need_user_task(s);
	addr = mm24_parse_addr(s, s->argv[1]);
	if (s->argc == 3) {
		len = script_number(s, s->argv[2], MAX_LOAD);
		if (!len)
			script_error(s, "length 0: nothing to load");
	}
	check_range(s, addr, len);
	if (user_access(addr, buf, len, 0))
		return;
	for (i = 0; i < len; i++) {
		if (i % 16 == 0)
			printf("%08lx:", addr + i);
		printf(" %02x", buf[i]);
		if (i % 16 == 15 || i == len - 1)
			printf("\n");
	}
}

static unsigned char parse_byte(struct script *s, const char *w)
{
	char *end;
	unsigned long v;

	v = strtoul(w, &end, 0);
	if (!*w || *end || v > 255 || *w == '-' || *w == '+')
		script_error(s, "bad byte '%s' (0..255, or 0x00..0xff)", w);
	return (unsigned char)v;
}

static void cmd_store(struct script *s)
{
	unsigned char buf[32];
	unsigned long addr;
	int i, n = s->argc - 2;

	if (n < 1)
		script_usage(s);
	need_user_task(s);
	addr = mm24_parse_addr(s, s->argv[1]);
	for (i = 0; i < n; i++)
		buf[i] = parse_byte(s, s->argv[2 + i]);
	check_range(s, addr, (unsigned long)n);
	user_access(addr, buf, (size_t)n, I386_WRITE);
}

static void cmd_touch(struct script *s)
{
	unsigned long addr, len, at, end;
	int flags = 0;
	unsigned char byte;

	if (s->argc < 3 || s->argc > 4)
		script_usage(s);
	need_user_task(s);
	addr = mm24_parse_addr(s, s->argv[1]);
	len = parse_size_arg(s, s->argv[2]);
	if (s->argc == 4) {
		if (!strcmp(s->argv[3], "write"))
			flags = I386_WRITE | I386_KEEP;
		else if (strcmp(s->argv[3], "read"))
			script_error(s, "touch: '%s' is not read or write",
				     s->argv[3]);
	}
	if (!len)
		script_error(s, "length 0: nothing to touch");
	check_range(s, addr, len);
	end = addr + len;
	for (at = addr; at < end; at = (at & PAGE_MASK) + PAGE_SIZE)
		if (user_access(at, &byte, 1, flags))
			return;
}

/* The page-cache pages of FILE between [pos, pos + len): to or from user
 * memory at @uaddr.  Returns the bytes moved or -EFAULT. */
static long file_copy(struct inode *ino, unsigned long uaddr,
		      unsigned long len, int to_user)
{
	unsigned long done = 0;

	while (done < len) {
		unsigned long pos = done, off = pos & ~PAGE_MASK;
		unsigned long n = min(len - done, PAGE_SIZE - off), left;
		struct page *pg = read_mapping_page(ino->i_mapping,
						    pos >> PAGE_SHIFT, NULL);
		char *kaddr;

		/* a ramfs page is always there; a disk file's is read in */
		if (IS_ERR(pg))
			return done ? (long)done : PTR_ERR(pg);
		kaddr = kmap(pg);
		if (to_user) {
			left = copy_to_user(uaddr + done, kaddr + off, n);
		} else {
			left = copy_from_user(kaddr + off, uaddr + done, n);
			SetPageDirty(pg);
		}
		kunmap(pg);
		put_page(pg);
		done += n - left;
		if (left)
			break;
	}
	return done ? (long)done : -EFAULT;
}

static void cmd_rw(struct script *s)
{
	int to_user = !strcmp(s->argv[0], "read");
	unsigned long addr, len;
	struct inode *ino;
	long ret;

	if (s->argc != 4)
		script_error(s, "usage: %s FILE ADDR LEN", s->argv[0]);
	need_user_task(s);
	ino = ramfs_lookup(s->argv[1]);
	if (!ino)
		script_error(s, "no file '%s' (file list shows them)",
			     s->argv[1]);
	addr = mm24_parse_addr(s, s->argv[2]);
	len = parse_size_arg(s, s->argv[3]);
	if (len > (unsigned long)ino->i_size)
		len = (unsigned long)ino->i_size;	/* no file grows */
	/* the call first, then its line: a trace shows the fault alone */
	ret = len ? file_copy(ino, addr, len, to_user) : 0;
	printf("[pid %5d] %s(\"%s\", 0x%08lx, %lu)", current->pid,
	       s->argv[0], s->argv[1], addr, len);
	if (ret >= 0)
		printf(" = %ld\n", ret);
	else
		mm24_print_result(ret);
}

static void cmd_esp(struct script *s)
{
	unsigned long addr;

	if (s->argc != 2)
		script_usage(s);
	need_user_task(s);
	addr = mm24_parse_addr(s, s->argv[1]);
	if (addr >= TASK_SIZE)
		script_error(s, "esp %#lx is not a user address (below %#lx)",
			     addr, (unsigned long)TASK_SIZE);
	current->user_regs.esp = addr;
}

static void cmd_fork(struct script *s)
{
	struct task_struct *child;
	const char *as = NULL;

	if (s->argc == 3 && !strcmp(s->argv[1], "as"))
		as = s->argv[2];
	else if (s->argc != 1)
		script_usage(s);
	if (as && strlen(as) >= TASK_COMM_LEN)
		script_error(s, "task name '%s' too long (at most %d "
			     "characters)", as, TASK_COMM_LEN - 1);
	need_user_task(s);
	child = copy_process(0);
	printf("[pid %5d] fork()", current->pid);
	if (IS_ERR(child)) {
		mm24_print_result(PTR_ERR(child));
		return;
	}
	if (as)
		strcpy(child->mm24_name, as);
	printf(" = %d\n", child->pid);
}

/* "P RW US A D" of an entry: the bits that are set */
static void print_bits(u32 e)
{
	printf("%s%s%s%s%s%s", e & _PAGE_PRESENT ? " P" : "",
	       e & _PAGE_RW ? " RW" : " RO", e & _PAGE_USER ? " US" : " S",
	       e & _PAGE_ACCESSED ? " A" : "", e & _PAGE_DIRTY ? " D" : "",
	       e & _PAGE_PSE ? " PS" : "");
}

static void cmd_pte(struct script *s)
{
	struct i386_walk w;
	unsigned long addr;
	struct page *pg;

	if (s->argc != 2)
		script_usage(s);
	need_user_task(s);
	addr = mm24_parse_addr(s, s->argv[1]);
	check_range(s, addr, 1);
	i386_walk((u32)__pa(current->mm->pgd), (u32)addr, &w);
	printf("%08lx: pde[%lu] %08x", addr, addr >> PGDIR_SHIFT, w.pde);
	print_bits(w.pde);
	if (!(w.pde & _PAGE_PRESENT) || (w.pde & _PAGE_PSE)) {
		printf("\n");
		return;
	}
	printf("; pte[%lu] %08x", (addr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1),
	       w.pte);
	if (!(w.pte & _PAGE_PRESENT)) {
		printf(w.pte ? " (not present)\n" : " (none)\n");
		return;
	}
	print_bits(w.pte);
	pg = pfn_to_page(w.pte >> PAGE_SHIFT);
	printf("\n  pfn %u: _count %d _mapcount %d%s%s%s%s\n",
	       w.pte >> PAGE_SHIFT, atomic_read(&pg->_count),
	       atomic_read(&pg->_mapcount), PageAnon(pg) ? " anon" : " file",
	       PageDirty(pg) ? " dirty" : "",
	       PageReferenced(pg) ? " referenced" : "",
	       PageHighMem(pg) ? " highmem" : "");
}

const struct command fault_commands[] = {
	{ "load", "load ADDR [LEN]", cmd_load, 1 },
	{ "store", "store ADDR BYTE...", cmd_store, 1 },
	{ "touch", "touch ADDR LEN [read|write]", cmd_touch, 1 },
	{ "read", "read FILE ADDR LEN", cmd_rw, 1 },
	{ "write", "write FILE ADDR LEN", cmd_rw, 1 },
	{ "fork", "fork [as NAME]", cmd_fork, 1 },
	{ "pte", "pte ADDR", cmd_pte, 1 },
	{ "esp", "esp ADDR", cmd_esp, 1 },
	{ NULL, NULL, NULL, 0 },
};
