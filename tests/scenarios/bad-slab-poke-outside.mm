# poke writes on purpose, but only inside the object's slab.
boot mem=64M
kmalloc 64 GFP_KERNEL as a
poke a 5000 1
