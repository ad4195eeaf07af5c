boot mem=64M
alloc_pages GFP_KERNEL 11
