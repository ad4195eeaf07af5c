# kmap() of a page no slot maps, when every pkmap slot after last_pkmap_nr
# is taken: the search wraps to slot 0, flush_all_zero_pkmaps() unmaps the
# two slots nobody uses any more (count 1) and flushes every TLB once, and
# the page takes the first of them.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 0 as b
alloc_pages GFP_HIGHUSER 9 as b9
alloc_pages GFP_HIGHUSER 8 as b8
alloc_pages GFP_HIGHUSER 7 as b7
alloc_pages GFP_HIGHUSER 6 as b6
alloc_pages GFP_HIGHUSER 5 as b5
alloc_pages GFP_HIGHUSER 4 as b4
alloc_pages GFP_HIGHUSER 3 as b3
alloc_pages GFP_HIGHUSER 2 as b2
alloc_pages GFP_HIGHUSER 0 as c
alloc_pages GFP_HIGHUSER 0 as d
alloc_pages GFP_HIGHUSER 0 as p
kmap a
kmap b
kmap b9
kmap b8
kmap b7
kmap b6
kmap b5
kmap b4
kmap b3
kmap b2
kmap c
kmap d
kunmap a
kunmap c
trace durations off
trace on
kmap p
trace off
kmap c
