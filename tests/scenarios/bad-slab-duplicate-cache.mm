# A second cache of the same name: 2.6.24 reports it and returns NULL.
boot mem=64M
kmem_cache_create size-64 64
