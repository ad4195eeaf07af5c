boot mem=64M
alloc_pages GFP_KERNL 0
