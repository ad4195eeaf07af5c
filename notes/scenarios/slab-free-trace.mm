# A free that gives a slab back to the buddy allocator: a cache of
# 5000-byte objects (one per slab of two pages) with an array of one
# (limit 1, batchcount 1), so free_limit is 2 * 1 + 1 = 3.  Five objects,
# five frees: each free pushes the previous object out of the array and
# into its slab; the fifth finds free_objects above free_limit.
boot mem=64M
kmem_cache_create big 5000
echo "big 1 1 0" > /proc/slabinfo
kmem_cache_alloc big GFP_KERNEL as x0
kmem_cache_alloc big GFP_KERNEL as x1
kmem_cache_alloc big GFP_KERNEL as x2
kmem_cache_alloc big GFP_KERNEL as x3
kmem_cache_alloc big GFP_KERNEL as x4
kmem_cache_free big x0
kmem_cache_free big x1
kmem_cache_free big x2
kmem_cache_free big x3
trace durations off
trace on
kmem_cache_free big x4
trace off
