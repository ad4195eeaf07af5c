# One highmem frame seen through every kind of kernel mapping: bytes
# written through its kmap() address are the frame's bytes, in physical
# memory, through a kmap_atomic() slot of another CPU and through vmap().
# A lowmem frame is always mapped: kmap() gives its direct-map address.
boot mem=1G cpus=2
alloc_pages GFP_HIGHUSER 0 as h
alloc_pages GFP_KERNEL 0 as l
kmap h
kmap l
poke h 0 0xde 0xad 0xbe 0xef
peek_phys h 0 4
cpu 1
kmap_atomic h KM_USER0
peek_virt 0xfffaa000 4
poke_virt 0xfffaa004 0x11 0x22
kunmap_atomic h KM_USER0
cpu 0
vmap h l as m
peek m 0 8
poke m 4096 0x33
peek l 0 2
cat /mm24/pkmap
cat /mm24/vmlist
vunmap m
kunmap h
kunmap l
cat /mm24/pkmap
