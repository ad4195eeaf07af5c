# kmalloc() of a size known only at run time (the scenario's number):
# __kmalloc() walks malloc_sizes[] to size-128, then the same per-CPU
# fast path as kmem_cache_alloc(); kfree() finds the cache from the page.
boot mem=64M
kmalloc 100 GFP_KERNEL as warm
trace durations off
trace on
kmalloc 100 GFP_KERNEL as p
kfree p
trace off
kfree warm
