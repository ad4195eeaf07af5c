# Without slab_debug a double free would corrupt the cache silently: the
# script refuses it, and double_free says to boot with slab_debug.
boot mem=64M
kmalloc 64 GFP_KERNEL as a
kfree a
kfree a
