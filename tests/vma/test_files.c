/*
 * test_files.c - file mappings and the page cache: a file's VMAs on its
 * i_mmap list, the file's references, VM_DENYWRITE against writers,
 * shared writable mappings, merging by file offset, the pages of a file
 * in its radix tree (find_get_page(), add_to_page_cache()), and shared
 * anonymous memory as an unlinked tmpfs file.
 */
#include <stdlib.h>
#include "vma_test.h"
#include <linux/gfp.h>
#include <linux/highmem.h>
#include <linux/vmstat.h>

#define AT	0x10000000UL
#define P(n)	(AT + (n) * PAGE_SIZE)

static int end_task(void **state)
{
	(void)state;
	assert_int_equal(vma_check_all(), 0);
	do_exit(0);
	return 0;
}

static int on_list(struct list_head *head, struct list_head *node)
{
	struct list_head *p;
	int n = 0;

	list_for_each(p, head)
		n += p == node;
	return n;
}

static struct file *open_or_make(const char *path, unsigned long size,
				 const char *pattern, int write)
{
	struct file *f;

	if (!ramfs_lookup(path))
		assert_false(IS_ERR(ramfs_create_file(path, size, pattern, 0, NULL)));
	f = filp_open(path, write);
	assert_non_null(f);
	assert_false(IS_ERR(f));
	return f;
}

/* A private read-only mapping of a file: its maps line, the VMA on
 * i_mmap, one more reference to the file while it is mapped. */
static void test_private_file_mapping(void **state)
{
	struct file *f = open_or_make("/lib/data", 5 * PAGE_SIZE, "d", 0);
	struct inode *ino = f->f_path.dentry->d_inode;
	struct vm_area_struct *v;
	char line[128], maps[4096];
	long addr;

	(void)state;
	addr = vt_mmap_file(0, 3 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, f, 2 * PAGE_SIZE);
	assert_int_equal(addr, VT_MMAP_BASE - 3 * PAGE_SIZE);
	v = vt_vma_at((unsigned long)addr);
	assert_ptr_equal(v->vm_file, f);
	assert_int_equal(v->vm_pgoff, 2);
	assert_int_equal(atomic_read(&f->f_count), 2);
	assert_int_equal(on_list(&ino->i_mapping->i_mmap, &v->shared.vm_set.list), 1);
	/* VM_MAYWRITE: a private mapping may be made writable */
	assert_true(v->vm_flags & VM_MAYWRITE);
	assert_false(v->vm_flags & (VM_SHARED | VM_MAYSHARE));
	vt_maps_line(line, sizeof(line), (unsigned long)addr,
		     (unsigned long)addr + 3 * PAGE_SIZE, "r--p", 2 * PAGE_SIZE,
		     RAMFS_DEV, ino->i_ino, "/lib/data");
	assert_non_null(strstr(vt_maps(maps, sizeof(maps)), line));
	fput(f);				/* close(): the VMA keeps it */
	assert_int_equal(atomic_read(&v->vm_file->f_count), 1);
	assert_int_equal(sys_munmap((unsigned long)addr, 3 * PAGE_SIZE), 0);
	assert_true(list_empty(&ino->i_mapping->i_mmap));
}

/* Consecutive pieces of a file merge when their offsets follow on. */
static void test_file_pieces_merge_by_offset(void **state)
{
	struct file *f = open_or_make("/lib/data", 5 * PAGE_SIZE, "d", 0);
	const unsigned long fixed = MAP_PRIVATE | MAP_FIXED;

	(void)state;
	assert_int_equal(vt_mmap_file(P(0), 2 * PAGE_SIZE, PROT_READ, fixed, f, 0), P(0));
	assert_int_equal(vt_mmap_file(P(2), PAGE_SIZE, PROT_READ, fixed, f,
				      2 * PAGE_SIZE), P(2));
	assert_int_equal(vt_vma_at(P(0))->vm_end, P(3));	/* merged */
	/* offset 4 pages at P(3): page 3 is skipped, no merge */
	assert_int_equal(vt_mmap_file(P(3), PAGE_SIZE, PROT_READ, fixed, f,
				      4 * PAGE_SIZE), P(3));
	assert_int_equal(vt_vma_at(P(0))->vm_end, P(3));
	assert_int_equal(vt_vma_at(P(3))->vm_pgoff, 4);
	/* an anonymous mapping never merges with a file one */
	assert_int_equal(vt_mmap(P(4), PAGE_SIZE, PROT_READ, VT_ANON | MAP_FIXED), P(4));
	assert_int_equal(vt_vma_at(P(4))->vm_end, P(5));
	assert_int_equal(sys_munmap(P(0), 5 * PAGE_SIZE), 0);
	fput(f);
}

/* MAP_SHARED: writable only through a file opened for writing; the
 * mapping counts in i_mmap_writable; a read-only opened file's shared
 * mapping loses VM_MAYWRITE, so mprotect() cannot make it writable. */
static void test_shared_file_mappings(void **state)
{
	struct file *ro = open_or_make("/shared", 2 * PAGE_SIZE, "s", 0);
	struct file *rw = filp_open("/shared", 1);
	struct address_space *map = ro->f_mapping;
	long a, b;

	(void)state;
	assert_int_equal(vt_mmap_file(0, PAGE_SIZE, VT_RW, MAP_SHARED, ro, 0), -EACCES);
	a = vt_mmap_file(0, PAGE_SIZE, PROT_READ, MAP_SHARED, ro, 0);
	assert_true(a > 0);
	assert_false(vt_vma_at((unsigned long)a)->vm_flags & (VM_MAYWRITE | VM_SHARED));
	assert_true(vt_vma_at((unsigned long)a)->vm_flags & VM_MAYSHARE);
	assert_int_equal(sys_mprotect((unsigned long)a, PAGE_SIZE, VT_RW), -EACCES);
	assert_int_equal(map->i_mmap_writable, 0);

	b = vt_mmap_file(0, 2 * PAGE_SIZE, VT_RW, MAP_SHARED, rw, 0);
	assert_true(b > 0);
	assert_true(vt_vma_at((unsigned long)b)->vm_flags & VM_SHARED);
	assert_int_equal(map->i_mmap_writable, 1);
	/* shared file mappings are not charged: no VM_ACCOUNT */
	assert_false(vt_vma_at((unsigned long)b)->vm_flags & VM_ACCOUNT);
	/* the maps line says s */
	{
		char maps[4096], want[64];

		snprintf(want, sizeof(want), "%08lx-%08lx rw-s 00000000 00:01",
			 b, b + 2 * PAGE_SIZE);
		assert_non_null(strstr(vt_maps(maps, sizeof(maps)), want));
	}
	assert_int_equal(sys_munmap((unsigned long)b, 2 * PAGE_SIZE), 0);
	assert_int_equal(map->i_mmap_writable, 0);
	assert_int_equal(sys_munmap((unsigned long)a, PAGE_SIZE), 0);
	fput(ro);
	fput(rw);
}

/* A program's text is VM_DENYWRITE: no one may open it for writing while
 * it runs (ETXTBSY); mmap() of user space ignores MAP_DENYWRITE. */
static void test_denywrite(void **state)
{
	struct inode *prog = ramfs_lookup("/bin/t");
	struct file *f;
	long a;

	(void)state;
	assert_true(vt_vma_at(VT_BASE)->vm_flags & VM_DENYWRITE);
	assert_true(atomic_read(&prog->i_writecount) < 0);
	assert_ptr_equal(filp_open("/bin/t", 1), ERR_PTR(-ETXTBSY));
	f = open_or_make("/lib/data", 5 * PAGE_SIZE, "d", 0);
	a = vt_mmap_file(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE | MAP_DENYWRITE, f, 0);
	assert_true(a > 0);
	assert_false(vt_vma_at((unsigned long)a)->vm_flags & VM_DENYWRITE);
	assert_int_equal(atomic_read(&f->f_path.dentry->d_inode->i_writecount), 0);
	assert_int_equal(sys_munmap((unsigned long)a, PAGE_SIZE), 0);
	fput(f);
}

static void test_file_mmap_errors(void **state)
{
	struct file *f = open_or_make("/lib/data", 5 * PAGE_SIZE, "d", 0);
	struct file nommap;

	(void)state;
	/* a file not open for reading: EACCES, before the test of ->mmap
	 * (ENODEV), which comes last */
	memset(&nommap, 0, sizeof(nommap));
	atomic_set(&nommap.f_count, 1);
	assert_int_equal(sys_mmap2(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, &nommap, 0),
			 -EACCES);
	nommap.f_mode = FMODE_READ;
	assert_int_equal(sys_mmap2(0, PAGE_SIZE, PROT_READ, MAP_PRIVATE, &nommap, 0),
			 -ENODEV);
	assert_int_equal(atomic_read(&nommap.f_count), 1);
	/* pgoff + pages wraps around in 32 bits */
	assert_int_equal(sys_mmap2(0, 2 * PAGE_SIZE, PROT_READ, MAP_PRIVATE, f,
				   0xffffffffUL), -EOVERFLOW);
	/* neither shared nor private */
	assert_int_equal(vt_mmap_file(0, PAGE_SIZE, PROT_READ, 0, f, 0), -EINVAL);
	fput(f);
}

/* NR_FILE_PAGES with every CPU's unfolded part: the exact count. */
static unsigned long file_pages(void)
{
	long n = (long)global_page_state(NR_FILE_PAGES);
	struct zone *z;
	int cpu;

	for_each_zone(z)
		for_each_online_cpu(cpu)
			n += zone_pcp(z, cpu)->vm_stat_diff[NR_FILE_PAGES];
	return (unsigned long)n;
}

/* The pages of a file: page i holds the pattern from byte i * 4096, the
 * tail past i_size is zero; find_get_page() takes a reference. */
static void test_page_cache_holds_the_file(void **state)
{
	unsigned long cached = file_pages();
	struct inode *ino = ramfs_create_file("/pc", 3 * PAGE_SIZE + 10, "abc", 0, NULL);
	struct address_space *map;
	struct page *pg, *extra;
	unsigned long i;

	(void)state;
	assert_false(IS_ERR(ino));
	map = ino->i_mapping;
	assert_int_equal(map->nrpages, 4);
	assert_int_equal(file_pages(), cached + 4);
	for (i = 0; i < 4; i++) {
		char *k;
		int count;

		pg = find_get_page(map, i);
		assert_non_null(pg);
		assert_ptr_equal(pg->mapping, map);
		assert_int_equal(pg->index, i);
		count = page_count(pg);
		assert_int_equal(count, 2);		/* the cache's and ours */
		k = kmap_atomic(pg, KM_USER0);
		/* bytes 0, 9, 10 and 100 of the page: the pattern up to
		 * i_size (3 pages and 10 bytes), zeroes after */
		assert_int_equal(k[0], "abc"[(i * PAGE_SIZE) % 3]);
		assert_int_equal(k[9], "abc"[(i * PAGE_SIZE + 9) % 3]);
		assert_int_equal(k[10], i == 3 ? 0 : "abc"[(i * PAGE_SIZE + 10) % 3]);
		assert_int_equal(k[100], i == 3 ? 0 : "abc"[(i * PAGE_SIZE + 100) % 3]);
		kunmap_atomic(k, KM_USER0);
		page_cache_release(pg);
		assert_int_equal(page_count(pg), 1);
	}
	assert_null(find_get_page(map, 4));
	assert_null(find_get_page(map, 1UL << 20));
	/* a second page for an index that has one */
	extra = alloc_page(GFP_KERNEL);
	assert_int_equal(add_to_page_cache(extra, map, 2, GFP_KERNEL), -EEXIST);
	assert_int_equal(page_count(extra), 1);
	/* a far index: the tree grows, the page is found there */
	assert_int_equal(add_to_page_cache(extra, map, 100000, GFP_KERNEL), 0);
	assert_ptr_equal(find_get_page(map, 100000), extra);
	assert_int_equal(map->nrpages, 5);
	page_cache_release(extra);
	assert_int_equal(vma_check_all(), 0);	/* checks the radix trees */
}

/* MAP_SHARED|MAP_ANONYMOUS: an unlinked tmpfs file, charged by its
 * size (shmem_acct_size()), gone with its last mapping. */
static void test_shared_anonymous_memory(void **state)
{
	long before = atomic_read(&vm_committed_space) +
		      vm_acct_pending(smp_processor_id());
	struct vm_area_struct *v;
	struct inode *ino;
	char maps[4096], want[160];
	long a;

	(void)state;
	a = vt_mmap(0, 3 * PAGE_SIZE, VT_RW, MAP_SHARED | MAP_ANONYMOUS);
	assert_true(a > 0);
	v = vt_vma_at((unsigned long)a);
	assert_non_null(v->vm_file);
	assert_true(v->vm_flags & VM_SHARED);
	/* VM_ACCOUNT only told shmem_zero_setup() to charge the object;
	 * mmap_region() takes it off the VMA afterwards */
	assert_false(v->vm_flags & VM_ACCOUNT);
	ino = v->vm_file->f_path.dentry->d_inode;
	assert_int_equal(ino->i_size, 3 * PAGE_SIZE);
	assert_int_equal(ino->i_nlink, 0);
	assert_int_equal(atomic_read(&vm_committed_space) +
			 vm_acct_pending(smp_processor_id()), before + 3);
	vt_maps_line(want, sizeof(want), (unsigned long)a,
		     (unsigned long)a + 3 * PAGE_SIZE, "rw-s", 0, MKDEV(0, 7),
		     ino->i_ino, "/dev/zero (deleted)");
	assert_non_null(strstr(vt_maps(maps, sizeof(maps)), want));
	/* a split keeps both halves on the one file */
	assert_int_equal(sys_munmap((unsigned long)a + PAGE_SIZE, PAGE_SIZE), 0);
	assert_ptr_equal(vt_vma_at((unsigned long)a + 2 * PAGE_SIZE)->vm_file,
			 vt_vma_at((unsigned long)a)->vm_file);
	/* the charge is the object's: it stays until the file goes */
	assert_int_equal(atomic_read(&vm_committed_space) +
			 vm_acct_pending(smp_processor_id()), before + 3);
	assert_int_equal(sys_munmap((unsigned long)a, 3 * PAGE_SIZE), 0);
	assert_int_equal(atomic_read(&vm_committed_space) +
			 vm_acct_pending(smp_processor_id()), before);
}

int main(void)
{
	static const char *const configs[] = { "mem=256M", "mem=64M cpus=2" };
#define T(f)	cmocka_unit_test_setup_teardown(f, vt_start_task, end_task)
	const struct CMUnitTest tests[] = {
		T(test_private_file_mapping),
		T(test_file_pieces_merge_by_offset),
		T(test_shared_file_mappings),
		T(test_denywrite),
		T(test_file_mmap_errors),
		T(test_page_cache_holds_the_file),
		T(test_shared_anonymous_memory),
	};
#undef T

	return run_group_per_config("vma_files", tests, ARRAY_SIZE(tests),
				    vt_setup, configs, ARRAY_SIZE(configs));
}
