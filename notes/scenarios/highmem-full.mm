# expect-failure: all 1024 pkmap slots in use (an order-10 block of
# HighMem kmap()ped page by page), then a kmap() of one more frame: it
# would sleep on pkmap_map_wait until a kunmap().
boot mem=1G
alloc_pages GFP_HIGHUSER 10 as all
alloc_pages GFP_HIGHUSER 0 as one
kmap all
kmap one
