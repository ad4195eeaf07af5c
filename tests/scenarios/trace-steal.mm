# The first reclaimable allocation on a fresh machine: no reclaimable
# block is free, __rmqueue_fallback() takes the largest movable block and
# claims its whole pageblock (move_freepages_block,
# set_pageblock_migratetype).  (Unmovable allocations no longer steal:
# kmem_cache_init() made the first ones at boot.)
boot mem=64M
drain_all_local_pages
trace durations off
trace on
alloc_pages GFP_TEMPORARY 0 as a
trace off
cat /proc/pagetypeinfo
