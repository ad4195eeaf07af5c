# kmalloc(0) gives ZERO_SIZE_PTR, which kfree() accepts; above the largest
# general cache (4 MiB) __find_general_cachep() finds no cache: NULL.
# GFP_DMA takes the "(DMA)" twin.
boot mem=64M
kmalloc 0 GFP_KERNEL as z
ksize z
kfree z
kmalloc 4194305 GFP_KERNEL as big
kmalloc 4194304 GFP_KERNEL as huge
kmalloc 32 GFP_DMA as d
kfree huge
kfree d
