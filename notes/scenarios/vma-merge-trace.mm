# An mmap that merges with the VMA above it: the path through
# get_unmapped_area(), mmap_region() and vma_merge().
boot mem=64M
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
trace durations off
trace set_graph_function sys_mmap2
trace max_depth 4
trace on
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
trace off
cat /proc/self/maps
