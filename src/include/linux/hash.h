/**
 * @file
 * @brief \~english Multiplicative hashing of words and pointers.
 *        \~chinese 对字和指针做乘法散列。 \~
 *
 * linux/hash.h - multiplicative hashing (include/linux/hash.h).
 *
 * A 32-bit word times a prime close to 2^32 / phi, keeping the top bits:
 * they depend on every bit of the word.  i386 has 32-bit longs, so the
 * product is taken modulo 2^32 whatever the host's long is, and a kernel
 * pointer is hashed as the i386 address it stands for: the buckets are
 * the ones a 2.6.24 kernel would choose.
 */
#ifndef _LINUX_HASH_H
#define _LINUX_HASH_H

#include <linux/kernel.h>

/* 2^31 + 2^29 - 2^25 + 2^22 - 2^19 - 2^16 + 1, the 32-bit constant */
#define GOLDEN_RATIO_PRIME	0x9e370001UL

/**
 * @brief \~english The top @p bits bits of @p val times GOLDEN_RATIO_PRIME, in 32 bits.
 *        \~chinese 取 val 乘以 GOLDEN_RATIO_PRIME（按 32 位截断）后的高 bits 位作为散列值。 \~
 * @param val \~english the word \~chinese 要散列的字 \~
 * @param bits \~english bits of the result (1 to 32)
 *             \~chinese 结果的位数（1 到 32） \~
 * @return \~english a value below 2^bits \~chinese 小于 2^bits 的值 \~
 * @kernel{include/linux/hash.h,26}
 * @seenotes{chapter-highmem,highmem-page-address}
 */
static inline unsigned long hash_long(unsigned long val, unsigned int bits)
{
	/* an i386 long: the product wraps at 32 bits, whatever the host */
	u32 product = (u32)val * (u32)GOLDEN_RATIO_PRIME;

	return product >> (BITS_PER_LONG - bits);
}

/**
 * @brief \~english Hash a kernel pointer by its i386 address.
 *        \~chinese 按 i386 地址对内核指针做散列。 \~
 * @param ptr \~english the pointer \~chinese 要散列的指针 \~
 * @param bits \~english bits of the result \~chinese 结果的位数 \~
 * @return \~english a value below 2^bits \~chinese 小于 2^bits 的值 \~
 * @kernel{include/linux/hash.h,54}
 * @seenotes{chapter-highmem,highmem-page-address}
 * @kquirk \~english The pointer is a host address; hash_long() is given
 *         its i386 value (i386_addr()), so that a struct page falls in the
 *         bucket it has on i386.
 *         \~chinese 指针是宿主机地址；交给 hash_long() 的是它的 i386 值（i386_addr()），
 *         这样 struct page 落入的散列桶与在 i386 上相同。 \~
 */
static inline unsigned long hash_ptr(const void *ptr, unsigned int bits)
{
	return hash_long(i386_addr(ptr), bits);
}

#endif /* _LINUX_HASH_H */
