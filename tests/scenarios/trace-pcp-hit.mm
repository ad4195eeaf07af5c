# The second order-0 allocation is served from the per-cpu list the first
# one refilled: no zone lock, no rmqueue_bulk().
boot mem=1G
drain_all_local_pages
alloc_pages GFP_HIGHUSER_MOVABLE 0 as a
trace durations off
trace on
alloc_pages GFP_HIGHUSER_MOVABLE 0 as b
trace off
