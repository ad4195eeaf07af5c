/*
 * strides - touch a fresh 64-page anonymous buffer with different
 * strides and access kinds and count what it cost: faults (pgfault),
 * the task's minor faults, its anon_rss, and nr_anon_pages.  Each
 * pattern gets a new mapping, unmapped afterwards.
 *
 * Questions (answered in the fault chapter, section "Exercises"):
 *  1. Why do the strides of 1 byte and of 4096 bytes cost the same?
 *  2. Why does "read, then write" fault no more than "read" alone?
 *  3. How many pages does a 12288-byte stride touch, and why?
 *  4. Why do eight 4-byte writes cost nine faults?
 *  5. The mapping is read-only for the last pattern: why does a read
 *     still cost a page of memory per page touched?
 */
#include "fault_exercise.h"

#define NPAGES	64

struct pattern {
	const char *name;
	unsigned long stride, count;	/* count 0: the whole buffer */
	int read, write;		/* the access kinds, in this order */
	unsigned long offset, len;	/* where in the stride, how wide */
	unsigned long prot;
};

static const struct pattern patterns[] = {
	{ "read, stride 1", 1, 0, 1, 0, 0, 1, PROT_READ | PROT_WRITE },
	{ "read, stride 64", 64, 0, 1, 0, 0, 1, PROT_READ | PROT_WRITE },
	{ "read, stride 4096", 4096, 0, 1, 0, 0, 1, PROT_READ | PROT_WRITE },
	{ "write, stride 4096", 4096, 0, 0, 1, 0, 1, PROT_READ | PROT_WRITE },
	{ "read then write, stride 4096", 4096, 0, 1, 1, 0, 1,
	  PROT_READ | PROT_WRITE },
	{ "write, stride 8192", 8192, 0, 0, 1, 0, 1, PROT_READ | PROT_WRITE },
	{ "write, stride 12288", 12288, 0, 0, 1, 0, 1,
	  PROT_READ | PROT_WRITE },
	{ "4-byte write at 4094, stride 4096, 8 times", 4096, 8, 0, 1, 4094,
	  4, PROT_READ | PROT_WRITE },
	{ "read, stride 4096, read-only mapping", 4096, 0, 1, 0, 0, 1,
	  PROT_READ },
};

static void run_pattern(const struct pattern *p)
{
	unsigned long buf, off, f0, anon0, flt0, n = 0;
	u8 bytes[4] = { 1, 2, 3, 4 };
	int sig = 0;

	buf = (unsigned long)map(0, NPAGES * PG, p->prot, 0);
	f0 = pgfaults();
	anon0 = exact(NR_ANON_PAGES);
	flt0 = current->min_flt;
	for (off = 0; off + p->offset + p->len <= NPAGES * PG &&
	     (!p->count || n < p->count); off += p->stride, n++) {
		if (p->read && !sig)
			sig = uaccess(buf + off + p->offset, bytes, p->len, 0);
		if (p->write && !sig)
			sig = uaccess(buf + off + p->offset, bytes, p->len,
				      I386_WRITE);
	}
	printf("%-44s %6lu accesses: pgfault +%lu, min_flt +%lu, "
	       "anon_rss %lu, nr_anon_pages +%lu%s%s\n", p->name, n,
	       pgfaults() - f0, current->min_flt - flt0,
	       get_mm_counter(current->mm, anon_rss),
	       exact(NR_ANON_PAGES) - anon0, sig ? ", " : "",
	       sig ? signame(sig) : "");
	sys_munmap(buf, NPAGES * PG);
}

int main(void)
{
	size_t i;

	boot(64UL << 20);
	run("/bin/prog");
	printf("a buffer of %d pages, a new mapping for each pattern\n",
	       NPAGES);
	for (i = 0; i < sizeof(patterns) / sizeof(patterns[0]); i++)
		run_pattern(&patterns[i]);
	end();
	return 0;
}
