# double_free on an object whose cache is gone: refused (the cache's
# descriptor no longer exists).
boot mem=64M slab_debug
kmem_cache_create foo 100
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_free foo a
kmem_cache_destroy foo
double_free a
