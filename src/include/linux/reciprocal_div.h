/**
 * @file
 * @brief \~english Division by a constant as a multiplication.
 *        \~chinese 用乘法代替除以常数的除法。 \~
 *
 * linux/reciprocal_div.h - division by a divisor fixed in advance
 * (include/linux/reciprocal_div.h, lib/reciprocal_div.c).
 *
 * R = ceil(2^32 / k) once; then a / k is (a * R) >> 32 for the values the
 * slab allocator divides (an offset inside a slab by the object size).
 */
#ifndef _LINUX_RECIPROCAL_DIV_H
#define _LINUX_RECIPROCAL_DIV_H

#include <linux/types.h>
#include <asm/div64.h>

/**
 * @brief \~english The reciprocal of @p k, scaled by 2^32 and rounded up.
 *        \~chinese 求 k 的倒数（乘以 2^32 并向上取整）。 \~
 * @param k \~english the divisor \~chinese 除数 \~
 * @return \~english ceil(2^32 / k) \~chinese ceil(2^32 / k) \~
 * @kernel{lib/reciprocal_div.c,4}
 * @seenotes{chapter-slab,slab-objects}
 */
static inline u32 reciprocal_value(u32 k)
{
	u64 scaled = (1ULL << 32) + k - 1;

	do_div(scaled, k);
	return (u32)scaled;
}

/**
 * @brief \~english @p a divided by the divisor whose reciprocal is @p R.
 *        \~chinese 用倒数 R 计算 a 除以除数的商。 \~
 * @param a \~english the dividend \~chinese 被除数 \~
 * @param R \~english reciprocal_value() of the divisor
 *          \~chinese 除数的 reciprocal_value() \~
 * @return \~english the quotient \~chinese 商 \~
 * @kernel{include/linux/reciprocal_div.h,28}
 * @seenotes{chapter-slab,slab-objects}
 */
static inline u32 reciprocal_divide(u32 a, u32 R)
{
	return (u32)(((u64)a * R) >> 32);
}

#endif /* _LINUX_RECIPROCAL_DIV_H */
