/**
 * @file
 * @brief \~english The per-CPU kmap_atomic() slot types.
 *        \~chinese 每个 CPU 的 kmap_atomic() 槽位类型。 \~
 *
 * asm/kmap_types.h - the per-CPU kmap_atomic() slots (include/asm-x86/kmap_types.h).
 */
#ifndef _ASM_KMAP_TYPES_H
#define _ASM_KMAP_TYPES_H

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
