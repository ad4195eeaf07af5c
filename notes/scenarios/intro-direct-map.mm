# A lowmem page has a kernel address in the direct map; a highmem page has none.
boot mem=1G
alloc_pages GFP_KERNEL 0 as low
alloc_pages GFP_HIGHUSER 0 as high
free_pages low
free_pages high
