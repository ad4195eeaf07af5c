# The first allocation from a new cache: the array is empty and so are
# the lists, so cache_alloc_refill() calls cache_grow(), which takes a
# page from the buddy allocator, then moves a batch into the array.
boot mem=64M
kmem_cache_create foo 100
trace durations off
trace on
kmem_cache_alloc foo GFP_KERNEL as a
trace off
