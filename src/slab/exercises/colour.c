/*
 * colour - two caches of 192-byte objects, one aligned to the L1 line
 * (SLAB_HWCACHE_ALIGN) and one to 64 bytes, each grown to six slabs.
 * For each cache: its colours and colour_off; for each new slab: its
 * first pfn, where its first object starts in it, and the node's
 * colour_next after cache_grow().
 *
 * Questions (answered in the slab chapter, section "Exercises"):
 *  1. Where does the first object of each slab start, and why does the
 *     offset repeat every four slabs in col32 but every two in col64?
 *  2. One slab of col32 has 128 bytes that hold no object and no
 *     descriptor.  Where are they in a slab of colour 0, and in a slab
 *     of colour 3?
 *  3. Objects with the same index in slabs of different colours: what
 *     changes in their addresses, and what does that buy on a CPU whose
 *     cache lines are 32 bytes?
 */
#include "exercise.h"

#define SLABS 6

static void grow_six(struct kmem_cache *cachep)
{
	static void *objs[SLABS * 64];
	unsigned long last = 0;
	int n = 0, slabs = 0, i;

	printf("%s: objsize %u, objperslab %u, descriptor %u bytes on-slab, "
	       "colour %zu, colour_off %u\n", cachep->name, cachep->buffer_size,
	       cachep->num, cachep->slab_size, cachep->colour,
	       cachep->colour_off);
	while (slabs < SLABS) {
		void *obj = kmem_cache_alloc(cachep, GFP_KERNEL);
		struct slab *slabp = virt_to_slab(obj);
		unsigned long pfn = slab_pfn(obj);
		unsigned long first = i386_addr(slabp->s_mem);

		objs[n++] = obj;
		if (pfn == last)
			continue;
		last = pfn;
		slabs++;
		printf("  slab pfn %lu: object 0 at 0x%08lx, byte %4lu of the "
		       "slab; colour_next now %u\n", pfn, first,
		       first - i386_addr(page_address(pfn_to_page(pfn))),
		       cachep->nodelists[0]->colour_next);
	}
	for (i = 0; i < n; i++)
		kmem_cache_free(cachep, objs[i]);
}

int main(void)
{
	struct kmem_cache *col32, *col64;

	boot(64UL << 20, 1, "");
	col32 = kmem_cache_create("col32", 192, 0, SLAB_HWCACHE_ALIGN, NULL);
	col64 = kmem_cache_create("col64", 192, 64, 0, NULL);
	grow_six(col32);
	grow_six(col64);
	kmem_cache_shrink(col32);
	kmem_cache_shrink(col64);
	kmem_cache_destroy(col32);
	kmem_cache_destroy(col64);
	return 0;
}
