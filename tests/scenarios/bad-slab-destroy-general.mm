# kmalloc() needs its general caches: they cannot be destroyed.
boot mem=64M
kmem_cache_destroy size-64
