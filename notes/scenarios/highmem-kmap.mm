# pkmap_count at work.  Two kmap()s of one frame share its slot (count
# 3: two users); a lowmem frame takes no slot; kunmap() only counts down,
# leaving the slot mapped at count 1.  Traced: a kmap() that finds its
# frame still mapped, and one that needs a new slot.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 1 as b
alloc_pages GFP_HIGHUSER 0 as c
alloc_pages GFP_KERNEL 0 as l
kmap a
kmap a
kmap b
kmap l
cat /mm24/pkmap
kunmap a
kunmap a
kunmap b
cat /mm24/pkmap
trace durations off
trace max_depth 3
trace on
kmap a
kmap c
trace off
cat /mm24/pkmap
