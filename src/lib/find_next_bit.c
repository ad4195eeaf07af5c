/**
 * @file
 * @brief \~english Bitmap search.
 *        \~chinese 位图查找。 \~
 *
 * find_next_bit.c - bitmap search (lib/find_next_bit.c), bytewise so any map layout works.
 */
#include <linux/bitops.h>

unsigned long find_next_zero_bit(const void *map, unsigned long size,
				 unsigned long start)
{
	const u8 *b = map;
	unsigned long i = start;

	while (i < size) {
		/* skip full bytes quickly once aligned */
		if (!(i & 7) && i + 8 <= size && b[i >> 3] == 0xff) {
			i += 8;
			continue;
		}
		if (!test_bit(i, map))
			return i;
		i++;
	}
	return size;
}
