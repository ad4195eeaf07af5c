boot mem=64M
alloc_pages GFP_KERNEL 0 as a
free_pages a
free_pages a
