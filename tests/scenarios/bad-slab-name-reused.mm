# "as NAME" is checked before anything is allocated.
boot mem=64M
kmalloc 64 GFP_KERNEL as a
kmalloc 64 GFP_KERNEL as a
