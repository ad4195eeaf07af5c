# Without CONFIG_DEBUG_SLAB (here: without slab_debug) SLAB_RED_ZONE is
# not in CREATE_MASK: BUG_ON(flags & ~CREATE_MASK) stops the kernel.
boot mem=64M
kmem_cache_create foo 64 0 SLAB_RED_ZONE
