# An order-3 allocation with no free order-3 block of its type: the
# smallest bigger block is split, expand() puts the upper halves back.
boot mem=1G
cat /proc/buddyinfo
alloc_pages GFP_HIGHUSER_MOVABLE 3 as keep
trace durations off
trace on
alloc_pages GFP_HIGHUSER_MOVABLE 3 as a
trace off
cat /proc/buddyinfo
