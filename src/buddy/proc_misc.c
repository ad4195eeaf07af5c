/**
 * @file
 * @brief \~english /proc/meminfo.
 *        \~chinese /proc/meminfo。 \~
 *
 * proc_misc.c (buddy unit) - /proc/meminfo (fs/proc/proc_misc.c) and
 * the vmalloc figures it shows (get_vmalloc_info() of fs/proc/mmu.c).
 *
 * 2.6.24 pads the labels to 14 columns (later kernels use 16).  Fields
 * whose subsystem mm24 does not have yet (page cache, swap, NFS, hugetlb)
 * print the counters as they stand, which is 0.  The hugetlb lines
 * follow, as in a CONFIG_HUGETLB_PAGE kernel (4 MiB pages).
 *
 * vmlist, the list of vmalloc areas, is defined here and not in the
 * vmalloc unit: /proc/meminfo walks it, and a unit never reaches up to a
 * later one.  The vmalloc unit (src/vmalloc) fills it; with no vmalloc
 * unit in the binary it stays empty, and get_vmalloc_info() reports what
 * 2.6.24 reports for an empty list.
 */
#include <linux/gfp.h>
#include <linux/mm.h>
#include <linux/proc_fs.h>
#include <linux/seq_file.h>
#include <linux/swap.h>
#include <linux/vmalloc.h>
#include <linux/vmstat.h>
#include <asm/fixmap.h>

#define K(x) ((x) << (PAGE_SHIFT - 10))

/* guards vmlist */
DEFINE_RWLOCK(vmlist_lock);

/**
 * @brief \~english The areas of the vmalloc space, sorted by address.
 *        \~chinese vmalloc 区中的非连续内存区链表，按地址排序。 \~
 * @kernel{mm/vmalloc.c,25}
 * @seenotes{chapter-vmalloc,vmalloc-vmlist}
 * @kquirk \~english Defined here, with /proc/meminfo that walks it
 *         (get_vmalloc_info()), rather than in mm/vmalloc.c: the buddy unit
 *         may not reach up to the vmalloc unit, which fills it.
 *         \~chinese 定义在这里，与遍历它的 /proc/meminfo（get_vmalloc_info()）放在
 *         一起，而不是放在 mm/vmalloc.c 中：伙伴单元不能向上依赖填写它的 vmalloc 单元。 \~
 */
struct vm_struct *vmlist;

/**
 * @brief \~english The pages committed by every address space (Committed_AS).
 *        \~chinese 所有地址空间已提交的页数（Committed_AS）。 \~
 * @kernel{mm/mmap.c,79}
 * @seenotes{chapter-vma,vma-overcommit}
 * @kquirk \~english Defined here, with /proc/meminfo that reads it, rather
 *         than in mm/mmap.c: the buddy unit may not reach up to the vma
 *         unit, which changes it (vm_acct_memory(), __vm_enough_memory()).
 *         \~chinese 定义在这里，与读取它的 /proc/meminfo 放在一起，而不是放在
 *         mm/mmap.c 中：伙伴单元不能向上依赖修改它的 vma 单元
 *         （vm_acct_memory()、__vm_enough_memory()）。 \~
 */
atomic_t vm_committed_space = ATOMIC_INIT(0);

/**
 * @brief \~english vm.overcommit_ratio: the percentage of RAM that mode 2 lets be committed.
 *        \~chinese vm.overcommit_ratio：模式 2 下允许提交的内存占内存总量的百分比。 \~
 * @kernel{mm/mmap.c,77}
 * @seenotes{chapter-vma,vma-overcommit}
 * @kquirk \~english Defined here, with /proc/meminfo that reads it
 *         (CommitLimit), rather than in mm/mmap.c: see vm_committed_space.
 *         \~chinese 定义在这里，与读取它的 /proc/meminfo（CommitLimit）放在一起，
 *         而不是放在 mm/mmap.c 中：参见 vm_committed_space。 \~
 */
int sysctl_overcommit_ratio = 50;

/**
 * @brief \~english Bytes of the vmalloc areas and the largest hole between them.
 *        \~chinese 统计 vmalloc 区中已用的字节数和最大的空洞。 \~
 * @param vmi \~english the result \~chinese 存放结果 \~
 * @context \~english takes vmlist_lock for reading
 *          \~chinese 以读方式获取 vmlist_lock \~
 * @kernel{fs/proc/mmu.c,17}
 * @seenotes{chapter-vmalloc,vmalloc-meminfo}
 */
void get_vmalloc_info(struct vmalloc_info *vmi)
{
	struct vm_struct *area;
	unsigned long hole, below;

	vmi->used = 0;
	if (!vmlist) {
		vmi->largest_chunk = VMALLOC_TOTAL;
	} else {
		vmi->largest_chunk = 0;
		below = VMALLOC_START;	/* the end of the area below */
		read_lock(&vmlist_lock);
		for (area = vmlist; area; area = area->next) {
			unsigned long start = (unsigned long)area->addr;

			/* 2.6.24 keeps other ranges (modules) on vmlist on
			 * some architectures: only the vmalloc space counts */
			if (start < VMALLOC_START)
				continue;
			if (start >= VMALLOC_END)
				break;
			vmi->used += area->size;	/* the guard page too */
			hole = start - below;
			if (hole > vmi->largest_chunk)
				vmi->largest_chunk = hole;
			below = start + area->size;
		}
		if (VMALLOC_END - below > vmi->largest_chunk)
			vmi->largest_chunk = VMALLOC_END - below;
		read_unlock(&vmlist_lock);
	}
}

/**
 * @brief \~english /proc/meminfo in the 2.6.24 format.
 *        \~chinese 按 2.6.24 的格式输出 /proc/meminfo。 \~
 * @param m \~english the output \~chinese 输出用的 seq_file \~
 * @return \~english 0 \~chinese 0 \~
 * @kernel{fs/proc/proc_misc.c,119}
 * @seenotes{chapter-buddy,buddy-proc}
 * @kquirk \~english No swap and no hugetlb pool: si_swapinfo() is left out
 *         and the swap fields are 0, hugetlb_total_pages() is 0.
 *         The text goes to a seq_file with seq_printf(), not into a page with
 *         sprintf() and proc_calc_metrics(); a second seq_printf() adds the
 *         lines hugetlb_report_meminfo() prints in a CONFIG_HUGETLB_PAGE
 *         kernel, for an empty pool of 4 MiB pages.
 *         \~chinese 没有交换区，也没有大页池：省略了 si_swapinfo()，交换区各字段为 0，
 *         hugetlb_total_pages() 为 0。输出用
 *         seq_printf() 写到 seq_file，而不是用 sprintf() 写进一个页再交给
 *         proc_calc_metrics()；第二个 seq_printf() 补上 CONFIG_HUGETLB_PAGE 内核中
 *         hugetlb_report_meminfo() 打印的几行，对应一个空的 4 MiB 大页池。 \~
 */
int meminfo_read_proc(struct seq_file *m)
{
	struct vmalloc_info vmi;
	struct sysinfo si;
	unsigned long committed, allowed;
	long pagecache;

	si_meminfo(&si);
	committed = (unsigned long)atomic_read(&vm_committed_space);
	/* no swap to add; the product is taken modulo 2^32, as in i386's
	 * 32-bit unsigned long: a ratio above 2^32 / totalram wraps it */
	allowed = (u32)(totalram_pages * (unsigned long)sysctl_overcommit_ratio) /
		  100;
	/* buffers are page cache too, but shown on their own line */
	pagecache = (long)global_page_state(NR_FILE_PAGES) - (long)si.bufferram;
	if (pagecache < 0)
		pagecache = 0;
	get_vmalloc_info(&vmi);
	seq_printf(m,
		   "MemTotal:     %8lu kB\n"
		   "MemFree:      %8lu kB\n"
		   "Buffers:      %8lu kB\n"
		   "Cached:       %8lu kB\n"
		   "SwapCached:   %8lu kB\n"
		   "Active:       %8lu kB\n"
		   "Inactive:     %8lu kB\n"
		   "HighTotal:    %8lu kB\n"
		   "HighFree:     %8lu kB\n"
		   "LowTotal:     %8lu kB\n"
		   "LowFree:      %8lu kB\n"
		   "SwapTotal:    %8lu kB\n"
		   "SwapFree:     %8lu kB\n"
		   "Dirty:        %8lu kB\n"
		   "Writeback:    %8lu kB\n"
		   "AnonPages:    %8lu kB\n"
		   "Mapped:       %8lu kB\n"
		   "Slab:         %8lu kB\n"
		   "SReclaimable: %8lu kB\n"
		   "SUnreclaim:   %8lu kB\n"
		   "PageTables:   %8lu kB\n"
		   "NFS_Unstable: %8lu kB\n"
		   "Bounce:       %8lu kB\n"
		   "CommitLimit:  %8lu kB\n"
		   "Committed_AS: %8lu kB\n"
		   "VmallocTotal: %8lu kB\n"
		   "VmallocUsed:  %8lu kB\n"
		   "VmallocChunk: %8lu kB\n",
		   K(si.totalram), K(si.freeram), K(si.bufferram),
		   K((unsigned long)pagecache), K(0UL),
		   K(global_page_state(NR_ACTIVE)),
		   K(global_page_state(NR_INACTIVE)),
		   K(si.totalhigh), K(si.freehigh),
		   K(si.totalram - si.totalhigh), K(si.freeram - si.freehigh),
		   K(0UL), K(0UL),
		   K(global_page_state(NR_FILE_DIRTY)),
		   K(global_page_state(NR_WRITEBACK)),
		   K(global_page_state(NR_ANON_PAGES)),
		   K(global_page_state(NR_FILE_MAPPED)),
		   K(global_page_state(NR_SLAB_RECLAIMABLE) +
		     global_page_state(NR_SLAB_UNRECLAIMABLE)),
		   K(global_page_state(NR_SLAB_RECLAIMABLE)),
		   K(global_page_state(NR_SLAB_UNRECLAIMABLE)),
		   K(global_page_state(NR_PAGETABLE)),
		   K(global_page_state(NR_UNSTABLE_NFS)),
		   K(global_page_state(NR_BOUNCE)),
		   K(allowed), K(committed),
		   VMALLOC_TOTAL >> 10, vmi.used >> 10,
		   vmi.largest_chunk >> 10);
	/* hugetlb_report_meminfo(): CONFIG_HUGETLB_PAGE, an empty pool */
	seq_printf(m, "HugePages_Total: %5lu\nHugePages_Free:  %5lu\n"
		   "HugePages_Rsvd:  %5lu\nHugePages_Surp:  %5lu\n"
		   "Hugepagesize:    %5lu kB\n", 0UL, 0UL, 0UL, 0UL,
		   (1UL << 22) / 1024);
	return 0;
}
