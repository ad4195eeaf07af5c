# prep_new_page(): a compound block and zeroed pages.
boot mem=1G
alloc_pages GFP_KERNEL|__GFP_COMP 2 as c
page c
free_pages c
page c
get_zeroed_page GFP_KERNEL as z
alloc_pages GFP_HIGHUSER|__GFP_ZERO 0 as h
page h
check
