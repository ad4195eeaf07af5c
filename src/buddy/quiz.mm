#!title Which block does the buddy allocator hand out next?
# mm24 quiz buddy -s SEED: a small machine, a few blocks taken and one given
# back, then requests to predict.  The first GFP_KERNEL request of a boot
# takes a whole movable pageblock for unmovable use (__rmqueue_fallback),
# and every split keeps the lower half (expand).  Orders stay above 0 so
# that the per-cpu lists play no part.
boot mem={24M|32M|48M|64M}
alloc_pages GFP_KERNEL {A=1..4} as a
alloc_pages GFP_KERNEL {1..3} as b
alloc_pages GFP_KERNEL {2..5} as c
free_pages {a|b}
cat /proc/buddyinfo
@ask Which pfn does the next order-{O=1..4} GFP_KERNEL request get?
alloc_pages GFP_KERNEL {O} as q
@ask What does the Normal line of /proc/buddyinfo say after it?
cat /proc/buddyinfo
@grep Normal
@ask c is freed: what does the Normal line say now, and why did c merge (or not) with its buddy?
free_pages c
cat /proc/buddyinfo
@grep Normal
