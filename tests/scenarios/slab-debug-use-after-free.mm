# slab_debug: a freed object is filled with POISON_FREE (0x6b); a write
# after the free is found when the object is handed out again (LIFO: the
# next kmalloc of that size), with the last user and the neighbours.
boot mem=64M slab_debug
kmalloc 100 GFP_KERNEL as a
kfree a
peek a 0 16
poke a 10 0
kmalloc 100 GFP_KERNEL as b
peek b 0 16
