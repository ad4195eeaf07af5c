# slab_debug: the second free of an object finds both red zones inactive.
boot mem=64M slab_debug
kmem_cache_create foo 40
kmem_cache_alloc foo GFP_KERNEL as d
kmem_cache_free foo d
double_free d
