/*
 * test_layout.c - what exec builds and where mmap puts things: the i386
 * user layout of 2.6.24 (reference/constants.md), /proc/PID/maps byte
 * for byte, the two mmap layouts and their free-area caches, the
 * randomized layout, and the task side (page directories, CR3, the mm
 * references, the slab caches).
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/gfp.h>
#include <linux/slab.h>
#include <mm/slab.h>
#include <asm/processor.h>
#include <asm/tlbflush.h>

static char got[8192], want[8192];

/* One line of /proc/PID/maps as fs/proc/task_mmu.c prints it on i386:
 * the name, if any, starts at column 25 + 4 * 6 = 49. */
static void add_line(char *to, unsigned long start, unsigned long end,
		     const char *perms, unsigned long off, unsigned int major,
		     unsigned int minor, unsigned long ino, const char *name)
{
	char head[128];
	int len = snprintf(head, sizeof(head), "%08lx-%08lx %s %08lx %02x:%02x %lu ",
			   start, end, perms, off, major, minor, ino);

	strcat(to, head);
	if (name) {
		int pad = 49 - len;

		while (pad-- > 0)
			strcat(to, " ");
		strcat(to, name);
	}
	strcat(to, "\n");
}

/* The layout 2.6.24's load_elf_binary() gives a program of @text,
 * @data and @bss bytes (text at 0x08048000, data on the next page of
 * both file and memory): text, data, the bss pages set_brk() maps
 * (anonymous, the [heap] as brk is right after), and the stack of exec:
 * one page plus EXTRA_STACK_VM_PAGES (20) below STACK_TOP. */
static void expect_exec_layout(char *to, const char *path, unsigned long text,
			       unsigned long data, unsigned long bss)
{
	unsigned long ino = ramfs_lookup(path)->i_ino;
	unsigned long data_start = VT_BASE + PAGE_ALIGN(text);
	unsigned long file_end = PAGE_ALIGN(data_start + data);
	unsigned long brk = PAGE_ALIGN(data_start + data + bss);

	to[0] = '\0';
	add_line(to, VT_BASE, data_start, "r-xp", 0, 0, 1, ino, path);
	if (data)
		add_line(to, data_start, file_end, "rw-p", PAGE_ALIGN(text), 0, 1,
			 ino, path);
	if (brk > file_end)
		add_line(to, file_end, brk, "rw-p", file_end, 0, 0, 0, "[heap]");
	add_line(to, VT_STACK_TOP - 21 * PAGE_SIZE, VT_STACK_TOP, "rw-p",
		 VT_STACK_TOP - 21 * PAGE_SIZE, 0, 0, 0, "[stack]");
}

static void test_exec_builds_the_i386_layout(void **state)
{
	static const struct { const char *path; unsigned long t, d, b; } progs[] = {
		{ "/bin/cat", 16384, 4096, 4096 },
		{ "/bin/odd", 5000, 3000, 10000 },	/* bss spans pages */
		{ "/bin/nobss", 8192, 8192, 0 },	/* brk at the data end */
		{ "/bin/smallbss", 4096, 100, 200 },	/* bss in data's page */
	};
	size_t i;

	(void)state;
	for (i = 0; i < ARRAY_SIZE(progs); i++) {
		struct task_struct *t;
		unsigned long end;

		vt_program(progs[i].path, progs[i].t, progs[i].d, progs[i].b);
		t = vt_exec(progs[i].path);
		expect_exec_layout(want, progs[i].path, progs[i].t, progs[i].d,
				   progs[i].b);
		assert_string_equal(vt_maps(got, sizeof(got)), want);
		end = VT_BASE + PAGE_ALIGN(progs[i].t) + progs[i].d + progs[i].b;
		assert_int_equal(t->mm->start_brk, PAGE_ALIGN(end));
		assert_int_equal(t->mm->brk, PAGE_ALIGN(end));
		assert_int_equal(t->mm->start_code, VT_BASE);
		assert_int_equal(t->mm->end_code, VT_BASE + progs[i].t);
		assert_int_equal(t->mm->mmap_base, VT_MMAP_BASE);
		assert_string_equal(t->comm, strrchr(progs[i].path, '/') + 1);
		assert_int_equal(vma_check(t->mm), 0);
		do_exit(0);
		assert_ptr_equal(current, &init_task);
	}
}

/* Every VmXXX line from the VMAs of the default program, counted the
 * way task_mem() defines them. */
static void test_status_counts_the_vmas(void **state)
{
	struct task_struct *t = vt_exec_default();
	struct seq_file m;
	unsigned long size_kb = 16 + 4 + 4 + 21 * 4;	/* text data bss stack */

	(void)state;
	seq_init(&m);
	proc_pid_status(&m, t);
	snprintf(want, sizeof(want), "VmPeak:\t%8lu kB\nVmSize:\t%8lu kB\n"
		 "VmLck:\t       0 kB\nVmHWM:\t       0 kB\nVmRSS:\t       0 kB\n"
		 /* data: total - shared - stack, where file mappings
		  * (text and data) count as shared_vm (vm_stat_account()) */
		 "VmData:\t%8lu kB\nVmStk:\t%8lu kB\nVmExe:\t      16 kB\n"
		 "VmLib:\t       0 kB\nVmPTE:\t       0 kB\n", size_kb, size_kb,
		 size_kb - 20 - 21 * 4, 21 * 4UL);
	assert_non_null(strstr(m.buf, want));
	assert_non_null(strstr(m.buf, "Name:\tt\nState:\tR (running)\n"));
	seq_release(&m);
	do_exit(0);
}

/* Top-down: each mapping right below the one before, from mmap_base;
 * a hole left by munmap is found again from free_area_cache. */
static void test_top_down_placement_and_free_area_cache(void **state)
{
	unsigned long a, b, c, d;

	(void)state;
	vt_exec_default();
	a = (unsigned long)vt_mmap(0, 4 * PAGE_SIZE, VT_RW, VT_ANON);
	b = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	c = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_EXEC, VT_ANON);
	assert_int_equal(a, VT_MMAP_BASE - 4 * PAGE_SIZE);
	assert_int_equal(b, a - PAGE_SIZE);
	assert_int_equal(c, b - PAGE_SIZE);
	assert_int_equal(current->mm->free_area_cache, c);

	/* unmapping b moves free_area_cache up to the start of the
	 * mapping above the hole (detach_vmas_to_be_unmapped() passes it to
	 * arch_unmap_area_topdown()); the next page goes just below it */
	assert_int_equal(sys_munmap(b, PAGE_SIZE), 0);
	assert_int_equal(current->mm->free_area_cache, a);
	d = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	assert_int_equal(d, b);

	/* a hint that is free is taken; one that is not is ignored */
	assert_int_equal(vt_mmap(0x10000000, PAGE_SIZE, PROT_READ, VT_ANON),
			 0x10000000);
	assert_int_equal(vt_mmap(a + 100, PAGE_SIZE, PROT_EXEC, VT_ANON),
			 c - PAGE_SIZE);
	assert_int_equal(vma_check(current->mm), 0);
	do_exit(0);
}

/* A hole too small for a request is remembered in cached_hole_size;
 * a request that fits in it restarts the search from mmap_base. */
static void test_top_down_cached_hole(void **state)
{
	unsigned long a, b, c, d;

	(void)state;
	vt_exec_default();
	a = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	b = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_EXEC, VT_ANON);
	c = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	assert_int_equal(c, VT_MMAP_BASE - 3 * PAGE_SIZE);
	/* a one-page hole at b: free_area_cache goes up to a, above it */
	assert_int_equal(sys_munmap(b, PAGE_SIZE), 0);
	assert_int_equal(current->mm->free_area_cache, a);
	/* two pages do not fit in it: the walk from mmap_base records the
	 * hole (one page) and goes below c */
	d = (unsigned long)vt_mmap(0, 2 * PAGE_SIZE, PROT_EXEC, VT_ANON);
	assert_int_equal(d, c - 2 * PAGE_SIZE);
	assert_int_equal(current->mm->cached_hole_size, PAGE_SIZE);
	assert_int_equal(current->mm->free_area_cache, d);
	/* one page is <= cached_hole_size: from mmap_base again, into b's */
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_WRITE, VT_ANON), b);
	assert_int_equal(current->mm->cached_hole_size, 0);
	do_exit(0);
}

/* The legacy layout (vm.legacy_va_layout, or an unlimited stack):
 * bottom-up from TASK_UNMAPPED_BASE. */
static void test_legacy_layout_is_bottom_up(void **state)
{
	struct rlimit unlimited = { RLIM_INFINITY, RLIM_INFINITY };
	struct task_struct *parent;
	unsigned long a, b, c, d;

	(void)state;
	sysctl_legacy_va_layout = 1;
	vt_exec_default();
	sysctl_legacy_va_layout = 0;
	assert_int_equal(current->mm->mmap_base, VT_LEGACY_BASE);
	a = (unsigned long)vt_mmap(0, 3 * PAGE_SIZE, PROT_READ, VT_ANON);
	b = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_EXEC, VT_ANON);
	c = (unsigned long)vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	assert_int_equal(a, VT_LEGACY_BASE);
	assert_int_equal(b, VT_LEGACY_BASE + 3 * PAGE_SIZE);
	assert_int_equal(c, b + PAGE_SIZE);
	assert_int_equal(current->mm->free_area_cache, c + PAGE_SIZE);
	/* unmapping b: free_area_cache comes down to the end of the mapping
	 * below the hole (a's), and cached_hole_size ~0 makes the next
	 * search start from TASK_UNMAPPED_BASE */
	assert_int_equal(sys_munmap(b, PAGE_SIZE), 0);
	assert_int_equal(current->mm->free_area_cache, b);
	assert_int_equal(current->mm->cached_hole_size, ~0UL);
	/* two pages: the walk from the base records b's one-page hole and
	 * ends after c */
	d = (unsigned long)vt_mmap(0, 2 * PAGE_SIZE, PROT_WRITE, VT_ANON);
	assert_int_equal(d, c + PAGE_SIZE);
	assert_int_equal(current->mm->cached_hole_size, PAGE_SIZE);
	assert_int_equal(current->mm->free_area_cache, d + 2 * PAGE_SIZE);
	/* one page is not more than that hole: from the base again, into it */
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_WRITE, VT_ANON), b);
	assert_int_equal(current->mm->cached_hole_size, 0);
	/* a hole whose lower neighbour ends below TASK_UNMAPPED_BASE (the
	 * bss page, after the data) leaves the cache alone ... */
	assert_int_equal(current->mm->free_area_cache, b + PAGE_SIZE);
	assert_int_equal(sys_munmap(VT_BASE + 5 * PAGE_SIZE, PAGE_SIZE), 0);
	assert_int_equal(current->mm->free_area_cache, b + PAGE_SIZE);
	/* ... one with no lower neighbour passes mmap_base, which is below
	 * the cache: the next search starts from the base */
	assert_int_equal(sys_munmap(VT_BASE, PAGE_SIZE), 0);
	assert_int_equal(current->mm->free_area_cache, VT_LEGACY_BASE);
	assert_int_equal(current->mm->cached_hole_size, ~0UL);
	do_exit(0);

	/* an unlimited RLIMIT_STACK, inherited from the parent */
	parent = vt_exec_default();
	assert_int_equal(sys_setrlimit(RLIMIT_STACK, &unlimited), 0);
	vt_exec("/bin/t");
	assert_int_equal(current->mm->mmap_base, VT_LEGACY_BASE);
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON), VT_LEGACY_BASE);
	do_exit(0);
	assert_ptr_equal(current, parent);
	do_exit(0);
}

/* mmap_base leaves the stack rlimit below TASK_SIZE, between 128 MiB
 * and 5/6 of TASK_SIZE. */
static void test_mmap_base_follows_the_stack_limit(void **state)
{
	static const struct { unsigned long limit, base; } cases[] = {
		{ 8UL << 20, 0xc0000000UL - (128UL << 20) },
		{ 256UL << 20, 0xc0000000UL - (256UL << 20) },
		{ 0xf0000000UL, 0xc0000000UL - 0xc0000000UL / 6 * 5 },
	};
	size_t i;

	(void)state;
	vt_exec_default();
	for (i = 0; i < ARRAY_SIZE(cases); i++) {
		struct rlimit r = { cases[i].limit, RLIM_INFINITY };

		assert_int_equal(sys_setrlimit(RLIMIT_STACK, &r), 0);
		vt_exec("/bin/t");
		assert_int_equal(current->mm->mmap_base, PAGE_ALIGN(cases[i].base));
		do_exit(0);
	}
	do_exit(0);
}

/* randomize_va_space: the stack top moves down by up to 0x7ff pages,
 * mmap_base by up to 1 MiB; both stay page aligned. */
static void test_randomized_layout_stays_in_its_ranges(void **state)
{
	unsigned long tops[6], bases[6];
	int i, moved = 0;

	(void)state;
	randomize_va_space = 1;
	for (i = 0; i < 6; i++) {
		struct task_struct *t = vt_exec_default();
		struct vm_area_struct *stack = find_vma(t->mm, t->mm->start_stack);

		assert_true(t->flags & PF_RANDOMIZE);
		tops[i] = stack->vm_end;
		bases[i] = t->mm->mmap_base;
		assert_true(tops[i] <= VT_STACK_TOP);
		assert_true(tops[i] >= VT_STACK_TOP - 0x7ffUL * PAGE_SIZE);
		assert_int_equal(tops[i] & ~PAGE_MASK, 0);
		assert_true(bases[i] <= VT_MMAP_BASE);
		assert_true(bases[i] >= VT_MMAP_BASE - (1UL << 20));
		assert_int_equal(bases[i] & ~PAGE_MASK, 0);
		/* the exec stack is 21 pages wherever it is */
		assert_int_equal(stack->vm_end - stack->vm_start, 21 * PAGE_SIZE);
		assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON),
				 bases[i] - PAGE_SIZE);
		do_exit(0);
		if (i && (tops[i] != tops[0] || bases[i] != bases[0]))
			moved = 1;
	}
	randomize_va_space = 0;
	assert_true(moved);
}

/* A task's page directory: the user half empty, the kernel half a copy
 * of swapper_pg_dir's; switch_mm() loads it into CR3; the last mmdrop()
 * gives it back to the quicklist. */
static void test_page_directory_and_cr3(void **state)
{
	struct task_struct *t;
	struct mm_struct *mm;
	pgd_t *pgd;
	int i, q, cpu = smp_processor_id();

	(void)state;
	t = vt_exec_default();
	pgd = t->mm->pgd;
	for (i = 0; i < USER_PTRS_PER_PGD; i++)
		assert_int_equal(pgd_val(pgd[i]), 0);
	for (; i < PTRS_PER_PGD; i++)
		assert_int_equal(pgd_val(pgd[i]), pgd_val(swapper_pg_dir[i]));
	assert_int_equal(read_cr3(), __pa(pgd));
	assert_true(cpu_isset(cpu, t->mm->cpu_vm_mask));
	assert_ptr_equal(per_cpu(cpu_tlbstate, cpu).active_mm, t->mm);
	assert_int_equal(per_cpu(cpu_tlbstate, cpu).state, TLBSTATE_OK);
	assert_int_equal(atomic_read(&t->mm->mm_users), 1);
	assert_int_equal(atomic_read(&t->mm->mm_count), 1);

	/* back to the kernel thread: it borrows the mm (lazy TLB), CR3
	 * stays, and the mm is still counted */
	context_switch(t, &init_task);
	assert_ptr_equal(init_task.active_mm, t->mm);
	assert_int_equal(read_cr3(), __pa(pgd));
	assert_int_equal(per_cpu(cpu_tlbstate, cpu).state, TLBSTATE_LAZY);
	assert_int_equal(atomic_read(&t->mm->mm_count), 2);
	context_switch(&init_task, t);
	assert_int_equal(atomic_read(&t->mm->mm_count), 1);
	assert_int_equal(per_cpu(cpu_tlbstate, cpu).state, TLBSTATE_OK);

	/* exit: the kernel thread that runs next borrows the dead mm (lazy
	 * TLB, mm_count 1): its page directory stays in CR3 until another
	 * mm is loaded */
	mm = t->mm;
	do_exit(0);
	assert_ptr_equal(current, &init_task);
	assert_ptr_equal(init_task.active_mm, mm);
	assert_int_equal(atomic_read(&mm->mm_users), 0);
	assert_int_equal(atomic_read(&mm->mm_count), 1);
	assert_int_equal(read_cr3(), __pa(pgd));
	/* the next exec allocates its own first (bprm_mm_init()), then
	 * exec_mmap() drops the borrowed one: to this CPU's quicklist */
	q = quicklist_pages(cpu);
	t = vt_exec_default();
	assert_ptr_not_equal(t->mm->pgd, pgd);
	assert_int_equal(quicklist_pages(cpu), q - (q > 0) + 1);
	do_exit(0);
	/* the quicklist is a stack: the one after takes pgd back */
	t = vt_exec_default();
	assert_ptr_equal(t->mm->pgd, pgd);
	do_exit(0);
}

/* vfork() shares the parent's mm until exec; the child's exec gives it
 * its own and the parent keeps its own. */
static void test_vfork_shares_then_exec_replaces(void **state)
{
	struct task_struct *parent = vt_exec_default(), *child;
	struct mm_struct *old = parent->mm;

	(void)state;
	child = copy_process(CLONE_VM | CLONE_VFORK);
	assert_false(IS_ERR(child));
	assert_ptr_equal(child->mm, old);
	assert_int_equal(atomic_read(&old->mm_users), 2);
	assert_int_equal(child->pid, parent->pid + 1);
	context_switch(parent, child);
	assert_int_equal(do_execve("/bin/t", (const char *const[]){ "t", NULL },
				   (const char *const[]){ NULL }), 0);
	assert_ptr_not_equal(child->mm, old);
	assert_int_equal(atomic_read(&old->mm_users), 1);
	assert_ptr_equal(parent->mm, old);
	assert_int_equal(vma_check_all(), 0);
	do_exit(0);
	assert_ptr_equal(current, parent);
	do_exit(0);
}

/* The caches of proc_caches_init() and fork_init(): every VMA, mm,
 * task and signal_struct is an object of its cache. */
static void test_structures_come_from_their_caches(void **state)
{
	static const char *const names[] = { "vm_area_struct", "mm_struct",
					     "task_struct", "signal_cache" };
	struct kmem_cache *caches[4] = { NULL }, *c;
	struct vm_area_struct *v;
	struct task_struct *t;
	size_t i;

	(void)state;
	list_for_each_entry(c, &cache_chain, next)
		for (i = 0; i < ARRAY_SIZE(names); i++)
			if (!strcmp(c->name, names[i]))
				caches[i] = c;
	for (i = 0; i < ARRAY_SIZE(names); i++)
		assert_non_null(caches[i]);
	t = vt_exec_default();
	vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON);
	for (v = t->mm->mmap; v; v = v->vm_next)
		assert_ptr_equal(virt_to_cache(v), caches[0]);
	assert_ptr_equal(virt_to_cache(t->mm), caches[1]);
	assert_ptr_equal(virt_to_cache(t), caches[2]);
	assert_ptr_equal(virt_to_cache(t->signal), caches[3]);
	do_exit(0);
}

/* A failed exec (no such file, a file open for writing, a bad header)
 * leaves the parent as it was. */
static void test_failed_exec(void **state)
{
	struct file *w;
	struct elf_image bad;
	struct inode *ino;

	(void)state;
	assert_int_equal(vt_exec_rc("/bin/none", NULL), -ENOENT);
	vt_program("/bin/busy", 4096, 0, 0);
	w = filp_open("/bin/busy", 1);
	assert_false(IS_ERR(w));
	assert_int_equal(vt_exec_rc("/bin/busy", NULL), -ETXTBSY);
	fput(w);
	memset(&bad, 0, sizeof(bad));
	bad.elf_ex.e_type = 3;			/* ET_DYN: not taken */
	bad.elf_ex.e_machine = 3;
	bad.elf_ex.e_phnum = 1;
	ino = ramfs_create_file("/bin/dyn", 4096, "x", 0, &bad);
	assert_false(IS_ERR(ino));
	assert_int_equal(vt_exec_rc("/bin/dyn", NULL), -ENOEXEC);
	/* a data file is no program either */
	ino = ramfs_create_file("/data", 4096, "x", 0, NULL);
	assert_false(IS_ERR(ino));
	assert_int_equal(vt_exec_rc("/data", NULL), -ENOEXEC);
	assert_ptr_equal(current, &init_task);
	assert_int_equal(vma_check_all(), 0);
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exec_builds_the_i386_layout),
		cmocka_unit_test(test_status_counts_the_vmas),
		cmocka_unit_test(test_top_down_placement_and_free_area_cache),
		cmocka_unit_test(test_top_down_cached_hole),
		cmocka_unit_test(test_legacy_layout_is_bottom_up),
		cmocka_unit_test(test_mmap_base_follows_the_stack_limit),
		cmocka_unit_test(test_randomized_layout_stays_in_its_ranges),
		cmocka_unit_test(test_page_directory_and_cr3),
		cmocka_unit_test(test_vfork_shares_then_exec_replaces),
		cmocka_unit_test(test_structures_come_from_their_caches),
		cmocka_unit_test(test_failed_exec),
	};

	return run_group_per_config("vma_layout", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
