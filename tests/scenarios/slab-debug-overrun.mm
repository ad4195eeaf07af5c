# slab_debug: a write one byte past a size-64 object lands in its second
# red zone; kfree() finds it overwritten (the low byte is 0x41).
boot mem=64M slab_debug
kmalloc 64 GFP_KERNEL as c
poke c 64 0x41
kfree c
