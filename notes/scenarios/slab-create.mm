# kmem_cache_create() across the range on 1 GiB (slab_break_gfp_order
# is 1 above 32 MiB): objsize, objects per slab and pages per slab as an
# i386 2.6.24 computes them.
boot mem=1G
kmem_cache_create obj24 24
kmem_cache_create obj100 100
kmem_cache_create obj100hw 100 0 SLAB_HWCACHE_ALIGN
kmem_cache_create obj24a64 24 64
kmem_cache_create obj500 500
kmem_cache_create obj600 600
kmem_cache_create obj1000 1000
kmem_cache_create obj3000 3000
kmem_cache_create obj3000r 3000 0 SLAB_RECLAIM_ACCOUNT
kmem_cache_create obj5000 5000
kmem_cache_create obj200k 200000
