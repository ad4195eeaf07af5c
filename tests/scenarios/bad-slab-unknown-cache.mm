# An unknown cache is a script error (and the run stops: exit 2).
boot mem=64M
kmem_cache_alloc nosuchcache GFP_KERNEL as a
