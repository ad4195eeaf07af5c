# A cache of 0 bytes is an early error in kmem_cache_create(): a BUG, the
# emulated kernel stops (exit 1).
boot mem=64M
kmem_cache_create foo 0
