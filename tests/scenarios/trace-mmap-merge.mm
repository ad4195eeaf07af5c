# Two anonymous mappings with the same flags, one below the other: the
# second merges.  exec gives the program its four VMAs; the first mmap
# makes a fifth at the top of the mmap area (0xb8000000 - 2 pages, top
# down).  The traced mmap goes right below it: get_unmapped_area() finds
# the place from free_area_cache without a walk, mmap_region() charges
# the writable pages (security_vm_enough_memory()), and vma_merge() finds
# the next VMA mergeable before (case 3 of mm/mmap.c's table): vma_adjust()
# moves its start down, no new vm_area_struct.  /proc/self/maps shows one
# line for both.
boot mem=64M
exec cat
mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
trace durations off
trace set_graph_function sys_mmap2
trace max_depth 5
trace on
mmap 0 4096 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS
trace off
cat /proc/self/maps
check
