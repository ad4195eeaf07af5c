# Slab pages as the buddy allocator and /proc/meminfo see them: a cache
# created with SLAB_RECLAIM_ACCOUNT (like the dentry cache) takes its
# pages as __GFP_RECLAIMABLE, kmalloc(3000) takes one unreclaimable
# page; both are PG_slab.  A tick folds the per-CPU counter deltas into
# the totals that /proc/meminfo reads.
boot mem=64M
kmem_cache_create dentry_like 136 0 SLAB_RECLAIM_ACCOUNT
kmem_cache_alloc dentry_like GFP_KERNEL as d
kmalloc 3000 GFP_KERNEL as k
page d
page k
tick
cat /proc/meminfo
