# Without slab_debug a free to the wrong cache is refused.
boot mem=64M
kmem_cache_create foo 100
kmem_cache_alloc size-64 GFP_KERNEL as a
kmem_cache_free foo a
