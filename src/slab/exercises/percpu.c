/*
 * percpu - the per-CPU arrays of a cache of 300-byte objects on a
 * machine with two CPUs: which object an allocation gets after frees,
 * what each second of "tick" (cache_reap() on each CPU) takes out of an
 * array that nobody uses, and where objects go that one CPU allocates
 * and the other frees.
 *
 * Questions (answered in the slab chapter, section "Exercises"):
 *  1. After a and b are freed, x and y get which objects, and why in
 *     that order?
 *  2. The first tick that reaches CPU 0's array takes nothing from it;
 *     the next ones take 11, then fewer.  Why nothing first, and where
 *     do 11 and the smaller numbers come from?
 *  3. When does the free slab go back to the buddy allocator?
 *  4. CPU 1 freed 60 objects that CPU 0 had allocated.  Where are they
 *     now, and where does CPU 0's next refill take its objects from?
 */
#include <linux/jiffies.h>
#include <linux/vmstat.h>
#include <linux/workqueue.h>
#include "exercise.h"

#define MANY 60

static struct kmem_cache *cachep;

static void arrays(const char *what)
{
	struct kmem_list3 *l3 = cachep->nodelists[0];
	struct array_cache *ac0 = cachep->array[0], *ac1 = cachep->array[1];
	struct slab *slabp;
	int nr_free = 0, nr_partial = 0, nr_full = 0;
	char slabs[40];

	list_for_each_entry(slabp, &l3->slabs_full, list)
		nr_full++;
	list_for_each_entry(slabp, &l3->slabs_partial, list)
		nr_partial++;
	list_for_each_entry(slabp, &l3->slabs_free, list)
		nr_free++;
	snprintf(slabs, sizeof(slabs), "%d/%d/%d", nr_full, nr_partial,
		 nr_free);
	printf("%-22s  %5u %7u  %5u %7u  %6u  %17s  %12lu  %12u\n", what,
	       ac0->avail, ac0->touched, ac1->avail, ac1->touched,
	       l3->shared->avail, slabs, l3->free_objects, l3->free_touched);
}

/* One second of the "tick" command: jiffies, vmstat, due delayed work. */
static void tick(void)
{
	int cpu;

	jiffies += HZ;
	for_each_online_cpu(cpu)
		refresh_cpu_vm_stats(cpu);
	run_delayed_work();
}

int main(void)
{
	static void *many[MANY];
	void *a, *b, *c, *x, *y;
	char what[32];
	int i;

	boot(64UL << 20, 2, "");
	cachep = kmem_cache_create("pc", 300, 0, 0, NULL);
	printf("pc: objsize %u, objperslab %u, limit %u, batchcount %u, "
	       "shared %u (shared array of %u), free_limit %u\n\n",
	       cachep->buffer_size, cachep->num, cachep->limit,
	       cachep->batchcount, cachep->shared,
	       cachep->nodelists[0]->shared->limit,
	       cachep->nodelists[0]->free_limit);
	printf("%-22s  cpu 0 array    cpu 1 array   shared  %17s  %26s\n"
	       "%-22s  avail touched  avail touched   avail  full/partial/free"
	       "  free_objects  free_touched\n", "", "slabs", "node", "");
	arrays("created");

	a = kmem_cache_alloc(cachep, GFP_KERNEL);
	b = kmem_cache_alloc(cachep, GFP_KERNEL);
	c = kmem_cache_alloc(cachep, GFP_KERNEL);
	printf("a = 0x%08lx, b = 0x%08lx, c = 0x%08lx (slab pfn %lu)\n",
	       i386_addr(a), i386_addr(b), i386_addr(c), slab_pfn(a));
	arrays("cpu0: a, b, c");
	kmem_cache_free(cachep, a);
	kmem_cache_free(cachep, b);
	arrays("cpu0: free a, free b");
	x = kmem_cache_alloc(cachep, GFP_KERNEL);
	y = kmem_cache_alloc(cachep, GFP_KERNEL);
	printf("x = 0x%08lx, y = 0x%08lx\n", i386_addr(x), i386_addr(y));
	kmem_cache_free(cachep, x);
	kmem_cache_free(cachep, y);
	kmem_cache_free(cachep, c);
	arrays("cpu0: free x, y, c");

	putchar('\n');
	for (i = 1; i <= 12; i++) {
		tick();
		snprintf(what, sizeof(what), "tick %d", i);
		arrays(what);
	}

	putchar('\n');
	for (i = 0; i < MANY; i++)
		many[i] = kmem_cache_alloc(cachep, GFP_KERNEL);
	arrays("cpu0: 60 allocations");
	mm24_cpu = 1;
	for (i = 0; i < MANY; i++)
		kmem_cache_free(cachep, many[i]);
	arrays("cpu1: their 60 frees");
	mm24_cpu = 0;
	while (cpu_cache_get(cachep)->avail)
		many[0] = kmem_cache_alloc(cachep, GFP_KERNEL);
	arrays("cpu0: allocs to empty");
	x = kmem_cache_alloc(cachep, GFP_KERNEL);
	arrays("cpu0: one more");
	return 0;
}
