/*
 * reset.h - boot the emulated machine many times in one process (the
 * fuzz target, the reset check): see reset.c and machine.c.  Link with
 * -Wl,-T,tests/fuzz/state.ld and -Wl,--wrap= for mm24_boot, malloc,
 * calloc, realloc, free, strdup and strndup.
 */
#ifndef _MM24_RESET_H
#define _MM24_RESET_H

#include <stddef.h>

/* Take the snapshot of mm24's writable data: before the first boot.
 * Returns its size in bytes. */
size_t reset_init(void);
/* Power off (or put a cached machine back to its image) and put all of
 * mm24's data back as reset_init() found it. */
void reset_machine(void);
/* Boots the cache answered, and boots that ran. */
void reset_stats(unsigned long *boots_cached, unsigned long *boots_run);

#endif /* _MM24_RESET_H */
