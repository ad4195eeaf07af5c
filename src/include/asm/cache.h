/**
 * @file
 * @brief \~english The L1 cache line of the CPU the kernel is built for.
 *        \~chinese 内核所针对的 CPU 的一级缓存行大小。 \~
 *
 * asm/cache.h - the L1 cache line (include/asm-x86/cache.h).
 *
 * mm24 mirrors a kernel built for the default CPU of 2.6.24's i386
 * configuration, M686 (Pentium Pro / II / III): CONFIG_X86_L1_CACHE_SHIFT
 * is 5, so a line is 32 bytes.  The slab allocator reads it twice: the
 * kmalloc size table keeps size-96 and size-192 for lines under 64 and
 * 128 bytes, and cache_line_size() aligns and colours the objects.
 */
#ifndef _ASM_CACHE_H
#define _ASM_CACHE_H

#define L1_CACHE_SHIFT	5
#define L1_CACHE_BYTES	(1 << L1_CACHE_SHIFT)

#endif /* _ASM_CACHE_H */
