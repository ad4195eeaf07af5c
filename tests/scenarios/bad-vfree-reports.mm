# What 2.6.24's vfree() reports, and survives: an address that is not the
# start of a vmalloc area (a lowmem page, the freed area itself), or one
# that is not page aligned.  vmalloc() of nothing, or of more pages than
# the machine has, returns NULL without a word; more than the vmalloc
# area holds is "out of vmalloc space".
boot mem=1G
alloc_pages GFP_KERNEL 0 as page
vmalloc 8192 as v
vfree page
vfree 0xf8800010
vfree v
vfree v
vmalloc 0
vmalloc 2000000000
vmalloc 200000000
cat /mm24/vmlist
