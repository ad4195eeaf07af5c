/**
 * @file
 * @brief \~english Bit operations on bitmaps.
 *        \~chinese 位图的位操作。 \~
 *
 * linux/bitops.h - bit operations on bitmaps and words.
 *
 * Bit n of a bitmap is bit (n % 8) of byte (n / 8).  On a little-endian
 * machine that is the same memory layout whether the map is read as
 * 32-bit i386 longs or as 64-bit host longs, so a bitmap written here
 * has exactly the bytes the i386 kernel would have written.  The maps are
 * addressed bytewise for that reason.  No operation is atomic: the
 * emulated CPUs never run at the same time.
 */
#ifndef _LINUX_BITOPS_H
#define _LINUX_BITOPS_H

#include <string.h>	/* declares the libc ffs(); ours replaces it below */
#include <linux/types.h>

static inline int test_bit(unsigned long nr, const void *map)
{
	return (((const u8 *)map)[nr >> 3] >> (nr & 7)) & 1;
}

static inline void __set_bit(unsigned long nr, void *map)
{
	((u8 *)map)[nr >> 3] |= (u8)(1u << (nr & 7));
}

static inline void __clear_bit(unsigned long nr, void *map)
{
	((u8 *)map)[nr >> 3] &= (u8)~(1u << (nr & 7));
}

static inline int test_and_set_bit(unsigned long nr, void *map)
{
	int old = test_bit(nr, map);

	__set_bit(nr, map);
	return old;
}

static inline int test_and_clear_bit(unsigned long nr, void *map)
{
	int old = test_bit(nr, map);

	__clear_bit(nr, map);
	return old;
}

#define set_bit(nr, map)	__set_bit(nr, map)
#define clear_bit(nr, map)	__clear_bit(nr, map)

/* First clear bit at or after @start below @size, or @size if none. */
unsigned long find_next_zero_bit(const void *map, unsigned long size,
				 unsigned long start);

/* fls(0) = 0, fls(1) = 1, fls(0x80000000) = 32: index of the top set bit. */
static inline int fls(int x)
{
	return x ? 32 - __builtin_clz((unsigned int)x) : 0;
}

/* ffs(0) = 0, ffs(1) = 1, ffs(8) = 4: index of the lowest set bit. */
#define ffs(x)	__builtin_ffs(x)

#endif /* _LINUX_BITOPS_H */
