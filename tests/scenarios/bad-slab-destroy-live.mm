# A cache with live objects cannot go: 2.6.24 reports it and keeps the
# cache; the run goes on.
boot mem=64M
kmem_cache_create foo 64
kmem_cache_alloc foo GFP_KERNEL as a
kmem_cache_destroy foo
kmem_cache_free foo a
kmem_cache_destroy foo
kmem_cache_alloc foo GFP_KERNEL
