# First fit in the vmalloc area.  Every area is one page longer than
# asked: its guard page, never mapped.  Two areas are freed, leaving
# holes; each later request takes the first hole where it fits with its
# guard page, or goes on to the end.  An ioremap() area is aligned to its
# size.  /mm24/vmlist lists vmlist, /proc/meminfo sums it up.
boot mem=1G
vmalloc 4096 as a
vmalloc 8192 as b
vmalloc 12288 as c
vmalloc 16384 as d
vmalloc 8192 as e
vfree b
vfree d
vmalloc 12288 as f
vmalloc 8192 as g
vmalloc 4096 as h
ioremap 0x100000 8192 as io
cat /mm24/vmlist
cat /proc/meminfo
dot vmalloc max=3 > vmalloc-holes.dot
