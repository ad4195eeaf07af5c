# The page after a vmalloc area is its guard page, never mapped: a write
# that runs off the end of the buffer oopses instead of reaching the next
# area.
boot mem=1G
vmalloc 4096 as v
poke v 4095 1
poke v 4096 1
