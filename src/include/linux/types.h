/**
 * @file
 * @brief \~english Fixed-width and kernel integer types.
 *        \~chinese 定宽整数类型与内核类型定义。 \~
 *
 * linux/types.h - the fixed-width and kernel-typedef'd integer types.
 *
 * mm24 runs the 2.6.24 i386 memory manager on a 64-bit host.  Values that
 * live in emulated RAM in a fixed i386 layout (page-table entries, the
 * bootmem bitmap, the pageblock bitmap) use the explicit u32 type; ordinary
 * kernel variables use the host's unsigned long, which is wider than the
 * i386 one but holds every i386 value.
 */
#ifndef _LINUX_TYPES_H
#define _LINUX_TYPES_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/*
 * 2.6.24's compiler-gcc.h forces every inline function inline: none ever
 * has a frame of its own, so none shows in a stack dump as a frame of its
 * own, whatever the compiler would have decided (gcc and clang decide
 * differently at -O1).  The same here.
 */
#define inline		inline		__attribute__((always_inline))

typedef int8_t s8;
typedef uint8_t u8;
typedef int16_t s16;
typedef uint16_t u16;
typedef int32_t s32;
typedef uint32_t u32;
typedef int64_t s64;
typedef uint64_t u64;

typedef unsigned int gfp_t;
typedef unsigned long pgoff_t;

/** @brief Bits in an i386 long: words of the bootmem and pageblock maps. */
#define BITS_PER_LONG 32

typedef struct {
	int counter;
} atomic_t;

typedef struct {
	long counter;
} atomic_long_t;

#define ATOMIC_INIT(i) { (i) }

static inline int atomic_read(const atomic_t *v) { return v->counter; }
static inline void atomic_set(atomic_t *v, int i) { v->counter = i; }
static inline void atomic_inc(atomic_t *v) { v->counter++; }
static inline void atomic_add(int i, atomic_t *v) { v->counter += i; }
static inline void atomic_dec(atomic_t *v) { v->counter--; }
static inline int atomic_dec_and_test(atomic_t *v) { return --v->counter == 0; }
static inline int atomic_inc_and_test(atomic_t *v) { return ++v->counter == 0; }
static inline int atomic_add_negative(int i, atomic_t *v)
{
	v->counter += i;
	return v->counter < 0;
}
static inline long atomic_long_read(const atomic_long_t *v) { return v->counter; }
static inline void atomic_long_add(long i, atomic_long_t *v) { v->counter += i; }
static inline void atomic_long_set(atomic_long_t *v, long i) { v->counter = i; }

#endif /* _LINUX_TYPES_H */
