# dot walk NAME walks what the name stands for: a user mapping's start
# (through the current task's page directory: no page table before the
# first touch, the frame after it), a vmalloc area, a block of pages
boot mem=64M
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as buf
dot walk buf > user-before.dot
store 0xb7ffe000 0x2a
dot walk buf > user-after.dot
vmalloc 4096 as v
dot walk v > vmalloc.dot
alloc_pages GFP_KERNEL 0 as p
dot walk p > lowmem.dot
