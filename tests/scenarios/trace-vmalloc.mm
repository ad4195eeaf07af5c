# vmalloc() of three pages, seen twice.  First the mapping: map_vm_area()
# walks pgd, pud and pmd (one entry each, the levels are folded) down to
# vmap_pte_range(), where pte_alloc_kernel() gives the vmalloc area its
# first page table, a zeroed lowmem page hung in init_mm only.  Then a
# second vmalloc() from the top, five calls deep: the vm_struct and first
# fit on vmlist (__get_vm_area_node()), the page array from kmalloc() and
# one page per alloc_pages_node(), the mapping.  Last, vfree(): the area
# leaves vmlist, unmap_kernel_range() clears its PTEs and flushes every
# TLB, the frames go back to the page allocator.
boot mem=1G
trace durations off
trace set_graph_function map_vm_area
trace max_depth 6
trace on
vmalloc 12288 as v
trace off
trace set_graph_function
trace max_depth 5
trace on
vmalloc 8192 as w
trace off
cat /mm24/vmlist
trace max_depth 7
trace on
vfree v
trace off
cat /mm24/vmlist
