# A free into a full array: cache_flusharray() gives the batchcount
# oldest objects back to their slabs with free_block().  The array holds 4
# (limit 4, batchcount 2): the free of d finds it full.
boot mem=64M
kmem_cache_create foo 100
echo "foo 4 2 0" > /proc/slabinfo
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_alloc foo GFP_KERNEL as b
kmem_cache_alloc foo GFP_KERNEL as c
kmem_cache_alloc foo GFP_KERNEL as d
kmem_cache_alloc foo GFP_KERNEL as e
kmem_cache_free foo a
kmem_cache_free foo b
kmem_cache_free foo c
trace durations off
trace on
kmem_cache_free foo d
trace off
cat /proc/slabinfo
