# A highmem page has no kernel address until kmap() maps it.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as h
peek h 0
