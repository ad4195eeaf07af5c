/*
 * vma_check.c - mm24's invariant checker for address spaces (not kernel
 * code: 2.6.24's validate_mm() under DEBUG_MM_RB checks the first three).
 *
 * For each mm:
 *  1. the VMA list is sorted, its VMAs page aligned, non-empty, below
 *     TASK_SIZE, not overlapping, and theirs (vm_mm);
 *  2. the red-black tree holds the same VMAs in the same order: root
 *     black, no red node with a red child, the same black height on
 *     every path, parent pointers right;
 *  3. map_count is the number of VMAs, and mmap_cache one of them;
 *  4. total_vm, locked_vm, shared_vm, exec_vm, stack_vm and reserved_vm
 *     are the sums that vm_stat_account()'s rules give;
 *  5. every VMA with an anon_vma is on its list and the lists hold only
 *     such VMAs; every file VMA is on its file's i_mmap list, and
 *     i_mmap_writable counts the shared ones;
 *  6. the page directory's kernel half is swapper_pg_dir's (or an entry
 *     not copied yet), nr_ptes counts the user page tables.
 * Across the machine (vma_check_all()):
 *  7. vm_committed_space, with each CPU's unfolded part, is the sum of
 *     the VM_ACCOUNT pages of every mm and of the shmem objects' charges;
 *  8. each CPU that runs a task of an mm has its directory in CR3 and is
 *     in its cpu_vm_mask;
 *  9. each rootfs file's radix tree is well formed and holds nrpages.
 * Each broken invariant is reported with printk and counted.
 */
#include <linux/mman.h>
#include <asm/mmu_context.h>

#define complain(...)	do { printk(KERN_ERR "vma_check: " __VA_ARGS__); \
			     bad++; } while (0)

/* Walk the subtree at @n: in order, against the list (*next), checking
 * colours and parents; returns its black height, -1 if broken. */
static int check_subtree(struct mm_struct *mm, struct rb_node *n,
			 struct rb_node *parent, struct vm_area_struct **next,
			 int *bad_out)
{
	int left, right, bad = 0;
	struct vm_area_struct *vma;

	if (!n)
		return 1;
	if (rb_parent(n) != parent)
		complain("mm %08lx: node with a wrong parent\n", i386_addr(mm));
	if (rb_is_red(n) && ((n->rb_left && rb_is_red(n->rb_left)) ||
			     (n->rb_right && rb_is_red(n->rb_right))))
		complain("mm %08lx: a red node with a red child\n",
			 i386_addr(mm));
	left = check_subtree(mm, n->rb_left, n, next, bad_out);
	vma = rb_entry(n, struct vm_area_struct, vm_rb);
	if (vma != *next)
		complain("mm %08lx: tree has %08lx-%08lx where the list has "
			 "%08lx\n", i386_addr(mm), vma->vm_start, vma->vm_end,
			 *next ? (*next)->vm_start : 0UL);
	else
		*next = vma->vm_next;
	right = check_subtree(mm, n->rb_right, n, next, bad_out);
	if (left != right || left < 0) {
		if (left >= 0 && right >= 0)
			complain("mm %08lx: black heights %d and %d\n",
				 i386_addr(mm), left, right);
		*bad_out += bad;
		return -1;
	}
	*bad_out += bad;
	return left + (int)rb_is_black(n);
}

/* The sums of rule 4, and the VM_ACCOUNT pages (rule 7). */
struct vm_sums {
	unsigned long total, locked, shared, exec, stack, reserved, account;
};

static void add_vma(struct vm_sums *s, const struct vm_area_struct *vma)
{
	unsigned long pages = (vma->vm_end - vma->vm_start) >> PAGE_SHIFT;
	unsigned long f = vma->vm_flags;

	s->total += pages;
	if (f & VM_LOCKED)
		s->locked += pages;
	if (vma->vm_file) {
		s->shared += pages;
		if ((f & (VM_EXEC | VM_WRITE)) == VM_EXEC)
			s->exec += pages;
	} else if (f & (VM_GROWSUP | VM_GROWSDOWN))
		s->stack += pages;
	if (f & (VM_RESERVED | VM_IO))
		s->reserved += pages;
	if (f & VM_ACCOUNT)
		s->account += pages;
}

static int check_links(struct mm_struct *mm, struct vm_area_struct *vma)
{
	struct vm_area_struct *other;
	int bad = 0, found = 0;

	if (vma->anon_vma) {
		list_for_each_entry(other, &vma->anon_vma->head, anon_vma_node) {
			if (other == vma)
				found++;
			if (other->anon_vma != vma->anon_vma)
				complain("anon_vma %08lx lists a VMA of another\n",
					 i386_addr(vma->anon_vma));
		}
		if (found != 1)
			complain("mm %08lx: %08lx-%08lx is %d times on its "
				 "anon_vma\n", i386_addr(mm), vma->vm_start,
				 vma->vm_end, found);
	}
	if (vma->vm_file) {
		struct address_space *mapping = vma->vm_file->f_mapping;

		found = 0;
		list_for_each_entry(other, &mapping->i_mmap, shared.vm_set.list)
			if (other == vma)
				found++;
		if (found != 1)
			complain("mm %08lx: %08lx-%08lx is %d times on its "
				 "file's i_mmap\n", i386_addr(mm),
				 vma->vm_start, vma->vm_end, found);
	}
	return bad;
}

static int check_pgd(struct mm_struct *mm)
{
	unsigned long tables = 0;
	int bad = 0, i;

	for (i = 0; i < PTRS_PER_PGD; i++) {
		unsigned long e = (unsigned long)pgd_val(mm->pgd[i]);

		if (i < (int)USER_PTRS_PER_PGD) {
			if (e & _PAGE_PRESENT)
				tables++;
			continue;
		}
		if (e && e != pgd_val(swapper_pg_dir[i]))
			complain("mm %08lx: kernel PDE %d is %08lx, swapper's "
				 "%08lx\n", i386_addr(mm), i, e,
				 (unsigned long)pgd_val(swapper_pg_dir[i]));
	}
	if (tables != mm->nr_ptes)
		complain("mm %08lx: %lu user page tables, nr_ptes %lu\n",
			 i386_addr(mm), tables, mm->nr_ptes);
	return bad;
}

static int vma_check_sums(struct mm_struct *mm, unsigned long *accounted)
{
	struct vm_sums s = { 0, 0, 0, 0, 0, 0, 0 };
	struct vm_area_struct *vma;
	int bad = 0;

	for (vma = mm->mmap; vma; vma = vma->vm_next)
		add_vma(&s, vma);
	if (s.total != mm->total_vm || s.locked != mm->locked_vm ||
	    s.shared != mm->shared_vm || s.exec != mm->exec_vm ||
	    s.stack != mm->stack_vm || s.reserved != mm->reserved_vm)
		complain("mm %08lx: counters total/locked/shared/exec/stack/"
			 "reserved %lu/%lu/%lu/%lu/%lu/%lu, VMAs say "
			 "%lu/%lu/%lu/%lu/%lu/%lu\n", i386_addr(mm),
			 mm->total_vm, mm->locked_vm, mm->shared_vm,
			 mm->exec_vm, mm->stack_vm, mm->reserved_vm, s.total,
			 s.locked, s.shared, s.exec, s.stack, s.reserved);
	*accounted += s.account;
	return bad;
}

/* Rules 1 to 6 for @mm; adds its VM_ACCOUNT pages to *accounted. */
static int __vma_check(struct mm_struct *mm, unsigned long *accounted)
{
	struct vm_area_struct *vma, *next, *prev = NULL;
	int bad = 0, count = 0, cache_seen = !mm->mmap_cache;
	struct rb_node *root = mm->mm_rb.rb_node;

	for (vma = mm->mmap; vma; prev = vma, vma = vma->vm_next) {
		count++;
		if (vma->vm_mm != mm)
			complain("mm %08lx: VMA %08lx-%08lx of mm %08lx\n",
				 i386_addr(mm), vma->vm_start, vma->vm_end,
				 i386_addr(vma->vm_mm));
		if ((vma->vm_start | vma->vm_end) & ~PAGE_MASK ||
		    vma->vm_start >= vma->vm_end || vma->vm_end > TASK_SIZE)
			complain("mm %08lx: bad VMA %08lx-%08lx\n",
				 i386_addr(mm), vma->vm_start, vma->vm_end);
		if (prev && prev->vm_end > vma->vm_start)
			complain("mm %08lx: %08lx-%08lx overlaps or precedes "
				 "%08lx-%08lx\n", i386_addr(mm), vma->vm_start,
				 vma->vm_end, prev->vm_start, prev->vm_end);
		if (vma == mm->mmap_cache)
			cache_seen = 1;
		bad += check_links(mm, vma);
		if (count > mm->map_count + 1)
			break;		/* a loop: stop here */
	}
	if (count != mm->map_count)
		complain("mm %08lx: map_count %d, list %d\n", i386_addr(mm),
			 mm->map_count, count);
	if (!cache_seen)
		complain("mm %08lx: mmap_cache is not one of its VMAs\n",
			 i386_addr(mm));
	if (root && rb_is_red(root))
		complain("mm %08lx: red root\n", i386_addr(mm));
	next = mm->mmap;
	check_subtree(mm, root, NULL, &next, &bad);
	if (next)
		complain("mm %08lx: %08lx-%08lx is on the list, not in the "
			 "tree\n", i386_addr(mm), next->vm_start, next->vm_end);
	bad += vma_check_sums(mm, accounted);
	bad += check_pgd(mm);
	return bad;
}

int vma_check(struct mm_struct *mm)
{
	unsigned long accounted = 0;

	return __vma_check(mm, &accounted);
}

/* The shmem charges and the file checks (rules 7 and 9): a file's
 * i_mmap must only hold VMAs that map it. */
struct file_walk {
	int bad;
};

static void check_file(struct inode *inode, const char *path, void *arg)
{
	struct file_walk *w = arg;
	struct address_space *mapping = inode->i_mapping;
	struct vm_area_struct *vma;
	unsigned long items;
	unsigned int writable = 0;
	int bad = 0;

	if (radix_tree_check(&mapping->page_tree, &items))
		complain("%s: its radix tree is broken\n", path);
	if (items != mapping->nrpages)
		complain("%s: %lu pages in the tree, nrpages %lu\n", path,
			 items, mapping->nrpages);
	list_for_each_entry(vma, &mapping->i_mmap, shared.vm_set.list) {
		if (!vma->vm_file || vma->vm_file->f_mapping != mapping)
			complain("%s: i_mmap lists a VMA of another file\n",
				 path);
		if (vma->vm_flags & VM_SHARED)
			writable++;
	}
	if (writable != mapping->i_mmap_writable)
		complain("%s: %u shared writable VMAs, i_mmap_writable %u\n",
			 path, writable, mapping->i_mmap_writable);
	w->bad += bad;
}

/* Each distinct shmem inode mapped by @mm, charged once (rule 7). */
static unsigned long shmem_charges(struct mm_struct *mm, struct inode **seen,
				   int *nr_seen, int room)
{
	struct vm_area_struct *vma;
	unsigned long pages = 0;
	int i;

	for (vma = mm->mmap; vma; vma = vma->vm_next) {
		struct inode *inode;
		const unsigned long *charge;

		if (!vma->vm_file)
			continue;
		inode = vma->vm_file->f_path.dentry->d_inode;
		if (inode->i_sb->s_dev == RAMFS_DEV || !inode->i_private)
			continue;
		for (i = 0; i < *nr_seen; i++)
			if (seen[i] == inode)
				break;
		if (i < *nr_seen || *nr_seen == room)
			continue;
		seen[(*nr_seen)++] = inode;
		charge = inode->i_private;	/* shmem_inode_info.flags */
		if (*charge & VM_ACCOUNT)
			pages += (unsigned long)(PAGE_ALIGN(inode->i_size) >>
						 PAGE_SHIFT);
	}
	return pages;
}

int vma_check_all(void)
{
	static struct inode *seen[4096];
	struct task_struct *p;
	struct file_walk w = { 0 };
	unsigned long accounted = 0;
	long committed;
	int bad = 0, nr_seen = 0, cpu;

	list_for_each_entry(p, &init_task.tasks, tasks) {
		struct task_struct *q;
		int first = 1;

		if (!p->mm)
			continue;
		/* an mm shared by several tasks (vfork) is checked once */
		list_for_each_entry(q, &init_task.tasks, tasks) {
			if (q == p)
				break;
			if (q->mm == p->mm)
				first = 0;
		}
		if (!first)
			continue;
		if (atomic_read(&p->mm->mm_users) < 1 ||
		    atomic_read(&p->mm->mm_count) < 1)
			complain("mm %08lx of %s: mm_users %d, mm_count %d\n",
				 i386_addr(p->mm), p->comm,
				 atomic_read(&p->mm->mm_users),
				 atomic_read(&p->mm->mm_count));
		bad += __vma_check(p->mm, &accounted);
		accounted += shmem_charges(p->mm, seen, &nr_seen,
					   (int)ARRAY_SIZE(seen));
	}

	committed = atomic_read(&vm_committed_space);
	for_each_online_cpu(cpu)
		committed += vm_acct_pending(cpu);
	if (committed != (long)accounted)
		complain("committed %ld pages, the VM_ACCOUNT VMAs and shmem "
			 "objects hold %lu\n", committed, accounted);

	for_each_online_cpu(cpu) {
		struct task_struct *t = current_task_of[cpu];
		struct tlb_state *st = &per_cpu(cpu_tlbstate, cpu);

		if (!t->mm)
			continue;
		if (i386_cpus[cpu].cr3 != __pa(t->mm->pgd))
			complain("cpu %d runs %s but CR3 is %08x\n", cpu,
				 t->comm, i386_cpus[cpu].cr3);
		if (!cpu_isset(cpu, t->mm->cpu_vm_mask))
			complain("cpu %d runs %s, not in its cpu_vm_mask\n",
				 cpu, t->comm);
		if (st->active_mm != t->mm || st->state != TLBSTATE_OK)
			complain("cpu %d runs %s, tlbstate says otherwise\n",
				 cpu, t->comm);
	}

	ramfs_for_each(check_file, &w);
	return bad + w.bad;
}
