# A command with missing words gives its usage.
boot mem=64M
kmem_cache_alloc
