# mem=16M: the 16 MiB goal of alloc_bootmem() lies past the end of RAM,
# so the boot-time allocations start at the bottom of memory.
boot mem=16M
page pfn=3
page pfn=4
page pfn=59
page pfn=60
page pfn=61
