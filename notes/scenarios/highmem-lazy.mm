# expect-failure: kunmap() leaves the mapping in place, so the slot's
# address still reaches the frame (nothing may rely on it: the next flush
# takes it away).  After kmap_flush_unused() the address maps nothing and
# the kernel's read oopses.
boot mem=1G
alloc_pages GFP_HIGHUSER 0 as a
kmap a
poke a 0 0x4c 0x61 0x7a 0x79
kunmap a
cat /mm24/pkmap
peek_virt 0xff801000 4
kmap_flush_unused
peek_phys a 0 4
peek_virt 0xff801000 4
