# An order-0 allocation through an empty per-cpu list: buffered_rmqueue()
# refills it with a batch from the buddy lists (rmqueue_bulk), then takes
# the first page.  Movable highmem: its own lists have blocks, no fallback.
boot mem=1G
drain_all_local_pages
trace durations off
trace on
alloc_pages GFP_HIGHUSER_MOVABLE 0 as a
trace off
