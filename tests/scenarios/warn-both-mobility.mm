# Both mobility bits: 2.6.24 warns in allocflags_to_migratetype() (with
# a stack dump) and the request's type becomes 3, MIGRATE_RESERVE.
boot mem=64M
alloc_pages GFP_KERNEL|__GFP_RECLAIMABLE|__GFP_MOVABLE 0 as a
