/**
 * @file
 * @brief \~english /proc/PID/maps and the Vm lines of /proc/PID/status, as an i386 2.6.24 kernel prints them.
 *        \~chinese 按 i386 上 2.6.24 内核的格式输出 /proc/PID/maps 与 /proc/PID/status 中的 Vm 各行。 \~
 *
 * task_mmu.c - show_map() and task_mem() (fs/proc/task_mmu.c), and the
 * head of proc_pid_status() (fs/proc/array.c).
 *
 * One line per VMA, in address order:
 *
 *   08048000-0804c000 r-xp 00000000 00:01 1          /bin/cat
 *   start    end      perm offset   dev   inode      name (from column 49)
 *
 * perm is r/w/x and s (VM_MAYSHARE) or p; the offset is vm_pgoff in
 * bytes (for anonymous memory, the VMA's own start); the name starts
 * after 25 + 6 * sizeof(void *) = 49 characters on i386 (pad_len_spaces()),
 * or after one space when the line is longer.  Anonymous VMAs are named
 * [heap] when they cover [start_brk, brk), [stack] when they contain
 * start_stack, and have no name otherwise.
 */
#include <linux/mman.h>
#include <linux/seq_file.h>

#define I386_SIZEOF_POINTER	4	/* sizeof(void *) on i386 */

/**
 * @brief \~english Pad a maps line to the name column.
 *        \~chinese 用空格把 maps 的一行补齐到名字所在的列。 \~
 * @param out \~english the output \~chinese 输出 \~
 * @param len \~english the characters printed so far on the line
 *            \~chinese 本行已输出的字符数 \~
 * @kernel{fs/proc/task_mmu.c,109}
 * @seenotes{chapter-vma,vma-maps}
 * @kquirk \~english The column is computed with i386's 4-byte pointers
 *         (49), not the host's sizeof(void *).
 *         \~chinese 该列按 i386 上 4 字节的指针计算（49），而不是宿主机的
 *         sizeof(void *)。 \~
 */
static void pad_len_spaces(struct seq_file *out, int len)
{
	len = 25 + I386_SIZEOF_POINTER * 6 - len;
	if (len < 1)
		len = 1;
	seq_printf(out, "%*c", len, ' ');
}

/* seq_path(): the file's path, a newline escaped, " (deleted)" after an
 * unlinked file's name (d_path()). */
static void seq_path(struct seq_file *out, struct dentry *dentry,
		     const char *esc)
{
	const char *c;

	for (c = dentry->d_name.name; *c; c++) {
		if (strchr(esc, *c))
			seq_printf(out, "\\%03o", (unsigned char)*c);
		else
			seq_putc(out, *c);
	}
	if (dentry->d_unhashed)
		seq_puts(out, " (deleted)");
}

/* What smaps counts of one VMA, in bytes. */
struct mem_size_stats {
	unsigned long resident;		/* present PTEs */
	unsigned long shared_clean;	/* pages other PTEs map too */
	unsigned long shared_dirty;
	unsigned long private_clean;	/* pages only this PTE maps */
	unsigned long private_dirty;
	unsigned long referenced;	/* young PTE or PG_referenced */
};

/**
 * @brief \~english One line of /proc/PID/maps.
 *        \~chinese /proc/PID/maps 中的一行。 \~
 * @param out \~english the output \~chinese 输出 \~
 * @param v \~english the VMA \~chinese 线性区 \~
 * @param mss \~english the page counts of /proc/PID/smaps, or NULL for maps
 *            \~chinese /proc/PID/smaps 的页计数；对 maps 为 NULL \~
 * @return \~english 0 \~chinese 总是返回 0 \~
 * @kernel{fs/proc/task_mmu.c,134}
 * @seenotes{chapter-vma,vma-maps}
 * @kquirk \~english The line's length so far is taken from the seq_file
 *         count rather than printf's %n; no ptrace check (maps_protect),
 *         no vDSO or gate VMA (arch_vma_name() is NULL), and
 *         m->version is left out (the test of m->count against m->size,
 *         get_gate_vma()).
 *         \~chinese 当前行已输出的长度取自 seq_file 的计数，而不是 printf 的 %n；没有
 *         ptrace 检查（maps_protect），没有 vDSO 或门线性区（arch_vma_name() 为
 *         NULL），也省略了 m->version（对 m->count 与 m->size 的比较，get_gate_vma()）。 \~
 */
static int show_map_internal(struct seq_file *out, void *v,
			     struct mem_size_stats *mss)
{
	struct vm_area_struct *area = v;
	struct mm_struct *space = area->vm_mm;
	struct file *filp = area->vm_file;
	unsigned long flags = area->vm_flags;
	unsigned long ino = 0;
	unsigned int dev = 0;
	size_t line = out->count;
	int len;

	if (filp) {
		struct inode *inode = filp->f_path.dentry->d_inode;

		dev = inode->i_sb->s_dev;
		ino = inode->i_ino;
	}

	seq_printf(out, "%08lx-%08lx %c%c%c%c %08lx %02x:%02x %lu ",
		   area->vm_start, area->vm_end,
		   flags & VM_READ ? 'r' : '-',
		   flags & VM_WRITE ? 'w' : '-',
		   flags & VM_EXEC ? 'x' : '-',
		   flags & VM_MAYSHARE ? 's' : 'p',
		   (unsigned long)(u32)(area->vm_pgoff << PAGE_SHIFT),
		   MAJOR(dev), MINOR(dev), ino);
	len = (int)(out->count - line);

	/* a file's path; for anonymous memory maybe [heap] or [stack] */
	if (filp) {
		pad_len_spaces(out, len);
		seq_path(out, filp->f_path.dentry, "\n");
	} else {
		const char *name = NULL;

		if (space) {
			if (area->vm_start <= space->start_brk &&
			    area->vm_end >= space->brk) {
				name = "[heap]";
			} else if (area->vm_start <= space->start_stack &&
				   area->vm_end >= space->start_stack) {
				name = "[stack]";
			}
		} else {
			name = "[vdso]";
		}
		if (name) {
			pad_len_spaces(out, len);
			seq_puts(out, name);
		}
	}
	seq_putc(out, '\n');

	if (mss)
		seq_printf(out, "Size:           %8lu kB\n"
			   "Rss:            %8lu kB\n"
			   "Shared_Clean:   %8lu kB\n"
			   "Shared_Dirty:   %8lu kB\n"
			   "Private_Clean:  %8lu kB\n"
			   "Private_Dirty:  %8lu kB\n"
			   "Referenced:     %8lu kB\n",
			   (area->vm_end - area->vm_start) / 1024,
			   mss->resident / 1024, mss->shared_clean / 1024,
			   mss->shared_dirty / 1024, mss->private_clean / 1024,
			   mss->private_dirty / 1024, mss->referenced / 1024);
	return 0;
}

/**
 * @brief \~english One line of /proc/PID/maps (show_map_internal() without smaps).
 *        \~chinese /proc/PID/maps 中的一行（不带 smaps 部分的 show_map_internal()）。 \~
 * @param out \~english the seq_file of the maps file \~chinese maps 文件的 seq_file \~
 * @param v \~english the VMA \~chinese 线性区 \~
 * @return \~english 0 (show_map_internal() always succeeds; a line that overflows the buffer is seen by the seq_file) \~chinese 0（show_map_internal() 总是成功；缓冲区溢出由 seq_file 发现） \~
 * @kernel{fs/proc/task_mmu.c,216}
 * @seenotes{chapter-vma,vma-maps}
 */
static int show_map(struct seq_file *out, void *v)
{
	return show_map_internal(out, v, NULL);
}

/**
 * @brief \~english Count the present pages of one page table of a VMA for smaps: resident, shared or private, clean or dirty, referenced.
 *        \~chinese 为 smaps 统计线性区一张页表中的在内存页：驻留、共享或私有、干净或脏、最近被访问。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param dir \~english the directory entry of the table \~chinese 页表所在的页目录项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range in this table \~chinese 本页表内区间的结束地址 \~
 * @param private \~english the mem_size_stats \~chinese mem_size_stats 结构 \~
 * @kernel{fs/proc/task_mmu.c,221}
 * @seenotes{chapter-fault,fault-views}
 */
static void smaps_pte_range(struct vm_area_struct *area, pmd_t *dir,
			    unsigned long at, unsigned long end,
			    void *private)
{
	struct mem_size_stats *sums = private;
	spinlock_t *lock;
	pte_t *ptep, val;
	struct page *pg;

	ptep = pte_offset_map_lock(area->vm_mm, dir, at, &lock);
	for (; at != end; ptep++, at += PAGE_SIZE) {
		val = *ptep;
		if (!pte_present(val))
			continue;
		sums->resident += PAGE_SIZE;
		pg = vm_normal_page(area, at, val);
		if (!pg)
			continue;
		if (pte_young(val) || PageReferenced(pg))
			sums->referenced += PAGE_SIZE;
		/* shared: another PTE (another process) maps it too */
		if (page_mapcount(pg) >= 2) {
			if (pte_dirty(val))
				sums->shared_dirty += PAGE_SIZE;
			else
				sums->shared_clean += PAGE_SIZE;
		} else {
			if (pte_dirty(val))
				sums->private_dirty += PAGE_SIZE;
			else
				sums->private_clean += PAGE_SIZE;
		}
	}
	pte_unmap_unlock(ptep - 1, lock);
	cond_resched();
}

/* What walk_page_range() calls for each page table, and with what. */
struct pmd_walker {
	struct vm_area_struct *vma;
	void *private;
	void (*action)(struct vm_area_struct *, pmd_t *, unsigned long,
		       unsigned long, void *);
};

/**
 * @brief \~english The page tables under [@p at, @p end): the walker's action for each.
 *        \~chinese [addr, end) 下的各张页表：对每张调用 walker 的 action。 \~
 * @param walker \~english the VMA, the action and its data \~chinese 线性区、动作及其数据 \~
 * @param upper \~english the (folded) pud \~chinese （折叠的）pud \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 结束地址 \~
 * @kernel{fs/proc/task_mmu.c,287}
 * @seenotes{chapter-fault,fault-views}
 */
static inline void walk_pmd_range(struct pmd_walker *walker, pud_t *upper,
				  unsigned long at, unsigned long end)
{
	unsigned long stop;
	pmd_t *dir = pmd_offset(upper, at);

	for (; at != end; dir++, at = stop) {
		stop = pmd_addr_end(at, end);
		if (pmd_none_or_clear_bad(dir))
			continue;
		walker->action(walker->vma, dir, at, stop, walker->private);
	}
}

/**
 * @brief \~english The pud level of walk_page_range(): folded on i386.
 *        \~chinese walk_page_range() 的 pud 层：在 i386 上被折叠。 \~
 * @param walker \~english the VMA, the action and its data \~chinese 线性区、动作及其数据 \~
 * @param top \~english the pgd entry \~chinese 页全局目录项 \~
 * @param at \~english first address \~chinese 起始地址 \~
 * @param end \~english end of the range \~chinese 结束地址 \~
 * @kernel{fs/proc/task_mmu.c,302}
 * @seenotes{chapter-fault,fault-views}
 */
static inline void walk_pud_range(struct pmd_walker *walker, pgd_t *top,
				  unsigned long at, unsigned long end)
{
	unsigned long stop;
	pud_t *upper = pud_offset(top, at);

	for (; at != end; upper++, at = stop) {
		stop = pud_addr_end(at, end);
		if (pud_none_or_clear_bad(upper))
			continue;
		walk_pmd_range(walker, upper, at, stop);
	}
}

/**
 * @brief \~english Call @p action for each page table under @p area.
 *        \~chinese 对 vma 下的每张页表调用 action。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param action \~english what to do with one page table \~chinese 对一张页表要做的事 \~
 * @param private \~english its data \~chinese 它的数据 \~
 * @kernel{fs/proc/task_mmu.c,326}
 * @seenotes{chapter-fault,fault-views}
 */
static inline void walk_page_range(struct vm_area_struct *area,
				   void (*action)(struct vm_area_struct *,
						  pmd_t *, unsigned long,
						  unsigned long, void *),
				   void *private)
{
	struct pmd_walker walker = { area, private, action };
	unsigned long at = area->vm_start, end = area->vm_end, stop;
	pgd_t *top = pgd_offset(area->vm_mm, at);

	for (; at != end; top++, at = stop) {
		stop = pgd_addr_end(at, end);
		if (pgd_none_or_clear_bad(top))
			continue;
		walk_pud_range(&walker, top, at, stop);
	}
}

/**
 * @brief \~english One VMA of /proc/PID/smaps: its maps line and its page counts.
 *        \~chinese /proc/PID/smaps 中的一个线性区：它在 maps 中的那一行及其页计数。 \~
 * @param out \~english the seq_file of the smaps file \~chinese smaps 文件的 seq_file \~
 * @param v \~english the VMA \~chinese 线性区 \~
 * @return \~english 0 \~chinese 总是返回 0 \~
 * @kernel{fs/proc/task_mmu.c,351}
 * @seenotes{chapter-fault,fault-views}
 * @kquirk \~english No hugetlb VMAs (is_vm_hugetlb_page() is 0).
 *         \~chinese 没有大页线性区（is_vm_hugetlb_page() 为 0）。 \~
 */
static int show_smap(struct seq_file *out, void *v)
{
	struct vm_area_struct *area = v;
	struct mem_size_stats sums;

	memset(&sums, 0, sizeof(sums));
	if (area->vm_mm)
		walk_page_range(area, smaps_pte_range, &sums);
	return show_map_internal(out, v, &sums);
}

/* The seq_file walk of the VMAs (m_start/m_next/m_stop): the list in
 * address order, under mmap_sem for reading. */
static void *maps_start(struct seq_file *out, loff_t *pos)
{
	struct mm_struct *space = out->private;
	struct vm_area_struct *area;
	loff_t n = *pos;

	down_read(&space->mmap_sem);
	for (area = space->mmap; area && n; area = area->vm_next)
		n--;
	return area;
}

static void *maps_next(struct seq_file *out, void *v, loff_t *pos)
{
	struct vm_area_struct *area = v;

	(void)out;
	(*pos)++;
	return area->vm_next;
}

static void maps_stop(struct seq_file *out, void *v)
{
	struct mm_struct *space = out->private;

	(void)v;
	up_read(&space->mmap_sem);
}

static const struct seq_operations proc_pid_maps_op = {
	.start = maps_start,
	.next = maps_next,
	.stop = maps_stop,
	.show = show_map,
};

static const struct seq_operations proc_pid_smaps_op = {
	.start = maps_start,
	.next = maps_next,
	.stop = maps_stop,
	.show = show_smap,
};

/* /proc/PID/smaps of @task into @out; nothing for a kernel thread. */
void proc_pid_smaps(struct seq_file *out, struct task_struct *task)
{
	if (!task->mm)
		return;
	out->private = task->mm;
	seq_print_all(out, &proc_pid_smaps_op);
	out->private = NULL;
}

/* /proc/PID/maps of @task into @m; nothing for a kernel thread. */
void proc_pid_maps(struct seq_file *out, struct task_struct *task)
{
	if (!task->mm)
		return;
	out->private = task->mm;
	seq_print_all(out, &proc_pid_maps_op);
	out->private = NULL;
}

/**
 * @brief \~english The Vm lines of /proc/PID/status.
 *        \~chinese /proc/PID/status 中的各 Vm 行。 \~
 * @param out \~english the output \~chinese 输出 \~
 * @param space \~english the address space \~chinese 地址空间 \~
 * @kernel{fs/proc/task_mmu.c,15}
 * @seenotes{chapter-vma,vma-counters}
 * @kquirk \~english Printed with seq_printf() into a seq_file rather than
 *         sprintf() into a page; the counts are an i386 kernel's.
 *         \~chinese 用 seq_printf() 写入 seq_file，而不是用 sprintf() 写入一个页；
 *         各项计数与 i386 内核相同。 \~
 */
static void task_mem(struct seq_file *out, struct mm_struct *space)
{
	unsigned long data, text, lib;
	unsigned long hiwater_vm, total_vm, hiwater_rss, total_rss;

	/* the peaks are only updated before a decrease: the current
	 * values may be higher */
	total_vm = space->total_vm;
	hiwater_vm = total_vm;
	if (hiwater_vm < space->hiwater_vm)
		hiwater_vm = space->hiwater_vm;
	total_rss = get_mm_rss(space);
	hiwater_rss = total_rss;
	if (hiwater_rss < space->hiwater_rss)
		hiwater_rss = space->hiwater_rss;

	data = space->total_vm - space->shared_vm - space->stack_vm;
	text = (PAGE_ALIGN(space->end_code) - (space->start_code & PAGE_MASK)) >> 10;
	lib = (space->exec_vm << (PAGE_SHIFT - 10)) - text;
	seq_printf(out,
		   "VmPeak:\t%8lu kB\n"
		   "VmSize:\t%8lu kB\n"
		   "VmLck:\t%8lu kB\n"
		   "VmHWM:\t%8lu kB\n"
		   "VmRSS:\t%8lu kB\n"
		   "VmData:\t%8lu kB\n"
		   "VmStk:\t%8lu kB\n"
		   "VmExe:\t%8lu kB\n"
		   "VmLib:\t%8lu kB\n"
		   "VmPTE:\t%8lu kB\n",
		   hiwater_vm << (PAGE_SHIFT - 10),
		   (total_vm - space->reserved_vm) << (PAGE_SHIFT - 10),
		   space->locked_vm << (PAGE_SHIFT - 10),
		   hiwater_rss << (PAGE_SHIFT - 10),
		   total_rss << (PAGE_SHIFT - 10),
		   data << (PAGE_SHIFT - 10),
		   space->stack_vm << (PAGE_SHIFT - 10), text, lib,
		   (PTRS_PER_PTE * 4 * space->nr_ptes) >> 10);
}

static const char *const task_state_array[] = {
	"R (running)",		/*  0 */
	"S (sleeping)",		/*  1 */
	"D (disk sleep)",	/*  2 */
	"T (stopped)",		/*  4 */
	"T (tracing stop)",	/*  8 */
	"Z (zombie)",		/* 16 */
	"X (dead)"		/* 32 */
};

/* The task's state, as ps shows it: one bit per state. */
static const char *get_task_state(struct task_struct *tsk)
{
	unsigned int state = (unsigned int)(tsk->state & 0x1f) |
			     (unsigned int)tsk->exit_state;
	const char *const *p = &task_state_array[0];

	for (; state; state >>= 1)
		p++;
	return *p;
}

/**
 * @brief \~english /proc/PID/status: the task's name, state, ids and memory.
 *        \~chinese /proc/PID/status：进程的名字、状态、各种 ID 与内存使用。 \~
 * @param out \~english the output \~chinese 输出 \~
 * @param task \~english the task \~chinese 进程 \~
 * @kernel{fs/proc/array.c,308}
 * @seenotes{chapter-vma,vma-counters}
 * @kquirk \~english mm24's tasks have no credentials, files, signal
 *         masks, capabilities or cpusets: task_name() and what is kept of
 *         task_state() (the State, Tgid, Pid, PPid and TracerPid lines)
 *         are two seq_printf() calls; task_sig(),
 *         task_cap(), the cpuset and the context-switch counts are left
 *         out.  No reference is taken on the mm (get_task_mm(), mmput()):
 *         nothing can drop it while the command runs.
 *         \~chinese mm24 的进程没有凭证、文件、信号掩码、权能或 cpuset：task_name() 与
 *         task_state() 保留的部分（State、Tgid、Pid、PPid 与 TracerPid 几行）就是两次
 *         seq_printf() 调用；省略了 task_sig()、
 *         task_cap()、cpuset 与上下文切换计数。不对 mm 取引用（get_task_mm()、
 *         mmput()）：命令执行期间没有什么能释放它。 \~
 */
void proc_pid_status(struct seq_file *out, struct task_struct *task)
{
	struct mm_struct *space = task->mm;

	seq_printf(out, "Name:\t%s\n", task->comm);
	seq_printf(out, "State:\t%s\nTgid:\t%d\nPid:\t%d\nPPid:\t%d\n"
		   "TracerPid:\t%d\n", get_task_state(task), task->pid,
		   task->pid, task->parent ? task->parent->pid : 0, 0);
	if (space)
		task_mem(out, space);
}
