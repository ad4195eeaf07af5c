/*
 * test_stress.c - random mmap, munmap, mprotect, fork, exit, loads and
 * stores over several tasks, with a shadow copy of every byte each task
 * mapped (fixed seeds, 100000 operations a run).
 *
 * After every step: the bytes read are the shadow's, a store to a
 * read-only region and a load of a PROT_NONE one end in SIGSEGV, the
 * current mm's VMAs are consistent (vma_check()), its rss counters equal
 * its present PTEs and every present PTE's page has a positive mapcount.
 * Every 4096 steps, and at the end when every task has exited: the
 * buddy allocator and the slab caches (buddy_check(), slab_check()); the
 * anonymous pages and page tables are back to where they started.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/buddy_check.h>
#include <linux/fault.h>
#include <linux/slab_check.h>
#include <linux/vmstat.h>
#include <asm/machine.h>

#define STEPS		100000
#define MAX_TASKS	4
#define MAX_REGIONS	6
#define MAX_PAGES	8

struct region {
	unsigned long start, len;
	int prot;			/* PROT_NONE, PROT_READ, or both */
	unsigned char *shadow;
};

struct shadow_task {
	struct task_struct *task;
	struct region r[MAX_REGIONS];
	int n;
};

static struct shadow_task tasks[MAX_TASKS];
static int ntasks;
static unsigned int seed;
static int nsegv, nforks, nexits;	/* the run did what it claims */

static unsigned int rnd(unsigned int n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

static void switch_to(struct shadow_task *t)
{
	if (current != t->task)
		context_switch(current, t->task);
}

/* 0 or the signal of a user access of the current task */
static int uaccess(unsigned long addr, void *buf, size_t len, int write)
{
	int sig = 0;

	if (i386_access((u32)addr, buf, len,
			I386_USER | (write ? I386_WRITE : 0), 0))
		sig = signal_pending_sig(current, SIGSEGV) ? SIGSEGV : -1;
	nsegv += sig == SIGSEGV;
	if (sig)	/* the segfault lines are not kept: they pile up */
		test_capture_console(1);
	current->pending = 0;	/* the test's task lives on */
	return sig;
}

/* The rss counters equal the present PTEs of the VMAs, and each present
 * PTE's page has a mapcount of at least one. */
static void check_rss(struct mm_struct *mm)
{
	struct vm_area_struct *v;
	unsigned long present = 0, addr;

	for (v = mm->mmap; v; v = v->vm_next)
		for (addr = v->vm_start; addr < v->vm_end; addr += PAGE_SIZE) {
			pgd_t *g = pgd_offset(mm, addr);
			pmd_t *d = pmd_offset(pud_offset(g, addr), addr);
			pte_t *p;

			if (!pmd_present(*d))
				continue;
			p = pte_offset_map(d, addr);
			if (!pte_present(*p))
				continue;
			present++;
			assert_true(page_mapcount(pte_page(*p)) >= 1);
		}
	assert_int_equal(get_mm_rss(mm), present);
}

static void op_mmap(struct shadow_task *t)
{
	struct region *r;
	long at;

	if (t->n == MAX_REGIONS)
		return;
	r = &t->r[t->n];
	r->len = (1 + rnd(MAX_PAGES)) * PAGE_SIZE;
	r->prot = PROT_READ | PROT_WRITE;
	at = vt_mmap(0, r->len, PROT_READ | PROT_WRITE, VT_ANON);
	assert_true(at > 0 && at < (long)TASK_SIZE);
	r->start = (unsigned long)at;
	r->shadow = calloc(1, r->len);	/* a new mapping reads zeroes */
	assert_non_null(r->shadow);
	t->n++;
}

static void drop_region(struct shadow_task *t, int i)
{
	free(t->r[i].shadow);
	t->r[i] = t->r[--t->n];
}

static void op_munmap(struct shadow_task *t)
{
	int i;

	if (!t->n)
		return;
	i = (int)rnd((unsigned int)t->n);
	assert_int_equal(sys_munmap(t->r[i].start, t->r[i].len), 0);
	drop_region(t, i);
}

static void op_mprotect(struct shadow_task *t)
{
	static const int prots[] = { PROT_NONE, PROT_READ,
				     PROT_READ | PROT_WRITE };
	struct region *r;

	if (!t->n)
		return;
	r = &t->r[rnd((unsigned int)t->n)];
	r->prot = prots[rnd(3)];
	assert_int_equal(sys_mprotect(r->start, r->len, (unsigned long)r->prot), 0);
}

static void op_store(struct shadow_task *t)
{
	unsigned char buf[64];
	unsigned long off, len, i;
	struct region *r;
	int sig;

	if (!t->n)
		return;
	r = &t->r[rnd((unsigned int)t->n)];
	len = 1 + rnd(sizeof(buf));
	off = rnd((unsigned int)(r->len - len + 1));
	for (i = 0; i < len; i++)
		buf[i] = (unsigned char)rnd(256);
	sig = uaccess(r->start + off, buf, len, 1);
	if (r->prot & PROT_WRITE) {
		assert_int_equal(sig, 0);
		memcpy(r->shadow + off, buf, len);
	} else {
		assert_int_equal(sig, SIGSEGV);
	}
}

static void op_load(struct shadow_task *t)
{
	unsigned char buf[64];
	unsigned long off, len;
	struct region *r;
	int sig;

	if (!t->n)
		return;
	r = &t->r[rnd((unsigned int)t->n)];
	len = 1 + rnd(sizeof(buf));
	off = rnd((unsigned int)(r->len - len + 1));
	sig = uaccess(r->start + off, buf, len, 0);
	if (r->prot & PROT_READ) {
		assert_int_equal(sig, 0);
		assert_memory_equal(buf, r->shadow + off, len);
	} else {
		assert_int_equal(sig, SIGSEGV);
	}
}

static void op_fork(struct shadow_task *t)
{
	struct shadow_task *c;
	int i;

	if (ntasks == MAX_TASKS)
		return;
	c = &tasks[ntasks];
	c->task = copy_process(0);
	assert_false(IS_ERR(c->task));
	c->n = t->n;
	for (i = 0; i < t->n; i++) {
		c->r[i] = t->r[i];
		c->r[i].shadow = malloc(t->r[i].len);
		assert_non_null(c->r[i].shadow);
		memcpy(c->r[i].shadow, t->r[i].shadow, t->r[i].len);
	}
	ntasks++;
	nforks++;
}

static void exit_task(int k)
{
	struct shadow_task *t = &tasks[k];

	switch_to(t);
	while (t->n)
		drop_region(t, t->n - 1);
	do_exit(0);
	tasks[k] = tasks[--ntasks];
	nexits++;
}

static void run(unsigned int first_seed)
{
	unsigned long anon0, tables0;
	int step, k;

	seed = first_seed;
	nsegv = nforks = nexits = 0;
	anon0 = vt_exact(NR_ANON_PAGES);
	tables0 = vt_exact(NR_PAGETABLE);
	tasks[0].task = vt_exec_default();
	tasks[0].n = 0;
	ntasks = 1;

	for (step = 0; step < STEPS; step++) {
		struct shadow_task *t;
		unsigned int what = rnd(100);

		k = (int)rnd((unsigned int)ntasks);
		t = &tasks[k];
		switch_to(t);
		if (what < 8)
			op_mmap(t);
		else if (what < 12)
			op_munmap(t);
		else if (what < 18)
			op_mprotect(t);
		else if (what < 55)
			op_store(t);
		else if (what < 97)
			op_load(t);
		else if (what < 99)
			op_fork(t);
		else if (ntasks > 1)
			exit_task(k);
		if (ntasks && current->mm) {
			assert_int_equal(vma_check(current->mm), 0);
			check_rss(current->mm);
		}
		if (step % 4096 == 0) {
			assert_int_equal(buddy_check(), 0);
			assert_int_equal(slab_check(), 0);
		}
	}
	assert_true(nsegv > 100 && nforks > 100 && nexits > 100);
	while (ntasks)
		exit_task(ntasks - 1);
	assert_int_equal(vt_exact(NR_ANON_PAGES), anon0);
	assert_int_equal(vt_exact(NR_PAGETABLE), tables0);
	assert_int_equal(buddy_check(), 0);
	assert_int_equal(slab_check(), 0);
}

static void test_random_operations_keep_data_and_invariants(void **state)
{
	(void)state;
	run(24);
	run(2007);
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_operations_keep_data_and_invariants),
	};

	return run_group_per_config("fault_stress", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
