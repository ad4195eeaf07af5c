# The first unmovable allocation on a fresh machine: no unmovable block
# is free, __rmqueue_fallback() takes the largest movable block and claims
# its whole pageblock (move_freepages_block, set_pageblock_migratetype).
boot mem=64M
drain_all_local_pages
trace durations off
trace on
alloc_pages GFP_KERNEL 0 as a
trace off
cat /proc/pagetypeinfo
