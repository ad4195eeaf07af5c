/*
 * test_stress.c - random mmap, munmap, mprotect, mremap and brk in four
 * programs at once (fixed seeds, 120,000 system calls), switching between
 * them and, on two CPUs, moving them from one CPU to the other, with
 * vma_check_all() after every step.
 *
 * Each program has a model of its address space written from the
 * system calls' rules: every page is unmapped or has a protection and
 * an "accounted" bit (VM_ACCOUNT: writable private memory, or memory
 * that was writable once).  After every call the result must be the one
 * the rules give, and the VMAs, read page run by page run, must say
 * what the model says; the committed pages of all programs must be what
 * the models charge.  Where a result depends on VMA boundaries, which
 * the model does not keep (mremap of a whole VMA), the boundaries are
 * read from the kernel, and the rule is applied to them.
 */
#include <stdlib.h>
#include "vma_test.h"

#define TASKS		4
#define WIN		0x20000000UL	/* fixed mappings go here */
#define WIN_PAGES	1024
#define MAX_RUNS	4096

/* A run of pages with the same attributes. */
struct run {
	unsigned long start, end;
	unsigned int prot;	/* PROT_READ | PROT_WRITE | PROT_EXEC */
	int acct;
};

struct model {
	struct run r[MAX_RUNS];		/* sorted, disjoint, maybe adjacent */
	int n;
	unsigned long brk, start_brk, end_code;
};

static struct model models[TASKS];
static struct task_struct *tasks[TASKS];
static long committed_base;
static unsigned long long rng;

static unsigned int rnd(unsigned int n)
{
	rng = rng * 6364136223846793005ULL + 1442695040888963407ULL;
	return (unsigned int)(rng >> 33) % n;
}

/* ---- the model ------------------------------------------------------------ */

/* Cut runs at @a (so that no run spans it). */
static void cut(struct model *m, unsigned long a)
{
	int i;

	for (i = 0; i < m->n; i++)
		if (m->r[i].start < a && a < m->r[i].end) {
			assert_true(m->n < MAX_RUNS);
			memmove(&m->r[i + 1], &m->r[i], (size_t)(m->n - i) * sizeof(m->r[0]));
			m->n++;
			m->r[i].end = a;
			m->r[i + 1].start = a;
			return;
		}
}

static void model_unmap(struct model *m, unsigned long a, unsigned long b)
{
	int i, j;

	cut(m, a);
	cut(m, b);
	for (i = j = 0; i < m->n; i++)
		if (m->r[i].end <= a || m->r[i].start >= b)
			m->r[j++] = m->r[i];
	m->n = j;
}

static void model_map(struct model *m, unsigned long a, unsigned long b,
		      unsigned int prot, int acct)
{
	int i;

	model_unmap(m, a, b);
	for (i = 0; i < m->n && m->r[i].start < a; i++)
		;
	assert_true(m->n < MAX_RUNS);
	memmove(&m->r[i + 1], &m->r[i], (size_t)(m->n - i) * sizeof(m->r[0]));
	m->r[i] = (struct run){ a, b, prot, acct };
	m->n++;
}

/* Is [a, b) all mapped?  Is any of it? */
static unsigned long mapped_from(const struct model *m, unsigned long a,
				 unsigned long b)
{
	int i;

	for (i = 0; i < m->n; i++) {
		if (m->r[i].end <= a)
			continue;
		if (m->r[i].start > a)
			break;
		a = m->r[i].end;
		if (a >= b)
			break;
	}
	return a;		/* the first unmapped address, or >= b */
}

static int any_mapped(const struct model *m, unsigned long a, unsigned long b)
{
	int i;

	for (i = 0; i < m->n; i++)
		if (m->r[i].start < b && a < m->r[i].end)
			return 1;
	return 0;
}

static long model_accounted(const struct model *m)
{
	long pages = 0;
	int i;

	for (i = 0; i < m->n; i++)
		if (m->r[i].acct)
			pages += (long)((m->r[i].end - m->r[i].start) >> PAGE_SHIFT);
	return pages;
}

/* The program of vt_exec_default(): text r-x, data and bss rw- (both
 * charged), the stack of exec (21 pages, charged). */
static void model_exec(struct model *m)
{
	unsigned long data = VT_BASE + 4 * PAGE_SIZE;

	m->n = 0;
	model_map(m, VT_BASE, data, PROT_READ | PROT_EXEC, 0);
	model_map(m, data, data + 2 * PAGE_SIZE, VT_RW, 1);
	model_map(m, VT_STACK_TOP - 21 * PAGE_SIZE, VT_STACK_TOP, VT_RW, 1);
	m->end_code = VT_BASE + 16384;
	m->start_brk = m->brk = data + 2 * PAGE_SIZE;
}

/* The VMAs of @mm must cover exactly the model's pages with the model's
 * attributes (adjacent runs and VMAs with equal attributes joined). */
static void agree(const struct model *m, struct mm_struct *mm)
{
	static struct run k[MAX_RUNS], w[MAX_RUNS];
	struct vm_area_struct *v;
	int nk = 0, nw = 0, i;

	for (v = mm->mmap; v; v = v->vm_next) {
		struct run r = { v->vm_start, v->vm_end,
				 (unsigned int)(v->vm_flags & (VM_READ | VM_WRITE | VM_EXEC)),
				 !!(v->vm_flags & VM_ACCOUNT) };

		if (nk && k[nk - 1].end == r.start && k[nk - 1].prot == r.prot &&
		    k[nk - 1].acct == r.acct)
			k[nk - 1].end = r.end;
		else
			k[nk++] = r;
	}
	for (i = 0; i < m->n; i++) {
		if (nw && w[nw - 1].end == m->r[i].start &&
		    w[nw - 1].prot == m->r[i].prot && w[nw - 1].acct == m->r[i].acct)
			w[nw - 1].end = m->r[i].end;
		else
			w[nw++] = m->r[i];
	}
	for (i = 0; i < nk && i < nw; i++) {
		if (memcmp(&k[i], &w[i], sizeof(k[i])))
			fail_msg("run %d: kernel %08lx-%08lx prot %u acct %d, model "
				 "%08lx-%08lx prot %u acct %d", i, k[i].start, k[i].end,
				 k[i].prot, k[i].acct, w[i].start, w[i].end, w[i].prot,
				 w[i].acct);
	}
	assert_int_equal(nk, nw);
	assert_int_equal(mm->brk, m->brk);
}

/* ---- the system calls and their expected results -------------------------- */

static unsigned int random_prot(void)
{
	static const unsigned int prots[] = { PROT_NONE, PROT_READ, VT_RW,
					      PROT_READ | PROT_EXEC, PROT_WRITE };

	return prots[rnd(ARRAY_SIZE(prots))];
}

static unsigned long win_page(void)
{
	return WIN + (unsigned long)rnd(WIN_PAGES) * PAGE_SIZE;
}

static void try_mmap(struct model *m)
{
	unsigned long pages = 1 + rnd(16), len = pages * PAGE_SIZE;
	unsigned int prot = random_prot();
	int acct = (prot & PROT_WRITE) != 0;
	long got;

	if (rnd(2)) {
		unsigned long a = win_page();

		if (a + len > WIN + WIN_PAGES * PAGE_SIZE)
			return;
		got = vt_mmap(a, len, prot, VT_ANON | MAP_FIXED);
		assert_int_equal(got, a);
	} else {
		/* at most 48 of these at a time: beyond, unmap one */
		int i, far = 0, pick;

		for (i = 0; i < m->n; i++)
			far += m->r[i].start >= m->brk + PAGE_SIZE * 64 &&
			       (m->r[i].start < WIN ||
				m->r[i].start >= WIN + WIN_PAGES * PAGE_SIZE) &&
			       m->r[i].end <= current->mm->mmap_base;
		if (far >= 48) {
			pick = (int)rnd((unsigned int)far);
			for (i = 0; i < m->n; i++)
				if (m->r[i].start >= m->brk + PAGE_SIZE * 64 &&
				    (m->r[i].start < WIN ||
				     m->r[i].start >= WIN + WIN_PAGES * PAGE_SIZE) &&
				    m->r[i].end <= current->mm->mmap_base && !pick--)
					break;
			len = m->r[i].end - m->r[i].start;
			got = (long)m->r[i].start;
			assert_int_equal(sys_munmap((unsigned long)got, len), 0);
			model_unmap(m, (unsigned long)got, (unsigned long)got + len);
			return;
		}
		got = vt_mmap(0, len, prot, VT_ANON);
		/* somewhere free, below mmap_base */
		assert_true(got > 0);
		assert_int_equal(got & ~PAGE_MASK, 0);
		assert_false(any_mapped(m, (unsigned long)got, (unsigned long)got + len));
		assert_true((unsigned long)got + len <= current->mm->mmap_base);
	}
	model_map(m, (unsigned long)got, (unsigned long)got + len, prot, acct);
}

static void try_munmap(struct model *m)
{
	unsigned long a, len;

	if (rnd(2) && m->n) {
		/* a run of the model, maybe outside the window */
		const struct run *r = &m->r[rnd((unsigned int)m->n)];

		if (r->end > VT_STACK_TOP - 21 * PAGE_SIZE || r->start < m->start_brk)
			return;		/* keep the program and its stack */
		a = r->start;
		len = r->end - r->start;
	} else {
		a = win_page();
		len = (1 + rnd(24)) * PAGE_SIZE;
	}
	assert_int_equal(sys_munmap(a, len), 0);
	model_unmap(m, a, a + len);
}

/* mprotect: ENOMEM when the start is unmapped; otherwise the mapped
 * prefix is changed, and ENOMEM if a hole ends it early.  A page that
 * becomes writable is charged (VM_ACCOUNT) if it was not. */
static void try_mprotect(struct model *m)
{
	unsigned long a = win_page(), b = a + (1 + rnd(24)) * PAGE_SIZE;
	unsigned int prot = random_prot();
	unsigned long upto = mapped_from(m, a, b);
	long want = upto >= b ? 0 : -ENOMEM;
	int i;

	if (upto > b)
		upto = b;
	assert_int_equal(sys_mprotect(a, b - a, prot), want);
	if (upto <= a)
		return;
	cut(m, a);
	cut(m, upto);
	for (i = 0; i < m->n; i++)
		if (m->r[i].start >= a && m->r[i].end <= upto) {
			m->r[i].prot = prot;
			if (prot & PROT_WRITE)
				m->r[i].acct = 1;
		}
}

/* mremap of a whole VMA (its boundaries read from the kernel). */
static void try_mremap(struct model *m)
{
	struct vm_area_struct *v = find_vma(current->mm, win_page());
	unsigned long a, old, new, room;
	unsigned int prot;
	int acct, maymove = (int)rnd(2);
	long got;

	if (!v || v->vm_start < WIN || v->vm_end > WIN + WIN_PAGES * PAGE_SIZE)
		return;
	a = v->vm_start;
	old = v->vm_end - a;
	new = (1 + rnd(20)) * PAGE_SIZE;
	room = (v->vm_next ? v->vm_next->vm_start : TASK_SIZE) - a;
	prot = (unsigned int)(v->vm_flags & (VM_READ | VM_WRITE | VM_EXEC));
	acct = !!(v->vm_flags & VM_ACCOUNT);
	got = (long)sys_mremap(a, old, new, maymove ? MREMAP_MAYMOVE : 0, 0);
	if (new <= old || room >= new) {
		/* shrink, or grow in place */
		assert_int_equal(got, a);
		model_unmap(m, a + new, a + old);
		model_map(m, a, a + new, prot, acct);
	} else if (!maymove) {
		assert_int_equal(got, -ENOMEM);
	} else {
		assert_true(got > 0);
		assert_int_equal(got & ~PAGE_MASK, 0);
		model_unmap(m, a, a + old);
		assert_false(any_mapped(m, (unsigned long)got, (unsigned long)got + new));
		model_map(m, (unsigned long)got, (unsigned long)got + new, prot, acct);
	}
}

/* brk: below end_code, or a new break without a free page above it,
 * leave it; shrinking unmaps; growing maps rw- charged pages. */
static void try_brk(struct model *m)
{
	unsigned long b = m->start_brk + rnd(64) * PAGE_SIZE / 3;
	unsigned long newbrk = PAGE_ALIGN(b), oldbrk = PAGE_ALIGN(m->brk);

	if (rnd(10) == 0)
		b = m->end_code - 1;
	if (b < m->end_code) {
		/* refused */
	} else if (newbrk == oldbrk) {
		m->brk = b;
	} else if (b <= m->brk) {
		model_unmap(m, newbrk, oldbrk);
		m->brk = b;
	} else if (!any_mapped(m, oldbrk, newbrk + PAGE_SIZE)) {
		model_map(m, oldbrk, newbrk, VT_RW, 1);
		m->brk = b;
	}
	assert_int_equal(sys_brk(b), m->brk);
}

static void switch_to(int t)
{
	if (current != tasks[t])
		context_switch(current, tasks[t]);
}

/* Move the current task to the other CPU (as the cpu command does). */
static void migrate(void)
{
	struct task_struct *me = current;

	if (num_online_cpus() < 2)
		return;
	context_switch(me, idle_task(smp_processor_id()));
	mm24_cpu = !mm24_cpu;
	context_switch(current, me);
}

static long committed(void)
{
	long n = atomic_read(&vm_committed_space);
	int cpu;

	for_each_online_cpu(cpu)
		n += vm_acct_pending(cpu);
	return n;
}

static void test_random_system_calls_in_four_programs(void **state)
{
	int t, step;

	(void)state;
	rng = 0x10ad;
	committed_base = committed();
	for (t = 0; t < TASKS; t++) {
		if (t)
			context_switch(tasks[t - 1], &init_task);
		tasks[t] = vt_exec_default();
		model_exec(&models[t]);
		agree(&models[t], tasks[t]->mm);
	}
	for (step = 0; step < 120000; step++) {
		long charged = 0;
		int op = (int)rnd(20);

		t = (int)rnd(TASKS);
		switch_to(t);
		if (op == 0)
			migrate();
		else if (op < 6)
			try_mmap(&models[t]);
		else if (op < 10)
			try_munmap(&models[t]);
		else if (op < 15)
			try_mprotect(&models[t]);
		else if (op < 18)
			try_mremap(&models[t]);
		else
			try_brk(&models[t]);
		agree(&models[t], current->mm);
		if (vma_check_all())
			fail_msg("vma_check_all() after step %d:\n%s", step,
				 test_console_text());
		for (t = 0; t < TASKS; t++)
			charged += model_accounted(&models[t]);
		assert_int_equal(committed(), committed_base + charged);
	}
	for (t = TASKS - 1; t >= 0; t--) {
		switch_to(t);
		do_exit(0);
	}
	assert_int_equal(committed(), committed_base);
	assert_int_equal(vma_check_all(), 0);
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_system_calls_in_four_programs),
	};

	return run_group_per_config("vma_stress", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
