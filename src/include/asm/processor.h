/**
 * @file
 * @brief \~english CPU features, control registers, per-thread fault state.
 *        \~chinese CPU 特性、控制寄存器与线程的缺页记录。 \~
 *
 * asm/processor.h - CPU features, control registers and the per-thread
 * fault state (include/asm-x86/processor_32.h).
 */
#ifndef _ASM_PROCESSOR_H
#define _ASM_PROCESSOR_H

#include <asm/machine.h>

struct cpuinfo_x86 {
	u8 x86;			/* CPU family: 6 for a Pentium Pro/II/III */
	u8 x86_vendor;		/* X86_VENDOR_INTEL, X86_VENDOR_AMD, ... */
	int has_pse;		/* X86_FEATURE_PSE: 4 MiB pages */
	int has_pge;		/* X86_FEATURE_PGE: global pages */
	int wp_works_ok;	/* -1 until test_wp_bit() has run */
};
#define X86_VENDOR_INTEL	0
#define X86_VENDOR_AMD		2
extern struct cpuinfo_x86 boot_cpu_data;
#define cpu_has_pse	(boot_cpu_data.has_pse)
#define cpu_has_pge	(boot_cpu_data.has_pge)

/* What do_page_fault() records about the last fault of a thread. */
struct thread_struct {
	unsigned long cr2;
	unsigned long trap_no;
	unsigned long error_code;
};

static inline unsigned long read_cr0(void) { return this_i386_cpu()->cr0; }
static inline unsigned long read_cr2(void) { return this_i386_cpu()->cr2; }
static inline unsigned long read_cr3(void) { return this_i386_cpu()->cr3; }
static inline unsigned long read_cr4(void) { return this_i386_cpu()->cr4; }
static inline void write_cr0(unsigned long v) { this_i386_cpu()->cr0 = (u32)v; }

/* Loading CR3 drops every non-global TLB entry, as the hardware does. */
static inline void write_cr3(unsigned long v)
{
	this_i386_cpu()->cr3 = (u32)v;
	i386_tlb_flush(this_i386_cpu(), 1);
}
#define load_cr3(pgdir)	write_cr3(__pa(pgdir))

/* CR4 bits are set on every CPU: secondary CPUs boot with the same mask. */
void set_in_cr4(unsigned long mask);

#endif /* _ASM_PROCESSOR_H */
