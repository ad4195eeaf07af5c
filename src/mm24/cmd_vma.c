/*
 * cmd_vma.c - commands for processes and their address spaces.
 *
 *   exec PROGRAM [text=SIZE] [data=SIZE] [bss=SIZE] [as NAME]
 *                            vfork() + execve(): a new task runs PROGRAM
 *   task NAME|PID            switch this CPU to that task
 *   exit [NAME|PID]          the current task (or that one) exits
 *   ps                       the tasks, their mm and CPU
 *   mmap ADDR LEN PROT FLAGS [FILE[:ro|:rw] [OFFSET]] [as NAME]
 *                            a FILE is opened for writing only for
 *                            MAP_SHARED with PROT_WRITE, unless :ro/:rw
 *   munmap ADDR LEN / mprotect ADDR LEN PROT / brk ADDR
 *   mremap ADDR OLD NEW [FLAGS [NEWADDR]]
 *   setrlimit RESOURCE CUR [MAX]  RLIMIT_STACK ... (unlimited: RLIM_INFINITY)
 *   sysctl NAME[=VALUE]      vm.overcommit_memory, vm.overcommit_ratio,
 *                            vm.max_map_count, vm.legacy_va_layout,
 *                            kernel.randomize_va_space
 *   file create NAME SIZE [PATTERN] [readonly] [disk]   a rootfs file
 *                            (disk: its bytes on the emulated disk, read
 *                            into the page cache on demand)
 *   file list                rootfs's files
 *   find_get_page FILE INDEX a page of a file in the page cache
 *
 * System calls print their result as strace does ("= 0xb7ffd000",
 * "= -1 ENOMEM (Cannot allocate memory)"); an errno is the kernel's
 * answer, not a script error.  A script error is a malformed command, or
 * one the current task cannot make (a kernel thread has no mm to map
 * into).  ADDR arguments are numbers, or a name an mmap gave ("as NAME"),
 * maybe with +OFFSET.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <linux/lib.h>
#include <linux/mman.h>
#include <linux/seq_file.h>
#include <asm/mmu_context.h>
#include "mm24.h"

/* One bit name of a flag word. */
struct flag_name {
	const char *name;
	unsigned long bit;
};

static const struct flag_name prot_names[] = {
	{ "PROT_READ", PROT_READ }, { "PROT_WRITE", PROT_WRITE },
	{ "PROT_EXEC", PROT_EXEC }, { "PROT_SEM", PROT_SEM },
	{ "PROT_GROWSDOWN", PROT_GROWSDOWN }, { "PROT_GROWSUP", PROT_GROWSUP },
	{ "PROT_NONE", 0 },	/* for reading only: printing skips it */
	{ NULL, 0 },
};

static const struct flag_name map_names[] = {
	{ "MAP_SHARED", MAP_SHARED }, { "MAP_PRIVATE", MAP_PRIVATE },
	{ "MAP_FIXED", MAP_FIXED }, { "MAP_ANONYMOUS", MAP_ANONYMOUS },
	{ "MAP_GROWSDOWN", MAP_GROWSDOWN }, { "MAP_DENYWRITE", MAP_DENYWRITE },
	{ "MAP_EXECUTABLE", MAP_EXECUTABLE }, { "MAP_LOCKED", MAP_LOCKED },
	{ "MAP_NORESERVE", MAP_NORESERVE }, { "MAP_POPULATE", MAP_POPULATE },
	{ "MAP_NONBLOCK", MAP_NONBLOCK }, { NULL, 0 },
};

static const struct flag_name mremap_names[] = {
	{ "MREMAP_MAYMOVE", MREMAP_MAYMOVE }, { "MREMAP_FIXED", MREMAP_FIXED },
	{ NULL, 0 },
};

static const struct flag_name rlimit_names[] = {
	{ "RLIMIT_DATA", RLIMIT_DATA }, { "RLIMIT_STACK", RLIMIT_STACK },
	{ "RLIMIT_MEMLOCK", RLIMIT_MEMLOCK }, { "RLIMIT_AS", RLIMIT_AS },
	{ NULL, 0 },
};

/* The errno names strace prints (the host's numbers are Linux's). */
static const struct flag_name errno_names[] = {
	{ "EPERM", EPERM }, { "ENOENT", ENOENT }, { "EBADF", EBADF },
	{ "EAGAIN", EAGAIN }, { "ENOMEM", ENOMEM }, { "EACCES", EACCES },
	{ "EFAULT", EFAULT }, { "EEXIST", EEXIST }, { "ENODEV", ENODEV },
	{ "EINVAL", EINVAL }, { "ENFILE", ENFILE }, { "ETXTBSY", ETXTBSY },
	{ "ENOSPC", ENOSPC }, { "E2BIG", E2BIG }, { "ENOEXEC", ENOEXEC },
	{ "EOVERFLOW", EOVERFLOW }, { "ENAMETOOLONG", ENAMETOOLONG },
	{ NULL, 0 },
};

/* "A|B|0x40" into a number; a plain number is taken as it is. */
static unsigned long parse_flags(struct script *s, const char *text,
				 const struct flag_name *names, const char *what)
{
	char buf[256], *w, *save;
	unsigned long v = 0;

	if (strlen(text) >= sizeof(buf))
		script_error(s, "%s too long", what);
	strcpy(buf, text);
	for (w = strtok_r(buf, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
		const struct flag_name *n;

		if (*w >= '0' && *w <= '9') {
			v |= script_number(s, w, 0xffffffffUL);
			continue;
		}
		for (n = names; n->name; n++)
			if (!strcmp(w, n->name))
				break;
		if (!n->name)
			script_error(s, "unknown %s '%s'", what, w);
		v |= n->bit;
	}
	return v;
}

/* One name of @names, or a number. */
static unsigned long parse_enum(struct script *s, const char *text,
				const struct flag_name *names, const char *what)
{
	const struct flag_name *n;

	if (*text >= '0' && *text <= '9')
		return script_number(s, text, 0xffffffffUL);
	for (n = names; n->name; n++)
		if (!strcmp(text, n->name))
			return n->bit;
	script_error(s, "unknown %s '%s'", what, text);
	return 0;
}

/* The flag word as strace prints it: names joined by '|', what is
 * left in hex, @zero for no bit at all. */
static void print_flags(unsigned long v, const struct flag_name *names,
			const char *zero)
{
	const struct flag_name *n;
	int first = 1;

	if (!v) {
		printf("%s", zero);
		return;
	}
	for (n = names; n->name; n++) {
		if ((v & n->bit) != n->bit || !n->bit)
			continue;
		printf("%s%s", first ? "" : "|", n->name);
		v &= ~n->bit;
		first = 0;
	}
	if (v)
		printf("%s%#lx", first ? "" : "|", v);
}

/* A value that is one of @names (not a set of bits), or a number. */
static void print_enum(unsigned long v, const struct flag_name *names)
{
	const struct flag_name *n;

	for (n = names; n->name; n++)
		if (n->bit == v) {
			printf("%s", n->name);
			return;
		}
	printf("%lu", v);
}

/* " = RESULT" of a call returning an address or a -errno. */
static void print_result(long ret, int as_address)
{
	const struct flag_name *n;

	if (ret < 0 && ret >= -MAX_ERRNO) {
		for (n = errno_names; n->name; n++)
			if ((long)n->bit == -ret)
				break;
		printf(" = -1 %s (%s)\n", n->name ? n->name : "E?",
		       strerror((int)-ret));
	} else if (as_address && ret) {
		printf(" = %#lx\n", (unsigned long)ret);
	} else {
		printf(" = %ld\n", ret);
	}
}

/* A size with K, M, G suffixes (as for mem=), at most 4 GiB - 1. */
static unsigned long parse_size(struct script *s, const char *text)
{
	unsigned long long v;

	if (memparse_strict(text, &v) || v > 0xffffffffULL)
		script_error(s, "bad size '%s' (a number up to 4G-1, K, M, G "
			     "suffixes)", text);
	return (unsigned long)v;
}

/* An address argument: a number, or NAME[+OFFSET] from "mmap ... as". */
static unsigned long parse_addr(struct script *s, const char *text)
{
	char name[64];
	const char *plus = strchr(text, '+');
	unsigned long off = 0;
	struct named *n;
	size_t len;

	if (*text >= '0' && *text <= '9')
		return parse_size(s, text);
	len = plus ? (size_t)(plus - text) : strlen(text);
	if (len >= sizeof(name))
		script_error(s, "name '%s' too long", text);
	memcpy(name, text, len);
	name[len] = '\0';
	n = named_lookup(s, name, 1);
	if (!n->has_uaddr)
		script_error(s, "'%s' names no mapping (mmap ... as NAME)", name);
	if (plus)
		off = parse_size(s, plus + 1);
	return (u32)(n->uaddr + off);
}

/* The current task must have an address space. */
static struct mm_struct *user_mm(struct script *s)
{
	if (!current->mm)
		script_error(s, "the current task '%s' (pid %d) is a kernel "
			     "thread with no address space: exec a program "
			     "first", current->comm, current->pid);
	return current->mm;
}

/* For the fault unit's commands (cmd_fault.c). */
unsigned long mm24_parse_addr(struct script *s, const char *text)
{
	return parse_addr(s, text);
}

void mm24_print_result(long ret)
{
	print_result(ret, 0);
}

/* A task by its "as NAME", its comm, or its pid. */
struct task_struct *mm24_find_task(struct script *s, const char *name)
{
	struct task_struct *p, *found = NULL;
	int n = 0;

	if (*name >= '0' && *name <= '9') {
		p = find_task_by_pid((int)script_number(s, name, 32768));
		if (!p)
			script_error(s, "no task with pid %s (ps lists them)",
				     name);
		return p;
	}
	list_for_each_entry(p, &init_task.tasks, tasks)
		if (!strcmp(p->mm24_name, name)) {
			found = p;
			n++;
		}
	if (!n)
		list_for_each_entry(p, &init_task.tasks, tasks)
			if (!p->mm24_name[0] && !strcmp(p->comm, name)) {
				found = p;
				n++;
			}
	if (!n)
		script_error(s, "no task named '%s' (ps lists them)", name);
	if (n > 1)
		script_error(s, "%d tasks are named '%s': use a pid", n, name);
	return found;
}

/* ---- exec ---------------------------------------------------------------- */

/* The program file for @program: a path is taken as it is (exec fails
 * if there is no such file); a bare name is /bin/PROGRAM, created with
 * headers for the text, data and bss sizes if it does not exist. */
static const char *program_file(struct script *s, const char *program,
				unsigned long text, unsigned long data,
				unsigned long bss, int sizes_given,
				char *path, size_t room)
{
	struct elf_image image;
	struct inode *inode;
	unsigned long text_end;

	if (strchr(program, '/'))
		snprintf(path, room, "%s", program);
	else
		snprintf(path, room, "/bin/%s", program);
	inode = ramfs_lookup(path);
	if (inode || strchr(program, '/')) {
		if (sizes_given)
			script_error(s, "%s: text=, data=, bss= make a new "
				     "/bin/NAME only", path);
		return path;
	}
	if (!text)
		script_error(s, "text=0: a program needs some text");
	memset(&image, 0, sizeof(image));
	text_end = PAGE_ALIGN(text);
	image.elf_ex.e_type = 2;		/* ET_EXEC */
	image.elf_ex.e_machine = 3;		/* EM_386 */
	image.elf_ex.e_entry = (u32)ELF_EXEC_BASE;
	image.elf_ex.e_phnum = 3;
	/* text: file offset 0, r-x */
	image.phdr[0].p_type = PT_LOAD;
	image.phdr[0].p_vaddr = (u32)ELF_EXEC_BASE;
	image.phdr[0].p_filesz = (u32)text;
	image.phdr[0].p_memsz = (u32)text;
	image.phdr[0].p_flags = PF_R | PF_X;
	image.phdr[0].p_align = PAGE_SIZE;
	/* data (and bss): the next page of the file, rw- */
	image.phdr[1].p_type = PT_LOAD;
	image.phdr[1].p_offset = (u32)text_end;
	image.phdr[1].p_vaddr = (u32)(ELF_EXEC_BASE + text_end);
	image.phdr[1].p_filesz = (u32)data;
	image.phdr[1].p_memsz = (u32)(data + bss);
	image.phdr[1].p_flags = PF_R | PF_W;
	image.phdr[1].p_align = PAGE_SIZE;
	/* PT_GNU_STACK: a non-executable stack, as gcc marks programs */
	image.phdr[2].p_type = 0x6474e551;
	image.phdr[2].p_flags = PF_R | PF_W;
	if (ELF_EXEC_BASE + text_end + data + bss >= TASK_SIZE)
		script_error(s, "text+data+bss do not fit below 0xc0000000");
	inode = ramfs_create_file(path, text_end + data, program, 0, &image);
	if (IS_ERR(inode))
		script_error(s, "cannot create %s: %s", path,
			     strerror((int)-PTR_ERR(inode)));
	return path;
}

static void cmd_exec(struct script *s)
{
	unsigned long text = 16384, data = 4096, bss = 4096;
	const char *as = NULL, *argv[2], *envp[1] = { NULL };
	struct task_struct *parent = current, *child;
	char path[256];
	int i, sizes = 0, ret;

	if (s->argc < 2)
		script_usage(s);
	for (i = 2; i < s->argc; i++) {
		const char *w = s->argv[i];

		if (!strncmp(w, "text=", 5)) {
			text = parse_size(s, w + 5);
		} else if (!strncmp(w, "data=", 5)) {
			data = parse_size(s, w + 5);
		} else if (!strncmp(w, "bss=", 4)) {
			bss = parse_size(s, w + 4);
		} else if (!strcmp(w, "as") && i + 1 == s->argc - 1) {
			as = s->argv[++i];
			if (strlen(as) >= TASK_COMM_LEN)
				script_error(s, "task name '%s' too long (at "
					     "most %d characters)", as,
					     TASK_COMM_LEN - 1);
			continue;
		} else {
			script_usage(s);
		}
		sizes = 1;
	}
	program_file(s, s->argv[1], text, data, bss, sizes, path,
		     sizeof(path));

	/* vfork(): the child shares the parent's mm until it execs */
	child = copy_process(CLONE_VM | CLONE_VFORK);
	if (IS_ERR(child)) {
		printf("vfork()");
		print_result(PTR_ERR(child), 0);
		return;
	}
	if (as)
		strcpy(child->mm24_name, as);
	printf("vfork() = %d\n", child->pid);
	context_switch(parent, child);

	argv[0] = s->argv[1];
	argv[1] = NULL;
	ret = do_execve(path, argv, envp);
	printf("[pid %5d] execve(\"%s\", [\"%s\"], [/* 0 vars */])",
	       child->pid, path, argv[0]);
	print_result(ret, 0);
	if (ret < 0) {
		/* a failed exec: the child _exit()s (or was killed) */
		printf("[pid %5d] +++ %s +++\n", child->pid,
		       signal_pending_sig(child, SIGKILL) ? "killed by SIGKILL" :
		       signal_pending_sig(child, SIGSEGV) ? "killed by SIGSEGV" :
		       "exited with 127");
		do_exit(127);
	}
}

static void cmd_task(struct script *s)
{
	struct task_struct *p;

	if (s->argc != 2)
		script_usage(s);
	p = mm24_find_task(s, s->argv[1]);
	if (p != current)
		context_switch(current, p);
}

static void cmd_exit(struct script *s)
{
	if (s->argc > 2)
		script_usage(s);
	if (s->argc == 2) {
		struct task_struct *p = mm24_find_task(s, s->argv[1]);

		if (p == mm24_scenario_task() || !p->pid)
			script_error(s, "task '%s' is the scenario's own kernel "
				     "thread: it does not exit", p->comm);
		if (p != current)
			context_switch(current, p);
	}
	if (current == mm24_scenario_task() || !current->pid)
		script_error(s, "the current task '%s' is the scenario's own "
			     "kernel thread: it does not exit", current->comm);
	printf("[pid %5d] exit_group(0) = ?\n", current->pid);
	do_exit(0);
}

static void print_task(struct task_struct *p)
{
	int cpu, on = -1;

	for_each_online_cpu(cpu)
		if (current_task_of[cpu] == p)
			on = cpu;
	printf("%5d %-15s %-15s ", p->pid, p->comm,
	       p->mm24_name[0] ? p->mm24_name : "-");
	if (p->mm)
		printf("mm %08lx pgd %08lx users %d",
		       i386_addr(p->mm), (unsigned long)__pa(p->mm->pgd),
		       atomic_read(&p->mm->mm_users));
	else
		printf("kernel thread");
	if (on >= 0)
		printf(", running on cpu %d", on);
	printf("\n");
}

static void cmd_ps(struct script *s)
{
	struct task_struct *p;

	if (s->argc != 1)
		script_usage(s);
	printf("  PID COMM            NAME            ADDRESS SPACE\n");
	list_for_each_entry(p, &init_task.tasks, tasks)
		print_task(p);
}

/* ---- the memory system calls ------------------------------------------- */

static void cmd_mmap(struct script *s)
{
	char file_path[256];
	struct mmap_arg_struct a;
	const char *path = NULL, *as = NULL;
	int argc = s->argc, write;
	long ret;

	if (argc >= 3 && !strcmp(s->argv[argc - 2], "as")) {
		as = s->argv[argc - 1];
		named_check_new(s, as);
		argc -= 2;
	}
	if (argc < 5 || argc > 7)
		script_usage(s);
	user_mm(s);
	a.addr = parse_addr(s, s->argv[1]);
	a.len = parse_size(s, s->argv[2]);
	a.prot = parse_flags(s, s->argv[3], prot_names, "PROT flag");
	a.flags = parse_flags(s, s->argv[4], map_names, "MAP flag");
	a.offset = argc == 7 ? parse_size(s, s->argv[6]) : 0;
	a.file = NULL;
	if (argc >= 6) {
		size_t len = strlen(s->argv[5]);

		/* open(2) as a program that maps it would: for writing only
		 * if it wants shared writable pages; FILE:ro and FILE:rw
		 * choose */
		write = (a.flags & MAP_TYPE) == MAP_SHARED &&
			(a.prot & PROT_WRITE);
		if (len > 3 && (!strcmp(s->argv[5] + len - 3, ":ro") ||
				!strcmp(s->argv[5] + len - 3, ":rw"))) {
			write = s->argv[5][len - 1] == 'w';
			if (len - 3 >= sizeof(file_path))
				script_error(s, "file name '%s' too long",
					     s->argv[5]);
			memcpy(file_path, s->argv[5], len - 3);
			file_path[len - 3] = '\0';
			path = file_path;
		} else {
			path = s->argv[5];
		}
		a.file = filp_open(path, write);
		if (!a.file || IS_ERR(a.file)) {
			printf("open(\"%s\", %s)", path,
			       write ? "O_RDWR" : "O_RDONLY");
			print_result(a.file ? PTR_ERR(a.file) : -ENOENT, 0);
			a.file = NULL;
		}
	} else if (!(a.flags & MAP_ANONYMOUS)) {
		script_error(s, "mmap without MAP_ANONYMOUS needs a FILE");
	}

	ret = old_mmap(&a);
	printf("mmap(");
	if (a.addr)
		printf("%#lx", a.addr);
	else
		printf("NULL");
	printf(", %lu, ", a.len);
	print_flags(a.prot, prot_names, "PROT_NONE");
	printf(", ");
	print_flags(a.flags, map_names, "0");
	if (a.file)
		printf(", 3<%s>, %lu)", path, a.offset);
	else if (path)
		printf(", -1<%s>, %lu)", path, a.offset);
	else
		printf(", -1, %lu)", a.offset);
	print_result(ret, 1);
	if (a.file)
		fput(a.file);		/* close(3) */
	if (as && !IS_ERR_VALUE(ret)) {
		struct named *n = named_remember(as);

		n->uaddr = (unsigned long)ret;
		n->has_uaddr = 1;
	}
}

static void cmd_munmap(struct script *s)
{
	unsigned long addr, len;
	long ret;

	if (s->argc != 3)
		script_usage(s);
	user_mm(s);
	addr = parse_addr(s, s->argv[1]);
	len = parse_size(s, s->argv[2]);
	ret = sys_munmap(addr, len);
	printf("munmap(%#lx, %lu)", addr, len);
	print_result(ret, 0);
}

static void cmd_mprotect(struct script *s)
{
	unsigned long addr, len, prot;
	long ret;

	if (s->argc != 4)
		script_usage(s);
	user_mm(s);
	addr = parse_addr(s, s->argv[1]);
	len = parse_size(s, s->argv[2]);
	prot = parse_flags(s, s->argv[3], prot_names, "PROT flag");
	ret = sys_mprotect(addr, len, prot);
	printf("mprotect(%#lx, %lu, ", addr, len);
	print_flags(prot, prot_names, "PROT_NONE");
	printf(")");
	print_result(ret, 0);
}

static void cmd_brk(struct script *s)
{
	unsigned long addr;
	long ret;

	if (s->argc != 2)
		script_error(s, "usage: brk ADDR (0 asks where the break is)");
	user_mm(s);
	addr = parse_addr(s, s->argv[1]);
	ret = (long)sys_brk(addr);
	if (addr)
		printf("brk(%#lx)", addr);
	else
		printf("brk(0)");
	print_result(ret, 1);
}

static void cmd_mremap(struct script *s)
{
	unsigned long addr, old, new, flags = 0, new_addr = 0;
	long ret;

	if (s->argc < 4 || s->argc > 6)
		script_usage(s);
	user_mm(s);
	addr = parse_addr(s, s->argv[1]);
	old = parse_size(s, s->argv[2]);
	new = parse_size(s, s->argv[3]);
	if (s->argc >= 5)
		flags = parse_flags(s, s->argv[4], mremap_names, "MREMAP flag");
	if (s->argc == 6)
		new_addr = parse_addr(s, s->argv[5]);
	ret = (long)sys_mremap(addr, old, new, flags, new_addr);
	printf("mremap(%#lx, %lu, %lu, ", addr, old, new);
	print_flags(flags, mremap_names, "0");
	if (flags & MREMAP_FIXED)
		printf(", %#lx", new_addr);
	printf(")");
	print_result(ret, 1);
}

static void print_rlim(unsigned long v)
{
	if (v == RLIM_INFINITY)
		printf("RLIM_INFINITY");
	else
		printf("%lu", v);
}

static unsigned long parse_rlim(struct script *s, const char *text)
{
	if (!strcmp(text, "unlimited") || !strcmp(text, "RLIM_INFINITY"))
		return RLIM_INFINITY;
	return parse_size(s, text);
}

static void cmd_setrlimit(struct script *s)
{
	struct rlimit lim;
	unsigned long res;
	long ret;

	if (s->argc != 3 && s->argc != 4)
		script_error(s, "usage: setrlimit RESOURCE CUR [MAX] (RLIMIT_DATA, "
			     "RLIMIT_STACK, RLIMIT_MEMLOCK, RLIMIT_AS; "
			     "unlimited)");
	res = parse_enum(s, s->argv[1], rlimit_names, "resource");
	lim.rlim_cur = parse_rlim(s, s->argv[2]);
	lim.rlim_max = s->argc == 4 ? parse_rlim(s, s->argv[3]) :
		       current->signal->rlim[res < RLIM_NLIMITS ? res : 0].rlim_max;
	ret = sys_setrlimit((unsigned int)res, &lim);
	printf("setrlimit(");
	print_enum(res, rlimit_names);
	printf(", {rlim_cur=");
	print_rlim(lim.rlim_cur);
	printf(", rlim_max=");
	print_rlim(lim.rlim_max);
	printf("})");
	print_result(ret, 0);
}

static const struct {
	const char *name;
	int *value;
} sysctls[] = {
	{ "vm.overcommit_memory", &sysctl_overcommit_memory },
	{ "vm.overcommit_ratio", &sysctl_overcommit_ratio },
	{ "vm.max_map_count", &sysctl_max_map_count },
	{ "vm.legacy_va_layout", &sysctl_legacy_va_layout },
	{ "kernel.randomize_va_space", &randomize_va_space },
};

static void cmd_sysctl(struct script *s)
{
	char name[64];
	const char *eq;
	size_t i, len;

	if (s->argc != 2)
		script_usage(s);
	eq = strchr(s->argv[1], '=');
	len = eq ? (size_t)(eq - s->argv[1]) : strlen(s->argv[1]);
	if (len >= sizeof(name))
		script_error(s, "no sysctl '%s'", s->argv[1]);
	memcpy(name, s->argv[1], len);
	name[len] = '\0';
	for (i = 0; i < ARRAY_SIZE(sysctls); i++)
		if (!strcmp(sysctls[i].name, name))
			break;
	if (i == ARRAY_SIZE(sysctls))
		script_error(s, "no sysctl '%s' (vm.overcommit_memory, "
			     "vm.overcommit_ratio, vm.max_map_count, "
			     "vm.legacy_va_layout, kernel.randomize_va_space)",
			     name);
	if (eq)
		*sysctls[i].value = (int)script_number(s, eq + 1, 0x7fffffff);
	printf("%s = %d\n", name, *sysctls[i].value);
}

/* ---- files and the page cache ------------------------------------------ */

static void print_file(struct inode *inode, const char *path, void *arg)
{
	(void)arg;
	printf("%-24s ino %-4lu dev %02x:%02x size %8lld pages %3lu%s%s%s\n",
	       path, inode->i_ino, MAJOR(inode->i_sb->s_dev),
	       MINOR(inode->i_sb->s_dev), inode->i_size,
	       inode->i_mapping->nrpages,
	       inode->i_mode & 0200 ? "" : " readonly",
	       inode->i_private ? " program" : "",
	       inode->i_disk ? " disk" : "");
}

static void cmd_file(struct script *s)
{
	struct inode *inode;
	unsigned long size;
	const char *pattern;
	int readonly = 0, disk = 0, argc = s->argc;

	if (argc == 2 && !strcmp(s->argv[1], "list")) {
		ramfs_for_each(print_file, NULL);
		return;
	}
	if (argc < 4 || argc > 7 || strcmp(s->argv[1], "create"))
		script_usage(s);
	/* the options after SIZE and PATTERN, in either order */
	while (argc > 4) {
		if (!readonly && !strcmp(s->argv[argc - 1], "readonly"))
			readonly = 1;
		else if (!disk && !strcmp(s->argv[argc - 1], "disk"))
			disk = 1;
		else
			break;
		argc--;
	}
	if (argc > 5)
		script_error(s, "usage: file create NAME SIZE [PATTERN] "
			     "[readonly] [disk]");
	if (s->argv[2][0] != '/')
		script_error(s, "file names are paths: '/%s'", s->argv[2]);
	size = parse_size(s, s->argv[3]);
	pattern = argc == 5 ? s->argv[4] : s->argv[2];
	if (disk)
		inode = disk_create_file(s->argv[2], size, pattern, readonly);
	else
		inode = ramfs_create_file(s->argv[2], size, pattern, readonly,
					  NULL);
	if (IS_ERR(inode))
		script_error(s, "file create %s: %s", s->argv[2],
			     strerror((int)-PTR_ERR(inode)));
	print_file(inode, s->argv[2], NULL);
}

static void cmd_find_get_page(struct script *s)
{
	struct inode *inode;
	struct page *page;
	unsigned long index;

	if (s->argc != 3)
		script_usage(s);
	inode = ramfs_lookup(s->argv[1]);
	if (!inode)
		script_error(s, "no file '%s' (file list shows them)",
			     s->argv[1]);
	index = script_number(s, s->argv[2], 0xffffffffUL);
	page = find_get_page(inode->i_mapping, index);
	if (!page) {
		printf("find_get_page(%s, %lu) = NULL\n", s->argv[1], index);
		return;
	}
	printf("find_get_page(%s, %lu) = pfn %lu [%s] _count %d index %lu\n",
	       s->argv[1], index, page_to_pfn(page), page_zone(page)->name,
	       page_count(page), (unsigned long)page->index);
	page_cache_release(page);
}

/* ---- /proc/PID ----------------------------------------------------------- */

int mm24_cat_pid(struct script *s, const char *path)
{
	struct task_struct *p;
	struct seq_file m;
	char what[16], pid[16];

	if (strncmp(path, "/proc/", 6))
		return 0;
	if (sscanf(path + 6, "%15[^/]/%15s", pid, what) != 2)
		return 0;
	if (strcmp(what, "maps") && strcmp(what, "status") &&
	    strcmp(what, "smaps"))
		return 0;
	if (!strcmp(pid, "self"))
		p = current;
	else if (pid[0] >= '1' && pid[0] <= '9' &&
		 strspn(pid, "0123456789") == strlen(pid))
		p = find_task_by_pid(atoi(pid));
	else
		return 0;
	if (!p)
		script_error(s, "no such file '%s': no task with pid %s", path,
			     pid);
	seq_init(&m);
	if (!strcmp(what, "maps"))
		proc_pid_maps(&m, p);
	else if (!strcmp(what, "smaps"))
		proc_pid_smaps(&m, p);
	else
		proc_pid_status(&m, p);
	fputs(m.buf, stdout);
	seq_release(&m);
	return 1;
}

const struct command vma_commands[] = {
	{ "exec", "exec PROGRAM [text=SIZE] [data=SIZE] [bss=SIZE] [as NAME]",
	  cmd_exec, 1 },
	{ "task", "task NAME|PID", cmd_task, 1 },
	{ "exit", "exit [NAME|PID]", cmd_exit, 1 },
	{ "ps", "ps", cmd_ps, 1 },
	{ "mmap", "mmap ADDR LEN PROT FLAGS [FILE[:ro|:rw] [OFFSET]] [as NAME]",
	  cmd_mmap, 1 },
	{ "munmap", "munmap ADDR LEN", cmd_munmap, 1 },
	{ "mprotect", "mprotect ADDR LEN PROT", cmd_mprotect, 1 },
	{ "brk", "brk ADDR", cmd_brk, 1 },
	{ "mremap", "mremap ADDR OLD NEW [FLAGS [NEWADDR]]", cmd_mremap, 1 },
	{ "setrlimit", "setrlimit RESOURCE CUR [MAX]", cmd_setrlimit, 1 },
	{ "sysctl", "sysctl NAME[=VALUE]", cmd_sysctl, 1 },
	{ "file", "file create NAME SIZE [PATTERN] [readonly] [disk] | file list",
	  cmd_file, 1 },
	{ "find_get_page", "find_get_page FILE INDEX", cmd_find_get_page, 1 },
	{ NULL, NULL, NULL, 0 },
};
