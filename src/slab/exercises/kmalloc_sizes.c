/*
 * kmalloc_sizes - the general cache kmalloc() picks for requests from 1
 * byte to past the largest one, what ksize() says the object really
 * has, and how each of those caches lays out its slabs.
 *
 * Questions (answered in the slab chapter, section "Exercises"):
 *  1. How many bytes of its object does kmalloc(33) leave unused?  And
 *     kmalloc(4097)?
 *  2. Which request below wastes the largest share of its object?
 *  3. size-256 keeps its slab descriptor inside the slab, size-1024 keeps
 *     it in another cache.  What decides that?
 *  4. How many bytes of a size-192 slab hold neither an object nor the
 *     descriptor, and what are they used for?
 *  5. What do kmalloc(0) and kmalloc(4194305) return, and why not a
 *     general cache?
 */
#include "exercise.h"

/* run-time sizes: kmalloc() goes through __kmalloc() and its table walk */
static volatile size_t sizes[] = {
	1, 24, 32, 33, 64, 65, 96, 100, 129, 192, 193, 256, 257, 1000, 1025,
	3000, 4096, 4097, 100000, 131073, 0, 4194305,
};
#define NR_SIZES (sizeof(sizes) / sizeof(sizes[0]))

static void *objs[NR_SIZES];
static struct kmem_cache *seen[NR_SIZES];
static int nr_seen;

static void note_cache(struct kmem_cache *cachep)
{
	int i;

	for (i = 0; i < nr_seen; i++)
		if (seen[i] == cachep)
			return;
	seen[nr_seen++] = cachep;
}

int main(void)
{
	unsigned int i;
	int k;

	boot(64UL << 20, 1, "");

	printf("request         cache           ksize()\n");
	for (i = 0; i < NR_SIZES; i++) {
		void *obj = kmalloc(sizes[i], GFP_KERNEL);

		objs[i] = obj;
		printf("kmalloc(%7zu)  ", sizes[i]);
		if (obj == NULL) {
			printf("NULL\n");
		} else if (obj == ZERO_SIZE_PTR) {
			printf("ZERO_SIZE_PTR (0x%lx)\n", (unsigned long)obj);
		} else {
			struct kmem_cache *cachep = virt_to_cache(obj);

			printf("%-15s %7zu\n", cachep->name, ksize(obj));
			note_cache(cachep);
		}
	}

	printf("\ncache          objsize objperslab pages colours "
	       "descriptor\n");
	for (k = 0; k < nr_seen; k++) {
		struct kmem_cache *c = seen[k];

		printf("%-14s %7u %10u %5u %4zu x%-3u", c->name, c->buffer_size,
		       c->num, 1U << c->gfporder, c->colour, c->colour_off);
		if (OFF_SLAB(c))
			printf("off-slab, %u bytes in %s\n", c->slab_size,
			       c->slabp_cache->name);
		else
			printf("on-slab, %u bytes\n", c->slab_size);
	}

	for (i = 0; i < NR_SIZES; i++)
		kfree(objs[i]);
	return 0;
}
