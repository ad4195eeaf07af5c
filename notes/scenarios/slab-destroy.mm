# kmem_cache_shrink() gives the free slabs back; kmem_cache_destroy() of a
# cache that still has an object in use refuses, and leaves the cache.
boot mem=64M
kmem_cache_create foo 100
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_alloc foo GFP_KERNEL as b
kmem_cache_free foo b
kmem_cache_shrink foo
kmem_cache_destroy foo
kmem_cache_free foo a
kmem_cache_destroy foo
