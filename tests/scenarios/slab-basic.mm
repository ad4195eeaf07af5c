# A cache of 100-byte objects: 39 per page after the 28-byte struct slab
# and 39 bufctls; the first allocation refills the CPU's array with 16
# objects (BATCHREFILL_LIMIT: the array was never used), so slabinfo
# counts 16 active.  kmalloc picks size-128 for 100 bytes; ksize says so.
boot mem=64M
kmem_cache_create foo 100
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_alloc foo GFP_KERNEL as b
kmalloc 100 GFP_KERNEL as p
kzalloc 3000 GFP_KERNEL as q
ksize p
ksize q
peek q 0 8
cat /proc/slabinfo
kmem_cache_free foo a
kmem_cache_free foo b
kfree p
kfree q
kmem_cache_shrink foo
kmem_cache_destroy foo
check
