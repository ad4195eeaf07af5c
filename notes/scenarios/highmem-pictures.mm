# Pictures of the kmap windows: four HighMem frames in pkmap slots (two in
# use, two mapped but unused) and one in CPU 0's KM_USER0 slot; the MMU's
# walk of a pkmap address; the kernel's linear space with the pages each
# region maps, a small vmalloc() included.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
alloc_pages GFP_HIGHUSER 1 as b
alloc_pages GFP_HIGHUSER 0 as c
alloc_pages GFP_HIGHUSER 0 as d
kmap a
kmap a
kmap b
kmap c
kunmap b
kmap_atomic d KM_USER0
vmalloc 8192 as v
dot pkmap > highmem-pkmap.dot
dot walk 0xff801000 > highmem-walk.dot
dot layout > highmem-layout.dot
