/**
 * @file
 * @brief \~english The byte and word patterns of slab debugging.
 *        \~chinese slab 调试所用的填充字节与红区魔数。 \~
 *
 * linux/poison.h - the patterns the slab allocator writes into objects
 * when it debugs them (include/linux/poison.h, the mm/slab.c part).
 *
 * A red zone is a 64-bit word on each side of an object: RED_ACTIVE while
 * the object is handed out, RED_INACTIVE while it is free.  A poisoned
 * free object is filled with POISON_FREE and ends with one POISON_END
 * byte; a freshly allocated one is filled with POISON_INUSE.
 */
#ifndef _LINUX_POISON_H
#define _LINUX_POISON_H

#define RED_INACTIVE	0x09F911029D74E35BULL	/* red zone word of a free object */
#define RED_ACTIVE	0xD84156C5635688C0ULL	/* red zone word of an object in use */

#define POISON_INUSE	0x5a	/* allocated, not yet written by its user */
#define POISON_FREE	0x6b	/* freed: a later write is a use after free */
#define POISON_END	0xa5	/* last byte of a poisoned object */

#endif /* _LINUX_POISON_H */
