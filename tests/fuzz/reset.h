/*
 * reset.h - boot the emulated machine many times in one process (the
 * fuzz target, the reset check): see reset.c and machine.c.
 */
#ifndef _MM24_RESET_H
#define _MM24_RESET_H

#include <stddef.h>

/* The mm24 program's own power-off (src/mm24/boot.c). */
void mm24_power_off(void);

/* Take the snapshot of mm24's writable data: before the first boot.
 * Returns its size in bytes. */
size_t reset_init(void);
/* Power off and put every unit's data back as reset_init() found it. */
void reset_machine(void);

#endif /* _MM24_RESET_H */
