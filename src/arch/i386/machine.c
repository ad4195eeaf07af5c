/**
 * @file
 * @brief \~english The emulated PC: RAM, linear space, CPUs and kernel-mapping shadowing.
 *        \~chinese 模拟的 PC：内存、线性地址空间、CPU，以及内核映射的影子同步。 \~
 *
 * machine.c - the emulated PC: RAM, the 4 GiB linear space, the CPUs,
 * the kernel image as the boot loader leaves it, and the "hypervisor"
 * that keeps host mappings of the kernel half in step with swapper_pg_dir.
 *
 * Nothing here mirrors kernel code; see asm/machine.h for the model.
 *
 * Power-on sequence (machine_power_on):
 *  1. create the RAM memfd and map it whole at phys_ram;
 *  2. reserve the linear space, 4 GiB aligned, inaccessible;
 *  3. fill the BIOS e820 map and the EBDA pointer of the BIOS data area;
 *  4. place the kernel image at 1 MiB and do what head.S does before
 *     start_kernel(): clear .bss, build swapper_pg_dir with two pg0 page
 *     tables mapping the first 8 MiB both at 0 and at PAGE_OFFSET, load
 *     CR3 and set CR0.PG and CR0.WP on every CPU.
 *
 * Shadowing: set_pmd() on a kernel entry of swapper_pg_dir maps (or
 * unmaps) the 4 MiB it covers; a page table hung there is remembered in
 * kpt_pde[] so that set_pte() on one of its entries maps (or unmaps) the
 * one page.  Other page directories never change host mappings: they
 * share the kernel's page tables, and the host has one address space.
 *
 * The kernel TLB.  The kernel reaches its addresses through host
 * pointers, so for kernel addresses the host mapping of a page is the
 * translation the CPU uses: it plays the TLB.  It follows the page
 * tables the way an i386 TLB does, not the way the tables change:
 *  1. a PTE written where the host maps nothing (no translation can be
 *     cached: i386 never caches a not-present entry) takes effect at
 *     once;
 *  2. a PTE written where the host maps a frame, to another frame or
 *     another present/writable state, does not: the host keeps the old
 *     translation (ktlb[] remembers which) and the page is listed as
 *     stale;
 *  3. invlpg (i386_tlb_flush_one()) brings one stale page in line with its
 *     PTE; a CR3 load (i386_tlb_flush(, 1)) every stale page whose old
 *     translation is not global (with CR4.PGE); a global flush all of them.
 * So it is the most retentive TLB i386 allows: every translation stays
 * cached until a flush drops it.  Code that rewrites a kernel PTE and
 * forgets the flush 2.6.24 does (kunmap_atomic(), flush_all_zero_pkmaps(),
 * unmap_kernel_range()) reads and writes the old frame through the old
 * address, as a real CPU may.  One host mapping stands for the TLBs of all
 * CPUs: a flush on any CPU brings it in line.  The kmap_atomic() slots
 * are per CPU and the pkmap and vmalloc flushes go to every CPU, so that
 * loses nothing mm24 can show.
 * One exception to "the host maps what the TLB holds": a kmap_atomic()
 * window (i386_lazy_windows, ktlb_load()).  Mapping one on the host costs
 * two mmap() calls and a host fault on the new mapping, more than the host
 * kernel's own fault for a page, and the fault path opens one for every
 * page it clears or copies.  So the host leaves the window a hole
 * (KPAGE_LAZY) while ktlb[] holds its translation: clear_page() and
 * copy_page() reach the frame through ktlb[] (i386_clear_page()), and
 * any other access takes a host fault that maps the page then
 * (linear_space_fault(), ktlb_fill()).  The kernel sees the same bytes,
 * the same stale translation and the same oops after kunmap_atomic().
 *
 * Reset: booting again in the same process (the fuzz target and the reset
 * check, tests/fuzz; the mm24 program itself boots once and exits).  Every
 * unit keeps its state in globals (free lists and zones, bootmem data,
 * slab's cache_chain and g_cpucache_up, the tracer, printk's log, jiffies,
 * the mm24 names, static locals), the machine keeps host resources (the
 * RAM memfd, the 4 GiB reservation, its tables, the fault handlers) and
 * the slab unit keeps host structures on the heap.  A per-unit teardown
 * would have to name every one of them and be kept up to date by every
 * unit to come; one missed static would carry state from one input to
 * the next.  So the reset is, correct first:
 *  1. mm24_power_off() (src/mm24/boot.c): the host resources go back to
 *     the host: the script's names and cache names, the tracer's filter,
 *     the slab's host structures (footprints_release(): every live one is
 *     on a list), then machine_power_off(): the linear space, the RAM, the
 *     tables, the fault handlers;
 *  2. every byte of mm24's .data and .bss is copied back from a snapshot
 *     taken before the first boot.  tests/fuzz/state.ld gathers the input
 *     sections of all the units, the mm24 program, start_kernel and the
 *     mirrored-name table (-fdata-sections: one per variable, static
 *     locals included) into output sections with start and stop symbols;
 *     libc, libFuzzer and the sanitizers keep theirs.  A global a new
 *     unit adds is covered without anyone listing it.
 * Leak checks (LeakSanitizer after every fuzz input) catch host memory a
 * power-off forgets; the reset check runs every scenario twice over in one
 * process and compares each run with its golden output.
 *
 * Fast second.  Power-off and copy cost about 0.1 ms; what costs is the
 * boot itself: under ASan, UBSan, libFuzzer's coverage and the tracer's
 * hooks a 16 MiB boot takes 6 to 9 ms (memmap_init_zone(), the boot-time
 * frees, slab's caches), so booting each input caps a fuzzer near 100
 * inputs a second.  Measured (perf, strace) and not worth doing alone:
 * keeping the memfd and the reservation from one power-on to the next (a
 * power-on makes some 25 host calls, a small part of a boot) and clearing
 * the RAM in place (a fresh memfd is clear; the pages a boot touches
 * fault in again whether they were punched out or recreated).  What helped: the
 * machine's tables as anonymous mappings instead of calloc() (ASan cleared
 * the 2.3 MB of the kernel TLB's tables at every power-on), one mmap() for
 * a run of not-present PTEs instead of one per PTE (2048 calls a boot),
 * and the boot cache (tests/fuzz/reset.c): the first boot of a
 * configuration runs for real, then the machine is kept and imaged:
 * machine_image_save() copies the pages of RAM and of the tables the host
 * has supplied so far, footprints_save() pins and copies the slab's host
 * structures (the RAM points at them), and the kernel part of the data is
 * copied.  After an input on a kept machine, machine_image_restore()
 * copies back each saved page that changed, gives back each page touched
 * since (a hole in the memfd, MADV_DONTNEED for the tables; a run of them
 * with one call), and maps again each kernel PDE whose entry or page table
 * changed or whose pages the kernel TLB held stale (and the kmap_atomic()
 * windows, which the host maps lazily: see ktlb_load()); the next boot of that
 * configuration copies the kernel part back, about 0.3 ms in all for a
 * 24 MiB machine.  A boot that halts, taints, leaves a stale kernel TLB
 * entry or keeps host memory other than footprints is not cached.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/ucontext.h>
#include <unistd.h>
#include <linux/kernel.h>
#include <linux/lib.h>
#include <linux/mm_types.h>
#include <asm/e820.h>
#include <asm/fixmap.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/sections.h>

#define GiB		(1UL << 30)
#define MEM_MIN		(16UL << 20)
#define MEM_MAX		(4 * GiB)

unsigned long i386_linear_base;
u8 *phys_ram;
unsigned long phys_ram_size;
struct i386_cpu i386_cpus[NR_CPUS];
pgd_t *swapper_pg_dir;

struct kernel_image kimage;
char *empty_zero_page;
unsigned long init_pg_tables_end;

static int ram_fd = -1;
static u16 *kpt_pde;		/* per pfn: PDE index + 1 of a kernel page table */
static u32 pde_pt[PTRS_PER_PGD];	/* per PDE index: that page table's pfn */

/* The kernel TLB, one entry per page of the kernel's 1 GiB. */
#define KERNEL_PAGES	(KERNEL_PGD_PTRS * PTRS_PER_PTE)
#define KPAGE_STALE	1	/* the host maps an older PTE than the table's */
#define KPAGE_LISTED	2	/* in kstale_list (maybe no longer stale) */
#define KPAGE_LAZY	4	/* a kmap_atomic() window the host has not mapped */
static u32 *ktlb;		/* the PTE the host mapping follows, 0: none */
static u8 *kpage_state;		/* KPAGE_* bits */
static u32 *kstale_list;	/* pages with KPAGE_LISTED */
static unsigned kstale_nr;

/*
 * The emulated vmlinux: section sizes of a typical 2.6.24 i386 build.
 * Physical addresses, the image starts at 1 MiB.
 */
#define IMAGE_TEXT	0x00100000UL
#define IMAGE_TEXT_SZ	0x001f5b30UL	/* 2006 kB of code */
#define IMAGE_DATA_SZ	0x000b3c48UL	/*  719 kB of data */
#define IMAGE_INIT_SZ	0x0004a000UL	/*  296 kB of init text and data */
#define IMAGE_BSS_SZ	0x0006b000UL	/*  428 kB of bss */
#define HEAD_MAPPED	(8UL << 20)	/* head.S maps the first 8 MiB */
/* head.S writes its PDEs and pg0 PTEs as present, writable, user (0x007):
 * accessed and dirty are left for the CPU to set */
#define HEAD_ATTR	(_PAGE_PRESENT | _PAGE_RW | _PAGE_USER)

int machine_parse_option(struct machine_config *cfg, const char *opt,
			 char *err, size_t errlen)
{
	unsigned long long v;

	if (!strncmp(opt, "mem=", 4)) {
		if (memparse_strict(opt + 4, &v) || v < MEM_MIN || v > MEM_MAX) {
			snprintf(err, errlen,
				 "bad size '%s': mem= takes 16M to 4G "
				 "(K, M, G suffixes)", opt + 4);
			return -1;
		}
		cfg->mem = (unsigned long)v & PAGE_MASK;
		return 0;
	}
	if (!strncmp(opt, "cpus=", 5)) {
		char *end;
		long n = strtol(opt + 5, &end, 10);

		if (end == opt + 5 || *end || n < 1 || n > NR_CPUS) {
			snprintf(err, errlen, "bad cpus '%s': 1 to %d",
				 opt + 5, NR_CPUS);
			return -1;
		}
		cfg->cpus = (int)n;
		return 0;
	}
	return 1;		/* not a machine option */
}

static void *xmmap(void *addr, size_t len, int prot, int flags, int fd,
		   off_t off)
{
	void *p = mmap(addr, len, prot, flags, fd, off);

	if (p == MAP_FAILED) {
		fprintf(stderr, "mm24: host mmap of %zu bytes failed: %s\n",
			len, strerror(errno));
		exit(1);
	}
	return p;
}

/*
 * Back linear [vaddr, vaddr+len) with RAM from @phys on, or make it a
 * hole.  A mapping may run past the end of RAM (a 4 MiB PSE page over the
 * last, partial 4 MiB of a 17 MiB machine): the frames that exist are
 * mapped, page by page as RAM ends, and only the rest is a hole, as the
 * bus answers nothing there.
 */
static void host_map(u32 vaddr, u32 phys, size_t len, int present, int rw)
{
	char *at = (char *)(i386_linear_base + vaddr);
	size_t ram = 0;

	if (present && phys < phys_ram_size)
		ram = phys_ram_size - phys < len ? phys_ram_size - phys : len;
	if (ram)
		xmmap(at, ram, PROT_READ | (rw ? PROT_WRITE : 0),
		      MAP_SHARED | MAP_FIXED, ram_fd, (off_t)phys);
	if (ram < len)
		xmmap(at + ram, len - ram, PROT_NONE,
		      MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED | MAP_NORESERVE,
		      -1, 0);
}

static int in_swapper_kernel_half(const void *p, unsigned *index)
{
	const pgd_t *e = p;

	if (!swapper_pg_dir || e < swapper_pg_dir ||
	    e >= swapper_pg_dir + PTRS_PER_PGD)
		return 0;
	*index = (unsigned)(e - swapper_pg_dir);
	return *index >= USER_PTRS_PER_PGD;
}

/* The kernel page of PDE @index, entry @i (index >= USER_PTRS_PER_PGD). */
static unsigned kpage_of(unsigned index, unsigned i)
{
	return (index - USER_PTRS_PER_PGD) * PTRS_PER_PTE + i;
}

/* Do two PTEs give the same translation (frame, present, writable)? */
static int same_translation(u32 a, u32 b)
{
	if (!(a & _PAGE_PRESENT) && !(b & _PAGE_PRESENT))
		return 1;
	return ((a ^ b) & (PAGE_MASK | _PAGE_PRESENT | _PAGE_RW)) == 0;
}

/* The i386 address of kernel page @kp, and the kernel page of an i386
 * kernel address. */
static u32 kpage_vaddr(unsigned kp)
{
	return (u32)(kp + USER_PTRS_PER_PGD * PTRS_PER_PTE) << PAGE_SHIFT;
}

static unsigned kpage_at(u32 vaddr)
{
	return (vaddr >> PAGE_SHIFT) - USER_PTRS_PER_PGD * PTRS_PER_PTE;
}

/* The kmap_atomic() slots of every CPU: windows opened and closed around
 * a few lines of code, mostly a clear_page() or copy_page(). */
static int kmap_window(unsigned kp)
{
	u32 v = kpage_vaddr(kp);

	return v >= (u32)__fix_to_virt(FIX_KMAP_END) &&
	       v <= (u32)__fix_to_virt(FIX_KMAP_BEGIN);
}

int i386_lazy_windows = 1;

/*
 * The kernel TLB now holds PTE @v for kernel page @kp, and the host maps
 * it so, except for a kmap_atomic() window: a host mmap() and the host's
 * fault on the new mapping cost more than the emulated page fault that
 * opens the window to clear a page, so the window stays a hole on the
 * host (KPAGE_LAZY) until the kernel dereferences it.  clear_page() and
 * copy_page() (i386_clear_page(), i386_copy_page()) translate through the
 * kernel TLB as the CPU's string instructions would; any other access
 * takes a host fault that maps the page then (linear_space_fault()).
 * With i386_lazy_windows off the window is mapped at once.
 */
static void ktlb_load(unsigned kp, u32 v)
{
	int present = (v & _PAGE_PRESENT) != 0;
	/* the host maps nothing at this page */
	int hole = !ktlb[kp] || (kpage_state[kp] & KPAGE_LAZY);

	kpage_state[kp] &= (u8)~(KPAGE_STALE | KPAGE_LAZY);
	ktlb[kp] = present ? v : 0;
	if (hole && present && kmap_window(kp) && i386_lazy_windows) {
		kpage_state[kp] |= KPAGE_LAZY;
		return;
	}
	if (hole && !present)
		return;
	host_map(kpage_vaddr(kp), v & PAGE_MASK, PAGE_SIZE, present,
		 v & _PAGE_RW);
}

/* The PTE of kernel page @kp has changed under a host translation. */
static void ktlb_stale(unsigned kp)
{
	if (!(kpage_state[kp] & KPAGE_LISTED))
		kstale_list[kstale_nr++] = kp;
	kpage_state[kp] |= KPAGE_STALE | KPAGE_LISTED;
}

/* A whole PDE was rewritten and remapped: its pages hold @pt's PTEs (or
 * nothing, for @pt NULL) and none of them is stale any more. */
static void ktlb_reset(unsigned index, const u32 *pt)
{
	unsigned i, kp;

	if (index < USER_PTRS_PER_PGD)
		return;
	for (i = 0; i < PTRS_PER_PTE; i++) {
		kp = kpage_of(index, i);
		ktlb[kp] = pt && (pt[i] & _PAGE_PRESENT) ? pt[i] : 0;
		kpage_state[kp] &= (u8)~(KPAGE_STALE | KPAGE_LAZY);
	}
}

/* invlpg, or a flush that reached page @kp: follow its PTE again. */
static void ktlb_refresh(unsigned kp)
{
	unsigned index = kp / PTRS_PER_PTE + USER_PTRS_PER_PGD;
	const u32 *pt;

	if (!(kpage_state[kp] & KPAGE_STALE))
		return;
	if (!pde_pt[index]) {	/* set_pmd() has remapped it since */
		kpage_state[kp] &= (u8)~KPAGE_STALE;
		return;
	}
	pt = (const u32 *)(phys_ram + ((unsigned long)pde_pt[index] << PAGE_SHIFT));
	ktlb_load(kp, pt[kp % PTRS_PER_PTE]);
}

void i386_ktlb_flush_one(u32 vaddr)
{
	if (!ktlb || vaddr < TASK_SIZE)
		return;
	ktlb_refresh(kpage_at(vaddr));
}

void i386_ktlb_flush(int keep_global)
{
	unsigned n, kept = 0;

	for (n = 0; n < kstale_nr; n++) {
		unsigned kp = kstale_list[n];

		if (keep_global && (kpage_state[kp] & KPAGE_STALE) &&
		    (ktlb[kp] & _PAGE_GLOBAL)) {
			kstale_list[kept++] = kp;
			continue;
		}
		ktlb_refresh(kp);
		kpage_state[kp] &= (u8)~KPAGE_LISTED;
	}
	kstale_nr = kept;
}

/* A host fault at i386 address @vaddr: a kmap_atomic() window the host
 * has not mapped yet (KPAGE_LAZY) is mapped now and the access is made
 * again.  0 if the fault is not that. */
static int ktlb_fill(u32 vaddr)
{
	unsigned kp;
	u32 e;

	if (!ktlb || vaddr < TASK_SIZE)
		return 0;
	kp = kpage_at(vaddr);
	if (!(kpage_state[kp] & KPAGE_LAZY))
		return 0;
	e = ktlb[kp];
	kpage_state[kp] &= (u8)~KPAGE_LAZY;
	host_map(vaddr & PAGE_MASK, e & PAGE_MASK, PAGE_SIZE, 1, e & _PAGE_RW);
	return 1;
}

/*
 * Where the CPU's string instructions reach the page at kernel pointer
 * @p: for a window the host has not mapped, the frame the kernel TLB
 * translates it to; otherwise @p itself, whose host mapping then does
 * what the access would (a fault is an oops, or maps a lazy window).
 */
static void *kernel_bytes(const void *p, int write)
{
	unsigned long off = (unsigned long)p - i386_linear_base;
	unsigned kp;
	u32 e;

	if (!ktlb || off >= 4 * GiB || off < TASK_SIZE)
		return (void *)p;
	kp = kpage_at((u32)off);
	e = ktlb[kp];
	if (!(kpage_state[kp] & KPAGE_LAZY) || (write && !(e & _PAGE_RW)) ||
	    (e & PAGE_MASK) >= phys_ram_size)
		return (void *)p;
	return phys_ram + (e & PAGE_MASK) + (off & ~PAGE_MASK);
}

void i386_clear_page(void *page)
{
	memset(kernel_bytes(page, 1), 0, PAGE_SIZE);
}

void i386_copy_page(void *to, const void *from)
{
	memcpy(kernel_bytes(to, 1), kernel_bytes(from, 0), PAGE_SIZE);
}

int i386_ktlb_stale(u32 vaddr)
{
	if (!ktlb || vaddr < TASK_SIZE)
		return 0;
	return kpage_state[kpage_at(vaddr)] & KPAGE_STALE;
}

/* Does PTE @next continue the run that PTE @first starts, @n pages on?
 * Not-present entries make one hole whatever they hold. */
static int same_run(u32 first, u32 next, unsigned n)
{
	if (!(first & _PAGE_PRESENT))
		return !(next & _PAGE_PRESENT);
	return ((next ^ first) & ~PAGE_MASK) == 0 &&
	       (next & PAGE_MASK) == (first & PAGE_MASK) + n * PAGE_SIZE;
}

/* Map the pages of one kernel page table, merging contiguous runs (one
 * host mmap() a run: an empty table is one). */
static void shadow_page_table(unsigned index, const u32 *pt)
{
	unsigned i = 0;

	while (i < PTRS_PER_PTE) {
		u32 e = pt[i], base = e & PAGE_MASK;
		unsigned n = 1;

		while (i + n < PTRS_PER_PTE && same_run(e, pt[i + n], n))
			n++;
		host_map((index << PGDIR_SHIFT) | (i << PAGE_SHIFT), base,
			 n * PAGE_SIZE, e & _PAGE_PRESENT, e & _PAGE_RW);
		i += n;
	}
}

/* Read a page-table word through physical memory: the linear address
 * of the entry may itself not be mapped yet (head.S time). */
static u32 entry_value(const void *entry)
{
	return *(const u32 *)(phys_ram + ((unsigned long)entry - PAGE_OFFSET));
}

void i386_shadow_pmd(pmd_t *pmdp)
{
	unsigned index;
	u32 v;

	if (!in_swapper_kernel_half(pmdp, &index))
		return;
	v = entry_value(pmdp);
	if (pde_pt[index]) {
		kpt_pde[pde_pt[index]] = 0;
		pde_pt[index] = 0;
	}
	if (!(v & _PAGE_PRESENT)) {
		host_map(index << PGDIR_SHIFT, 0, PGDIR_SIZE, 0, 0);
		ktlb_reset(index, NULL);
	} else if (v & _PAGE_PSE) {
		host_map(index << PGDIR_SHIFT, v & PGDIR_MASK, PGDIR_SIZE, 1,
			 v & _PAGE_RW);
		ktlb_reset(index, NULL);
	} else {
		kpt_pde[v >> PAGE_SHIFT] = (u16)(index + 1);
		pde_pt[index] = v >> PAGE_SHIFT;
		shadow_page_table(index, (u32 *)(phys_ram + (v & PAGE_MASK)));
		ktlb_reset(index, (u32 *)(phys_ram + (v & PAGE_MASK)));
	}
}

void i386_shadow_pte(pte_t *ptep)
{
	unsigned long pa = (unsigned long)ptep - PAGE_OFFSET;
	unsigned index, kp;
	u32 v;

	if (pa >= phys_ram_size || !kpt_pde[pa >> PAGE_SHIFT])
		return;
	index = kpt_pde[pa >> PAGE_SHIFT] - 1u;
	v = entry_value(ptep);
	kp = kpage_of(index, (unsigned)(pa & ~PAGE_MASK) >> 2);
	if (!same_translation(ktlb[kp], v) && (ktlb[kp] & _PAGE_PRESENT)) {
		ktlb_stale(kp);		/* the old translation stays cached */
		return;
	}
	ktlb_load(kp, v);
}

/* The host's page-fault error code of a host fault in kernel mode: its
 * write bit (bit 1) is the i386 one; a host that does not report it gets
 * "write" (2).  Its present bit (bit 0) tells only whether the host had
 * filled its own PTE: linear_space_fault() takes the i386 one from the
 * kernel's tables. */
static unsigned long kernel_error_code(void *uc)
{
#if defined(__x86_64__) && defined(REG_ERR)
	return (unsigned long)((ucontext_t *)uc)->uc_mcontext.gregs[REG_ERR] & 3;
#else
	(void)uc;
	return 2;
#endif
}

/*
 * A host fault inside the linear space is the emulated kernel touching a
 * kernel address that swapper_pg_dir does not map: report it the way
 * do_page_fault()'s no_context path does, and stop the machine.
 */
static struct sigaction host_segv, host_bus;	/* what was there before */

void machine_kernel_fault(u32 vaddr, unsigned long error_code)
{
	printk(KERN_ALERT "BUG: unable to handle kernel %s at virtual "
	       "address %08lx\n", vaddr < PAGE_SIZE ?
	       "NULL pointer dereference" : "paging request",
	       (unsigned long)vaddr);
	printk(KERN_EMERG "Oops: %04lx [#1] SMP\n", error_code);
	machine_halt(MACHINE_BUG);
}

int i386_kernel_can_access(u32 vaddr, int write, unsigned long *error_code)
{
	unsigned index = vaddr >> PGDIR_SHIFT;
	u32 e = 0, frame = 0;

	if (vaddr >= TASK_SIZE && swapper_pg_dir) {
		e = entry_value(&swapper_pg_dir[index]);
		frame = (e & PGDIR_MASK) | (vaddr & ~PGDIR_MASK & PAGE_MASK);
		if ((e & _PAGE_PRESENT) && !(e & _PAGE_PSE)) {
			/* the host maps what the kernel TLB holds */
			e = ktlb[kpage_of(index, (vaddr >> PAGE_SHIFT) &
						 (PTRS_PER_PTE - 1))];
			frame = e & PAGE_MASK;
		}
	}
	if (!(e & _PAGE_PRESENT) || frame >= phys_ram_size) {
		*error_code = write ? 2 : 0;
		return 0;
	}
	if (write && !(e & _PAGE_RW)) {
		*error_code = 3;
		return 0;
	}
	ktlb_fill(vaddr);	/* the caller's access will find it mapped */
	return 1;
}

static void linear_space_fault(int sig, siginfo_t *si, void *uc)
{
	unsigned long a = (unsigned long)si->si_addr;

	if (i386_linear_base && a - i386_linear_base < 4 * GiB &&
	    si->si_code > 0) {
		unsigned long err = kernel_error_code(uc);

		if (ktlb_fill((u32)a))
			return;		/* the access runs again */
		/* present or not as the kernel's tables and TLB say, not as
		 * the host's (which may not have filled its PTE yet) */
		i386_kernel_can_access((u32)a, err & 2, &err);
		machine_kernel_fault((u32)a, err);
	}
	/* A host bug: give the signal to the handler that was there before
	 * (the default, or a sanitizer's, which reports it), by returning to
	 * the faulting instruction, or raising it again if it was sent. */
	sigaction(sig, sig == SIGBUS ? &host_bus : &host_segv, NULL);
	if (si->si_code <= 0)
		raise(sig);
}

/* Handle @sig with @sa, remembering in @host the handler it replaces
 * (unless that is already ours). */
static void take_signal(int sig, const struct sigaction *sa,
			struct sigaction *host)
{
	struct sigaction old;

	sigaction(sig, sa, &old);
	if (!(old.sa_flags & SA_SIGINFO) ||
	    old.sa_sigaction != linear_space_fault)
		*host = old;
}

void machine_catch_faults(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_sigaction = linear_space_fault;
	sa.sa_flags = SA_SIGINFO | SA_NODEFER;
	sigemptyset(&sa.sa_mask);
	take_signal(SIGSEGV, &sa, &host_segv);
	take_signal(SIGBUS, &sa, &host_bus);
}

static void bios_e820(unsigned long mem)
{
	e820.nr_map = 3;
	e820.map[0] = (struct e820entry){ 0, 0x9f000, E820_RAM };
	e820.map[1] = (struct e820entry){ 0x9f000, 0x100000 - 0x9f000,
					  E820_RESERVED };
	e820.map[2] = (struct e820entry){ 0x100000, mem - 0x100000, E820_RAM };
}

/* The BIOS data area at 0x400: its word at 0x40e is the segment of the
 * extended BIOS data area, the 4 KiB at 0x9f000 that e820 reports as
 * reserved. */
static void bios_data_area(void)
{
	*(u16 *)(phys_ram + 0x40e) = 0x9f000 >> 4;
}

static char *image_at(unsigned long phys)
{
	return (char *)(i386_linear_base + __PAGE_OFFSET + phys);
}

/**
 * @brief \~english What head.S does between the boot loader and start_kernel.
 *        \~chinese head.S 在引导程序之后、start_kernel 之前所做的工作。 \~
 *
 * The emulated counterpart of startup_32 in arch/x86/kernel/head_32.S:
 * lays out the kernel image, maps its first megabytes through pg0 at 0
 * and at PAGE_OFFSET, and points each CPU's CR3 at swapper_pg_dir.
 *
 * @kquirk \~english head.S maps up to _end plus INIT_MAP_BEYOND_END (12 MiB
 *         for an image of this size, three pg0 tables); this maps a fixed
 *         8 MiB with two.  head.S also hangs its static swapper_pg_pmd under
 *         the top directory entry for the fixmaps; mm24 has no
 *         swapper_pg_pmd, so pagetable_init() takes that page table from
 *         bootmem (one more reserved frame).
 *         \~chinese head.S 映射到 _end 之后再加 INIT_MAP_BEYOND_END（对这样大小
 *         的内核映像是 12 MiB，三张 pg0 页表）；这里固定映射 8 MiB，两张页表。
 *         head.S 还把静态的 swapper_pg_pmd 挂在最高的页目录项下供固定映射使用；
 *         mm24 没有 swapper_pg_pmd，所以 pagetable_init() 从 bootmem 中分配这张
 *         页表（多占一个保留页框）。 \~
 * @seenotes{chapter-boot,boot-sequence}
 */
static void head_s(void)
{
	unsigned long text = IMAGE_TEXT, edata, init_b, init_e, bss, end;
	u32 *pde, *pg0;
	unsigned long pfn;
	int i, cpu;

	edata = text + IMAGE_TEXT_SZ + IMAGE_DATA_SZ;
	init_b = PAGE_ALIGN(edata);
	init_e = init_b + IMAGE_INIT_SZ;
	bss = init_e;
	end = bss + IMAGE_BSS_SZ;
	_text = image_at(text);
	_etext = image_at(text + IMAGE_TEXT_SZ);
	_edata = image_at(edata);
	__init_begin = image_at(init_b);
	__init_end = image_at(init_e);
	__bss_start = image_at(bss);
	_end = image_at(end);

	/* .bss.page_aligned: swapper_pg_dir, then empty_zero_page */
	swapper_pg_dir = (pgd_t *)__bss_start;
	init_mm.pgd = swapper_pg_dir;
	empty_zero_page = __bss_start + PAGE_SIZE;

	/* pg0: the early page tables, right after the image */
	pde = (u32 *)(phys_ram + bss);
	pg0 = (u32 *)(phys_ram + PAGE_ALIGN(end));
	for (pfn = 0; pfn < HEAD_MAPPED >> PAGE_SHIFT; pfn++)
		pg0[pfn] = (u32)(pfn << PAGE_SHIFT) | HEAD_ATTR;
	init_pg_tables_end = PAGE_ALIGN(end) +
			     (HEAD_MAPPED >> PGDIR_SHIFT) * PAGE_SIZE;
	for (i = 0; i < (int)(HEAD_MAPPED >> PGDIR_SHIFT); i++) {
		u32 e = (u32)(PAGE_ALIGN(end) + i * PAGE_SIZE) | HEAD_ATTR;

		pde[i] = e;				/* identity */
		pde[USER_PTRS_PER_PGD + i] = e;		/* at PAGE_OFFSET */
		i386_shadow_pmd((pmd_t *)&swapper_pg_dir[USER_PTRS_PER_PGD + i]);
	}
	for (cpu = 0; cpu < NR_CPUS; cpu++) {
		i386_cpus[cpu].cr3 = (u32)bss;
		i386_cpus[cpu].cr0 = X86_CR0_PG | X86_CR0_WP;
		i386_tlb_flush(&i386_cpus[cpu], 0);
	}
}

/* A zeroed table of @n entries of @size bytes for the machine's own
 * bookkeeping: anonymous memory, whose pages the host supplies (zero) on
 * first touch, so that a power-on costs only what the boot touches; a
 * calloc() of the megabytes the kernel TLB needs would clear them all. */
static void *host_table(unsigned long n, size_t size)
{
	return xmmap(NULL, n * size, PROT_READ | PROT_WRITE,
		     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
}

void machine_power_on(const struct machine_config *cfg)
{
	unsigned long base;

	BUG_ON(phys_ram);	/* one machine per process */
	phys_ram_size = cfg->mem;
	ram_fd = memfd_create("mm24-ram", 0);
	if (ram_fd < 0 || ftruncate(ram_fd, (off_t)phys_ram_size)) {
		fprintf(stderr, "mm24: cannot create %lu bytes of RAM: %s\n",
			phys_ram_size, strerror(errno));
		exit(1);
	}
	phys_ram = xmmap(NULL, phys_ram_size, PROT_READ | PROT_WRITE,
			 MAP_SHARED, ram_fd, 0);
	kpt_pde = host_table(phys_ram_size >> PAGE_SHIFT, sizeof(*kpt_pde));
	ktlb = host_table(KERNEL_PAGES, sizeof(*ktlb));
	kpage_state = host_table(KERNEL_PAGES, sizeof(*kpage_state));
	kstale_list = host_table(KERNEL_PAGES, sizeof(*kstale_list));

	base = (unsigned long)xmmap(NULL, 8 * GiB, PROT_NONE,
				    MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE,
				    -1, 0);
	i386_linear_base = (base + 4 * GiB - 1) & ~(4 * GiB - 1);
	if (i386_linear_base > base)
		munmap((void *)base, i386_linear_base - base);
	munmap((void *)(i386_linear_base + 4 * GiB),
	       base + 8 * GiB - (i386_linear_base + 4 * GiB));

	mm24_nr_cpus = cfg->cpus;
	machine_catch_faults();
	bios_e820(phys_ram_size);
	bios_data_area();
	head_s();
}

void machine_power_off(void)
{
	if (!phys_ram)
		return;
	sigaction(SIGSEGV, &host_segv, NULL);
	sigaction(SIGBUS, &host_bus, NULL);
	munmap((void *)i386_linear_base, 4 * GiB);
	munmap(phys_ram, phys_ram_size);
	close(ram_fd);
	munmap(kpt_pde, (phys_ram_size >> PAGE_SHIFT) * sizeof(*kpt_pde));
	munmap(ktlb, KERNEL_PAGES * sizeof(*ktlb));
	munmap(kpage_state, KERNEL_PAGES * sizeof(*kpage_state));
	munmap(kstale_list, KERNEL_PAGES * sizeof(*kstale_list));
	kpt_pde = NULL;
	ktlb = NULL;
	kpage_state = NULL;
	kstale_list = NULL;
	kstale_nr = 0;
	ram_fd = -1;
	phys_ram = NULL;
	phys_ram_size = 0;
	i386_linear_base = 0;
	swapper_pg_dir = NULL;
	memset(pde_pt, 0, sizeof(pde_pt));
}

/*
 * ---- machine images: the boot cache of the fuzz target (tests/fuzz) ----
 *
 * A sparse copy of a host range: the pages that are resident in it (the
 * host supplies the others as zeros on first touch).  The RAM is a memfd,
 * whose pages exist once touched (lseek()'s SEEK_DATA finds them); the
 * machine's tables are anonymous memory (mincore() tells).  These loops
 * run once per fuzz input: HOST_NOCOV (they are not what is fuzzed, and
 * their coverage would slow it).
 */

struct sparse_copy {
	u8 *base;
	int fd;				/* the memfd, or -1: anonymous */
	unsigned long pages;		/* of the range */
	unsigned long nr;		/* resident when saved */
	unsigned long *index;		/* their page numbers, ascending */
	u8 *data;			/* their bytes */
	unsigned char *vec;		/* scratch: resident now, per page */
};

struct machine_image {
	struct sparse_copy ram, kpt_pde, ktlb, kpage_state, kstale_list;
	u8 *changed;			/* scratch: RAM pages put back */
	u32 pgd[PTRS_PER_PGD];		/* swapper_pg_dir when saved */
	u32 pde_pt[PTRS_PER_PGD];
	unsigned kstale_nr;
};

static void *host_alloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		fprintf(stderr, "mm24: out of host memory\n");
		exit(1);
	}
	return p;
}

/* c->vec[i] = 1 if page i of the range is resident now. */
HOST_NOCOV static void resident(struct sparse_copy *c)
{
	off_t at = 0, end = (off_t)(c->pages << PAGE_SHIFT), hole;

	if (c->fd < 0) {
		if (mincore(c->base, c->pages << PAGE_SHIFT, c->vec)) {
			fprintf(stderr, "mm24: mincore: %s\n", strerror(errno));
			exit(1);
		}
		return;
	}
	memset(c->vec, 0, c->pages);
	while (at < end && (at = lseek(c->fd, at, SEEK_DATA)) >= 0 &&
	       at < end) {
		hole = lseek(c->fd, at, SEEK_HOLE);
		if (hole < 0 || hole > end)
			hole = end;
		memset(c->vec + (at >> PAGE_SHIFT), 1,
		       (size_t)((hole - at + PAGE_SIZE - 1) >> PAGE_SHIFT));
		at = hole;
	}
}

HOST_NOCOV static void sparse_save(struct sparse_copy *c, void *base,
				   size_t bytes, int fd)
{
	unsigned long i;

	c->base = base;
	c->fd = fd;
	c->pages = PAGE_ALIGN(bytes) >> PAGE_SHIFT;
	c->vec = host_alloc(c->pages);
	resident(c);
	c->nr = 0;
	for (i = 0; i < c->pages; i++)
		c->nr += c->vec[i] & 1;
	c->index = host_alloc(c->nr * sizeof(*c->index));
	c->data = host_alloc(c->nr << PAGE_SHIFT);
	c->nr = 0;
	for (i = 0; i < c->pages; i++)
		if (c->vec[i] & 1) {
			memcpy(c->data + (c->nr << PAGE_SHIFT),
			       c->base + (i << PAGE_SHIFT), PAGE_SIZE);
			c->index[c->nr++] = i;
		}
}

/* Give pages [first, first + n) of @c back to the host: a hole in the
 * memfd, or fresh zeros for anonymous memory. */
HOST_NOCOV static void sparse_discard(struct sparse_copy *c,
				      unsigned long first, unsigned long n)
{
	u8 *at = c->base + (first << PAGE_SHIFT);

	if (!n)
		return;
	if (c->fd < 0)
		madvise(at, n << PAGE_SHIFT, MADV_DONTNEED);
	else if (fallocate(c->fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
			   (off_t)(first << PAGE_SHIFT),
			   (off_t)(n << PAGE_SHIFT)))
		memset(at, 0, n << PAGE_SHIFT);
}

/*
 * Put the saved bytes back: a saved page that differs is copied back, a
 * page touched since is given back to the host, each run of them with one
 * call.  @changed, if not NULL, gets a 1 for every page changed either
 * way.
 */
HOST_NOCOV static void sparse_restore(struct sparse_copy *c, u8 *changed)
{
	unsigned long i, k = 0, run = 0;

	resident(c);
	for (i = 0; i < c->pages; i++) {
		u8 *page = c->base + (i << PAGE_SHIFT);
		int dirty;

		if (k < c->nr && c->index[k] == i) {
			u8 *saved = c->data + (k++ << PAGE_SHIFT);

			sparse_discard(c, i - run, run);
			run = 0;
			dirty = memcmp(page, saved, PAGE_SIZE) != 0;
			if (dirty)
				memcpy(page, saved, PAGE_SIZE);
		} else {
			dirty = c->vec[i] & 1;
			if (dirty) {
				run++;
			} else {
				sparse_discard(c, i - run, run);
				run = 0;
			}
		}
		if (changed)
			changed[i] = (u8)dirty;
	}
	sparse_discard(c, i - run, run);
}

static void sparse_drop(struct sparse_copy *c)
{
	free(c->index);
	free(c->data);
	free(c->vec);
}

struct machine_image *machine_image_save(void)
{
	struct machine_image *img;
	unsigned long pages = phys_ram_size >> PAGE_SHIFT;

	if (!phys_ram || kstale_nr)	/* a stale kernel TLB: not an image */
		return NULL;
	img = host_alloc(sizeof(*img));
	sparse_save(&img->ram, phys_ram, phys_ram_size, ram_fd);
	sparse_save(&img->kpt_pde, kpt_pde, pages * sizeof(*kpt_pde), -1);
	sparse_save(&img->ktlb, ktlb, KERNEL_PAGES * sizeof(*ktlb), -1);
	sparse_save(&img->kpage_state, kpage_state,
		    KERNEL_PAGES * sizeof(*kpage_state), -1);
	sparse_save(&img->kstale_list, kstale_list,
		    KERNEL_PAGES * sizeof(*kstale_list), -1);
	img->changed = host_alloc(pages);
	memcpy(img->pgd, swapper_pg_dir, sizeof(img->pgd));
	memcpy(img->pde_pt, pde_pt, sizeof(img->pde_pt));
	img->kstale_nr = kstale_nr;
	return img;
}

HOST_NOCOV void machine_image_restore(struct machine_image *img)
{
	u8 reshadow[PTRS_PER_PGD] = { 0 };
	u32 now[PTRS_PER_PGD];
	unsigned i;

	/* the host mappings follow the tables as the machine left them:
	 * its page directory, and the pages its kernel TLB holds stale */
	memcpy(now, swapper_pg_dir, sizeof(now));
	for (i = 0; i < kstale_nr; i++)
		reshadow[kstale_list[i] / PTRS_PER_PTE + USER_PTRS_PER_PGD] = 1;
	/* and the kmap_atomic() windows: which of them the host maps lazily
	 * or has filled since is not in the image */
	reshadow[__fix_to_virt(FIX_KMAP_BEGIN) >> PGDIR_SHIFT & (PTRS_PER_PGD - 1)] = 1;
	reshadow[__fix_to_virt(FIX_KMAP_END) >> PGDIR_SHIFT & (PTRS_PER_PGD - 1)] = 1;
	sparse_restore(&img->ram, img->changed);
	sparse_restore(&img->kpt_pde, NULL);
	sparse_restore(&img->ktlb, NULL);
	sparse_restore(&img->kpage_state, NULL);
	sparse_restore(&img->kstale_list, NULL);
	memcpy(pde_pt, img->pde_pt, sizeof(pde_pt));
	kstale_nr = img->kstale_nr;
	/* map again each kernel PDE whose entry, page table or TLB moved */
	for (i = USER_PTRS_PER_PGD; i < PTRS_PER_PGD; i++) {
		u32 e = img->pgd[i];
		int pt = (e & _PAGE_PRESENT) && !(e & _PAGE_PSE);

		if (now[i] != e || reshadow[i] ||
		    (pt && img->changed[e >> PAGE_SHIFT]))
			i386_shadow_pmd((pmd_t *)&swapper_pg_dir[i]);
	}
}

void machine_image_drop(struct machine_image *img)
{
	if (!img)
		return;
	sparse_drop(&img->ram);
	sparse_drop(&img->kpt_pde);
	sparse_drop(&img->ktlb);
	sparse_drop(&img->kpage_state);
	sparse_drop(&img->kstale_list);
	free(img->changed);
	free(img);
}
