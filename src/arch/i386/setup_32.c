/**
 * @file
 * @brief \~english The memory part of setup_arch(): low and high memory, bootmem, zone sizes.
 *        \~chinese setup_arch() 中与内存有关的部分：低端与高端内存、bootmem、管理区大小。 \~
 *
 * setup_32.c - the memory part of setup_arch() (arch/x86/kernel/setup_32.c).
 *
 * Boot order on i386:
 *  1. print the e820 map;
 *  2. setup_memory(): max_pfn from e820, max_low_pfn = min(max_pfn,
 *     MAXMEM_PFN) where MAXMEM = 4G - PAGE_OFFSET - VMALLOC_RESERVE
 *     = 896 MiB; the rest is highmem; then the bootmem allocator;
 *  3. paging_init(): the final kernel page tables (init_32.c);
 *  4. zone_sizes_init(): DMA ends at 16 MiB, Normal at max_low_pfn,
 *     HighMem at max_pfn; free_area_init_nodes() builds the zones.
 */
#include <stdio.h>
#include <string.h>
#include <linux/bootmem.h>
#include <linux/init.h>
#include <linux/lib.h>
#include <linux/mm.h>
#include <asm/dma.h>
#include <asm/e820.h>
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

static int highmem_pages = -1;	/* the highmem= option is not offered */
char boot_command_line[256];

/**
 * @brief \~english The vmalloc= boot option: size of the vmalloc area,
 *        which moves the end of lowmem (MAXMEM).
 *        \~chinese vmalloc= 启动参数：vmalloc 区的大小，它决定低端内存的上限 MAXMEM。 \~
 * @param arg the size, with K/M/G suffix
 * @return 0, or -EINVAL
 * @kernel{arch/x86/kernel/setup_32.c,223}
 * @seenotes{chapter-boot,boot-setup-memory}
 */
static int parse_vmalloc(const char *arg)
{
	unsigned long long v;

	if (memparse_strict(arg, &v))
		return -1;
	__VMALLOC_RESERVE = (unsigned int)v;
	return 0;
}

/*
 * The early parameters mm24 knows: vmalloc=SIZE, 8M..512M (lowmem must
 * keep at least 384 MiB of the 1 GiB kernel half).  Checks one word of a
 * boot line; fills @err when it is not a good early parameter.
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
	if (memparse_strict(word + 8, &v) || v < (8ULL << 20) ||
	    v > (512ULL << 20)) {
		snprintf(err, errlen, "bad size '%s': vmalloc= takes 8M to 512M",
			 word + 8);
		return -1;
	}
	return 0;
}

/* parse_early_param() (init/main.c): act on the early options. */
void parse_early_param(void)
{
	char line[sizeof(boot_command_line)], *w, *save;

	snprintf(line, sizeof(line), "%s", boot_command_line);
	for (w = strtok_r(line, " ", &save); w; w = strtok_r(NULL, " ", &save))
		if (!strncmp(w, "vmalloc=", 8))
			parse_vmalloc(w + 8);
}

#define pages_to_mb(x)	((x) >> (20 - PAGE_SHIFT))

/**
 * @brief \~english Decide the last directly mapped frame (896 MiB rule).
 *        \~chinese 确定直接映射的最后一个页框（896 MiB 规则）。 \~
 * @return max_low_pfn; max_pfn may be cut to the 4 GiB non-PAE limit
 * @kernel{arch/x86/kernel/setup_32.c,254}
 * @seenotes{chapter-boot,boot-setup-memory}
 * @kquirk \~english The highmem= boot option is not offered, so the
 *         branch that carves highmem out of small machines never runs.
 *         \~chinese 不提供 highmem= 启动参数，因此在小内存机器上划出高端
 *         内存的分支不会执行。 \~
 */
unsigned long find_max_low_pfn(void)
{
	unsigned long low = max_pfn;

	if (low > MAXMEM_PFN) {
		if (highmem_pages == -1)
			highmem_pages = (int)(max_pfn - MAXMEM_PFN);
		if (highmem_pages + MAXMEM_PFN < max_pfn)
			max_pfn = MAXMEM_PFN + (unsigned long)highmem_pages;
		low = MAXMEM_PFN;
		/* without PAE a page table entry reaches 4 GiB only */
		if (MAX_NONPAE_PFN < max_pfn) {
			printk(KERN_WARNING "Warning only 4GB will be used.\n");
			printk(KERN_WARNING "Use a HIGHMEM64G enabled kernel.\n");
			max_pfn = MAX_NONPAE_PFN;
		}
	} else if (highmem_pages == -1) {
		highmem_pages = 0;
	}
	return low;
}

/**
 * @brief \~english Size low and high memory, then start bootmem.
 *        \~chinese 划分低端与高端内存的界线，然后启动引导内存分配器。 \~
 * @return max_low_pfn
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
	/* high_memory: one past the last directly mapped byte */
	high_memory = (char *)__va(highstart_pfn * PAGE_SIZE - 1) + 1;
	max_mapnr = num_physpages = highend_pfn;	/* FLATMEM: one mem_map */
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
 * from _text), page 0 (BIOS data), and on SMP page 1 (trampoline).
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
	/* each zone's end pfn; ZONE_MOVABLE stays 0, it is not used */
	unsigned long ends[MAX_NR_ZONES] = { 0 };

	ends[ZONE_DMA] = __pa(MAX_DMA_ADDRESS) >> PAGE_SHIFT;	/* 16 MiB */
	ends[ZONE_NORMAL] = max_low_pfn;
	ends[ZONE_HIGHMEM] = highend_pfn;
	/* node 0 is active from frame 0 to the end of RAM, as one range */
	add_active_range(0, 0, highend_pfn);
	free_area_init_nodes(ends);
}

/**
 * @brief \~english The memory-management steps of setup_arch().
 *        \~chinese setup_arch() 中与内存管理有关的步骤。 \~
 * @kernel{arch/x86/kernel/setup_32.c,541}
 * @seenotes{chapter-boot,boot-sequence}
 * @kquirk \~english Only the memory steps; CPU, ACPI, console, initrd and
 *         device setup have nothing to do in the emulation.
 *         \~chinese 只保留内存相关的步骤；CPU、ACPI、控制台、initrd 和设备
 *         的初始化在模拟器中无事可做。 \~
 */
void setup_arch(void)
{
	parse_early_param();
	printk(KERN_INFO "BIOS-provided physical RAM map:\n");
	print_memory_map("BIOS-e820");
	max_low_pfn = setup_memory();
	paging_init();
	zone_sizes_init();
}
