# A name that still holds a block is refused before anything is
# allocated: the free page count does not move and no half line is left.
boot mem=64M
alloc_pages GFP_KERNEL 0 as a
drain_local_pages
cat /proc/buddyinfo
alloc_pages GFP_KERNEL 0 as a
