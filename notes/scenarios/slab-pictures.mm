# The three lists of a cache and this CPU's array, drawn live: a cache of
# 1000-byte objects (four to a slab) with an array of 4 (batchcount 2),
# after twelve allocations and nine frees.
boot mem=64M
kmem_cache_create foo 1000
echo "foo 4 2 0" > /proc/slabinfo
kmem_cache_alloc foo GFP_KERNEL as o0
kmem_cache_alloc foo GFP_KERNEL as o1
kmem_cache_alloc foo GFP_KERNEL as o2
kmem_cache_alloc foo GFP_KERNEL as o3
kmem_cache_alloc foo GFP_KERNEL as o4
kmem_cache_alloc foo GFP_KERNEL as o5
kmem_cache_alloc foo GFP_KERNEL as o6
kmem_cache_alloc foo GFP_KERNEL as o7
kmem_cache_alloc foo GFP_KERNEL as o8
kmem_cache_alloc foo GFP_KERNEL as o9
kmem_cache_alloc foo GFP_KERNEL as o10
kmem_cache_alloc foo GFP_KERNEL as o11
kmem_cache_free foo o0
kmem_cache_free foo o1
kmem_cache_free foo o2
kmem_cache_free foo o3
kmem_cache_free foo o4
kmem_cache_free foo o5
kmem_cache_free foo o6
kmem_cache_free foo o8
kmem_cache_free foo o9
dot slab foo > slab-lists.dot
