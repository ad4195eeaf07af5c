/*
 * dot_vma.c - two pictures of a process's address space:
 *
 *   dot vma [TASK]     its VMAs as mm->mmap lists them, in address order,
 *                      with the holes between them; each with its range,
 *                      permissions, file or name, offset and VM_ flags;
 *                      mm->mmap_cache and free_area_cache marked; and the
 *                      red-black tree mm->mm_rb of the same VMAs, each node
 *                      in its colour, left and right links drawn.
 *   dot split [TASK]   the 3G/1G split of the linear space: the user part
 *                      of this process (program, heap, mmap area, stack,
 *                      what lies between) and the kernel part that every
 *                      process shares, with the page directory entries of
 *                      each half (user ones of its own, kernel ones copied
 *                      from swapper_pg_dir).
 *
 * TASK is a name from "exec ... as NAME", a command name or a pid; the
 * current task by default.  Rows carry their place for tools:
 * ID="vSTART_END" for a VMA, ID="hSTART_SIZE" for a hole (hex); a tree
 * node's comment is "START-END red|black".
 */
#include <string.h>
#include <linux/mman.h>
#include <asm/machine.h>
#include "mm24.h"

static const struct {
	unsigned long bit;
	const char *name;
} vm_flag_names[] = {
	{ VM_SHARED, "SHARED" }, { VM_MAYSHARE, "MAYSHARE" },
	{ VM_GROWSDOWN, "GROWSDOWN" }, { VM_DENYWRITE, "DENYWRITE" },
	{ VM_EXECUTABLE, "EXECUTABLE" }, { VM_LOCKED, "LOCKED" },
	{ VM_ACCOUNT, "ACCOUNT" }, { VM_CAN_NONLINEAR, "CAN_NONLINEAR" },
};

static struct task_struct *task_arg(struct script *s, int argc, char **argv,
				    const char *usage)
{
	struct task_struct *p;

	if (argc > 1)
		script_error(s, "usage: %s", usage);
	if (!argc)
		p = current;
	else
		p = mm24_find_task(s, argv[0]);
	if (!p->mm)
		script_error(s, "task '%s' (pid %d) is a kernel thread: it has "
			     "no address space", p->comm, p->pid);
	return p;
}

static void hole_row(FILE *f, unsigned long from, unsigned long to,
		     unsigned long fac)
{
	if (to <= from)
		return;
	fprintf(f, "\t<TR><TD ID=\"h%lx_%lx\">0x%08lx</TD><TD COLSPAN=\"3\" "
		"ALIGN=\"LEFT\">%s: %lu kB", from, to - from, from,
		L("hole", "空洞"), (to - from) >> 10);
	if (fac >= from && fac < to)
		fprintf(f, "<BR/>← free_area_cache 0x%08lx", fac);
	fputs("</TD></TR>\n", f);
}

/* The name maps gives the VMA (file, [heap], [stack]) or "". */
static void vma_name(FILE *f, struct vm_area_struct *v)
{
	struct mm_struct *mm = v->vm_mm;

	if (v->vm_file) {
		dot_html(f, v->vm_file->f_path.dentry->d_name.name);
		if (v->vm_file->f_path.dentry->d_unhashed)
			fputs(" (deleted)", f);
		fprintf(f, " +0x%lx", (unsigned long)(u32)(v->vm_pgoff << PAGE_SHIFT));
	} else if (v->vm_start <= mm->start_brk && v->vm_end >= mm->brk) {
		fputs("[heap]", f);
	} else if (v->vm_start <= mm->start_stack && v->vm_end >= mm->start_stack) {
		fputs("[stack]", f);
	} else {
		fputs(L("anonymous", "匿名"), f);
	}
}

static void vma_row(FILE *f, struct vm_area_struct *v, int i)
{
	struct mm_struct *mm = v->vm_mm;
	size_t k;
	int first = 1;

	fprintf(f, "\t<TR><TD ID=\"v%lx_%lx\" PORT=\"v%d\" BGCOLOR=\"%s\">"
		"0x%08lx<BR/>0x%08lx</TD><TD BGCOLOR=\"%s\">%c%c%c%c</TD>"
		"<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"%s\">", v->vm_start, v->vm_end, i,
		v->vm_file ? "#f3e29a" : "#b3d4f2", v->vm_start, v->vm_end,
		v->vm_file ? "#f3e29a" : "#b3d4f2",
		v->vm_flags & VM_READ ? 'r' : '-', v->vm_flags & VM_WRITE ? 'w' : '-',
		v->vm_flags & VM_EXEC ? 'x' : '-',
		v->vm_flags & VM_MAYSHARE ? 's' : 'p',
		v->vm_file ? "#f3e29a" : "#b3d4f2");
	vma_name(f, v);
	fprintf(f, "<BR/>%lu %s", (v->vm_end - v->vm_start) >> PAGE_SHIFT,
		v->vm_end - v->vm_start == PAGE_SIZE ? L("page", "页") :
		L("pages", "页"));
	if (v == mm->mmap_cache)
		fprintf(f, "<BR/><B>← mmap_cache</B>");
	if (mm->free_area_cache >= v->vm_start && mm->free_area_cache < v->vm_end)
		fprintf(f, "<BR/>← free_area_cache 0x%08lx", mm->free_area_cache);
	fputs("</TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">", f);
	for (k = 0; k < ARRAY_SIZE(vm_flag_names); k++)
		if (v->vm_flags & vm_flag_names[k].bit) {
			fprintf(f, "%s%s", first ? "" : "<BR/>", vm_flag_names[k].name);
			first = 0;
		}
	fputs("</TD></TR>\n", f);
}

/* The tree: each node in its colour, its children linked L and R. */
static void tree(FILE *f, struct mm_struct *mm)
{
	struct vm_area_struct *v;
	int i = 0;

	for (v = mm->mmap; v; v = v->vm_next, i++) {
		int black = rb_is_black(&v->vm_rb);

		fprintf(f, "\tt%lx [label=\"0x%08lx–\\n0x%08lx\", comment=\"%lx-%lx "
			"%s\", fillcolor=\"%s\", fontcolor=\"%s\"];\n", v->vm_start,
			v->vm_start, v->vm_end, v->vm_start, v->vm_end,
			black ? "black" : "red", black ? "#333333" : "#e06060",
			"#ffffff");
		if (v->vm_rb.rb_left)
			fprintf(f, "\tt%lx -> t%lx [label=\"L\"];\n", v->vm_start,
				rb_entry(v->vm_rb.rb_left, struct vm_area_struct,
					 vm_rb)->vm_start);
		if (v->vm_rb.rb_right)
			fprintf(f, "\tt%lx -> t%lx [label=\"R\"];\n", v->vm_start,
				rb_entry(v->vm_rb.rb_right, struct vm_area_struct,
					 vm_rb)->vm_start);
	}
	if (mm->mm_rb.rb_node)
		fprintf(f, "\troot [shape=plain, style=\"\", label=\"mm->mm_rb\"];\n"
			"\troot -> t%lx;\n", rb_entry(mm->mm_rb.rb_node,
					      struct vm_area_struct, vm_rb)->vm_start);
}

void dot_vma(struct script *s, struct dot_out *out, int argc, char **argv)
{
	struct task_struct *p = task_arg(s, argc, argv, "dot vma [TASK]");
	struct mm_struct *mm = p->mm;
	struct vm_area_struct *v;
	unsigned long below = 0;
	char title[96];
	FILE *f;
	int i;

	snprintf(title, sizeof(title), L("the VMAs of pid %d (%s)",
					 "进程 %d（%s）的线性区"), p->pid, p->comm);
	f = dot_begin(out, "LR", title);
	fprintf(f, "\tvmas [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n"
		"\t<TR><TD COLSPAN=\"4\" BGCOLOR=\"#eeeeee\">mm-&gt;mmap: map_count %d, "
		"total_vm %lu<BR/>%s, mmap_base 0x%08lx<BR/>free_area_cache "
		"0x%08lx, cached_hole_size 0x%lx<BR/>start_brk 0x%08lx, brk "
		"0x%08lx, start_stack 0x%08lx</TD></TR>\n", mm->map_count,
		mm->total_vm, mm->get_unmapped_area == arch_get_unmapped_area ?
		L("legacy layout (bottom-up)", "传统布局（自底向上）") :
		L("top-down layout", "自顶向下布局"), mm->mmap_base,
		mm->free_area_cache, (unsigned long)(u32)mm->cached_hole_size,
		mm->start_brk, mm->brk, mm->start_stack);
	for (v = mm->mmap, i = 0; v; v = v->vm_next, i++) {
		hole_row(f, below, v->vm_start, mm->free_area_cache);
		vma_row(f, v, i);
		below = v->vm_end;
	}
	hole_row(f, below, TASK_SIZE, mm->free_area_cache);
	fputs("\t</TABLE>>];\n", f);
	tree(f, mm);
	dot_end(f);
}

/* ---- dot split -------------------------------------------------------- */

static void split_row(FILE *f, unsigned long start, unsigned long end,
		      const char *colour, const char *what, unsigned long vmas)
{
	fprintf(f, "\t<TR><TD BGCOLOR=\"%s\">0x%08lx</TD><TD BGCOLOR=\"%s\" "
		"ALIGN=\"LEFT\">%s</TD><TD BGCOLOR=\"%s\">%lu kB</TD>"
		"<TD BGCOLOR=\"%s\">%lu</TD></TR>\n", colour, start, colour, what,
		colour, (end - start) >> 10, colour, vmas);
}

/* The VMAs of [from, to): their pages and their number. */
static unsigned long vmas_in(struct mm_struct *mm, unsigned long from,
			     unsigned long to, unsigned long *bytes)
{
	struct vm_area_struct *v;
	unsigned long n = 0;

	*bytes = 0;
	for (v = mm->mmap; v; v = v->vm_next)
		if (v->vm_start >= from && v->vm_end <= to) {
			*bytes += v->vm_end - v->vm_start;
			n++;
		}
	return n;
}

void dot_split(struct script *s, struct dot_out *out, int argc, char **argv)
{
	struct task_struct *p = task_arg(s, argc, argv, "dot split [TASK]");
	struct mm_struct *mm = p->mm;
	struct vm_area_struct *v, *stack = find_vma(mm, mm->start_stack);
	unsigned long prog_end = PAGE_ALIGN(mm->brk), low = 0, high, bytes;
	unsigned long mmap_lo = TASK_SIZE, mmap_hi = 0, n;
	int user_pdes = 0, kernel_pdes = 0, shared = 0, i;
	char what[160];
	FILE *f;

	/* the program's VMAs start low and end at the heap; the stack is the
	 * VMA of start_stack; the mmap area is what lies between */
	for (v = mm->mmap; v; v = v->vm_next) {
		if (!low)
			low = v->vm_start;
		if (v->vm_start >= prog_end && v != stack) {
			if (v->vm_start < mmap_lo)
				mmap_lo = v->vm_start;
			mmap_hi = v->vm_end;
		}
	}
	high = stack ? stack->vm_start : TASK_SIZE;
	for (i = 0; i < PTRS_PER_PGD; i++) {
		if (!(pgd_val(mm->pgd[i]) & _PAGE_PRESENT))
			continue;
		if (i < USER_PTRS_PER_PGD) {
			user_pdes++;
		} else {
			kernel_pdes++;
			shared += pgd_val(mm->pgd[i]) == pgd_val(swapper_pg_dir[i]);
		}
	}

	snprintf(what, sizeof(what), L("the user/kernel split of pid %d (%s)",
				       "进程 %d（%s）的用户/内核空间划分"),
		 p->pid, p->comm);
	f = dot_begin(out, "TB", what);
	fprintf(f, "\tspace [shape=plain, style=\"\", label=<<TABLE BORDER=\"0\" "
		"CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\">"
		"<TR><TD>%s</TD><TD>%s</TD><TD>%s</TD><TD>%s</TD></TR>\n",
		L("start", "起始"), L("region", "区域"), L("size", "大小"),
		L("VMAs", "线性区数"));
	snprintf(what, sizeof(what), L("kernel space, the same in every "
				       "process: %d PDEs, %d of them as in "
				       "swapper_pg_dir", "内核空间，所有进程相同：%d 个"
				       "页目录项，其中 %d 个与 swapper_pg_dir 相同"),
		 kernel_pdes, shared);
	split_row(f, TASK_SIZE, 0x100000000UL, "#d9c2ea", what, 0);
	n = stack ? 1 : 0;
	if (stack)
		split_row(f, stack->vm_start, TASK_SIZE, "#b8e6b8",
			  L("the stack (to TASK_SIZE)", "栈（直到 TASK_SIZE）"), n);
	if (mmap_hi) {
		split_row(f, mmap_hi, high, "#ffffff", L("unmapped", "未映射"), 0);
		n = vmas_in(mm, mmap_lo, mmap_hi, &bytes);
		snprintf(what, sizeof(what), L("mmap area (mmap_base 0x%08lx): "
					       "%lu kB mapped", "mmap 区（mmap_base "
					       "0x%08lx）：已映射 %lu KB"),
			 mm->mmap_base, bytes >> 10);
		split_row(f, mmap_lo, mmap_hi, "#f3e29a", what, n);
		high = mmap_lo;
	}
	split_row(f, prog_end, high, "#ffffff", L("unmapped", "未映射"), 0);
	n = vmas_in(mm, 0, prog_end, &bytes);
	snprintf(what, sizeof(what), L("the program: text, data, bss and heap "
				       "(to brk 0x%08lx)", "程序：代码、数据、bss "
				       "与堆（直到 brk 0x%08lx）"), mm->brk);
	split_row(f, low, prog_end, "#b3d4f2", what, n);
	split_row(f, 0, low, "#ffffff", L("unmapped, from 0", "未映射，从 0 开始"), 0);
	fputs("\t</TABLE>>];\n", f);
	fprintf(f, "\tpgd [label=\"%s 0x%08lx\\n%s: %d %s\\n%s: %d %s\"];\n"
		"\tspace -> pgd [style=dotted, arrowhead=none];\n",
		L("page directory", "页全局目录"), (unsigned long)__pa(mm->pgd),
		L("user half (entries 0-767)", "用户部分（第 0–767 项）"), user_pdes,
		L("present", "项有效"), L("kernel half (entries 768-1023)",
					   "内核部分（第 768–1023 项）"), kernel_pdes,
		L("present", "项有效"));
	dot_end(f);
}
