# First fit in the vmalloc area: every area is followed by a guard page;
# a freed area leaves a hole the next request takes if it fits (the guard
# page counted), else the request goes on to the next hole or the end.
# An ioremap() area is aligned to its size.  VmallocUsed counts the guard
# pages, VmallocChunk is the largest hole.
boot mem=1G
vmalloc 16384 as a
vmalloc 4096 as b
vmalloc 8192 as c
vfree a
vmalloc 8000 as d
vmalloc 12288 as e
vmalloc 4096 as f
ioremap 0x100000 8192 as img
cat /mm24/vmlist
cat /proc/meminfo
dot vmalloc max=2
