/*
 * footprint.c - the slab allocator's live host structures (see
 * mm/slab.h): what a power-off of the emulated machine gives back to the
 * host heap, and what an image of a booted machine keeps (the boot cache
 * of the fuzz target, tests/fuzz/reset.c).  Not kernel code.
 *
 * An image pins the structures that are live when it is taken: they
 * stay allocated at the same host addresses, since the machine's RAM and
 * data point at them, and footprint_free() only poisons a pinned one
 * (under ASan) instead of freeing it.  footprints_restore() frees those
 * allocated since, and copies every pinned one back, links included.
 */
#include <stdio.h>
#include <string.h>
#include <mm/slab.h>

#ifdef __has_feature
#if __has_feature(address_sanitizer)
#define __SANITIZE_ADDRESS__ 1
#endif
#endif
#ifdef __SANITIZE_ADDRESS__
void __asan_poison_memory_region(void const volatile *addr, size_t size);
void __asan_unpoison_memory_region(void const volatile *addr, size_t size);
#else
#define __asan_poison_memory_region(a, n)	((void)(a), (void)(n))
#define __asan_unpoison_memory_region(a, n)	((void)(a), (void)(n))
#endif

struct footprint live_footprints = {
	.prev = &live_footprints,
	.next = &live_footprints,
};

void footprint_free(struct footprint *fp)
{
	if (fp->pinned)
		__asan_poison_memory_region(fp, sizeof(*fp) + fp->size);
	else
		free(fp);
}

void footprints_release(void)
{
	while (live_footprints.next != &live_footprints)
		footprint_drop(live_footprints.next + 1);
}

struct footprint_image {
	size_t nr;
	struct footprint **at;		/* the pinned structures */
	unsigned char **bytes;		/* and what they held */
	struct footprint head;		/* live_footprints */
};

static void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fprintf(stderr, "mm24: out of host memory\n");
		exit(1);
	}
	return p;
}

struct footprint_image *footprints_save(void)
{
	struct footprint_image *img = xmalloc(sizeof(*img));
	struct footprint *fp;
	size_t i = 0;

	img->nr = 0;
	for (fp = live_footprints.next; fp != &live_footprints; fp = fp->next)
		img->nr++;
	img->at = xmalloc(img->nr * sizeof(*img->at));
	img->bytes = xmalloc(img->nr * sizeof(*img->bytes));
	for (fp = live_footprints.next; fp != &live_footprints; fp = fp->next) {
		size_t n = sizeof(*fp) + fp->size;

		fp->pinned = 1;
		img->at[i] = fp;
		img->bytes[i] = xmalloc(n);
		memcpy(img->bytes[i++], fp, n);
	}
	img->head = live_footprints;
	return img;
}

void footprints_restore(const struct footprint_image *img)
{
	struct footprint *fp, *next;
	size_t i;

	for (fp = live_footprints.next; fp != &live_footprints; fp = next) {
		next = fp->next;
		if (!fp->pinned)
			free(fp);
	}
	for (i = 0; i < img->nr; i++) {
		struct footprint *saved = (struct footprint *)img->bytes[i];

		__asan_unpoison_memory_region(img->at[i],
					      sizeof(*saved) + saved->size);
		memcpy(img->at[i], saved, sizeof(*saved) + saved->size);
	}
	live_footprints = img->head;
}

void footprints_image_drop(struct footprint_image *img)
{
	size_t i;

	if (!img)
		return;
	for (i = 0; i < img->nr; i++) {
		struct footprint *saved = (struct footprint *)img->bytes[i];

		__asan_unpoison_memory_region(img->at[i],
					      sizeof(*saved) + saved->size);
		free(img->at[i]);
		free(img->bytes[i]);
	}
	free(img->at);
	free(img->bytes);
	free(img);
}
