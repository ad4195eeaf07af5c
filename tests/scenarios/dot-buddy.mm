# The picture of a coalesce that stops early: b holds a's buddy, so
# freeing a merges nothing; freeing b then merges up to order 10.
boot mem=64M
alloc_pages GFP_KERNEL 3 as a
alloc_pages GFP_KERNEL 3 as b
dot buddy a
free_pages a
free_pages b
drain_all_local_pages
dot buddy a
