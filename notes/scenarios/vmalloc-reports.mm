# What vmalloc() and vfree() say about bad requests: a size of 0 and a
# size larger than the machine give NULL without a word; a size larger
# than the vmalloc area gets the "out of vmalloc space" warning.  vfree()
# of an address that is not page aligned (an address inside an area, a
# kmalloc() object), of a page of the direct map and of an area already
# freed get the kernel's reports, each with a stack dump.
boot mem=1G
vmalloc 0 as zero
vmalloc 2147483648 as huge
vmalloc 134217728 as toobig
vmalloc 8192 as v
kmalloc 100 GFP_KERNEL as k
__get_free_pages GFP_KERNEL 0 as pg
vfree 0xf8800010
vfree k
vfree pg
vfree v
vfree v
