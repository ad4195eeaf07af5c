/**
 * @file
 * @brief \~english The in-memory file system: rootfs (a ramfs) with files whose pages live in the page cache.
 *        \~chinese 内存文件系统：rootfs（一个 ramfs），其文件的页都在页高速缓存中。 \~
 *
 * ramfs.c - the files that programs and file mappings use: rootfs, a
 * ramfs (fs/ramfs/inode.c, fs/ramfs/file-mmu.c), and the lifetimes of
 * inodes, dentries and open files (fs/inode.c, fs/dcache.c,
 * fs/file_table.c, fs/namei.c), as far as mm code needs them.
 *
 * A ramfs file has no disk behind it: its contents are its page-cache
 * pages (address_space.page_tree), written when the file is created
 * (file create NAME SIZE [PATTERN], or exec for a program) and pinned
 * there for as long as the file exists.  They are counted in
 * NR_FILE_PAGES, the Cached line of /proc/meminfo.
 *
 * A disk file (file create NAME SIZE [PATTERN] disk) is mm24's model of
 * a file on a disk: its bytes sit on an emulated disk (device 03:01, a
 * host buffer per file, DISK_BYTES in all), none in the page cache at
 * first.  Its pages come into the cache only through ->readpage
 * (disk_readpage(): a synchronous read, the page clean and up to date
 * after it), at a fault (filemap_fault()'s major fault) or a read(2);
 * drop_caches can take them out again while they are clean and
 * unmapped.  Nothing is ever written back to the disk: a page dirtied
 * through a shared mapping or write(2) stays in the cache.
 *
 * mm24's rootfs is one flat directory of paths ("/bin/cat", "/data"):
 * a dentry's name is the whole path, so seq_path() prints it as it is.
 * Device 00:01 is rootfs's (the second anonymous super block of a 2.6.24
 * boot, after sysfs's 00:00); inode numbers come from new_inode()'s
 * global counter.
 *
 * Lifetimes, as in the VFS: a file holds its dentry, a dentry its
 * inode; an open for writing counts in i_writecount, an executable
 * mapping (VM_DENYWRITE) counts against it (deny_write_access()).  A
 * rootfs file is never unlinked; the unlinked files of shmem.c are freed
 * with their last reference.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <linux/highmem.h>
#include <linux/mman.h>
#include <linux/slab.h>
#include <linux/vmstat.h>

#define MAX_RAMFS_FILES	64

static struct super_block rootfs_sb = { .s_dev = RAMFS_DEV };
static struct super_block disk_sb = { .s_dev = DISK_DEV };

/* mm24's emulated disk: each disk file's bytes in a host buffer, kept
 * here (disk_forget() gives them back at a reset), DISK_BYTES in all */
#define DISK_BYTES	(16UL << 20)
static unsigned char *disk_bufs[MAX_RAMFS_FILES];
static int nr_disk_bufs;
static unsigned long disk_used;
static struct dentry *rootfs_files[MAX_RAMFS_FILES];
static int nr_rootfs_files;
static unsigned long last_ino;

/**
 * @brief \~english A new inode of @p sb, with the next inode number.
 *        \~chinese 在 sb 上分配一个新 inode，并给它下一个 inode 号。 \~
 * @param sb \~english the super block \~chinese 超级块 \~
 * @return \~english the inode, or NULL \~chinese 新的索引节点；失败返回 NULL \~
 * @kernel{fs/inode.c,550}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english Inodes are kzalloc()ed, not taken from a file system's
 *         cache (alloc_inode(), inode_cachep, with spin_lock_prefetch() of
 *         the lock to come), so the fields alloc_inode() would set are set
 *         here (atomic_set() of ->i_count, INIT_RADIX_TREE(),
 *         INIT_LIST_HEAD() and spin_lock_init() of the address space); the
 *         inode is not put on the inode lists (list_add() to inode_in_use
 *         and sb->s_inodes under spin_lock() of inode_lock).
 *         \~chinese inode 用 kzalloc() 分配，而不是取自文件系统的高速缓存
 *         （alloc_inode()、inode_cachep，以及对随后要取的锁做的
 *         spin_lock_prefetch()），所以 alloc_inode() 要设置的字段在这里设置
 *         （->i_count 的 atomic_set()，地址空间的 INIT_RADIX_TREE()、
 *         INIT_LIST_HEAD() 与 spin_lock_init()）；inode 也不挂到 inode 链表上
 *         （在 inode_lock 的 spin_lock() 下 list_add() 到 inode_in_use 与
 *         sb->s_inodes）。 \~
 */
struct inode *new_inode(struct super_block *sb)
{
	struct inode *ino = kzalloc(sizeof(*ino), GFP_KERNEL);

	if (ino) {
		ino->i_sb = sb;
		atomic_set(&ino->i_count, 1);
		ino->i_nlink = 1;
		ino->i_mapping = &ino->i_data;
		ino->i_data.host = ino;
		INIT_RADIX_TREE(&ino->i_data.page_tree, GFP_ATOMIC);
		INIT_LIST_HEAD(&ino->i_data.i_mmap);
		spin_lock_init(&ino->i_data.i_mmap_lock);
		ino->i_ino = ++last_ino;
	}
	return ino;
}

/**
 * @brief \~english Drop a reference to an inode; an unlinked one goes with its last.
 *        \~chinese 释放对 inode 的一个引用；已被删除链接的 inode 在最后一个引用时释放。 \~
 * @param ino \~english the inode \~chinese 索引节点 \~
 * @kernel{fs/inode.c,1155}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english Only shmem's unlinked inodes are ever freed, so
 *         shmem_delete_inode() is called directly where 2.6.24 goes
 *         through iput_final(), generic_delete_inode() and the super
 *         block's operations; the inode was kzalloc()ed (destroy_inode()
 *         is a kfree()).  Without inode_lock, atomic_dec_and_test() takes
 *         the place of atomic_dec_and_lock(), in the same test as the
 *         NULL check.
 *         \~chinese 只有 shmem 中已删除链接的 inode 才会被释放，所以这里直接调用
 *         shmem_delete_inode()，而 2.6.24 要经过 iput_final()、
 *         generic_delete_inode() 以及超级块操作表；inode 是 kzalloc() 分配的
 *         （destroy_inode() 就是 kfree()）。没有 inode_lock，于是用
 *         atomic_dec_and_test() 代替 atomic_dec_and_lock()，并与空指针检查合在同一个
 *         条件里。 \~
 */
void iput(struct inode *ino)
{
	if (ino && atomic_dec_and_test(&ino->i_count)) {
		BUG_ON(ino->i_nlink);	/* rootfs files live for ever */
		shmem_delete_inode(ino);
		kfree(ino);
	}
}

/**
 * @brief \~english Drop a reference to a dentry; an unhashed one goes with its last, and its inode with it.
 *        \~chinese 释放对 dentry 的一个引用；未散列的 dentry 在最后一个引用时连同其 inode 一起释放。 \~
 * @param den \~english the dentry \~chinese 目录项 \~
 * @kernel{fs/dcache.c,174}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english No dcache to keep unused dentries in: a hashed
 *         (rootfs) dentry stays for ever, an unhashed one (shmem's) goes
 *         with its last reference.  So atomic_dec_and_test() stands for
 *         atomic_dec_and_lock() of dcache_lock (callers never pass NULL),
 *         and there is no d_lock (spin_lock()), no d_op->d_delete, no LRU
 *         (list_empty(), list_add() to dentry_unused), no __d_drop() and no
 *         `repeat`, `unhash_it` or `kill_it` labels: d_kill() of the dentry
 *         is iput() of its inode and kfree(), and with no parent there is
 *         nothing to go on with.
 *         \~chinese 没有用来保留未用 dentry 的 dcache：已散列的（rootfs 的）dentry
 *         永远保留，未散列的（shmem 的）在最后一个引用时释放。因此用
 *         atomic_dec_and_test() 代替在 dcache_lock 下的 atomic_dec_and_lock()
 *         （调用者从不传入 NULL），也没有 d_lock（spin_lock()）、d_op->d_delete、
 *         LRU（list_empty()、list_add() 到 dentry_unused）、__d_drop()，以及
 *         repeat、unhash_it、kill_it 标号：d_kill() 就是对其 inode 的 iput()
 *         加上 kfree()，而且没有父目录，也就没有下一个要处理的 dentry。 \~
 */
static void dput(struct dentry *den)
{
	if (!atomic_dec_and_test(&den->d_count))
		return;
	/* rootfs's dentries are hashed and kept */
	if (!den->d_unhashed)
		return;
	iput(den->d_inode);
	kfree(den);
}

/**
 * @brief \~english A new dentry named @p name.
 *        \~chinese 分配一个名为 name 的新 dentry。 \~
 * @param name \~english the name, cut to the inline name's size \~chinese 名字，截断为内嵌名字的长度 \~
 * @return \~english the dentry (one reference, unhashed), or NULL if kzalloc() fails \~chinese dentry（一个引用，未散列）；kzalloc() 失败时为 NULL \~
 * @kernel{fs/dcache.c,897}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english No parent, hash or LRU: the name is the whole path,
 *         copied with snprintf() into the dentry (strlen() gives its
 *         length) where 2.6.24 kmalloc()s names longer than
 *         DNAME_INLINE_LEN; the dentry is kzalloc()ed, not a
 *         kmem_cache_alloc() of dentry_cache, and has no lock, hash, LRU
 *         or children to set up (spin_lock_init(), INIT_HLIST_NODE(),
 *         INIT_LIST_HEAD()).
 *         \~chinese 没有父目录、散列表或 LRU：名字就是完整路径，用 snprintf() 复制进
 *         dentry（长度由 strlen() 得到），而 2.6.24 对长于 DNAME_INLINE_LEN 的名字
 *         另行 kmalloc()；dentry 用 kzalloc() 分配，而不是从 dentry_cache 中
 *         kmem_cache_alloc()，也没有锁、散列链、LRU 或子目录需要初始化
 *         （spin_lock_init()、INIT_HLIST_NODE()、INIT_LIST_HEAD()）。 \~
 */
struct dentry *d_alloc(const char *name)
{
	struct dentry *den = kzalloc(sizeof(*den), GFP_KERNEL);

	if (!den)
		return NULL;
	atomic_set(&den->d_count, 1);
	snprintf(den->d_iname, sizeof(den->d_iname), "%s", name);
	den->d_name.name = den->d_iname;
	den->d_name.len = (unsigned int)strlen(den->d_iname);
	den->d_unhashed = 1;
	return den;
}

/**
 * @brief \~english A new open file, with one reference.
 *        \~chinese 分配一个新的打开文件结构，带一个引用。 \~
 * @return \~english the zeroed file with f_count 1, or NULL if kzalloc() fails \~chinese 清零的文件结构，f_count 为 1；kzalloc() 失败时为 NULL \~
 * @kernel{fs/file_table.c,87}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english No file limit (files_stat.max_files: get_nr_files(),
 *         capable(), percpu_counter_sum_positive(), percpu_counter_inc(),
 *         and the `over` label's printk()) and no LSM; the struct is
 *         kzalloc()ed, not a filp_cachep object, so a failure returns NULL
 *         at once (no `fail` label) and there is no list or owner lock to
 *         set up (INIT_LIST_HEAD(), rwlock_init()).
 *         \~chinese 没有文件数上限（files_stat.max_files：get_nr_files()、
 *         capable()、percpu_counter_sum_positive()、percpu_counter_inc()，以及
 *         over 标号处的 printk()），也没有安全模块；结构用 kzalloc() 分配，而不是
 *         filp_cachep 中的对象，所以失败时直接返回 NULL（没有 fail 标号），也没有
 *         链表或属主锁需要初始化（INIT_LIST_HEAD()、rwlock_init()）。 \~
 */
struct file *get_empty_filp(void)
{
	struct file *filp = kzalloc(sizeof(*filp), GFP_KERNEL);

	if (filp == NULL)
		return NULL;
	atomic_set(&filp->f_count, 1);
	return filp;
}

/**
 * @brief \~english The last reference to an open file is gone: close it.
 *        \~chinese 指向打开文件的最后一个引用消失：关闭它。 \~
 * @param filp \~english the file \~chinese 文件 \~
 * @kernel{fs/file_table.c,211}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english No notifications, locks, release method, LSM,
 *         character devices, owner or mount to put (fsnotify_close(),
 *         locks_remove_flock(), S_ISCHR() and cdev_put(), put_pid(),
 *         file_kill(), mntput()): what is left is the writer count
 *         (put_write_access() is its atomic_dec()), the struct (file_free()
 *         is a kfree()) and the dentry.
 *         \~chinese 没有通知、文件锁、release 方法、安全模块、字符设备、属主或挂载点需要
 *         处理（fsnotify_close()、locks_remove_flock()、S_ISCHR() 与 cdev_put()、
 *         put_pid()、file_kill()、mntput()）：剩下的是写者计数（put_write_access()
 *         就是它的 atomic_dec()）、结构本身（file_free() 就是 kfree()）以及 dentry。 \~
 */
static void __fput(struct file *filp)
{
	struct dentry *den = filp->f_path.dentry;
	struct inode *ino = den->d_inode;

	might_sleep();
	if (filp->f_mode & FMODE_WRITE)
		atomic_dec(&ino->i_writecount);
	filp->f_path.dentry = NULL;
	kfree(filp);
	dput(den);
}

/**
 * @brief \~english Drop a reference to an open file; close it on the last one.
 *        \~chinese 释放对打开文件的一个引用；最后一个引用释放时关闭它。 \~
 * @param filp \~english the file \~chinese 文件 \~
 * @kernel{fs/file_table.c,200}
 * @seenotes{chapter-vma,vma-files}
 */
void fput(struct file *filp)
{
	if (atomic_dec_and_test(&filp->f_count))
		__fput(filp);
}

/**
 * @brief \~english Keep writers out of the file's inode (for an executable mapping).
 *        \~chinese 不许写者打开该文件的 inode（用于可执行映射）。 \~
 * @param filp \~english the file \~chinese 文件 \~
 * @return \~english 0, or -ETXTBSY if it is open for writing
 *         \~chinese 成功返回 0；若文件正以写方式打开则返回 -ETXTBSY \~
 * @kernel{fs/namei.c,350}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english The test and the decrement are not under the inode's
 *         i_lock (spin_lock(), spin_unlock()): mm24 runs kernel code on one
 *         emulated CPU at a time and struct inode has no lock.
 *         \~chinese 检查与递减不在 inode 的 i_lock（spin_lock()、spin_unlock()）
 *         保护之下：mm24 同一时刻只在一个模拟 CPU 上执行内核代码，struct inode 也
 *         没有锁。 \~
 */
int deny_write_access(struct file *filp)
{
	struct inode *ino = filp->f_path.dentry->d_inode;

	if (atomic_read(&ino->i_writecount) > 0)
		return -ETXTBSY;
	atomic_dec(&ino->i_writecount);

	return 0;
}

/**
 * @brief \~english Read a page of a ramfs file: there is nothing behind it, so zeroes.
 *        \~chinese 读取 ramfs 文件的一页：背后没有存储，所以是全零。 \~
 * @param filp \~english the file (unused) \~chinese 文件（未用到） \~
 * @param page \~english the locked page cache page to fill; it is unlocked \~chinese 要填充的、已加锁的页高速缓存页；读完后解锁 \~
 * @return \~english 0: the page is zeroed and up to date \~chinese 0：该页已清零并且是最新的 \~
 * @kernel{fs/libfs.c,331}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english unlock_page() is ClearPageLocked(): nothing sleeps on
 *         a page lock in mm24, so there are no waiters to wake.
 *         \~chinese unlock_page() 就是 ClearPageLocked()：mm24 中没有谁在页锁上
 *         睡眠，也就没有需要唤醒的等待者。 \~
 */
static int simple_readpage(struct file *filp, struct page *page)
{
	(void)filp;
	clear_highpage(page);
	SetPageUptodate(page);
	ClearPageLocked(page);
	return 0;
}

static const struct address_space_operations ramfs_aops = {
	.readpage = simple_readpage,
};

static const struct file_operations ramfs_file_operations = {
	.mmap = generic_file_mmap,
};

/**
 * @brief \~english A new ramfs inode: its pages are high memory, read as zeroes.
 *        \~chinese 分配一个新的 ramfs inode：其页取自高端内存，读出来是零。 \~
 * @param sb \~english the super block \~chinese 超级块 \~
 * @param mode \~english S_IFREG (mm24 has only regular files)
 *             \~chinese S_IFREG（mm24 只有普通文件） \~
 * @param dev \~english unused \~chinese 未使用 \~
 * @return \~english the inode, or NULL \~chinese 新的索引节点；失败返回 NULL \~
 * @kernel{fs/ramfs/inode.c,52}
 * @seenotes{chapter-vma,vma-files}
 * @kquirk \~english Only regular files: no directories, symlinks or
 *         special files (init_special_inode()); no owner, times or
 *         backing device.
 *         \~chinese 只有普通文件：没有目录、符号链接或特殊文件
 *         （init_special_inode()）；没有属主、时间戳或后备设备。 \~
 */
struct inode *ramfs_get_inode(struct super_block *sb, int mode, unsigned int dev)
{
	struct inode *ino = new_inode(sb);

	(void)dev;
	if (ino) {
		ino->i_mode = (unsigned int)mode;
		ino->i_mapping->a_ops = &ramfs_aops;
		mapping_set_gfp_mask(ino->i_mapping, GFP_HIGHUSER);
	}
	return ino;
}

/* Fill page @index of @inode from @pattern repeated over the file; the
 * page goes into the page cache, dirty and up to date (simple_write_end()
 * of a write that covers it). */
static int ramfs_fill_page(struct inode *ino, pgoff_t index,
			   const char *pattern)
{
	struct address_space *map = ino->i_mapping;
	size_t plen = strlen(pattern);
	struct page *page = page_cache_alloc(map);
	char *kaddr;
	unsigned long pos = index << PAGE_SHIFT, done, upto = 0, run;
	int err;

	if (!page)
		return -ENOMEM;
	/* the file's bytes below i_size repeat the pattern, the rest are 0:
	 * one period written from the pattern at this page's phase, then
	 * the filled part copied after itself, doubling each time */
	if (plen && pos < (unsigned long)ino->i_size)
		upto = min_t(unsigned long, PAGE_SIZE, ino->i_size - pos);
	kaddr = kmap_atomic(page, KM_USER0);
	for (done = 0; done < upto && done < plen; done++)
		kaddr[done] = pattern[(pos + done) % plen];
	for (; done < upto; done += run) {
		run = min_t(unsigned long, done, upto - done);
		memcpy(kaddr + done, kaddr, run);
	}
	memset(kaddr + upto, 0, PAGE_SIZE - upto);
	kunmap_atomic(kaddr, KM_USER0);

	err = add_to_page_cache(page, map, index, GFP_KERNEL);
	if (!err) {
		SetPageUptodate(page);
		SetPageDirty(page);	/* nothing to write it back to */
		ClearPageLocked(page);
	}
	/* the page cache keeps its own reference */
	page_cache_release(page);
	return err;
}

/* d_add() of @ino's dentry named @path to rootfs's flat directory. */
static struct inode *rootfs_add(const char *path, struct inode *ino)
{
	struct dentry *den = d_alloc(path);

	if (!den)
		return ERR_PTR(-ENOMEM);
	den->d_inode = ino;
	den->d_unhashed = 0;		/* d_add(): in the dcache */
	rootfs_files[nr_rootfs_files++] = den;
	return ino;
}

struct inode *ramfs_create_file(const char *path, unsigned long size,
				const char *pattern, int readonly,
				const struct elf_image *image)
{
	struct inode *ino;
	struct dentry *den;
	pgoff_t index;
	int err;

	if (strlen(path) >= sizeof(den->d_iname))
		return ERR_PTR(-ENAMETOOLONG);
	if (ramfs_lookup(path))
		return ERR_PTR(-EEXIST);
	if (nr_rootfs_files == MAX_RAMFS_FILES)
		return ERR_PTR(-ENOSPC);

	ino = ramfs_get_inode(&rootfs_sb, S_IFREG | (readonly ? 0444 : 0644), 0);
	if (!ino)
		return ERR_PTR(-ENOMEM);
	ino->i_size = (long long)size;
	if (image) {
		struct elf_image *copy = kmalloc(sizeof(*copy), GFP_KERNEL);

		if (!copy) {
			kfree(ino);
			return ERR_PTR(-ENOMEM);
		}
		*copy = *image;
		ino->i_private = copy;
	}
	for (index = 0; index < (size + PAGE_SIZE - 1) >> PAGE_SHIFT; index++) {
		err = ramfs_fill_page(ino, index, pattern);
		if (err)
			return ERR_PTR(err);	/* pages and inode stay */
	}
	return rootfs_add(path, ino);
}

/* ->readpage of a file on mm24's emulated disk: the page's bytes come
 * from the disk (the host buffer i_disk), zeroes past the end of the
 * file; the read is synchronous, so the page is up to date and unlocked
 * when it returns (mpage_readpage() and the end of its bio, in one). */
static int disk_readpage(struct file *filp, struct page *page)
{
	struct inode *ino = page->mapping->host;
	unsigned long pos = (unsigned long)page->index << PAGE_SHIFT, n = 0;
	char *kaddr;

	(void)filp;
	if (pos < (unsigned long)ino->i_size)
		n = min_t(unsigned long, PAGE_SIZE, ino->i_size - pos);
	kaddr = kmap_atomic(page, KM_USER0);
	memcpy(kaddr, ino->i_disk + pos, n);
	memset(kaddr + n, 0, PAGE_SIZE - n);
	kunmap_atomic(kaddr, KM_USER0);
	SetPageUptodate(page);
	ClearPageLocked(page);		/* unlock_page(): the read is done */
	return 0;
}

static const struct address_space_operations disk_aops = {
	.readpage = disk_readpage,
};

struct inode *disk_create_file(const char *path, unsigned long size,
			       const char *pattern, int readonly)
{
	size_t plen = strlen(pattern);
	struct inode *ino;
	unsigned long done, run;

	if (strlen(path) >= sizeof(rootfs_files[0]->d_iname))
		return ERR_PTR(-ENAMETOOLONG);
	if (ramfs_lookup(path))
		return ERR_PTR(-EEXIST);
	if (nr_rootfs_files == MAX_RAMFS_FILES)
		return ERR_PTR(-ENOSPC);

	if (size > DISK_BYTES - disk_used)
		return ERR_PTR(-ENOSPC);

	ino = new_inode(&disk_sb);
	if (!ino)
		return ERR_PTR(-ENOMEM);
	/* the disk: host memory, as the emulated RAM is */
	ino->i_disk = malloc(size ? size : 1);
	if (!ino->i_disk) {
		kfree(ino);
		return ERR_PTR(-ENOMEM);
	}
	disk_bufs[nr_disk_bufs++] = ino->i_disk;
	disk_used += size;
	/* the pattern once, then the bytes so far doubled: a multiple of
	 * the pattern's length is copied each time */
	done = min_t(unsigned long, plen, size);
	memcpy(ino->i_disk, pattern, done);
	memset(ino->i_disk + done, 0, size - done);	/* no pattern: 0s */
	for (; plen && done < size; done += run) {
		run = min_t(unsigned long, done, size - done);
		memcpy(ino->i_disk + done, ino->i_disk, run);
	}
	ino->i_mode = S_IFREG | (readonly ? 0444 : 0644);
	ino->i_size = (long long)size;
	ino->i_mapping->a_ops = &disk_aops;
	mapping_set_gfp_mask(ino->i_mapping, GFP_HIGHUSER);
	return rootfs_add(path, ino);
}

static struct dentry *ramfs_lookup_dentry(const char *path)
{
	int i;

	for (i = 0; i < nr_rootfs_files; i++)
		if (!strcmp(rootfs_files[i]->d_name.name, path))
			return rootfs_files[i];
	return NULL;
}

void disk_forget(void)
{
	while (nr_disk_bufs)
		free(disk_bufs[--nr_disk_bufs]);
	disk_used = 0;
}

struct inode *ramfs_lookup(const char *path)
{
	struct dentry *den = ramfs_lookup_dentry(path);

	return den ? den->d_inode : NULL;
}

void ramfs_for_each(void (*fn)(struct inode *ino, const char *path,
			       void *arg), void *arg)
{
	int i;

	for (i = 0; i < nr_rootfs_files; i++)
		fn(rootfs_files[i]->d_inode, rootfs_files[i]->d_name.name, arg);
}

/* open(2) of a rootfs file: for reading, and for writing too when
 * @write and the file is writable (0644); NULL when there is no such
 * file, ERR_PTR(-EACCES) for writing a read-only one. */
struct file *filp_open(const char *path, int write)
{
	struct dentry *den = ramfs_lookup_dentry(path);
	struct inode *ino;
	struct file *filp;

	if (!den)
		return NULL;
	ino = den->d_inode;
	if (write && !(ino->i_mode & 0200))
		return ERR_PTR(-EACCES);
	if (write && atomic_read(&ino->i_writecount) < 0)
		return ERR_PTR(-ETXTBSY);	/* get_write_access() */
	filp = get_empty_filp();
	if (!filp)
		return ERR_PTR(-ENFILE);
	filp->f_mode = FMODE_READ | (write ? FMODE_WRITE : 0);
	if (write)
		atomic_inc(&ino->i_writecount);
	filp->f_path.dentry = den;
	atomic_inc(&den->d_count);
	filp->f_mapping = ino->i_mapping;
	filp->f_op = &ramfs_file_operations;
	return filp;
}
