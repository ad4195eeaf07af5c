/*
 * cow_pages - copy on write after fork, page by page.  The parent writes
 * 8 pages of an anonymous buffer and forks; the child writes the even
 * pages and reads page 1; then the parent writes all 8.  After each step:
 * the faults it took, the pages allocated for it (nr_anon_pages), and
 * for every page the frame, write permission and mapcount in parent and
 * child.
 *
 * Questions (answered in the fault chapter, section "Exercises"):
 *  1. What does fork() itself cost in faults and in pages?
 *  2. How many of the child's accesses fault, and how many copy?
 *  3. Which of the parent's eight writes copy, which reuse the page,
 *     and how can you tell them apart in the table?
 *  4. How many pages do the two tasks hold in the end, and how many
 *     would a fork that copied everything have made?
 */
#include "fault_exercise.h"

#define NPAGES	8
#define BUF	0x10000000UL

static struct task_struct *parent, *child;

static void table(const char *step, unsigned long f0, unsigned long a0)
{
	unsigned long i;

	printf("%s: pgfault +%lu, new anonymous pages +%lu\n", step,
	       pgfaults() - f0, exact(NR_ANON_PAGES) - a0);
	for (i = 0; i < NPAGES; i++) {
		printf("    page %lu  parent %-26s", i,
		       pte_text(parent->mm, BUF + i * PG));
		printf("  child %s\n", pte_text(child->mm, BUF + i * PG));
	}
}

int main(void)
{
	unsigned long i, f0, a0;

	boot(64UL << 20);
	parent = run("/bin/prog");
	map(BUF, NPAGES * PG, PROT_READ | PROT_WRITE, MAP_FIXED);
	for (i = 0; i < NPAGES; i++)
		uwrite(BUF + i * PG, (u8)i);

	f0 = pgfaults();
	a0 = exact(NR_ANON_PAGES);
	child = copy_process(0);
	table("fork()", f0, a0);

	context_switch(parent, child);
	f0 = pgfaults();
	a0 = exact(NR_ANON_PAGES);
	for (i = 0; i < NPAGES; i += 2)
		uwrite(BUF + i * PG, 0xc0 + (u8)i);
	uread(BUF + PG);
	table("child writes pages 0 2 4 6, reads page 1", f0, a0);

	context_switch(child, parent);
	f0 = pgfaults();
	a0 = exact(NR_ANON_PAGES);
	for (i = 0; i < NPAGES; i++)
		uwrite(BUF + i * PG, 0xa0 + (u8)i);
	table("parent writes pages 0 to 7", f0, a0);

	context_switch(parent, child);
	end();
	end();
	return 0;
}
