# double_free needs slab_debug, whose checks catch it.
boot mem=64M
kmalloc 64 GFP_KERNEL as a
kfree a
double_free a
