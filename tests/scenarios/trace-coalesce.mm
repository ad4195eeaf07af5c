# Freeing an order-3 block whose buddy is free: __free_one_page() merges
# it, level by level, as long as the buddy of the combined block is free.
boot mem=1G
alloc_pages GFP_HIGHUSER_MOVABLE 3 as a
cat /proc/buddyinfo
trace durations off
trace on
free_pages a
trace off
cat /proc/buddyinfo
