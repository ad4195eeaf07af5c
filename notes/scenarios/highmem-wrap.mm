# The pkmap search wraps.  Frame a and blocks of 512 down to 2 pages take
# slots 1 to 1023 one after the other; a and the last block (slots 1,
# 1022 and 1023) are kunmap()ed, so their slots are mapped but unused.
# The next kmap() finds no slot above last_pkmap_nr, comes back to slot 0,
# and flush_all_zero_pkmaps() unmaps those three slots with one TLB flush.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 9 as b9
alloc_pages GFP_HIGHUSER 8 as b8
alloc_pages GFP_HIGHUSER 7 as b7
alloc_pages GFP_HIGHUSER 6 as b6
alloc_pages GFP_HIGHUSER 5 as b5
alloc_pages GFP_HIGHUSER 4 as b4
alloc_pages GFP_HIGHUSER 3 as b3
alloc_pages GFP_HIGHUSER 2 as b2
alloc_pages GFP_HIGHUSER 1 as b1
alloc_pages GFP_HIGHUSER 0 as p
alloc_pages GFP_HIGHUSER 0 as q
kmap a
kmap b9
kmap b8
kmap b7
kmap b6
kmap b5
kmap b4
kmap b3
kmap b2
kmap b1
kunmap a
kunmap b1
trace durations off
trace set_graph_function map_new_virtual
trace max_depth 3
trace on
kmap p
trace off
kmap q
kmap a
