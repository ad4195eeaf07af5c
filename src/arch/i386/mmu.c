/**
 * @file
 * @brief \~english The emulated MMU: TLB, page walk and page-fault delivery.
 *        \~chinese 模拟的 MMU：TLB、页表遍历与缺页异常的投递。 \~
 *
 * mmu.c - the emulated MMU: TLB lookup, page walk, fault delivery.
 *
 * Translation of linear address A for an access (read/write, user/kernel):
 *  1. TLB: set = (A >> 12) & 15, compare the four ways' tags.  A hit
 *     whose cached rights forbid the access faults at once (protection,
 *     error bit 0 set); a write hit on an entry not yet dirty re-walks so
 *     the PTE's D bit gets set, as the hardware does.
 *  2. Walk: PDE = [CR3 + 4 * A[31:22]]; not present -> fault, bit 0
 *     clear.  With CR4.PSE a PDE with PS set maps 4 MiB directly.
 *     Otherwise PTE = [PDE & ~0xfff + 4 * A[21:12]]; not present -> fault.
 *  3. Rights are the AND of both levels: user access needs U/S in both;
 *     a write needs R/W in both, for the kernel only when CR0.WP is set.
 *  4. Success sets A (and D for a write) and fills a TLB way, round robin.
 * A fault invalidates the TLB entry of A, loads CR2, builds a pt_regs
 * and calls do_page_fault(); the access is then retried.
 */
#include <string.h>
#include <linux/sched.h>
#include <asm/machine.h>
#include <asm/pgtable.h>
#include <asm/traps.h>

#define PF_PROT		0x1
#define PF_WRITE	0x2
#define PF_USER		0x4
#define MAX_RETRIES	4

void i386_tlb_flush(struct i386_cpu *cpu, int keep_global)
{
	int s, w;

	for (s = 0; s < TLB_SETS; s++)
		for (w = 0; w < TLB_WAYS; w++) {
			struct tlb_entry *e = &cpu->tlb.way[s][w];

			if (keep_global && (e->pte & _PAGE_GLOBAL) &&
			    (cpu->cr4 & X86_CR4_PGE))
				continue;
			e->vpn = TLB_NO_VPN;
		}
	cpu->tlb.flushes++;
	i386_ktlb_flush(keep_global && (cpu->cr4 & X86_CR4_PGE));
}

void i386_tlb_flush_one(struct i386_cpu *cpu, u32 vaddr)
{
	u32 vpn = vaddr >> PAGE_SHIFT;
	struct tlb_entry *set = cpu->tlb.way[vpn & (TLB_SETS - 1)];
	int w;

	for (w = 0; w < TLB_WAYS; w++)
		if (set[w].vpn == vpn)
			set[w].vpn = TLB_NO_VPN;
	i386_ktlb_flush_one(vaddr);
}

static u32 *phys_word(u32 pa)
{
	if ((unsigned long)pa + 4 > phys_ram_size) {
		printk(KERN_EMERG "mm24: page walk read beyond RAM at %08x\n",
		       pa);
		machine_halt(MACHINE_BUG);
	}
	return (u32 *)(phys_ram + pa);
}

void i386_walk(u32 cr3, u32 vaddr, struct i386_walk *w)
{
	memset(w, 0, sizeof(*w));
	w->pde_addr = (cr3 & PAGE_MASK) + 4 * (vaddr >> PGDIR_SHIFT);
	w->pde = *phys_word(w->pde_addr);
	if (!(w->pde & _PAGE_PRESENT))
		return;
	if (w->pde & _PAGE_PSE) {
		w->phys = (w->pde & PGDIR_MASK) | (vaddr & ~PGDIR_MASK);
		w->present = 1;
		return;
	}
	w->pte_addr = (w->pde & PAGE_MASK) +
		      4 * ((vaddr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1));
	w->pte = *phys_word(w->pte_addr);
	if (!(w->pte & _PAGE_PRESENT))
		return;
	w->phys = (w->pte & PAGE_MASK) | (vaddr & ~PAGE_MASK);
	w->present = 1;
}

/* Does cached entry @pte allow the access?  0 yes, else the error code. */
static u32 rights(const struct i386_cpu *cpu, u32 pte, int flags)
{
	int user = flags & I386_USER, write = flags & I386_WRITE;

	if (user && !(pte & _PAGE_USER))
		return PF_PROT;
	if (write && !(pte & _PAGE_RW) && (user || (cpu->cr0 & X86_CR0_WP)))
		return PF_PROT;
	return 0;
}

static u32 error_code(u32 bits, int flags)
{
	return bits | ((flags & I386_WRITE) ? PF_WRITE : 0) |
	       ((flags & I386_USER) ? PF_USER : 0);
}

/* Walk, check and set A/D: 0 and the TLB entry value, or 1 and *err. */
static int walk_fill(struct i386_cpu *cpu, u32 vaddr, int flags, u32 *tlbpte,
		     u32 *err)
{
	u32 *pde = phys_word((cpu->cr3 & PAGE_MASK) + 4 * (vaddr >> PGDIR_SHIFT));
	u32 *leaf, frame, eff, bits;

	*err = error_code(0, flags);
	if (!(*pde & _PAGE_PRESENT))
		return 1;
	if ((*pde & _PAGE_PSE) && (cpu->cr4 & X86_CR4_PSE)) {
		leaf = pde;
		frame = (*pde & PGDIR_MASK) | (vaddr & ~PGDIR_MASK & PAGE_MASK);
		eff = *pde;
	} else {
		leaf = phys_word((*pde & PAGE_MASK) +
				 4 * ((vaddr >> PAGE_SHIFT) & (PTRS_PER_PTE - 1)));
		if (!(*leaf & _PAGE_PRESENT))
			return 1;
		frame = *leaf & PAGE_MASK;
		eff = *leaf & (*pde | ~(u32)(_PAGE_USER | _PAGE_RW));
	}
	bits = rights(cpu, eff, flags);
	if (bits) {
		*err = error_code(bits, flags);
		return 1;
	}
	*pde |= _PAGE_ACCESSED;
	*leaf |= _PAGE_ACCESSED | ((flags & I386_WRITE) ? _PAGE_DIRTY : 0);
	*tlbpte = frame | (eff & (_PAGE_USER | _PAGE_RW | _PAGE_GLOBAL)) |
		  (*leaf & _PAGE_DIRTY) | _PAGE_PRESENT;
	return 0;
}

/* 0 and the physical address, or 1 and the page-fault error code. */
int i386_translate(struct i386_cpu *cpu, u32 vaddr, int flags, u32 *pa,
		   u32 *err)
{
	u32 vpn = vaddr >> PAGE_SHIFT, bits, pte = 0;
	unsigned s = vpn & (TLB_SETS - 1);
	struct tlb_entry *set = cpu->tlb.way[s];
	int w;

	for (w = 0; w < TLB_WAYS; w++) {
		if (set[w].vpn != vpn)
			continue;
		bits = rights(cpu, set[w].pte, flags);
		if (bits) {
			set[w].vpn = TLB_NO_VPN;
			*err = error_code(bits, flags);
			return 1;
		}
		if (!(flags & I386_WRITE) || (set[w].pte & _PAGE_DIRTY)) {
			cpu->tlb.hits++;
			*pa = (set[w].pte & PAGE_MASK) | (vaddr & ~PAGE_MASK);
			return 0;
		}
		break;		/* first write through a clean entry */
	}
	cpu->tlb.misses++;
	if (walk_fill(cpu, vaddr, flags, &pte, err)) {
		i386_tlb_flush_one(cpu, vaddr);
		return 1;
	}
	if (w == TLB_WAYS) {
		w = cpu->tlb.victim[s];
		cpu->tlb.victim[s] = (u8)((w + 1) % TLB_WAYS);
	}
	set[w].vpn = vpn;
	set[w].pte = pte;
	*pa = (pte & PAGE_MASK) | (vaddr & ~PAGE_MASK);
	return 0;
}

/*
 * Deliver #PF for @vaddr.  Returns 0 to retry the access, or -1 if it is
 * abandoned: a user access whose task got a signal, a kernel access that
 * do_page_fault() fixed up through the exception table.
 */
static int page_fault(struct i386_cpu *cpu, u32 vaddr, u32 err, int flags,
		      unsigned long kernel_eip)
{
	struct pt_regs regs;

	cpu->cr2 = vaddr;
	if (flags & I386_USER) {
		regs = current->user_regs;
		regs.xcs = __USER_CS;
	} else {
		memset(&regs, 0, sizeof(regs));
		regs.eip = kernel_eip;
		regs.xcs = __KERNEL_CS;
	}
	do_page_fault(&regs, err);
	if (flags & I386_USER)
		return (current->pending & ((1UL << (SIGSEGV - 1)) |
					    (1UL << (SIGBUS - 1)) |
					    (1UL << (SIGKILL - 1)))) ? -1 : 0;
	return regs.eip != kernel_eip ? -1 : 0;
}

int i386_access(u32 vaddr, void *buf, size_t len, int flags,
		unsigned long kernel_eip)
{
	struct i386_cpu *cpu = this_i386_cpu();
	u8 *p = buf;

	while (len) {
		size_t chunk = PAGE_SIZE - (vaddr & ~PAGE_MASK);
		u32 pa = 0, err;
		int tries = 0;

		if (chunk > len)
			chunk = len;
		while (i386_translate(cpu, vaddr, flags, &pa, &err)) {
			if (page_fault(cpu, vaddr, err, flags, kernel_eip))
				return (int)len;
			if (++tries == MAX_RETRIES) {
				printk(KERN_EMERG "mm24: access to %08x still "
				       "faults (error %x) after do_page_fault()\n",
				       vaddr, err);
				machine_halt(MACHINE_STUCK);
			}
		}
		if ((unsigned long)pa + chunk > phys_ram_size) {
			printk(KERN_EMERG "mm24: %08x maps to %08x, beyond "
			       "RAM\n", vaddr, pa);
			machine_halt(MACHINE_BUG);
		}
		if (!(flags & I386_WRITE))
			memcpy(p, phys_ram + pa, chunk);
		else if (!(flags & I386_KEEP))	/* KEEP: bytes stay */
			memcpy(phys_ram + pa, p, chunk);
		p += chunk;
		vaddr += (u32)chunk;
		len -= chunk;
	}
	return 0;
}
