# The same object sizes on 32 MiB, where slab_break_gfp_order stays 0:
# calculate_slab_order() stops at the first order that holds an object.
boot mem=32M
kmem_cache_create obj3000 3000
kmem_cache_create obj5000 5000
