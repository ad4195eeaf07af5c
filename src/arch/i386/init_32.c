/**
 * @file
 * @brief \~english Kernel page tables at boot and the hand-over to the page allocator.
 *        \~chinese 启动时建立内核页表，并把内存移交给页分配器。 \~
 *
 * init_32.c - the kernel page tables and the hand-over of memory to the
 * page allocator (arch/x86/mm/init_32.c).
 *
 * paging_init() -> pagetable_init():
 *  1. enable PSE and PGE; kernel mappings become global;
 *  2. kernel_physical_mapping_init(): map frames 0..max_low_pfn at
 *     PAGE_OFFSET, with one 4 MiB PSE entry per PDE when the CPU has PSE,
 *     else with page tables from bootmem;
 *  3. page tables (no mappings yet) for the fixmap and the pkmap window;
 *  4. load swapper_pg_dir, flush the TLB, cache the kmap_atomic PTE.
 *
 * mem_init(): free_all_bootmem() gives every unreserved low frame to the
 * buddy allocator, set_highmem_pages_init() every highmem frame, then the
 * "Memory:" line and the layout of the kernel's linear space.
 */
#include <linux/bootmem.h>
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/vmstat.h>
#include <asm/e820.h>
#include <asm/fixmap.h>
#include <asm/sections.h>
#include <asm/setup.h>
#include <asm/tlbflush.h>
#include <asm/uaccess.h>

unsigned int __VMALLOC_RESERVE = __VMALLOC_RESERVE_DEFAULT;
unsigned long highstart_pfn, highend_pfn;
u32 __PAGE_KERNEL = _PAGE_KERNEL;
u32 __PAGE_KERNEL_EXEC = _PAGE_KERNEL_EXEC;
pte_t *kmap_pte;
pgprot_t kmap_prot;
/**
 * @brief \~english The page table of the pkmap window: its PTE nr maps slot nr.
 *        \~chinese 永久内核映射窗口的页表：第 nr 项映射第 nr 个槽位。 \~
 * @kernel{mm/highmem.c,65}
 * @seenotes{chapter-highmem,highmem-pkmap}
 * @kquirk \~english Defined here, beside permanent_kmaps_init() that sets
 *         it at boot, and not in the highmem unit's mm/highmem.c that uses
 *         it: a unit never reaches up to a later one.
 *         \~chinese 定义在这里，与启动时给它赋值的 permanent_kmaps_init() 放在一起，
 *         而不是放在使用它的高端内存单元的 mm/highmem.c 中：下层单元不能依赖上层单元。 \~
 */
pte_t *pkmap_page_table;
unsigned long totalram_pages;
unsigned long totalhigh_pages;

/**
 * @brief \~english Make sure the PDE @p pmd has a page table; return it.
 *        \~chinese 确保页目录项 pmd 下挂有页表（没有就从引导内存分配一页），返回该页表。 \~
 * @param pmd \~english the (folded) page-directory entry
 *            \~chinese （折叠掉的）页目录项 \~
 * @return \~english the first PTE of its page table
 *         \~chinese 其页表的第一个页表项 \~
 * @kernel{arch/x86/mm/init_32.c,85}
 * @seenotes{chapter-boot,boot-paging}
 */
static pte_t *one_page_table_init(pmd_t *pmd)
{
	/* a PDE with no page table under it yet gets a zeroed bootmem page */
	if ((pmd_val(*pmd) & _PAGE_PRESENT) == 0) {
		pte_t *pt = alloc_bootmem_low_pages(PAGE_SIZE);

		set_pmd(pmd, __pmd(__pa(pt) | _PAGE_TABLE));
		BUG_ON(pte_offset_kernel(pmd, 0) != pt);
	}
	return pte_offset_kernel(pmd, 0);
}

/**
 * @brief \~english The middle (pmd) table of a directory entry: the entry
 *        itself, as the pmd level is folded on non-PAE i386.
 *        \~chinese 页目录项对应的中间层（pmd）表：非 PAE 的 i386 上 pmd 层被折叠，
 *        就是该页目录项本身。 \~
 * @param pgd \~english the page-directory entry \~chinese 页目录项 \~
 * @return \~english its first (and only) pmd entry
 *         \~chinese 它的第一个（也是唯一一个）pmd 项 \~
 * @kernel{arch/x86/mm/init_32.c,60}
 * @seenotes{chapter-boot,boot-paging}
 */
static pmd_t *one_md_table_init(pgd_t *pgd)
{
	/* with PAE a pmd page would be allocated here; without, both folded
	 * levels are the pgd entry itself */
	pud_t *pud = pud_offset(pgd, 0);

	return pmd_offset(pud, 0);
}

/**
 * @brief \~english Give every 4 MiB of [start, end) a page table.
 *        \~chinese 为 [start, end) 中每个 4 MiB 区间建好页表（只建表，不建映射）。 \~
 * @param start \~english first linear address (host value)
 *              \~chinese 第一个线性地址（宿主机上的值） \~
 * @param end \~english end of the range \~chinese 区间的结束地址 \~
 * @param pgd_base \~english the page directory \~chinese 页目录 \~
 * @kernel{arch/x86/mm/init_32.c,116}
 * @seenotes{chapter-boot,boot-paging}
 */
static void page_table_range_init(unsigned long start, unsigned long end,
				  pgd_t *pgd_base)
{
	unsigned long va = start;
	int slot = (int)pgd_index(va), sub = (int)pmd_index(va);
	pgd_t *dir = pgd_base + slot;
	pmd_t *pde;

	/* two levels, the inner one of PTRS_PER_PMD = 1 entry: one page
	 * table per directory entry, each covering PMD_SIZE */
	for (; slot < PTRS_PER_PGD && va != end; slot++, dir++) {
		pde = one_md_table_init(dir) + pmd_index(va);
		while (sub < PTRS_PER_PMD && va != end) {
			one_page_table_init(pde);
			va += PMD_SIZE;
			pde++;
			sub++;
		}
		sub = 0;
	}
}

/**
 * @brief \~english Does @p addr lie in the kernel image, up to __init_end?
 *        \~chinese 地址 addr 是否落在内核映像中（从 PAGE_OFFSET 到 __init_end）。 \~
 * @param addr \~english a kernel address (host value)
 *             \~chinese 一个内核线性地址（宿主机上的值） \~
 * @return \~english 1 if its mapping must be executable, else 0
 *         \~chinese 其映射必须可执行时返回 1，否则返回 0 \~
 * @kernel{arch/x86/mm/init_32.c,140}
 * @seenotes{chapter-boot,boot-paging}
 */
static int is_kernel_text(unsigned long addr)
{
	/* everything from the start of the direct map: the BIOS area
	 * below the image stays executable too */
	if (PAGE_OFFSET <= addr && addr <= (unsigned long)__init_end)
		return 1;
	return 0;
}

/**
 * @brief \~english Map all low memory at PAGE_OFFSET in swapper_pg_dir.
 *        \~chinese 在 swapper_pg_dir 中把全部低端内存线性映射到 PAGE_OFFSET 起的内核空间。 \~
 * @param pgd_base \~english swapper_pg_dir \~chinese swapper_pg_dir \~
 * @kernel{arch/x86/mm/init_32.c,152}
 * @seenotes{chapter-boot,boot-paging}
 */
static void kernel_physical_mapping_init(pgd_t *pgd_base)
{
	int slot = (int)pgd_index(PAGE_OFFSET), sub, n;
	pgd_t *dir = pgd_base + slot;
	unsigned long frame = 0;
	pmd_t *pde;
	pte_t *pt;

	/* one directory entry (4 MiB) per round, frame 0 up to max_low_pfn;
	 * the rest of the kernel half is left alone */
	for (; slot < PTRS_PER_PGD; slot++, dir++) {
		pde = one_md_table_init(dir);
		if (frame >= max_low_pfn)
			continue;
		for (sub = 0; sub < PTRS_PER_PMD && frame < max_low_pfn;
		     sub++, pde++) {
			unsigned long va = frame * PAGE_SIZE + PAGE_OFFSET;

			if (cpu_has_pse) {
				/* one 4 MiB page: executable if its first
				 * or its last byte is kernel text */
				unsigned long va_last = va + PMD_SIZE - 1;

				if (is_kernel_text(va) || is_kernel_text(va_last))
					set_pmd(pde, pfn_pmd(frame,
						PAGE_KERNEL_LARGE_EXEC));
				else
					set_pmd(pde, pfn_pmd(frame,
						PAGE_KERNEL_LARGE));
				frame += PTRS_PER_PTE;
			} else {
				pt = one_page_table_init(pde);
				for (n = 0; n < PTRS_PER_PTE && frame < max_low_pfn;
				     n++, pt++, frame++, va += PAGE_SIZE) {
					if (is_kernel_text(va))
						set_pte(pt, pfn_pte(frame,
							PAGE_KERNEL_EXEC));
					else
						set_pte(pt, pfn_pte(frame,
							PAGE_KERNEL));
				}
			}
		}
	}
}

/**
 * @brief \~english Is @p pagenr inside a usable e820 range?
 *        \~chinese 判断页框 pagenr 是否落在 e820 的可用内存区间内。 \~
 * @param pagenr \~english the pfn \~chinese 页框号 \~
 * @return \~english 1 for RAM, 0 for holes and reserved ranges
 *         \~chinese RAM 返回 1；空洞与保留区间返回 0 \~
 * @kernel{arch/x86/mm/init_32.c,203}
 * @seenotes{chapter-boot,boot-mem-init}
 */
int page_is_ram(unsigned long pagenr)
{
	int k;

	for (k = 0; k < e820.nr_map; k++) {
		const struct e820entry *r = &e820.map[k];
		unsigned long lo, hi;	/* the whole frames of the range */

		if (r->type != E820_RAM)
			continue;
		lo = (unsigned long)((r->addr + PAGE_SIZE - 1) >> PAGE_SHIFT);
		hi = (unsigned long)((r->addr + r->size) >> PAGE_SHIFT);
		if (pagenr >= lo && pagenr < hi)
			return 1;
	}
	return 0;
}

/* The PTE of a fixmap address, through the three folded levels. */
#define kmap_get_fixmap_pte(vaddr)					\
	pte_offset_kernel(pmd_offset(pud_offset(pgd_offset_k(vaddr),	\
						(vaddr)), (vaddr)), (vaddr))

/**
 * @brief \~english Remember the PTE of the first kmap_atomic() slot.
 *        \~chinese 记下第一个 kmap_atomic() 固定映射槽位的页表项。 \~
 * @kernel{arch/x86/mm/init_32.c,249}
 * @seenotes{chapter-boot,boot-paging}
 */
static void kmap_init(void)
{
	/* the slots of all CPUs follow it downwards in one page table */
	unsigned long first_slot = __fix_to_virt(FIX_KMAP_BEGIN);

	kmap_pte = kmap_get_fixmap_pte(first_slot);
	kmap_prot = PAGE_KERNEL;
}

/**
 * @brief \~english Build the page table of the 4 MiB pkmap window.
 *        \~chinese 为 4 MiB 的永久内核映射（pkmap）窗口建立页表。 \~
 * @param pgd_base \~english swapper_pg_dir \~chinese swapper_pg_dir \~
 * @kernel{arch/x86/mm/init_32.c,260}
 * @seenotes{chapter-boot,boot-paging}
 */
static void permanent_kmaps_init(pgd_t *pgd_base)
{
	unsigned long window = PKMAP_BASE;
	pgd_t *dir;
	pud_t *pud;
	pmd_t *pde;

	page_table_range_init(window, window + LAST_PKMAP * PAGE_SIZE,
			      pgd_base);
	/* kmap() will fill the entries of that one table */
	dir = swapper_pg_dir + pgd_index(window);
	pud = pud_offset(dir, window);
	pde = pmd_offset(pud, window);
	pkmap_page_table = pte_offset_kernel(pde, window);
}

/**
 * @brief \~english Is @p pagenr one of the 64 frames at 1.75 GiB that a
 *        Pentium Pro with the RAM erratum must not use?
 *        \~chinese 页框 pagenr 是否在 1.75 GiB 处那 64 个页框之中（有内存勘误的
 *        Pentium Pro 不能使用它们）。 \~
 * @param pagenr \~english the pfn \~chinese 页框号 \~
 * @return \~english 1 for pfns 0x70000 to 0x7003f
 *         \~chinese 页框号在 0x70000 到 0x7003f 之间时返回 1 \~
 * @kernel{arch/x86/mm/init_32.c,196}
 * @seenotes{chapter-boot,boot-mem-init}
 */
static int page_kills_ppro(unsigned long pagenr)
{
	if (0x70000 <= pagenr && pagenr <= 0x7003f)
		return 1;
	return 0;
}

/**
 * @brief \~english Give one highmem frame to the buddy allocator.
 *        \~chinese 把一个高端内存页框交给伙伴系统。 \~
 * @param page \~english the frame, reserved until now
 *             \~chinese 页框，此前一直处于保留状态 \~
 * @kernel{arch/x86/mm/init_32.c,278}
 * @seenotes{chapter-boot,boot-mem-init}
 */
static void free_new_highpage(struct page *page)
{
	/* __free_page() drops a reference: give it the one to drop */
	init_page_count(page);
	__free_page(page);
	totalhigh_pages++;
}

/**
 * @brief \~english Free one highmem frame to the buddy allocator, or keep
 *        it reserved if it is not RAM.
 *        \~chinese 把一个高端内存页框交给伙伴系统；若不是内存则保持保留状态。 \~
 * @param page \~english the frame \~chinese 页框 \~
 * @param pfn \~english its number \~chinese 它的页框号 \~
 * @param bad_ppro \~english nonzero on a Pentium Pro with the RAM erratum (mm24's
 *                           CPU is not one)
 *                 \~chinese 在带 RAM 勘误的 Pentium Pro 上为非 0（mm24 的 CPU 不是） \~
 * @kernel{arch/x86/mm/init_32.c,285}
 * @seenotes{chapter-boot,boot-mem-init}
 */
void add_one_highpage_init(struct page *page, int pfn, int bad_ppro)
{
	if (page_is_ram((unsigned long)pfn) &&
	    !(bad_ppro && page_kills_ppro((unsigned long)pfn))) {
		ClearPageReserved(page);
		free_new_highpage(page);
	} else {
		SetPageReserved(page);
	}
}

/**
 * @brief \~english Hand every highmem frame to the page allocator.
 *        \~chinese 把所有高端内存页框交给页分配器。 \~
 * @param bad_ppro \~english passed on to add_one_highpage_init()
 *                 \~chinese 原样传给 add_one_highpage_init() \~
 * @kernel{arch/x86/mm/init_32.c,321}
 * @seenotes{chapter-boot,boot-mem-init}
 */
static void set_highmem_pages_init(int bad_ppro)
{
	unsigned long n;

	for (n = highstart_pfn; n < highend_pfn; n++)
		if (pfn_valid(n))
			add_one_highpage_init(pfn_to_page(n), (int)n, bad_ppro);
	/* the loop counted the frames it freed in totalhigh_pages */
	totalram_pages += totalhigh_pages;
}

/**
 * @brief \~english Build the final kernel page tables in swapper_pg_dir.
 *        \~chinese 在 swapper_pg_dir 中建立最终的内核页表。 \~
 * @kernel{arch/x86/mm/init_32.c,413}
 * @seenotes{chapter-boot,boot-paging}
 */
static void pagetable_init(void)
{
	pgd_t *dir = swapper_pg_dir;
	unsigned long fix_lo, fix_hi;

	if (cpu_has_pse)
		set_in_cr4(X86_CR4_PSE);
	if (cpu_has_pge) {
		/* the kernel half is the same in every address space: its
		 * TLB entries may survive a CR3 load */
		__PAGE_KERNEL |= _PAGE_GLOBAL;
		__PAGE_KERNEL_EXEC |= _PAGE_GLOBAL;
		set_in_cr4(X86_CR4_PGE);
	}
	kernel_physical_mapping_init(dir);

	/* fixmap: only the page tables here, set_fixmap() fills them in;
	 * the slots grow down from FIXADDR_TOP, so the last is the lowest */
	fix_hi = (FIXADDR_TOP + PMD_SIZE - 1) & PMD_MASK;
	fix_lo = __fix_to_virt(__end_of_fixed_addresses - 1) & PMD_MASK;
	page_table_range_init(fix_lo, fix_hi, dir);

	permanent_kmaps_init(dir);
}

/**
 * @brief \~english Remove the identity mapping head.S made of low memory.
 *        \~chinese 撤销 head.S 为低端内存建立的恒等映射（用户空间部分的页目录项清零）。 \~
 * @kernel{arch/x86/mm/init_32.c,465}
 * @seenotes{chapter-boot,boot-paging}
 */
void zap_low_mappings(void)
{
	int i;

	for (i = 0; i < (int)USER_PTRS_PER_PGD; i++)
		set_pgd(swapper_pg_dir + i, __pgd(0));
	flush_tlb_all();
}

/**
 * @brief \~english Switch to the final kernel page tables.
 *        \~chinese 建立并切换到最终的内核页表。 \~
 * @kernel{arch/x86/mm/init_32.c,572}
 * @seenotes{chapter-boot,boot-paging}
 */
void paging_init(void)
{
	pagetable_init();
	load_cr3(swapper_pg_dir);
	__flush_tlb_all();
	kmap_init();
}

/**
 * @brief \~english Try a kernel write to a read-only page; 1 if it faulted.
 *        \~chinese 在内核态向只读页写一个字节；若触发了缺页异常返回 1。 \~
 * @return \~english 1 when the write was stopped (CR0.WP honoured), 0 otherwise
 *         \~chinese 写操作被阻止（CR0.WP 生效）时返回 1，否则返回 0 \~
 * @kernel{arch/x86/mm/init_32.c,768}
 * @seenotes{chapter-boot,boot-wp}
 * @kquirk \~english The inline assembly (__asm__ __volatile__(), a movb
 *         to read the byte and one to write it back) becomes two
 *         i386_access() calls through the emulated MMU, at the
 *         UACCESS_INSN() address of EX_WP_TEST; the write's
 *         exception-table entry skips the "flag = 0" that follows it.
 *         \~chinese 内联汇编（__asm__ __volatile__()：一条 movb 读出字节，一条把它
 *         写回）变成经过模拟 MMU 的两次 i386_access() 调用，指令地址是 EX_WP_TEST
 *         的 UACCESS_INSN()；写操作在异常表中的修正项跳过其后的“flag = 0”。 \~
 */
static int do_test_wp_bit(void)
{
	u32 va = (u32)fix_to_virt(FIX_WP_TEST);
	u8 byte;
	int flag = 1;

	i386_access(va, &byte, 1, 0, UACCESS_INSN(EX_WP_TEST));
	if (!i386_access(va, &byte, 1, I386_WRITE, UACCESS_INSN(EX_WP_TEST)))
		flag = 0;
	return flag;
}

/**
 * @brief \~english Check that the CPU honours CR0.WP in kernel mode.
 *        \~chinese 检查 CPU 在内核态是否遵守 CR0.WP 写保护位。 \~
 *
 * The kernel is built for the 686 (CONFIG_X86_WP_WORKS_OK): a CPU that
 * lets the kernel write a read-only page is a panic, as is a fixmap that
 * a direct map of 1 GiB of lowmem (vmalloc=0 or vmalloc=3G) covered with
 * a writable 4 MiB page.
 *
 * @kernel{arch/x86/mm/init_32.c,604}
 * @seenotes{chapter-boot,boot-wp}
 */
static void test_wp_bit(void)
{
	int honoured;

	printk("Checking if this processor honours the WP bit even in "
	       "supervisor mode... ");
	/* swapper_pg_dir is just a handy frame: the test reads a byte
	 * and writes the same byte back */
	__set_fixmap(FIX_WP_TEST, __pa(swapper_pg_dir), PAGE_READONLY);
	honoured = do_test_wp_bit();
	boot_cpu_data.wp_works_ok = honoured;
	clear_fixmap(FIX_WP_TEST);

	if (boot_cpu_data.wp_works_ok == 0) {
		printk("No.\n");
		panic("This kernel doesn't support CPU's with broken WP. "
		      "Recompile it for a 386!");
	} else {
		printk("Ok.\n");
	}
}

/* nr_free_pages() of include/linux/swap.h, until mm24's swap.h has it */
#ifndef nr_free_pages
#define nr_free_pages()	global_page_state(NR_FREE_PAGES)
#endif

/* The span of a layout line in kB (shift 10) or MB (20), as the 32-bit
 * difference of two kernel addresses. */
static long layout_size(unsigned long start, unsigned long end, int shift)
{
	return (long)((u32)(end - start) >> shift);
}

/**
 * @brief \~english Release boot memory to the page allocator and report.
 *        \~chinese 把引导期内存释放给页分配器，并打印内存统计与内核空间布局。 \~
 * @kernel{arch/x86/mm/init_32.c,625}
 * @seenotes{chapter-boot,boot-mem-init}
 * @kquirk \~english Kernel addresses are host pointers in mm24: the layout
 *         table prints their i386 values, through i386_addr(), and its
 *         sizes as 32-bit differences.
 *         \~chinese mm24 中的内核地址是宿主机指针：布局表通过 i386_addr() 打印
 *         它们的 i386 值，区域大小也按 32 位的差计算。 \~
 * @kquirk \~english zap_low_mappings() is called here, at the end, as a
 *         kernel without CONFIG_SMP does; an SMP 2.6.24 calls it from
 *         smp_cpus_done() once the other CPUs are up, and mm24 starts no
 *         other CPU.
 *         \~chinese 这里在末尾调用 zap_low_mappings()，与未配置 CONFIG_SMP 的内核
 *         一样；SMP 的 2.6.24 在其他 CPU 启动之后由 smp_cpus_done() 调用它，而
 *         mm24 不启动其他 CPU。 \~
 */
void mem_init(void)
{
	unsigned long codesize, datasize, initsize, reservedpages = 0, pfn;

	BUG_ON(mem_map == NULL);
	/* the pkmap window must end below the fixmap */
	if (FIXADDR_START <= PKMAP_BASE + LAST_PKMAP * PAGE_SIZE) {
		printk(KERN_ERR "fixmap and kmap areas overlap - this will crash\n");
		printk(KERN_ERR "pkstart: %lxh pkend: %lxh fixstart %lxh\n",
		       i386_addr(PKMAP_BASE),
		       i386_addr(PKMAP_BASE + LAST_PKMAP * PAGE_SIZE),
		       i386_addr(FIXADDR_START));
		BUG();
	}
	totalram_pages += free_all_bootmem();

	/* reserved RAM only: holes have struct pages but are not memory */
	for (pfn = 0; pfn < max_low_pfn; pfn++)
		if (page_is_ram(pfn) && PageReserved(pfn_to_page(pfn)))
			reservedpages++;
	set_highmem_pages_init(0);

	codesize = (unsigned long)(_etext - _text);
	datasize = (unsigned long)(_edata - _etext);
	initsize = (unsigned long)(__init_end - __init_begin);
	printk(KERN_INFO "Memory: %luk/%luk available (%luk kernel code, "
	       "%luk reserved, %luk data, %luk init, %luk highmem)\n",
	       nr_free_pages() << (PAGE_SHIFT - 10),
	       num_physpages << (PAGE_SHIFT - 10), codesize >> 10,
	       reservedpages << (PAGE_SHIFT - 10), datasize >> 10,
	       initsize >> 10, totalhigh_pages << (PAGE_SHIFT - 10));

	/* from the top of the linear space down */
	printk("virtual kernel memory layout:\n"
	       "    fixmap  : 0x%08lx - 0x%08lx   (%4ld kB)\n"
	       "    pkmap   : 0x%08lx - 0x%08lx   (%4ld kB)\n"
	       "    vmalloc : 0x%08lx - 0x%08lx   (%4ld MB)\n"
	       "    lowmem  : 0x%08lx - 0x%08lx   (%4ld MB)\n"
	       "      .init : 0x%08lx - 0x%08lx   (%4ld kB)\n"
	       "      .data : 0x%08lx - 0x%08lx   (%4ld kB)\n"
	       "      .text : 0x%08lx - 0x%08lx   (%4ld kB)\n",
	       i386_addr(FIXADDR_START), i386_addr(FIXADDR_TOP),
	       layout_size(FIXADDR_START, FIXADDR_TOP, 10),
	       i386_addr(PKMAP_BASE), i386_addr(PKMAP_BASE + LAST_PKMAP * PAGE_SIZE),
	       layout_size(0, LAST_PKMAP * PAGE_SIZE, 10),
	       i386_addr(VMALLOC_START), i386_addr(VMALLOC_END),
	       layout_size(VMALLOC_START, VMALLOC_END, 20),
	       i386_addr(__va(0)), i386_addr(high_memory),
	       layout_size((unsigned long)__va(0), (unsigned long)high_memory, 20),
	       i386_addr(__init_begin), i386_addr(__init_end),
	       layout_size((unsigned long)__init_begin,
			   (unsigned long)__init_end, 10),
	       i386_addr(_etext), i386_addr(_edata),
	       layout_size((unsigned long)_etext, (unsigned long)_edata, 10),
	       i386_addr(_text), i386_addr(_etext),
	       layout_size((unsigned long)_text, (unsigned long)_etext, 10));

	/* the regions must not overlap, from the top down */
	BUG_ON(PKMAP_BASE + LAST_PKMAP * PAGE_SIZE > FIXADDR_START);
	BUG_ON(PKMAP_BASE < VMALLOC_END);
	BUG_ON(VMALLOC_END < VMALLOC_START);
	BUG_ON(VMALLOC_START < (unsigned long)high_memory);

	if (boot_cpu_data.wp_works_ok < 0)
		test_wp_bit();
	zap_low_mappings();
}
