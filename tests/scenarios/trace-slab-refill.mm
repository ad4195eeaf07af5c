# An allocation from an empty array: ____cache_alloc() misses,
# cache_alloc_refill() takes a batch from the partial slab.
boot mem=64M
kmem_cache_create foo 100
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_free foo a
kmem_cache_shrink foo
kmem_cache_alloc foo GFP_KERNEL as b
kmem_cache_alloc foo GFP_KERNEL as keep
echo "foo 120 1 0" > /proc/slabinfo
trace durations off
trace on
kmem_cache_alloc foo GFP_KERNEL as c
trace off
