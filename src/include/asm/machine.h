/**
 * @file
 * @brief \~english The emulated i386 PC: interface of the hardware model.
 *        \~chinese 模拟的 i386 PC：硬件模型的接口。 \~
 *
 * asm/machine.h - the emulated i386 PC that the kernel code runs on.
 *
 * This is hardware, not kernel: it has no 2.6.24 counterpart.
 *
 *  - RAM: a memfd of mem= bytes.  phys_ram maps all of it at host address
 *    phys_ram (physical address 0); the MMU and the "BIOS" use it.
 *  - The linear space: a 4 GiB host reservation, 4 GiB aligned, at
 *    i386_linear_base.  Its kernel half is backed by RAM exactly where
 *    swapper_pg_dir maps it: every write of a kernel PDE or PTE is
 *    mirrored into host mappings (i386_shadow_pmd/pte), the way a
 *    hypervisor shadows a paravirtualised guest's page tables; a PTE
 *    that replaces a present one reaches the host mapping only when the
 *    kernel flushes its TLB entry, so the host mappings are the kernel's
 *    TLB (see machine.c).  The user
 *    half stays inaccessible to the host: user memory is reached only
 *    through the emulated MMU (i386_access()).
 *  - CPUs: CR0 (PG, WP), CR2, CR3, CR4 (PSE, PGE) and a data TLB each.
 *    The TLB is 4-way set associative with 16 sets (64 entries, like a
 *    P6 data TLB), caches the combined PDE/PTE permissions, and is only
 *    refilled by a page walk, so a forgotten flush leaves a stale entry.
 *  - A failing translation sets CR2 and enters do_page_fault() with the
 *    i386 error code; afterwards the access is retried, or abandoned if
 *    the fault was fixed up (kernel) or ended in a signal (user).
 *  - BUG(), oopses and panics halt the machine: control returns to the
 *    innermost machine_run() with the halt reason.
 */
#ifndef _ASM_MACHINE_H
#define _ASM_MACHINE_H

#include <linux/types.h>
#include <linux/smp.h>

#define X86_CR0_WP	0x00010000u
#define X86_CR0_PG	0x80000000u
#define X86_CR4_PSE	0x00000010u
#define X86_CR4_PGE	0x00000080u

#define TLB_SETS	16
#define TLB_WAYS	4
#define TLB_NO_VPN	0xffffffffu

/* One cached translation: pte holds the frame and the effective bits. */
struct tlb_entry {
	u32 vpn;
	u32 pte;
};

struct i386_tlb {
	struct tlb_entry way[TLB_SETS][TLB_WAYS];
	u8 victim[TLB_SETS];		/* round-robin replacement */
	unsigned long hits, misses, flushes;
};

struct i386_cpu {
	u32 cr0, cr2, cr3, cr4;
	struct i386_tlb tlb;
};

extern struct i386_cpu i386_cpus[NR_CPUS];
#define this_i386_cpu()	(&i386_cpus[mm24_cpu])

extern u8 *phys_ram;			/* host view of physical memory */
extern unsigned long phys_ram_size;	/* bytes of RAM (mem=) */

struct machine_config {
	unsigned long mem;		/* bytes, 16M..4G */
	int cpus;			/* 1..NR_CPUS */
};

/* Parse "mem=SIZE" / "cpus=N": 0, or -1 and @err filled, or 1 if @opt
 * is not a machine option (it may be a kernel parameter). */
int machine_parse_option(struct machine_config *cfg, const char *opt,
			 char *err, size_t errlen);
/* Power on: RAM, linear space, CPUs with paging as head.S leaves it. */
void machine_power_on(const struct machine_config *cfg);
/* Power off: give the RAM, the linear space and the fault handlers back
 * to the host.  The kernel's own state is left as it is: a reset restores
 * it separately (see machine.c). */
void machine_power_off(void);

/*
 * Machine images, for the boot cache of the fuzz target (machine.c): what
 * a booted machine holds outside mm24's .data and .bss, namely its RAM
 * and the machine's own tables.  machine_image_save() copies the pages
 * the host has supplied so far (NULL if the kernel TLB holds a stale
 * translation); machine_image_restore() brings the same machine back to
 * the image, host mappings included.
 */
struct machine_image;
struct machine_image *machine_image_save(void);
void machine_image_restore(struct machine_image *img);
void machine_image_drop(struct machine_image *img);
/* Turn host faults in the linear space into kernel oopses (power-on does
 * it; a test framework that installs its own SIGSEGV handler undoes it). */
void machine_catch_faults(void);

enum machine_halt {
	MACHINE_RUNNING = 0,
	MACHINE_BUG,		/* BUG() or an oops */
	MACHINE_PANIC,		/* panic() */
	MACHINE_STUCK,		/* an access that cannot make progress */
	MACHINE_UNWOUND,	/* the host program abandoned the call */
};
/* Run @fn; returns MACHINE_RUNNING or why the machine stopped. */
enum machine_halt machine_run(void (*fn)(void *), void *arg);
void machine_halt(enum machine_halt why) __attribute__((noreturn));
/* Leave the innermost machine_run() without stopping the machine. */
void machine_unwind(void) __attribute__((noreturn));
extern enum machine_halt machine_state;

/* The translation a TLB hit or a page walk gives, for tests and views. */
struct i386_walk {
	u32 pde, pte;		/* entries read (pte = 0 for a PSE page) */
	u32 pde_addr, pte_addr;	/* their physical addresses */
	u32 phys;		/* resulting physical address */
	int present;		/* 0 if the walk stopped at a clear entry */
};
void i386_walk(u32 cr3, u32 vaddr, struct i386_walk *w);

/* Access @len bytes at linear @vaddr through the MMU of this CPU. */
#define I386_WRITE	1
#define I386_USER	2
/* with I386_WRITE: a read-modify-write that leaves the bytes as they
 * are ("lock orb $0"): a write for the MMU, @buf is not used */
#define I386_KEEP	4
int i386_access(u32 vaddr, void *buf, size_t len, int flags,
		unsigned long kernel_eip);

/* One translation through the TLB: 0 and *pa, or 1 and the #PF error code. */
int i386_translate(struct i386_cpu *cpu, u32 vaddr, int flags, u32 *pa,
		   u32 *err);

/* TLB maintenance used by asm/tlbflush.h. */
void i386_tlb_flush(struct i386_cpu *cpu, int keep_global);
void i386_tlb_flush_one(struct i386_cpu *cpu, u32 vaddr);

/*
 * The kernel TLB (machine.c): the host mappings of kernel pages, which
 * keep a translation until a flush (see machine.c).  The MMU's flushes
 * call these; i386_ktlb_stale() tells whether the host still maps an
 * older PTE than the page table holds for @vaddr (for tests and views).
 */
void i386_ktlb_flush(int keep_global);
void i386_ktlb_flush_one(u32 vaddr);
int i386_ktlb_stale(u32 vaddr);
/* 1 (the default): a kmap_atomic() window is mapped on the host only when
 * the kernel dereferences it, which takes a host fault that only
 * linear_space_fault() handles; a program that puts another SIGSEGV
 * handler in front (a test framework) sets it to 0. */
extern int i386_lazy_windows;
/* Would a kernel access to @vaddr get through the host mapping?  1 yes;
 * 0, and the i386 error code of the fault, if not.  A scenario command
 * that reads or writes kernel memory asks first and, instead of a host
 * fault, reports the oops with machine_kernel_fault(), which stops the
 * machine as the fault would.  A yes maps a kmap_atomic() window the host
 * has left unmapped (machine.c, ktlb_load()). */
int i386_kernel_can_access(u32 vaddr, int write, unsigned long *error_code);
void machine_kernel_fault(u32 vaddr, unsigned long error_code)
	__attribute__((noreturn));

#endif /* _ASM_MACHINE_H */
