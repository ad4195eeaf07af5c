/*
 * test_vmas.c - the VMA operations against 2.6.24's rules: every case of
 * vma_merge()'s table (mm/mmap.c), splits at either end and in the
 * middle, brk, stack growth and its limits, mprotect, mremap, every
 * errno of the memory system calls in the order the kernel checks, and
 * the commit accounting of the three overcommit modes.
 *
 * The VMAs are shown as "start-end rwx" words; each expectation is
 * written out from the rule it tests.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/gfp.h>
#include <linux/vmstat.h>

#define AT	0x10000000UL		/* the tests' own part of the space */
#define P(n)	(AT + (n) * PAGE_SIZE)
#define FIXED	(VT_ANON | MAP_FIXED)

/* Also puts the overcommit sysctls back to 2.6.24's defaults, after a
 * test that changed them, failed or not. */
static int end_task(void **state)
{
	(void)state;
	sysctl_overcommit_memory = OVERCOMMIT_GUESS;
	sysctl_overcommit_ratio = 50;
	assert_int_equal(vma_check_all(), 0);
	do_exit(0);
	assert_ptr_equal(current, &init_task);
	return 0;
}

/* The VMAs in [P(0), P(64)) as "0-2 r--" words, pages counted from AT. */
static const char *around(void)
{
	static char out[1024];
	struct vm_area_struct *v;

	out[0] = '\0';
	for (v = find_vma(current->mm, AT); v && v->vm_start < P(64); v = v->vm_next) {
		char w[48];

		snprintf(w, sizeof(w), "%s%lu-%lu %c%c%c", out[0] ? " " : "",
			 (v->vm_start - AT) >> PAGE_SHIFT,
			 (v->vm_end - AT) >> PAGE_SHIFT,
			 v->vm_flags & VM_READ ? 'r' : '-',
			 v->vm_flags & VM_WRITE ? 'w' : '-',
			 v->vm_flags & VM_EXEC ? 'x' : '-');
		strcat(out, w);
	}
	return out;
}

static void map(unsigned long first, unsigned long pages, unsigned long prot)
{
	assert_int_equal(vt_mmap(P(first), pages * PAGE_SIZE, prot, FIXED),
			 P(first));
}

static void protect(unsigned long first, unsigned long pages, unsigned long prot)
{
	assert_int_equal(sys_mprotect(P(first), pages * PAGE_SIZE, prot), 0);
}

/* ---- vma_merge(): cases 1 to 8 of mm/mmap.c -------------------------- */

/* mmap (cases 1, 2, 3): a new range between prev (P) and next (N). */
static void test_merge_cases_1_2_3_by_mmap(void **state)
{
	int before;

	(void)state;
	/* case 1: both sides merge, next is absorbed */
	map(0, 2, VT_RW);
	map(3, 2, VT_RW);
	before = current->mm->map_count;
	map(2, 1, VT_RW);
	assert_string_equal(around(), "0-5 rw-");
	assert_int_equal(current->mm->map_count, before - 1);
	assert_int_equal(vt_vma_at(P(0))->vm_pgoff, P(0) >> PAGE_SHIFT);
	assert_int_equal(sys_munmap(P(0), 5 * PAGE_SIZE), 0);

	/* case 2: only prev has the same flags */
	map(0, 2, VT_RW);
	map(3, 2, PROT_READ);
	map(2, 1, VT_RW);
	assert_string_equal(around(), "0-3 rw- 3-5 r--");
	assert_int_equal(sys_munmap(P(0), 5 * PAGE_SIZE), 0);

	/* case 3: only next; it grows down and its pgoff with it */
	map(0, 2, PROT_READ);
	map(3, 2, VT_RW);
	map(2, 1, VT_RW);
	assert_string_equal(around(), "0-2 r-- 2-5 rw-");
	assert_int_equal(vt_vma_at(P(2))->vm_pgoff, P(2) >> PAGE_SHIFT);
	assert_int_equal(sys_munmap(P(0), 5 * PAGE_SIZE), 0);

	/* neither: a VMA of its own */
	map(0, 2, PROT_READ);
	map(3, 2, PROT_EXEC);
	before = current->mm->map_count;
	map(2, 1, VT_RW);
	assert_string_equal(around(), "0-2 r-- 2-3 rw- 3-5 --x");
	assert_int_equal(current->mm->map_count, before + 1);
	assert_int_equal(sys_munmap(P(0), 5 * PAGE_SIZE), 0);
}

/* A writable private mapping is VM_ACCOUNT, a read-only one is not: an
 * mprotect() to writable adds it, so that the result merges with a
 * writable mapping (mprotect_fixup()). */
static void test_merge_cases_4_to_8_by_mprotect(void **state)
{
	(void)state;
	/* case 4: the end of prev becomes like next: next grows down */
	map(0, 4, PROT_READ);
	map(4, 2, VT_RW);
	protect(2, 2, VT_RW);
	assert_string_equal(around(), "0-2 r-- 2-6 rw-");
	assert_int_equal(vt_vma_at(P(2))->vm_pgoff, P(2) >> PAGE_SHIFT);
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);

	/* case 5: the start of next becomes like prev: prev grows up */
	map(0, 2, VT_RW);
	map(2, 4, PROT_READ);
	protect(2, 2, VT_RW);
	assert_string_equal(around(), "0-4 rw- 4-6 r--");
	assert_int_equal(vt_vma_at(P(4))->vm_pgoff, P(4) >> PAGE_SHIFT);
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);

	/* case 6: the middle one becomes like both: one VMA */
	map(0, 2, VT_RW);
	map(2, 2, PROT_READ);
	map(4, 2, VT_RW);
	protect(2, 2, VT_RW);
	assert_string_equal(around(), "0-6 rw-");
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);

	/* case 7: like prev only */
	map(0, 2, VT_RW);
	map(2, 2, PROT_READ);
	map(4, 2, PROT_EXEC);
	protect(2, 2, VT_RW);
	assert_string_equal(around(), "0-4 rw- 4-6 --x");
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);

	/* case 8: like next only */
	map(0, 2, PROT_EXEC);
	map(2, 2, PROT_READ);
	map(4, 2, VT_RW);
	protect(2, 2, VT_RW);
	assert_string_equal(around(), "0-2 --x 2-6 rw-");
	assert_int_equal(vt_vma_at(P(2))->vm_pgoff, P(2) >> PAGE_SHIFT);
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);

	/* read-only after writable keeps VM_ACCOUNT: no merge with a fresh
	 * read-only mapping next to it */
	map(0, 2, VT_RW);
	protect(0, 2, PROT_READ);
	assert_true(vt_vma_at(P(0))->vm_flags & VM_ACCOUNT);
	map(2, 2, PROT_READ);
	assert_string_equal(around(), "0-2 r-- 2-4 r--");
	assert_int_equal(sys_munmap(P(0), 4 * PAGE_SIZE), 0);
	assert_int_equal(vma_check(current->mm), 0);
}

/* Anonymous VMAs merge only with contiguous vm_pgoff.  copy_vma() gives
 * a moved VMA the pgoff of its new place while it has no anon_vma (no
 * page was ever faulted in); with one, it keeps its old pgoff. */
static void test_moved_anonymous_vma_and_its_pgoff(void **state)
{
	(void)state;
	map(0, 2, VT_RW);
	assert_int_equal(sys_mremap(P(0), 2 * PAGE_SIZE, 2 * PAGE_SIZE,
				    MREMAP_MAYMOVE | MREMAP_FIXED, P(10)), P(10));
	assert_int_equal(vt_vma_at(P(10))->vm_pgoff, P(10) >> PAGE_SHIFT);
	map(12, 1, VT_RW);
	assert_string_equal(around(), "10-13 rw-");
	assert_int_equal(sys_munmap(P(10), 3 * PAGE_SIZE), 0);

	/* what the first page fault does: anon_vma_prepare() */
	map(0, 2, VT_RW);
	assert_int_equal(anon_vma_prepare(vt_vma_at(P(0))), 0);
	assert_int_equal(sys_mremap(P(0), 2 * PAGE_SIZE, 2 * PAGE_SIZE,
				    MREMAP_MAYMOVE | MREMAP_FIXED, P(10)), P(10));
	assert_int_equal(vt_vma_at(P(10))->vm_pgoff, P(0) >> PAGE_SHIFT);
	assert_non_null(vt_vma_at(P(10))->anon_vma);
	map(12, 1, VT_RW);
	/* nor with one right below it, whose pgoff runs on to P(10)'s page
	 * number, not to P(0)'s */
	map(8, 2, VT_RW);
	assert_string_equal(around(), "8-10 rw- 10-12 rw- 12-13 rw-");
	assert_int_equal(sys_munmap(P(8), 5 * PAGE_SIZE), 0);
}

/* ---- split_vma(), do_munmap() ----------------------------------------- */

static void test_munmap_splits_at_both_ends_and_the_middle(void **state)
{
	int before;

	(void)state;
	map(0, 10, VT_RW);
	before = current->mm->map_count;
	assert_int_equal(sys_munmap(P(0), PAGE_SIZE), 0);	/* head */
	assert_int_equal(sys_munmap(P(9), PAGE_SIZE), 0);	/* tail */
	assert_string_equal(around(), "1-9 rw-");
	assert_int_equal(current->mm->map_count, before);
	assert_int_equal(sys_munmap(P(4), 2 * PAGE_SIZE), 0);	/* middle */
	assert_string_equal(around(), "1-4 rw- 6-9 rw-");
	assert_int_equal(current->mm->map_count, before + 1);
	/* each part keeps the pgoff of its first page */
	assert_int_equal(vt_vma_at(P(6))->vm_pgoff, P(6) >> PAGE_SHIFT);
	/* a range over several VMAs and holes */
	map(10, 2, PROT_READ);
	assert_int_equal(sys_munmap(P(2), 9 * PAGE_SIZE), 0);
	assert_string_equal(around(), "1-2 rw- 11-12 r--");
	/* a range with nothing in it is fine */
	assert_int_equal(sys_munmap(P(30), 4 * PAGE_SIZE), 0);
	assert_int_equal(sys_munmap(P(0), 12 * PAGE_SIZE), 0);
	assert_string_equal(around(), "");
	assert_int_equal(current->mm->map_count, before - 1);
}

/* sysctl_max_map_count: mmap fails only when map_count is above it
 * already; split_vma() fails when map_count has reached it, so at the
 * limit no munmap or mprotect may cut a VMA, even at one end. */
static void test_max_map_count(void **state)
{
	int saved = sysctl_max_map_count, n = current->mm->map_count;

	(void)state;
	map(0, 3, VT_RW);			/* n + 1 VMAs */
	sysctl_max_map_count = n + 1;
	assert_int_equal(sys_munmap(P(1), PAGE_SIZE), -ENOMEM);	/* middle */
	assert_int_equal(sys_munmap(P(2), PAGE_SIZE), -ENOMEM);	/* tail */
	assert_int_equal(sys_mprotect(P(0), PAGE_SIZE, PROT_READ), -ENOMEM);
	assert_string_equal(around(), "0-3 rw-");
	/* a whole VMA needs no split */
	assert_int_equal(sys_munmap(P(0), 3 * PAGE_SIZE), 0);
	assert_int_equal(current->mm->map_count, n);
	map(0, 3, VT_RW);
	/* mmap: map_count (n + 1) is not above the limit: one more */
	map(5, 1, PROT_READ);
	assert_int_equal(current->mm->map_count, n + 2);
	/* now it is */
	assert_int_equal(vt_mmap(P(7), PAGE_SIZE, PROT_READ, FIXED), -ENOMEM);
	sysctl_max_map_count = saved;
	assert_int_equal(sys_munmap(P(0), 8 * PAGE_SIZE), 0);
}

/* ---- brk ---------------------------------------------------------------- */

static void test_brk_grows_and_shrinks_the_heap(void **state)
{
	struct mm_struct *mm = current->mm;
	unsigned long start = mm->start_brk;	/* the bss VMA ends here */
	struct vm_area_struct *heap = find_vma(mm, start - 1);
	unsigned long committed = (unsigned long)atomic_read(&vm_committed_space) +
				  (unsigned long)vm_acct_pending(smp_processor_id());

	(void)state;
	assert_int_equal(sys_brk(0), start);
	/* the break need not be aligned; the VMA is */
	assert_int_equal(sys_brk(start + 100), start + 100);
	assert_ptr_equal(find_vma(mm, start), heap);	/* merged with bss */
	assert_int_equal(heap->vm_end, start + PAGE_SIZE);
	assert_int_equal(sys_brk(start + 5 * PAGE_SIZE), start + 5 * PAGE_SIZE);
	assert_int_equal(heap->vm_end, start + 5 * PAGE_SIZE);
	assert_int_equal((unsigned long)atomic_read(&vm_committed_space) +
			 (unsigned long)vm_acct_pending(smp_processor_id()),
			 committed + 5);
	/* shrink: munmap of the pages above the new break */
	assert_int_equal(sys_brk(start + PAGE_SIZE + 1), start + PAGE_SIZE + 1);
	assert_int_equal(heap->vm_end, start + 2 * PAGE_SIZE);
	/* below the end of the code: refused, the old break comes back */
	assert_int_equal(sys_brk(VT_BASE), start + PAGE_SIZE + 1);
	/* a page must stay free above the new break: up to a mapping at
	 * start + 4 pages, the break may reach start + 3 pages, no more */
	assert_int_equal(vt_mmap(start + 4 * PAGE_SIZE, PAGE_SIZE, PROT_READ,
				 FIXED), start + 4 * PAGE_SIZE);
	assert_int_equal(sys_brk(start + 3 * PAGE_SIZE + 1), start + PAGE_SIZE + 1);
	assert_int_equal(sys_brk(start + 3 * PAGE_SIZE), start + 3 * PAGE_SIZE);
	assert_int_equal(heap->vm_end, start + 3 * PAGE_SIZE);
	assert_int_equal(sys_munmap(start + 4 * PAGE_SIZE, PAGE_SIZE), 0);
	assert_int_equal(sys_brk(start), start);
	assert_int_equal(heap->vm_end, start);
}

static void test_brk_respects_rlimit_data(void **state)
{
	struct mm_struct *mm = current->mm;
	struct rlimit lim = { 64 * 1024, RLIM_INFINITY };
	unsigned long start = mm->start_brk;

	(void)state;
	assert_int_equal(sys_setrlimit(RLIMIT_DATA, &lim), 0);
	/* the limit is on brk - start_data */
	assert_int_equal(sys_brk(mm->start_data + 64 * 1024),
			 mm->start_data + 64 * 1024);
	assert_int_equal(sys_brk(mm->start_data + 64 * 1024 + 1),
			 mm->start_data + 64 * 1024);
	assert_int_equal(sys_brk(start), start);
}

/* ---- the stack ----------------------------------------------------------- */

static void test_stack_grows_within_its_limits(void **state)
{
	struct mm_struct *mm = current->mm;
	struct vm_area_struct *stack = find_vma(mm, VT_STACK_TOP - 1);
	unsigned long total = mm->total_vm, vm = mm->stack_vm;
	struct rlimit lim = { 100 * PAGE_SIZE, RLIM_INFINITY };
	struct rlimit as;

	(void)state;
	assert_true(stack->vm_flags & VM_GROWSDOWN);
	assert_non_null(stack->anon_vma);	/* expand_stack() at exec */
	/* 11 pages more */
	assert_int_equal(expand_stack(stack, VT_STACK_TOP - 32 * PAGE_SIZE + 5), 0);
	assert_int_equal(stack->vm_start, VT_STACK_TOP - 32 * PAGE_SIZE);
	assert_int_equal(stack->vm_pgoff, (VT_STACK_TOP >> PAGE_SHIFT) - 32);
	assert_int_equal(mm->total_vm, total + 11);
	assert_int_equal(mm->stack_vm, vm + 11);
	/* find_extend_vma() grows it for an address below it */
	assert_ptr_equal(find_extend_vma(mm, VT_STACK_TOP - 40 * PAGE_SIZE), stack);
	assert_int_equal(stack->vm_start, VT_STACK_TOP - 40 * PAGE_SIZE);
	/* and gives NULL below a VMA that does not grow */
	assert_null(find_extend_vma(mm, VT_BASE - PAGE_SIZE));

	/* RLIMIT_STACK: a stack of exactly the limit is fine, one more
	 * page is not */
	assert_int_equal(sys_setrlimit(RLIMIT_STACK, &lim), 0);
	assert_int_equal(expand_stack(stack, VT_STACK_TOP - 100 * PAGE_SIZE), 0);
	assert_int_equal(expand_stack(stack, VT_STACK_TOP - 101 * PAGE_SIZE),
			 -ENOMEM);
	assert_int_equal(stack->vm_start, VT_STACK_TOP - 100 * PAGE_SIZE);
	/* RLIMIT_AS: the address space as it is now, and not a page more */
	as.rlim_cur = as.rlim_max = mm->total_vm << PAGE_SHIFT;
	lim.rlim_cur = 200 * PAGE_SIZE;
	assert_int_equal(sys_setrlimit(RLIMIT_STACK, &lim), 0);
	assert_int_equal(sys_setrlimit(RLIMIT_AS, &as), 0);
	assert_int_equal(expand_stack(stack, VT_STACK_TOP - 101 * PAGE_SIZE),
			 -ENOMEM);
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON), -ENOMEM);
	assert_int_equal(vma_check(mm), 0);
}

/* ---- mprotect ----------------------------------------------------------- */

static void test_mprotect_splits_and_walks_vmas(void **state)
{
	(void)state;
	map(0, 6, PROT_READ);
	protect(2, 2, PROT_EXEC);			/* the middle */
	assert_string_equal(around(), "0-2 r-- 2-4 --x 4-6 r--");
	protect(1, 4, PROT_READ);			/* over three VMAs */
	assert_string_equal(around(), "0-6 r--");
	/* len 0 is fine and does nothing; an unaligned start is not */
	assert_int_equal(sys_mprotect(P(0), 0, PROT_EXEC), 0);
	assert_int_equal(sys_mprotect(P(0) + 1, PAGE_SIZE, PROT_EXEC), -EINVAL);
	assert_int_equal(sys_mprotect(P(0), PAGE_SIZE, 0x40), -EINVAL);
	/* a hole in the range: the part before it is changed all the same */
	assert_int_equal(sys_mprotect(P(4), 4 * PAGE_SIZE, PROT_EXEC), -ENOMEM);
	assert_string_equal(around(), "0-4 r-- 4-6 --x");
	/* nothing mapped at the start */
	assert_int_equal(sys_mprotect(P(8), PAGE_SIZE, PROT_READ), -ENOMEM);
	/* wrapping */
	assert_int_equal(sys_mprotect(0xfffff000UL, 2 * PAGE_SIZE, PROT_READ),
			 -ENOMEM);
	assert_int_equal(sys_munmap(P(0), 6 * PAGE_SIZE), 0);
}

/* ---- mremap --------------------------------------------------------------- */

static void test_mremap_shrinks_grows_and_moves(void **state)
{
	(void)state;
	map(0, 4, VT_RW);
	map(6, 1, PROT_READ);
	/* shrink: the tail is unmapped */
	assert_int_equal(sys_mremap(P(0), 4 * PAGE_SIZE, 2 * PAGE_SIZE, 0, 0), P(0));
	assert_string_equal(around(), "0-2 rw- 6-7 r--");
	/* grow in place up to the next VMA */
	assert_int_equal(sys_mremap(P(0), 2 * PAGE_SIZE, 6 * PAGE_SIZE, 0, 0), P(0));
	assert_string_equal(around(), "0-6 rw- 6-7 r--");
	/* no room and may not move */
	assert_int_equal(sys_mremap(P(0), 6 * PAGE_SIZE, 8 * PAGE_SIZE, 0, 0),
			 -ENOMEM);
	/* may move: to where get_unmapped_area() puts 8 pages (top-down) */
	{
		unsigned long want = current->mm->free_area_cache - 8 * PAGE_SIZE;

		assert_int_equal(sys_mremap(P(0), 6 * PAGE_SIZE, 8 * PAGE_SIZE,
					    MREMAP_MAYMOVE, 0), want);
		assert_string_equal(around(), "6-7 r--");
		assert_int_equal(find_vma(current->mm, want)->vm_end,
				 want + 8 * PAGE_SIZE);
		assert_int_equal(sys_munmap(want, 8 * PAGE_SIZE), 0);
	}
	/* MREMAP_FIXED: to a given place, unmapping what is there */
	map(0, 2, VT_RW);
	map(10, 4, PROT_EXEC);
	assert_int_equal(sys_mremap(P(0), 2 * PAGE_SIZE, 2 * PAGE_SIZE,
				    MREMAP_MAYMOVE | MREMAP_FIXED, P(11)), P(11));
	assert_string_equal(around(), "6-7 r-- 10-11 --x 11-13 rw- 13-14 --x");
	assert_int_equal(sys_munmap(P(0), 20 * PAGE_SIZE), 0);
}

static void test_mremap_errors(void **state)
{
	(void)state;
	map(0, 2, VT_RW);
	/* unknown flag, unaligned address, new length 0 */
	assert_int_equal(sys_mremap(P(0), PAGE_SIZE, PAGE_SIZE, 4, 0), -EINVAL);
	assert_int_equal(sys_mremap(P(0) + 8, PAGE_SIZE, PAGE_SIZE, 0, 0), -EINVAL);
	assert_int_equal(sys_mremap(P(0), PAGE_SIZE, 0, 0, 0), -EINVAL);
	/* FIXED: unaligned target, without MAYMOVE, overlapping the source */
	assert_int_equal(sys_mremap(P(0), PAGE_SIZE, PAGE_SIZE,
				    MREMAP_MAYMOVE | MREMAP_FIXED, P(8) + 1), -EINVAL);
	assert_int_equal(sys_mremap(P(0), PAGE_SIZE, PAGE_SIZE, MREMAP_FIXED,
				    P(8)), -EINVAL);
	assert_int_equal(sys_mremap(P(0), 2 * PAGE_SIZE, 2 * PAGE_SIZE,
				    MREMAP_MAYMOVE | MREMAP_FIXED, P(1)), -EINVAL);
	/* nothing mapped there, or the old range goes past the VMA */
	assert_int_equal(sys_mremap(P(4), PAGE_SIZE, 2 * PAGE_SIZE, 0, 0), -EFAULT);
	assert_int_equal(sys_mremap(P(0), 3 * PAGE_SIZE, 4 * PAGE_SIZE, 0, 0),
			 -EFAULT);
	assert_string_equal(around(), "0-2 rw-");
	assert_int_equal(sys_munmap(P(0), 2 * PAGE_SIZE), 0);
}

/* ---- mmap's errnos, in do_mmap_pgoff()'s order ----------------------- */

static void test_mmap_errors(void **state)
{
	struct rlimit none = { 0, 0 }, small = { 2 * PAGE_SIZE, 2 * PAGE_SIZE };

	(void)state;
	assert_int_equal(vt_mmap(0, 0, PROT_READ, VT_ANON), -EINVAL);
	/* a length that rounds up to nothing, or more than TASK_SIZE */
	assert_int_equal(vt_mmap(0, 0xfffff001UL, PROT_READ, VT_ANON), -ENOMEM);
	assert_int_equal(vt_mmap(0, 0xc0001000UL, PROT_READ, VT_ANON), -ENOMEM);
	/* MAP_FIXED: unaligned, or past TASK_SIZE */
	assert_int_equal(vt_mmap(P(0) + 1, PAGE_SIZE, PROT_READ, FIXED), -EINVAL);
	assert_int_equal(vt_mmap(0xbffff000UL, 2 * PAGE_SIZE, PROT_READ, FIXED),
			 -ENOMEM);
	/* neither shared nor private */
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, MAP_ANONYMOUS), -EINVAL);
	/* no file and not anonymous */
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE), -EBADF);
	/* an offset that is not a page multiple (old_mmap) */
	{
		struct mmap_arg_struct a = { 0, PAGE_SIZE, PROT_READ, VT_ANON,
					     NULL, 100 };

		assert_int_equal(old_mmap(&a), -EINVAL);
	}
	/* MAP_LOCKED without RLIMIT_MEMLOCK: EPERM; above it: EAGAIN */
	assert_int_equal(sys_setrlimit(RLIMIT_MEMLOCK, &small), 0);
	assert_int_equal(vt_mmap(0, 3 * PAGE_SIZE, PROT_READ, VT_ANON | MAP_LOCKED),
			 -EAGAIN);
	assert_true(vt_mmap(0, 2 * PAGE_SIZE, PROT_READ, VT_ANON | MAP_LOCKED) > 0);
	assert_int_equal(current->mm->locked_vm, 2);
	assert_int_equal(sys_setrlimit(RLIMIT_MEMLOCK, &none), 0);
	assert_int_equal(vt_mmap(0, PAGE_SIZE, PROT_READ, VT_ANON | MAP_LOCKED),
			 -EPERM);
	/* no room left: a hint is not a MAP_FIXED */
	assert_int_equal(vma_check(current->mm), 0);
}

static void test_munmap_errors(void **state)
{
	(void)state;
	assert_int_equal(sys_munmap(P(0) + 1, PAGE_SIZE), -EINVAL);
	assert_int_equal(sys_munmap(P(0), 0), -EINVAL);
	assert_int_equal(sys_munmap(0xc0001000UL, PAGE_SIZE), -EINVAL);
	assert_int_equal(sys_munmap(0xbffff000UL, 2 * PAGE_SIZE), -EINVAL);
}

/* ---- commit accounting ------------------------------------------------------ */

static long committed_now(void)
{
	return atomic_read(&vm_committed_space);
}

/* overcommit_memory 2: allowed = totalram * ratio / 100, minus 1/32,
 * minus total_vm / 32; a charge succeeds when the committed space,
 * with it, stays below.  The product is i386's: modulo 2^32. */
static long never_room(void)
{
	unsigned long long product = (unsigned long long)totalram_pages *
				      (unsigned long long)sysctl_overcommit_ratio;
	long allowed = (long)(product % (1ULL << 32) / 100);

	allowed -= allowed / 32;
	allowed -= (long)(current->mm->total_vm / 32);
	return allowed - committed_now() - vm_acct_pending(smp_processor_id()) - 1;
}

static void test_overcommit_never(void **state)
{
	long room;

	(void)state;
	sysctl_overcommit_memory = OVERCOMMIT_NEVER;
	sysctl_overcommit_ratio = 20;
	/* more than ACCT_THRESHOLD pages: this CPU's part is folded in */
	room = never_room();
	assert_true(room > 16);
	assert_int_equal(vt_mmap(0, (unsigned long)(room + 1) * PAGE_SIZE, VT_RW,
				 VT_ANON), -ENOMEM);
	/* in mode 2, MAP_NORESERVE is charged all the same */
	assert_int_equal(vt_mmap(0, (unsigned long)(room + 1) * PAGE_SIZE, VT_RW,
				 VT_ANON | MAP_NORESERVE), -ENOMEM);
	/* a read-only private mapping is not charged at all, but its pages
	 * count in total_vm, which takes 1/32 off the allowance */
	assert_true(vt_mmap(0, (unsigned long)(room + 1) * PAGE_SIZE, PROT_READ,
			    VT_ANON) > 0);
	room = never_room();
	assert_int_equal(vt_mmap(0, (unsigned long)(room + 1) * PAGE_SIZE, VT_RW,
				 VT_ANON), -ENOMEM);
	assert_true(vt_mmap(0, (unsigned long)room * PAGE_SIZE, VT_RW, VT_ANON) > 0);
	/* CommitLimit shows the ratio (no swap) */
	assert_int_equal(vt_meminfo_kb("CommitLimit"),
			 totalram_pages * 20 / 100 * (PAGE_SIZE / 1024));
}

/* A ratio whose product with totalram passes 2^32: i386 keeps what is
 * left over 2^32, here 20 to 21 times totalram, so the ceiling is about
 * a fifth of RAM where the true product would allow some 43 M pages. */
static void test_overcommit_ratio_wraps_in_32_bits(void **state)
{
	const unsigned long long wrap = 1ULL << 32;
	const int ratio = (int)(wrap / totalram_pages) + 21;
	unsigned long long left = (unsigned long long)totalram_pages *
				  (unsigned long long)ratio - wrap;
	long room;

	(void)state;
	sysctl_overcommit_memory = OVERCOMMIT_NEVER;
	sysctl_overcommit_ratio = ratio;
	assert_int_equal(vt_meminfo_kb("CommitLimit"),
			 left / 100 * (PAGE_SIZE / 1024));
	room = never_room();
	assert_true(room > 16 && (unsigned long)room < totalram_pages / 4);
	assert_int_equal(vt_mmap(0, (unsigned long)(room + 1) * PAGE_SIZE, VT_RW,
				 VT_ANON), -ENOMEM);
	assert_true(vt_mmap(0, (unsigned long)room * PAGE_SIZE, VT_RW, VT_ANON) > 0);
}

/* overcommit_memory 0: page cache, swap and reclaimable slab, less
 * 1/32, then the free pages above totalreserve_pages, less 1/32 */
static void test_overcommit_guess(void **state)
{
	unsigned long cached, n, room;

	(void)state;
	assert_int_equal(sysctl_overcommit_memory, OVERCOMMIT_GUESS);
	cached = global_page_state(NR_FILE_PAGES) +
		 global_page_state(NR_SLAB_RECLAIMABLE);
	cached -= cached / 32;
	n = global_page_state(NR_FREE_PAGES) - totalreserve_pages;
	n -= n / 32;
	room = cached + n - 1;		/* "free > pages" */
	assert_int_equal(vt_mmap(0, (room + 1) * PAGE_SIZE, VT_RW, VT_ANON),
			 -ENOMEM);
	/* (the VMA is allocated after the check: room is still right) */
	assert_true(vt_mmap(0, room * PAGE_SIZE, VT_RW, VT_ANON) > 0);
	/* MAP_NORESERVE: not charged in mode 0 */
	assert_true(vt_mmap(0, (room + 1) * PAGE_SIZE, VT_RW,
			    VT_ANON | MAP_NORESERVE) > 0);
}

/* overcommit_memory 1: anything that fits in the address space */
static void test_overcommit_always(void **state)
{
	long before = committed_now() + vm_acct_pending(smp_processor_id());

	(void)state;
	sysctl_overcommit_memory = OVERCOMMIT_ALWAYS;
	assert_true(vt_mmap(0, 0x60000000UL, VT_RW, VT_ANON) > 0);
	/* charged all the same */
	assert_int_equal(committed_now() + vm_acct_pending(smp_processor_id()),
			 before + 0x60000);
}

/* Committed_AS: the VM_ACCOUNT pages of every mm, and they go back when
 * the mappings go. */
static void test_committed_as_follows_the_accounted_vmas(void **state)
{
	struct vm_area_struct *v;
	long mine = 0, base;
	int cpu;

	(void)state;
	map(0, 3, VT_RW);				/* charged */
	map(3, 3, PROT_READ);				/* not */
	map(6, 3, PROT_READ | PROT_WRITE);
	protect(6, 3, PROT_READ);			/* still charged */
	for (v = current->mm->mmap; v; v = v->vm_next)
		if (v->vm_flags & VM_ACCOUNT)
			mine += (long)vma_pages(v);
	/* text r-x is not, data, bss and stack are */
	assert_int_equal(mine, 1 + 1 + 21 + 3 + 3);
	base = committed_now();
	for_each_online_cpu(cpu)
		base += vm_acct_pending(cpu);
	assert_int_equal(sys_munmap(P(0), 9 * PAGE_SIZE), 0);
	mine = committed_now();
	for_each_online_cpu(cpu)
		mine += vm_acct_pending(cpu);
	assert_int_equal(mine, base - 6);
	assert_int_equal(vt_meminfo_kb("Committed_AS"),
			 (unsigned long)committed_now() * (PAGE_SIZE / 1024));
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, end_task)
	const struct CMUnitTest tests[] = {
		T(test_merge_cases_1_2_3_by_mmap),
		T(test_merge_cases_4_to_8_by_mprotect),
		T(test_moved_anonymous_vma_and_its_pgoff),
		T(test_munmap_splits_at_both_ends_and_the_middle),
		T(test_max_map_count),
		T(test_brk_grows_and_shrinks_the_heap),
		T(test_brk_respects_rlimit_data),
		T(test_stack_grows_within_its_limits),
		T(test_mprotect_splits_and_walks_vmas),
		T(test_mremap_shrinks_grows_and_moves),
		T(test_mremap_errors),
		T(test_mmap_errors),
		T(test_munmap_errors),
		T(test_overcommit_never),
		T(test_overcommit_ratio_wraps_in_32_bits),
		T(test_overcommit_guess),
		T(test_overcommit_always),
		T(test_committed_as_follows_the_accounted_vmas),
	};
#undef T

	return run_group_per_config("vma_vmas", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
