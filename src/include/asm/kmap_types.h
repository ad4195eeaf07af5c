/**
 * @file
 * @brief \~english The per-CPU kmap_atomic() slot types.
 *        \~chinese 每个 CPU 的 kmap_atomic() 槽位类型。 \~
 *
 * asm/kmap_types.h - the per-CPU kmap_atomic() slots (include/asm-x86/kmap_types.h).
 */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

/**
 * @brief \~english The kmap_atomic() slots of each CPU: one per kind of user that may nest.
 *        \~chinese 每个 CPU 的 kmap_atomic() 槽位：可能嵌套的每类使用者各占一个。 \~
 * @kernel{include/asm-x86/kmap_types.h,10}
 * @seenotes{chapter-highmem,highmem-atomic}
 * @kquirk \~english 2.6.24 writes D(n) before each entry, from KM_BOUNCE_READ
 *         to KM_TYPE_NR: with CONFIG_DEBUG_HIGHMEM it adds a __KM_FENCE_n
 *         entry (an unused slot between two used ones), without it D(n) is
 *         nothing, and mm24 mirrors the kernel without it.
 *         \~chinese 2.6.24 在从 KM_BOUNCE_READ 到 KM_TYPE_NR 的每一项前都写了 D(n)：
 *         配置了 CONFIG_DEBUG_HIGHMEM 时它加入一项 __KM_FENCE_n（两个使用中的槽位之间
 *         空出一个槽位），否则 D(n) 什么也不是；mm24 照的是不带该选项的内核。 \~
 */
enum km_type {
	KM_BOUNCE_READ,
	KM_SKB_SUNRPC_DATA,
	KM_SKB_DATA_SOFTIRQ,
	KM_USER0,
	KM_USER1,
	KM_BIO_SRC_IRQ,
	KM_BIO_DST_IRQ,
	KM_PTE0,
	KM_PTE1,
	KM_IRQ0,
	KM_IRQ1,
	KM_SOFTIRQ0,
	KM_SOFTIRQ1,
	KM_TYPE_NR
};

#endif /* _ASM_KMAP_TYPES_H */
