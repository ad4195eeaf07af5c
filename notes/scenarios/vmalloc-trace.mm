# vmalloc() and vfree() as call graphs.  First the mapping of the first
# vmalloc() of the machine: map_vm_area() walks down the folded pud and
# pmd levels to vmap_pte_range(), where pte_alloc_kernel() hangs the
# area's first page table in init_mm.  Then a second vmalloc() from the
# top, five calls deep: the vm_struct and first fit
# (__get_vm_area_node()), the page array from kmalloc(), one page at a
# time, the mapping.  Then two vfree()s: what __vunmap() gives back, and
# how __remove_vm_area() unmaps the area and flushes the TLB.
boot mem=1G
trace durations off
trace set_graph_function map_vm_area
trace max_depth 7
trace on
vmalloc 8192 as v
trace off
trace set_graph_function
trace max_depth 5
trace on
vmalloc 12288 as w
trace off
trace max_depth 3
trace on
vfree w
trace off
trace set_graph_function __remove_vm_area
trace max_depth 0
trace on
vfree v
trace off
