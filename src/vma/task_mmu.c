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

/**
 * @brief \~english One line of /proc/PID/maps.
 *        \~chinese /proc/PID/maps 中的一行。 \~
 * @param out \~english the output \~chinese 输出 \~
 * @param v \~english the VMA \~chinese 线性区 \~
 * @param mss \~english unused (smaps comes with the fault unit)
 *            \~chinese 未使用（smaps 随缺页异常单元提供） \~
 * @return \~english 0 \~chinese 总是返回 0 \~
 * @kernel{fs/proc/task_mmu.c,134}
 * @seenotes{chapter-vma,vma-maps}
 * @kquirk \~english The line's length so far is taken from the seq_file
 *         count rather than printf's %n; no ptrace check (maps_protect),
 *         no vDSO or gate VMA (arch_vma_name() is NULL), and the smaps
 *         part (`mss` and its seq_printf()) and m->version are left out.
 *         \~chinese 当前行已输出的长度取自 seq_file 的计数，而不是 printf 的 %n；没有
 *         ptrace 检查（maps_protect），没有 vDSO 或门线性区（arch_vma_name() 为
 *         NULL），也省略了 smaps 部分（`mss` 及其 seq_printf()）与 m->version。 \~
 */
static int show_map_internal(struct seq_file *out, void *v, void *mss)
{
	struct vm_area_struct *area = v;
	struct mm_struct *space = area->vm_mm;
	struct file *filp = area->vm_file;
	unsigned long flags = area->vm_flags;
	unsigned long ino = 0;
	unsigned int dev = 0;
	size_t line = out->count;
	int len;

	(void)mss;
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
