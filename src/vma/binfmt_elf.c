/**
 * @file
 * @brief \~english The ELF loader's layout of a program: text, data, bss, heap and stack.
 *        \~chinese ELF 装载器为程序布置的地址空间：代码段、数据段、bss、堆与栈。 \~
 *
 * binfmt_elf.c - load_elf_binary() and its helpers (fs/binfmt_elf.c),
 * for statically linked i386 programs (ET_EXEC, no interpreter).
 *
 * load_elf_binary():
 *  1. check the header; find PT_GNU_STACK (a non-executable stack, or
 *     READ_IMPLIES_EXEC for programs without one);
 *  2. flush_old_exec(): the new mm becomes the task's;
 *  3. pick the layout (arch_pick_mmap_layout(), now with PF_RANDOMIZE
 *     if randomization is on) and finish the stack (setup_arg_pages());
 *  4. map each PT_LOAD segment with MAP_FIXED at its p_vaddr, from its
 *     p_offset in the file (elf_map() -> do_mmap()): text r-xp, data
 *     rw-p; a segment's memsz beyond its filesz is bss;
 *  5. set_brk(): the bss beyond the last file page is anonymous memory
 *     (do_brk()), and the heap starts after it: start_brk = brk;
 *     padzero() clears the bss part of the last file page.
 *
 *   0x08048000  text    file, r-xp      [start_code, end_code)
 *               data    file, rw-p      [start_data, end_data)
 *               bss     anonymous rw-p  ... elf_brk
 *               heap    anonymous rw-p  [start_brk, brk)  "[heap]"
 *        ...
 *   0xbffeb000  stack   anonymous rw-p  21 pages under 0xc0000000
 *
 * mm24's programs are not real ELF files: their ELF and program headers
 * are kept in the inode (struct elf_image, made by the exec command from
 * its text=, data= and bss= sizes) and their text and data are the
 * file's pages.
 */
#include <linux/mman.h>

#define ET_EXEC		2
#define EM_386		3
#define PT_GNU_STACK	0x6474e551
#define PER_LINUX	0x0000

#define ELF_MIN_ALIGN	PAGE_SIZE
#define ELF_PAGESTART(v)	((v) & ~(unsigned long)(ELF_MIN_ALIGN - 1))
#define ELF_PAGEOFFSET(v)	((v) & (ELF_MIN_ALIGN - 1))
#define ELF_PAGEALIGN(v)	(((v) + ELF_MIN_ALIGN - 1) & ~(ELF_MIN_ALIGN - 1))
#define BAD_ADDR(x)	((unsigned long)(x) >= TASK_SIZE)
#define STACK_RND_MASK	0x7ffUL		/* 8 MiB of pages */

/* linux/elf.h: every i386 program starts out as PER_LINUX */
#define set_personality(pers)	(current->personality = (pers))
#define SET_PERSONALITY(ex, ibcs2)	set_personality(PER_LINUX)
/* asm-x86/elf.h: no PT_GNU_STACK means an old program that expects
 * PROT_READ to imply PROT_EXEC */
#define elf_read_implies_exec(ex, executable_stack) \
	((executable_stack) != EXSTACK_DISABLE_X)
#define elf_check_arch(x)	((x)->e_machine == EM_386)

/**
 * @brief \~english Map the bss and set the heap's start: [@p from, @p upto) becomes anonymous memory.
 *        \~chinese 映射 bss 并设置堆的起点：[start, end) 成为匿名内存。 \~
 * @param from \~english the end of the file's data
 *             \~chinese 文件数据的结束地址 \~
 * @param upto \~english the end of the bss \~chinese bss 段的结束地址 \~
 * @return \~english 0, or the error of do_brk()
 *         \~chinese 成功返回 0，否则返回 do_brk() 的错误码 \~
 * @kernel{fs/binfmt_elf.c,85}
 * @seenotes{chapter-vma,vma-exec}
 */
static int set_brk(unsigned long from, unsigned long upto)
{
	from = ELF_PAGEALIGN(from);
	upto = ELF_PAGEALIGN(upto);
	if (upto > from) {
		unsigned long at;

		down_write(&current->mm->mmap_sem);
		at = do_brk(from, upto - from);
		up_write(&current->mm->mmap_sem);
		if (BAD_ADDR(at))
			return (int)at;
	}
	current->mm->start_brk = upto;
	current->mm->brk = upto;
	return 0;
}

/**
 * @brief \~english Clear the rest of the page where the file's data ends (the start of the bss).
 *        \~chinese 清零文件数据结束处所在页的剩余部分（即 bss 的开头）。 \~
 * @param bss_start \~english the end of the file's data
 *                  \~chinese 文件数据的结束地址 \~
 * @return \~english 0 or -EFAULT \~chinese 成功返回 0，否则返回 -EFAULT \~
 * @kernel{fs/binfmt_elf.c,106}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english clear_user() would fault the page in, which needs the
 *         fault unit: until then the bytes are not cleared (they are
 *         zeros in mm24's program files anyway) and 0 is returned.
 *         \~chinese clear_user() 需要把页调入内存，这要等缺页单元：在那之前不清零这些
 *         字节（mm24 的程序文件中它们本来就是 0），返回 0。 \~
 */
static int padzero(unsigned long bss_start)
{
	unsigned long tail = ELF_PAGEOFFSET(bss_start);

	if (tail)
		tail = ELF_MIN_ALIGN - tail;	/* what clear_user() clears */
	return 0;
}

/**
 * @brief \~english Map one PT_LOAD segment of the file at @p at.
 *        \~chinese 把文件的一个 PT_LOAD 段映射到 addr。 \~
 * @param filp \~english the ELF file \~chinese ELF 文件 \~
 * @param at \~english the segment's address (p_vaddr plus the load bias) \~chinese 段的地址（p_vaddr 加上装载偏移） \~
 * @param ph \~english its program header (p_offset, p_filesz) \~chinese 段的程序头（p_offset、p_filesz） \~
 * @param prot \~english PROT_* from the segment's p_flags \~chinese 由段的 p_flags 得到的 PROT_* 位 \~
 * @param type \~english MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE, and MAP_FIXED \~chinese MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE，以及 MAP_FIXED \~
 * @return \~english the address, or a negative errno
 *         \~chinese 映射的线性地址；失败返回负的错误码 \~
 * @kernel{fs/binfmt_elf.c,300}
 * @seenotes{chapter-vma,vma-exec}
 */
static unsigned long elf_map(struct file *filp, unsigned long at,
			     const struct elf32_phdr *ph, int prot, int type)
{
	unsigned long mapped;
	unsigned long pad = ELF_PAGEOFFSET(ph->p_vaddr);

	down_write(&current->mm->mmap_sem);
	/* a segment of memsz only (filesz 0) maps nothing from the file */
	if (ph->p_filesz + pad)
		mapped = do_mmap(filp, ELF_PAGESTART(at),
				   ph->p_filesz + pad, (unsigned)prot,
				   (unsigned)type, ph->p_offset - pad);
	else
		mapped = ELF_PAGESTART(at);
	up_write(&current->mm->mmap_sem);
	return mapped;
}

/**
 * @brief \~english The top of the stack: STACK_TOP, lowered by up to 8 MiB with randomization.
 *        \~chinese 栈顶：STACK_TOP；随机化时最多下移 8 MiB。 \~
 * @param top \~english STACK_TOP, the highest user address of the stack \~chinese STACK_TOP，栈的最高用户地址 \~
 * @return \~english the page-aligned top, minus a random number of pages (at most STACK_RND_MASK, 0x7ff pages = 8 MiB) for a PF_RANDOMIZE task \~chinese 按页对齐的栈顶；对 PF_RANDOMIZE 进程再减去随机的页数（至多 STACK_RND_MASK，即 0x7ff 页 = 8 MiB） \~
 * @kernel{fs/binfmt_elf.c,526}
 * @seenotes{chapter-vma,vma-random}
 */
static unsigned long randomize_stack_top(unsigned long top)
{
	unsigned int rnd = 0;

	if ((current->flags & PF_RANDOMIZE) &&
	    !(current->personality & ADDR_NO_RANDOMIZE)) {
		rnd = get_random_int() & STACK_RND_MASK;
		rnd <<= PAGE_SHIFT;
	}
	return PAGE_ALIGN(top) - rnd;
}

/**
 * @brief \~english Lay out a statically linked ELF program in the new address space.
 *        \~chinese 在新的地址空间中布置一个静态链接的 ELF 程序。 \~
 * @param bprm \~english the exec in progress \~chinese 正在进行的 exec \~
 * @param regs \~english the registers the program starts with
 *             \~chinese 程序开始运行时的寄存器 \~
 * @return \~english 0, or a negative errno (after flush_old_exec() the task also
 *         gets SIGKILL or SIGSEGV)
 *         \~chinese 成功返回 0，否则返回负的错误码（flush_old_exec()
 *         之后进程还会收到 SIGKILL 或 SIGSEGV） \~
 * @kernel{fs/binfmt_elf.c,542}
 * @seenotes{chapter-vma,vma-exec}
 * @kquirk \~english The headers are struct elf_image in the inode
 *         (i_private, held in the local img) instead of the file's first
 *         bytes: no kmalloc()ed loc (and no out_ret label, no kfree() of
 *         it; elf_check_arch() and the other checks read img->elf_ex), no e_ident to memcmp(), no e_phentsize to check, and the
 *         program headers are not read with kernel_read() into a
 *         kmalloc()ed table: e_phnum is checked against MAX_EXEC_PHDRS.
 *         The program is not installed as a file descriptor
 *         (unshare_files(), put_files_struct(), files, get_unused_fd(),
 *         fd_install(), sys_close()).  Left out: the interpreter
 *         (PT_INTERP, elf_interpreter, load_elf_interp(), the a.out
 *         interpreter and the interp cleanup with allow_write_access()
 *         and fput()), ET_DYN programs (load_bias: only ET_EXEC is
 *         taken), the vDSO (arch_setup_additional_pages()), the
 *         credentials (compute_creds()), the auxiliary vector and the
 *         argv/envp pointers on the stack (create_elf_tables(): it needs
 *         page faults), MMAP_PAGE_ZERO, ptrace and set_binfmt().  The
 *         bss of an earlier segment is not cleared (ELF_PAGEOFFSET(), clear_user():
 *         see padzero()).  With nothing to undo, every failure goes to
 *         out (no out_free_dentry, out_free_interp, out_free_file,
 *         out_free_fh or out_free_ph labels); an entry point that is an
 *         IS_ERR() value is -EINVAL like any bad one.  send_sig() is
 *         force_sig(), mm24's only way to queue a signal.
 *         \~chinese 头部取自 inode 中的 struct elf_image（i_private，保存在局部变量
 *         img 中），而不是文件开头的字节：没有用 kmalloc() 分配的 loc（因此也没有
 *         out_ret 标号与对它的 kfree()；elf_check_arch() 等检查读的是 img->elf_ex），没有需要 memcmp() 的 e_ident，也不检查
 *         e_phentsize；程序头不用 kernel_read() 读进 kmalloc() 所得的表：改为检查
 *         e_phnum 不超过 MAX_EXEC_PHDRS。程序不作为文件描述符安装
 *         （unshare_files()、put_files_struct()、files、get_unused_fd()、
 *         fd_install()、sys_close()）。省略了：解释器（PT_INTERP、
 *         elf_interpreter、load_elf_interp()、a.out 解释器，以及用
 *         allow_write_access() 与 fput() 清理解释器的代码）、ET_DYN 程序
 *         （load_bias：只接受 ET_EXEC）、vDSO（arch_setup_additional_pages()）、
 *         凭证（compute_creds()）、栈上的辅助向量与 argv/envp 指针
 *         （create_elf_tables()：它需要缺页处理）、MMAP_PAGE_ZERO、ptrace 以及
 *         set_binfmt()。前一个段的 bss 不清零（ELF_PAGEOFFSET()、clear_user()：参见
 *         padzero()）。由于没有需要撤销的东西，每种失败都跳到 out（没有
 *         out_free_dentry、out_free_interp、out_free_file、out_free_fh 与
 *         out_free_ph 等标号）；入口地址为 IS_ERR() 值时与其他错误地址一样返回
 *         -EINVAL。send_sig() 用 force_sig() 代替，这是 mm24 唯一的发信号方式。 \~
 */
int load_elf_binary(struct linux_binprm *bprm, struct pt_regs *regs)
{
	struct inode *inode = bprm->file->f_path.dentry->d_inode;
	const struct elf_image *img = inode->i_private;
	const struct elf32_phdr *ph, *phdrs;
	unsigned long bss_start, bss_end, entry;
	unsigned long code_lo, code_hi, data_lo, data_hi;
	struct mm_struct *space;
	unsigned long mapped;
	int rc, i;
	int stack_mode = EXSTACK_DEFAULT;
	unsigned long dflags = 0;

	rc = -ENOEXEC;
	/* a file without headers is not a program */
	if (!img)
		goto out;
	if (img->elf_ex.e_type != ET_EXEC)
		goto out;
	if (!elf_check_arch(&img->elf_ex))
		goto out;
	if (!bprm->file->f_op || !bprm->file->f_op->mmap)
		goto out;
	if (img->elf_ex.e_phnum < 1 || img->elf_ex.e_phnum > MAX_EXEC_PHDRS)
		goto out;
	phdrs = img->phdr;

	bss_start = 0;
	bss_end = 0;

	code_lo = ~0UL;
	code_hi = 0;
	data_lo = 0;
	data_hi = 0;

	ph = phdrs;
	for (i = 0; i < img->elf_ex.e_phnum; i++, ph++)
		if (ph->p_type == PT_GNU_STACK) {
			if (ph->p_flags & PF_X)
				stack_mode = EXSTACK_ENABLE_X;
			else
				stack_mode = EXSTACK_DISABLE_X;
			break;
		}

	/* no interpreter: the program's own personality */
	SET_PERSONALITY(img->elf_ex, 0);

	rc = flush_old_exec(bprm);
	if (rc)
		goto out;

	/* past the point of no return */
	space = current->mm;
	current->flags &= ~PF_FORKNOEXEC;
	space->def_flags = dflags;

	if (elf_read_implies_exec(img->elf_ex, stack_mode))
		current->personality |= READ_IMPLIES_EXEC;

	if (!(current->personality & ADDR_NO_RANDOMIZE) && randomize_va_space)
		current->flags |= PF_RANDOMIZE;
	arch_pick_mmap_layout(space);

	space->free_area_cache = space->mmap_base;
	space->cached_hole_size = 0;
	rc = setup_arg_pages(bprm, randomize_stack_top(STACK_TOP),
				 stack_mode);
	if (rc < 0) {
		force_sig(SIGKILL, current);
		goto out;
	}

	space->start_stack = bprm->p;

	/* the segments, at the addresses the linker chose */
	ph = phdrs;
	for (i = 0; i < img->elf_ex.e_phnum; i++, ph++) {
		int prot = 0, mflags;
		unsigned long v, va;

		if (ph->p_type != PT_LOAD)
			continue;

		if (unlikely(bss_end > bss_start)) {
			/* an earlier segment had bss: map it before this
			 * one (the clearing is clear_user(): see padzero()) */
			rc = set_brk(bss_start, bss_end);
			if (rc) {
				force_sig(SIGKILL, current);
				goto out;
			}
		}

		if (ph->p_flags & PF_R)
			prot |= PROT_READ;
		if (ph->p_flags & PF_W)
			prot |= PROT_WRITE;
		if (ph->p_flags & PF_X)
			prot |= PROT_EXEC;

		mflags = MAP_PRIVATE | MAP_DENYWRITE | MAP_EXECUTABLE;

		va = ph->p_vaddr;
		mflags |= MAP_FIXED;		/* ET_EXEC */

		mapped = elf_map(bprm->file, va, ph, prot, mflags);
		if (BAD_ADDR(mapped)) {
			force_sig(SIGKILL, current);
			rc = IS_ERR_VALUE(mapped) ? (int)mapped : -EINVAL;
			goto out;
		}

		v = ph->p_vaddr;
		if (v < code_lo)
			code_lo = v;
		if (data_lo < v)
			data_lo = v;

		/* memsz must fit in the user space, filesz in memsz */
		if (BAD_ADDR(v) || ph->p_filesz > ph->p_memsz ||
		    ph->p_memsz > TASK_SIZE ||
		    TASK_SIZE - ph->p_memsz < v) {
			force_sig(SIGKILL, current);
			rc = -EINVAL;
			goto out;
		}

		v = ph->p_vaddr + ph->p_filesz;

		if (v > bss_start)
			bss_start = v;
		if ((ph->p_flags & PF_X) && code_hi < v)
			code_hi = v;
		if (data_hi < v)
			data_hi = v;
		v = ph->p_vaddr + ph->p_memsz;
		if (v > bss_end)
			bss_end = v;
	}

	/* the bss beyond the last file page, and the heap after it */
	rc = set_brk(bss_start, bss_end);
	if (rc) {
		force_sig(SIGKILL, current);
		goto out;
	}
	if (likely(bss_start != bss_end) && unlikely(padzero(bss_start))) {
		force_sig(SIGSEGV, current);
		rc = -EFAULT;
		goto out;
	}

	entry = img->elf_ex.e_entry;
	if (BAD_ADDR(entry)) {
		force_sig(SIGSEGV, current);
		rc = -EINVAL;
		goto out;
	}

	current->flags &= ~PF_FORKNOEXEC;
	space->end_code = code_hi;
	space->start_code = code_lo;
	space->start_data = data_lo;
	space->end_data = data_hi;
	space->start_stack = bprm->p;

	/* start_thread(): user mode at the entry, on the new stack */
	regs->eip = entry;
	regs->esp = bprm->p;
	regs->xcs = __USER_CS;
	rc = 0;
out:
	return rc;
}
