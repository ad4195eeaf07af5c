# kunmap() of a highmem page no kmap() maps: kunmap_high() finds no
# address for it and stops the kernel with BUG_ON(!vaddr).
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
kunmap a
