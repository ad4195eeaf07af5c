/**
 * @file
 * @brief \~english Commit accounting on SMP: per-CPU batches of vm_committed_space.
 *        \~chinese SMP 上的提交记账：vm_committed_space 的每 CPU 批量更新。 \~
 *
 * swap.c (vma unit) - vm_acct_memory() (mm/swap.c).
 *
 * Every mmap, brk and stack growth charges vm_committed_space, which
 * many CPUs would hammer: each CPU collects its changes and folds them
 * into the global count only when they exceed ACCT_THRESHOLD pages
 * either way.  So Committed_AS in /proc/meminfo may lag by up to
 * ACCT_THRESHOLD pages per CPU.
 */
#include <linux/mman.h>
#include <linux/percpu.h>

#define ACCT_THRESHOLD	max(16, NR_CPUS * 2)

static DEFINE_PER_CPU(long, committed_space);

/**
 * @brief \~english Add @p delta (maybe negative) to the committed address space.
 *        \~chinese 把 pages 个页（可为负）计入已提交的地址空间。 \~
 * @param delta \~english the change \~chinese 变化量（页数） \~
 * @kernel{mm/swap.c,510}
 * @seenotes{chapter-vma,vma-overcommit}
 */
void vm_acct_memory(long delta)
{
	long *mine;

	preempt_disable();
	mine = &__get_cpu_var(committed_space);
	*mine += delta;
	if (*mine > ACCT_THRESHOLD || *mine < -ACCT_THRESHOLD) {
		atomic_add((int)*mine, &vm_committed_space);
		*mine = 0;
	}
	preempt_enable();
}

/* This CPU's unfolded part (for the checker). */
long vm_acct_pending(int cpu)
{
	return per_cpu(committed_space, cpu);
}
