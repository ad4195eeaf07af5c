# munmap() of the middle page of a 4-page mapping: do_munmap() splits the
# VMA twice (split_vma() at the start, then at the end of the range, each
# taking a new vm_area_struct from its cache and fixing the tree with
# vma_adjust()), detaches the middle one from the list and the tree
# (detach_vmas_to_be_unmapped(), which also moves free_area_cache),
# unmaps its pages and frees its page tables (unmap_region(): nothing is
# mapped yet, the walk finds no page table) and frees the VMA
# (remove_vma_list()).  Two VMAs are left, with a one-page hole.
boot mem=64M
exec cat
mmap 0 16384 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS as m
trace durations off
trace set_graph_function do_munmap
trace max_depth 3
trace on
munmap m+4096 4096
trace off
cat /proc/self/maps
check
