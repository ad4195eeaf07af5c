/**
 * @file
 * @brief \~english The radix tree that indexes a file's pages in the page cache.
 *        \~chinese 为页高速缓存中文件的页建立索引的基数树。 \~
 *
 * radix-tree.c (vma unit) - lib/radix-tree.c: insert, lookup and delete.
 *
 * A tree of height h maps indices 0 .. 64^h - 1 (6 bits per level,
 * RADIX_TREE_MAP_SHIFT); each node has 64 slots, and counts the ones in
 * use.  An index is cut into 6-bit digits, the most significant first:
 *
 *     index 0x12345 (height 3):  [  4  ] [  35  ] [  5  ]
 *                                 root    level 2   leaf slot
 *
 * A tree holding only index 0 has height 0 and keeps the item in
 * root->rnode directly; otherwise rnode points at the top node, marked
 * "indirect" by its lowest bit so the two cases can be told apart.
 *  - insert: grow the tree on top (radix_tree_extend()) until the index
 *    fits, then walk down creating missing nodes;
 *  - delete: clear the slot, free the nodes that become empty going up,
 *    and shrink the height while the top node only uses slot 0.
 * Nodes come from the "radix_tree_node" cache; radix_tree_preload()
 * fills a per-CPU reserve first, so an insert under a spinlock finds its
 * nodes without sleeping.
 *
 * The tree lives in the vma unit, not in lib: its nodes come from the
 * slab allocator, which lib may not call.
 */
#include <string.h>
#include <linux/mman.h>
#include <linux/percpu.h>
#include <linux/slab.h>

#define RADIX_TREE_INDIRECT_PTR	1

/**
 * @brief \~english A node: 64 slots, each an item (bottom level) or a node below.
 *        \~chinese 基数树节点：64 个槽位，每个指向数据项（最底层）或下一层节点。 \~
 * @kernel{lib/radix-tree.c,49}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags: the page cache's dirty and writeback tags are
 *         set by the writeback code, which mm24 does not have, so the
 *         `tags` array, radix_tree_tag_clear() in radix_tree_delete() and
 *         the tag propagation of radix_tree_extend() are left out.  No
 *         RCU: nodes are freed at once (rcu_head, call_rcu()), and lookups
 *         need no rcu_dereference().
 *         \~chinese 没有标记：页高速缓存的脏页与回写标记由回写代码设置，而 mm24 没有回写，
 *         所以省略了 tags 数组、radix_tree_delete() 中的 radix_tree_tag_clear() 以及
 *         radix_tree_extend() 中的标记传播。没有 RCU：节点立即释放（rcu_head、
 *         call_rcu()），查找也不需要 rcu_dereference()。 \~
 */
struct radix_tree_node {
	unsigned int height;		/**< levels from here to the items */
	unsigned int count;		/**< slots in use */
	void *slots[RADIX_TREE_MAP_SIZE]; /**< items or nodes */
};

/* A step of a walk down, for delete's way back up. */
struct radix_tree_path {
	struct radix_tree_node *node;
	int offset;
};

/* The largest index a tree of each height holds (0 .. MAX_PATH). */
static unsigned long height_to_maxindex[RADIX_TREE_MAX_PATH + 1];

static struct kmem_cache *radix_tree_node_cachep;

/* Per-CPU reserve for inserts that may not sleep. */
struct radix_tree_preload {
	int nr;
	struct radix_tree_node *nodes[RADIX_TREE_MAX_PATH];
};
static struct radix_tree_preload per_cpu__radix_tree_preloads[NR_CPUS];

static inline int radix_tree_is_indirect_ptr(const void *ptr)
{
	return (int)((unsigned long)ptr & RADIX_TREE_INDIRECT_PTR);
}

static inline void *radix_tree_ptr_to_indirect(void *ptr)
{
	return (void *)((unsigned long)ptr | RADIX_TREE_INDIRECT_PTR);
}

static inline void *radix_tree_indirect_to_ptr(void *ptr)
{
	return (void *)((unsigned long)ptr & ~(unsigned long)RADIX_TREE_INDIRECT_PTR);
}

/**
 * @brief \~english The gfp mask the root's user chose for nodes.
 *        \~chinese 树根使用者为节点分配选定的 gfp 标志。 \~
 * @param tree \~english the tree \~chinese 基树 \~
 * @return \~english the root's gfp_mask & __GFP_BITS_MASK (2.6.24 keeps the tags above it; mm24 has none) \~chinese 树根的 gfp_mask & __GFP_BITS_MASK（2.6.24 把标记放在其上方；mm24 没有标记） \~
 * @kernel{lib/radix-tree.c,86}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static inline gfp_t root_gfp_mask(struct radix_tree_root *tree)
{
	return tree->gfp_mask & __GFP_BITS_MASK;
}

/**
 * @brief \~english A new node: from the cache, or from this CPU's preload reserve.
 *        \~chinese 分配一个新节点：从高速缓存，或从本 CPU 的预分配储备中取。 \~
 * @param tree \~english the tree the node is for (its gfp mask) \~chinese 节点所属的基树（用其 gfp 标志） \~
 * @return \~english a zeroed node (the constructor's state), or NULL if the cache and, for an atomic mask, the preload reserve are empty \~chinese 一个清零的节点（构造函数的状态）；高速缓存分配失败且（对原子分配）预分配储备也空时为 NULL \~
 * @kernel{lib/radix-tree.c,96}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static struct radix_tree_node *radix_tree_node_alloc(struct radix_tree_root *tree)
{
	gfp_t gfp_mask = root_gfp_mask(tree);
	struct radix_tree_node *got;

	got = kmem_cache_alloc(radix_tree_node_cachep,
			       set_migrateflags(gfp_mask, __GFP_RECLAIMABLE));
	if (got == NULL && !(gfp_mask & __GFP_WAIT)) {
		struct radix_tree_preload *pool =
			&__get_cpu_var(radix_tree_preloads);

		if (pool->nr) {
			pool->nr--;
			got = pool->nodes[pool->nr];
			pool->nodes[pool->nr] = NULL;
		}
	}
	BUG_ON(radix_tree_is_indirect_ptr(got));
	return got;
}

/**
 * @brief \~english Give a node, which must be empty, back to its cache.
 *        \~chinese 把一个（必须为空的）节点还给它的高速缓存。 \~
 * @param nd \~english the node, every slot NULL and count 0 \~chinese 节点，所有槽位为 NULL，count 为 0 \~
 * @kernel{lib/radix-tree.c,125}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees (a kmem_cache_free()
 *         at once).
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放（立即
 *         kmem_cache_free()）。 \~
 */
static inline void radix_tree_node_free(struct radix_tree_node *nd)
{
	kmem_cache_free(radix_tree_node_cachep, nd);
}

/**
 * @brief \~english Fill this CPU's reserve so one insert cannot fail for want of a node.
 *        \~chinese 填满本 CPU 的储备，使一次插入不会因缺少节点而失败。 \~
 * @param gfp_mask \~english how the nodes may be allocated
 *                 \~chinese 分配节点时使用的分配标志 \~
 * @return \~english 0 (preemption off until radix_tree_preload_end()) or
 *         -ENOMEM
 *         \~chinese 成功返回 0（此后禁止抢占，直到 radix_tree_preload_end()
 *         为止）；否则返回 -ENOMEM \~
 * @kernel{lib/radix-tree.c,136}
 * @seenotes{chapter-vma,vma-pagecache}
 */
int radix_tree_preload(gfp_t gfp_mask)
{
	struct radix_tree_preload *pool;
	struct radix_tree_node *nd;
	int got = -ENOMEM;

	preempt_disable();
	pool = &__get_cpu_var(radix_tree_preloads);
	while (pool->nr < (int)ARRAY_SIZE(pool->nodes)) {
		/* may sleep: preemption back on for the allocation */
		preempt_enable();
		nd = kmem_cache_alloc(radix_tree_node_cachep,
					set_migrateflags(gfp_mask,
							 __GFP_RECLAIMABLE));
		if (nd == NULL)
			goto out;
		preempt_disable();
		pool = &__get_cpu_var(radix_tree_preloads);
		if (pool->nr < (int)ARRAY_SIZE(pool->nodes))
			pool->nodes[pool->nr++] = nd;
		else
			kmem_cache_free(radix_tree_node_cachep, nd);
	}
	got = 0;
out:
	return got;
}

/**
 * @brief \~english The largest index a tree of @p levels holds.
 *        \~chinese 高度为 height 的树所能容纳的最大索引。 \~
 * @param levels \~english the tree's height, 0 to RADIX_TREE_MAX_PATH \~chinese 树高，0 到 RADIX_TREE_MAX_PATH \~
 * @return \~english height_to_maxindex[@p levels]: 0 for an empty tree, 63 for one level, 4095 for two ... \~chinese height_to_maxindex[levels]：空树为 0，一层为 63，两层为 4095 …… \~
 * @kernel{lib/radix-tree.c,220}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static inline unsigned long radix_tree_maxindex(unsigned int levels)
{
	return height_to_maxindex[levels];
}

/**
 * @brief \~english Add levels on top until @p key fits.
 *        \~chinese 在树顶增加层次，直到能容纳 index。 \~
 * @param tree \~english the tree \~chinese 基树 \~
 * @param key \~english the index that must fit \~chinese 必须能容纳的索引 \~
 * @return \~english 0 or -ENOMEM \~chinese 成功返回 0，否则返回 -ENOMEM \~
 * @kernel{lib/radix-tree.c,228}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees.
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放。 \~
 */
static int radix_tree_extend(struct radix_tree_root *tree, unsigned long key)
{
	struct radix_tree_node *nd;
	unsigned int levels;

	/* how high the tree must be */
	for (levels = tree->height + 1; key > radix_tree_maxindex(levels);)
		levels++;

	if (tree->rnode == NULL) {
		/* empty: the inserts below create the nodes */
		tree->height = levels;
		goto out;
	}

	do {
		unsigned int taller;

		nd = radix_tree_node_alloc(tree);
		if (!nd)
			return -ENOMEM;

		/* the old top becomes slot 0 of the new one */
		nd->slots[0] = radix_tree_indirect_to_ptr(tree->rnode);

		taller = tree->height + 1;
		nd->height = taller;
		nd->count = 1;
		tree->rnode = radix_tree_ptr_to_indirect(nd);
		tree->height = taller;
	} while (levels > tree->height);
out:
	return 0;
}

/**
 * @brief \~english Put @p entry at @p key.
 *        \~chinese 把数据项 item 插入到索引 index 处。 \~
 * @param tree \~english the tree \~chinese 基树 \~
 * @param key \~english the index \~chinese 索引 \~
 * @param entry \~english the item (not NULL, lowest bit clear)
 *              \~chinese 数据项（不能为 NULL，最低位须为 0） \~
 * @return \~english 0, -ENOMEM, or -EEXIST if the index is taken
 *         \~chinese 成功返回 0；否则返回 -ENOMEM，索引已被占用时返回 -EEXIST \~
 * @kernel{lib/radix-tree.c,277}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees.
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放。 \~
 */
int radix_tree_insert(struct radix_tree_root *tree, unsigned long key,
		      void *entry)
{
	struct radix_tree_node *nd = NULL, *child;
	unsigned int levels, bits;
	int digit;
	int error;

	BUG_ON(radix_tree_is_indirect_ptr(entry));

	if (key > radix_tree_maxindex(tree->height)) {
		error = radix_tree_extend(tree, key);
		if (error)
			return error;
	}

	child = radix_tree_indirect_to_ptr(tree->rnode);

	levels = tree->height;
	bits = (levels - 1) * RADIX_TREE_MAP_SHIFT;

	digit = 0;
	while (levels > 0) {
		if (child == NULL) {
			/* a missing node on the way down */
			child = radix_tree_node_alloc(tree);
			if (!child)
				return -ENOMEM;
			child->height = levels;
			if (nd) {
				nd->slots[digit] = child;
				nd->count++;
			} else
				tree->rnode = radix_tree_ptr_to_indirect(child);
		}

		digit = (int)((key >> bits) & RADIX_TREE_MAP_MASK);
		nd = child;
		child = nd->slots[digit];
		bits -= RADIX_TREE_MAP_SHIFT;
		levels--;
	}

	if (child != NULL)
		return -EEXIST;

	if (nd) {
		nd->count++;
		nd->slots[digit] = entry;
	} else
		tree->rnode = entry;	/* index 0 of a tree of height 0 */

	return 0;
}

/**
 * @brief \~english The item at @p key, or NULL.
 *        \~chinese 索引 index 处的数据项，没有则为 NULL。 \~
 * @param tree \~english the tree \~chinese 基树 \~
 * @param key \~english the index (a page's offset in its file, in pages) \~chinese 索引（页在文件中的偏移，以页为单位） \~
 * @return \~english the item stored at @p key, or NULL if there is none \~chinese 存放在 key 处的数据项；没有则为 NULL \~
 * @kernel{lib/radix-tree.c,403}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees.
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放。 \~
 */
void *radix_tree_lookup(struct radix_tree_root *tree, unsigned long key)
{
	unsigned int levels, bits;
	struct radix_tree_node *nd, **child;

	nd = tree->rnode;
	if (nd == NULL)
		return NULL;

	if (!radix_tree_is_indirect_ptr(nd)) {
		/* a single item: it is index 0 */
		if (key > 0)
			return NULL;
		return nd;
	}
	nd = radix_tree_indirect_to_ptr(nd);

	levels = nd->height;
	if (key > radix_tree_maxindex(levels))
		return NULL;

	bits = (levels - 1) * RADIX_TREE_MAP_SHIFT;

	do {
		unsigned long digit = (key >> bits) & RADIX_TREE_MAP_MASK;

		child = (struct radix_tree_node **)(nd->slots + digit);
		nd = *child;
		if (nd == NULL)
			return NULL;

		bits -= RADIX_TREE_MAP_SHIFT;
		levels--;
	} while (levels > 0);

	return nd;
}

/**
 * @brief \~english Lower the tree while its top node only uses slot 0.
 *        \~chinese 当顶层节点只用到 0 号槽位时，降低树的高度。 \~
 * @param tree \~english the tree, not empty \~chinese 基树，不为空 \~
 * @kernel{lib/radix-tree.c,897}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees.
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放。 \~
 */
static inline void radix_tree_shrink(struct radix_tree_root *tree)
{
	while (tree->height > 0) {
		struct radix_tree_node *spare = tree->rnode;
		void *below;

		BUG_ON(!radix_tree_is_indirect_ptr(spare));
		spare = radix_tree_indirect_to_ptr(spare);

		/* more children, or not in slot 0: keep the height */
		if (spare->count != 1)
			break;
		if (!spare->slots[0])
			break;

		below = spare->slots[0];
		if (tree->height > 1)
			below = radix_tree_ptr_to_indirect(below);
		tree->rnode = below;
		tree->height--;
		/* nodes go back to the cache empty */
		spare->slots[0] = NULL;
		spare->count = 0;
		radix_tree_node_free(spare);
	}
}

/**
 * @brief \~english Take the item at @p key out; free the nodes that become empty.
 *        \~chinese 删除索引 index 处的数据项，并释放因此变空的节点。 \~
 * @param tree \~english the tree \~chinese 基树 \~
 * @param key \~english the index \~chinese 索引 \~
 * @return \~english the item, or NULL if there was none
 *         \~chinese 被删除的数据项；若该索引处没有数据项则返回 NULL \~
 * @kernel{lib/radix-tree.c,946}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No tags (see struct radix_tree_node): tag_set(),
 *         tag_get(), tag_clear(), root_tag_get(), root_tag_clear_all(),
 *         radix_tree_tag_clear() and RADIX_TREE_MAX_TAGS are left out; no
 *         RCU readers: rcu_assign_pointer(), rcu_dereference() and
 *         call_rcu() are plain stores, loads and frees.
 *         \~chinese 没有标记（参见 struct radix_tree_node）：省略了 tag_set()、
 *         tag_get()、tag_clear()、root_tag_get()、root_tag_clear_all()、
 *         radix_tree_tag_clear() 与 RADIX_TREE_MAX_TAGS；没有 RCU 读者：
 *         rcu_assign_pointer()、rcu_dereference() 与 call_rcu() 都成了普通的存、取
 *         与释放。 \~
 */
void *radix_tree_delete(struct radix_tree_root *tree, unsigned long key)
{
	/* one more than the deepest path: path[0] is the NULL end mark */
	struct radix_tree_path trail[RADIX_TREE_MAX_PATH + 1], *step = trail;
	struct radix_tree_node *child = NULL;
	struct radix_tree_node *spare;
	unsigned int levels, bits;
	int digit;

	levels = tree->height;
	if (key > radix_tree_maxindex(levels))
		goto out;

	child = tree->rnode;
	if (levels == 0) {
		tree->rnode = NULL;
		goto out;
	}
	child = radix_tree_indirect_to_ptr(child);

	bits = (levels - 1) * RADIX_TREE_MAP_SHIFT;
	step->node = NULL;

	do {
		if (child == NULL)
			goto out;

		step++;
		digit = (int)((key >> bits) & RADIX_TREE_MAP_MASK);
		step->offset = digit;
		step->node = child;
		child = child->slots[digit];
		bits -= RADIX_TREE_MAP_SHIFT;
		levels--;
	} while (levels > 0);

	if (child == NULL)
		goto out;

	/* back up the path, freeing the nodes left empty */
	spare = NULL;
	while (step->node) {
		step->node->slots[step->offset] = NULL;
		step->node->count--;
		if (spare)
			radix_tree_node_free(spare);

		if (step->node->count) {
			if (step->node == radix_tree_indirect_to_ptr(tree->rnode))
				radix_tree_shrink(tree);
			goto out;
		}

		spare = step->node;
		step--;
	}
	/* the tree is empty */
	tree->height = 0;
	tree->rnode = NULL;
	if (spare)
		radix_tree_node_free(spare);

out:
	return child;
}

/**
 * @brief \~english Constructor of radix_tree_node objects: all slots empty.
 *        \~chinese radix_tree_node 对象的构造函数：所有槽位为空。 \~
 * @param cachep \~english the radix_tree_node cache (unused) \~chinese radix_tree_node 高速缓存（未用到） \~
 * @param nd \~english the new object \~chinese 新对象 \~
 * @kernel{lib/radix-tree.c,1045}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static void radix_tree_node_ctor(struct kmem_cache *cachep, void *nd)
{
	(void)cachep;
	memset(nd, 0, sizeof(struct radix_tree_node));
}

/**
 * @brief \~english The largest index of a tree @p levels levels high (32-bit indices).
 *        \~chinese 高度为 height 的树的最大索引（索引为 32 位）。 \~
 * @param levels \~english a height, 0 to RADIX_TREE_MAX_PATH \~chinese 树高，0 到 RADIX_TREE_MAX_PATH \~
 * @return \~english 2^(6 * @p levels) - 1, capped at 0xffffffff (32-bit page indices) \~chinese 2^(6 * levels) - 1，不超过 0xffffffff（32 位页索引） \~
 * @kernel{lib/radix-tree.c,1050}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english Indices are i386 longs: RADIX_TREE_INDEX_BITS (32) for
 *         BITS_PER_LONG and 0xffffffffUL for ~0UL, which are 64 bits wide
 *         on the host.
 *         \~chinese 索引是 i386 的 long：用 RADIX_TREE_INDEX_BITS（32）代替
 *         BITS_PER_LONG，用 0xffffffffUL 代替 ~0UL，因为它们在宿主机上是 64 位的。 \~
 */
static unsigned long __maxindex(unsigned int levels)
{
	unsigned int width = levels * RADIX_TREE_MAP_SHIFT;
	int bits = RADIX_TREE_INDEX_BITS - (int)width;

	if (bits < 0)
		return 0xffffffffUL;
	if (bits >= RADIX_TREE_INDEX_BITS)
		return 0UL;
	return 0xffffffffUL >> bits;
}

/**
 * @brief \~english Fill height_to_maxindex[].
 *        \~chinese 填写 height_to_maxindex[] 表。 \~
 * @kernel{lib/radix-tree.c,1062}
 * @seenotes{chapter-vma,vma-pagecache}
 */
static void radix_tree_init_maxindex(void)
{
	unsigned int h;

	for (h = 0; h < ARRAY_SIZE(height_to_maxindex); h++)
		height_to_maxindex[h] = __maxindex(h);
}

/**
 * @brief \~english Create the radix_tree_node cache (start_kernel()).
 *        \~chinese 创建 radix_tree_node 高速缓存（由 start_kernel() 调用）。 \~
 * @kernel{lib/radix-tree.c,1090}
 * @seenotes{chapter-vma,vma-pagecache}
 * @kquirk \~english No CPU hotplug: the notifier that frees a dead CPU's
 *         preloads (hotcpu_notifier()) is left out.  The nodes are host
 *         structures: kmem_cache_create() gets their host alignment,
 *         __alignof__(struct radix_tree_node), where 2.6.24 passes 0.
 *         \~chinese 没有 CPU 热插拔：省略了为下线 CPU 释放预分配节点的通知函数
 *         （hotcpu_notifier()）。节点是宿主机结构：kmem_cache_create() 得到的是
 *         宿主机上的对齐 __alignof__(struct radix_tree_node)，而 2.6.24 传的是 0。 \~
 */
void radix_tree_init(void)
{
	radix_tree_node_cachep = kmem_cache_create("radix_tree_node",
						   sizeof(struct radix_tree_node),
						   __alignof__(struct radix_tree_node),
						   SLAB_PANIC, radix_tree_node_ctor);
	radix_tree_init_maxindex();
}

/* Check the node at @node, @height levels above the items: its height
 * and slot count; count its items.  Returns the problems found. */
static int check_node(const struct radix_tree_node *nd, unsigned int levels,
		      unsigned long *items)
{
	unsigned int used = 0, i;
	int bad = 0;

	if (nd->height != levels) {
		printk(KERN_ERR "radix_tree_check: node at height %u says %u\n",
		       levels, nd->height);
		bad++;
	}
	for (i = 0; i < RADIX_TREE_MAP_SIZE; i++) {
		if (!nd->slots[i])
			continue;
		used++;
		if (levels > 1)
			bad += check_node(nd->slots[i], levels - 1, items);
		else
			(*items)++;
	}
	if (used != nd->count || !used) {
		printk(KERN_ERR "radix_tree_check: node counts %u slots, uses "
		       "%u\n", nd->count, used);
		bad++;
	}
	return bad;
}

int radix_tree_check(struct radix_tree_root *tree, unsigned long *items)
{
	*items = 0;
	if (!tree->rnode)
		return 0;	/* empty (a failed insert may leave a height) */
	if (!radix_tree_is_indirect_ptr(tree->rnode)) {
		*items = 1;
		return tree->height != 0;
	}
	return check_node(radix_tree_indirect_to_ptr(tree->rnode),
			  tree->height, items);
}
