# expect-failure: the guard page.  Two pages are vmalloc()ed; their last
# byte is fine, the byte after it is in the guard page, which no PTE
# maps: the kernel's write oopses.
boot mem=1G
vmalloc 8192 as v
vmalloc 4096 as w
poke v 8191 0x01
peek v 8184 8
poke v 8192 0x01
