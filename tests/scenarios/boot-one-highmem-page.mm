# One frame of HighMem: the RAM ends one frame above max_low_pfn (896 MiB
# of low memory with the default vmalloc area), so register_bootmem_low_pages()
# must clamp the last range to max_low_pfn or free a frame bootmem does not have.
boot mem=917508K
grep High /proc/meminfo
