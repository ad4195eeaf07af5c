# Kernel addresses: a lowmem frame has one in the direct map, a highmem
# frame has none (page_address() is NULL) until something maps it.
boot mem=1G cpus=2
alloc_pages GFP_KERNEL 0 as low
alloc_pages GFP_DMA 0 as dma
alloc_pages GFP_HIGHUSER|__GFP_ZERO 0 as high
page high
