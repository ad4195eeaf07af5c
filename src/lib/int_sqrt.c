/**
 * @file
 * @brief \~english Integer square root.
 *        \~chinese 整数平方根。 \~
 *
 * int_sqrt.c - integer square root, rounded down (lib/int_sqrt.c).
 */
#include <linux/kernel.h>
#include <linux/lib.h>

/*
 * Digit-by-digit (bit pair) method: try each power of four from the top,
 * keep it when the running remainder allows.  Exact for every input.
 */
unsigned long int_sqrt(unsigned long x)
{
	unsigned long root = 0, bit = 1UL << (sizeof(long) * 8 - 2);

	while (bit > x)
		bit >>= 2;
	while (bit) {
		if (x >= root + bit) {
			x -= root + bit;
			root = (root >> 1) + bit;
		} else {
			root >>= 1;
		}
		bit >>= 2;
	}
	return root;
}
