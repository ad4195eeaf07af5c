# FLAGS are 2.6.24's SLAB_* names.
boot mem=64M
kmem_cache_create foo 64 0 SLAB_HWCACHE_ALIGN|SLAB_NOSUCHFLAG
