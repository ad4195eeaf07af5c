/*
 * bench.c - mm24's microbenchmarks (make bench).  Each figure is printed
 * in ns and as a ratio to a host reference measured in the same run, so
 * the numbers compare across machines.  Every measurement that boots
 * runs in its own child process (one machine per process).
 *
 *   order-0 pair    alloc_pages(GFP_KERNEL, 0) + __free_pages(), per-cpu lists
 *   order-3 pair    the same at order 3, through the buddy lists
 *   all of 4G       allocate and free every free page of a 4 GiB machine
 *   TLB hit         one i386_translate() that hits the TLB
 *   page walk       one i386_translate() that misses (two-level walk)
 *   boot 4G         wall time of "mm24 boot mem=4G"
 *   kmalloc pair    kmalloc(64) + kfree(), the per-CPU array fast path
 *   cache pair      kmem_cache_alloc() + kmem_cache_free(), the same
 *   kmap hit        kmap() + kunmap() of a HighMem page whose slot is
 *                   mapped already (the page_address() hash, the count)
 *   kmap miss       kmap() + kunmap() of HighMem pages in turn, 2048 of
 *                   them, so each needs a new slot: map_new_virtual(),
 *                   and one flush_all_zero_pkmaps() per 1024
 *   kmap_atomic     kmap_atomic() + kunmap_atomic() of a HighMem page: a
 *                   PTE set, cleared and flushed (invlpg)
 *   vmalloc 16K     vmalloc(16384) + vfree(): first fit, four pages, the
 *                   mapping and its flush
 *   find_vma hit    find_vma() of an address in the VMA mm->mmap_cache
 *                   holds, in a program with 1000 VMAs
 *   find_vma miss   find_vma() of an address in another VMA each time:
 *                   the walk down the red-black tree of 1000 VMAs
 *   mmap+munmap     old_mmap() of one anonymous page, then sys_munmap()
 *                   of it: get_unmapped_area(), the charge, a new VMA
 *                   linked and unlinked (no page is touched)
 * References: one glibc malloc(4096) + free() pair; for the slab pairs,
 * one glibc malloc(64) + free() pair; for the kmaps, malloc(4096) + free()
 * again (a page), and for vmalloc, malloc(16384) + free().  The kmaps and
 * vmalloc change host mappings (the kernel TLB of arch/i386/machine.c):
 * the cost of one host remap pair, mmap() of a page of RAM and mmap() of
 * nothing over it, is printed beside them.  For the VMA figures, the
 * host's own mmap() + munmap() of one anonymous page (not touched).
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/init.h>
#include <linux/mm.h>
/* the host's <sys/mman.h> spells these differently; the values are the
 * i386 ones of 2.6.24 either way */
#undef MAP_GROWSDOWN
#undef MAP_DENYWRITE
#undef MAP_EXECUTABLE
#undef MAP_LOCKED
#undef MAP_NORESERVE
#undef MAP_POPULATE
#include <linux/mman.h>
#include <linux/printk.h>
#include <linux/sched.h>
#include <linux/slab.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <asm/machine.h>
#include <asm/setup.h>

static long long now_ns(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return t.tv_sec * 1000000000LL + t.tv_nsec;
}

static void boot(unsigned long mem)
{
	struct machine_config cfg = { .mem = mem, .cpus = 1 };

	register_console_writer(console_silent);
	machine_power_on(&cfg);
	start_kernel();
}

/*
 * The pair loops below are timed in ROUNDS rounds of ROUND_PAIRS pairs
 * each and give the best round's figure: the steady cost of a pair,
 * without what a busy host adds to one round or another (a preemption
 * costs a whole time slice).  Both sides of a ratio are timed this way.
 */
#define ROUNDS		20
#define ROUND_PAIRS	500000
#define BEST_ROUND(best, pair) do {					\
	int _r, _i;							\
									\
	(best) = 1e30;							\
	for (_r = 0; _r < ROUNDS; _r++) {				\
		long long _t0 = now_ns();				\
		double _ns;						\
									\
		for (_i = 0; _i < ROUND_PAIRS; _i++) {			\
			pair;						\
		}							\
		_ns = (double)(now_ns() - _t0) / ROUND_PAIRS;		\
		if (_ns < (best))					\
			(best) = _ns;					\
	}								\
} while (0)

static double malloc_size_pair_ns(size_t size)
{
	double best;
	int i;

	for (i = 0; i < 100000; i++)
		free(malloc(size));
	BEST_ROUND(best, void *volatile p = malloc(size); free(p));
	return best;
}

static double malloc_pair_ns(void) { return malloc_size_pair_ns(4096); }

/* kmalloc(64) + kfree(): after the first refill, every pair is an array
 * hit (the object goes back on top of the array it came from). */
static double kmalloc_pair_ns(void)
{
	double best;
	int i;

	boot(1UL << 30);
	for (i = 0; i < 100000; i++)
		kfree(kmalloc(64, GFP_KERNEL));
	BEST_ROUND(best, void *volatile p = kmalloc(64, GFP_KERNEL); kfree(p));
	return best;
}

static double cache_pair_ns(void)
{
	struct kmem_cache *c;
	double best;
	int i;

	boot(1UL << 30);
	c = kmem_cache_create("bench", 64, 0, SLAB_HWCACHE_ALIGN, NULL);
	if (!c)
		return -1;
	for (i = 0; i < 100000; i++)
		kmem_cache_free(c, kmem_cache_alloc(c, GFP_KERNEL));
	BEST_ROUND(best, void *volatile p = kmem_cache_alloc(c, GFP_KERNEL);
		   kmem_cache_free(c, p));
	return best;
}

/* kmap() + kunmap() of a HighMem page whose slot an extra kmap() keeps:
 * every pair finds the mapping in the page_address() hash. */
static double kmap_hit_ns(void)
{
	const int n = 5000000;
	struct page *page;
	long long t0;
	int i;

	boot(1UL << 30);
	page = alloc_page(GFP_HIGHUSER);
	kmap(page);
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		void *volatile p = kmap(page);

		(void)p;
		kunmap(page);
	}
	return (double)(now_ns() - t0) / n;
}

/* kmap() + kunmap() of 2048 HighMem pages in turn: a page comes back
 * after two wraps of the pkmap window, unmapped by the flush of the
 * first, so every kmap() takes a new slot. */
static double kmap_miss_ns(void)
{
	const int n = 2000000, pages = 2048;
	static struct page *pool[2048];
	long long t0;
	int i;

	boot(1UL << 30);
	for (i = 0; i < pages; i++)
		pool[i] = alloc_page(GFP_HIGHUSER);
	for (i = 0; i < 2 * pages; i++) {
		kmap(pool[i % pages]);
		kunmap(pool[i % pages]);
	}
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		void *volatile p = kmap(pool[i % pages]);

		(void)p;
		kunmap(pool[i % pages]);
	}
	return (double)(now_ns() - t0) / n;
}

static double kmap_atomic_ns(void)
{
	const int n = 2000000;
	struct page *page;
	long long t0;
	int i;

	boot(1UL << 30);
	page = alloc_page(GFP_HIGHUSER);
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		char *volatile p = kmap_atomic(page, KM_USER0);

		kunmap_atomic(p, KM_USER0);
	}
	return (double)(now_ns() - t0) / n;
}

static double vmalloc_16k_ns(void)
{
	const int n = 300000;
	long long t0;
	int i;

	boot(1UL << 30);
	for (i = 0; i < 1000; i++)
		vfree(vmalloc(16384));
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		void *volatile p = vmalloc(16384);

		vfree(p);
	}
	return (double)(now_ns() - t0) / n;
}

/* A program running on CPU 0 (as the exec command makes it), with
 * @nr one-page mappings that do not merge (every other one read-only). */
static unsigned long program_mem = 1UL << 30;	/* mem= of its machine */

static struct mm_struct *program_with_vmas(int nr)
{
	const char *argv[] = { "/bin/b", NULL }, *envp[] = { NULL };
	struct elf_image img;
	struct task_struct *t;
	int i;

	boot(program_mem);
	memset(&img, 0, sizeof(img));
	img.elf_ex.e_type = 2;			/* ET_EXEC, EM_386 */
	img.elf_ex.e_machine = 3;
	img.elf_ex.e_entry = (u32)ELF_EXEC_BASE;
	img.elf_ex.e_phnum = 1;
	img.phdr[0].p_type = PT_LOAD;
	img.phdr[0].p_vaddr = (u32)ELF_EXEC_BASE;
	img.phdr[0].p_filesz = img.phdr[0].p_memsz = PAGE_SIZE;
	img.phdr[0].p_flags = PF_R | PF_X;
	if (IS_ERR(ramfs_create_file("/bin/b", PAGE_SIZE, "b", 0, &img)))
		return NULL;
	t = copy_process(CLONE_VM | CLONE_VFORK);
	if (IS_ERR(t))
		return NULL;
	context_switch(current, t);
	if (do_execve("/bin/b", argv, envp))
		return NULL;
	for (i = 0; i < nr; i++) {
		struct mmap_arg_struct a = { 0, PAGE_SIZE, i & 1 ? PROT_READ :
					     PROT_READ | PROT_WRITE,
					     MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0 };

		if (old_mmap(&a) < 0)
			return NULL;
	}
	return t->mm;
}

/* find_vma() in 1000 VMAs: the same address (mmap_cache hits), or each
 * time the next of 1000 addresses spread over them (a tree walk). */
static double find_vma_ns(int miss)
{
	const int n = 20000000;
	struct mm_struct *mm = program_with_vmas(1000);
	unsigned long addrs[1000], sink = 0;
	struct vm_area_struct *v;
	long long t0;
	int i, k = 0;

	if (!mm)
		return -1;
	for (v = mm->mmap; v && k < 1000; v = v->vm_next)
		addrs[k++] = v->vm_start;
	if (miss)	/* in an order that keeps the cache useless */
		for (i = 0; i < k; i++) {
			int j = (i * 7919) % k;
			unsigned long x = addrs[i];

			addrs[i] = addrs[j];
			addrs[j] = x;
		}
	t0 = now_ns();
	for (i = 0; i < n; i++)
		sink += find_vma(mm, addrs[miss ? i % k : 0])->vm_end;
	if (!sink)
		return -1;
	return (double)(now_ns() - t0) / n;
}

static double find_vma_hit_ns(void) { return find_vma_ns(0); }
static double find_vma_miss_ns(void) { return find_vma_ns(1); }

/* mmap() of one anonymous page and munmap() of it, in a program with a
 * few VMAs. */
static double mmap_pair_ns(void)
{
	const int n = 1000000;
	struct mmap_arg_struct a = { 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0 };
	long long t0;
	int i;

	if (!program_with_vmas(4))
		return -1;
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		long addr = old_mmap(&a);

		if (addr < 0 || sys_munmap((unsigned long)addr, PAGE_SIZE))
			return -1;
	}
	return (double)(now_ns() - t0) / n;
}

/* The host's own pair: mmap() of one anonymous page, munmap(). */
static double host_mmap_pair_ns(void)
{
	const int n = 1000000;
	long long t0;
	int i;

	for (i = 0; i < 10000; i++)
		munmap(mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
			    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0), PAGE_SIZE);
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		void *p = mmap(NULL, PAGE_SIZE, PROT_READ | PROT_WRITE,
			       MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);

		if (p == MAP_FAILED || munmap(p, PAGE_SIZE))
			return -1;
	}
	return (double)(now_ns() - t0) / n;
}

/* What a kernel-TLB refill costs the host: a page of a memfd mapped at a
 * fixed address in a reservation, then nothing mapped there again (the
 * mm24 machine does the same with its RAM). */
static double host_remap_pair_ns(void)
{
	const int n = 20000;
	int fd = memfd_create("bench-ram", 0);
	char *at = mmap(NULL, 1UL << 24, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS |
			MAP_NORESERVE, -1, 0);
	long long t0;
	int i;

	if (fd < 0 || ftruncate(fd, 1 << 20) || at == MAP_FAILED)
		return -1;
	at += 1UL << 23;
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		mmap(at, PAGE_SIZE, PROT_READ | PROT_WRITE, MAP_SHARED | MAP_FIXED,
		     fd, (off_t)((i & 255) << PAGE_SHIFT));
		mmap(at, PAGE_SIZE, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS |
		     MAP_FIXED | MAP_NORESERVE, -1, 0);
	}
	return (double)(now_ns() - t0) / n;
}

static double order_pair_ns(unsigned int order, int n)
{
	long long t0;
	int i;

	boot(1UL << 30);
	for (i = 0; i < 100000; i++)
		__free_pages(alloc_pages(GFP_KERNEL, order), order);
	t0 = now_ns();
	for (i = 0; i < n; i++)
		__free_pages(alloc_pages(GFP_KERNEL, order), order);
	return (double)(now_ns() - t0) / n;
}

static double order0_ns(void) { return order_pair_ns(0, 10000000); }
static double order3_ns(void) { return order_pair_ns(3, 2000000); }

/* Every page of a 4 GiB machine, allocated then freed: ns per page. */
static double all_pages_ns(void)
{
	struct page **held = malloc(sizeof(*held) << 20);
	long long t0;
	long n = 0;

	if (!held)
		return -1;
	boot(4UL << 30);
	t0 = now_ns();
	current->flags |= PF_MEMALLOC;
	while ((held[n] = alloc_pages(GFP_HIGHUSER_MOVABLE | __GFP_NOWARN, 0)))
		n++;
	while (n)
		__free_pages(held[--n], 0);
	return (double)(now_ns() - t0) / (double)(totalram_pages);
}

/* A user page mapped in a page directory of our own. */
static u32 map_user_page(void)
{
	struct page *dir = alloc_page(GFP_KERNEL | __GFP_ZERO);
	struct page *pt = alloc_page(GFP_KERNEL | __GFP_ZERO);
	struct page *frame = alloc_page(GFP_KERNEL);
	u32 *pde = page_address(dir), *pte = page_address(pt);
	u32 va = 0x08048000;

	pde[va >> 22] = (u32)(page_to_pfn(pt) << PAGE_SHIFT) | _PAGE_TABLE;
	pte[(va >> 12) & 1023] = (u32)(page_to_pfn(frame) << PAGE_SHIFT) |
				 _PAGE_PRESENT | _PAGE_RW | _PAGE_USER;
	write_cr3(page_to_pfn(dir) << PAGE_SHIFT);
	return va;
}

static double translate_ns(int miss)
{
	struct i386_cpu *cpu;
	const int n = 20000000;
	u32 va, pa = 0, err, sum = 0;
	long long t0;
	int i;

	boot(64UL << 20);
	va = map_user_page();
	cpu = this_i386_cpu();
	i386_translate(cpu, va, I386_USER, &pa, &err);
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		if (miss)
			i386_tlb_flush_one(cpu, va);
		i386_translate(cpu, va + ((u32)i & 0xffc), I386_USER, &pa, &err);
		sum += pa;
	}
	return sum == 1 ? -1 : (double)(now_ns() - t0) / n;
}

static double tlb_hit_ns(void) { return translate_ns(0); }
static double walk_ns(void) { return translate_ns(1); }

static const char *mm24_path;

static double boot_4g_ns(void)
{
	long long best = -1;
	int i;

	for (i = 0; i < 3; i++) {
		long long t0 = now_ns(), t;
		pid_t pid = fork();
		int status;

		if (pid == 0) {
			freopen("/dev/null", "w", stdout);
			execl(mm24_path, "mm24", "boot", "mem=4G", (char *)NULL);
			_exit(127);
		}
		if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
		    WEXITSTATUS(status))
			return -1;
		t = now_ns() - t0;
		if (best < 0 || t < best)
			best = t;
	}
	return (double)best;
}

/* Run @fn in a child: one machine per process. */
/* The emulated anonymous write fault: a program writes one byte to each
 * page of a fresh 16 MiB mapping through the MMU (fault, allocate, zero,
 * map); per page, the munmap() that gives the pages back not counted. */
#define FAULT_PAGES	4096
static double emu_anon_fault_ns(void)
{
	struct mmap_arg_struct a = { 0, FAULT_PAGES * PAGE_SIZE,
				     PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0 };
	long long spent = 0;
	int round, i;
	u8 byte = 1;

	if (!program_with_vmas(4))
		return -1;
	for (round = 0; round < 20; round++) {
		long addr = old_mmap(&a);
		long long t0;

		if (addr < 0)
			return -1;
		t0 = now_ns();
		for (i = 0; i < FAULT_PAGES; i++)
			if (i386_access((u32)addr + (u32)i * PAGE_SIZE, &byte, 1,
					I386_USER | I386_WRITE, 0))
				return -1;
		spent += now_ns() - t0;
		if (sys_munmap((unsigned long)addr, FAULT_PAGES * PAGE_SIZE))
			return -1;
	}
	return (double)spent / (20.0 * FAULT_PAGES);
}

/* The same on a machine without HighMem (mem=512M): the new page is
 * zeroed through the direct map, with no kmap_atomic() window to remap. */
static double emu_anon_fault_lowmem_ns(void)
{
	program_mem = 512UL << 20;
	return emu_anon_fault_ns();
}

/* A user load that hits the TLB: the same mapped word, again and again. */
static double user_load_hit_ns(void)
{
	const int n = 50000000;
	struct mmap_arg_struct a = { 0, PAGE_SIZE, PROT_READ | PROT_WRITE,
				     MAP_PRIVATE | MAP_ANONYMOUS, NULL, 0 };
	u32 word = 0, sum = 0;
	long long t0;
	long addr;
	int i;

	if (!program_with_vmas(4) || (addr = old_mmap(&a)) < 0 ||
	    i386_access((u32)addr, &word, 4, I386_USER | I386_WRITE, 0))
		return -1;
	t0 = now_ns();
	for (i = 0; i < n; i++) {
		i386_access((u32)addr, &word, 4, I386_USER, 0);
		sum += word;
	}
	if (sum)
		return -1;
	return (double)(now_ns() - t0) / n;
}

/* The host kernel's own anonymous write fault: fresh memory, one write
 * per page, per page (the munmap() not counted). */
static double host_anon_fault_ns(void)
{
	const size_t len = FAULT_PAGES * PAGE_SIZE;
	long long spent = 0;
	int round, i;

	for (round = 0; round < 20; round++) {
		volatile char *p = mmap(NULL, len, PROT_READ | PROT_WRITE,
					MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		long long t0;

		if (p == MAP_FAILED)
			return -1;
		t0 = now_ns();
		for (i = 0; i < FAULT_PAGES; i++)
			p[(size_t)i * PAGE_SIZE] = 1;
		spent += now_ns() - t0;
		munmap((void *)p, len);
	}
	return (double)spent / (20.0 * FAULT_PAGES);
}

static double in_child(double (*fn)(void))
{
	int fd[2];
	double v = -1;
	pid_t pid;

	if (pipe(fd))
		return -1;
	pid = fork();
	if (pid == 0) {
		close(fd[0]);
		v = fn();
		if (write(fd[1], &v, sizeof(v)) != sizeof(v))
			_exit(1);
		_exit(0);
	}
	close(fd[1]);
	if (read(fd[0], &v, sizeof(v)) != sizeof(v))
		v = -1;
	close(fd[0]);
	waitpid(pid, NULL, 0);
	return v;
}

static void row(const char *what, double ns, double ref, double target_ns)
{
	const char *unit = ns >= 1e6 ? "ms" : "ns";
	double shown = ns >= 1e6 ? ns / 1e6 : ns;

	if (ns < 0) {
		printf("  %-34s  failed\n", what);
		return;
	}
	printf("  %-34s %10.1f %s %9.2fx", what, shown, unit, ns / ref);
	if (target_ns > 0)
		printf("   target <= %.0f %s: %s", target_ns >= 1e6 ?
		       target_ns / 1e6 : target_ns, target_ns >= 1e6 ? "ms" : "ns",
		       ns <= target_ns ? "met" : "NOT met");
	putchar('\n');
}

int main(int argc, char **argv)
{
	const char *label = argc > 1 ? argv[1] : "mm24";
	double ref;

	mm24_path = argc > 2 ? argv[2] : "build/bin/mm24";
	setvbuf(stdout, NULL, _IOLBF, 0);
	ref = malloc_pair_ns();
	printf("%s: reference glibc malloc(4096)+free pair = %.1f ns\n", label, ref);
	row("order-0 alloc+free pair (per-cpu)", in_child(order0_ns), ref, 60);
	row("order-3 alloc+free pair", in_child(order3_ns), ref, 0);
	row("all pages of 4G, alloc+free, /page", in_child(all_pages_ns), ref, 0);
	row("TLB-hit translation", in_child(tlb_hit_ns), ref, 5);
	row("page walk (TLB miss)", in_child(walk_ns), ref, 0);
	if (argc > 2)
		row("mm24 boot mem=4G (wall, best of 3)", boot_4g_ns(), ref, 5e8);
	ref = malloc_size_pair_ns(64);
	printf("%s: reference glibc malloc(64)+free pair = %.1f ns\n", label,
	       ref);
	row("kmalloc(64)+kfree pair (array hit)", in_child(kmalloc_pair_ns),
	    ref, ref);
	row("kmem_cache_alloc+free pair (array)", in_child(cache_pair_ns),
	    ref, ref);
	ref = malloc_size_pair_ns(4096);
	printf("%s: reference glibc malloc(4096)+free pair = %.1f ns\n", label,
	       ref);
	row("host remap pair (mmap RAM, mmap none)",
	    in_child(host_remap_pair_ns), ref, 0);
	row("kmap+kunmap, HighMem, slot mapped", in_child(kmap_hit_ns), ref, 0);
	row("kmap+kunmap, HighMem, new slot", in_child(kmap_miss_ns), ref, 0);
	row("kmap_atomic+kunmap_atomic, HighMem", in_child(kmap_atomic_ns), ref,
	    0);
	ref = malloc_size_pair_ns(16384);
	printf("%s: reference glibc malloc(16384)+free pair = %.1f ns\n", label,
	       ref);
	row("vmalloc(16384)+vfree pair", in_child(vmalloc_16k_ns), ref, 0);
	ref = host_mmap_pair_ns();
	printf("%s: reference host mmap+munmap pair (one anonymous page) = "
	       "%.1f ns\n", label, ref);
	row("find_vma, 1000 VMAs, mmap_cache hit", in_child(find_vma_hit_ns),
	    ref, 0);
	row("find_vma, 1000 VMAs, tree walk", in_child(find_vma_miss_ns), ref, 0);
	row("mmap+munmap pair, one anon page", in_child(mmap_pair_ns), ref, 0);
	ref = in_child(host_anon_fault_ns);
	printf("%s: reference host anonymous write fault (fresh page) = "
	       "%.1f ns\n", label, ref);
	row("anonymous write fault, /page (1G)", in_child(emu_anon_fault_ns),
	    ref, 0.5 * ref);
	row("anonymous write fault, /page (512M)",
	    in_child(emu_anon_fault_lowmem_ns), ref, 0.5 * ref);
	row("user load, TLB hit", in_child(user_load_hit_ns), ref, 0);
	return 0;
}
