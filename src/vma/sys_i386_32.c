/**
 * @file
 * @brief \~english mmap2(), the i386 mmap system call with the offset in pages.
 *        \~chinese mmap2()：i386 上以页为单位给出偏移量的 mmap 系统调用。 \~
 *
 * sys_i386_32.c - sys_mmap2() (arch/x86/kernel/sys_i386_32.c).
 */
#include <linux/mman.h>

/**
 * @brief \~english mmap2(): take the file, then do_mmap_pgoff() under mmap_sem.
 *        \~chinese mmap2() 系统调用：取得文件，再持有 mmap_sem 调用 do_mmap_pgoff()。 \~
 * @param addr \~english a hint, or the address with MAP_FIXED
 *             \~chinese 建议地址；带 MAP_FIXED 时即为映射地址 \~
 * @param len \~english the length \~chinese 长度（字节） \~
 * @param prot \~english PROT_* bits \~chinese PROT_* 标志位 \~
 * @param flags \~english MAP_* bits \~chinese MAP_* 标志位 \~
 * @param filp \~english the opened file, NULL if the name was no file
 *             \~chinese 已打开的文件；若给出的名字不是文件则为 NULL \~
 * @param pgoff \~english the file offset in pages
 *              \~chinese 文件内的偏移量，以页为单位 \~
 * @return \~english the address, or a negative errno
 *         \~chinese 映射的线性地址；失败返回负的错误码 \~
 * @kernel{arch/x86/kernel/sys_i386_32.c,42}
 * @seenotes{chapter-vma,vma-mmap}
 * @kquirk \~english mm24 has no file descriptors: the scenario command
 *         opens the file it names (filp_open()) and passes it here, with
 *         NULL for a name that is no file, which fails as a bad
 *         descriptor does in fget() (-EBADF); the reference fget() takes
 *         is get_file() here.
 *         \~chinese mm24 没有文件描述符：场景命令打开它所指名的文件（filp_open()）并
 *         传进来；若该名字不是文件则传入 NULL，其结果与 fget() 遇到无效描述符时相同
 *         （-EBADF）；fget() 所取的引用在这里是 get_file()。 \~
 */
long sys_mmap2(unsigned long addr, unsigned long len, unsigned long prot,
	       unsigned long flags, struct file *filp, unsigned long pgoff)
{
	struct mm_struct *space = current->mm;
	long rc = -EBADF;

	/* the loader's flags: not for user programs */
	flags &= ~(unsigned long)(MAP_EXECUTABLE | MAP_DENYWRITE);
	if (!(flags & MAP_ANONYMOUS)) {
		if (!filp)
			goto out;
		get_file(filp);
	} else
		filp = NULL;

	down_write(&space->mmap_sem);
	rc = (long)do_mmap_pgoff(filp, addr, len, prot, flags, pgoff);
	up_write(&space->mmap_sem);

	if (filp)
		fput(filp);
out:
	return rc;
}

/**
 * @brief \~english The i386 mmap() system call: a byte offset, checked, then mmap2().
 *        \~chinese i386 的 mmap() 系统调用：检查字节偏移后交给 mmap2()。 \~
 * @param a \~english the arguments \~chinese 系统调用的参数 \~
 * @return \~english the address, or a negative errno
 *         \~chinese 映射的线性地址；失败返回负的错误码 \~
 * @kernel{arch/x86/kernel/sys_i386_32.c,83}
 * @seenotes{chapter-vma,vma-mmap}
 * @kquirk \~english The block comes from the scenario, in kernel memory:
 *         no copy_from_user() and so no -EFAULT; the offset is tested where
 *         it is (a->offset & ~PAGE_MASK), not in a local copy.
 *         \~chinese 参数块来自场景，位于内核内存中：不需要 copy_from_user()，
 *         因此也没有 -EFAULT；偏移直接在原处检查（a->offset & ~PAGE_MASK），
 *         而不是在局部副本中。 \~
 */
long old_mmap(const struct mmap_arg_struct *a)
{
	long err = -EINVAL;

	if (a->offset & ~PAGE_MASK)
		goto out;

	err = sys_mmap2(a->addr, a->len, a->prot, a->flags, a->file,
			a->offset >> PAGE_SHIFT);
out:
	return err;
}
