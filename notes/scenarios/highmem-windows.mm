# One HighMem frame seen through each kind of kernel mapping, on a
# machine with two CPUs: a persistent kmap() (shared by every CPU), an
# atomic kmap on CPU 1 (its own fixmap slot), and vmap() in the vmalloc
# area.  Bytes written through one mapping are read through the others
# and in physical memory.  A lowmem frame needs none of them.
boot mem=1G cpus=2
alloc_pages GFP_HIGHUSER 0 as h
alloc_pages GFP_KERNEL 0 as l
kmap h
poke h 0 0x6d 0x6d 0x32 0x34
peek_phys h 0 4
cpu 1
kmap_atomic h KM_USER0
peek_virt 0xfffaa000 4
poke_virt 0xfffaa004 0x21
kunmap_atomic h KM_USER0
cpu 0
vmap h as v
peek v 0 5
kunmap h
kmap l
cat /mm24/pkmap
cat /mm24/vmlist
