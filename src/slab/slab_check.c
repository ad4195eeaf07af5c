/**
 * @file
 * @brief \~english mm24's invariant checker for the slab allocator.
 *        \~chinese mm24 为 slab 分配器编写的不变式检查器。 \~
 *
 * slab_check.c - the slab allocator's invariants, checked by walking
 * every cache, slab and array (mm24's own; no 2.6.24 counterpart).
 *
 * For every cache on cache_chain and its list3:
 *  1. each slab is on the list its inuse says: full (num), partial
 *     (1 .. num-1) or free (0);
 *  2. its bufctl chain, from slabp->free, visits distinct indices below
 *     num and ends with BUFCTL_END after exactly num - inuse objects;
 *  3. its pages are PG_slab and point back (page->lru) to the cache and
 *     the slab; the slab starts on a page, its colour is below the
 *     cache's colours, and an on-slab descriptor sits after the colour;
 *  4. free_objects is the count of free objects in the slabs (what
 *     s_show() of /proc/slabinfo checks: num_objs - active_objs);
 *  5. every object in a CPU's array or the shared array is an object of
 *     this cache, allocated in its slab (not on the free chain), and in
 *     no other array; no array holds more than its limit;
 *  6. the pages of all slabs, reclaimable or not, equal NR_SLAB_RECLAIMABLE
 *     and NR_SLAB_UNRECLAIMABLE with the CPUs' unfolded deltas, and equal
 *     the PG_slab pages of lowmem.
 */
#include <stdlib.h>
#include <string.h>
#include <linux/bootmem.h>
#include <linux/mm.h>
#include <linux/slab_check.h>
#include <linux/vmstat.h>
#include <mm/slab.h>

static int problems;

static void complain(struct kmem_cache *cachep, const void *where,
		     const char *what)
{
	if (problems++ < 10)
		printk(KERN_ERR "slab_check: cache %s at %08lx: %s\n",
		       cachep ? cachep->name : "-", i386_addr(where), what);
}

/* What the walk of one cache found. */
struct tally {
	unsigned long free_in_slabs;	/* objects on bufctl chains */
	unsigned long pages;		/* pages of its slabs */
};

/* A host-side mark per object of a slab: 1 free, 2 in an array. */
struct marks {
	struct slab *slabp;
	unsigned char *mark;
	struct marks *next;
};

static struct marks *marks_of(struct marks *all, struct slab *slabp)
{
	for (; all; all = all->next)
		if (all->slabp == slabp)
			return all;
	return NULL;
}

static void check_pages(struct kmem_cache *cachep, struct slab *slabp)
{
	char *first = (char *)slabp->s_mem - slabp->colouroff;
	unsigned long colour = slabp->colouroff;
	unsigned long i, nr = 1UL << cachep->gfporder;

	if (i386_addr(first) & (PAGE_SIZE - 1)) {
		complain(cachep, first, "slab does not start on a page");
		return;
	}
	if (!OFF_SLAB(cachep)) {
		if (footprint_of(slabp) != first + colour - cachep->slab_size)
			complain(cachep, first, "on-slab descriptor not after "
				 "the colour");
		colour -= cachep->slab_size;
	}
	if (colour % cachep->colour_off ||
	    (cachep->colour && colour / cachep->colour_off >= cachep->colour) ||
	    (!cachep->colour && colour))
		complain(cachep, first, "colour out of range");
	for (i = 0; i < nr; i++) {
		struct page *page = virt_to_page(first) + i;

		if (!PageSlab(page) ||
		    (struct kmem_cache *)page->lru.next != cachep ||
		    (struct slab *)page->lru.prev != slabp)
			complain(cachep, first, "page does not point back to "
				 "its cache and slab");
	}
}

/* Walk one slab's free chain; returns its marks (1 = free). */
static struct marks *check_slab(struct kmem_cache *cachep, struct slab *slabp,
				int list, struct tally *t)
{
	const kmem_bufctl_t *bufctl = slab_bufctl(slabp);
	struct marks *m = calloc(1, sizeof(*m));
	unsigned int seen = 0;
	kmem_bufctl_t i;

	if (!m || !(m->mark = calloc(cachep->num, 1)))
		panic("mm24: out of host memory");
	m->slabp = slabp;
	if ((list == 0 && slabp->inuse != cachep->num) ||
	    (list == 1 && (slabp->inuse == 0 || slabp->inuse >= cachep->num)) ||
	    (list == 2 && slabp->inuse != 0))
		complain(cachep, slabp->s_mem, "slab on the wrong list for its "
			 "inuse");
	for (i = slabp->free; i != BUFCTL_END; i = bufctl[i]) {
		if (i >= cachep->num) {
			complain(cachep, slabp->s_mem, "bufctl index out of "
				 "range");
			break;
		}
		if (m->mark[i]) {
			complain(cachep, slabp->s_mem, "bufctl chain loops");
			break;
		}
		m->mark[i] = 1;
		seen++;
	}
	if (seen + slabp->inuse != cachep->num)
		complain(cachep, slabp->s_mem, "bufctl chain does not hold the "
			 "num - inuse free objects");
	t->free_in_slabs += seen;
	t->pages += 1UL << cachep->gfporder;
	check_pages(cachep, slabp);
	return m;
}

/* An object held by an array: this cache's, allocated, in one array. */
static void check_held(struct kmem_cache *cachep, struct marks *all,
		       void *objp)
{
	struct page *page = virt_to_page(objp);
	struct slab *slabp;
	struct marks *m;
	unsigned int idx;

	if (!virt_addr_valid(objp) || !PageSlab(page) ||
	    page_get_cache(page) != cachep) {
		complain(cachep, objp, "array holds an object of another "
			 "cache");
		return;
	}
	slabp = virt_to_slab(objp);
	idx = obj_to_index(cachep, slabp, objp);
	m = marks_of(all, slabp);
	/* arrays hold buffers: a debug object's red zone is in front */
	if (!m || idx >= cachep->num || index_to_obj(cachep, slabp, idx) != objp) {
		complain(cachep, objp, "array holds no object of a listed "
			 "slab");
		return;
	}
	if (m->mark[idx] == 1)
		complain(cachep, objp, "array holds a free object");
	else if (m->mark[idx] == 2)
		complain(cachep, objp, "object in two arrays");
	m->mark[idx] = 2;
}

static void check_array(struct kmem_cache *cachep, struct marks *all,
			struct array_cache *ac)
{
	unsigned int i;

	if (!ac)
		return;
	if (ac->avail > ac->limit) {
		complain(cachep, footprint_of(ac), "array holds more than its "
			 "limit");
		return;
	}
	for (i = 0; i < ac->avail; i++)
		check_held(cachep, all, ac->entry[i]);
}

static void check_cache(struct kmem_cache *cachep, unsigned long *pages)
{
	struct kmem_list3 *l3 = cachep->nodelists[0];
	struct list_head *lists[3];
	struct marks *all = NULL, *m;
	struct tally t = { 0, 0 };
	struct slab *slabp;
	int list, cpu;

	if (!l3) {
		complain(cachep, NULL, "no kmem_list3");
		return;
	}
	lists[0] = &l3->slabs_full;
	lists[1] = &l3->slabs_partial;
	lists[2] = &l3->slabs_free;
	for (list = 0; list < 3; list++)
		list_for_each_entry(slabp, lists[list], list) {
			m = check_slab(cachep, slabp, list, &t);
			m->next = all;
			all = m;
		}
	if (t.free_in_slabs != l3->free_objects)
		complain(cachep, NULL, "free_objects differs from the free "
			 "objects of the slabs");
	for_each_online_cpu(cpu)
		check_array(cachep, all, cachep->array[cpu]);
	check_array(cachep, all, l3->shared);
	pages[!!(cachep->flags & SLAB_RECLAIM_ACCOUNT)] += t.pages;
	while (all) {
		m = all->next;
		free(all->mark);
		free(all);
		all = m;
	}
}

int slab_check(void)
{
	unsigned long pages[2] = { 0, 0 }, flagged = 0, pfn;
	long counted[2] = { 0, 0 };
	struct kmem_cache *cachep;
	struct zone *zone;

	problems = 0;
	list_for_each_entry(cachep, &cache_chain, next)
		check_cache(cachep, pages);
	for_each_zone(zone) {
		if (!populated_zone(zone))
			continue;
		counted[0] += zone_page_state_exact(zone, NR_SLAB_UNRECLAIMABLE);
		counted[1] += zone_page_state_exact(zone, NR_SLAB_RECLAIMABLE);
	}
	if (counted[0] != (long)pages[0] || counted[1] != (long)pages[1])
		complain(NULL, NULL, "NR_SLAB_* differ from the pages of the "
			 "slabs");
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		flagged += (unsigned long)PageSlab(pfn_to_page(pfn));
	if (flagged != pages[0] + pages[1])
		complain(NULL, NULL, "PG_slab pages differ from the pages of "
			 "the slabs");
	return problems;
}
