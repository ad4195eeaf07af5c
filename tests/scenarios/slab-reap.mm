# cache_reap() every two seconds per CPU: an array not touched since the
# last reap gives back a fifth of its limit, and the node's free slabs
# beyond what was used lately go back to the buddy allocator.
boot mem=64M
kmem_cache_create foo 1000
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_alloc foo GFP_KERNEL as b
kmem_cache_alloc foo GFP_KERNEL as c
kmem_cache_free foo a
kmem_cache_free foo b
kmem_cache_free foo c
cat /proc/slabinfo
tick
cat /proc/slabinfo
tick 12
cat /proc/slabinfo
check
