/**
 * @file
 * @brief \~english Shared anonymous memory: an unlinked tmpfs file, "/dev/zero (deleted)".
 *        \~chinese 共享匿名内存：一个已删除链接的 tmpfs 文件，即 "/dev/zero (deleted)"。 \~
 *
 * shmem.c - shmem_zero_setup() and shmem_file_setup() (mm/shmem.c).
 *
 * A MAP_SHARED|MAP_ANONYMOUS mapping must keep its pages when the
 * process forks, so that parent and child see each other's writes: so
 * the pages belong to a file, an unlinked one on the kernel's internal
 * tmpfs mount (shm_mnt), named "dev/zero".  /proc/PID/maps shows it as
 * "/dev/zero (deleted)" with tmpfs's device and the inode's number.
 *
 * The commit charge of the mapping is the file's: shmem_file_setup()
 * charges the whole size (VM_ACCT(size) pages) when the mapping is
 * VM_ACCOUNT, and gives it back when the inode goes with the last
 * mapping (shmem_delete_inode()); mmap_region() clears VM_ACCOUNT of
 * the VMA itself.
 */
#include <stdio.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/vmstat.h>

#define SHMEM_DEV	MKDEV(0, 7)
#define VM_ACCT(size)	(PAGE_ALIGN(size) >> PAGE_SHIFT)
#define SHMEM_MAX_BYTES	((unsigned long long)0xffffffffUL << PAGE_SHIFT)

static struct super_block shm_sb = { .s_dev = SHMEM_DEV };

/* what is charged, kept in the inode (SHMEM_I(inode)->flags) */
struct shmem_inode_info {
	unsigned long flags;		/* VM_ACCOUNT or 0 */
};

/**
 * @brief \~english ->fault() of shared anonymous memory: the tmpfs file's page at @c vmf->pgoff, a new zeroed one the first time, locked.
 *        \~chinese 共享匿名内存的 ->fault()：返回 tmpfs 文件中 vmf->pgoff 处的页（第一次访问时为一个新的清零页），已加锁。 \~
 * @param area \~english the VMA \~chinese 线性区 \~
 * @param vmf \~english the page asked for; the page is put in @c vmf->page \~chinese 所请求的页；找到的页放在 vmf->page 中 \~
 * @return \~english VM_FAULT_LOCKED, VM_FAULT_OOM, or VM_FAULT_SIGBUS beyond the end \~chinese VM_FAULT_LOCKED、VM_FAULT_OOM；超出末尾时为 VM_FAULT_SIGBUS \~
 * @context \~english mmap_sem held for reading \~chinese 调用者以读方式持有 mmap_sem \~
 * @kernel{mm/shmem.c,1330}
 * @seenotes{chapter-fault,fault-file}
 * @kquirk \~english No swap: shmem_getpage() with SGP_FAULT is a page-cache
 *         lookup (find_get_page()) and, the first time, a zeroed page
 *         (alloc_page() with __GFP_ZERO) put into the file's cache
 *         (add_to_page_cache(), which locks it); no swap entry, no
 *         block accounting, no i_size_read() (i_size is read as it is).
 *         mark_page_accessed() is SetPageReferenced() (no LRU), and the
 *         page lock of a found page is SetPageLocked().  The only error
 *         is a failed allocation: VM_FAULT_OOM (shmem_getpage()'s
 *         -ENOMEM), the new page put_page()d if the cache refused it.
 *         \~chinese 没有交换：带 SGP_FAULT 的 shmem_getpage() 就是一次页高速缓存查找
 *         （find_get_page()），第一次访问时分配一个清零页（带 __GFP_ZERO 的
 *         alloc_page()）放入文件的页高速缓存（add_to_page_cache()，同时为页加锁）；
 *         没有交换项，没有块记账，也不用 i_size_read()（直接读 i_size）。
 *         mark_page_accessed() 即 SetPageReferenced()（没有 LRU），找到的页用
 *         SetPageLocked() 加锁。唯一的错误是分配失败：返回 VM_FAULT_OOM（即 shmem_getpage()
 *         的 -ENOMEM）；页高速缓存不接受新页时用 put_page() 释放它。 \~
 */
static int shmem_fault(struct vm_area_struct *area, struct vm_fault *vmf)
{
	struct inode *ino = area->vm_file->f_path.dentry->d_inode;
	struct address_space *map = ino->i_mapping;
	struct page *pg;

	if (((long long)vmf->pgoff << PAGE_SHIFT) >= ino->i_size)
		return VM_FAULT_SIGBUS;
	pg = find_get_page(map, vmf->pgoff);
	if (pg) {
		SetPageLocked(pg);
	} else {
		/* first touch: a zeroed page; the cache holds a reference of
		 * its own, ours goes to the PTE */
		pg = alloc_page(GFP_HIGHUSER | __GFP_ZERO);
		if (!pg)
			return VM_FAULT_OOM;
		if (add_to_page_cache(pg, map, vmf->pgoff, GFP_KERNEL)) {
			put_page(pg);
			return VM_FAULT_OOM;
		}
		SetPageUptodate(pg);
	}
	SetPageReferenced(pg);
	vmf->page = pg;
	return VM_FAULT_LOCKED;
}

static const struct vm_operations_struct shmem_vm_ops = {
	.fault = shmem_fault,
};
static const struct file_operations shmem_file_operations = {
	.mmap = NULL,
};

/**
 * @brief \~english Charge the whole size of a shared object, if it is VM_ACCOUNT.
 *        \~chinese 若共享对象带 VM_ACCOUNT，则按其全部大小提交记账。 \~
 * @param acct \~english the object's flags: only VM_ACCOUNT counts \~chinese 对象的标志：只看 VM_ACCOUNT \~
 * @param bytes \~english the object's size in bytes, rounded up to pages \~chinese 对象的大小（字节），向上取整到页 \~
 * @return \~english 0, or -ENOMEM if __vm_enough_memory() refuses the pages \~chinese 0；__vm_enough_memory() 拒绝这些页时为 -ENOMEM \~
 * @kernel{mm/shmem.c,152}
 * @seenotes{chapter-vma,vma-overcommit}
 */
static inline int shmem_acct_size(unsigned long acct, long long bytes)
{
	return (acct & VM_ACCOUNT) ?
		security_vm_enough_memory((long)VM_ACCT(bytes)) : 0;
}

/**
 * @brief \~english Give back what shmem_acct_size() charged.
 *        \~chinese 归还 shmem_acct_size() 所提交的量。 \~
 * @param acct \~english the object's flags: only VM_ACCOUNT counts \~chinese 对象的标志：只看 VM_ACCOUNT \~
 * @param bytes \~english the size that was charged, in bytes \~chinese 已记账的大小（字节） \~
 * @kernel{mm/shmem.c,158}
 * @seenotes{chapter-vma,vma-overcommit}
 */
static inline void shmem_unacct_size(unsigned long acct, long long bytes)
{
	if (acct & VM_ACCOUNT)
		vm_unacct_memory((long)VM_ACCT(bytes));
}

/**
 * @brief \~english The last reference to an unlinked shmem inode is gone: uncharge it.
 *        \~chinese 指向已删除链接的 shmem inode 的最后一个引用消失：撤销其提交记账。 \~
 * @param ino \~english the inode \~chinese 索引节点 \~
 * @kernel{mm/shmem.c,763}
 * @seenotes{chapter-vma,vma-overcommit}
 * @kquirk \~english The pages shmem_fault() put in the file's cache go
 *         with it: truncate_inode_pages() is a walk of the indices that
 *         takes each page out of the cache (radix_tree_delete()) and
 *         drops the cache's reference (__dec_zone_page_state() of
 *         NR_FILE_PAGES, put_page()); no swap to free (shmem_truncate()),
 *         no block count to check (BUG_ON() of i_blocks), no swap list and
 *         no inode limit (max_inodes under stat_lock: spin_lock(),
 *         spin_unlock()); the charge goes back (shmem_unacct_size()) and
 *         the info (SHMEM_I()) is kfree()d with it.
 *         \~chinese shmem_fault() 放入文件页高速缓存的页随之释放：
 *         truncate_inode_pages() 就是按索引逐个把页移出页高速缓存
 *         （radix_tree_delete()）并放掉页高速缓存持有的引用；没有要释放的交换空间
 *         （shmem_truncate()），也没有交换链表与 inode 数上限；inode 的私有信息
 *         （SHMEM_I()）随之 kfree()。 \~
 */
void shmem_delete_inode(struct inode *ino)
{
	struct shmem_inode_info *sinfo = ino->i_private;

	struct address_space *map = ino->i_mapping;
	unsigned long index;

	for (index = 0; map->nrpages; index++) {
		struct page *pg = radix_tree_delete(&map->page_tree, index);

		if (!pg)
			continue;
		pg->mapping = NULL;
		map->nrpages--;
		__dec_zone_page_state(pg, NR_FILE_PAGES);
		put_page(pg);
	}
	shmem_unacct_size(sinfo->flags, ino->i_size);
	ino->i_size = 0;
	kfree(sinfo);
	ino->i_private = NULL;
}

/**
 * @brief \~english An unlinked tmpfs file of @p bytes bytes, named @p name, charged for if VM_ACCOUNT.
 *        \~chinese 一个大小为 size 字节、名为 name 的已删除链接 tmpfs 文件；带 VM_ACCOUNT 时提交记账。 \~
 * @param name \~english its dentry's name ("dev/zero")
 *             \~chinese 其目录项的名字（"dev/zero"） \~
 * @param bytes \~english the size \~chinese 文件大小（字节） \~
 * @param acct \~english the VMA's flags (VM_ACCOUNT)
 *             \~chinese 线性区的标志（VM_ACCOUNT） \~
 * @return \~english the open file, or an ERR_PTR
 *         \~chinese 已打开的文件；失败返回 ERR_PTR \~
 * @kernel{mm/shmem.c,2513}
 * @seenotes{chapter-vma,vma-shared}
 * @kquirk \~english shm_mnt is always there (no IS_ERR(shm_mnt)); the
 *         dentry is mm24's flat one, named "/dev/zero" so that seq_path()
 *         prints what d_path() makes of shm_mnt's root and "dev/zero";
 *         the name is put together with snprintf() (no strlen() of a
 *         qstr).  shmem_get_inode() is new_inode() with tmpfs's mode and a
 *         kmalloc()ed shmem_inode_info in i_private (SHMEM_I()), both
 *         kfree()d if either fails; d_instantiate() and init_file() are
 *         the assignments they make, and the error path frees the
 *         unused file and dentry with kfree() (put_filp(), dput()).
 *         \~chinese shm_mnt 总是存在（无需 IS_ERR(shm_mnt)）；dentry 是 mm24 的扁平
 *         dentry，名为 "/dev/zero"，与 d_path() 由 shm_mnt 的根和 "dev/zero" 拼出的
 *         结果相同；名字用 snprintf() 拼出（不对 qstr 做 strlen()）。shmem_get_inode() 就是带 tmpfs
 *         模式的 new_inode()，再加上放在 i_private 中、用 kmalloc() 分配的
 *         shmem_inode_info（SHMEM_I()），两者任一失败都 kfree() 掉；d_instantiate()
 *         与 init_file() 就是它们所做的那几个赋值，出错路径用 kfree() 释放未用的
 *         file 与 dentry（put_filp()、dput()）。 \~
 */
static struct file *shmem_file_setup(const char *name, long long bytes,
				     unsigned long acct)
{
	struct shmem_inode_info *sinfo;
	struct dentry *den;
	struct inode *ino;
	struct file *filp;
	char path[32];
	int rc;

	if (bytes < 0 || (unsigned long long)bytes > SHMEM_MAX_BYTES)
		return ERR_PTR(-EINVAL);

	if (shmem_acct_size(acct, bytes))
		return ERR_PTR(-ENOMEM);

	rc = -ENOMEM;
	snprintf(path, sizeof(path), "/%s", name);
	den = d_alloc(path);
	if (!den)
		goto put_memory;

	rc = -ENFILE;
	filp = get_empty_filp();
	if (!filp)
		goto put_dentry;

	rc = -ENOSPC;
	ino = new_inode(&shm_sb);
	sinfo = kmalloc(sizeof(*sinfo), GFP_KERNEL);
	if (!ino || !sinfo) {
		kfree(sinfo);
		kfree(ino);
		goto close_file;
	}

	ino->i_mode = S_IFREG | 0777;
	ino->i_private = sinfo;
	sinfo->flags = acct & VM_ACCOUNT;
	den->d_inode = ino;
	ino->i_size = bytes;
	ino->i_nlink = 0;		/* unlinked */
	filp->f_path.dentry = den;
	filp->f_mapping = ino->i_mapping;
	filp->f_mode = FMODE_WRITE | FMODE_READ;
	filp->f_op = &shmem_file_operations;
	return filp;

close_file:
	kfree(filp);
put_dentry:
	kfree(den);
put_memory:
	shmem_unacct_size(acct, bytes);
	return ERR_PTR(rc);
}

/**
 * @brief \~english Back a shared anonymous VMA with a tmpfs file ("/dev/zero (deleted)").
 *        \~chinese 用一个 tmpfs 文件（"/dev/zero (deleted)"）作为共享匿名线性区的后备。 \~
 * @param area \~english the VMA being mapped \~chinese 正在映射的线性区 \~
 * @return \~english 0 or a negative errno
 *         \~chinese 成功返回 0，否则返回负的错误码 \~
 * @kernel{mm/shmem.c,2571}
 * @seenotes{chapter-vma,vma-shared}
 */
int shmem_zero_setup(struct vm_area_struct *area)
{
	struct file *filp;
	long long bytes = (long long)(area->vm_end - area->vm_start);

	filp = shmem_file_setup("dev/zero", bytes, area->vm_flags);
	if (IS_ERR(filp))
		return (int)PTR_ERR(filp);

	if (area->vm_file)
		fput(area->vm_file);
	area->vm_file = filp;
	area->vm_ops = &shmem_vm_ops;
	return 0;
}
