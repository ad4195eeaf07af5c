# Pictures of the vmalloc area on a 1 GiB machine: a 5-page vmalloc(),
# a vmalloc_32() and a vmap() of two lowmem pages; the MMU's walk of the
# third page of the first area; the kernel's linear space with the pages
# each region maps.
boot mem=1G
alloc_pages GFP_KERNEL 0 as l0
alloc_pages GFP_KERNEL 0 as l1
vmalloc 20480 as v
vmalloc_32 8192 as v32
vmap l0 l1 as m
dot vmalloc > vmalloc-area.dot
dot walk 0xf8802000 > vmalloc-walk.dot
