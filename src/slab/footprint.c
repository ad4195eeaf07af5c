/*
 * footprint.c - the list of the slab allocator's live host structures
 * (see mm/slab.h): what a power-off of the emulated machine gives back
 * to the host heap.  Not kernel code.
 */
#include <mm/slab.h>

struct footprint live_footprints = {
	.prev = &live_footprints,
	.next = &live_footprints,
};

void footprints_release(void)
{
	while (live_footprints.next != &live_footprints)
		footprint_drop(live_footprints.next + 1);
}
