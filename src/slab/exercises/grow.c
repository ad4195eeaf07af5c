/*
 * grow - a cache of 1000-byte objects (four to a slab) with small
 * per-CPU arrays ("grow 4 2 0" written to /proc/slabinfo: limit 4,
 * batchcount 2), through sixteen allocations, sixteen frees, five more
 * allocations and kmem_cache_shrink().  After each step one line: this
 * CPU's array (the slab of each entry, top last), the three slab lists
 * (each slab as a letter, A for the first one made, and its inuse) and
 * the node's free_objects.
 *
 * Questions (answered in the slab chapter, section "Exercises"):
 *  1. The first allocation made slab A and left one object in the array.
 *     Why did two objects leave A, and why is A on slabs_partial?
 *  2. Which allocations made a new slab, and why only those?
 *  3. Which free released a slab to the buddy allocator, and what rule
 *     made it that one and not an earlier one?
 *  4. After the sixteen frees, slabinfo still counts active objects and
 *     an active slab.  Which objects, and where are they?
 *  5. The fifth allocation after the frees refills the array.  From
 *     which slab, and why that one of the two free slabs?
 */
#include "exercise.h"

#define NR 16

static struct kmem_cache *cachep;
static void *obj[NR + 5];

static void state(const char *what, const void *o)
{
	struct kmem_list3 *l3 = cachep->nodelists[0];
	struct array_cache *ac = cpu_cache_get(cachep);
	unsigned int i;

	printf("%-9s", what);
	if (o)
		printf(" %c:", slab_letter(slab_pfn(o)));
	else
		printf("   ");
	printf(" array");
	for (i = 0; i < ac->avail; i++)
		printf(" %c", slab_letter(slab_pfn(ac->entry[i])));
	if (!ac->avail)
		printf(" -");
	print_list(" | full", &l3->slabs_full);
	print_list(" | partial", &l3->slabs_partial);
	print_list(" | free", &l3->slabs_free);
	printf(" | free_objects %lu\n", l3->free_objects);
}

int main(void)
{
	static const char tune[] = "grow 4 2 0";
	static const char *const names[] = { "grow", NULL };
	struct kmem_list3 *l3;
	char what[16];
	int i, k;

	boot(64UL << 20, 1, "");
	cachep = kmem_cache_create("grow", 1000, 0, 0, NULL);
	slabinfo_write(NULL, tune, sizeof(tune) - 1, NULL);
	l3 = cachep->nodelists[0];
	printf("kmem_cache_create(grow, 1000): objsize %u, objperslab %u, "
	       "pagesperslab %u\n\"%s\" > /proc/slabinfo: limit %u, "
	       "batchcount %u, free_limit %u\n\n",
	       cachep->buffer_size, cachep->num, 1U << cachep->gfporder, tune,
	       cpu_cache_get(cachep)->limit, cpu_cache_get(cachep)->batchcount,
	       l3->free_limit);

	for (i = 0; i < NR; i++) {
		obj[i] = kmem_cache_alloc(cachep, GFP_KERNEL);
		snprintf(what, sizeof(what), "alloc o%d", i);
		state(what, obj[i]);
	}
	putchar('\n');
	for (i = 0; i < NR; i++) {
		snprintf(what, sizeof(what), "free o%d", i);
		kmem_cache_free(cachep, obj[i]);
		state(what, obj[i]);	/* it waits in the array: its slab stays */
	}
	slabinfo(names);
	for (k = 0; k < nr_slab_letters; k++)
		printf("slab %c: pfn %lu\n", 'A' + k, slab_letters[k]);
	putchar('\n');

	for (i = 0; i < 5; i++) {
		obj[NR + i] = kmem_cache_alloc(cachep, GFP_KERNEL);
		snprintf(what, sizeof(what), "alloc x%d", i);
		state(what, obj[NR + i]);
	}
	for (i = 0; i < 5; i++)
		kmem_cache_free(cachep, obj[NR + i]);
	state("free x0-4", NULL);
	printf("\nkmem_cache_shrink(grow) = %d\n", kmem_cache_shrink(cachep));
	state("shrunk", NULL);
	slabinfo(names);
	kmem_cache_destroy(cachep);
	return 0;
}
