# slab_debug: kmem_cache_free() to a cache the object is not from is a
# BUG in cache_free_debugcheck(): the emulated kernel stops (exit 1).
boot mem=64M slab_debug
kmem_cache_create foo 100
kmem_cache_create bar 100
kmem_cache_alloc foo GFP_KERNEL as x
kmem_cache_free bar x
