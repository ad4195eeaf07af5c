# 1024 pages kmapped and still in use: every pkmap slot is taken, and the
# next kmap() of another page would sleep in TASK_UNINTERRUPTIBLE on
# pkmap_map_wait until a kunmap().  No other task runs in mm24 to do it:
# the task would sleep for ever, and the emulated kernel stops.
boot mem=1G
alloc_pages GFP_HIGHUSER 10 as all
alloc_pages GFP_HIGHUSER 0 as one
kmap all
kmap one
