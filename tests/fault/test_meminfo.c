/*
 * test_meminfo.c - /proc/meminfo's AnonPages, Mapped and PageTables and
 * /proc/PID/status's VmPTE after a scripted pattern of touches, fork and
 * exit, against 2.6.24's rules:
 *  - AnonPages (NR_ANON_PAGES) = the anonymous pages mapped by at least
 *    one PTE, x 4 kB (a page shared after fork counts once);
 *  - Mapped (NR_FILE_MAPPED) = the page-cache pages mapped by at least
 *    one PTE, x 4 kB;
 *  - PageTables (NR_PAGETABLE) = the user page tables of all mms, x 4 kB:
 *    one per 4 MiB block in which a PTE was ever needed (a fault, or a
 *    PTE that fork copied), freed with the mm;
 *  - VmPTE = the page tables of that mm (nr_ptes) x 4 kB.
 * The expected numbers come from a model of the pattern written here
 * (which pages each task touched, which 4 MiB blocks hold them), and
 * /proc/meminfo is read after the per-CPU counters are folded, as
 * 2.6.24's vmstat_update() folds them every second.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/fault.h>
#include <linux/vmstat.h>
#include <asm/machine.h>

#define RW	(PROT_READ | PROT_WRITE)
#define BLOCK	(1UL << 22)		/* what one page table maps */

/* the pattern's VMAs, each in its own 4 MiB block but F's and G's */
#define A_AT	(VT_LEGACY_BASE)		/* anon, 5 pages */
#define F_AT	(VT_LEGACY_BASE + BLOCK)	/* file, 4 pages */
#define B_AT	(VT_LEGACY_BASE + 2 * BLOCK)	/* anon, 3 pages */
#define C_AT	(VT_LEGACY_BASE + 8 * BLOCK)	/* anon, 1 page */
#define G_AT	(F_AT + 8 * PAGE_SIZE)		/* anon, 2 pages, F's block */

/* The model: per task, which pages it maps (anon: private to it or
 * shared with the other task; file: by index) and which blocks have a
 * page table. */
struct model {
	int anon;		/* anonymous pages, each counted once */
	int file_mapped[4];	/* PTEs mapping page i of the file */
	int tables[2];		/* page tables of P and Q */
};

/* /proc/meminfo after the vmstat worker has folded every CPU's deltas */
static unsigned long meminfo(const char *label)
{
	int cpu;

	for_each_online_cpu(cpu)
		refresh_cpu_vm_stats(cpu);
	return vt_meminfo_kb(label);
}

static unsigned long vmpte_kb(struct task_struct *t)
{
	struct seq_file m;
	unsigned long kb = ~0UL;
	const char *at;

	seq_init(&m);
	proc_pid_status(&m, t);
	at = strstr(m.buf, "\nVmPTE:");
	assert_non_null(at);
	assert_int_equal(sscanf(at, "\nVmPTE: %lu kB", &kb), 1);
	seq_release(&m);
	return kb;
}

static int file_pages_mapped(const struct model *mo)
{
	int i, n = 0;

	for (i = 0; i < 4; i++)
		n += mo->file_mapped[i] > 0;
	return n;
}

static void expect(const struct model *mo, struct task_struct *p,
		   struct task_struct *q)
{
	assert_int_equal(meminfo("AnonPages"), 4UL * (unsigned long)mo->anon);
	assert_int_equal(meminfo("Mapped"),
			 4UL * (unsigned long)file_pages_mapped(mo));
	assert_int_equal(meminfo("PageTables"),
			 4UL * (unsigned long)(mo->tables[0] + mo->tables[1]));
	if (p)
		assert_int_equal(vmpte_kb(p), 4UL * (unsigned long)mo->tables[0]);
	if (q)
		assert_int_equal(vmpte_kb(q), 4UL * (unsigned long)mo->tables[1]);
}

static void test_meminfo_follows_touches_fork_and_exit(void **state)
{
	struct model mo = { 0, { 0, 0, 0, 0 }, { 0, 0 } };
	struct task_struct *p, *q;
	struct inode *ino;
	struct file *filp;
	int i;

	(void)state;
	do_exit(0);		/* the setup's task: no user page anywhere */
	expect(&mo, NULL, NULL);
	p = vt_exec_default();
	expect(&mo, p, NULL);	/* exec maps no page (no strings copied) */

	ino = ramfs_lookup("/mi-file");
	if (!ino)
		ino = ramfs_create_file("/mi-file", 4 * PAGE_SIZE, "mi", 0,
					NULL);
	assert_false(IS_ERR(ino));
	filp = filp_open("/mi-file", 0);
	assert_int_equal(vt_mmap(A_AT, 5 * PAGE_SIZE, RW, VT_ANON | MAP_FIXED),
			 A_AT);
	assert_int_equal(vt_mmap_file(F_AT, 4 * PAGE_SIZE, PROT_READ,
				      MAP_PRIVATE | MAP_FIXED, filp, 0), F_AT);
	assert_int_equal(vt_mmap(B_AT, 3 * PAGE_SIZE, RW, VT_ANON | MAP_FIXED),
			 B_AT);
	assert_int_equal(vt_mmap(C_AT, PAGE_SIZE, RW, VT_ANON | MAP_FIXED),
			 C_AT);
	assert_int_equal(vt_mmap(G_AT, 2 * PAGE_SIZE, RW, VT_ANON | MAP_FIXED),
			 G_AT);

	/* P: anon pages 0, 2, 4 of A, all of B, a read of C (a page of
	 * its own: no zero page), file pages 0, 1, 3 of F */
	vt_poke(A_AT, 1);
	vt_poke(A_AT + 2 * PAGE_SIZE, 2);
	vt_peek(A_AT + 4 * PAGE_SIZE);
	mo.anon += 3;
	mo.tables[0]++;				/* A's block */
	expect(&mo, p, NULL);
	for (i = 0; i < 3; i++)
		vt_poke(B_AT + (unsigned long)i * PAGE_SIZE, 3);
	mo.anon += 3;
	mo.tables[0]++;				/* B's block */
	vt_peek(C_AT + 100);
	mo.anon += 1;
	mo.tables[0]++;				/* C's block */
	expect(&mo, p, NULL);
	vt_peek(F_AT);
	vt_peek(F_AT + PAGE_SIZE);
	vt_peek(F_AT + 3 * PAGE_SIZE);
	mo.file_mapped[0]++, mo.file_mapped[1]++, mo.file_mapped[3]++;
	mo.tables[0]++;				/* F's block */
	expect(&mo, p, NULL);
	vt_poke(G_AT + PAGE_SIZE, 4);		/* F's block: no new table */
	mo.anon += 1;
	expect(&mo, p, NULL);

	/* fork: Q gets a copy of the PTEs of the VMAs with an anon_vma (A,
	 * B, C, G; not F's private read-only file mapping, which has none):
	 * a page table for each block they cover; the anonymous pages are
	 * shared, not new */
	q = copy_process(0);
	assert_false(IS_ERR(q));
	mo.tables[1] += 4;			/* A, B, C, and G in F's block */
	expect(&mo, p, q);

	/* Q: a write to a shared page copies it; a first touch of page 1 of
	 * A is a new page; F's page 1 is mapped once more (still one page),
	 * page 2 for the first time */
	context_switch(p, q);
	vt_poke(A_AT, 9);
	mo.anon += 1;
	vt_poke(A_AT + PAGE_SIZE, 9);
	mo.anon += 1;
	expect(&mo, p, q);
	assert_int_equal(vt_peek(F_AT + PAGE_SIZE), "mi"[PAGE_SIZE % 2]);
	mo.file_mapped[1]++;
	vt_peek(F_AT + 2 * PAGE_SIZE);
	mo.file_mapped[2]++;
	expect(&mo, p, q);			/* G's table serves F too */

	/* Q exits: its own pages (the copy and the new page) go, the
	 * shared ones stay with P; F's page 2 is mapped by no one now */
	do_exit(0);
	assert_ptr_equal(current, p);
	mo.anon -= 2;
	mo.file_mapped[1]--, mo.file_mapped[2]--;
	mo.tables[1] = 0;
	expect(&mo, p, NULL);

	/* P exits: nothing is mapped any more */
	fput(filp);
	do_exit(0);
	memset(&mo, 0, sizeof(mo));
	expect(&mo, NULL, NULL);
	vt_exec_default();	/* for the teardown */
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, vt_end_task)
	const struct CMUnitTest tests[] = {
		T(test_meminfo_follows_touches_fork_and_exit),
	};

	return run_group_per_config("fault_meminfo", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
