/**
 * @file
 * @brief \~english The memory part of setup_arch(): low and high memory, bootmem, zone sizes.
 *        \~chinese setup_arch() 中与内存有关的部分：低端与高端内存、bootmem、管理区大小。 \~
 *
 * setup_32.c - the memory part of setup_arch() (arch/x86/kernel/setup_32.c).
 *
 * Boot order on i386:
 *  1. print the e820 map (memory_setup() says where it came from); note
 *     the kernel image in init_mm; act on vmalloc= (parse_early_param());
 *  2. setup_memory(): max_pfn from e820, max_low_pfn = min(max_pfn,
 *     MAXMEM_PFN) where MAXMEM = 4G - PAGE_OFFSET - VMALLOC_RESERVE
 *     = 896 MiB; the rest is highmem; then the bootmem allocator;
 *  3. paging_init(): the final kernel page tables (init_32.c);
 *  4. zone_sizes_init(): DMA ends at 16 MiB, Normal at max_low_pfn,
 *     HighMem at max_pfn; free_area_init_nodes() builds the zones.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <linux/lib.h>
#include <linux/mm.h>
#include <asm/bios_ebda.h>
#include <asm/dma.h>
#include <asm/e820.h>
#include <asm/processor.h>
#include <asm/sections.h>
#include <asm/setup.h>

/* mm/bootmem.c and mm/memory.c define these; the arch boot code sets them. */
unsigned long max_low_pfn;
unsigned long min_low_pfn;
unsigned long max_pfn;
struct page *mem_map;
unsigned long max_mapnr;
unsigned long num_physpages;
void *high_memory;

/* highmem= is not offered (only vmalloc= is an early option here), so
 * this stays "not given" and find_max_low_pfn() takes every page above
 * MAXMEM as highmem, and none below it */
static unsigned int highmem_pages = -1;
char boot_command_line[256];

/**
 * @brief \~english The vmalloc= boot option: size of the vmalloc area,
 *        which moves the end of lowmem (MAXMEM).
 *        \~chinese vmalloc= 启动参数：vmalloc 区的大小，它决定低端内存的上限 MAXMEM。 \~
 * @param arg \~english the size, with K/M/G suffix
 *            \~chinese 大小，可带 K/M/G 后缀 \~
 * @return \~english 0, or -EINVAL \~chinese 成功返回 0，否则返回 -EINVAL \~
 * @kernel{arch/x86/kernel/setup_32.c,223}
 * @seenotes{chapter-boot,boot-setup-memory}
 * @kquirk \~english The size is read with lib's memparse_strict(), which
 *         refuses a malformed one where memparse() would stop at the bad
 *         character (and take 0 for "abc"); check_early_param() refused
 *         such a word when the boot line was read, so that test never
 *         fails here.  Any size is taken, cut to the 32 bits of
 *         __VMALLOC_RESERVE as on i386.
 *         \~chinese 用 lib 中的 memparse_strict() 读取大小：格式不对时它直接拒绝，而
 *         memparse() 会在第一个非法字符处停下（"abc" 被当作 0）。读入启动命令行时
 *         check_early_param() 已经拒绝了这样的参数，所以这里的检查不会失败。任何
 *         大小都接受，和 i386 一样截成 __VMALLOC_RESERVE 的 32 位。 \~
 */
static int parse_vmalloc(char *arg)
{
	unsigned long long size;

	if (arg == NULL)
		return -EINVAL;
	if (memparse_strict(arg, &size))
		return -EINVAL;
	__VMALLOC_RESERVE = (unsigned int)size;
	return 0;
}

/*
 * Checks one word of an mm24 boot line that is not a machine option: a
 * unit's __setup() option, or the early parameter mm24 knows, vmalloc=
 * with a size (K, M, G suffixes; any size, as in 2.6.24: one that leaves
 * too little lowmem stops the boot where 2.6.24 would).  Fills @err when
 * the word is neither.
 */
int check_early_param(const char *word, char *err, size_t errlen)
{
	unsigned long long v;

	if (setup_param_known(word))	/* a unit's __setup() option */
		return 0;
	if (strncmp(word, "vmalloc=", 8)) {
		char units[64];

		setup_param_names(units, sizeof(units));
		snprintf(err, errlen, "unknown boot option '%s' (mem=, cpus=, "
			 "vmalloc=%s are known)", word, units);
		return -1;
	}
	if (memparse_strict(word + 8, &v)) {
		snprintf(err, errlen, "bad size '%s': vmalloc= takes a size "
			 "(K, M, G suffixes)", word + 8);
		return -1;
	}
	return 0;
}

/**
 * @brief \~english Act on the early options of the boot line, once.
 *        \~chinese 处理启动命令行中的早期参数（只处理一次）。 \~
 * @kernel{init/main.c,476}
 * @seenotes{chapter-boot,boot-setup-memory}
 * @kquirk \~english mm24 has no parse_args() and no table of early_param()
 *         handlers: the copy of boot_command_line is cut at spaces here,
 *         and what do_early_param() does for the one early option mm24
 *         has, vmalloc= (parse_vmalloc(), with the "Malformed early
 *         option" warning when it fails), is done in the loop.  The other
 *         words are mm24's machine options (mem=, cpus=) and the units'
 *         __setup() options, read elsewhere.
 *         \~chinese mm24 没有 parse_args()，也没有 early_param() 处理函数表：这里把
 *         boot_command_line 的副本按空格切开，在循环中完成 do_early_param() 对
 *         mm24 唯一的早期参数 vmalloc= 所做的事（调用 parse_vmalloc()，失败时打印
 *         "Malformed early option" 警告）。其余的词是 mm24 的机器参数（mem=、
 *         cpus=）和各单元的 __setup() 参数，在别处处理。 \~
 */
void parse_early_param(void)
{
	static int done;
	static char tmp_cmdline[sizeof(boot_command_line)];
	char *word, *rest;

	if (done)
		return;
	snprintf(tmp_cmdline, sizeof(tmp_cmdline), "%s", boot_command_line);
	for (word = strtok_r(tmp_cmdline, " ", &rest); word;
	     word = strtok_r(NULL, " ", &rest)) {
		if (strncmp(word, "vmalloc=", 8) == 0 && parse_vmalloc(word + 8))
			printk(KERN_WARNING "Malformed early option 'vmalloc'\n");
	}
	done = 1;
}

#define pages_to_mb(x)	((x) >> (20 - PAGE_SHIFT))

/**
 * @brief \~english Decide the last directly mapped frame (896 MiB rule).
 *        \~chinese 确定直接映射的最后一个页框（896 MiB 规则）。 \~
 *
 * highmem= is not offered, so highmem_pages is never given and the
 * branches that obey or refuse it never run.
 *
 * @return \~english max_low_pfn; max_pfn may be cut to the 4 GiB non-PAE limit
 *         \~chinese max_low_pfn；max_pfn 可能被截到非 PAE 的 4 GiB 上限 \~
 * @kernel{arch/x86/kernel/setup_32.c,254}
 * @seenotes{chapter-boot,boot-setup-memory}
 */
unsigned long find_max_low_pfn(void)
{
	unsigned long low = max_pfn;

	if (low > MAXMEM_PFN) {
		/* above MAXMEM: what is not low is high */
		if (highmem_pages == -1)
			highmem_pages = (unsigned int)(max_pfn - MAXMEM_PFN);
		if (MAXMEM_PFN + highmem_pages < max_pfn)
			max_pfn = MAXMEM_PFN + highmem_pages;
		if (MAXMEM_PFN + highmem_pages > max_pfn) {
			unsigned long have = max_pfn - MAXMEM_PFN;

			printk("only %luMB highmem pages available, ignoring "
			       "highmem size of %uMB.\n", pages_to_mb(have),
			       pages_to_mb(highmem_pages));
			highmem_pages = 0;
		}
		low = MAXMEM_PFN;
		/* without PAE a page table entry reaches 4 GiB only */
		if (MAX_NONPAE_PFN < max_pfn) {
			printk(KERN_WARNING "Warning only 4GB will be used.\n");
			printk(KERN_WARNING "Use a HIGHMEM64G enabled kernel.\n");
			max_pfn = MAX_NONPAE_PFN;
		}
	} else {
		/* all of it fits: highmem only if highmem= asked for some */
		if (highmem_pages == -1)
			highmem_pages = 0;
		if (max_pfn <= highmem_pages) {
			unsigned long have = max_pfn;

			printk(KERN_ERR "highmem size specified (%uMB) is bigger "
			       "than pages available (%luMB)!.\n",
			       pages_to_mb(highmem_pages), pages_to_mb(have));
			highmem_pages = 0;
		}
		if (highmem_pages != 0) {
			/* 64 MiB of lowmem at least: 16384 frames */
			if (low - highmem_pages < (64UL << 20) / PAGE_SIZE) {
				printk(KERN_ERR "highmem size %uMB results in "
				       "smaller than 64MB lowmem, ignoring it.\n",
				       pages_to_mb(highmem_pages));
				highmem_pages = 0;
			}
			low -= highmem_pages;
		}
	}
	return low;
}

/**
 * @brief \~english Reserve the BIOS's extended data area, if it has one.
 *        \~chinese 若 BIOS 有扩展数据区（EBDA），就保留它所在的页。 \~
 * @kernel{arch/x86/kernel/setup_32.c,313}
 * @seenotes{chapter-boot,boot-bootmem}
 */
static void reserve_ebda_region(void)
{
	/* some BIOSes forget to exclude it from the e820 map */
	unsigned int ebda = get_bios_ebda();

	if (ebda)
		reserve_bootmem(ebda, PAGE_SIZE);
}

/**
 * @brief \~english Size low and high memory, then start bootmem.
 *        \~chinese 划分低端与高端内存的界线，然后启动引导内存分配器。 \~
 * @return \~english max_low_pfn \~chinese max_low_pfn \~
 * @kernel{arch/x86/kernel/setup_32.c,323}
 * @seenotes{chapter-boot,boot-setup-memory}
 * @kquirk \~english Not static, so the tests and exercises of the bootmem
 *         unit can boot up to this point.
 *         \~chinese 没有声明为 static，以便 bootmem 单元的测试和练习只启动到这一步。 \~
 */
unsigned long setup_memory(void)
{
	/* the first free frame: past the image and head.S's pg0 tables,
	 * rounded up since a partly used frame is not free */
	min_low_pfn = PFN_UP(init_pg_tables_end);
	find_max_pfn();
	max_low_pfn = find_max_low_pfn();

	/* highmem is [highstart_pfn, highend_pfn): empty when all RAM is low */
	highend_pfn = max_pfn;
	highstart_pfn = max_pfn;
	if (max_low_pfn < max_pfn)
		highstart_pfn = max_low_pfn;
	printk(KERN_NOTICE "%ldMB HIGHMEM available.\n",
	       (long)pages_to_mb(highend_pfn - highstart_pfn));
	max_mapnr = num_physpages = highend_pfn;	/* FLATMEM: one mem_map */
	/* one past the last directly mapped byte; 0 when lowmem fills the
	 * whole 1 GiB kernel half, as the i386 pointer wraps */
	high_memory = __va(highstart_pfn * PAGE_SIZE);
	printk(KERN_NOTICE "%ldMB LOWMEM available.\n",
	       (long)pages_to_mb(max_low_pfn));

	setup_bootmem_allocator();
	return max_low_pfn;
}

/**
 * @brief \~english Start bootmem on low memory and reserve what is in use.
 *        \~chinese 在低端内存上建立引导内存分配器，并保留已占用的页。 \~
 *
 * Reserved: the kernel image with pg0 and the bitmap itself (one range
 * from _text), page 0 (BIOS data), the EBDA page if the BIOS has one,
 * the page before the VGA hole on an AMD 768MPX board, and on SMP page
 * 1 (trampoline).
 *
 * @kernel{arch/x86/kernel/setup_32.c,423}
 * @seenotes{chapter-boot,boot-bootmem}
 */
void setup_bootmem_allocator(void)
{
	const unsigned long bios_page = 0, trampoline = PAGE_SIZE;
	unsigned long map_bytes;

	/* bootmem covers low memory only: highmem has no direct mapping */
	map_bytes = init_bootmem(min_low_pfn, max_low_pfn);
	register_bootmem_low_pages(max_low_pfn);
	/* init_bootmem() put the bitmap at min_low_pfn, right after pg0:
	 * the image, pg0 and the bitmap go as one range */
	reserve_bootmem(__pa_symbol(_text), PFN_PHYS(min_low_pfn) + map_bytes +
			PAGE_SIZE - 1 - __pa_symbol(_text));
	reserve_bootmem(bios_page, PAGE_SIZE);	/* BIOS data */
	reserve_ebda_region();
	/* erratum 56 of that chipset: PCI prefetch into the VGA hole */
	if (boot_cpu_data.x86_vendor == X86_VENDOR_AMD && boot_cpu_data.x86 == 6)
		reserve_bootmem(0xa0000 - PAGE_SIZE, PAGE_SIZE);
	reserve_bootmem(trampoline, PAGE_SIZE);	/* the SMP trampoline */
}

/**
 * @brief \~english Give the zone boundaries to free_area_init_nodes().
 *        \~chinese 计算各管理区的边界并交给 free_area_init_nodes()。 \~
 * @kernel{arch/x86/kernel/setup_32.c,359}
 * @seenotes{chapter-zone,zone-init}
 */
void zone_sizes_init(void)
{
	unsigned long ends[MAX_NR_ZONES];	/* each zone's end pfn */

	/* ZONE_MOVABLE stays 0: it is not used */
	memset(ends, 0, sizeof(ends));
	ends[ZONE_DMA] = virt_to_phys((char *)MAX_DMA_ADDRESS) >> PAGE_SHIFT;
	ends[ZONE_NORMAL] = max_low_pfn;
	ends[ZONE_HIGHMEM] = highend_pfn;
	/* node 0 is active from frame 0 to the end of RAM, as one range */
	add_active_range(0, 0, highend_pfn);
	free_area_init_nodes(ends);
}

/**
 * @brief \~english Where the BIOS memory map comes from, on a PC.
 *        \~chinese PC 上 BIOS 内存图的来源。 \~
 * @return \~english the name print_memory_map() shows: "BIOS-e820"
 *         \~chinese print_memory_map() 显示的来源名："BIOS-e820" \~
 * @kernel{arch/x86/mach-default/setup.c,153}
 * @seenotes{chapter-boot,boot-e820}
 * @kquirk \~english The emulated BIOS writes its three ranges straight into
 *         e820 at power-on (machine_power_on()): there is no
 *         boot_params.e820_map to clean with sanitize_e820_map() and copy
 *         with copy_e820_map(), and no BIOS-88/BIOS-e801 fallback
 *         (add_memory_region() from alt_mem_k or ext_mem_k) for a BIOS
 *         without E820.
 *         \~chinese 模拟的 BIOS 在上电时（machine_power_on()）直接把它的三个区间
 *         写进 e820：没有需要用 sanitize_e820_map() 整理、再用 copy_e820_map()
 *         复制的 boot_params.e820_map，也没有为不支持 E820 的 BIOS 准备的
 *         BIOS-88/BIOS-e801 退路（按 alt_mem_k 或 ext_mem_k 调用
 *         add_memory_region()）。 \~
 */
static char *machine_specific_memory_setup(void)
{
	return "BIOS-e820";
}

/**
 * @brief \~english Get the BIOS memory map into e820; say where from.
 *        \~chinese 把 BIOS 内存图放进 e820，并返回它的来源。 \~
 * @return \~english the name print_memory_map() shows
 *         \~chinese print_memory_map() 显示的来源名 \~
 * @kernel{arch/x86/kernel/setup_32.c,529}
 * @seenotes{chapter-boot,boot-e820}
 */
static char *memory_setup(void)
{
	/* a paravirt kernel would ask its hypervisor instead */
	return machine_specific_memory_setup();
}

/**
 * @brief \~english The memory-management steps of setup_arch().
 *        \~chinese setup_arch() 中与内存管理有关的步骤。 \~
 * @kernel{arch/x86/kernel/setup_32.c,541}
 * @seenotes{chapter-boot,boot-sequence}
 * @kquirk \~english Only the memory steps.  The CPU set-up (memcpy() of
 *         new_cpu_data, pre_setup_arch_hook(), early_cpu_init()), the
 *         firmware tables (copy_edd(), dmi_scan_machine(), the MP table of
 *         get_smp_config()) and the resource tree (e820_register_memory(),
 *         and code_resource, data_resource and bss_resource, set from the
 *         virt_to_phys() of the image's bounds)
 *         have nothing to do in the emulation; there is one node, so no
 *         other node's pgdat to clear (remapped_pgdat_init()).  mem= sizes the emulated RAM instead of
 *         trimming the BIOS map, so user_defined_memmap is never set.  No
 *         other CPU is started, so no real-mode trampoline page is taken
 *         (smp_alloc_memory()).  The boot line stays in
 *         boot_command_line, which start_kernel() prints: there is no
 *         command_line copy (strlcpy()) to hand back.  mm24 has no
 *         paravirt hooks (paravirt_post_allocator_init()).
 *         \~chinese 只保留与内存有关的步骤。CPU 的初始化（用 memcpy() 复制
 *         new_cpu_data、pre_setup_arch_hook()、early_cpu_init()）、固件表（copy_edd()、
 *         dmi_scan_machine()、get_smp_config() 读取的 MP 表）和资源树
 *         （e820_register_memory()，以及用内核映像边界的 virt_to_phys() 设置的
 *         code_resource、data_resource、bss_resource）在模拟器中都无事可做；只有一个节点，没有别的节点的 pgdat
 *         需要清零（remapped_pgdat_init()）。mem= 决定模拟内存的大小，而不是裁剪 BIOS 内存图，所以
 *         user_defined_memmap 从不置位。不启动其他 CPU，所以不为实模式跳板分配页
 *         （smp_alloc_memory()）。命令行留在 boot_command_line 中，由 start_kernel()
 *         打印，没有需要交回的 command_line 副本（strlcpy()）。mm24 没有半虚拟化
 *         钩子（paravirt_post_allocator_init()）。 \~
 */
void setup_arch(void)
{
	struct mm_struct *kmm = &init_mm;
	const char *who;

	printk(KERN_INFO "BIOS-provided physical RAM map:\n");
	who = memory_setup();
	print_memory_map(who);

	/* the kernel's own address space: its code and data are the image,
	 * its heap would start past head.S's page tables */
	kmm->start_code = (unsigned long)_text;
	kmm->end_code = (unsigned long)_etext;
	kmm->end_data = (unsigned long)_edata;
	kmm->brk = PAGE_OFFSET + init_pg_tables_end;

	parse_early_param();
	/* it leaves max_low_pfn set, and bootmem running on lowmem */
	setup_memory();
	paging_init();
	zone_sizes_init();
}
