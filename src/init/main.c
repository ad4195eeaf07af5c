/**
 * @file
 * @brief \~english start_kernel(): the memory part of the kernel's start, for every caller.
 *        \~chinese start_kernel()：内核启动过程中与内存有关的部分，所有调用者共用。 \~
 *
 * main.c - start_kernel() (init/main.c) and the memory initcalls that
 * kernel_init() runs later through do_basic_setup().
 *
 * 2.6.24 order, as far as memory goes:
 *  0. page_address_init(): the pool and hash of kmap() addresses;
 *  1. setup_arch(): the BIOS map, bootmem, paging_init(), the zones;
 *  2. build_all_zonelists(), then the "Kernel command line" line;
 *  3. mem_init(): bootmem hands every free page to the buddy allocator;
 *  4. kmem_cache_init(): the slab allocator and the general caches;
 *     then the caches of processes and address spaces: anon_vma_init(),
 *     fork_init() (task_struct), proc_caches_init() (signal_cache,
 *     vm_area_struct, mm_struct), radix_tree_init() (the page cache's
 *     nodes); sched_init(), right after setup_arch(), gives each CPU its
 *     idle task
 *     (the rest of start_kernel(), then rest_init() starts kernel_init())
 *  5. do_initcalls(): init_per_zone_pages_min() (module_init in
 *     mm/page_alloc.c), setup_vmstat() (mm/vmstat.c) and cpucache_init()
 *     (mm/slab.c, the reap timers).
 * This file is compiled once per top unit from zone up: CONFIG_MM24_<UNIT>
 * says which units the binary has, so each step appears once its unit
 * exists.
 */
#include <stdio.h>
#include <string.h>
#include <linux/init.h>
#include <linux/mm.h>
#ifdef CONFIG_MM24_VMA
#include <linux/mman.h>
#endif
#include <linux/printk.h>
#include <linux/slab.h>
#include <linux/vmstat.h>
#include <asm/setup.h>

/* Where start_kernel_until() stops; BOOT_DONE boots everything. */
static enum boot_stage stop_after = BOOT_DONE;

/* Called as each stage ends: nonzero when the boot stops there. */
static int boot_stage_end(enum boot_stage stage)
{
	return stage == stop_after;
}

/* The initcalls of the memory units, in their link order. */
static void do_initcalls(void)
{
	init_per_zone_pages_min();
	setup_vmstat();
#ifdef CONFIG_MM24_SLAB
	cpucache_init();
#endif
}

#ifdef CONFIG_MM24_VMA
/* The caches of processes and address spaces, made after the slab
 * allocator, in start_kernel()'s order. */
static void process_caches_init(void)
{
	anon_vma_init();
	fork_init(num_physpages);
	proc_caches_init();
	radix_tree_init();
}
#endif

/* What parse_args() leaves to unknown_bootoption(): every word of the
 * boot line goes to the __setup() handlers (obsolete_checksetup()). */
static void unknown_bootoptions(void)
{
	char line[sizeof(boot_command_line)], *word, *save;

	snprintf(line, sizeof(line), "%s", boot_command_line);
	for (word = strtok_r(line, " ", &save); word;
	     word = strtok_r(NULL, " ", &save))
		obsolete_checksetup(word);
}

/**
 * @brief \~english The memory-management part of the kernel's start.
 *        \~chinese 内核启动过程中与内存管理有关的部分。 \~
 * @kernel{init/main.c,507}
 * @seenotes{chapter-boot,boot-sequence}
 * @kquirk \~english Only the memory steps are kept. The set-up of CPUs,
 *         interrupts, scheduler, timers and console (smp_setup_processor_id(),
 *         local_irq_disable(), sort_main_extable(), trap_init(),
 *         init_IRQ(), time_init(), console_init(), late_time_init(),
 *         calibrate_delay() and the caches of other subsystems up to
 *         rest_init()) is left out, and so is
 *         printk(linux_banner): mm24 prints its own banner line.
 *         setup_command_line() has nothing to do (setup_arch() keeps the
 *         command line) and neither has setup_per_cpu_areas() (mm24's
 *         per-CPU variables are arrays).  With the vma unit, sched_init()
 *         gives each CPU its idle task and the caches of tasks and address
 *         spaces are made in 2.6.24's order; the VFS caches
 *         (unnamed_dev_init(), vfs_caches_init()) are not: mm24's
 *         in-memory files are kmalloc()ed.
 *         page_alloc_init()
 *         only registers a CPU-hotplug notifier, and mm24 has no CPU hotplug.
 *         The command line was parsed by setup_arch(), so parse_early_param()
 *         (a no-op the second time in 2.6.24) is not called again, and
 *         parse_args() has no module parameters to set: what it leaves to
 *         unknown_bootoption(), handing each word to the __setup() handlers
 *         through obsolete_checksetup(), is done by unknown_bootoptions().
 *         The initcalls init_per_zone_pages_min(), setup_vmstat() and
 *         cpucache_init(), which 2.6.24 runs from kernel_init() after
 *         rest_init(), run at the end of this function.
 *         boot_stage_end() lets a test stop after a stage (after mem_init(),
 *         before kmem_cache_init(), for instance); a real boot never
 *         stops.
 *         \~chinese 只保留与内存有关的步骤。CPU、中断、调度器、定时器和控制台的初始化
 *         （smp_setup_processor_id()、local_irq_disable()、
 *         sort_main_extable()、trap_init()、init_IRQ()、time_init()、
 *         console_init()、late_time_init()、calibrate_delay()，以及直到 rest_init() 为止其他子系统的
 *         缓存初始化）都省略了；printk(linux_banner) 也省略了，mm24 打印自己的版本行。
 *         setup_command_line() 无事可做（命令行由 setup_arch() 保存），
 *         setup_per_cpu_areas() 也一样（mm24 的每 CPU 变量就是数组）。有 vma 单元时，
 *         sched_init() 为每个 CPU 配上空闲进程，进程与地址空间的各个高速缓存按 2.6.24
 *         的顺序建立；VFS 的高速缓存（unnamed_dev_init()、vfs_caches_init()）则不建立：
 *         mm24 的内存文件用 kmalloc() 分配。
 *         page_alloc_init() 只是注册一个 CPU
 *         热插拔通知函数，而 mm24 没有 CPU 热插拔。命令行已经由 setup_arch() 解析过，
 *         所以不再调用 parse_early_param()（在 2.6.24 中第二次调用什么也不做）；
 *         parse_args() 没有模块参数可设，它交给 unknown_bootoption() 的工作——经由
 *         obsolete_checksetup() 把每个词交给 __setup() 处理函数——由
 *         unknown_bootoptions() 完成。2.6.24 在 rest_init() 之后由 kernel_init()
 *         调用的 initcall——init_per_zone_pages_min()、setup_vmstat() 与
 *         cpucache_init()——放在本函数末尾执行。boot_stage_end() 让测试可以在某个阶段之后停下（例如在 mem_init() 之后、
 *         kmem_cache_init() 之前）；真正的启动从不停下。 \~
 */
void start_kernel(void)
{
	page_address_init();
	printk(KERN_NOTICE "Linux version 2.6.24 (mm24) #1 SMP\n");
	setup_arch();
	if (boot_stage_end(BOOT_SETUP_ARCH))
		return;
#ifdef CONFIG_MM24_VMA
	sched_init();
#endif
	build_all_zonelists();
	if (boot_stage_end(BOOT_ZONELISTS))
		return;
	printk(KERN_NOTICE "Kernel command line: %s\n", boot_command_line);
	unknown_bootoptions();
#ifdef CONFIG_MM24_BUDDY
	mem_init();
	if (boot_stage_end(BOOT_MEM_INIT))
		return;
#endif
#ifdef CONFIG_MM24_SLAB
	kmem_cache_init();
#endif
#ifdef CONFIG_MM24_VMA
	process_caches_init();
#endif
	do_initcalls();
}

void start_kernel_until(enum boot_stage last)
{
	stop_after = last;
	start_kernel();
	stop_after = BOOT_DONE;
}
