# Objects that one CPU allocates and another frees: with two CPUs a
# cache has a shared array between the CPUs' arrays and the slabs.  The
# cache "bar" is tuned to arrays of 8 (batchcount 4) and a shared array
# of 2 * 4; CPU 0 allocates ten objects and CPU 1 frees them.
boot mem=64M cpus=2
kmem_cache_create bar 300
echo "bar 8 4 2" > /proc/slabinfo
kmem_cache_alloc bar GFP_KERNEL as b0
kmem_cache_alloc bar GFP_KERNEL as b1
kmem_cache_alloc bar GFP_KERNEL as b2
kmem_cache_alloc bar GFP_KERNEL as b3
kmem_cache_alloc bar GFP_KERNEL as b4
kmem_cache_alloc bar GFP_KERNEL as b5
kmem_cache_alloc bar GFP_KERNEL as b6
kmem_cache_alloc bar GFP_KERNEL as b7
kmem_cache_alloc bar GFP_KERNEL as b8
kmem_cache_alloc bar GFP_KERNEL as b9
cpu 1
kmem_cache_free bar b0
kmem_cache_free bar b1
kmem_cache_free bar b2
kmem_cache_free bar b3
kmem_cache_free bar b4
kmem_cache_free bar b5
kmem_cache_free bar b6
kmem_cache_free bar b7
kmem_cache_free bar b8
kmem_cache_free bar b9
dot slab bar > slab-shared.dot
